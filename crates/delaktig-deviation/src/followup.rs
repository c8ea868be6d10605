//! The follow-up of a deviation: states with stable codes, the one table of allowed moves,
//! and moves that carry the text their target requires.
//!
//! received → in_dialogue → resolved (outcome) / not_resolved (justification); a deviation
//! may also be closed as not resolved straight from received (justification), and a closed
//! one reopened into dialogue (justification). "Resolved" always means resolved in dialogue.

use crate::lang::Lang;
use crate::text::{Justification, JustificationRules, Outcome, TextError};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Where a deviation's follow-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpState {
    /// Reported and registered; the parties have not yet talked (Inkommen).
    Received,
    /// The parties are talking about the case (I dialog).
    InDialogue,
    /// Resolved in dialogue between the parties; has an outcome (Löst i dialog).
    Resolved,
    /// Could not be resolved; has a justification (Ej löst).
    NotResolved,
}

/// Every state, in follow-up order.
pub const ALL_STATES: [FollowUpState; 4] = [
    FollowUpState::Received,
    FollowUpState::InDialogue,
    FollowUpState::Resolved,
    FollowUpState::NotResolved,
];

impl FollowUpState {
    /// Stable code ("received", "in_dialogue", "resolved", "not_resolved").
    pub fn code(self) -> &'static str {
        match self {
            FollowUpState::Received => "received",
            FollowUpState::InDialogue => "in_dialogue",
            FollowUpState::Resolved => "resolved",
            FollowUpState::NotResolved => "not_resolved",
        }
    }

    /// Label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FollowUpState::Received, Lang::Sv) => "Inkommen",
            (FollowUpState::InDialogue, Lang::Sv) => "I dialog",
            (FollowUpState::Resolved, Lang::Sv) => "Löst i dialog",
            (FollowUpState::NotResolved, Lang::Sv) => "Ej löst",
            (FollowUpState::Received, Lang::En) => "Received",
            (FollowUpState::InDialogue, Lang::En) => "In dialogue",
            (FollowUpState::Resolved, Lang::En) => "Resolved in dialogue",
            (FollowUpState::NotResolved, Lang::En) => "Not resolved",
        }
    }

    /// Whether the follow-up is still going on (received or in dialogue).
    pub fn is_open(self) -> bool {
        matches!(self, FollowUpState::Received | FollowUpState::InDialogue)
    }

    /// The states this one may move to, from the transition table.
    pub fn allowed_targets(self) -> Vec<FollowUpState> {
        TABLE
            .iter()
            .filter(|(from, _, _)| *from == self)
            .map(|(_, to, _)| *to)
            .collect()
    }

    /// What a move from this state to `to` requires, or `None` when the table has no such move.
    pub fn requirement(self, to: FollowUpState) -> Option<Requirement> {
        TABLE
            .iter()
            .find(|(f, t, _)| *f == self && *t == to)
            .map(|(_, _, r)| *r)
    }
}

impl fmt::Display for FollowUpState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A state code that is not known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown follow-up state \"{0}\": use received, in_dialogue, resolved or not_resolved")]
pub struct StateParseError(pub String);

impl FromStr for FollowUpState {
    type Err = StateParseError;
    /// Accepts the codes, and the Swedish and English labels ignoring case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = s.trim().to_lowercase().replace([' ', '-'], "_");
        ALL_STATES
            .into_iter()
            .find(|st| {
                st.code() == k
                    || st.label(Lang::Sv).to_lowercase().replace(' ', "_") == k
                    || st.label(Lang::En).to_lowercase().replace(' ', "_") == k
            })
            .ok_or_else(|| StateParseError(s.to_owned()))
    }
}

/// What a move requires besides being in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Nothing: the parties start talking.
    Nothing,
    /// An [`Outcome`]: what the parties agreed.
    Outcome,
    /// A [`Justification`]: why it could not be resolved.
    Justification,
    /// A [`Justification`]: why a closed deviation is reopened.
    Reopening,
}

/// The one table of allowed moves: (from, to, what the move requires).
pub const TABLE: [(FollowUpState, FollowUpState, Requirement); 6] = {
    use FollowUpState::*;
    [
        (Received, InDialogue, Requirement::Nothing),
        (Received, NotResolved, Requirement::Justification),
        (InDialogue, Resolved, Requirement::Outcome),
        (InDialogue, NotResolved, Requirement::Justification),
        (Resolved, InDialogue, Requirement::Reopening),
        (NotResolved, InDialogue, Requirement::Reopening),
    ]
};

/// A follow-up move carrying what its target requires; the kind of move is the target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "move", rename_all = "snake_case")]
pub enum Move {
    /// The parties start talking (received → in_dialogue).
    StartDialogue,
    /// A closed deviation goes back into dialogue, with the reason.
    Reopen {
        /// Why it is reopened.
        justification: Justification,
    },
    /// The parties resolved the case, with what they agreed.
    Resolve {
        /// What was agreed or done.
        outcome: Outcome,
    },
    /// The case could not be resolved, with why.
    NotResolved {
        /// Why not.
        justification: Justification,
    },
}

impl Move {
    /// The state the move leads to.
    pub fn target(&self) -> FollowUpState {
        match self {
            Move::StartDialogue | Move::Reopen { .. } => FollowUpState::InDialogue,
            Move::Resolve { .. } => FollowUpState::Resolved,
            Move::NotResolved { .. } => FollowUpState::NotResolved,
        }
    }

    /// The requirement this move satisfies.
    pub fn requirement(&self) -> Requirement {
        match self {
            Move::StartDialogue => Requirement::Nothing,
            Move::Reopen { .. } => Requirement::Reopening,
            Move::Resolve { .. } => Requirement::Outcome,
            Move::NotResolved { .. } => Requirement::Justification,
        }
    }

    /// The written text the move carries (outcome or justification).
    pub fn text(&self) -> Option<&str> {
        match self {
            Move::StartDialogue => None,
            Move::Reopen { justification } | Move::NotResolved { justification } => {
                Some(justification.as_str())
            }
            Move::Resolve { outcome } => Some(outcome.as_str()),
        }
    }
}

/// A move as a person asks for it: a target state and an optional text, as from a command
/// line (`--to resolved --why "…"`). [`MoveSpec::build`] turns it into a [`Move`] for a
/// deviation in a given state, checking the text the table requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveSpec {
    /// Target state.
    pub to: FollowUpState,
    /// Outcome or justification text, when given.
    pub text: Option<String>,
}

/// Why a [`MoveSpec`] could not become a move. [`crate::Deviation::decide`] turns these
/// into [`crate::DeviationError`]s that also name the deviation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveSpecError {
    /// Not in the table.
    #[error(
        "cannot move from {from} to {to}: allowed targets are {}",
        list_codes(allowed)
    )]
    NotAllowed {
        /// Current state.
        from: FollowUpState,
        /// Requested state.
        to: FollowUpState,
        /// What the table allows from `from`.
        allowed: Vec<FollowUpState>,
    },
    /// A text was given to a move that takes none.
    #[error("moving to {to} takes no text: leave it out")]
    UnexpectedText {
        /// Requested state.
        to: FollowUpState,
    },
    /// The required text was missing or refused.
    #[error("the move needs {}: {source}", match required {
        Requirement::Outcome => "an outcome",
        _ => "a justification",
    })]
    Text {
        /// What was required.
        required: Requirement,
        /// What was wrong.
        source: TextError,
    },
}

fn list_codes(states: &[FollowUpState]) -> String {
    let v: Vec<&str> = states.iter().map(|s| s.code()).collect();
    if v.is_empty() {
        "none".to_owned()
    } else {
        v.join(", ")
    }
}

impl MoveSpec {
    /// A move to `to`, with an optional text.
    pub fn new(to: FollowUpState, text: Option<&str>) -> MoveSpec {
        MoveSpec {
            to,
            text: text.map(str::to_owned),
        }
    }

    /// The move from `from`, with the text checked against `rules`.
    pub fn build(
        &self,
        from: FollowUpState,
        rules: &JustificationRules,
    ) -> Result<Move, MoveSpecError> {
        let Some(req) = from.requirement(self.to) else {
            return Err(MoveSpecError::NotAllowed {
                from,
                to: self.to,
                allowed: from.allowed_targets(),
            });
        };
        let text = self.text.as_deref().unwrap_or("");
        let err = |source| MoveSpecError::Text {
            required: req,
            source,
        };
        match req {
            Requirement::Nothing => {
                if text.trim().is_empty() {
                    Ok(Move::StartDialogue)
                } else {
                    Err(MoveSpecError::UnexpectedText { to: self.to })
                }
            }
            Requirement::Outcome => Ok(Move::Resolve {
                outcome: Outcome::new(text, rules).map_err(err)?,
            }),
            Requirement::Justification => Ok(Move::NotResolved {
                justification: Justification::new(text, rules).map_err(err)?,
            }),
            Requirement::Reopening => Ok(Move::Reopen {
                justification: Justification::new(text, rules).map_err(err)?,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FollowUpState::*;

    #[test]
    fn the_table_is_exactly_the_documented_moves() {
        let mut allowed = Vec::new();
        for from in ALL_STATES {
            for to in ALL_STATES {
                if let Some(r) = from.requirement(to) {
                    allowed.push((from, to, r));
                }
            }
        }
        assert_eq!(allowed, TABLE.to_vec());
        assert_eq!(Received.allowed_targets(), [InDialogue, NotResolved]);
        assert_eq!(InDialogue.allowed_targets(), [Resolved, NotResolved]);
        assert_eq!(Resolved.allowed_targets(), [InDialogue]);
        assert_eq!(NotResolved.allowed_targets(), [InDialogue]);
    }

    #[test]
    fn codes_and_labels_parse() {
        for s in ALL_STATES {
            assert_eq!(s.code().parse::<FollowUpState>(), Ok(s));
            assert_eq!(s.label(Lang::Sv).parse::<FollowUpState>(), Ok(s));
            assert_eq!(s.label(Lang::En).parse::<FollowUpState>(), Ok(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
        assert!("done".parse::<FollowUpState>().is_err());
    }

    #[test]
    fn moves_serialise_with_their_text() {
        let r = JustificationRules::default();
        let m = MoveSpec::new(Resolved, Some("Gemensam rutin för utskrivning"))
            .build(InDialogue, &r)
            .unwrap();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"move":"resolve","outcome":"Gemensam rutin för utskrivning"}"#
        );
        assert_eq!(serde_json::from_str::<Move>(&json).unwrap(), m);
        assert!(serde_json::from_str::<Move>(r#"{"move":"resolve","outcome":"ok"}"#).is_err());
    }
}
