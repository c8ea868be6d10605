//! Timestamps across the boundary: a chrono instant in Rust, a native instant in Kotlin
//! (`java.time.Instant`), Swift (`Date`) and Python (`datetime`), through `SystemTime`.

use std::fmt;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, SecondsFormat, Utc};

/// An instant in UTC. Crosses the boundary as the platform's own instant type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<Utc>);

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

impl From<Timestamp> for SystemTime {
    fn from(t: Timestamp) -> Self {
        // chrono's range (±262 000 years) fits in SystemTime on every platform uniffi targets.
        let nanos = u64::from(t.0.timestamp_subsec_nanos());
        let secs = t.0.timestamp();
        if secs >= 0 {
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(secs.unsigned_abs())
                + Duration::from_nanos(nanos)
        } else {
            SystemTime::UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
                + Duration::from_nanos(nanos)
        }
    }
}

impl TryFrom<SystemTime> for Timestamp {
    type Error = InputError;

    fn try_from(t: SystemTime) -> Result<Self, InputError> {
        let out_of_range = || InputError::Timestamp {
            reason: "the instant is outside the years -262143..=262142 that delaktig can store"
                .into(),
        };
        let dt = match t.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(after) => {
                let secs = i64::try_from(after.as_secs()).map_err(|_| out_of_range())?;
                DateTime::from_timestamp(secs, after.subsec_nanos())
            }
            Err(before) => {
                let before = before.duration();
                let secs = i64::try_from(before.as_secs()).map_err(|_| out_of_range())?;
                // Negative offsets with a sub-second part borrow one second.
                let (secs, nanos) = match before.subsec_nanos() {
                    0 => (-secs, 0),
                    n => (-secs - 1, 1_000_000_000 - n),
                };
                DateTime::from_timestamp(secs, nanos)
            }
        };
        dt.map(Timestamp).ok_or_else(out_of_range)
    }
}

uniffi::custom_type!(Timestamp, SystemTime, {
    lower: |t| SystemTime::from(t),
    try_lift: |t| Timestamp::try_from(t).map_err(uniffi::deps::anyhow::Error::new),
});

/// Input that does not fit what the library accepts, independent of any register.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum InputError {
    /// A timestamp that cannot be read or represented.
    #[error("invalid timestamp: {reason}")]
    Timestamp {
        /// What is wrong with it.
        reason: String,
    },
}

/// Reads an RFC 3339 timestamp such as `2026-01-19T10:00:00Z` or `2026-01-19T11:00:00+01:00`.
#[uniffi::export]
pub fn parse_timestamp(text: String) -> Result<Timestamp, InputError> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|dt| Timestamp(dt.with_timezone(&Utc)))
        .map_err(|e| InputError::Timestamp {
            reason: format!(
                "{text:?} is not an RFC 3339 timestamp ({e}); write e.g. 2026-01-19T10:00:00Z"
            ),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) {
        let t = parse_timestamp(text.into()).unwrap();
        let back = Timestamp::try_from(SystemTime::from(t)).unwrap();
        assert_eq!(back, t, "{text}");
    }

    #[test]
    fn instants_survive_the_boundary_both_ways() {
        round_trip("2026-01-19T10:00:00Z");
        round_trip("2026-01-19T10:00:00.123456789Z");
        // Before the epoch with a fractional second: the borrow in try_from.
        round_trip("1969-12-31T23:59:59.250Z");
        round_trip("1900-06-01T00:00:00Z");
    }

    #[test]
    fn an_instant_beyond_chronos_range_is_an_input_error() {
        let far = SystemTime::UNIX_EPOCH + Duration::from_secs(400_000 * 366 * 86_400);
        let err = Timestamp::try_from(far).unwrap_err();
        assert!(err.to_string().contains("outside the years"), "{err}");
    }

    #[test]
    fn unreadable_text_says_what_to_write() {
        let err = parse_timestamp("19 januari".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid timestamp: \"19 januari\" is not an RFC 3339 timestamp (premature end of \
             input); write e.g. 2026-01-19T10:00:00Z"
        );
    }
}
