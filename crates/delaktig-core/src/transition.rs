//! Moves between states, and the validated `Transition` that carries what a move requires.
//!
//! A `Move` holds the justification, outcome, revisit date or merge target its target state
//! demands; a `Transition` is a move checked against the transition table from a given state.

use crate::error::DomainError;
use crate::id::ProposalId;
use crate::state::{State, WithdrawalReason};
use crate::text::{Justification, JustificationRules, Outcome};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A requested change of state, carrying everything the target state requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    /// To `under_review`.
    Review {
        /// Optional free note.
        note: Option<String>,
    },
    /// To `accepted`.
    Accept {
        /// Optional free note (e.g. where it was decided).
        note: Option<String>,
    },
    /// To `accepted`, but only in part: the rest is a "no", and so carries its
    /// justification like a rejection does.
    AcceptInPart {
        /// What of the proposal will not be carried out, and why.
        why: Justification,
    },
    /// To `in_progress`.
    Start {
        /// Optional free note.
        note: Option<String>,
    },
    /// To `implemented`, with what was done.
    Implement {
        /// What was done.
        outcome: Outcome,
    },
    /// To `rejected`, with why not.
    Reject {
        /// Why the proposal will not be carried out.
        why: Justification,
    },
    /// To `parked`, with why and optionally when to look again.
    Park {
        /// Why it rests.
        why: Justification,
        /// When it is to be looked at again.
        revisit: Option<NaiveDate>,
    },
    /// To `withdrawn`, with a reason code and text.
    Withdraw {
        /// Reason code.
        reason: WithdrawalReason,
        /// The reason in words.
        why: Justification,
    },
    /// To `merged`, naming the proposal it joins.
    Merge {
        /// The proposal this one joins.
        into: ProposalId,
        /// Why they are the same matter.
        why: Justification,
    },
    /// From a resting state (implemented, rejected, parked, withdrawn, merged) back to an open one.
    Reopen {
        /// The open state to return to.
        to: State,
        /// Why it is reopened.
        why: Justification,
    },
}

impl Move {
    /// The state this move leads to.
    pub fn target(&self) -> State {
        match self {
            Move::Review { .. } => State::UnderReview,
            Move::Accept { .. } | Move::AcceptInPart { .. } => State::Accepted,
            Move::Start { .. } => State::InProgress,
            Move::Implement { .. } => State::Implemented,
            Move::Reject { .. } => State::Rejected,
            Move::Park { .. } => State::Parked,
            Move::Withdraw { .. } => State::Withdrawn,
            Move::Merge { .. } => State::Merged,
            Move::Reopen { to, .. } => *to,
        }
    }
}

/// A move checked against the transition table from a known state.
///
/// Only [`Transition::new`] builds one, so every `Transition` in a history is an allowed
/// move and carries its required justification or outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "TransitionRepr", into = "TransitionRepr")]
pub struct Transition {
    from: State,
    mv: Move,
}

impl Transition {
    /// Checks `mv` from state `from` of proposal `id`.
    pub fn new(id: ProposalId, from: State, mv: Move) -> Result<Transition, DomainError> {
        let to = mv.target();
        if !from.can_move_to(to) {
            return Err(DomainError::NotAllowed {
                id,
                from,
                to,
                allowed: from.allowed_targets().to_vec(),
            });
        }
        let reopening = from.is_resting() && to.is_open();
        match (&mv, reopening) {
            (Move::Reopen { .. }, false) => {
                return Err(DomainError::NotAReopening { id, from, to });
            }
            (Move::Reopen { .. }, true) | (_, false) => {}
            (_, true) => return Err(DomainError::ReopenNeedsJustification { id, from, to }),
        }
        if let Move::Merge { into, .. } = &mv
            && *into == id
        {
            return Err(DomainError::MergeIntoSelf { id });
        }
        Ok(Transition { from, mv })
    }

    /// The state before.
    pub fn from(&self) -> State {
        self.from
    }
    /// The state after.
    pub fn to(&self) -> State {
        self.mv.target()
    }
    /// The move.
    pub fn movement(&self) -> &Move {
        &self.mv
    }
    /// The justification, if the move carries one.
    pub fn justification(&self) -> Option<&Justification> {
        match &self.mv {
            Move::Reject { why }
            | Move::AcceptInPart { why }
            | Move::Park { why, .. }
            | Move::Withdraw { why, .. }
            | Move::Merge { why, .. }
            | Move::Reopen { why, .. } => Some(why),
            _ => None,
        }
    }
    /// The outcome, for a move to `implemented`.
    pub fn outcome(&self) -> Option<&Outcome> {
        match &self.mv {
            Move::Implement { outcome } => Some(outcome),
            _ => None,
        }
    }
    /// The free note of a plain move.
    pub fn note(&self) -> Option<&str> {
        match &self.mv {
            Move::Review { note } | Move::Accept { note } | Move::Start { note } => note.as_deref(),
            _ => None,
        }
    }
    /// The revisit date of a move to `parked`.
    pub fn revisit(&self) -> Option<NaiveDate> {
        match &self.mv {
            Move::Park { revisit, .. } => *revisit,
            _ => None,
        }
    }
    /// The reason code of a withdrawal.
    pub fn reason(&self) -> Option<WithdrawalReason> {
        match &self.mv {
            Move::Withdraw { reason, .. } => Some(*reason),
            _ => None,
        }
    }
    /// The proposal a merged proposal joined.
    pub fn merged_into(&self) -> Option<ProposalId> {
        match &self.mv {
            Move::Merge { into, .. } => Some(*into),
            _ => None,
        }
    }
    /// Whether this move accepts the proposal only in part ([`Move::AcceptInPart`]).
    pub fn is_partial(&self) -> bool {
        matches!(self.mv, Move::AcceptInPart { .. })
    }
    /// Whether this move reopens a resting proposal.
    pub fn is_reopening(&self) -> bool {
        matches!(self.mv, Move::Reopen { .. })
    }
    /// The written text of the move: justification, outcome or note.
    pub fn text(&self) -> Option<&str> {
        self.justification()
            .map(Justification::as_str)
            .or_else(|| self.outcome().map(Outcome::as_str))
            .or_else(|| self.note())
    }
}

/// A move described by loose parts, as a command line or a form gives them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MoveSpec {
    /// Target state.
    pub to: Option<State>,
    /// Justification, outcome or note, depending on the target.
    pub text: Option<String>,
    /// Revisit date for `parked`.
    pub revisit: Option<NaiveDate>,
    /// Reason code for `withdrawn` (default: other).
    pub reason: Option<WithdrawalReason>,
    /// Target proposal for `merged`.
    pub merged_into: Option<ProposalId>,
    /// With target `accepted`: accepted only in part. `text` then says what will not be
    /// carried out and why, and must be a justification.
    #[serde(default)]
    pub partly: bool,
}

impl MoveSpec {
    /// A spec moving to `to` with `text`.
    pub fn new(to: State, text: Option<&str>) -> MoveSpec {
        MoveSpec {
            to: Some(to),
            text: text.map(str::to_owned),
            ..MoveSpec::default()
        }
    }

    /// Builds the validated transition of proposal `id` from state `from`.
    pub fn build(
        &self,
        id: ProposalId,
        from: State,
        rules: &JustificationRules,
    ) -> Result<Transition, DomainError> {
        let to = self.to.ok_or(DomainError::Invalid {
            id: Some(id),
            what: "a move needs a target state".into(),
        })?;
        if !from.can_move_to(to) {
            return Err(DomainError::NotAllowed {
                id,
                from,
                to,
                allowed: from.allowed_targets().to_vec(),
            });
        }
        let text = self.text.as_deref().unwrap_or("");
        let why = |action: &'static str| {
            Justification::new(text, rules).map_err(|source| DomainError::Justification {
                id,
                action,
                source,
            })
        };
        let note = || {
            let t = text.trim();
            (!t.is_empty()).then(|| t.to_owned())
        };
        let reopening = from.is_resting() && to.is_open();
        if self.partly && (to != State::Accepted || reopening) {
            return Err(DomainError::Invalid {
                id: Some(id),
                what: format!(
                    "only a decision to accept can be partial, not a move from {from} to {to}"
                ),
            });
        }
        let mv = if reopening {
            Move::Reopen {
                to,
                why: why("reopening")?,
            }
        } else {
            match to {
                State::UnderReview => Move::Review { note: note() },
                State::Accepted if self.partly => Move::AcceptInPart {
                    why: why("partial acceptance")?,
                },
                State::Accepted => Move::Accept { note: note() },
                State::InProgress => Move::Start { note: note() },
                State::Implemented => Move::Implement {
                    outcome: Outcome::new(text, rules)
                        .map_err(|source| DomainError::Outcome { id, source })?,
                },
                State::Rejected => Move::Reject {
                    why: why("rejection")?,
                },
                State::Parked => Move::Park {
                    why: why("parking")?,
                    revisit: self.revisit,
                },
                State::Withdrawn => Move::Withdraw {
                    reason: self.reason.unwrap_or(WithdrawalReason::Other),
                    why: why("withdrawal")?,
                },
                State::Merged => Move::Merge {
                    into: self
                        .merged_into
                        .ok_or(DomainError::MergeNeedsTarget { id })?,
                    why: why("merge")?,
                },
                // Received is only reachable by reopening, handled above; the table check
                // makes this arm unreachable, but an error is kinder than a panic.
                State::Received => {
                    return Err(DomainError::NotAllowed {
                        id,
                        from,
                        to,
                        allowed: from.allowed_targets().to_vec(),
                    });
                }
            }
        };
        Transition::new(id, from, mv)
    }
}

/// Stored form of a transition: flat, with the text named by what it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct TransitionRepr {
    from: State,
    to: State,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    justification: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    outcome: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revisit: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<WithdrawalReason>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    merged_into: Option<ProposalId>,
}

impl From<Transition> for TransitionRepr {
    fn from(t: Transition) -> Self {
        TransitionRepr {
            from: t.from(),
            to: t.to(),
            justification: t.justification().map(|j| j.to_string()),
            outcome: t.outcome().map(|o| o.to_string()),
            note: t.note().map(str::to_owned),
            revisit: t.revisit(),
            reason: t.reason(),
            merged_into: t.merged_into(),
        }
    }
}

impl TryFrom<TransitionRepr> for Transition {
    type Error = String;
    fn try_from(r: TransitionRepr) -> Result<Self, String> {
        let partly = r.to == State::Accepted && !r.from.is_resting() && r.justification.is_some();
        let spec = MoveSpec {
            to: Some(r.to),
            text: r.justification.or(r.outcome).or(r.note),
            revisit: r.revisit,
            reason: r.reason,
            merged_into: r.merged_into,
            // A justification on an acceptance that reopens nothing is what the rest is
            // not done for.
            partly,
        };
        // The owning proposal is not known here; the fold checks it again in context.
        spec.build(ProposalId::new(0), r.from, &JustificationRules::BASELINE)
            .map_err(|e| format!("stored transition {} -> {} is invalid: {e}", r.from, r.to))
    }
}
