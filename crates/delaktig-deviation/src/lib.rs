//! Deviation reports on cooperation ("brister i samverkan"): intake, follow-up and yearly
//! reports.
//!
//! Besides improvement proposals, working groups follow failures in cooperation between the
//! municipality's social services and the region's psychiatric and addiction care. A
//! coordinator collects deviation reports (avvikelser) on a template, the parties talk each
//! case through, recurring causes become improvement proposals, and a yearly report counts
//! it all. This crate is that domain; it is pure Rust and does no I/O.
//!
//! # Shape
//! - [`Intake::parse`] reads a deviation written on the template ("Datum för händelsen:",
//!   "Rapporterande enhet:", "Berörda parter:", "Beskrivning:", "Åtgärd:", …) or as free
//!   text into a [`DeviationDraft`]; [`DeviationDraft::complete`] names whatever is missing
//!   and runs the texts through a [`Redactor`].
//! - Parties are normalised against a [`PartyCatalog`] ("soc" → socialtjänsten,
//!   "Beroendecentrum" → beroendevården) with a [`PartyKind`]; categories come from a
//!   configurable [`CategoryCatalog`], suggested by keyword rules and
//!   [`CategoryStatus::Suggested`] until a person confirms them.
//! - A [`Deviation`] is the fold of its append-only [`Event`]s. Its follow-up moves through
//!   the one table [`TABLE`]: received → in_dialogue → resolved (an [`Outcome`] is required)
//!   or not_resolved (a [`Justification`] is required); reopening also needs a justification.
//!   Both texts exist only after validation, so an unjustified "not resolved" cannot be built;
//!   they are the proposal domain's types (`delaktig-core`), checked by the same rules.
//! - Who may do what is the register's [`DeviationPolicy`], over the proposal domain's roles
//!   ([`Role`]): by default anyone reports, only staff move the follow-up, settle categories,
//!   link proposals, publish and change the [`Settings`] (category list, known parties),
//!   which change one checked [`SettingsChange`] at a time. A refusal changes nothing.
//! - A deviation and each of its events carry a [`Visibility`] (public, internal,
//!   confidential; internal by default, as deviations describe individual cases).
//! - [`YearlyReport`] counts a year: per category, per party pair and kind of pair, per
//!   reporting unit, the follow-up and the proposals raised, as Markdown, HTML and JSON. The
//!   counts cover every deviation; the list of cases shows only those its audience may see.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use delaktig_deviation::*;
//!
//! let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
//! let settings = Settings::default();
//! let intake = Intake::default();
//! let text = "Datum: 2024-03-12\n\
//!             Datum för händelsen: 2024-03-08\n\
//!             Rapporterande enhet: Socialtjänsten\n\
//!             Berörda parter: Vuxenpsykiatrin\n\
//!             Beskrivning: Klienten skrevs ut utan att någon SIP gjordes.";
//! let draft = intake.parse(text, day(3, 12));
//! let record = draft.complete(day(3, 12), &NoRedaction)?;
//! let coordinator = Actor::new("Samordnaren", Role::Staff)?;
//! let id = DeviationId::in_year(2024, 1).unwrap();
//! let mut dev =
//!     Deviation::open(id, record, Visibility::Internal, day(3, 12), coordinator.clone(), &settings)?;
//! assert_eq!(dev.record().involved[0].name(), "psykiatrin");
//! assert_eq!(dev.categories()[0].code.as_str(), "utebliven_sip");
//!
//! // Only staff move the follow-up; a member is refused and nothing changes.
//! let talk = Command::MoveTo(MoveSpec::new(FollowUpState::InDialogue, None));
//! let member = Actor::new("Kim", Role::Member)?;
//! let err = dev.execute(talk.clone(), day(3, 20), member, &settings).unwrap_err();
//! assert!(err.to_string().contains("only staff may"));
//! dev.execute(talk, day(3, 20), coordinator.clone(), &settings)?;
//!
//! // Resolving needs an outcome; a placeholder is refused and changes nothing.
//! let lazy = Command::MoveTo(MoveSpec::new(FollowUpState::Resolved, Some("ok")));
//! let err = dev.execute(lazy, day(4, 2), coordinator.clone(), &settings).unwrap_err();
//! assert!(err.to_string().contains("needs an outcome"));
//! let done = MoveSpec::new(FollowUpState::Resolved, Some("SIP hölls den 2 april"));
//! dev.execute(Command::MoveTo(done), day(4, 2), coordinator, &settings)?;
//! assert_eq!(dev.state(), FollowUpState::Resolved);
//!
//! let report = YearlyReport::build(2024, [&dev], &settings.categories, &ReportOptions::new(day(12, 31)));
//! assert!(report.to_markdown().contains("Rapporten sammanfattar 1 inkommen avvikelse under 2024"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod category;
mod date;
mod deviation;
mod fold;
mod followup;
mod id;
mod intake;
mod lang;
mod party;
mod policy;
mod report;
mod settings;
mod text;

pub use category::{
    CatalogError, Category, CategoryCatalog, CategoryCode, CategoryCodeError, CategoryMark,
    CategoryStatus,
};
pub use deviation::{
    Command, Deviation, DeviationError, DeviationRecord, DeviationSummary, Event, EventKind,
    RecordProblem, Request, StoredDeviation, SummaryCategory,
};
pub use followup::{
    ALL_STATES, FollowUpState, Move, MoveSpec, MoveSpecError, Requirement, StateParseError, TABLE,
};
pub use id::{DeviationId, DeviationIdError, ProposalRef, ProposalRefError};
pub use intake::{
    CategorySource, DeviationDraft, Form, Intake, IntakeError, IntakeNote, Missing, NoRedaction,
    Redactor,
};
pub use lang::{Lang, LangParseError};
pub use party::{
    KnownParty, Listing, Party, PartyCatalog, PartyKind, PartyKindParseError, PartyNameError,
};
pub use policy::{
    Actor, ActorError, DeviationAction, DeviationPolicy, PermissionError, Role, Visibility,
};
pub use report::{
    CategoryCount, FollowUpCounts, KindPairCount, PairCount, PartyCount, ProposalLink,
    ReportOptions, ReportRow, RowCategory, YearlyReport,
};
pub use settings::{Settings, SettingsChange, SettingsError};
pub use text::{Justification, JustificationRules, Outcome, TextError, count_words};
