//! delaktig: participatory development for Swedish social services.
//!
//! This facade re-exports the workspace crates so an application depends on one package.
#![deny(missing_docs)]

pub mod ingest;
pub mod public;

/// Deviation reports on cooperation and their yearly report.
pub use delaktig_deviation as deviation;

/// The domain: proposals, states, transitions, policies, reports.
pub use delaktig_core as core;
/// The embedded Swedish lexicon.
pub use delaktig_lexicon_sv as lexicon;
/// Restoring OCR-damaged Swedish text.
pub use delaktig_normalize as normalize;
/// Parsing meeting notes into data.
pub use delaktig_notes as notes;
/// Finding and redacting personal data.
pub use delaktig_redact as redact;
/// The SQLite register.
pub use delaktig_store as store;
