//! From notes text to the register's import form: OCR restoration, parsing, and the
//! conversion of the parsed document into `delaktig_core::MeetingImport`.

use delaktig_core as core;
use delaktig_notes as notes;
use sha2::{Digest, Sha256};

use crate::register::{IngestOptions, RegisterError};

/// Notes ready for `Register::import_meeting`.
pub(crate) struct Prepared {
    pub(crate) import: core::MeetingImport,
    pub(crate) restored_changes: u32,
}

pub(crate) fn prepare(text: &str, options: &IngestOptions) -> Result<Prepared, RegisterError> {
    let (text, changes) = if options.restore_ocr {
        let n = crate::normalize::DEFAULT.normalize(text);
        let applied = n
            .changes
            .iter()
            .filter(|c| c.action == delaktig_normalize::Action::Applied)
            .count();
        (n.text, applied)
    } else {
        (text.to_owned(), 0)
    };
    let parse_options = crate::notes::options(&crate::notes::ParseOptions { year: options.year })
        .map_err(|e| RegisterError::InvalidInput {
            message: e.to_string(),
        })?
        .with_normalization_changes(changes);
    let doc = notes::parse(&text, &parse_options);

    let meeting = doc.meetings.first();
    let title = meeting
        .map(|m| m.title.clone())
        .or_else(|| doc.title.clone())
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| RegisterError::InvalidInput {
            message: "the notes name no meeting and have no title line, so there is nothing to \
                      record them under; start the notes with a line such as \"Bryggangruppen \
                      19 januari 2019\""
                .into(),
        })?;
    let hash = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    let import = core::MeetingImport {
        content_hash: hash,
        group: meeting.map(|m| m.group.clone()).filter(|g| !g.is_empty()),
        title,
        date: meeting.and_then(|m| m.date),
        place: meeting.and_then(|m| m.place.clone()),
        attendees: meeting
            .map(|m| {
                m.attendees
                    .iter()
                    .map(|a| core::Attendee {
                        name: a.name.clone(),
                        organisation: a.organisation.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        proposals: doc
            .proposals
            .iter()
            .map(|p| core::ImportedProposal {
                text: p.text.clone(),
                span: Some(core::Span {
                    start: p.span.start,
                    end: p.span.end,
                }),
                by: p.by.clone(),
            })
            .collect(),
        visibility: options
            .visibility
            .unwrap_or(crate::domain::Visibility::Internal)
            .into(),
    };
    Ok(Prepared {
        import,
        restored_changes: u32::try_from(changes).unwrap_or(u32::MAX),
    })
}
