//! The delaktig register: proposals, meetings and their append-only history in SQLite.
//!
//! A [`Register`] is one SQLite file (WAL mode, synchronous FULL) or an in-memory database.
//! Every command is one transaction: the domain (`delaktig-core`) decides the next history
//! event, the store appends it and updates a snapshot row used by listings and the stalled
//! query. History rows are never updated or deleted — triggers in the schema abort any
//! attempt — so reopening a file yields exactly the committed state, rebuilt from events.
//!
//! Deviation reports on cooperation (`delaktig-deviation`) live in the same file with their
//! own append-only history: [`Register::add_deviation`], [`Register::move_deviation`],
//! [`Register::deviations`] and [`Register::deviation_report`]. Every deviation command is
//! checked against the register's deviation policy (roles, as for proposals); the category
//! list, known parties and policy are stored in the register
//! ([`Register::deviation_settings`], [`Register::change_deviation_settings`]).
//! Deviations and their events carry a visibility. A register of an older schema version
//! is migrated when opened, in one transaction.
//!
//! Opening checks the file: something that is not SQLite, an SQLite file of another
//! application, a corrupt file, or a register with a newer schema version each give their
//! own [`StoreError`], never a panic.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use delaktig_core::{Actor, MoveSpec, NewProposal, Role, State};
//! use delaktig_store::{ListFilter, Register};
//!
//! let mut reg = Register::open_in_memory()?;
//! let day = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
//! let id = reg.raise(
//!     NewProposal::titled("Gemensam rutin för återkoppling"),
//!     &Actor::new("Bryggan", Role::UserRepresentative),
//!     day,
//! )?;
//! let staff = Actor::staff("Socialförvaltningen");
//!
//! // Refused: no justification. The register is unchanged.
//! assert!(reg.move_to(id, MoveSpec::new(State::Rejected, None), &staff, day).is_err());
//! reg.move_to(id, MoveSpec::new(State::Accepted, Some("Beslut i nämnden")), &staff, day)?;
//!
//! let listed = reg.list(&ListFilter { state: Some(State::Accepted), ..ListFilter::default() })?;
//! assert_eq!(listed.len(), 1);
//! assert_eq!(reg.proposal(id)?.events().len(), 2);
//! # Ok::<(), delaktig_store::StoreError>(())
//! ```
#![deny(missing_docs)]

mod decode;
mod deviation;
mod error;
mod notes;
mod register;
mod schema;
mod transfer;

pub use error::{Result, StoreError};
pub use notes::{MeetingImported, Undecided};
pub use register::{Batch, ListFilter, ProposalSummary, Register, StalledProposal};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use transfer::{ExportScope, ImportSummary, RegisterExport};
