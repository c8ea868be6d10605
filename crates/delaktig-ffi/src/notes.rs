//! Meeting-notes parsing across the boundary: the parsed document as records (meetings with
//! attendees, proposals, actions, questions, links, dates) plus the full document as JSON.

use delaktig_notes as notes;

use crate::guard::{Internal, guard};
use crate::types::Day;

/// Why notes could not be parsed. The parser itself never fails on text; these are the
/// caller's inputs it cannot take.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum ParseError {
    /// The bytes are not UTF-8.
    #[error("{message}")]
    InvalidUtf8 {
        /// Where the first bad byte is and what to do.
        message: String,
    },
    /// The reference year is out of range.
    #[error("{message}")]
    InvalidYear {
        /// The year and the range.
        message: String,
    },
    /// A bug caught at the boundary.
    #[error("{message}")]
    Internal {
        /// What happened.
        message: String,
    },
}

impl Internal for ParseError {
    fn internal(message: String) -> Self {
        ParseError::Internal { message }
    }
}

/// How to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, uniffi::Record)]
pub struct ParseOptions {
    /// Year for dates written without one, when the note names no year (1–9999).
    #[uniffi(default = None)]
    pub year: Option<i32>,
}

/// A byte range `start..end` of the parsed text (UTF-8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct TextSpan {
    /// First byte.
    pub start: u64,
    /// One past the last byte.
    pub end: u64,
}

impl From<notes::Span> for TextSpan {
    fn from(s: notes::Span) -> Self {
        TextSpan {
            start: s.start as u64,
            end: s.end as u64,
        }
    }
}

/// A person at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Attendee {
    /// Name.
    pub name: String,
    /// Organisation, if given.
    pub organisation: Option<String>,
    /// Where in the text.
    pub span: TextSpan,
}

/// The announced next meeting.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NextMeeting {
    /// Day.
    pub date: Option<Day>,
    /// Theme.
    pub theme: Option<String>,
    /// Start time, "HH:MM".
    pub start: Option<String>,
    /// End time, "HH:MM".
    pub end: Option<String>,
}

/// One meeting of a group.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteMeeting {
    /// Title line.
    pub title: String,
    /// The group that met.
    pub group: String,
    /// Day of the meeting.
    pub date: Option<Day>,
    /// The date as written.
    pub date_text: Option<String>,
    /// Start time, "HH:MM".
    pub start: Option<String>,
    /// End time, "HH:MM".
    pub end: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// Theme.
    pub theme: Option<String>,
    /// Who came.
    pub attendees: Vec<Attendee>,
    /// The next meeting, if announced.
    pub next_meeting: Option<NextMeeting>,
    /// Where in the text.
    pub span: TextSpan,
}

/// An event (an invitation, a seminar).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteEvent {
    /// Title.
    pub title: String,
    /// Day.
    pub date: Option<Day>,
    /// Start time, "HH:MM".
    pub start: Option<String>,
    /// End time, "HH:MM".
    pub end: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// Marked INSTÄLLD.
    pub cancelled: bool,
    /// Where in the text.
    pub span: TextSpan,
}

/// A letter or an e-mail printed in a note ("Från:", "Till:", "Datum:", "Ämne:").
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteMessage {
    /// Sender ("Från:"), without an address in brackets.
    pub sender: Option<String>,
    /// Recipient ("Till:"), as written.
    pub recipient: Option<String>,
    /// Day it was sent.
    pub date: Option<Day>,
    /// Subject, as written.
    pub subject: Option<String>,
    /// It answers another message (its subject opens with "Sv:" or "Re:").
    pub reply: bool,
    /// Where its header is.
    pub span: TextSpan,
}

/// A sentence that proposes a change.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteProposal {
    /// The sentence.
    pub text: String,
    /// The agenda heading it is under.
    pub section: Option<String>,
    /// Who proposed it, when named.
    pub by: Option<String>,
    /// Where in the text.
    pub span: TextSpan,
}

/// A promise: `who` will do `what`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteAction {
    /// Who.
    pub who: String,
    /// What.
    pub what: String,
    /// By when, when the note names a day or a week.
    pub due: Option<Day>,
    /// Marked as done (a ticked task box, a table's status "klar").
    pub done: bool,
    /// Where in the text.
    pub span: TextSpan,
}

/// A web link.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteLink {
    /// The URL (split URLs joined).
    pub url: String,
    /// Its label ("Läs mer här").
    pub label: Option<String>,
}

/// A date as written and, when the year is known, as a day.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DateMention {
    /// As written.
    pub text: String,
    /// The day.
    pub date: Option<Day>,
    /// The year was taken from elsewhere in the note or the options.
    pub inferred_year: bool,
    /// The week number when a week was written ("vecka 37"); `date` is its Monday.
    pub week: Option<u32>,
    /// Where in the text.
    pub span: TextSpan,
}

/// What a note records was decided about a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum DecisionOutcome {
    /// To be carried out ("bifalls", "beviljas").
    Accepted,
    /// Not to be carried out ("avslås", "beviljas inte").
    Rejected,
    /// Put to rest ("bordläggs", "skjuts upp").
    Parked,
    /// Carried out in part, the rest not ("bifalls delvis", "Svar: Delvis."); the
    /// justification says why the rest is not.
    PartlyAccepted,
    /// Sent to be prepared or looked into first ("utreds", "remitteras"); the proposal is
    /// then under review.
    Referred,
    /// Reported under way by a follow-up ("Status: Pågår").
    InProgress,
    /// Reported carried out by a follow-up ("Status: Genomfört"); the justification says
    /// what was done.
    Implemented,
    /// Considered answered ("anses besvarat"): closed with an answer, not carried out as
    /// proposed; the register records it as a rejection the answer justifies.
    Answered,
}

impl From<notes::DecisionOutcome> for DecisionOutcome {
    fn from(o: notes::DecisionOutcome) -> Self {
        match o {
            notes::DecisionOutcome::Accepted => DecisionOutcome::Accepted,
            notes::DecisionOutcome::Rejected => DecisionOutcome::Rejected,
            notes::DecisionOutcome::PartlyAccepted => DecisionOutcome::PartlyAccepted,
            notes::DecisionOutcome::Parked => DecisionOutcome::Parked,
            notes::DecisionOutcome::Referred => DecisionOutcome::Referred,
            notes::DecisionOutcome::InProgress => DecisionOutcome::InProgress,
            notes::DecisionOutcome::Implemented => DecisionOutcome::Implemented,
            notes::DecisionOutcome::Answered => DecisionOutcome::Answered,
        }
    }
}

/// A decision a note records ("Beslut: Förslaget avslås eftersom …").
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteDecision {
    /// The sentence.
    pub text: String,
    /// What was decided.
    pub outcome: DecisionOutcome,
    /// Why, as the note gives it; `None` when it gives no reason.
    pub justification: Option<String>,
    /// Index in `proposals` of the proposal decided on, when the note has it.
    pub proposal: Option<u32>,
    /// Where in the text.
    pub span: TextSpan,
}

impl From<&notes::Decision> for NoteDecision {
    fn from(x: &notes::Decision) -> Self {
        NoteDecision {
            text: x.text.clone(),
            outcome: x.outcome.into(),
            justification: x.justification.clone(),
            proposal: x.proposal.and_then(|k| u32::try_from(k).ok()),
            span: x.span.into(),
        }
    }
}

/// What was found in one note.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NoteDocument {
    /// The first line, when it reads as a title.
    pub title: Option<String>,
    /// The day the paper gives itself in its head (a letterhead's "Datum:" field that dates
    /// no meeting or event).
    pub date: Option<Day>,
    /// Meetings.
    pub meetings: Vec<NoteMeeting>,
    /// Events.
    pub events: Vec<NoteEvent>,
    /// Letters and e-mails printed in the note, one per header.
    pub messages: Vec<NoteMessage>,
    /// Proposals.
    pub proposals: Vec<NoteProposal>,
    /// Action items.
    pub actions: Vec<NoteAction>,
    /// Decisions on proposals.
    pub decisions: Vec<NoteDecision>,
    /// Open questions.
    pub questions: Vec<String>,
    /// Links.
    pub links: Vec<NoteLink>,
    /// E-mail addresses, each once.
    pub emails: Vec<String>,
    /// Dates mentioned.
    pub dates: Vec<DateMention>,
    /// The whole document as JSON (sections, schedules and everything above), as the
    /// command line's `--json` writes it.
    pub json: String,
}

fn time(t: Option<notes::Time>) -> Option<String> {
    t.map(|t| t.to_string())
}

impl From<&notes::Document> for NoteDocument {
    fn from(d: &notes::Document) -> Self {
        NoteDocument {
            title: d.title.clone(),
            date: d.date.map(Into::into),
            meetings: d
                .meetings
                .iter()
                .map(|m| NoteMeeting {
                    title: m.title.clone(),
                    group: m.group.clone(),
                    date: m.date.map(Into::into),
                    date_text: m.date_text.clone(),
                    start: time(m.start),
                    end: time(m.end),
                    place: m.place.clone(),
                    theme: m.theme.clone(),
                    attendees: m
                        .attendees
                        .iter()
                        .map(|a| Attendee {
                            name: a.name.clone(),
                            organisation: a.organisation.clone(),
                            span: a.span.into(),
                        })
                        .collect(),
                    next_meeting: m.next_meeting.as_ref().map(|n| NextMeeting {
                        date: n.date.map(Into::into),
                        theme: n.theme.clone(),
                        start: time(n.start),
                        end: time(n.end),
                    }),
                    span: m.span.into(),
                })
                .collect(),
            events: d
                .events
                .iter()
                .map(|e| NoteEvent {
                    title: e.title.clone(),
                    date: e.date.map(Into::into),
                    start: time(e.start),
                    end: time(e.end),
                    place: e.place.clone(),
                    cancelled: e.cancelled,
                    span: e.span.into(),
                })
                .collect(),
            messages: d
                .messages
                .iter()
                .map(|m| NoteMessage {
                    sender: m.from.clone(),
                    recipient: m.to.clone(),
                    date: m.date.map(Into::into),
                    subject: m.subject.clone(),
                    reply: m.reply,
                    span: m.span.into(),
                })
                .collect(),
            proposals: d
                .proposals
                .iter()
                .map(|p| NoteProposal {
                    text: p.text.clone(),
                    section: p.section.clone(),
                    by: p.by.clone(),
                    span: p.span.into(),
                })
                .collect(),
            actions: d
                .actions
                .iter()
                .map(|a| NoteAction {
                    who: a.who.clone(),
                    what: a.what.clone(),
                    due: a.due.map(Into::into),
                    done: a.done,
                    span: a.span.into(),
                })
                .collect(),
            decisions: d.decisions.iter().map(Into::into).collect(),
            questions: d.questions.clone(),
            links: d
                .links
                .iter()
                .map(|l| NoteLink {
                    url: l.url.clone(),
                    label: l.label.clone(),
                })
                .collect(),
            emails: d.emails.clone(),
            dates: d
                .dates
                .iter()
                .map(|m| DateMention {
                    text: m.text.clone(),
                    date: m.date.map(Into::into),
                    inferred_year: m.inferred_year,
                    week: m.week,
                    span: m.span.into(),
                })
                .collect(),
            json: d.to_json_pretty(),
        }
    }
}

pub(crate) fn options(o: &ParseOptions) -> Result<notes::ParseOptions, ParseError> {
    let mut out = notes::ParseOptions::new();
    if let Some(year) = o.year {
        if !(1..=9999).contains(&year) {
            return Err(ParseError::InvalidYear {
                message: format!(
                    "year {year} is outside 1..=9999; give the year the notes are from"
                ),
            });
        }
        out = out.with_year(year);
    }
    Ok(out)
}

/// Parses one note (plain text, restored first if it was OCR'd).
#[uniffi::export]
pub fn parse_notes(text: String, options: ParseOptions) -> Result<NoteDocument, ParseError> {
    guard(|| {
        let opts = self::options(&options)?;
        Ok(NoteDocument::from(&notes::parse(&text, &opts)))
    })
}

/// Parses one note given as UTF-8 bytes; anything else is `ParseError::InvalidUtf8`.
#[uniffi::export]
pub fn parse_notes_bytes(
    bytes: Vec<u8>,
    options: ParseOptions,
) -> Result<NoteDocument, ParseError> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let err = e.utf8_error();
        ParseError::InvalidUtf8 {
            message: format!(
                "notes are not valid UTF-8: bad byte at offset {} of {}; convert them to UTF-8",
                err.valid_up_to(),
                e.as_bytes().len()
            ),
        }
    })?;
    parse_notes(text, options)
}
