//! uniffi bindings layer of delaktig: the only crate that knows uniffi.
//!
//! # Overview
//!
//! The domain crates stay free of FFI attributes; this crate wraps their types in FFI-friendly
//! ones and exports them with uniffi's proc-macros. `uniffi-bindgen` generates Kotlin, Swift
//! and Python from the built library (library mode); `bindings/run-tests.sh` builds,
//! generates and tests all three.
//!
//! - [`Register`]: open or create a register (file or in memory); raise, move (every "no"
//!   with a justification), comment, follow, show, list, stalled, monthly summary, public
//!   reports (Markdown, HTML, JSON) and meeting-notes ingest. `Send + Sync`, the lock inside,
//!   so an app may call it from any thread. A [`RegisterListener`] implemented in the app is
//!   told of every new history event.
//! - [`Normalizer`] and [`normalize`]: restore OCR-damaged Swedish, with the list of changes.
//! - [`parse_notes`]: meeting notes into a [`NoteDocument`] (records and the full JSON).
//! - [`Vocabulary`]: the caller's own words and names on top of the embedded lexicon.
//! - Deviation reports on the same [`Register`]: intake, follow-up moves, confirming
//!   categories, linking proposals, visibility, the register's category list and known
//!   parties ([`DeviationSettings`]) and the yearly report; roles checked as for proposals.
//!
//! One error enum per area ([`RegisterError`], [`NormalizeError`], [`ParseError`],
//! [`VocabularyError`]); each carries the library's own message, and a panic (a bug) is
//! caught at the boundary and returned as the area's `Internal` error, never a crash.
//! Calendar days cross as native instants ([`Day`]: Kotlin `java.time.Instant`, Swift
//! `Date`, Python `datetime`); ids as their printed form ("P-12").
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use delaktig_ffi::*;
//!
//! let reg = Register::in_memory().unwrap();
//! let day = Day(NaiveDate::from_ymd_opt(2026, 1, 19).unwrap());
//! let staff = Actor { name: "Socialförvaltningen".into(), role: Role::Staff };
//! let bryggan = Actor { name: "Bryggan".into(), role: Role::UserRepresentative };
//! let draft = NewProposal {
//!     title: "Checklista för nya handläggare".into(),
//!     description: None, group: None, organisation: None, responsible: None,
//!     tags: vec![], visibility: None,
//! };
//! let id = reg.raise_proposal(draft, bryggan, day).unwrap();
//!
//! let no = MoveRequest {
//!     to: ProposalState::Rejected, text: None, revisit: None, reason: None, merged_into: None,
//!     partly: false,
//! };
//! let err = reg.move_proposal(id, no, staff.clone(), day).unwrap_err();
//! assert!(matches!(err, RegisterError::Justification { .. }));
//! assert_eq!(reg.show(id).unwrap().state, ProposalState::Received);
//! ```
#![deny(missing_docs)]

mod deviation;
mod domain;
mod guard;
mod ingest;
mod normalize;
mod notes;
mod register;
mod types;
mod vocabulary;

pub use deviation::{
    DeviationCategory, DeviationCategoryDefinition, DeviationDetails, DeviationSettings,
    KnownParty, PartyKind,
};
pub use domain::{
    Actor, EventKind, HistoryEvent, Lang, Milestone, MoveRequest, NewProposal, ProposalDetails,
    ProposalState, Role, Visibility, WithdrawalReason, state_code, state_label,
};
pub use normalize::{
    Change, ChangeAction, ChangeReason, NormalizeError, NormalizeMode, NormalizeOptions,
    Normalized, Normalizer, normalize,
};
pub use notes::{
    Attendee, DateMention, DecisionOutcome, NextMeeting, NoteAction, NoteDecision, NoteDocument,
    NoteEvent, NoteLink, NoteMeeting, NoteProposal, ParseError, ParseOptions, TextSpan,
    parse_notes, parse_notes_bytes,
};
pub use register::{
    DecidedProposal, IngestOptions, IngestResult, ListFilter, ListenerError, MeetingAttendee,
    MeetingRecord, MonthlySummary, ProposalSummary, Redaction, Register, RegisterError,
    RegisterListener, ReportFormat, ReportOptions, StallReason, StalledPolicy, StalledProposal,
    UndecidedProposal, default_stalled_policy,
};
pub use types::Day;
pub use vocabulary::{Vocabulary, VocabularyError};

uniffi::setup_scaffolding!("delaktig");

/// The version of the delaktig library behind these bindings.
#[uniffi::export]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
