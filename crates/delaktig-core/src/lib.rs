//! The domain of delaktig: proposals followed from raised to done, with every "no" justified.
//!
//! This crate is pure Rust without I/O: it knows proposals, states, moves, permissions,
//! follow-up queries and public reports, and nothing about files, databases or terminals.
//! `delaktig-store` persists it; `delaktig-cli` and the bindings drive it.
//!
//! # Shape
//! - [`State`] has stable codes (`received`, `under_review`, …) and Swedish/English labels;
//!   [`State::allowed_targets`] is the one table of allowed moves.
//! - A [`Move`] carries what its target requires: a [`Justification`] for `rejected`,
//!   `parked`, `withdrawn`, `merged` and every reopening, an [`Outcome`] for `implemented`.
//!   Both texts exist only after validation, so a justification-less "no" cannot be built.
//!   A [`Transition`] is a move checked against the table from a given state.
//! - A [`Proposal`] is the fold of its append-only history of [`Event`]s. [`Proposal::decide`]
//!   turns a [`Request`] into the next event (checking the [`Policy`] and the rules) without
//!   changing anything; [`Proposal::apply`] folds it in.
//! - [`StalledPolicy`] and [`MonthlySummary`] answer "is it moving?".
//! - [`PublicReport`] renders only public items, through a [`TextFilter`], as Markdown,
//!   HTML or open-data JSON.
//! - [`MeetingImport`] is the neutral form in which parsed meeting notes enter a register.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use delaktig_core::*;
//!
//! let settings = Settings::default();
//! let day = |d| NaiveDate::from_ymd_opt(2025, 3, d).unwrap();
//! let staff = Actor::staff("Socialförvaltningen");
//! let mut p = Proposal::raise(
//!     ProposalId::new(1),
//!     NewProposal::titled("Checklista för nya handläggare"),
//!     &Actor::new("Bryggan", Role::UserRepresentative),
//!     day(3),
//!     &settings,
//! )?;
//!
//! // A rejection without a real justification is refused and changes nothing.
//! let no = Command::MoveTo(MoveSpec::new(State::Rejected, Some("n/a")));
//! let err = p.execute(Request::new(staff.clone(), day(10), no), &settings).unwrap_err();
//! assert!(err.to_string().contains("rejection of proposal P-1 needs a justification"));
//! assert_eq!(p.state(), State::Received);
//!
//! let yes = Command::MoveTo(MoveSpec::new(State::Accepted, None));
//! p.execute(Request::new(staff, day(17), yes), &settings)?;
//! assert_eq!((p.state(), p.state_since()), (State::Accepted, day(17)));
//!
//! let report = PublicReport::build([&p], &ReportOptions::new(day(31)), &NoFilter);
//! assert!(report.to_markdown().contains("Beslutad"));
//! # Ok::<(), DomainError>(())
//! ```
#![deny(missing_docs)]

mod actor;
mod error;
mod follow;
mod id;
mod meeting;
mod proposal;
mod report;
mod state;
mod text;
mod transition;

pub use actor::{Action, Actor, Policy, Role, RoleParseError, Visibility, VisibilityParseError};
pub use error::DomainError;
pub use follow::{MonthlySummary, StallFacts, StallReason, StalledPolicy};
pub use id::{IdParseError, MeetingId, ProposalId};
pub use meeting::{
    Attendee, ImportedDecision, ImportedProposal, Meeting, MeetingImport, SAME_PROPOSAL_THRESHOLD,
    match_key, similarity,
};
pub use proposal::{
    Command, Event, EventKind, Milestone, NewProposal, Origin, Progress, Proposal, Request,
    Settings, Span,
};
pub use report::{
    NoFilter, PublicProposal, PublicReport, RecentEntry, ReportOptions, StalledEntry, StateCount,
    TextFilter, TimelineEntry, esc,
};
pub use state::{Lang, LangParseError, ReasonParseError, State, StateParseError, WithdrawalReason};
pub use text::{Justification, JustificationRules, Outcome, TextError, count_words};
pub use transition::{Move, MoveSpec, Transition};
