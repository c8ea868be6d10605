//! Values that cross the boundary as the platform's own types: calendar days as native instants
//! (Kotlin `java.time.Instant`, Swift `Date`, Python `datetime`) and proposal and meeting ids
//! as their printed form ("P-12", "M-3").

use std::time::{Duration, SystemTime};

use chrono::{DateTime, NaiveDate, Utc};
use delaktig_core::{MeetingId, ProposalId};

use crate::register::RegisterError;

/// A calendar day (the register dates every event by day).
///
/// It crosses the boundary as the instant of its midnight in UTC. An instant given to the
/// library stands for the UTC calendar day it falls on, so `Instant.now()` / `Date()` /
/// `datetime.now(timezone.utc)` mean "today (UTC)". To name a local date exactly, pass its
/// midnight in UTC (Kotlin: `LocalDate.atStartOfDay(ZoneOffset.UTC).toInstant()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl From<NaiveDate> for Day {
    fn from(d: NaiveDate) -> Self {
        Day(d)
    }
}

impl From<Day> for NaiveDate {
    fn from(d: Day) -> Self {
        d.0
    }
}

impl From<Day> for SystemTime {
    fn from(d: Day) -> Self {
        let secs =
            d.0.and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .timestamp();
        // chrono's dates (±262 000 years) fit in SystemTime on every platform uniffi targets.
        if secs >= 0 {
            SystemTime::UNIX_EPOCH + Duration::from_secs(secs.unsigned_abs())
        } else {
            SystemTime::UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
        }
    }
}

impl TryFrom<SystemTime> for Day {
    type Error = RegisterError;

    fn try_from(t: SystemTime) -> Result<Self, RegisterError> {
        let out_of_range = || RegisterError::InvalidInput {
            message: "a date is outside the years -262143..=262142 that delaktig can store; \
                      pass a date in that range"
                .into(),
        };
        let dt = match t.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(after) => {
                let secs = i64::try_from(after.as_secs()).map_err(|_| out_of_range())?;
                DateTime::<Utc>::from_timestamp(secs, after.subsec_nanos())
            }
            Err(before) => {
                let before = before.duration();
                let secs = i64::try_from(before.as_secs()).map_err(|_| out_of_range())?;
                // A negative offset with a fractional second lies in the second before.
                let secs = if before.subsec_nanos() == 0 {
                    -secs
                } else {
                    -secs - 1
                };
                DateTime::<Utc>::from_timestamp(secs, 0)
            }
        };
        dt.map(|dt| Day(dt.date_naive())).ok_or_else(out_of_range)
    }
}

// Lift failures are wrapped in anyhow so uniffi can hand them to the caller as the calling
// function's own error (RegisterError), not as an internal error.
uniffi::custom_type!(Day, SystemTime, {
    lower: |d| SystemTime::from(d),
    try_lift: |t| Day::try_from(t).map_err(uniffi::deps::anyhow::Error::new),
});

uniffi::custom_type!(ProposalId, String, {
    remote,
    lower: |id| id.to_string(),
    try_lift: |s| s.parse::<ProposalId>().map_err(|e| {
        uniffi::deps::anyhow::Error::new(RegisterError::InvalidInput { message: e.to_string() })
    }),
});

uniffi::custom_type!(MeetingId, String, {
    remote,
    lower: |id| id.to_string(),
    try_lift: |s| s.parse::<MeetingId>().map_err(|e| {
        uniffi::deps::anyhow::Error::new(RegisterError::InvalidInput { message: e.to_string() })
    }),
});

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn days_survive_the_boundary_both_ways() {
        for d in [
            day(2026, 1, 19),
            day(1970, 1, 1),
            day(1969, 12, 31),
            day(1900, 6, 1),
        ] {
            assert_eq!(Day::try_from(SystemTime::from(d)).unwrap(), d);
        }
    }

    #[test]
    fn an_instant_stands_for_its_utc_day() {
        let noon = SystemTime::from(day(2026, 1, 19)) + Duration::from_secs(12 * 3600);
        assert_eq!(Day::try_from(noon).unwrap(), day(2026, 1, 19));
        // Half a second before 1970-01-01 is still 1969-12-31.
        let before = SystemTime::UNIX_EPOCH - Duration::from_millis(500);
        assert_eq!(Day::try_from(before).unwrap(), day(1969, 12, 31));
    }

    #[test]
    fn an_instant_beyond_chronos_range_is_an_input_error() {
        let far = SystemTime::UNIX_EPOCH + Duration::from_secs(400_000 * 366 * 86_400);
        let err = Day::try_from(far).unwrap_err();
        assert!(matches!(err, RegisterError::InvalidInput { .. }), "{err:?}");
        assert!(err.to_string().contains("outside the years"), "{err}");
    }
}
