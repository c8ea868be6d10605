//! Identifiers of register objects.
//!
//! Ids are newtypes over numbers so a meeting id can never be passed where a proposal id is
//! expected; they print with a short prefix ("P-12") that people can say aloud in a meeting.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// An id that could not be read from text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{text}\" is not a {kind} id: write it as {prefix}-<number>, for example {prefix}-12")]
pub struct IdParseError {
    /// The text that was given.
    pub text: String,
    /// What kind of id was expected ("proposal", "meeting").
    pub kind: &'static str,
    /// The expected prefix.
    pub prefix: &'static str,
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(u64);

        impl $name {
            /// Makes an id from its number.
            pub const fn new(n: u64) -> Self {
                Self(n)
            }
            /// The number inside the id.
            pub const fn get(self) -> u64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "-{}"), self.0)
            }
        }

        impl FromStr for $name {
            type Err = IdParseError;
            /// Accepts "P-12", "p12", "P 12" and a bare "12".
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let err = || IdParseError { text: s.to_owned(), kind: $kind, prefix: $prefix };
                let t = s.trim();
                let digits = match t.get(..1) {
                    Some(p) if p.eq_ignore_ascii_case($prefix) => {
                        t.get(1..).unwrap_or("").trim_start_matches(['-', ' '])
                    }
                    _ => t,
                };
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(err());
                }
                digits.parse::<u64>().map(Self).map_err(|_| err())
            }
        }
    };
}

id_type!(
    /// Stable id of a proposal, shown as "P-12".
    ProposalId, "P", "proposal"
);
id_type!(
    /// Stable id of a meeting, shown as "M-3".
    MeetingId, "M", "meeting"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_parse_round_trip() {
        let id = ProposalId::new(12);
        assert_eq!(id.to_string(), "P-12");
        assert_eq!("P-12".parse::<ProposalId>(), Ok(id));
        assert_eq!("p12".parse::<ProposalId>(), Ok(id));
        assert_eq!(" 12 ".parse::<ProposalId>(), Ok(id));
        assert_eq!(MeetingId::new(3).to_string(), "M-3");
    }

    #[test]
    fn bad_ids_are_refused_with_a_hint() {
        for bad in ["", "P-", "M-3", "P-x", "-1", "P-99999999999999999999999"] {
            let e = bad.parse::<ProposalId>().unwrap_err();
            assert!(e.to_string().contains("P-<number>"), "{bad}: {e}");
        }
    }
}
