//! Follow-up states, their stable codes and labels, and the one table of allowed moves.
//!
//! Codes are part of the data format and never change; labels are for people and may.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Language of labels and reports. Swedish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Swedish.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The language code ("sv", "en").
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// A language code that is not supported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\": use sv or en")]
pub struct LangParseError(pub String);

impl FromStr for Lang {
    type Err = LangParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sv" | "swedish" | "svenska" => Ok(Lang::Sv),
            "en" | "english" | "engelska" => Ok(Lang::En),
            _ => Err(LangParseError(s.to_owned())),
        }
    }
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Raised and registered, not yet looked at (Inkommen).
    Received,
    /// Being prepared for a decision (Under beredning).
    UnderReview,
    /// Decided to be carried out (Beslutad).
    Accepted,
    /// Being carried out (Pågår).
    InProgress,
    /// Carried out (Genomförd).
    Implemented,
    /// Will not be carried out (Avslagen).
    Rejected,
    /// Put to rest, to be looked at again (Vilande).
    Parked,
    /// Taken back (Återtagen).
    Withdrawn,
    /// Joined into another proposal (Sammanslagen).
    Merged,
}

impl State {
    /// Every state, in lifecycle order.
    pub const ALL: [State; 9] = [
        State::Received,
        State::UnderReview,
        State::Accepted,
        State::InProgress,
        State::Implemented,
        State::Rejected,
        State::Parked,
        State::Withdrawn,
        State::Merged,
    ];

    /// The stable machine code, e.g. `under_review`.
    pub fn code(self) -> &'static str {
        match self {
            State::Received => "received",
            State::UnderReview => "under_review",
            State::Accepted => "accepted",
            State::InProgress => "in_progress",
            State::Implemented => "implemented",
            State::Rejected => "rejected",
            State::Parked => "parked",
            State::Withdrawn => "withdrawn",
            State::Merged => "merged",
        }
    }

    /// The label for people in the given language.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (State::Received, Lang::Sv) => "Inkommen",
            (State::UnderReview, Lang::Sv) => "Under beredning",
            (State::Accepted, Lang::Sv) => "Beslutad",
            (State::InProgress, Lang::Sv) => "Pågår",
            (State::Implemented, Lang::Sv) => "Genomförd",
            (State::Rejected, Lang::Sv) => "Avslagen – genomförs inte",
            (State::Parked, Lang::Sv) => "Vilande",
            (State::Withdrawn, Lang::Sv) => "Återtagen",
            (State::Merged, Lang::Sv) => "Sammanslagen",
            (State::Received, Lang::En) => "Received",
            (State::UnderReview, Lang::En) => "Under review",
            (State::Accepted, Lang::En) => "Accepted",
            (State::InProgress, Lang::En) => "In progress",
            (State::Implemented, Lang::En) => "Implemented",
            (State::Rejected, Lang::En) => "Rejected – will not be carried out",
            (State::Parked, Lang::En) => "Parked",
            (State::Withdrawn, Lang::En) => "Withdrawn",
            (State::Merged, Lang::En) => "Merged",
        }
    }

    /// Open states: the proposal is still on its way and can stall.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            State::Received | State::UnderReview | State::Accepted | State::InProgress
        )
    }

    /// Undecided: nobody has said yes or no yet.
    pub fn is_undecided(self) -> bool {
        matches!(self, State::Received | State::UnderReview)
    }

    /// Closed states: the proposal's journey is over (unless it is reopened).
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            State::Implemented | State::Rejected | State::Withdrawn | State::Merged
        )
    }

    /// Resting states: leaving them for an open state is a reopening and needs a justification.
    pub fn is_resting(self) -> bool {
        self.is_closed() || self == State::Parked
    }

    /// Position on the way from raised to done; a move to a higher rank is progress.
    pub fn progress_rank(self) -> Option<u8> {
        match self {
            State::Received => Some(0),
            State::UnderReview => Some(1),
            State::Accepted => Some(2),
            State::InProgress => Some(3),
            State::Implemented => Some(4),
            _ => None,
        }
    }

    /// The states this state may move to, from the transition table.
    pub fn allowed_targets(self) -> &'static [State] {
        use State::*;
        match self {
            Received => &[UnderReview, Accepted, Rejected, Parked, Withdrawn, Merged],
            UnderReview => &[Accepted, Rejected, Parked, Withdrawn, Merged],
            Accepted => &[InProgress, Implemented, Rejected, Parked, Withdrawn, Merged],
            InProgress => &[Implemented, Rejected, Parked, Withdrawn, Merged],
            // Reopenings: a closed proposal goes back to where work on it resumes.
            Implemented => &[InProgress],
            Rejected => &[UnderReview],
            Withdrawn => &[Received],
            Merged => &[UnderReview],
            Parked => &[
                UnderReview,
                Accepted,
                InProgress,
                Rejected,
                Withdrawn,
                Merged,
            ],
        }
    }

    /// Whether the table allows moving from `self` to `to`.
    pub fn can_move_to(self, to: State) -> bool {
        self.allowed_targets().contains(&to)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A state code that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown state \"{0}\": use one of received, under_review, accepted, in_progress, implemented, rejected, parked, withdrawn, merged"
)]
pub struct StateParseError(pub String);

impl FromStr for State {
    type Err = StateParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Exact codes first: stored data and snapshots use them, without allocating.
        if let Some(st) = State::ALL.into_iter().find(|st| st.code() == s) {
            return Ok(st);
        }
        let t = s.trim().to_ascii_lowercase().replace('-', "_");
        State::ALL
            .into_iter()
            .find(|st| st.code() == t)
            .ok_or_else(|| StateParseError(s.to_owned()))
    }
}

/// Why a proposer took a proposal back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WithdrawalReason {
    /// The same thing was already proposed.
    Duplicate,
    /// The need was met another way.
    SolvedOtherwise,
    /// The need is gone.
    NoLongerRelevant,
    /// Something else, told in the text.
    Other,
}

impl WithdrawalReason {
    /// Every reason.
    pub const ALL: [WithdrawalReason; 4] = [
        WithdrawalReason::Duplicate,
        WithdrawalReason::SolvedOtherwise,
        WithdrawalReason::NoLongerRelevant,
        WithdrawalReason::Other,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            WithdrawalReason::Duplicate => "duplicate",
            WithdrawalReason::SolvedOtherwise => "solved_otherwise",
            WithdrawalReason::NoLongerRelevant => "no_longer_relevant",
            WithdrawalReason::Other => "other",
        }
    }

    /// The label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (WithdrawalReason::Duplicate, Lang::Sv) => "dubblett",
            (WithdrawalReason::SolvedOtherwise, Lang::Sv) => "löst på annat sätt",
            (WithdrawalReason::NoLongerRelevant, Lang::Sv) => "inte längre aktuellt",
            (WithdrawalReason::Other, Lang::Sv) => "annat",
            (WithdrawalReason::Duplicate, Lang::En) => "duplicate",
            (WithdrawalReason::SolvedOtherwise, Lang::En) => "solved another way",
            (WithdrawalReason::NoLongerRelevant, Lang::En) => "no longer relevant",
            (WithdrawalReason::Other, Lang::En) => "other",
        }
    }
}

/// A withdrawal reason code that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown withdrawal reason \"{0}\": use duplicate, solved_otherwise, no_longer_relevant or other"
)]
pub struct ReasonParseError(pub String);

impl FromStr for WithdrawalReason {
    type Err = ReasonParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase().replace('-', "_");
        WithdrawalReason::ALL
            .into_iter()
            .find(|r| r.code() == t)
            .ok_or_else(|| ReasonParseError(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serde_uses_them() {
        for s in State::ALL {
            assert_eq!(s.code().parse::<State>(), Ok(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
            assert_ne!(s.label(Lang::Sv), s.label(Lang::En));
        }
        assert!(
            "done"
                .parse::<State>()
                .unwrap_err()
                .to_string()
                .contains("under_review")
        );
    }

    #[test]
    fn every_state_is_exactly_one_of_open_parked_closed() {
        for s in State::ALL {
            let n = [s.is_open(), s == State::Parked, s.is_closed()]
                .iter()
                .filter(|b| **b)
                .count();
            assert_eq!(n, 1, "{s}");
            assert!(!s.can_move_to(s), "{s} must not move to itself");
        }
    }
}
