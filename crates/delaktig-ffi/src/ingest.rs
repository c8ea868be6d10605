//! From notes text to the register's import form, through the facade's `delaktig::ingest`
//! (OCR restoration, parsing, conversion into `delaktig_core::MeetingImport`).

use delaktig_core as core;

use crate::register::{IngestOptions, RegisterError};

/// Notes ready for `Register::import_meeting`.
pub(crate) struct Prepared {
    pub(crate) import: core::MeetingImport,
    pub(crate) restored_changes: u32,
    /// Decisions of the notes on no proposal of theirs.
    pub(crate) unlinked_decisions: Vec<crate::notes::NoteDecision>,
}

pub(crate) fn prepare(text: &str, options: &IngestOptions) -> Result<Prepared, RegisterError> {
    let parse_options = crate::notes::options(&crate::notes::ParseOptions { year: options.year })
        .map_err(|e| RegisterError::InvalidInput {
        message: e.to_string(),
    })?;
    let normalizer = options.restore_ocr.then_some(&*crate::normalize::DEFAULT);
    let visibility = options
        .visibility
        .unwrap_or(crate::domain::Visibility::Internal)
        .into();
    let prepared =
        delaktig::ingest::prepare(text, normalizer, parse_options, visibility).map_err(|e| {
            RegisterError::InvalidInput {
                message: e.to_string(),
            }
        })?;
    Ok(Prepared {
        unlinked_decisions: prepared.unlinked_decisions().map(Into::into).collect(),
        import: prepared.import,
        restored_changes: u32::try_from(prepared.restored_changes).unwrap_or(u32::MAX),
    })
}
