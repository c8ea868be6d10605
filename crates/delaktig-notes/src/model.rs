//! The parsed form of a note: plain serde data, no behaviour beyond
//! (de)serialisation. Field names are the JSON contract and must stay stable.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A byte range `start..end` into the parsed text; both ends lie on `char`
/// boundaries, so `&text[span.start..span.end]` never panics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the item.
    pub start: usize,
    /// One past the last byte of the item.
    pub end: usize,
}

impl Span {
    /// Makes a span; `end` is raised to `start` if it is smaller.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The slice of `text` this span covers, or `None` if it does not fit.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// A time of day with minute precision, written `HH:MM` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    hour: u8,
    minute: u8,
}

impl Time {
    /// A time of day, or `None` unless `hour < 24` and `minute < 60`.
    pub fn new(hour: u32, minute: u32) -> Option<Self> {
        let hour = u8::try_from(hour).ok().filter(|&h| h < 24)?;
        let minute = u8::try_from(minute).ok().filter(|&m| m < 60)?;
        Some(Time { hour, minute })
    }

    /// Hour, 0–23.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// Minute, 0–59.
    pub fn minute(&self) -> u8 {
        self.minute
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let bad = || serde::de::Error::custom(format!("time {s:?} is not HH:MM (00:00–23:59)"));
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        let h = h.parse().map_err(|_| bad())?;
        let m = m.parse().map_err(|_| bad())?;
        Time::new(h, m).ok_or_else(bad)
    }
}

/// Everything found in one note. See the crate documentation for the JSON.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The first line when it reads as a title, else `None`.
    pub title: Option<String>,
    /// Where the title is.
    pub title_span: Option<Span>,
    /// The text cut at its headings, in order.
    pub sections: Vec<Section>,
    /// Meetings the note records (minutes of a group's meeting).
    pub meetings: Vec<Meeting>,
    /// Invitations and other events, including cancelled ones.
    pub events: Vec<Event>,
    /// Sentences that propose or ask for something.
    pub proposals: Vec<Proposal>,
    /// Promises: someone will do something.
    pub actions: Vec<Action>,
    /// Decisions on proposals ("Beslut: Förslaget avslås eftersom …"), with their
    /// justification when the note gives one.
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// Open questions: sentences ending in `?` that the note does not answer.
    pub questions: Vec<String>,
    /// Span of each entry of `questions`, same index.
    pub question_spans: Vec<Span>,
    /// Web links, with split-by-scan URLs joined again.
    pub links: Vec<Link>,
    /// E-mail addresses, each once, in order of first appearance.
    pub emails: Vec<String>,
    /// Span of the first appearance of each entry of `emails`, same index.
    pub email_spans: Vec<Span>,
    /// Every date mentioned, in order.
    pub dates: Vec<DateMention>,
    /// The day the paper gives itself: the first "Datum:" field under a heading of its head
    /// that dates no meeting or event (a letterhead's "Socialförvaltningen / Individ- och
    /// familjeomsorgen / Datum: 2025-04-02", a report's), when it writes its year.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Letters and e-mails printed in the note, one per message header ("Från: …", "Till:
    /// …", "Datum: …", "Ämne: …"), in order: a thread printed as notes has one per message.
    #[serde(default)]
    pub messages: Vec<Message>,
    /// What the OCR normaliser changed before parsing.
    pub normalization: Normalization,
}

impl Document {
    /// The document as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain structs with string keys cannot fail; the
        // fallback only keeps the signature honest.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// Questions paired with their spans.
    pub fn questions_with_spans(&self) -> impl Iterator<Item = (&str, Span)> {
        self.questions
            .iter()
            .map(String::as_str)
            .zip(self.question_spans.iter().copied())
    }

    /// E-mail addresses paired with their spans.
    pub fn emails_with_spans(&self) -> impl Iterator<Item = (&str, Span)> {
        self.emails
            .iter()
            .map(String::as_str)
            .zip(self.email_spans.iter().copied())
    }
}

/// A heading and the text under it, up to the next heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Heading text without list number or trailing colon; empty for text
    /// before the first heading of an untitled note (level 0).
    pub heading: String,
    /// 0 = text before any heading, 1 = note title, 2 = heading or numbered
    /// agenda item, 3 = sub-heading such as "Synpunkter och tankar:" or "Schema".
    pub level: u8,
    /// The agenda number of a numbered heading ("2. Bildandet …" → 2).
    pub number: Option<u32>,
    /// Paragraphs, each with wrapped lines joined by a space.
    pub paragraphs: Vec<String>,
    /// List items without their marker.
    pub bullets: Vec<String>,
    /// Where the heading is (empty span at the section start for level 0).
    pub span: Span,
    /// Span of each paragraph, same index.
    pub paragraph_spans: Vec<Span>,
    /// Span of each bullet, same index.
    pub bullet_spans: Vec<Span>,
}

/// One meeting of a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// The title line as written.
    pub title: String,
    /// The group that met ("Gemensam utvecklingsgrupp").
    pub group: String,
    /// The meeting day, when the year is known or inferred.
    pub date: Option<NaiveDate>,
    /// The date as written ("19 september").
    pub date_text: Option<String>,
    /// Start time.
    pub start: Option<Time>,
    /// End time.
    pub end: Option<Time>,
    /// Where the meeting was held.
    pub place: Option<String>,
    /// The theme ("Tema: …").
    pub theme: Option<String>,
    /// Who attended ("Närvarande").
    pub attendees: Vec<Attendee>,
    /// The next meeting ("Nästa möte: …").
    pub next_meeting: Option<NextMeeting>,
    /// Where the title line is.
    pub span: Span,
}

/// A person at a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attendee {
    /// The person's name.
    pub name: String,
    /// The organisation after the comma (or in brackets), if given.
    pub organisation: Option<String>,
    /// Where the attendee line (or list item) is.
    pub span: Span,
}

/// The announced next meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NextMeeting {
    /// Its day.
    pub date: Option<NaiveDate>,
    /// Its theme.
    pub theme: Option<String>,
    /// Start time.
    pub start: Option<Time>,
    /// End time.
    pub end: Option<Time>,
    /// Where the "Nästa möte" line is.
    pub span: Span,
}

/// An event: an invitation, a party, a seminar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Title without a cancellation marker.
    pub title: String,
    /// Its day.
    pub date: Option<NaiveDate>,
    /// Start time.
    pub start: Option<Time>,
    /// End time.
    pub end: Option<Time>,
    /// Where ("Var: …").
    pub place: Option<String>,
    /// Practicalities ("Hur: …").
    pub how: Option<String>,
    /// True when the event is called off ("INSTÄLLD").
    pub cancelled: bool,
    /// Timed programme items ("10:15 Fika").
    pub schedule: Vec<ScheduleItem>,
    /// Where the title line is.
    pub span: Span,
}

/// One timed line of an event programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScheduleItem {
    /// When it starts.
    pub time: Time,
    /// When it ends, for "10:15–10:45 …".
    pub end: Option<Time>,
    /// What happens.
    pub activity: String,
    /// Where the line is.
    pub span: Span,
}

/// A proposal: a sentence that suggests, recommends or asks for a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// The sentence.
    pub text: String,
    /// The agenda heading it falls under.
    pub section: Option<String>,
    /// Who proposed it, when the note says ("Leif föreslår …").
    pub by: Option<String>,
    /// Where the sentence is.
    pub span: Span,
}

/// What was decided about a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    /// To be carried out ("bifalls", "beviljas", "godkändes", "beslutade att").
    Accepted,
    /// Not to be carried out ("avslås", "fick avslag", "genomförs inte").
    Rejected,
    /// To be carried out in part, the rest not ("bifalls delvis", "avslås delvis", a reply's
    /// "Svar: Delvis."): the rest is a "no", and the reason the note gives justifies it.
    PartlyAccepted,
    /// Put to rest, to be taken up again ("bordläggs", "skjuts upp", "vilande").
    Parked,
    /// Sent to be prepared or looked into before it is decided ("utreds", "remitteras",
    /// "bereds vidare", "beslutar att utreda …", "ger förvaltningen i uppdrag att utreda …"):
    /// no decision on the proposal yet, which is now under review.
    Referred,
    /// Being carried out, as a follow-up reports it ("Status: Pågår").
    InProgress,
    /// Carried out, as a follow-up reports it ("Status: Genomfört. Kaféet startade i mars.");
    /// the justification then says what was done, when the note says.
    Implemented,
    /// Considered answered ("anses besvarat", "att anse medborgarförslaget besvarat", "motionen
    /// besvaras med hänvisning till …"): the matter is closed with an answer, and what it
    /// proposed is not carried out as proposed. The register records it as a "no" that the
    /// answer justifies.
    Answered,
}

/// A decision a note records: "Beslut: Förslaget avslås eftersom det saknas personal."
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// The sentence.
    pub text: String,
    /// What was decided.
    pub outcome: DecisionOutcome,
    /// Why, as the note gives it: the clause after "eftersom", "då", "på grund av",
    /// "med motiveringen att", or a "Motivering:" line right after. `None` when the note gives
    /// no reason (a rejection the register cannot record until someone writes one). For a
    /// proposal reported carried out or under way: what was done, when the note says.
    pub justification: Option<String>,
    /// Index in `proposals` of the proposal decided on: the last one before the decision
    /// under the same heading, when there is one.
    pub proposal: Option<usize>,
    /// The agenda heading it falls under.
    pub section: Option<String>,
    /// The day it was made when the note tells it apart from the note's own: the date of the
    /// reply in a printed e-mail thread that states it, or the day the sentence gives
    /// ("Socialnämnden beslutade den 11 februari 2026 att …").
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Where the sentence is.
    pub span: Span,
}

/// A promise: `who` will do `what`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// Person or body responsible.
    pub who: String,
    /// What they will do.
    pub what: String,
    /// The whole sentence (or a table's row).
    pub text: String,
    /// By when, when the promise names a day or a week ("senast 30 april", "Klart till:
    /// v. 16", a table's "När" column).
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Marked as done: a ticked task box (`- [x] Maria skickar ut inbjudan`) or a table's
    /// status "klar".
    #[serde(default)]
    pub done: bool,
    /// Where the sentence is.
    pub span: Span,
}

/// A letter or an e-mail printed in a note, as its header gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// Who sent it ("Från:"), without the address in brackets after a name.
    pub from: Option<String>,
    /// Who it went to ("Till:"), as written.
    pub to: Option<String>,
    /// The day it was sent ("Datum:", "Skickat:"), when the year is known or inferred.
    pub date: Option<NaiveDate>,
    /// What it is about ("Ämne:"), as written, reply marks included ("Sv: …").
    pub subject: Option<String>,
    /// It answers another message: its subject opens with a reply mark ("Sv:", "Re:").
    pub reply: bool,
    /// Where its header is.
    pub span: Span,
}

/// A web link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The address, with line breaks from a scan removed.
    pub url: String,
    /// Text introducing it ("Läs mer här"), if any.
    pub label: Option<String>,
    /// Where the address is (may cross a line break).
    pub span: Span,
}

/// A date as written and, when the year is known, as a calendar day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// The words as written ("tisdagen den 4 juni").
    pub text: String,
    /// The day, or `None` when no year could be found.
    pub date: Option<NaiveDate>,
    /// True when the year was not written and was taken from another date
    /// in the note or from [`crate::ParseOptions`].
    pub inferred_year: bool,
    /// The week number when a week was written ("vecka 37", "v. 16"); `date` is then the
    /// week's Monday (ISO 8601 weeks, as Swedish calendars count them).
    #[serde(default)]
    pub week: Option<u32>,
    /// Where it is.
    pub span: Span,
}

/// A summary of the OCR restoration that preceded parsing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Normalization {
    /// Number of changes the normaliser made; 0 when the text was not normalised.
    pub changes: usize,
}
