//! From notes to the register: restore OCR damage, parse, and convert the parsed
//! `Document` into the register's neutral `MeetingImport`.

use delaktig_core::{
    Attendee, ImportedDecision, ImportedProposal, MeetingImport, Span, State, Visibility,
};
use delaktig_normalize::Normalizer;
use delaktig_notes::{DecisionOutcome, Document, ParseOptions};
use sha2::{Digest, Sha256};

/// Why notes could not be turned into an import.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    /// The notes name no meeting and have no title line to record them under.
    #[error(
        "the notes name no meeting and have no title line, so there is nothing to record them \
         under; start the notes with a line such as \"Bryggangruppen 19 januari 2019\""
    )]
    NoMeeting,
}

/// Notes restored, parsed and ready for `Register::import_meeting`.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The restored text the document was parsed from.
    pub text: String,
    /// How many OCR repairs were applied.
    pub restored_changes: usize,
    /// The parsed document.
    pub document: Document,
    /// The register's import form.
    pub import: MeetingImport,
}

/// Notes restored and parsed.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The restored text the document was parsed from.
    pub text: String,
    /// How many OCR repairs were applied.
    pub restored_changes: usize,
    /// The parsed document (its `normalization.changes` is `restored_changes`).
    pub document: Document,
}

/// Restores `text` with `normalizer` (unless `None`) and parses the result with `options`.
pub fn restore_and_parse(
    text: &str,
    normalizer: Option<&Normalizer>,
    options: ParseOptions,
) -> Restored {
    let (text, restored_changes) = match normalizer {
        Some(n) => n.normalize_text_counted(text),
        None => (text.to_owned(), 0),
    };
    let document =
        delaktig_notes::parse(&text, &options.with_normalization_changes(restored_changes));
    Restored {
        text,
        restored_changes,
        document,
    }
}

/// Restores and parses `text` (see [`restore_and_parse`]) and converts the result; imported
/// notes get `visibility` (internal until reviewed, as a rule).
pub fn prepare(
    text: &str,
    normalizer: Option<&Normalizer>,
    options: ParseOptions,
    visibility: Visibility,
) -> Result<Prepared, IngestError> {
    let Restored {
        text,
        restored_changes,
        document,
    } = restore_and_parse(text, normalizer, options);
    let import = meeting_import(&document, &text, visibility)?;
    Ok(Prepared {
        text,
        restored_changes,
        document,
        import,
    })
}

/// Converts a parsed document into the register's import form. The content hash is the
/// SHA-256 of the restored text, so importing the same notes twice creates nothing new.
pub fn meeting_import(
    doc: &Document,
    text: &str,
    visibility: Visibility,
) -> Result<MeetingImport, IngestError> {
    let meeting = doc.meetings.first();
    let event = doc.events.iter().find(|e| !e.cancelled);
    let title = meeting
        .map(|m| m.title.clone())
        .or_else(|| doc.title.clone())
        .filter(|t| !t.trim().is_empty())
        .ok_or(IngestError::NoMeeting)?;
    // A heading that names only the kind of paper ("PROTOKOLLSUTDRAG", "KALLELSE OCH
    // DAGORDNING") tells one meeting from another by its group: "Socialnämnden,
    // protokollsutdrag".
    let title = match meeting.map(|m| m.group.trim()).filter(|g| !g.is_empty()) {
        Some(group) if delaktig_notes::names_only_its_paper(&title) => {
            format!("{group}, {}", title.trim().to_lowercase())
        }
        // A letter under an office's letterhead is named by its reply's heading too:
        // "Socialförvaltningen, svar på era frågor".
        _ if meeting.is_none() => match reply_heading(doc) {
            Some(heading) if !delaktig_notes::names_a_reply(&title) => {
                let mut chars = heading.chars();
                let first = chars.next().map(|c| c.to_lowercase().to_string());
                format!("{title}, {}{}", first.unwrap_or_default(), chars.as_str())
            }
            _ => title,
        },
        _ => title,
    };
    let content_hash = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(MeetingImport {
        content_hash,
        group: meeting.map(|m| m.group.clone()).filter(|g| !g.is_empty()),
        title,
        // Notes that name no meeting (an invitation) are dated and placed by their event; a
        // letter or an e-mail by when it was sent; a paper on a matter by the earliest day a
        // decision in it was made ("Socialnämnden beslutade den 11 februari 2026 …"); else
        // by the day its head gives it ("Datum:" under a letterhead).
        date: meeting.map_or_else(
            || {
                event
                    .and_then(|e| e.date)
                    .or_else(|| doc.messages.first().and_then(|m| m.date))
                    .or_else(|| doc.decisions.iter().filter_map(|d| d.date).min())
                    .or(doc.date)
            },
            |m| m.date,
        ),
        place: meeting.map_or_else(|| event.and_then(|e| e.place.clone()), |m| m.place.clone()),
        attendees: meeting
            .map(|m| {
                m.attendees
                    .iter()
                    .map(|a| Attendee {
                        name: a.name.clone(),
                        organisation: a.organisation.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        proposals: doc
            .proposals
            .iter()
            .enumerate()
            .map(|(k, p)| ImportedProposal {
                text: p.text.clone(),
                span: Some(Span {
                    start: p.span.start,
                    end: p.span.end,
                }),
                by: p.by.clone(),
                decision: decision_on(doc, k),
            })
            .collect(),
        visibility,
    })
}

/// The heading of a reply in a letter ("Svar på era frågor"), when a section has one.
fn reply_heading(doc: &Document) -> Option<&str> {
    doc.sections
        .iter()
        .skip(1)
        .map(|s| s.heading.as_str())
        .find(|h| delaktig_notes::names_a_reply(h) && h.split_whitespace().count() <= 8)
}

/// The last decision `doc` records on its proposal `k`, in the register's terms.
fn decision_on(doc: &Document, k: usize) -> Option<ImportedDecision> {
    let d = doc.decisions.iter().rev().find(|d| d.proposal == Some(k))?;
    Some(ImportedDecision {
        to: state_of(d.outcome),
        // A matter closed as answered is a "no" by another name: its justification says so,
        // so that the register's history keeps what the notes called it.
        justification: match d.outcome {
            DecisionOutcome::Answered => d
                .justification
                .as_ref()
                .map(|why| format!("Anses besvarat: {why}")),
            _ => d.justification.clone(),
        },
        text: d.text.clone(),
        partly: d.outcome == DecisionOutcome::PartlyAccepted,
        date: d.date,
    })
}

/// The register's state a decision's outcome moves a proposal to.
pub fn state_of(outcome: DecisionOutcome) -> State {
    match outcome {
        DecisionOutcome::Accepted | DecisionOutcome::PartlyAccepted => State::Accepted,
        DecisionOutcome::Rejected | DecisionOutcome::Answered => State::Rejected,
        DecisionOutcome::Parked => State::Parked,
        DecisionOutcome::Referred => State::UnderReview,
        DecisionOutcome::InProgress => State::InProgress,
        DecisionOutcome::Implemented => State::Implemented,
    }
}

impl Prepared {
    /// The decisions of the notes on no proposal of theirs (one raised at an earlier meeting,
    /// most often): never matched to the register's proposals by guess, left for a person to
    /// record. A decision that names nothing a proposal is called (a proposal, a motion, a
    /// matter, an application, a request or a wish) is a meeting's own business ("Årsmötet
    /// beslutade att fastställa röstlängden") and is left out.
    pub fn unlinked_decisions(&self) -> impl Iterator<Item = &delaktig_notes::Decision> {
        const NAMES_OF_PROPOSALS: &[&str] = &[
            "förslag",
            "motion",
            "ärende",
            "ansökan",
            "ansökningen",
            "begäran",
            "önskemål",
        ];
        self.document
            .decisions
            .iter()
            .filter(|d| d.proposal.is_none())
            .filter(|d| {
                let text = d.text.to_lowercase();
                NAMES_OF_PROPOSALS.iter().any(|n| text.contains(n))
            })
    }
}
