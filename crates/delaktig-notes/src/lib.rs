//! Parses Swedish meeting notes — minutes, invitations, reports — into data:
//! meetings with attendees, events with their programme, proposals, action
//! items, open questions, links, e-mail addresses and dates.
//!
//! The input is plain text as published (or as restored from OCR by
//! `delaktig-normalize`). The parser is line-oriented and never fails: odd
//! input gives a thinner [`Document`], never a panic. Every extracted item
//! carries a [`Span`], the byte range in the input it came from.
//!
//! # Example
//!
//! ```
//! use delaktig_notes::{parse, ParseOptions};
//!
//! let note = "Bryggangruppen 19 januari 2019\n\n\
//!             Närvarande\n\nPer Norbeck, Bryggan\n\nLeif Redestig, socialförvaltningen\n\n\
//!             1. Gemensam arbetsgrupp\n\n\
//!             Förslaget är att vi bildar en gemensam arbetsgrupp. David ska skicka ut en inbjudan. \
//!             Vilka har tid att sitta med?\n\n\
//!             Nästa möte: 7 oktober, Tema: Boende\n";
//! let doc = parse(note, &ParseOptions::new());
//!
//! let meeting = &doc.meetings[0];
//! assert_eq!(meeting.group, "Bryggangruppen");
//! assert_eq!(meeting.date.unwrap().to_string(), "2019-01-19");
//! assert_eq!(meeting.attendees[1].organisation.as_deref(), Some("socialförvaltningen"));
//! let next = meeting.next_meeting.as_ref().unwrap();
//! assert_eq!(next.date.unwrap().to_string(), "2019-10-07"); // year taken from the title
//! assert_eq!(next.theme.as_deref(), Some("Boende"));
//! assert_eq!(doc.proposals[0].section.as_deref(), Some("Gemensam arbetsgrupp"));
//! assert_eq!((doc.actions[0].who.as_str(), doc.actions[0].what.as_str()), ("David", "skicka ut en inbjudan"));
//! assert_eq!(doc.questions, ["Vilka har tid att sitta med?"]);
//! let span = doc.actions[0].span;
//! assert_eq!(&note[span.start..span.end], "David ska skicka ut en inbjudan.");
//!
//! // Decisions with their reasons, and who does what by when.
//! let minutes = "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n\
//!                RSMH föreslår att träfflokalen ska ha öppet på lördagar.\n\
//!                Beslut: Förslaget avslås eftersom det saknas personal.\n\n\
//!                - [ ] Anna skickar protokollet senast vecka 46.\n";
//! let doc = parse(minutes, &ParseOptions::new());
//! let decision = &doc.decisions[0];
//! assert_eq!(decision.outcome, delaktig_notes::DecisionOutcome::Rejected);
//! assert_eq!(decision.justification.as_deref(), Some("det saknas personal"));
//! assert_eq!(decision.proposal, Some(0));
//! assert_eq!(doc.actions[0].due.unwrap().to_string(), "2025-11-10"); // week 46's Monday
//! ```
//!
//! # JSON
//!
//! [`Document`] serialises with serde (see [`Document::to_json_pretty`]).
//! Dates are `"YYYY-MM-DD"`, times `"HH:MM"`, absent values `null`, spans
//! `{"start": byte, "end": byte}` into the parsed text.
//!
//! | field | content |
//! |---|---|
//! | `title`, `title_span` | first line, when it reads as a title |
//! | `sections[]` | `heading`, `level` (0 text before any heading, 1 title, 2 heading or numbered agenda item, 3 sub-heading like "Synpunkter och tankar:"), `number` (agenda number), `paragraphs[]`, `bullets[]`, `span` (heading), `paragraph_spans[]`, `bullet_spans[]` |
//! | `meetings[]` | `title`, `group`, `date`, `date_text` (as written), `start`, `end`, `place`, `theme`, `attendees[]` (`name`, `organisation`, `span`), `next_meeting` (`date`, `theme`, `start`, `end`, `span`), `span` |
//! | `events[]` | `title` (without "INSTÄLLD"), `date`, `start`, `end`, `place` ("Var:"), `how` ("Hur:"), `cancelled`, `schedule[]` (`time`, `end`, `activity`, `span`), `span` |
//! | `proposals[]` | `text` (the sentence), `section` (agenda heading), `by` (proposer, when named), `span` |
//! | `actions[]` | `who`, `what`, `text` (the sentence, or a table's row), `due` (a date or week in it, "senast 30 april"), `done` (a ticked task box, a status "klar"), `span` |
//! | `decisions[]` | `text` (the sentence), `outcome` (`accepted`, `rejected`, `partly_accepted`, `parked`, `referred`, `in_progress`, `implemented`, `answered`), `justification` (the note's reason, or `null`), `proposal` (index in `proposals` of the one decided on), `section`, `date` (a reply's day in a printed e-mail thread, else `null`), `span` |
//! | `questions[]`, `question_spans[]` | open questions (sentences ending in "?" that no "–" answer or "Svar:" follows), with spans at the same index |
//! | `links[]` | `url` (split URLs joined), `label` ("Läs mer här"), `span` |
//! | `emails[]`, `email_spans[]` | addresses, each once, with the span of the first occurrence |
//! | `dates[]` | `text` (as written), `date`, `inferred_year`, `week` (the number of a week written as one, "vecka 37"; `date` is its Monday), `span` |
//! | `date` | the day the paper gives itself in its head: a "Datum:" field under a heading that dates no meeting or event (a letterhead's), or `null` |
//! | `messages[]` | letters and e-mails printed in the note, one per header ("Från:", "Till:", "Datum:"/"Skickat:", "Ämne:"): `from` (without an address in brackets), `to`, `date`, `subject` (as written), `reply` (the subject opens with "Sv:" or "Re:"), `span` (the header) |
//! | `normalization` | `changes`: how many edits OCR restoration made (set by the caller via [`ParseOptions::with_normalization_changes`]) |
//!
//! # What is recognised
//!
//! - Meetings: a title "`<group> <date>`" (optionally after "Minnesanteckningar,"),
//!   or any heading followed by "Närvarande"; one "Name, Organisation" per line
//!   (or "Närvarande: A, B"); "Tema:", "Nästa möte: 7 oktober 2019, Tema: Boende".
//!   A board's minutes ("PROTOKOLL", "PROTOKOLLSUTDRAG" under the board's name) with
//!   "Sammanträdesdatum:", "Plats:", "Tid:" and who sat in under "Beslutande" and "Övriga
//!   närvarande", a member's party in brackets read as the organisation ("Lena Åkerström
//!   (S), ordförande": `S, ordförande`).
//! - Events: a heading followed by "När:", "Var:", "Hur:", "Schema" or timed
//!   lines ("10:15 Fika"); headings starting "Inbjudan"; "INSTÄLLD" marks a
//!   cancelled event. A programme under a heading of its own ("Schema för dagen") is that
//!   of the dated event above it; a heading that only welcomes, with no day, time, place,
//!   practicalities or programme, is no event.
//! - Letters and e-mails: a header of two or more fields, one right under the other, with
//!   a sender or a subject ("Från:", "Till:", "Datum:", "Ämne:", or in English); a note
//!   opening with one takes its subject, without reply marks, as its title; a message's
//!   proposals are its sender's; the lines under a closing ("Med vänliga hälsningar") up to
//!   a blank line are its signature, no headings.
//! - Dates: "4 juni", "den 4 juni 2019", "tisdagen den 4 juni", "19/9",
//!   "2019-06-04". A missing year comes from the nearest date in the note that
//!   has one, else from [`ParseOptions::with_year`]; impossible dates
//!   ("31 februari") are ignored; a next meeting's day written without a year is the
//!   first such day after the meeting ("Nästa möte: 16 januari" in notes of 21 november
//!   2024 is 2025-01-16). Times: "klockan 10:00-12:00", "kl. 9.00–15.30",
//!   "kl 13-15", "11:00".
//! - Proposals: sentences with "förslag", "bör", "borde", "behöver", "behövs",
//!   "skulle kunna", "vore", "önskar" among their first eight words.
//! - Decisions: a sentence that names what it decides on and an outcome ("Förslaget avslås
//!   eftersom …", "Nämnden beslutade att bifalla motionen"), with its reason after
//!   "eftersom", "då" … or on a "Motivering:" line. In a board's minutes each "§ 45" item
//!   is one matter: under "Socialnämnden beslutar" the first numbered "att" clause that
//!   bifaller, avslår, återremitterar or bordlägger ("1. att delvis bifalla brukarrådets
//!   förslag,") is the decision, on the item's proposal it names (else the item's first,
//!   else the one its description tells, "… ett förslag om att öppenvården ska …", or its
//!   heading "Förslag från brukarrådet om …" names), with the paragraph
//!   under "Motivering" or "Skäl för beslutet" as its reason. A second decision in an item
//!   whose "§" line a scan lost is tied to no proposal. Under "Förslag till beslut" a
//!   decision is drafted, not made. A table of proposals ("| Förslag |
//!   Från | Status | Motivering |") gives each row as a proposal, decided by its status word
//!   ("Avslaget", "Genomfört", "Pågår") with the reason beside it.
//! - Actions: "`<Name> ska …`", "`<Name> tar emot …`", "`<Name> beställer …`" and
//!   similar verbs of promise.
//! - Labels are matched without regard to case or å/ä/ö, so "Narvarande" and
//!   "Nasta mote" from a rough OCR pass still count.
//!
//! # Speed
//!
//! The parser is line-oriented: `memchr` finds lines, links and e-mail
//! addresses; dates go through a regex only on lines that hold a digit
//! followed by a month-like word; proposals and actions are decided from the
//! first words of each sentence after a byte-level test for their cue words.
//! `cargo bench -p delaktig-notes` parses the fixture notes (repeated to
//! 1 MB) and the raw OCR renderings; see the crate's report in the project
//! README for the figures measured.
//!
//! # Testing
//!
//! `tests/data/notes/NAME.txt` are fixture notes, each with the expected
//! `NAME.json` beside it (`NAME.year` gives a reference year); the `it` test
//! binary compares them all and `UPDATE_EXPECT=1 cargo test -p
//! delaktig-notes` rewrites the expectations for review. `tests/data/ocr`
//! holds tesseract renderings of the three corpus notes; the OCR round trip
//! through the normaliser (a dev-dependency) is part of the tests. `fuzz/` is a
//! cargo-fuzz target (`cargo +nightly fuzz run parse`).
#![deny(missing_docs)]

mod datetime;
mod extract;
mod lines;
mod links;
mod model;
mod parse;
mod table;
mod text;

use chrono::{Datelike, NaiveDate};

pub use model::{
    Action, Attendee, DateMention, Decision, DecisionOutcome, Document, Event, Link, Meeting,
    Message, NextMeeting, Normalization, Proposal, ScheduleItem, Section, Span, Time,
};

/// How to parse: the year for dates written without one, and what the
/// normaliser reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    year: Option<i32>,
    normalization_changes: usize,
}

impl ParseOptions {
    /// No reference year, no normalisation.
    pub fn new() -> Self {
        Self::default()
    }

    /// Dates without a year, in a note with no dated mention, get `year`
    /// (the command line's `--year`).
    pub fn with_year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// As [`ParseOptions::with_year`], with the year of `date` (for example
    /// the day the note was published).
    pub fn with_reference_date(self, date: NaiveDate) -> Self {
        self.with_year(date.year())
    }

    /// Reports `changes` OCR corrections in [`Document::normalization`].
    pub fn with_normalization_changes(mut self, changes: usize) -> Self {
        self.normalization_changes = changes;
        self
    }

    /// The reference year, if any.
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The number of normaliser changes to report.
    pub fn normalization_changes(&self) -> usize {
        self.normalization_changes
    }
}

/// Parses one note. Never panics; input without recognisable structure gives
/// a document with just sections and whatever links, e-mails and dates it has.
pub fn parse(text: &str, options: &ParseOptions) -> Document {
    parse::parse(text, options)
}

/// Whether a meeting's `title` names only the kind of paper it stands on, not the meeting:
/// "PROTOKOLL", "Protokollsutdrag", "KALLELSE OCH DAGORDNING", "Minnesanteckningar" (in any
/// case, with or without å, ä, ö). The parser then takes the meeting's group from the lines
/// around it; a register may title the meeting by that group.
pub fn names_only_its_paper(title: &str) -> bool {
    parse::names_only_its_paper(title)
}

/// Whether `heading` heads a reply ("Svar på era frågor", "SVAR PÅ FRÅGOR FRÅN …"): in a
/// letter under an office's letterhead, the questions under it are the addressee's
/// proposals, and a register may name the letter by it.
pub fn names_a_reply(heading: &str) -> bool {
    parse::names_a_reply(heading)
}
