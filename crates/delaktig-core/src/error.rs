//! The domain's one error type.
//!
//! Every variant names what happened, to which proposal, and what the caller can do.
//! Commands that fail change nothing: errors are returned before any event is made.

use crate::actor::Role;
use crate::id::ProposalId;
use crate::state::State;
use crate::text::TextError;

/// Why a domain command was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The move is not in the transition table.
    #[error(
        "proposal {id} cannot move from {from} to {to}: allowed targets are {}",
        list(allowed)
    )]
    NotAllowed {
        /// Proposal.
        id: ProposalId,
        /// Current state.
        from: State,
        /// Requested state.
        to: State,
        /// What the table allows from `from`.
        allowed: Vec<State>,
    },
    /// A justification was missing or refused.
    #[error("{action} of proposal {id} needs a justification: {source}")]
    Justification {
        /// Proposal.
        id: ProposalId,
        /// The kind of move ("rejection", "parking", …).
        action: &'static str,
        /// What was wrong with the text.
        source: TextError,
    },
    /// The outcome summary of an implementation was missing or refused.
    #[error(
        "implementation of proposal {id} needs an outcome summary saying what was done: {source}"
    )]
    Outcome {
        /// Proposal.
        id: ProposalId,
        /// What was wrong with the text.
        source: TextError,
    },
    /// A move out of a resting state into an open one was not given as a reopening.
    #[error("moving proposal {id} from {from} to {to} reopens it and needs a justification")]
    ReopenNeedsJustification {
        /// Proposal.
        id: ProposalId,
        /// Current (resting) state.
        from: State,
        /// Requested (open) state.
        to: State,
    },
    /// A reopening was requested for a move that reopens nothing.
    #[error("moving proposal {id} from {from} to {to} is not a reopening: make it a plain move")]
    NotAReopening {
        /// Proposal.
        id: ProposalId,
        /// Current state.
        from: State,
        /// Requested state.
        to: State,
    },
    /// A merge without a target.
    #[error("merging proposal {id} needs the proposal it joins")]
    MergeNeedsTarget {
        /// Proposal.
        id: ProposalId,
    },
    /// A merge into itself.
    #[error("proposal {id} cannot be merged into itself")]
    MergeIntoSelf {
        /// Proposal.
        id: ProposalId,
    },
    /// The policy does not allow the action.
    #[error("{actor} (role {role}) may not {action} {}: {rule}", subject(id))]
    NotPermitted {
        /// Proposal, if the action concerns one.
        id: Option<ProposalId>,
        /// Who tried.
        actor: String,
        /// In which role.
        role: Role,
        /// What they tried.
        action: &'static str,
        /// The rule that refused it.
        rule: String,
    },
    /// The command is malformed or does not fit the proposal's state.
    #[error("{}: {what}", subject(id))]
    Invalid {
        /// Proposal, if any.
        id: Option<ProposalId>,
        /// What is wrong and what to do.
        what: String,
    },
}

fn list(states: &[State]) -> String {
    if states.is_empty() {
        return "none".into();
    }
    states
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(", ")
}

fn subject(id: &Option<ProposalId>) -> String {
    match id {
        Some(id) => format!("proposal {id}"),
        None => "a new proposal".into(),
    }
}
