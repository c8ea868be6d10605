//! The store's error type.
//!
//! Errors say what went wrong with which file or proposal and what to do about it; SQLite
//! corruption is reported as such rather than as a generic database error.

use delaktig_core::{DomainError, MeetingId, ProposalId};
use std::path::PathBuf;

/// Why a register operation failed. A failed command leaves the register unchanged.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The domain refused the command (not allowed, not permitted, missing justification…).
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// No proposal with this id.
    #[error("there is no proposal {0} in the register: `delaktig proposal list` shows the ids")]
    NotFound(ProposalId),
    /// The deviation domain refused the command (not allowed, outcome or justification
    /// missing, unknown category…).
    #[error(transparent)]
    Deviation(#[from] delaktig_deviation::DeviationError),
    /// A change to the deviation settings was refused (not permitted, a category in use…).
    #[error(transparent)]
    DeviationSettings(#[from] delaktig_deviation::SettingsError),
    /// No deviation with this id.
    #[error("there is no deviation {0} in the register: `delaktig deviation list` shows the ids")]
    DeviationNotFound(delaktig_deviation::DeviationId),
    /// No meeting with this id.
    #[error("there is no meeting {0} in the register")]
    MeetingNotFound(MeetingId),
    /// The policy does not allow changing a meeting's visibility.
    #[error(
        "{actor} (role {role}) may not change the visibility of meeting {meeting}: only {allowed} may"
    )]
    MeetingNotPermitted {
        /// The meeting.
        meeting: MeetingId,
        /// Who tried.
        actor: String,
        /// In which role.
        role: delaktig_core::Role,
        /// Roles that may.
        allowed: String,
    },
    /// The file is not a delaktig register.
    #[error(
        "{path} is not a delaktig register ({why}); give the path of a register, or a new path to create one"
    )]
    NotARegister {
        /// The file.
        path: PathBuf,
        /// What it looks like instead.
        why: String,
    },
    /// The file is damaged.
    #[error("the register {path} is corrupt ({detail}); restore it from a backup or an export")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
        detail: String,
    },
    /// Written by a newer version of delaktig.
    #[error(
        "the register {path} has schema version {found}, newer than the {supported} this version of delaktig reads; upgrade delaktig"
    )]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The file's schema version.
        found: i64,
        /// The newest version this build reads.
        supported: i64,
    },
    /// `create` was asked to overwrite a file.
    #[error("{0} already exists; open it instead, or choose another path")]
    AlreadyExists(PathBuf),
    /// `import` into a register that already holds data.
    #[error(
        "the register already holds {proposals} proposals, {meetings} meetings and {deviations} deviations; import into a new, empty register"
    )]
    NotEmpty {
        /// Proposals present.
        proposals: i64,
        /// Meetings present.
        meetings: i64,
        /// Deviation reports present.
        deviations: i64,
    },
    /// An export file that cannot be imported.
    #[error("the export cannot be imported: {0}")]
    BadExport(String),
    /// Stored data that does not decode (written by hand or by a broken tool).
    #[error("stored data of {what} does not decode: {detail}")]
    BadData {
        /// Which record.
        what: String,
        /// Why.
        detail: String,
    },
    /// A file could not be read or written.
    #[error("cannot use {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Another SQLite error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Maps a SQLite error about the file itself to a clearer variant.
    pub(crate) fn from_sqlite(path: &std::path::Path, e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::NotARegister {
                path: path.to_owned(),
                why: "not an SQLite database".into(),
            },
            Some(ErrorCode::CannotOpen) => StoreError::Io {
                path: path.to_owned(),
                source: std::io::Error::other(e.to_string()),
            },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path: path.to_owned(),
                detail: e.to_string(),
            },
            _ => StoreError::Sqlite(e),
        }
    }
}

/// Result of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
