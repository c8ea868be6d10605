//! The structure pass: lines become sections; titles and headings become
//! meetings or events depending on the labels under them; sentences yield
//! proposals, actions and questions; dates get their years.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::datetime::{self, RawDate, TimeRange};
use crate::extract;
use crate::lines::{self, Key, Kind, Line};
use crate::table::{self, Column};
use crate::text::{Folded, Lower, capitalised, fold_key, sentences, starts_upper, word_count};
use crate::{
    Action, Attendee, DateMention, Decision, Document, Event, Meeting, Message, NextMeeting,
    ParseOptions, Proposal, ScheduleItem, Section, Span, Time,
};

/// Lines of a register's record between its title and a field under it ("Titel:", "Inkom:",
/// "Grupp:", "Status:", "Ansvarig:").
const RECORD_FIELDS: usize = 6;

/// The folded head of a label line ("Titel: …" → "titel", "Nästa möte:" → "nasta mote");
/// `None` for any other line.
fn label_head(line: &Line<'_>) -> Option<Folded> {
    let Kind::Label { value, .. } = line.kind else {
        return None;
    };
    let head = line.text.get(..value)?;
    Some(fold_key(head.trim_end().trim_end_matches(':').trim()))
}

/// What a line is in the document's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Heading {
        number: Option<u32>,
        body: usize,
    },
    SubHeading {
        key: Option<Key>,
    },
    Paragraph {
        body: usize,
    },
    Bullet {
        body: usize,
    },
    Attendee,
    Label {
        key: Key,
        value: usize,
    },
    Timed,
    Row,
    /// A field of a message header ("Från: …", "Ämne: …"); see [`header_lines`].
    Header {
        key: Key,
        value: usize,
    },
}

/// Where label lines ("När:", "Närvarande") put their facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Post {
    Meeting(usize),
    Event(usize),
}

/// Buttons and prompts copied along with a web page; never headings.
const PAGE_CHROME: &[&str] = &[
    "avbryt",
    "lamna en kommentar",
    "lamna ett svar",
    "svara",
    "dela",
    "gilla",
];

fn heading_like(t: &str) -> bool {
    let first = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if t.len() <= 20
        && matches!(first, b'a' | b'l' | b's' | b'd' | b'g')
        && PAGE_CHROME.contains(&fold_key(t).as_str())
    {
        return false;
    }
    // A phone number on a line of its own ("070-123 45 67", under a signature) is none.
    if t.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'+' | b'(' | b')' | b'/'))
    {
        return false;
    }
    t.len() <= 160
        && word_count(t) <= 20
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '”')
        && !t.ends_with(['.', ',', ';', '!', '?', ':', '-', '–'])
        // A stop after an abbreviation ends no sentence in a name and its day ("Träff 3 –
        // den 3 mars kl. 18.00–20.00"); elsewhere a line with "kl. " is a sentence's.
        && (!t.contains(". ") || dash_name(t).is_some() && {
            let mut spans = Vec::new();
            sentences(t, &mut spans);
            spans.len() <= 1
        })
}

/// A short first line ending in one full stop, which a scan may add or a writer may put after
/// a title ("Uppföljning efter dialogmötet i Älvsjö."): still the title.
fn short_title(t: &str) -> bool {
    t.strip_suffix('.').is_some_and(|head| {
        word_count(head) <= 8
            && !head.contains(['.', '!', '?', ';'])
            && head.starts_with(char::is_uppercase)
    })
}

/// A title line without the marks a scan leaves at its ends: a dash, bar, tilde or colon
/// after its last word ("… avdelningen i Boden –", "Brukarföreningen Ådalsbron |") and a
/// quote mark before its first word that nothing closes ("’Synpunkter och klagomål 2024").
fn without_specks(title: &str) -> &str {
    let t = title.trim_end_matches([' ', '–', '—', '-', '|', '¦', '~', '_', ':']);
    let t = if t.is_empty() { title } else { t };
    match t.strip_prefix(['’', '‘', '\'']) {
        Some(rest) if !rest.contains(['’', '‘', '\'', '”', '"']) && !rest.is_empty() => rest,
        _ => t,
    }
}

/// Whether a line is a scan's specks read as a few small letters ("ha" alone above the
/// title): no title is written so.
fn speck_line(t: &str) -> bool {
    t.chars().count() <= 3 && !t.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Lines that open the signatures under minutes ("Vid protokollet" / "Jonas Ek" /
/// "Justeras" / "Anna Lindqvist"), folded: neither they nor the names under them are
/// headings.
const SIGNATURE_LINES: &[&str] = &[
    "vid protokollet",
    "vid anteckningarna",
    "antecknat av",
    "antecknare",
    "justeras",
    "justeras av",
    "justerare",
    "sekreterare",
    "ordforande",
    "motesordforande",
];

/// A letter's closings, folded: the short lines under one, up to five, are its signature
/// (name, title, organisation, phone), no headings.
const CLOSINGS: &[&str] = &[
    "med vanliga halsningar",
    "med vanlig halsning",
    "vanliga halsningar",
    "vanlig halsning",
    "basta halsningar",
    "hjartliga halsningar",
    "varma halsningar",
    "halsningar",
    "mvh",
];

/// The fields of a message header ("Från:", "Till:", "Datum:", "Ämne:"): runs of label lines
/// with a value, each under the one before (a scan may leave one blank line between them),
/// with a sender or a subject and at least one other field. Elsewhere such a label is any
/// other label ("Till: alla medlemmar").
fn header_lines(lines: &[Line<'_>], text: &str) -> Vec<bool> {
    let field = |l: &Line<'_>| match l.kind {
        Kind::Label {
            key: k @ (Key::From | Key::To | Key::Subject | Key::Sent | Key::When),
            value,
        } if !l.text.get(value..).unwrap_or("").trim().is_empty() => Some(k),
        // An official's letterhead names who wrote it and its file instead of a sender
        // ("Handläggare: …", "Diarienummer: SN 2025/214").
        Kind::Label {
            key: Key::Other,
            value,
        } if !l.text.get(value..).unwrap_or("").trim().is_empty()
            && label_head(l).is_some_and(|head| REGISTRY_LABELS.contains(&head.as_str())) =>
        {
            Some(Key::From)
        }
        _ => None,
    };
    let mut out = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if field(&lines[i]).is_none() {
            i += 1;
            continue;
        }
        // A letterhead's other labels ("Organisationsnummer:", "Adress:", "Kontaktperson:")
        // may stand among the fields.
        let other_label = |l: &Line<'_>| match l.kind {
            Kind::Label {
                key: Key::Other | Key::Where,
                value,
            } => !l.text.get(value..).unwrap_or("").trim().is_empty(),
            _ => false,
        };
        let mut j = i + 1;
        while lines.get(j).is_some_and(|l| {
            (field(l).is_some() || other_label(l))
                && lines::breaks_between(text, &lines[j - 1], l) <= 2
        }) {
            j += 1;
        }
        // (The run ends with its last field.)
        while j > i + 1 && lines.get(j - 1).is_some_and(|l| field(l).is_none()) {
            j -= 1;
        }
        let mut seen = [false; 5];
        for k in lines[i..j].iter().filter_map(field) {
            let at = match k {
                Key::From => 0,
                Key::Subject => 1,
                Key::To => 2,
                Key::Sent => 3,
                _ => 4,
            };
            seen[at] = true;
        }
        if (seen[0] || seen[1]) && seen.iter().filter(|&&s| s).count() >= 2 {
            out[i..j].fill(true);
        }
        i = j;
    }
    out
}

fn roles(lines: &[Line<'_>], text: &str) -> Vec<Role> {
    let mut out = Vec::with_capacity(lines.len());
    // Lines left of the signature block under the line opening it: its names.
    let mut signature = 0u8;
    // Lines left of a letter's signature under its closing.
    let mut closed = 0u8;
    // The title is the first line, after any speck lines above it.
    let first = lines.iter().position(|l| !speck_line(&l.text)).unwrap_or(0);
    let header = header_lines(lines, text);
    // Whether the lines since the last blank line run under one ending with a colon.
    let mut listing = false;
    // Whether a heading "Bilagor" came before: what follows lists the papers attached (a
    // scan's blank lines between them make none a heading, "Protokoll från årsmötet den 21
    // mars 2026" no meeting).
    let mut attachments = false;
    for (i, line) in lines.iter().enumerate() {
        let t: &str = &line.text;
        let has_next = i + 1 < lines.len();
        // Right under the line before, with no blank line between.
        let direct = i
            .checked_sub(1)
            .is_some_and(|p| lines::breaks_between(text, &lines[p], line) == 1);
        // (A scan's blank lines may part an entry from its room: a line naming a room is the
        // entry's across them. Looked at only where it matters, at most once a line.)
        let mut room_memo = None;
        let mut room = || *room_memo.get_or_insert_with(|| names_room(t));
        listing = (listing
            || i.checked_sub(1)
                .is_some_and(|p| lines[p].text.ends_with(':')))
            && (direct || room());
        // (Under a field only a room: a scan may drop the blank line between a field and the
        // heading below it, "Förslagsställare: …" / "Inför en öppen mötesplats …".)
        let mut under_entry = || match out.last() {
            Some(Role::Timed) => direct || room(),
            Some(Role::Label { .. }) => room(),
            _ => false,
        };
        if closed > 0 {
            // Up to two blank lines (a scan spaces a signature's lines out), short lines, no
            // sentence, no header of the next message.
            let far = i
                .checked_sub(1)
                .is_none_or(|p| lines::breaks_between(text, &lines[p], line) > 3);
            closed = if !far && t.len() <= 60 && !t.contains(". ") && !header[i] {
                closed - 1
            } else {
                0
            };
            if closed > 0 && matches!(line.kind, Kind::Text) {
                out.push(Role::Paragraph { body: 0 });
                continue;
            }
        }
        if line.kind == Kind::Text && t.len() <= 40 {
            // The signature lines and a letter's closings begin with one of these letters.
            let first = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
            let folded = matches!(first, b'v' | b'a' | b'j' | b's' | b'o' | b'm' | b'b' | b'h')
                .then(|| fold_key(t.trim_end_matches([':', ',', '!', '.'])));
            let folded = folded.as_ref().map_or("", |f| f.as_str());
            if SIGNATURE_LINES.contains(&folded) {
                signature = 2;
                out.push(Role::Paragraph { body: 0 });
                continue;
            }
            if CLOSINGS.contains(&folded) {
                // A name, a title, an organisation, a phone, an address: five lines at most.
                closed = 6;
                out.push(Role::Paragraph { body: 0 });
                continue;
            }
            if signature > 0 && word_count(t) <= 4 && starts_upper(t) {
                signature -= 1;
                out.push(Role::Paragraph { body: 0 });
                continue;
            }
        }
        signature = 0;
        if header[i]
            && let Kind::Label { key, value } = line.kind
        {
            out.push(Role::Header { key, value });
            continue;
        }
        // A message's field outside a header is any other label.
        let kind = match line.kind {
            Kind::Label {
                key: Key::From | Key::To | Key::Subject | Key::Sent,
                value,
            } => Kind::Label {
                key: Key::Other,
                value,
            },
            kind => kind,
        };
        let role = match kind {
            Kind::Text
                if i == first
                    && (t.len() <= 200 && !t.ends_with(['.', ',', ';']) || short_title(t)) =>
            {
                Role::Title
            }
            // A first line with a colon after words no field is named by ("Nyhetsbrev från
            // Föreningen: Ankaret, nummer 2", "Minnesanteckningar: Bryggangruppen") is the
            // note's title, not a field.
            Kind::Label {
                key: Key::Other,
                value,
            } if i == first
                && t.len() <= 200
                && !t.get(value..).unwrap_or("").trim().is_empty()
                && !t.ends_with(['.', ',', ';', ':']) =>
            {
                Role::Title
            }
            // A first line in capitals with a colon a scan added ("PRESSMEDDELANDE:") is the
            // note's title, not a field; so is a programme's ("PROGRAM" over the day's name).
            Kind::Label {
                key: Key::Other | Key::Schedule,
                value,
            } if i == first
                && t.get(value..).unwrap_or("").trim().is_empty()
                && t.len() <= 60
                && t.chars().any(char::is_uppercase)
                && !t.chars().any(char::is_lowercase) =>
            {
                Role::Title
            }
            // A short line right under a programme's timed entry ("9.00–9.20 Välkommen" /
            // "Sal Helgasjön (plan 1)"), a room under a field ("Pass A: …" / "Rum Åsnen (plan
            // 2)"), or a line in a run under one ending with a colon ("… enligt
            // gruppnumret:" / "Grupp 1–3: Rum Åsnen", "En annan skrev:" / a quote), is the
            // entry's room or an item, not a heading.
            Kind::Text
                if has_next && heading_like(t) && !(listing || attachments || under_entry()) =>
            {
                Role::Heading {
                    number: None,
                    body: 0,
                }
            }
            Kind::Text
                if t.ends_with(':') && word_count(t) <= 6 && t.len() <= 60 && !t.contains(". ") =>
            {
                Role::SubHeading { key: None }
            }
            Kind::Text => Role::Paragraph { body: 0 },
            Kind::Answer { body } => Role::Paragraph { body },
            Kind::Bullet { body } => Role::Bullet { body },
            Kind::Numbered { number, body } => {
                let rest = t.get(body..).unwrap_or("");
                // An item with the item before or after it right beside it is one of a list
                // (an agenda listed under "Dagordning"), not a heading over a section.
                let numbered = |k: Option<usize>, n: Option<u32>| {
                    k.and_then(|k| lines.get(k)).is_some_and(
                        |l| matches!(l.kind, Kind::Numbered { number, .. } if Some(number) == n),
                    )
                };
                let listed = numbered(i.checked_sub(1), number.checked_sub(1))
                    || numbered(i.checked_add(1), number.checked_add(1));
                if heading_like(rest) && !listed {
                    Role::Heading {
                        number: Some(number),
                        body,
                    }
                } else {
                    Role::Bullet { body }
                }
            }
            Kind::Label { key, value } => {
                let v = t.get(value..).unwrap_or("").trim();
                if v.is_empty() {
                    Role::SubHeading { key: Some(key) }
                } else {
                    Role::Label { key, value }
                }
            }
            Kind::Timed => Role::Timed,
            Kind::Attendee => Role::Attendee,
            Kind::Row => Role::Row,
        };
        if matches!(role, Role::Heading { .. } | Role::SubHeading { .. }) {
            attachments = matches!(
                fold_key(t.trim_end_matches(':')).as_str(),
                "bilagor" | "bilaga" | "bifogade handlingar"
            );
        }
        out.push(role);
    }
    out
}

/// Whether a short line names a room ("Sal Helgasjön (plan 1)", "Caféet, plan 1", "Grupp
/// 1–3: Rum Åsnen"): a room's word first or after a colon, or a floor after a comma or a
/// bracket.
fn names_room(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    let room_word = |w: &str| {
        let first = w.split(' ').next().unwrap_or("");
        matches!(
            Lower::new(first).as_str(),
            "sal" | "salen" | "rum" | "rummet" | "lokal" | "lokalen" | "konferensrum"
        )
    };
    let floor = ["plan ", "Plan ", "våning ", "Våning "]
        .iter()
        .any(|floor| {
            t.match_indices(floor).any(|(k, _)| {
                let before = t.get(..k).unwrap_or("");
                (before.ends_with(", ") || before.ends_with('('))
                    && t.as_bytes()
                        .get(k + floor.len())
                        .is_some_and(u8::is_ascii_digit)
            })
        });
    room_word(t) || t.split_once(": ").is_some_and(|(_, rest)| room_word(rest)) || floor
}

/// The person an interview's title names ("Fem frågor till Samira Haddad, kamratstödjare",
/// "Intervju med Per Åke Bäckström"): the capitalised words after "frågor till" or
/// "intervju med", at most three, up to a comma.
fn interviewee(title: &str) -> Option<&str> {
    // The cues as a title writes them, with or without a capital: looked for in the title
    // itself, so that every offset is the title's own.
    let at = [
        "frågor till ",
        "Frågor till ",
        "intervju med ",
        "Intervju med ",
    ]
    .iter()
    .find_map(|cue| title.find(cue).map(|i| i + cue.len()))?;
    let rest = title.get(at..)?.split(',').next()?;
    // The words and the single spaces between them.
    let len = rest
        .split(' ')
        .take(3)
        .take_while(|w| starts_upper(w))
        .map(|w| w.len() + 1)
        .sum::<usize>();
    rest.get(..len.checked_sub(1)?)
}

fn is_cancel_marker(t: &str) -> Option<(usize, usize)> {
    // "inställd"/"INSTÄLLD", or without the dots as OCR leaves it; found
    // through "ll", which is rarer than "nst" in Swedish, and checked in
    // place without lower-casing the line.
    let b = t.as_bytes();
    for p in memchr::memchr2_iter(b'l', b'L', b) {
        if b.get(p + 1) != b.get(p) {
            continue;
        }
        let before = b.get(..p).unwrap_or(&[]);
        let stem: &[u8] = if ends_with_fold(before, b"inst\xc3\xa4") {
            b"inst\xc3\xa4"
        } else if ends_with_fold(before, b"insta") {
            b"insta"
        } else {
            continue;
        };
        let start = p - stem.len();
        if start > 0
            && b.get(start - 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
        {
            continue;
        }
        let end = p
            + 2
            + b.get(p + 2..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        if b.get(end).is_some_and(|&c| c >= 0x80) {
            continue;
        }
        let ending = Lower::new(t.get(p + 2..end)?);
        if matches!(ending.as_str(), "d" | "t" | "da" | "s") {
            return Some((start, end));
        }
    }
    None
}

/// `b` ends with `suffix`, ignoring ASCII case and the case of "ä"/"Ä".
fn ends_with_fold(b: &[u8], suffix: &[u8]) -> bool {
    let Some(tail) = b.len().checked_sub(suffix.len()).and_then(|k| b.get(k..)) else {
        return false;
    };
    tail.iter()
        .zip(suffix)
        .all(|(&x, &y)| x.to_ascii_lowercase() == y || (y == 0xA4 && x == 0x84))
}

const MINUTES_PREFIXES: &[&str] = &[
    "minnesanteckningar",
    "motesanteckningar",
    "anteckningar",
    "protokoll",
    // A board's minutes, in part ("PROTOKOLLSUTDRAG").
    "protokollsutdrag",
];
const INVITE_PREFIXES: &[&str] = &["inbjudan", "valkommen", "valkomna"];

fn first_word_folded(t: &str) -> crate::text::Folded {
    fold_key(t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
}

/// Strips "Minnesanteckningar, " / "Protokoll från " from the front of a title.
fn strip_minutes_prefix(t: &str) -> &str {
    let first = first_word_folded(t);
    if !MINUTES_PREFIXES.contains(&first.as_str()) {
        return t;
    }
    let rest = t
        .split_once(|c: char| !c.is_alphanumeric())
        .map_or("", |(_, r)| r)
        .trim_start_matches([',', ':', '–', '-', ' ']);
    // The lead in any case ("PROTOKOLL FÖRT VID ÅRSMÖTE").
    let rest = ["från ", "fört vid ", "vid ", "för ", "fran ", "med "]
        .iter()
        .find_map(|lead| {
            let head = rest.get(..lead.len())?;
            (head.to_lowercase() == *lead).then(|| rest.get(lead.len()..).unwrap_or(""))
        })
        .map_or(rest, str::trim_start);
    // A kind of meeting before the line naming who met ("årsmöte – Anhörigföreningen
    // Bryggan i Torsås – för anhöriga …"): the one who met, without what follows its dash.
    if let Some((kind, who)) = rest.split_once(" – ")
        && MEETING_KINDS.contains(&fold_key(kind).as_str())
    {
        return who.split(" – ").next().unwrap_or(who).trim();
    }
    rest
}

/// Kinds of press text a title may name alone, over its headline (folded).
const PRESS_KINDS: &[&str] = &[
    "debatt",
    "debattartikel",
    "insandare",
    "replik",
    "kronika",
    "pressmeddelande",
];
/// Lines under such a title within which its headline stands.
const PRESS_HEADLINE_WITHIN: usize = 4;

/// Whether `heading` heads a drafted decision rather than one made: "Förslag till beslut",
/// "Beslutsförslag", "Förslag till yttrande", or the proposal of the body that prepares the
/// matter ("Arbetsutskottets förslag", "Förvaltningens förslag till beslut"); not a user
/// council's ("Brukarrådets förslag") nor "Förslag från RSMH …".
fn drafts_decision(heading: &str) -> bool {
    let key = fold_key(heading.trim_end_matches(':'));
    let key = key.as_str();
    let preparer = |body: &str| {
        [
            "utskottets",
            "forvaltningens",
            "presidiets",
            "ordforandens",
            "kontorets",
        ]
        .iter()
        .any(|b| body.ends_with(b))
    };
    matches!(
        key,
        "beslutsforslag" | "forslag till beslut" | "forslag till yttrande"
    ) || key
        .strip_suffix(" forslag till beslut")
        .or_else(|| key.strip_suffix(" forslag"))
        .is_some_and(|body| !body.contains(' ') && preparer(body))
}

/// Whether `heading` names a proposal as a board's item does: "Förslag från brukarrådet om
/// …", "Medborgarförslag om …", "Motion om …".
fn names_a_proposal(heading: &str) -> bool {
    matches!(
        first_word_folded(heading).as_str(),
        "forslag" | "medborgarforslag" | "motion"
    )
}

/// An item's heading without the case number a scan's page may have joined to it ("…
/// anhöriga Dnr SN 2024/00112").
fn item_name(heading: &str) -> &str {
    heading.split(" Dnr ").next().unwrap_or(heading).trim()
}

/// See [`crate::names_only_its_paper`]: a kind of paper or of minutes alone.
pub(crate) fn names_only_its_paper(title: &str) -> bool {
    let key = fold_key(title.trim_end_matches(|c: char| c.is_ascii_punctuation()));
    PAPER_KINDS.contains(&key.as_str()) || MINUTES_PREFIXES.contains(&key.as_str())
}

/// See [`crate::names_a_reply`].
pub(crate) fn names_a_reply(heading: &str) -> bool {
    first_word_folded(heading).as_str() == "svar"
}

/// Papers on one matter (title's first word, folded): an officer's report, a citizen's
/// proposal, a motion.
const SINGLE_MATTER_PAPERS: &[&str] = &["tjansteskrivelse", "medborgarforslag", "motion"];

/// Kinds of document that set rules rather than record what was agreed (folded first words
/// of a title): "Arbetsordning för brukarrådet", "Stadgar för föreningen".
const NORMATIVE_KINDS: &[&str] = &[
    "arbetsordning",
    "stadgar",
    "reglemente",
    "riktlinjer",
    "riktlinje",
    "policy",
    "rutin",
    "rutiner",
    "instruktion",
];

/// Kinds of meeting that minutes are kept at ("Protokoll fört vid årsmöte"), folded.
const MEETING_KINDS: &[&str] = &[
    "arsmote",
    "extra arsmote",
    "arsmotet",
    "styrelsemote",
    "medlemsmote",
    "konstituerande mote",
    "konstituerande styrelsemote",
    "sammantrade",
    "mote",
];

/// The group of a "`<group> <date>`" title, if the title has that form.
fn group_of(title: &str, date: Option<(usize, usize)>) -> Option<String> {
    let (ds, de) = date?;
    let suffix = title
        .get(de..)?
        .trim_matches(|c: char| c.is_whitespace() || ",.–-".contains(c));
    let suffix_ok = suffix.is_empty()
        || suffix.starts_with(|c: char| c.is_ascii_digit())
        || fold_key(suffix).as_str().starts_with("kl");
    if !suffix_ok {
        return None;
    }
    let g = strip_minutes_prefix(title.get(..ds)?.trim());
    let g = g.trim_end_matches(|c: char| c.is_whitespace() || ",.:–-".contains(c));
    let g = g
        .strip_suffix(" den")
        .unwrap_or(g)
        .trim_end_matches([',', ' ']);
    // A title that runs into its date through a preposition ("Svar till föreningen på
    // förslagen från 4 mars") refers to the date; it names no group meeting on it.
    let last = g.rsplit(' ').next().unwrap_or("");
    let runs_on = matches!(
        fold_key(last).as_str(),
        "fran" | "till" | "pa" | "om" | "efter" | "for" | "i" | "av" | "med" | "infor" | "och"
    );
    (!g.is_empty() && !runs_on && starts_upper(g) && word_count(g) <= 8).then(|| g.to_owned())
}

/// A date mentioned in a line, with where its text starts and ends in the line.
type FoundDate<'d> = (&'d DateMention, usize, usize);

struct Dates {
    mentions: Vec<DateMention>,
    /// (line index, index into mentions, start and end in the line text)
    at: Vec<(usize, usize, usize, usize)>,
}

impl Dates {
    /// The first date of line `line` starting at `from` or after, found by halving (a line
    /// may hold thousands of dates: a sentence's lookup must not walk them all).
    fn first_in(&self, line: usize, from: usize) -> Option<FoundDate<'_>> {
        let k = self.at.partition_point(|a| (a.0, a.2) < (line, from));
        let &(_, m, s, e) = self.at.get(k).filter(|a| a.0 == line)?;
        Some((self.mentions.get(m)?, s, e))
    }

    /// The first date of line `line` inside `start..end`.
    fn within(&self, line: usize, start: usize, end: usize) -> Option<&DateMention> {
        self.first_in(line, start)
            .filter(|&(_, _, e)| e <= end)
            .map(|(d, _, _)| d)
    }
}

fn collect_dates(lines: &[Line<'_>], taken: &[Span], options: &ParseOptions) -> Dates {
    let mut raw: Vec<(usize, RawDate, Span)> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        for d in datetime::find_dates(&line.text) {
            let span = line.raw_span(d.start, d.end);
            if crate::links::overlaps(taken, span) {
                continue;
            }
            raw.push((li, d, span));
        }
    }
    let explicit: Vec<(usize, i32)> = raw
        .iter()
        .enumerate()
        .filter_map(|(k, (_, d, _))| d.year.map(|y| (k, y)))
        .collect();
    // A year the title names without a day ("nyhetsbrev nr 1, mars 2025", "Kalendarium
    // 2025") dates the note when no date of it has one.
    let title_year = lines.first().and_then(|l| standalone_year(&l.text));
    // The note's own date: the first date with a year in its title.
    let note_date = raw
        .iter()
        .take_while(|(li, _, _)| *li == 0)
        .find_map(|(_, d, _)| {
            NaiveDate::from_ymd_opt(d.year?, d.month, d.day).filter(|_| d.week.is_none())
        });
    // A period the title or the line under it names across a new year ("Vinterbladet" /
    // "December 2025 – februari 2026"): a date of its months takes the year it has there.
    let period = lines
        .iter()
        .take(2)
        .map(|l| datetime::month_years(&l.text))
        .find(|m| m.len() >= 2)
        .and_then(|m| Some((*m.first()?, *m.last()?)))
        .filter(|&((m1, y1), (m2, y2))| y2 == y1 && m2 >= m1 || y2 == y1 + 1 && m2 < m1);
    let period_year = |month: u32| {
        let ((m1, y1), (m2, y2)) = period?;
        // Within one year, or from the first month on in the first year.
        if y1 == y2 || month >= m1 {
            Some(y1)
        } else if month <= m2 {
            Some(y2)
        } else {
            None
        }
    };
    let mut mentions = Vec::with_capacity(raw.len());
    let mut at = Vec::with_capacity(raw.len());
    for (k, (li, d, span)) in raw.iter().enumerate() {
        let (year, inferred) = match d.year {
            Some(y) => (Some(y), false),
            None => {
                // The nearest earlier date with a year, else the next one, else the caller's.
                let p = explicit.partition_point(|&(e, _)| e < k);
                let doc_year = p
                    .checked_sub(1)
                    .and_then(|p| explicit.get(p))
                    .or_else(|| explicit.get(p))
                    .map(|&(_, y)| y);
                let year = match d.week {
                    None => period_year(d.month),
                    Some(_) => None,
                };
                // Where the nearest year and the note's own date disagree (a table of due
                // dates written "2026-01-15" above "28/11" in notes of 21 October 2025),
                // the year that puts the date nearer the note's.
                let doc_year = match (doc_year, note_date) {
                    (Some(y), Some(note)) if y != note.year() && d.week.is_none() => {
                        let gap = |y: i32| {
                            NaiveDate::from_ymd_opt(y, d.month, d.day)
                                .map(|date| (date - note).num_days().abs())
                        };
                        match (gap(y), gap(note.year())) {
                            (Some(a), Some(b)) if b < a => Some(note.year()),
                            _ => Some(y),
                        }
                    }
                    (y, _) => y,
                };
                (year.or(doc_year).or(title_year).or(options.year()), true)
            }
        };
        let mut date = year.and_then(|y| match d.week {
            Some(w) => NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon),
            None => NaiveDate::from_ymd_opt(y, d.month, d.day),
        });
        // A year worked out for a date written with its weekday ("torsdag 8 januari" in
        // notes of December 2025) that gives another weekday: the year next to it that gives
        // that day, if one does (the next first, as notes look ahead).
        if inferred
            && d.week.is_none()
            && let (Some(y), Some(found)) = (year, date)
            && let Some(weekday) = datetime::written_weekday(&lines[*li].text, d.start)
            && found.weekday() != weekday
            && let Some(fits) = [y + 1, y - 1]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, d.month, d.day))
                .find(|x| x.weekday() == weekday)
        {
            date = Some(fits);
        }
        if year.is_some() && date.is_none() && (-9999..=9999).contains(&year.unwrap_or(0)) {
            // 29 February (or week 53) in a year without one: not a date.
            continue;
        }
        let text = lines[*li].text.get(d.start..d.end).unwrap_or("").to_owned();
        at.push((*li, mentions.len(), d.start, d.end));
        mentions.push(DateMention {
            text,
            date,
            inferred_year: inferred && date.is_some(),
            week: d.week,
            span: *span,
        });
    }
    Dates { mentions, at }
}

/// The first year (1900–2099) that stands as a word of its own in `text`: four digits with
/// no digit, letter, "-", "/" or ":" glued on either side.
fn standalone_year(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    let glued = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/' | b':' | b'.');
    (0..b.len().saturating_sub(3)).find_map(|k| {
        let w = b.get(k..k + 4)?;
        let digits = w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20");
        let free = k
            .checked_sub(1)
            .and_then(|p| b.get(p))
            .is_none_or(|&c| !glued(c))
            && b.get(k + 4).is_none_or(|&c| {
                !glued(c) || c == b'.' && b.get(k + 5).is_none_or(|n| !n.is_ascii_digit())
            });
        (digits && free)
            .then(|| text.get(k..k + 4)?.parse().ok())
            .flatten()
    })
}

struct Builder<'t, 'l> {
    /// The text parsed.
    raw: &'t str,
    lines: &'l [Line<'t>],
    roles: Vec<Role>,
    dates: Dates,
    doc: Document,
    post: Option<Post>,
    /// Heading of the current level-2 section, for proposals.
    topic: Option<String>,
    /// The current heading names a calendar ("Kalendarium", "Kommande aktiviteter").
    under_calendar: bool,
    /// The current sub-heading names a calendar or a series of meetings ("Träffar:",
    /// "Kursdagar:"): its list items are dated events like a calendar's.
    sub_calendar: bool,
    /// The current sub-section is "Närvarande".
    in_present: bool,
    /// The previous label was "Nästa möte" (a "Tema:" line right after it belongs to it).
    after_next_meeting: bool,
    /// Reused for the sentence ranges of each line.
    sentence_buf: Vec<(usize, usize)>,
    /// The columns of the table whose rows are being read, from its header row.
    table: Option<Vec<Column>>,
    /// The line of the last table header.
    header_line: Option<usize>,
    /// A line read as the rest of the table row above it (wrapped by a scan's page).
    row_rest: Option<usize>,
    /// The note's first "Till …" line and whom it names, once looked for (a letter's
    /// addressee: see [`Builder::letter_addressee`]).
    letter_to: Option<Option<(usize, String)>>,
    /// The current level-2 heading is "Nästa möte" (or "Nästa träff").
    under_next_meeting: bool,
    /// Whether the section at hand is dated only by a "Datum:" field that dates the paper
    /// (a letterhead's, a report's, a signature's): that field makes no event.
    paper_dated: bool,
    /// The section's last paragraph or list item (line, where its text starts): what an
    /// "Ansvarig:" line under it gives someone to do.
    last_item: Option<(usize, usize)>,
    /// The message (index in `doc.messages`) whose text is being read.
    message: Option<usize>,
    /// The first of the current message's proposals (index in `doc.proposals`).
    message_proposals: usize,
    /// The proposals of the message the current one answers (a range of `doc.proposals`),
    /// while no refusal of the current one has decided on them.
    answering: Option<(usize, usize)>,
    /// Under a line that introduces a list of proposals ("Deltagarna föreslår:", "Våra
    /// förslag:"): each list item is one.
    proposal_list: Option<ProposalList>,
    /// The item of a board's minutes being read ("§ 45" and what follows).
    board_item: Option<BoardItem>,
    /// Under a board's "Socialnämnden beslutar": the decision's "att" clauses follow.
    deciding: Option<String>,
    /// Under a "Motivering" heading: the decision (by the span of its clause: one per
    /// proposal of a matter decided as a whole) the paragraph below gives the reason of.
    reason_for: Option<Span>,
    /// The line of a proposal's label that names it by a title ("Förslag 1: Brukarrevisioner
    /// inom boendestöd"): the first proposal a sentence after it states, on the same line or
    /// the next, describes the titled one and is no proposal of its own.
    titled_proposal: Option<usize>,
}

/// An item of a board's minutes ("§ 45"): the proposals read in it and its heading ("Förslag
/// från brukarrådet om …"), for the decision the item records.
struct BoardItem {
    /// The first of the item's proposals (index in `doc.proposals`).
    proposals_from: usize,
    /// The item's heading and its span, once read.
    heading: Option<(String, Span)>,
    /// Whether the heading is still to come (the line after "§ 45").
    heading_next: bool,
    /// Whether the item's decision has been read: a second one belongs to an item whose
    /// "§" line a scan garbled, and is tied to no proposal by guess.
    decided: bool,
    /// What the item's description says was proposed ("… lämnade den 2 september ett
    /// förslag om att öppenvården ska erbjuda stödsamtal …": after "att" to the sentence's
    /// end), with its span: the proposal in the words it was raised in.
    described: Option<(String, Span)>,
}

/// A list of proposals being read: who the line introducing it names, and the words after
/// its "att" ("Jag föreslår att kommunen:"), which an item in small letters goes on from
/// ("1. öppnar en mötesplats …").
struct ProposalList {
    by: Option<String>,
    lead: Option<String>,
}

/// Words at most in a proposal's title on its label's line ("Förslag 1: Brukarrevisioner
/// inom boendestöd och på kommunens HVB-hem"): a longer run of words is a sentence.
const TITLE_WORDS: usize = 14;

/// Parses `text`; see [`crate::parse`].
pub(crate) fn parse(text: &str, options: &ParseOptions) -> Document {
    let lines = lines::split(text);
    let (links, url_spans) = crate::links::find_links(text);
    let emails = crate::links::find_emails(text, &url_spans);
    // Numbers inside addresses are not dates. Only the first occurrence of an
    // address is in `emails`, so repeated ones are not masked; a date inside an
    // e-mail address is rare enough for that.
    let mut taken = url_spans;
    taken.extend(emails.iter().map(|e| e.1));
    taken.sort_unstable_by_key(|s| s.start);
    let dates = collect_dates(&lines, &taken, options);
    let roles = roles(&lines, text);
    let mut b = Builder {
        raw: text,
        lines: &lines,
        roles,
        dates,
        doc: Document::default(),
        post: None,
        topic: None,
        under_calendar: false,
        sub_calendar: false,
        in_present: false,
        after_next_meeting: false,
        sentence_buf: Vec::new(),
        table: None,
        header_line: None,
        row_rest: None,
        letter_to: None,
        under_next_meeting: false,
        paper_dated: false,
        last_item: None,
        message: None,
        message_proposals: 0,
        answering: None,
        proposal_list: None,
        board_item: None,
        deciding: None,
        reason_for: None,
        titled_proposal: None,
    };
    b.run();
    let mut doc = b.doc;
    tidy_events(&mut doc.events);
    doc.dates = b.dates.mentions;
    next_meetings_ahead(&mut doc);
    doc.links = links;
    for (e, s) in emails {
        doc.emails.push(e);
        doc.email_spans.push(s);
    }
    doc.normalization.changes = options.normalization_changes();
    doc
}

impl<'t, 'l> Builder<'t, 'l> {
    fn run(&mut self) {
        if !matches!(self.roles.first(), Some(Role::Title | Role::Header { .. })) {
            self.doc.sections.push(Section {
                heading: String::new(),
                level: 0,
                number: None,
                paragraphs: Vec::new(),
                bullets: Vec::new(),
                span: Span::new(
                    self.lines.first().map_or(0, |l| l.span.start),
                    self.lines.first().map_or(0, |l| l.span.start),
                ),
                paragraph_spans: Vec::new(),
                bullet_spans: Vec::new(),
            });
        }
        for i in 0..self.lines.len() {
            let role = self.roles[i];
            if !matches!(
                role,
                Role::Label {
                    key: Key::Theme,
                    ..
                }
            ) {
                let was = self.after_next_meeting;
                self.after_next_meeting = false;
                if was
                    && matches!(
                        role,
                        Role::Label {
                            key: Key::NextMeeting,
                            ..
                        }
                    )
                {
                    self.after_next_meeting = true;
                }
            }
            // A scan may garble a header's separator row into a line of no bars ("pone]"):
            // one such line right under the header leaves the table open.
            if self.row_rest == Some(i) {
                continue;
            }
            if role != Role::Row && self.header_line.is_none_or(|h| h + 1 != i) {
                self.table = None;
            }
            match role {
                Role::Paragraph { body } | Role::Bullet { body } => {
                    self.last_item = Some((i, body));
                }
                // "Beslut: Per kontaktar hyresvärden" is an item too; but in a register's
                // record ("Titel: …", "Inkom: …", "Status: …", "Ansvarig: …") the item is
                // the title, not the record's other fields.
                Role::Label {
                    key: Key::Other,
                    value,
                } => {
                    let titled = self.last_item.is_some_and(|(l, _)| {
                        i.saturating_sub(l) <= RECORD_FIELDS && self.titles_record(l)
                    });
                    if !(titled && self.record_field(i)) {
                        self.last_item = Some((i, value));
                    }
                }
                Role::Title
                | Role::Heading { .. }
                | Role::SubHeading { .. }
                | Role::Header { .. } => {
                    self.last_item = None;
                }
                _ => {}
            }
            // A list of proposals goes on over its items only.
            // The line, or a paragraph's last sentence ("… Rådet föreslår att" / "- …").
            let intro_text = match role {
                Role::SubHeading { .. } => Some(self.text(i)),
                Role::Paragraph { .. } => Some(last_sentence(self.text(i))),
                _ => None,
            };
            let intro = intro_text.is_some_and(introduces_proposals);
            let whole_line_intro = intro && intro_text == Some(self.text(i));
            if !matches!(role, Role::Bullet { .. }) {
                self.proposal_list = None;
            }
            if let Some(t) = intro_text.filter(|_| intro) {
                let t = t.trim_end_matches(':');
                self.proposal_list = Some(ProposalList {
                    by: extract::proposer(t).map(str::to_owned),
                    lead: lead_after_att(t).map(str::to_owned),
                });
            }
            if self.board_minutes(i, role) {
                continue;
            }
            match role {
                Role::Header { .. } => self.header(i),
                Role::Row => self.row(i),
                Role::Title => self.heading(i, 1, None, 0),
                Role::Heading { number, body } => self.heading(i, 2, number, body),
                Role::SubHeading { key } => self.sub_heading(i, key),
                Role::Paragraph { body } => {
                    // Prose ends a list of who was present: a list after it is another one
                    // ("- Malin Jensen, arbetsmiljökonsult" among a meeting's stations). A line
                    // that leads into the list ("… samt följande gäster:") does not.
                    if !self.text(i).trim_end().ends_with(':') {
                        self.in_present = false;
                    }
                    self.paragraph(i);
                    // A calendar's entries may be paragraphs of their own.
                    if self.under_calendar || self.sub_calendar {
                        self.calendar_item(i, body);
                    }
                    if !whole_line_intro {
                        self.sentences(i, body);
                    }
                    self.cancelled_in_text(i);
                    self.responsible_in_item(i, body);
                }
                Role::Bullet { body } => {
                    self.bullet(i, body);
                    self.calendar_item(i, body);
                    if self.in_present
                        && let Some((name, org)) =
                            lines::parse_attendee(self.text(i).get(body..).unwrap_or(""))
                    {
                        let span = self.lines[i].raw_span(body, self.text(i).len());
                        self.add_attendee(name, org.as_deref(), span);
                    } else if !self.listed_proposal(i, body) {
                        self.sentences(i, body);
                    }
                    self.responsible_in_item(i, body);
                }
                Role::Attendee => {
                    self.bullet(i, 0);
                    if let Some((name, org)) = lines::parse_attendee(self.text(i)) {
                        let span = self.lines[i].span;
                        self.add_attendee(name, org.as_deref(), span);
                    }
                }
                Role::Label { key, value } => {
                    self.paragraph(i);
                    // "INSTÄLLT: Föreläsningen … den 15 januari är inställd" in a calendar.
                    if self.under_calendar {
                        self.calendar_item(i, 0);
                    }
                    self.label(i, key, value);
                }
                Role::Timed => {
                    self.bullet(i, 0);
                    self.timed(i);
                }
            }
        }
        // A citizen's proposal names who proposes on a line of its own ("Förslagsställare:
        // Göran Törnqvist, Öregrund"): the proposals of the note that name no one are theirs.
        if let Some(by) = self.proposer_line() {
            for p in self.doc.proposals.iter_mut().filter(|p| p.by.is_none()) {
                p.by = Some(by.clone());
            }
        }
    }

    /// The name on the note's "Förslagsställare:" line (up to a comma), if it has one.
    fn proposer_line(&self) -> Option<String> {
        self.lines.iter().find_map(|l| {
            let (head, value) = l.text.split_once(':')?;
            if !matches!(
                fold_key(head.trim()).as_str(),
                "forslagsstallare" | "forslagsstallaren" | "forslaget lamnat av" | "inlamnat av"
            ) {
                return None;
            }
            let name = value.split(',').next()?.trim();
            (starts_upper(name) && (1..=4).contains(&word_count(name))).then(|| name.to_owned())
        })
    }

    fn text(&self, i: usize) -> &'l str {
        let lines: &'l [Line<'t>] = self.lines;
        lines.get(i).map_or("", |l| &l.text)
    }

    fn section(&mut self) -> &mut Section {
        if self.doc.sections.is_empty() {
            self.doc.sections.push(Section {
                heading: String::new(),
                level: 0,
                number: None,
                paragraphs: Vec::new(),
                bullets: Vec::new(),
                span: Span::new(0, 0),
                paragraph_spans: Vec::new(),
                bullet_spans: Vec::new(),
            });
        }
        let last = self.doc.sections.len() - 1;
        &mut self.doc.sections[last]
    }

    fn paragraph(&mut self, i: usize) {
        let (t, span) = (self.text(i).to_owned(), self.lines[i].span);
        let s = self.section();
        s.paragraphs.push(t);
        s.paragraph_spans.push(span);
    }

    fn bullet(&mut self, i: usize, body: usize) {
        let line = &self.lines[i];
        let t = line.text.get(body..).unwrap_or("").to_owned();
        let span = line.raw_span(body, line.text.len());
        let s = self.section();
        s.bullets.push(t);
        s.bullet_spans.push(span);
    }

    /// The body lines of heading `i`: up to the next title or heading.
    fn body(&self, i: usize) -> impl Iterator<Item = (usize, Role)> + '_ {
        self.roles
            .iter()
            .copied()
            .enumerate()
            .skip(i + 1)
            .take_while(|(_, r)| !matches!(r, Role::Title | Role::Heading { .. }))
    }

    fn heading(&mut self, i: usize, level: u8, number: Option<u32>, body: usize) {
        let line = &self.lines[i];
        let full: &str = &line.text;
        let heading = full
            .get(body..)
            .unwrap_or("")
            .trim_end_matches(':')
            .trim()
            .to_owned();
        let span = line.raw_span(body, full.len());
        if level == 1 {
            let title = if short_title(full) {
                &full[..full.len() - 1]
            } else {
                full
            };
            let title = without_specks(title);
            // A kind of document alone ("MINNESANTECKNINGAR", "VERKSAMHETSPLAN 2026") over the
            // line that names what it is about: the title is both.
            match self
                .genre_subject(i, title)
                .or_else(|| self.press_headline(i, title))
                .or_else(|| self.official_subject(i, title))
            {
                Some((titled, end)) => {
                    self.doc.title = Some(titled);
                    self.doc.title_span = Some(Span::new(line.span.start, end));
                }
                None => {
                    self.doc.title = Some(title.to_owned());
                    self.doc.title_span = Some(line.span);
                }
            }
            self.topic = None;
            self.message = None;
            self.answering = None;
            self.under_calendar = false;
            self.under_next_meeting = false;
        } else {
            self.under_next_meeting = heading.len() <= 16
                && matches!(fold_key(&heading).as_str(), "nasta mote" | "nasta traff");
            // Under a calendar's heading, a heading that opens with its day or week ("Vecka 4
            // – Välkommen och introduktion") is an entry of it, and the calendar goes on.
            let dated_entry = self.under_calendar
                && self
                    .dates
                    .first_in(i, body)
                    .is_some_and(|(_, s, _)| s <= body + 1);
            self.under_calendar = dated_entry || names_calendar(&heading);
            // A week without a session ("Vecka 8 – Uppehåll, inget kurstillfälle") is none.
            let folded = fold_key(&heading);
            let pause = ["uppehall", "ingen traff", "inget kurstillfalle"]
                .iter()
                .any(|p| folded.as_str().contains(p));
            if dated_entry && !pause {
                self.calendar_item(i, body);
            }
            self.topic = Some(heading.clone());
        }
        self.in_present = false;
        self.sub_calendar = false;
        self.doc.sections.push(Section {
            heading: heading.clone(),
            level,
            number,
            paragraphs: Vec::new(),
            bullets: Vec::new(),
            span,
            paragraph_spans: Vec::new(),
            bullet_spans: Vec::new(),
        });
        self.decide_post(i, level, &heading, body, number.is_some());
    }

    fn decide_post(&mut self, i: usize, level: u8, heading: &str, body: usize, numbered: bool) {
        let mut has_when = false;
        // Whether every sign of a time is a "Datum:" field with a date alone: the date of the
        // paper (a letterhead's, a report's, a signature's), not of a happening.
        let mut paper_date = true;
        let mut has_meeting = false;
        let mut has_next_meeting = false;
        let mut cancelled_line = false;
        for (j, r) in self.body(i) {
            match r {
                // A meeting's agenda ("Dagordning", "Agenda") is no event's programme.
                Role::SubHeading {
                    key: Some(Key::Schedule),
                } if matches!(
                    fold_key(self.text(j).trim_end_matches(':')).as_str(),
                    "dagordning" | "agenda"
                ) =>
                {
                    has_meeting = true;
                    paper_date = false;
                }
                Role::Label {
                    key: Key::When | Key::Where | Key::How,
                    value,
                } => {
                    has_when = true;
                    paper_date &= label_head(&self.lines[j]).is_some_and(|h| h.as_str() == "datum")
                        && datetime::find_times(self.text(j).get(value..).unwrap_or("")).is_empty();
                }
                Role::SubHeading {
                    key: Some(Key::Schedule),
                }
                | Role::Timed => {
                    has_when = true;
                    paper_date = false;
                }
                // A time or place given under its own heading ("Plats:" over the address).
                Role::SubHeading {
                    key: Some(Key::When | Key::Where | Key::How),
                } => paper_date = false,
                Role::Label {
                    key: Key::NextMeeting,
                    ..
                } => has_next_meeting = true,
                Role::Label {
                    key: Key::Present, ..
                }
                | Role::SubHeading {
                    key: Some(Key::Present),
                }
                | Role::Attendee => has_meeting = true,
                Role::Paragraph { .. } => {
                    let t = self.text(j);
                    if t.len() <= 12 && is_cancel_marker(t).is_some() {
                        cancelled_line = true;
                    }
                }
                _ => {}
            }
        }
        // "Nästa möte:" under a numbered agenda item ("5. Övriga frågor") of a note that has
        // its meeting already is that meeting's next one, not a meeting of the item.
        // Under an unnumbered heading it is a meeting's only where no meeting is known or the
        // heading is dated ("Bryggangruppen 19 januari" among several groups' notes).
        let dated = self.dates.first_in(i, body).is_some();
        has_meeting |= has_next_meeting && (self.doc.meetings.is_empty() || !numbered && dated);
        // A meeting's call and agenda ("KALLELSE OCH DAGORDNING") is a meeting's paper.
        has_meeting |= PAPER_KINDS.contains(&fold_key(heading).as_str());
        // Only headings starting with one of these letters can carry a prefix.
        let initial = heading.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        let first = if matches!(initial, b'm' | b'a' | b'p' | b'i' | b'v') {
            first_word_folded(heading)
        } else {
            fold_key("")
        };
        // A numbered agenda item named by the word alone ("6. Protokoll") or about an earlier
        // meeting's ("2. Anteckningar från mötet 12/3") is an item about minutes, not minutes
        // of a meeting of its own.
        let minutes = MINUTES_PREFIXES.contains(&first.as_str())
            && !(numbered && {
                let after = heading
                    .split_once(' ')
                    .map_or("", |(_, r)| r)
                    .trim_start_matches([',', ':', '–', '-', ' ']);
                after.is_empty() || matches!(first_word_folded(after).as_str(), "fran")
            });
        let current_meeting = matches!(self.post, Some(Post::Meeting(_)));
        // A meeting's numbered item "1. Välkomna och presentationsrunda" is its business, not
        // an invitation.
        let invite = INVITE_PREFIXES.contains(&first.as_str()) && !(numbered && current_meeting);
        let cancel = is_cancel_marker(heading);
        let date = self.dates.first_in(i, body);
        let date_range = date.map(|(_, s, e)| (s - body, e - body));
        let group = group_of(heading, date_range);
        // (A heading dated in its own words is a happening's: "Sommarfest 20 juni".)
        let paper_date = paper_date && date.is_none() && level > 1;
        self.paper_dated = paper_date && has_when;
        let event = cancel.is_some()
            || cancelled_line
            || invite
            || (has_when && !paper_date && !has_meeting && !minutes);
        let meeting = !event
            && (minutes
                || group.is_some() && (level == 1 || has_meeting)
                || has_meeting && (level == 1 || !current_meeting));
        let line_span = self.lines[i].span;
        if event {
            let title = match cancel {
                Some((s, e)) => {
                    let before = heading.get(..s).unwrap_or("");
                    let after = heading.get(e..).unwrap_or("");
                    let strip = |c: char| c.is_whitespace() || ",:;–-()!".contains(c);
                    let before = before.trim_end_matches(strip);
                    let after = after.trim_start_matches(strip);
                    if after.is_empty() {
                        before.to_owned()
                    } else if before.is_empty() {
                        after.to_owned()
                    } else {
                        format!("{before} {after}")
                    }
                }
                None => heading.to_owned(),
            };
            let (date, (start, end)) = self.when_of(i, body);
            self.doc.events.push(new_event(
                title,
                date.and_then(|(d, _, _)| d.date),
                (start, end),
                cancel.is_some() || cancelled_line,
                line_span,
            ));
            self.post = Some(Post::Event(self.doc.events.len() - 1));
        } else if meeting {
            let (date, (start, end)) = self.when_of(i, body);
            // A title made of a kind of document and the line under it ("Minnesanteckningar –
            // Nätverksträff för kamratstödjare") names the meeting by that line.
            let merged = (level == 1
                && self
                    .doc
                    .title_span
                    .is_some_and(|s| s.end > self.lines[i].span.end))
            .then(|| self.doc.title.clone())
            .flatten();
            let group = group.unwrap_or_else(|| {
                if let Some(m) = &merged {
                    return strip_minutes_prefix(m).to_owned();
                }
                let g = strip_minutes_prefix(heading);
                let g = match date_range {
                    Some((s, _)) => g
                        .get(..s.saturating_sub(heading.len() - g.len()))
                        .unwrap_or(g),
                    None => g,
                };
                let g = g
                    .trim_end_matches(|c: char| c.is_whitespace() || ",:–-".contains(c))
                    .to_owned();
                // A heading that is only the kind of paper ("PROTOKOLLSUTDRAG" under
                // "Socialnämnden"): the board or group named on the line above, else the
                // note's title, else the heading itself.
                if g.is_empty() {
                    return self
                        .body_above(i)
                        .or_else(|| self.doc.title.clone())
                        .unwrap_or_else(|| heading.to_owned());
                }
                // Notes "från digitalt möte" under a title naming the group ("Regionala
                // nätverket för …"), or a heading naming only the kind of paper ("KALLELSE OCH
                // DAGORDNING" under "FÖRENINGEN VÅGBRYTAREN"): the meeting is the title's
                // group's.
                let folded = fold_key(&g);
                match &self.doc.title {
                    Some(t)
                        if (GENERIC_MEETINGS.contains(&folded.as_str())
                            || PAPER_KINDS.contains(&folded.as_str()))
                            && t.as_str() != heading =>
                    {
                        t.clone()
                    }
                    _ => g,
                }
            });
            // A group named inside a sentence ("Anteckningar från arbetsplatsträffen – …")
            // is written with its capital, as it stands alone everywhere else: one group in
            // the register however a note leads into its name.
            let group = capitalised(&group);
            self.doc.meetings.push(Meeting {
                title: merged.unwrap_or_else(|| self.text(i).to_owned()),
                group,
                date: date.and_then(|(d, _, _)| d.date),
                date_text: date.map(|(d, _, _)| d.text.clone()),
                start,
                end,
                place: None,
                theme: None,
                attendees: Vec::new(),
                next_meeting: None,
                span: line_span,
            });
            self.post = Some(Post::Meeting(self.doc.meetings.len() - 1));
        } else if level == 1 {
            self.post = None;
        } else if let Some((name, (mention, _, de))) = self.dated_name(i, body) {
            // A programme written as headings ("Träff 1 – tisdag 3/2", its topic under it):
            // each a dated event, titled by its name.
            let (start, end) = self.times_after(i, de);
            let title = name.to_owned();
            let date = mention.date;
            self.doc
                .events
                .push(new_event(title, date, (start, end), false, line_span));
        }
    }

    /// When the post under heading `i` is: the date in the heading's words after `body` with
    /// the times after it, or for a heading without one ("KALLELSE OCH DAGORDNING", a
    /// programme's name) the date and times of the line under it that says when
    /// ([`Builder::post_line_date`]). The date comes with where it starts and ends in its line.
    fn when_of(
        &self,
        i: usize,
        body: usize,
    ) -> (Option<FoundDate<'_>>, (Option<Time>, Option<Time>)) {
        let date = self.dates.first_in(i, body);
        if date.is_none()
            && let Some((j, line_date)) = self.post_line_date(i)
        {
            return (Some(line_date), self.times_after(j, line_date.2));
        }
        (date, self.times_after(i, date.map_or(body, |(_, _, e)| e)))
    }

    /// The date of a line among the first under heading `i` that says when its meeting or
    /// event is: a line opening with its date ("Torsdag 22 januari 2026, kl. 10.00–12.30"),
    /// or naming the meeting first ("Styrelsemöte torsdagen den 12 februari 2026, kl. 18.00–20.30":
    /// "…möte", "…träff", "sammanträde") with the date within its first words. The line and
    /// the date, with where it starts and ends in the line.
    fn post_line_date(&self, i: usize) -> Option<(usize, FoundDate<'_>)> {
        // (A line naming the group's office, "Kungälvs kommun, försörjningsstödsenheten", may
        // read as a heading of its own between; a heading is passed over, for a dated one is
        // a post of its own: "Träff 1 – tisdag 3/2".)
        self.roles
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(MEETING_LINE_AMONG)
            .take_while(|(_, role)| !matches!(role, Role::Title))
            .filter(|(_, role)| matches!(role, Role::Paragraph { .. }))
            .find_map(|(j, _)| {
                let found = self.dates.first_in(j, 0)?;
                let first = first_word_folded(self.text(j));
                let first = first.as_str();
                let meeting = first.ends_with("mote")
                    || first.ends_with("traff")
                    || first.ends_with("sammantrade");
                let within = if meeting { MEETING_LINE_DATE_WITHIN } else { 0 };
                (found.1 <= within).then_some((j, found))
            })
    }

    /// A heading that is a short name, a dash and a date right after it, with a day's name
    /// before the date if any ("Träff 3 – den 3 mars kl. 18.00–20.00"): the name and the date
    /// (with where it starts and ends in the line).
    fn dated_name(&self, i: usize, body: usize) -> Option<(&'l str, FoundDate<'_>)> {
        let t = self.text(i);
        let (name, after, after_day) = dash_name(t.get(body..)?)?;
        let found = self.dates.first_in(i, body + after)?;
        let (_, ds, de) = found;
        // Nothing but the date (and a time) after the dash: a heading that names a date in
        // its words ("Möte om boende – vi ses 3 mars") is none.
        let at_date = ds == body + after || ds == body + after_day;
        let tail = t.get(de..).unwrap_or("").trim();
        let only_time = tail.is_empty() || time_at_start(tail).is_some();
        (at_date && only_time).then_some((name, found))
    }

    /// A field of a message header: its first opens the message (a section of its own,
    /// headed by the subject, and the note's title when the note opens with it); every
    /// field is kept as a paragraph of that section.
    fn header(&mut self, i: usize) {
        let opens = i == 0 || !matches!(self.roles.get(i - 1), Some(Role::Header { .. }));
        if opens {
            self.open_message(i);
        }
        self.paragraph(i);
    }

    /// Records the decision `sentence` states, `said` its outcome and where its reason stands,
    /// on `proposal`: the reason is the sentence's, else the one the next sentence of the line
    /// gives after its label (`next`: "Förslaget avslås. Motivering: …").
    fn sentence_decision(
        &mut self,
        sentence: &str,
        said: (crate::DecisionOutcome, Option<(usize, usize)>),
        next: Option<&str>,
        proposal: Option<usize>,
        span: Span,
    ) {
        let (outcome, reason) = said;
        // In a board's minutes, the item's proposal ("§ 112", "Förslag från brukarrådet om
        // …", "Nämnden beslutar att bifalla förslaget.").
        let whole = self.whole_matter(sentence, outcome);
        let proposal = match proposal {
            None if self.board_item.is_some() => self.board_proposal(sentence),
            // A paper on one matter (an officer's report, a citizen's proposal with its
            // answer) that states one proposal decides on that one; one that states several
            // decides on them all when it names the whole matter ("… och biföll
            // medborgarförslaget").
            None if self.title_opens(SINGLE_MATTER_PAPERS)
                && (self.doc.proposals.len() == 1
                    || whole.is_some() && !self.doc.proposals.is_empty())
                && self.doc.decisions.is_empty() =>
            {
                Some(0)
            }
            p => p,
        };
        let decided = self.decided_with(sentence, proposal, whole);
        if let Some(item) = self.board_item.as_mut() {
            item.decided = true;
        }
        let justification = reason
            .and_then(|(rs, re)| sentence.get(rs..re))
            .or_else(|| reason_label(next?))
            .map(str::to_owned);
        // "Socialnämnden beslutade den 11 februari 2026 att …": the day it tells.
        let told = ["beslutade den ", "beslöt den ", "beslutades den "]
            .iter()
            .any(|w| sentence.contains(w))
            .then(|| {
                // The mentions are in text order: the first at or after the sentence's start.
                let mentions = &self.dates.mentions;
                let k = mentions.partition_point(|m| m.span.start < span.start);
                mentions
                    .get(k)
                    .filter(|m| m.span.end <= span.end)
                    .and_then(|m| m.date)
            })
            .flatten();
        let decision = Decision {
            text: sentence.to_owned(),
            outcome,
            justification,
            section: self.decision_section(proposal),
            proposal,
            date: self.message_date().or(told),
            span,
        };
        self.push_decision(decision, decided);
    }

    /// The proposals a decision on `proposal` decides: all of the matter `sentence` names as
    /// a whole, from `whole` ([`Builder::whole_matter`]); those it names together with it
    /// under their heading ([`Builder::named_together`]); else the one. None for a decision
    /// on no proposal.
    fn decided_with(
        &self,
        sentence: &str,
        proposal: Option<usize>,
        whole: Option<usize>,
    ) -> Vec<usize> {
        match (proposal, whole) {
            (Some(first), Some(from)) if from <= first => {
                (from..self.doc.proposals.len()).collect()
            }
            (Some(p), _) => (self.named_together(sentence, p)..=p).collect(),
            (None, _) => Vec::new(),
        }
    }

    /// The section a decision on `proposal` falls under: in a board's item the item's
    /// heading ("Motion om …"), else the heading above it.
    fn decision_section(&self, proposal: Option<usize>) -> Option<String> {
        self.board_item
            .as_ref()
            .filter(|_| proposal.is_some())
            .and_then(|b| b.heading.as_ref())
            .map(|(h, _)| h.clone())
            .or_else(|| self.topic_for_proposal())
    }

    /// Records `decision` once for each of the proposals it decides (`decided`, in order;
    /// all made of its one sentence, sharing its span), or once unlinked when it decides
    /// none.
    fn push_decision(&mut self, decision: Decision, decided: Vec<usize>) {
        if decided.is_empty() {
            self.doc.decisions.push(decision);
            return;
        }
        for k in decided {
            self.doc.decisions.push(Decision {
                proposal: Some(k),
                ..decision.clone()
            });
        }
    }

    /// Gives `reason` to the decisions of the sentence at `span` (one per proposal of a
    /// matter decided as a whole) that have none, when they are the last recorded.
    fn justify(&mut self, span: Span, reason: &str) {
        for d in self.doc.decisions.iter_mut().rev() {
            if d.span != span {
                break;
            }
            if d.justification.is_none() {
                d.justification = Some(reason.to_owned());
            }
        }
    }

    /// The first of the proposals a decision on proposal `p` decides with it when `sentence`
    /// names them together ("Beslut: Förslagen bifalls", "Båda förslagen avslås"): those
    /// stated right before it under the same heading, none decided yet. Else `p` itself.
    fn named_together(&self, sentence: &str, p: usize) -> usize {
        // (One search rules out nearly every sentence before its words are split.)
        let together = (sentence.contains("slagen") || sentence.contains("målen"))
            && sentence.split_whitespace().any(|w| {
                matches!(
                    w.trim_end_matches(['.', ',', ';', ':']),
                    "förslagen" | "Förslagen" | "önskemålen" | "Önskemålen"
                )
            });
        let Some(section) = self
            .doc
            .proposals
            .get(p)
            .filter(|_| together)
            .map(|x| &x.section)
        else {
            return p;
        };
        let decided = |k: usize| self.doc.decisions.iter().any(|d| d.proposal == Some(k));
        let mut from = p;
        while let Some(k) = from.checked_sub(1) {
            if &self.doc.proposals[k].section != section || decided(k) {
                break;
            }
            from = k;
        }
        from
    }

    /// Where the proposals of the matter a decision names as a whole begin, when `sentence`
    /// names it so ("biföll medborgarförslaget", "att avslå motionen"): a citizen's proposal
    /// or a motion of several proposals is decided as one, each of its proposals alike. The
    /// matter is the board's item at hand, else the paper (an officer's report, a citizen's
    /// proposal, a motion). A "yes" to part of it says not which part, and names none.
    fn whole_matter(&self, sentence: &str, outcome: crate::DecisionOutcome) -> Option<usize> {
        // (Most decisions name neither: one search rules them out.)
        if outcome == crate::DecisionOutcome::PartlyAccepted
            || !(sentence.contains("örslage") || sentence.contains("otionen"))
        {
            return None;
        }
        let words = || {
            sentence
                .split_whitespace()
                .map(|w| w.trim_end_matches(['.', ',', ';', ':']))
        };
        let one = words().any(|w| {
            matches!(
                w,
                "medborgarförslaget" | "Medborgarförslaget" | "motionen" | "Motionen"
            )
        });
        let all = words().any(|w| matches!(w, "förslagen" | "Förslagen"));
        if !(one || all) {
            return None;
        }
        match &self.board_item {
            // An item on one matter ("§ 41 Medborgarförslag om …", "Motion om …"), not one
            // on several ("§ 4 Motioner", each decided in turn).
            Some(item) => {
                let single = item.heading.as_ref().is_some_and(|(h, _)| {
                    let first = first_word_folded(h);
                    SINGLE_MATTER_PAPERS.contains(&first.as_str()) || first.as_str() == "forslag"
                });
                (all || one && single).then_some(item.proposals_from)
            }
            None => ((one || all) && self.title_opens(SINGLE_MATTER_PAPERS)).then_some(0),
        }
    }

    /// The day the message being read was sent, if the note is a printed message.
    fn message_date(&self) -> Option<NaiveDate> {
        self.doc.messages.get(self.message?)?.date
    }

    /// Reads the header starting at line `i` into a new message and opens its section.
    fn open_message(&mut self, i: usize) {
        let mut message = Message {
            from: None,
            to: None,
            date: None,
            subject: None,
            reply: false,
            span: self.lines[i].span,
        };
        // The subject's line and where its value starts.
        let mut subject_at = None;
        let mut from_line = i;
        for j in i..self.lines.len() {
            let Some(Role::Header { key, value }) = self.roles.get(j).copied() else {
                break;
            };
            let line = &self.lines[j];
            message.span = Span::new(message.span.start, line.span.end);
            let v = line.text.get(value..).unwrap_or("").trim();
            match key {
                Key::From if message.from.is_none() => {
                    message.from = Some(sender(v).to_owned());
                    from_line = j;
                }
                Key::To if message.to.is_none() => message.to = Some(v.to_owned()),
                Key::Subject if message.subject.is_none() => {
                    message.subject = Some(v.to_owned());
                    message.reply = reply_mark_len(v) > 0;
                    subject_at = Some((j, value));
                }
                Key::Sent | Key::When if message.date.is_none() => {
                    message.date = self.dates.first_in(j, value).and_then(|(d, _, _)| d.date);
                }
                _ => {}
            }
        }
        // The section's heading: the subject as written, else the sender's line.
        let (heading, span) = match subject_at {
            Some((j, value)) => {
                let line = &self.lines[j];
                let lead = line
                    .text
                    .get(value..)
                    .map_or(0, |v| v.len() - v.trim_start().len());
                let heading = line.text.get(value + lead..).unwrap_or("").trim_end();
                (
                    heading.to_owned(),
                    line.raw_span(value + lead, value + lead + heading.len()),
                )
            }
            None => (self.text(from_line).to_owned(), self.lines[from_line].span),
        };
        // A note that opens with a message is titled by its subject, reply marks left out.
        let first = self.lines.iter().position(|l| !speck_line(&l.text));
        let level = if self.doc.title.is_none() && first == Some(i) {
            let cut = reply_mark_len(&heading);
            let title = heading.get(cut..).unwrap_or("").trim_start();
            self.doc.title = Some(title.to_owned());
            self.doc.title_span = Some(Span::new(span.end - title.len(), span.end));
            self.topic = None;
            1
        } else {
            self.topic = Some(heading.clone());
            2
        };
        self.under_calendar = false;
        self.under_next_meeting = false;
        self.in_present = false;
        self.post = None;
        self.doc.sections.push(Section {
            heading,
            level,
            number: None,
            paragraphs: Vec::new(),
            bullets: Vec::new(),
            span,
            paragraph_spans: Vec::new(),
            bullet_spans: Vec::new(),
        });
        // A message after another answers it, and what it proposed.
        let proposals = self.doc.proposals.len();
        self.answering = self
            .message
            .map(|_| (self.message_proposals, proposals))
            .filter(|(a, b)| a < b);
        self.message_proposals = proposals;
        self.doc.messages.push(message);
        self.message = Some(self.doc.messages.len() - 1);
    }

    fn times_after(&self, i: usize, from: usize) -> (Option<Time>, Option<Time>) {
        let t = self.text(i).get(from..).unwrap_or("");
        match datetime::find_times(t).first() {
            Some(TimeRange { from, to, .. }) => (Some(*from), *to),
            None => (None, None),
        }
    }

    fn sub_heading(&mut self, i: usize, key: Option<Key>) {
        let line = &self.lines[i];
        let heading = line.text.trim_end_matches(':').trim().to_owned();
        let span = line.span;
        self.in_present = key == Some(Key::Present);
        self.sub_calendar = matches!(key, None | Some(Key::Other | Key::When | Key::Schedule))
            && names_series(&heading);
        self.doc.sections.push(Section {
            heading,
            level: 3,
            number: None,
            paragraphs: Vec::new(),
            bullets: Vec::new(),
            span,
            paragraph_spans: Vec::new(),
            bullet_spans: Vec::new(),
        });
        if self.in_present {
            self.meeting_for_labels();
        }
        // "Nästa möte:" with its day on the line under it ("Onsdag den 6 maj 2026 kl.
        // 17.30–20.00 på samma plats."): that line's day and times are the next meeting's.
        if key == Some(Key::NextMeeting) {
            self.next_meeting_below(i);
        }
    }

    /// The next meeting a "Nästa möte:" heading at line `i` gives on the line under it (right
    /// under, or past one blank line), when that line opens with a day (within its first
    /// words).
    fn next_meeting_below(&mut self, i: usize) {
        let n = i + 1;
        let Some(below) = self.lines.get(n) else {
            return;
        };
        // (A scan may leave a blank line under the heading.)
        let close = (1..=2).contains(&lines::breaks_between(self.raw, &self.lines[i], below));
        let Some((date, start)) = self
            .dates
            .first_in(n, 0)
            .and_then(|(mention, start, _)| Some((mention.date?, start)))
        else {
            return;
        };
        if !close || start > NEXT_MEETING_DAY_WITHIN {
            return;
        }
        let (from, to) = self.times_after(n, start);
        let theme = theme_in(self.text(n)).map(str::to_owned);
        let span = Span::new(self.lines[i].span.start, below.span.end);
        if let Some(m) = self.meeting_for_labels()
            && let Some(meeting) = self.doc.meetings.get_mut(m)
            && meeting.next_meeting.is_none()
        {
            meeting.next_meeting = Some(NextMeeting {
                date: Some(date),
                theme,
                start: from,
                end: to,
                span,
            });
        }
    }

    /// For a title line `title` (line `i`) that names only a kind of document (a word of
    /// [`GENRES`], and a year), with a line right under it naming what it is about: the
    /// title "Minnesanteckningar – Nätverksträff för kamratstödjare" (a title in capitals
    /// written as a sentence starts), and where that line ends.
    fn genre_subject(&self, i: usize, title: &str) -> Option<(String, usize)> {
        let key = fold_key(title);
        let kind = key
            .as_str()
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        // The kind alone, or minutes of a kind of meeting ("Protokoll fört vid årsmöte"):
        // either way the line below names who it is about.
        let minutes_of_meeting = MINUTES_PREFIXES.iter().any(|p| {
            kind.strip_prefix(p).is_some_and(|r| {
                ["fort vid ", "fran ", "vid "].iter().any(|lead| {
                    r.trim_start()
                        .strip_prefix(lead)
                        .is_some_and(|k| MEETING_KINDS.contains(&k))
                })
            })
        });
        if !GENRES.contains(&kind) && !minutes_of_meeting {
            return None;
        }
        let below = self.lines.get(i + 1)?;
        let subject = below.text.trim();
        if lines::breaks_between(self.raw, &self.lines[i], below) != 1
            || below.kind != Kind::Text
            || subject.is_empty()
            || subject.len() > 120
            || subject.ends_with(['.', ':', ',', ';'])
            // An addressee or a sender is no subject ("Till kommunfullmäktige").
            || matches!(first_word_folded(subject).as_str(), "till" | "fran")
        {
            return None;
        }
        let written = if title.chars().any(char::is_lowercase) {
            title.to_owned()
        } else {
            kind_word(title)
        };
        Some((format!("{written} – {subject}"), below.span.end))
    }

    /// For a title line `title` (line `i`) that names only a kind of press text ("DEBATT",
    /// "PRESSMEDDELANDE", "INSÄNDARE"): the title with its headline, the first line within
    /// the next few that reads as one (no date, no sentence, no line naming the kind again),
    /// and where that line ends.
    fn press_headline(&self, i: usize, title: &str) -> Option<(String, usize)> {
        let key = fold_key(title);
        if !PRESS_KINDS.contains(&key.as_str()) {
            return None;
        }
        // (A line is told from the kind's word as written: a folded key holds a short
        // text only.)
        let named = title.trim().to_lowercase();
        let (_, line) = self
            .lines
            .iter()
            .enumerate()
            .skip(i + 1)
            .take(PRESS_HEADLINE_WITHIN)
            .find(|&(j, l)| {
                let t = l.text.trim();
                l.kind == Kind::Text
                    && !t.is_empty()
                    && t.len() <= 140
                    && !t.ends_with(['.', ':', ',', ';'])
                    && self.dates.first_in(j, 0).is_none()
                    && !t.to_lowercase().contains(&named)
            })?;
        Some((
            format!("{} – {}", kind_word(title), line.text.trim()),
            line.span.end,
        ))
    }

    /// For a title line `title` (line `i`) that names only a kind of official paper
    /// ("TJÄNSTESKRIVELSE", "REMISSVAR", "YTTRANDE"): the title with the matter it is about,
    /// found under the letterhead within the next lines: the value of a "Remiss:" or
    /// "Ärende:" label, or the line under the addressee ("Till socialnämnden"); and where
    /// that matter ends.
    fn official_subject(&self, i: usize, title: &str) -> Option<(String, usize)> {
        if !OFFICIAL_KINDS.contains(&fold_key(title).as_str()) {
            return None;
        }
        let mut after_addressee = false;
        for l in self.lines.iter().skip(i + 1).take(OFFICIAL_SUBJECT_WITHIN) {
            let t = l.text.trim();
            if t.is_empty() {
                continue;
            }
            if let Kind::Label { value, .. } = l.kind
                && label_head(l).is_some_and(|head| SUBJECT_LABELS.contains(&head.as_str()))
            {
                let subject = l.text.get(value..).unwrap_or("").trim();
                if subject.is_empty() {
                    return None;
                }
                return Some((format!("{} – {subject}", kind_word(title)), l.span.end));
            }
            if after_addressee {
                // (A scan's speck before the matter reads as a bullet: no paper lists there.)
                let t = match l.kind {
                    Kind::Text => t,
                    Kind::Bullet { body } => l.text.get(body..).unwrap_or("").trim(),
                    _ => return None,
                };
                if t.is_empty() || t.len() > 140 || t.ends_with(['.', ':', ',', ';']) {
                    return None;
                }
                return Some((format!("{} – {t}", kind_word(title)), l.span.end));
            }
            after_addressee =
                l.kind == Kind::Text && first_word_folded(t).as_str() == "till" && t.len() <= 60;
        }
        None
    }

    /// The meeting that "Närvarande" or "Nästa möte" belongs to: the current
    /// one, else the last one, else one made from the note's title.
    fn meeting_for_labels(&mut self) -> Option<usize> {
        if let Some(Post::Meeting(m)) = self.post {
            return Some(m);
        }
        if !self.doc.meetings.is_empty() {
            return Some(self.doc.meetings.len() - 1);
        }
        let title = self.doc.title.clone()?;
        let span = self.doc.title_span.unwrap_or(Span::new(0, 0));
        let date = self.dates.first_in(0, 0);
        let group = capitalised(
            &group_of(&title, date.map(|(_, s, e)| (s, e)))
                .unwrap_or_else(|| strip_minutes_prefix(&title).to_owned()),
        );
        self.doc.meetings.push(Meeting {
            title,
            group,
            date: date.and_then(|(d, _, _)| d.date),
            date_text: date.map(|(d, _, _)| d.text.clone()),
            start: None,
            end: None,
            place: None,
            theme: None,
            attendees: Vec::new(),
            next_meeting: None,
            span,
        });
        Some(self.doc.meetings.len() - 1)
    }

    /// Reads line `i` (of `role`) as a part of a board's minutes, where it is one: "§ 45"
    /// opens an item, whose heading names the matter ("Förslag från brukarrådet om …");
    /// under "Socialnämnden beslutar" the first "att" clause that bifaller, avslår,
    /// återremitterar or bordlägger ("1. att delvis bifalla brukarrådets förslag,") is the
    /// item's decision, on the proposal it names, else the item's first, else the one its
    /// heading names; the paragraph under a "Motivering" heading after it is its reason.
    /// True when the line is wholly read here (the "att" clause of a decision).
    fn board_minutes(&mut self, i: usize, role: Role) -> bool {
        let text = self.text(i).trim();
        // "§ 45", "§45" ("$45" from a scan), alone or before the item's heading ("§ 61
        // Förslag från RSMH om …").
        if let Some(after) = text.strip_prefix(['§', '$']) {
            let after = after.trim_start();
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let heading = after.get(digits..).unwrap_or("").trim();
            if (1..=4).contains(&digits) && (heading.is_empty() || starts_upper(heading)) {
                self.open_board_item();
                if !heading.is_empty()
                    && let Some(item) = self.board_item.as_mut()
                {
                    let name = item_name(heading);
                    let at = text.len() - heading.len();
                    let span = self.lines[i].raw_span(at, at + name.len());
                    item.heading = Some((name.to_owned(), span));
                    item.heading_next = false;
                }
                return false;
            }
        }
        // Everything else is read only inside an item: other notes pay for nothing more.
        let Some(decided) = self.board_item.as_ref().map(|b| b.decided) else {
            return false;
        };
        let heading = matches!(
            role,
            Role::Title | Role::Heading { number: None, .. } | Role::SubHeading { .. }
        );
        // After an item's decision, a heading naming a proposal opens the next item (its "§"
        // line garbled by a scan: "847.").
        if decided && heading && names_a_proposal(text) {
            self.open_board_item();
        }
        if let Some(item) = self.board_item.as_mut()
            && item.heading_next
        {
            item.heading_next = false;
            if heading {
                item.heading = Some((item_name(text).to_owned(), self.lines[i].span));
                return false;
            }
        }
        // What was proposed, as the item's description tells it.
        if let Some(item) = self.board_item.as_mut()
            && !item.decided
            && item.described.is_none()
            && matches!(role, Role::Paragraph { .. })
        {
            let line = &self.lines[i];
            if let Some(at) = line.text.find(" förslag om att ") {
                let from = at + " förslag om att ".len();
                let rest = line.text.get(from..).unwrap_or("");
                let len = rest
                    .match_indices(". ")
                    .map(|(k, _)| k)
                    .next()
                    .unwrap_or(rest.trim_end().len());
                let clause = rest.get(..len).unwrap_or("").trim_end_matches('.');
                if word_count(clause) >= 4 {
                    let mut text = capitalised(clause);
                    text.push('.');
                    item.described = Some((text, line.raw_span(from, from + clause.len())));
                }
            }
        }
        // The reason under "Motivering" (a scan may read its first words as a label's:
        // "EnligtS kap: 10 § …").
        if let Some(clause) = self.reason_for
            && matches!(role, Role::Paragraph { .. } | Role::Label { .. })
        {
            self.reason_for = None;
            self.justify(clause, text.trim_end_matches('.'));
            return false;
        }
        // ("Motivering," with a scan's comma reads as a paragraph.)
        if heading || matches!(role, Role::Paragraph { .. }) && word_count(text) <= 4 {
            self.reason_for = None;
            let key = fold_key(text.trim_end_matches([':', ',', '.']));
            let reasons = matches!(
                key.as_str(),
                "motivering"
                    | "motivering till beslutet"
                    | "beslutsmotivering"
                    | "skal for beslutet"
                    | "skalen for beslutet"
            );
            if reasons {
                // The item's last decision.
                let from = self.board_item.as_ref().map_or(0, |b| b.proposals_from);
                self.reason_for = self
                    .doc
                    .decisions
                    .last()
                    .filter(|d| d.proposal.is_some_and(|p| p >= from))
                    .map(|d| d.span);
            }
        }
        // "Socialnämnden beslutar" (alone on its line, or with a colon).
        let lead = text.trim_end_matches(':');
        if !matches!(role, Role::Bullet { .. })
            && ["beslutar", "beslutade", "beslöt"]
                .iter()
                .any(|v| lead.strip_suffix(v).is_some_and(|b| b.ends_with(' ')))
            && starts_upper(lead)
            && word_count(lead) <= 6
            // "Förvaltningen föreslår att nämnden beslutar": a proposal for a decision.
            && !lead.split(' ').any(|w| w.starts_with("föresl") || w.starts_with("försl"))
        {
            self.deciding = Some(lead.to_owned());
            return false;
        }
        let Some(lead) = self.deciding.clone() else {
            return false;
        };
        let clause = match role {
            Role::Bullet { body } | Role::Heading { body, .. } | Role::Paragraph { body } => {
                self.text(i).get(body..).unwrap_or("").trim()
            }
            _ => "",
        };
        // A number a scan left unread as one ("1, att bifalla …").
        let clause = clause
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(['.', ',', ')'])
            .trim_start();
        let Some(rest) = clause.strip_prefix("att ") else {
            self.deciding = None;
            return false;
        };
        // The clause decides on the matter when its verb (after "delvis", "i övrigt") tells
        // an outcome, or it deems the matter answered ("att anse medborgarförslaget
        // besvarat") or backs it ("att anta förslaget", "att ställa sig bakom brukarrådets
        // förslag"); "att uppdra åt
        // förvaltningen …" is what follows from it.
        let mut words = rest
            .split_whitespace()
            .skip_while(|w| matches!(*w, "delvis" | "i" | "övrigt" | "därmed" | "också"));
        let verb = words.next().unwrap_or("");
        let deems_answered = || {
            verb == "anse"
                && rest
                    .split_whitespace()
                    .take(8)
                    .map(|w| w.trim_end_matches([',', '.', ';']))
                    .any(|w| extract::outcome_of_verb(w) == Some(crate::DecisionOutcome::Answered))
        };
        // ("anta" alone is no outcome word: "vi kan anta att …" assumes.)
        let backs =
            || verb == "anta" || verb == "ställa" && words.clone().take(2).eq(["sig", "bakom"]);
        // "att ge socialnämnden i uppdrag att genomföra förslaget", "att uppdra åt
        // förvaltningen att utreda förslaget": a yes or a referral given as an errand (one
        // on anything else, "att uppdra åt förvaltningen att informera …", follows from the
        // decision and is none).
        let errand = || {
            matches!(verb, "ge" | "uppdra" | "uppdrar")
                && words.clone().take(10).any(|w| {
                    matches!(
                        w.trim_end_matches([',', '.', ';']),
                        "genomföra" | "införa" | "utreda" | "undersöka" | "bereda"
                    )
                })
        };
        if extract::outcome_of_verb(verb).is_none() && !deems_answered() && !backs() && !errand() {
            return true;
        }
        let sentence = format!("{lead} {}", clause.trim_end_matches([',', '.', ';']));
        let Some((outcome, reason)) = extract::decision(&sentence) else {
            return true;
        };
        // A reason in the clause itself ("att anse motionen besvarad med hänvisning till
        // nämndens yttrande"); a "Motivering" paragraph below may give one too.
        let justification = reason
            .and_then(|(a, b)| sentence.get(a..b))
            .map(|r| r.trim().trim_end_matches('.').to_owned())
            .filter(|r| !r.is_empty());
        // One decision for the block: "3. att i övrigt avslå förslaget" after "1. att delvis
        // bifalla" is the same decision's other half.
        self.deciding = None;
        let whole = self.whole_matter(rest, outcome);
        let proposal = self.board_proposal(rest);
        if let Some(item) = self.board_item.as_mut() {
            item.decided = true;
        }
        let decided = self.decided_with(rest, proposal, whole);
        let decision = Decision {
            text: sentence,
            outcome,
            justification,
            section: self.decision_section(proposal),
            proposal,
            date: None,
            span: self.lines[i].span,
        };
        self.push_decision(decision, decided);
        true
    }

    /// Opens a new item of a board's minutes, its heading on the next line.
    fn open_board_item(&mut self) {
        self.board_item = Some(BoardItem {
            proposals_from: self.doc.proposals.len(),
            heading: None,
            heading_next: true,
            decided: false,
            described: None,
        });
        self.deciding = None;
        self.reason_for = None;
    }

    /// The proposal an "att" clause of a board's decision (`clause`, after "att") decides
    /// on: the item's proposal by whom it names ("brukarrådets förslag"), else the item's
    /// first, else one made of the item's heading when that names a proposal ("Förslag från
    /// brukarrådet om …", "Medborgarförslag om …").
    fn board_proposal(&mut self, clause: &str) -> Option<usize> {
        let item = self.board_item.as_ref().filter(|b| !b.decided)?;
        let from = item.proposals_from;
        let owner = clause
            .split_whitespace()
            .position(|w| w.starts_with("förslag"))
            .and_then(|k| clause.split_whitespace().nth(k.checked_sub(1)?))
            .and_then(|w| w.strip_suffix('s'))
            .map(fold_key);
        if let Some(owner) = owner
            && let Some(k) = (from..self.doc.proposals.len()).find(|&k| {
                self.doc.proposals[k]
                    .by
                    .as_deref()
                    .is_some_and(|b| fold_key(b).as_str() == owner.as_str())
            })
        {
            return Some(k);
        }
        if from < self.doc.proposals.len() {
            return Some(from);
        }
        let described = item.described.clone();
        let (heading, span) = item.heading.clone()?;
        if !names_a_proposal(&heading) || word_count(&heading) < 3 {
            return None;
        }
        // "Förslag från brukarrådet om …": the proposer between "från" and "om".
        let by = heading
            .split_once(" från ")
            .map(|(_, r)| r.split(" om ").next().unwrap_or(r).trim())
            .filter(|b| !b.is_empty() && word_count(b) <= 4)
            .map(capitalised);
        // In the words it was raised in, where the description gives them: so that `ingest`
        // finds the proposal the board decides on among those the group's notes raised.
        let (text, span) = described.unwrap_or_else(|| (heading.clone(), span));
        self.doc.proposals.push(Proposal {
            text,
            section: Some(heading),
            by,
            span,
        });
        Some(self.doc.proposals.len() - 1)
    }

    /// The line right above line `i` when it can name a board or a group: a short line of
    /// words under a capital ("Socialnämnden", "Brukarrådet Öst"), with no digit or colon.
    fn body_above(&self, i: usize) -> Option<String> {
        // (A scan's speck may end it: "Socialnämnden:".)
        let above = self
            .text(i.checked_sub(1)?)
            .trim()
            .trim_end_matches([':', '.']);
        (starts_upper(above)
            && word_count(above) <= 4
            && !above.contains(':')
            && !above.bytes().any(|b| b.is_ascii_digit()))
        .then(|| above.to_owned())
    }

    fn event_for_labels(&mut self, i: usize) -> usize {
        if let Some(Post::Event(e)) = self.post {
            return e;
        }
        let title = self
            .doc
            .sections
            .iter()
            .rev()
            .find(|s| s.level <= 2)
            .map(|s| s.heading.clone())
            .unwrap_or_default();
        self.doc.events.push(new_event(
            title,
            None,
            (None, None),
            false,
            self.lines[i].span,
        ));
        let e = self.doc.events.len() - 1;
        self.post = Some(Post::Event(e));
        e
    }

    fn add_attendee(&mut self, name: &str, org: Option<&str>, span: Span) {
        if let Some(m) = self.meeting_for_labels()
            && let Some(meeting) = self.doc.meetings.get_mut(m)
        {
            meeting.attendees.push(Attendee {
                name: name.to_owned(),
                organisation: org
                    .map(crate::lines::clean_organisation)
                    .filter(|o| !o.is_empty()),
                span,
            });
        }
    }

    fn label(&mut self, i: usize, key: Key, value: usize) {
        let v = self.text(i).get(value..).unwrap_or("").trim();
        let clean = |s: &str| s.trim().trim_end_matches(['.', ',', ';']).trim().to_owned();
        match key {
            Key::When => {
                let mention = self.dates.first_in(i, value).map(|(d, _, _)| d);
                let date = mention.map(|d| d.date);
                let (start, end) = self.times_after(i, value);
                match self.post {
                    Some(Post::Meeting(m)) => {
                        if let Some(meeting) = self.doc.meetings.get_mut(m) {
                            meeting.date = meeting.date.or(date.flatten());
                            meeting.start = meeting.start.or(start);
                            meeting.end = meeting.end.or(end);
                        }
                    }
                    // The paper's own date under its heading ("Datum: 2024-04-19").
                    None if self.paper_dated && start.is_none() => {
                        if self.doc.date.is_none() {
                            self.doc.date =
                                mention.filter(|d| !d.inferred_year).and_then(|d| d.date);
                        }
                    }
                    _ => {
                        let e = self.event_for_labels(i);
                        if let Some(ev) = self.doc.events.get_mut(e) {
                            ev.date = ev.date.or(date.flatten());
                            ev.start = ev.start.or(start);
                            ev.end = ev.end.or(end);
                        }
                    }
                }
            }
            Key::Where => {
                let place = clean(place_of(v));
                match self.post {
                    Some(Post::Meeting(m)) => {
                        if let Some(meeting) = self.doc.meetings.get_mut(m) {
                            meeting.place.get_or_insert(place);
                        }
                    }
                    _ => {
                        let e = self.event_for_labels(i);
                        if let Some(ev) = self.doc.events.get_mut(e) {
                            ev.place.get_or_insert(place);
                        }
                    }
                }
            }
            Key::How => {
                if let Some(Post::Event(e)) = self.post
                    && let Some(ev) = self.doc.events.get_mut(e)
                {
                    ev.how.get_or_insert(clean(v));
                }
            }
            Key::Theme => {
                let theme = clean(v);
                if let Some(m) = self.meeting_for_labels()
                    && let Some(meeting) = self.doc.meetings.get_mut(m)
                {
                    match meeting.next_meeting.as_mut() {
                        Some(n) if self.after_next_meeting && n.theme.is_none() => {
                            n.theme = Some(theme)
                        }
                        _ => {
                            meeting.theme.get_or_insert(theme);
                        }
                    }
                }
                self.after_next_meeting = false;
            }
            Key::NextMeeting => {
                let date = self.dates.first_in(i, value).and_then(|(d, _, _)| d.date);
                let (start, end) = self.times_after(i, value);
                let theme = theme_in(v).map(str::to_owned);
                let span = self.lines[i].span;
                if let Some(m) = self.meeting_for_labels()
                    && let Some(meeting) = self.doc.meetings.get_mut(m)
                {
                    meeting.next_meeting = Some(NextMeeting {
                        date,
                        theme,
                        start,
                        end,
                        span,
                    });
                }
                self.after_next_meeting = true;
            }
            Key::Present => {
                let items: Vec<&str> = if v.contains(';') {
                    v.split(';').collect()
                } else {
                    v.split(',').collect()
                };
                let mut off = value
                    + (self.text(i).get(value..).unwrap_or("").len()
                        - self.text(i).get(value..).unwrap_or("").trim_start().len());
                for item in items {
                    let lead = item.len() - item.trim_start().len();
                    let start = off + lead;
                    off += item.len() + 1;
                    // "Bengt Fröjd och Anna Ek från brukarrådet": the organisation after
                    // "från" is that of every name before it in the item; a leading "samt"
                    // or "och" joins the item to the list.
                    let trimmed = item.trim();
                    let trimmed = ["samt ", "och "]
                        .iter()
                        .find_map(|lead| trimmed.strip_prefix(lead))
                        .unwrap_or(trimmed);
                    let (names, from) = match trimmed.split_once(" från ") {
                        Some((names, org)) => {
                            let org = org.trim().trim_end_matches('.').trim();
                            (
                                names,
                                (!org.is_empty() && word_count(org) <= 6).then_some(org),
                            )
                        }
                        None => (trimmed, None),
                    };
                    for part in names.split(" och ") {
                        let p = part.trim().trim_end_matches('.');
                        let plain = || {
                            (word_count(p) >= 1
                                && word_count(p) <= 4
                                && p.split_whitespace().all(starts_upper))
                            .then_some(p)
                        };
                        let read = if from.is_some() {
                            plain().map(|name| (name, from.map(Cow::Borrowed)))
                        } else {
                            lines::parse_attendee(p).or_else(|| plain().map(|n| (n, None)))
                        };
                        if let Some((name, org)) = read {
                            let span = self.lines[i].raw_span(
                                start,
                                (start + item.trim().len()).min(self.text(i).len()),
                            );
                            self.add_attendee(name, org.as_deref(), span);
                        }
                    }
                }
            }
            Key::Schedule | Key::Other => {
                if key == Key::Other
                    && let Some(resume) = self.proposal_label(i, value)
                {
                    // A motion's line goes on after what it proposes: what was said and
                    // decided on it.
                    if let Some(at) = resume {
                        self.sentences(i, at);
                    }
                    return;
                }
                if key == Key::Other {
                    self.reply(i, value);
                }
                self.sentences(i, 0);
            }
            Key::Responsible => self.responsible(i, v),
            // A message's fields are read by its header; alone they are other labels.
            Key::Due | Key::Absent | Key::From | Key::To | Key::Subject | Key::Sent => {}
            Key::Reason => self.reason(i, v),
        }
    }

    /// A proposal a line states after its label ("Förslag 2: Socialpsykiatrin får en egen
    /// anhörigkonsulent."): the words after the label, whatever their form. In a reply or a
    /// decision letter (a title opening "Svar" or "Beslut") it is the proposal of the one the
    /// title answers. Whether the line was one (`None` if not), and for a motion where its
    /// line goes on after the proposal.
    fn proposal_label(&mut self, i: usize, value: usize) -> Option<Option<usize>> {
        let t = self.text(i);
        // "Förslag 2", "Förslag nr 2": the word, then a number (read as written: folding
        // reads a 6 as a scan's ö).
        let head = t.get(..value).unwrap_or("").trim_end_matches(':').trim();
        let numbered = head.rsplit_once(' ').is_some_and(|(word, number)| {
            let word = word.strip_suffix(" nr").unwrap_or(word);
            fold_key(word).as_str() == "forslag"
                && !number.is_empty()
                && number.bytes().all(|b| b.is_ascii_digit())
        }) || PROPOSAL_HEADS.contains(&fold_key(head).as_str());
        // A motion to a meeting, by the one who moved it ("Motion 1 från Gun-Britt Ek: Att
        // föreningen startar …"): its first sentence is what is proposed.
        let motion = lines::motion_mover(head);
        let rest = t.get(value..).unwrap_or("");
        let text = rest.trim();
        if !numbered && motion.is_none()
            || text.is_empty()
            || !starts_upper(text)
            || text.ends_with(':')
        {
            return None;
        }
        let lead = rest.len() - rest.trim_start().len();
        // A title with no stop of its own, whose line a wrapped sentence in capitals goes on
        // from ("Förslag 1: Brukarrevisioner inom boendestöd" / "Föreningen föreslår att
        // …"): the title is the proposal, and what follows describes it.
        let titled_at = (motion.is_none())
            .then(|| {
                self.lines[i]
                    .joins()
                    .find(|&at| at > value + lead)
                    .filter(|&at| {
                        t.get(at..).is_some_and(starts_upper)
                            && t.get(value + lead..at).is_some_and(|title| {
                                let title = title.trim_end();
                                !title.ends_with(['.', '!', '?', ':', ',', ';'])
                                    && word_count(title) <= TITLE_WORDS
                            })
                    })
            })
            .flatten();
        let text = if motion.is_some() {
            first_sentence(text)
        } else if let Some(at) = titled_at {
            t.get(value + lead..at).unwrap_or(text).trim_end()
        } else {
            text
        };
        if motion.is_none() && !text.ends_with(['.', '!', '?']) {
            self.titled_proposal = Some(i);
        }
        let span = self.lines[i].raw_span(value + lead, value + lead + text.len());
        let by = match motion {
            Some(mover) => mover.map(str::to_owned),
            None => self
                .title_opens(&["svar", "beslut"])
                .then(|| self.title_addressee())
                .flatten(),
        };
        let resume = (motion.is_some() && rest.trim().len() > text.len())
            .then_some(value + lead + text.len())
            .or(titled_at);
        self.doc.proposals.push(Proposal {
            text: text.to_owned(),
            section: self.topic_for_proposal(),
            by,
            span,
        });
        Some(resume)
    }

    /// A list item under a line introducing proposals ("Deltagarna i fokusgruppen föreslår:"
    /// / "- Beslutsbreven skrivs på lätt svenska."): the item, whatever its form, is a
    /// proposal, by whom the line names. Whether it was one.
    fn listed_proposal(&mut self, i: usize, body: usize) -> bool {
        let Some(list) = &self.proposal_list else {
            return false;
        };
        let line = &self.lines[i];
        let item = line.text.get(body..).unwrap_or("").trim_end();
        // A question in the list is asked, not proposed.
        if item.is_empty() || item.ends_with('?') {
            return false;
        }
        let span = line.raw_span(body, body + item.len());
        // An item in small letters finishes the line's sentence: it is read with the words
        // it goes on from, as a sentence of its own ("Kommunen öppnar en mötesplats …").
        let text = match &list.lead {
            Some(lead) if item.starts_with(char::is_lowercase) => {
                let item = item
                    .trim_end_matches([',', ';'])
                    .trim_end()
                    .trim_end_matches(" och")
                    .trim_end_matches(" samt")
                    .trim_end_matches([',', ';']);
                let end = if item.ends_with(['.', '!']) { "" } else { "." };
                let sentence = if lead.is_empty() {
                    item.to_owned()
                } else {
                    format!("{lead} {item}")
                };
                let mut chars = sentence.chars();
                let first: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .collect();
                format!("{first}{}{end}", chars.as_str())
            }
            _ => item.to_owned(),
        };
        self.doc.proposals.push(Proposal {
            text,
            section: self.topic_for_proposal(),
            by: list.by.clone(),
            span,
        });
        true
    }

    /// Whether the note's title opens with one of `words` (folded: "svar", "beslut").
    fn title_opens(&self, words: &[&str]) -> bool {
        self.doc
            .title
            .as_deref()
            .is_some_and(|title| words.contains(&first_word_folded(title).as_str()))
    }

    /// The heading of the section at hand when it opens with "Svar" ("Svar på era frågor",
    /// "Svar på frågor från Brukarföreningen Ankaret"): a reply under a letterhead.
    fn reply_heading(&self) -> Option<String> {
        let section = self.doc.sections.last()?;
        names_a_reply(&section.heading).then(|| section.heading.clone())
    }

    /// Whom a letter is addressed to on a line of its own above line `i` ("Till
    /// Brukarföreningen Ankaret"), if one is.
    fn letter_addressee(&mut self, i: usize) -> Option<String> {
        // Looked for once: a note may hold thousands of answers.
        let lines = &self.lines;
        let found = self.letter_to.get_or_insert_with(|| {
            lines.iter().enumerate().find_map(|(k, l)| {
                let t = l.text.trim();
                (t.len() > 5
                    && t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("till "))
                    && word_count(t) <= 6)
                    .then(|| addressee(t))
                    .flatten()
                    .map(|a| (k, a.to_owned()))
            })
        });
        found
            .as_ref()
            .filter(|(k, _)| *k < i)
            .map(|(_, a)| a.clone())
    }

    /// Who the note's title answers ([`addressee`]), if it names one.
    fn title_addressee(&self) -> Option<String> {
        self.doc
            .title
            .as_deref()
            .and_then(addressee)
            .map(str::to_owned)
    }

    /// An answer "Svar: Nej. …", "Svar: Delvis. …", "Svar: Ja. …" (or "Beslut: …") right
    /// under what it answers: a proposal the line above states after its label ("Förslag 2:
    /// …"), or, in a reply to a user organisation (a note titled "Svar …"), their question
    /// ("Fråga 2: Kan receptionen hålla öppet på eftermiddagarna?" / "Svar: Nej. Vi har inte
    /// personal …"), which is then their proposal. The answer is a decision on it; a "no" or
    /// a "partly" is justified by the words after it, when there are any (the reason of a
    /// decision sentence there: "Nej. Förslaget avslås eftersom …"). Whether it was one.
    fn reply(&mut self, i: usize, value: usize) -> bool {
        let t = self.text(i);
        use crate::DecisionOutcome::{Accepted, PartlyAccepted, Rejected};
        let head = fold_key(t.get(..value).unwrap_or("").trim_end_matches(':').trim());
        // A follow-up's "Status: Genomfört." / "Läge: Pågår." reports how it went.
        let status = matches!(head.as_str(), "status" | "lage");
        if !(status || matches!(head.as_str(), "svar" | "beslut")) || i == 0 {
            return false;
        }
        let answer = t.get(value..).unwrap_or("").trim();
        let (word, after) = opening_word(answer);
        let outcome = match word.as_str() {
            "nej" => Rejected,
            "ja" => Accepted,
            "delvis" => PartlyAccepted,
            _ if !status => return false,
            w => match status_outcome(w) {
                Some(o) => o,
                None => return false,
            },
        };
        let above = self.lines[i - 1].span;
        let stated = self
            .doc
            .proposals
            .iter()
            .rposition(|p| above.start <= p.span.start && p.span.end <= above.end);
        let section = self.topic_for_proposal();
        let proposal = match stated {
            Some(k) => k,
            None => {
                // A question becomes a proposal only in a reply answering it: a note titled
                // "Svar …", or a letter whose heading over the questions is ("Svar på era
                // frågor" under the office's letterhead).
                let heading = self.reply_heading();
                if !(head.as_str() == "svar" && (self.title_opens(&["svar"]) || heading.is_some()))
                {
                    return false;
                }
                let q = &self.lines[i - 1];
                // After its label ("Fråga 2:"), if it has one.
                let question_at = match q.kind {
                    Kind::Label { value, .. } => value,
                    _ => 0,
                };
                let question = q.text.get(question_at..).unwrap_or("").trim();
                if !question.ends_with('?') || !starts_upper(question) {
                    return false;
                }
                let lead = q
                    .text
                    .get(question_at..)
                    .map_or(0, |r| r.len() - r.trim_start().len());
                let question_span = q.raw_span(question_at + lead, q.text.len());
                let by = self
                    .title_addressee()
                    .or_else(|| heading.as_deref().and_then(addressee).map(str::to_owned))
                    .or_else(|| self.letter_addressee(i));
                self.doc.proposals.push(Proposal {
                    text: question.to_owned(),
                    section: section.clone(),
                    by,
                    span: question_span,
                });
                self.doc.proposals.len() - 1
            }
        };
        let rest = after.trim_start_matches(['.', ',', '!', ' ']);
        // "Nej. Förslaget avslås eftersom …": the reason that sentence gives; else the words.
        let first = first_sentence(rest);
        let reason = extract::decision(first)
            .and_then(|(_, r)| r)
            .or_else(|| extract::reason_in(first))
            .and_then(|(rs, re)| first.get(rs..re))
            .unwrap_or(rest)
            .trim_end_matches(['.', ' '])
            .trim();
        let justification = (outcome != Accepted && !reason.is_empty()).then(|| reason.to_owned());
        self.doc.decisions.push(Decision {
            text: answer.to_owned(),
            outcome,
            justification,
            proposal: Some(proposal),
            section,
            date: self.message_date(),
            span: self.lines[i].span,
        });
        true
    }

    /// "Motivering: …" right under a decision that gave no reason: its reason.
    fn reason(&mut self, i: usize, value: &str) {
        let reason = value.trim().trim_end_matches(['.', ';']).trim();
        let Some(span) = self.doc.decisions.last().map(|d| d.span) else {
            return;
        };
        let above = i
            .checked_sub(1)
            .and_then(|p| self.lines.get(p))
            .is_some_and(|l| l.span.start <= span.start && span.end <= l.span.end);
        if above && !reason.is_empty() {
            self.justify(span, reason);
        }
    }

    /// Whether line `i` titles a register's record ("Titel: Skyltar på finska …").
    fn titles_record(&self, i: usize) -> bool {
        self.lines
            .get(i)
            .and_then(label_head)
            .is_some_and(|h| matches!(h.as_str(), "titel" | "rubrik"))
    }

    /// Whether line `i` is one of a register record's fields other than its title.
    fn record_field(&self, i: usize) -> bool {
        self.lines.get(i).and_then(label_head).is_some_and(|h| {
            matches!(
                h.as_str(),
                "status"
                    | "inkom"
                    | "inkommet"
                    | "inkommen"
                    | "grupp"
                    | "kategori"
                    | "prioritet"
                    | "diarienummer"
                    | "dnr"
                    | "id"
                    | "typ"
                    | "inlamnat av"
                    | "fran grupp"
            )
        })
    }

    /// "Ansvarig: Anna Lindqvist" under an item: a promise by Anna of the item above (the
    /// last paragraph or list item of the section, else its heading), due by a date on the
    /// line ("Ansvarig: Anna. Klart till: v. 16") or on a "Klart till:" line right after.
    ///
    /// A name with a sentence after it ("Ansvarig: Jöran Sjöqvist återkommer senast den 10
    /// juni") is a promise of its own: the name's, of that sentence.
    fn responsible(&mut self, i: usize, value: &str) {
        self.promise(i, value, None);
    }

    /// An item whose last sentence names who sees to it ("2. Mälarhem installerar kodlås i
    /// trapphusen. Klart senast 2024-11-15. Ansvarig: Kjell Åberg."): a promise by that
    /// person of the item's sentences before it, as an "Ansvarig:" line under the item
    /// gives; due by the date after "Klart" in the item, if any.
    fn responsible_in_item(&mut self, i: usize, body: usize) {
        let t = self.text(i);
        let Some(item) = t.get(body..) else {
            return;
        };
        // (Most items name no one responsible: one search tells.)
        if !item.contains("nsvar") {
            return;
        }
        // The sentence that opens with the label, read as a line that opens with it would be.
        let Some((at, value)) = item.match_indices(". ").find_map(|(at, _)| {
            let rest = item.get(at + 2..)?;
            match lines::label(rest)? {
                Kind::Label {
                    key: Key::Responsible,
                    value,
                } => Some((at, rest.get(value..)?.to_owned())),
                _ => None,
            }
        }) else {
            return;
        };
        // The task is the item up to its "Klart" sentence, if any, which gives the due date.
        let klart = item.get(..at).and_then(|b| b.rfind("Klart "));
        let task = item
            .get(..klart.unwrap_or(at))
            .unwrap_or("")
            .trim()
            .to_owned();
        let due = klart.and_then(|k| {
            self.dates
                .first_in(i, body + k)
                .filter(|&(_, s, _)| s < body + at)
                .and_then(|(m, _, _)| m.date)
        });
        self.promise(i, &value, Some((task.as_str(), due)));
    }

    /// A promise from an "Ansvarig:" value `value` on line `i`: who it names, of what
    /// `item` says (with its due date) or else of the item above.
    fn promise(&mut self, i: usize, value: &str, item: Option<(&str, Option<NaiveDate>)>) {
        let first = value
            .split(['.', ',', ';', '('])
            .next()
            .unwrap_or("")
            .trim();
        let (mut who, mut sentence_follows) = leading_name(first);
        if who.is_empty() || !starts_upper(who) {
            return;
        }
        // Two people ("Märta Ekström och Ingrid Åkesson"): both are who.
        if let Some(rest) = first.get(who.len()..).map(str::trim_start)
            && let Some(second) = rest
                .strip_prefix("och ")
                .or_else(|| rest.strip_prefix("samt "))
            && let (name, follows) = leading_name(second)
            && !name.is_empty()
            && starts_upper(name)
        {
            let end = first.len() - second.len() + name.len();
            who = first.get(..end).unwrap_or(who);
            sentence_follows = follows;
        }
        // Its own sentence: from after the name (which opens `value`) to the sentence's end.
        let own = sentence_follows
            .then(|| first_sentence(value.trim_start().get(who.len()..).unwrap_or("")));
        let what = match (own, item) {
            (Some(rest), _) => rest,
            (None, Some((task, _))) => task,
            (None, None) => match self.last_item {
                Some((line, body)) => self.text(line).get(body..).unwrap_or(""),
                None => self
                    .doc
                    .sections
                    .last()
                    .filter(|s| s.level == 2)
                    .map_or("", |s| s.heading.as_str()),
            },
        };
        let what = what.trim().trim_end_matches(['.', ':', ';']).trim();
        if what.is_empty() {
            return;
        }
        let day = |line: usize| self.dates.first_in(line, 0).and_then(|(m, _, _)| m.date);
        let due_next = self
            .lines
            .get(i + 1)
            .is_some_and(|l| matches!(l.kind, Kind::Label { key: Key::Due, .. }));
        let due = match item {
            Some((_, due)) => due,
            None => day(i).or_else(|| due_next.then(|| day(i + 1)).flatten()),
        };
        let line = &self.lines[i];
        // A label line whose name opens a sentence of its own is that sentence: a line the
        // scan ran on into the next paragraph ("… antalet platser. Vem ser till …?") ends
        // with it.
        let end = own
            .and_then(|rest| {
                let rest = rest.trim_end();
                line.text.find(rest).map(|at| at + rest.len())
            })
            .map(|end| {
                let stop = line
                    .text
                    .get(end..)
                    .is_some_and(|r| r.starts_with(['.', '!']));
                end + usize::from(stop)
            })
            .filter(|&end| end > 0 && line.text.is_char_boundary(end))
            .unwrap_or(line.text.len());
        let (text, span) = if end < line.text.len() {
            (
                line.text.get(..end).unwrap_or(&line.text),
                line.raw_span(0, end),
            )
        } else {
            (&*line.text, line.span)
        };
        self.doc.actions.push(Action {
            who: who.to_owned(),
            what: what.to_owned(),
            text: text.to_string(),
            due,
            done: false,
            span,
        });
    }

    /// A list item that opens with a date, as a calendar lists events ("- 12/3 kl. 18.00:
    /// Medlemsmöte. Vi pratar om …", "- Vecka 20: Utflykt till Höga kusten"), or with a
    /// cancellation before a dated sentence ("- INSTÄLLD: Föreläsningen med Kurt-Åke Bölling
    /// den 27 mars är inställd …"): an event, titled by the words up to the sentence's end
    /// (or up to the date). Outside a meeting's notes, or under a calendar's heading; a
    /// meeting's dated items are its business.
    fn calendar_item(&mut self, i: usize, body: usize) {
        let t = self.text(i);
        let Some(item) = t.get(body..) else {
            return;
        };
        // Only a day, a week or a cancellation can open one: the rest is passed by cheaply.
        // Under a calendar's heading a day's name may come first ("Lördag 6 december",
        // "Onsdagar från 21 januari", "Julafton 24 december").
        let calendar = self.under_calendar || self.sub_calendar;
        let first = item.trim_start().as_bytes().first().copied();
        let day_first =
            first.is_some_and(|b| b.is_ascii_digit() || matches!(b, b'v' | b'V' | b'i' | b'I'));
        if !(day_first
            || calendar && (starts_upper(item.trim_start()) || day_name_len(item.trim_start()) > 0))
        {
            return;
        }
        if matches!(self.post, Some(Post::Meeting(_))) && !calendar {
            return;
        }
        let lead = item.len() - item.trim_start().len();
        let at = body + lead;
        let cancel = is_cancel_marker(item).filter(|&(s, _)| s == lead);
        // Where the date may begin: at the start, or (in a calendar) after a day's name the
        // date does not take in itself ("Onsdagar från 21 januari", "Julafton 24 december").
        let after_day = if calendar {
            at + day_name_len(item.get(lead..).unwrap_or(""))
        } else {
            at
        };
        // "Träff 3 – den 3 mars kl. 18.00–20.00": in a calendar, a short name, a dash and the
        // date (after a day's name, if any); the name is the entry's title.
        let named = calendar
            .then(|| dash_name(item.get(lead..)?))
            .flatten()
            .map(|(name, a, d)| (name, at + a, at + d));
        let date = match cancel {
            // The date the cancelled event's sentence names.
            Some(_) => self.dates.first_in(i, at),
            None => self.dates.first_in(i, at).filter(|&(_, s, _)| {
                s == at || s == after_day || named.is_some_and(|(_, a, d)| s == a || s == d)
            }),
        };
        let Some((mention, ds, de)) = date else {
            return;
        };
        let date = mention.date;
        let named_title = named
            .filter(|&(_, a, d)| ds == a || ds == d)
            .map(|(name, _, _)| name);
        let (title, start, end) = if let Some(name) = named_title {
            let time = time_at_start(t.get(de..).unwrap_or(""));
            (
                name,
                time.as_ref().map(|tr| tr.from),
                time.and_then(|tr| tr.to),
            )
        } else if let Some((_, ce)) = cancel {
            // "INSTÄLLD: Föreläsningen med X den 27 mars är inställd": the words before the date.
            let rest = item.get(ce..).unwrap_or("");
            let from =
                body + ce + (rest.len() - rest.trim_start_matches([':', ' ', '–', '-']).len());
            let title = t
                .get(from..ds)
                .unwrap_or("")
                .trim_end()
                .trim_end_matches(" den")
                .trim_end_matches([',', ' ']);
            (title, None, None)
        } else {
            let after = t.get(de..).unwrap_or("");
            // A time right after the date ("12/3 kl. 18.00: …").
            let time = time_at_start(after);
            let rest_at = time.as_ref().map_or(0, |tr| tr.end);
            let rest = after.get(rest_at..).unwrap_or("");
            let sep = rest.trim_start();
            let Some(title) = sep
                .strip_prefix(':')
                .or_else(|| sep.strip_prefix('–'))
                .or_else(|| sep.strip_prefix('-'))
            else {
                return;
            };
            let title = first_sentence(title.trim_start()).trim_end_matches(['.', ' ']);
            (
                title,
                time.as_ref().map(|tr| tr.from),
                time.and_then(|tr| tr.to),
            )
        };
        // Outside a calendar a small letter after the date is a sentence's rest; in one it is
        // an entry whose capital a scan may have read small ("Vecka 4 – välkommen och
        // introduktion"), given back.
        if title.is_empty() || !starts_upper(title) && !calendar {
            return;
        }
        let cancelled = cancel.is_some() || is_cancel_marker(title).is_some();
        let title = capitalised(title);
        let span = self.lines[i].raw_span(body, t.len());
        self.doc
            .events
            .push(new_event(title, date, (start, end), cancelled, span));
    }

    fn timed(&mut self, i: usize) {
        let t = self.text(i);
        let Some(tr) = datetime::find_times(t).into_iter().find(|r| r.start == 0) else {
            return;
        };
        let activity = t
            .get(tr.end..)
            .unwrap_or("")
            .trim_start_matches(|c: char| c.is_whitespace() || ":–-".contains(c))
            .trim()
            .to_owned();
        let span = self.lines[i].span;
        if let Some(Post::Event(e)) = self.post
            && let Some(ev) = self.doc.events.get_mut(e)
        {
            ev.schedule.push(ScheduleItem {
                time: tr.from,
                end: tr.to,
                activity,
                span,
            });
        }
    }

    /// "Träffen är inställd." under an event cancels it; "Sommarfesten den 14 juni är
    /// inställd." under another event, with a date that is not that event's, is a cancelled
    /// event of its own.
    fn cancelled_in_text(&mut self, i: usize) {
        let t = self.text(i);
        let Some((marker, _)) = is_cancel_marker(t) else {
            return;
        };
        let event = match self.post {
            Some(Post::Event(e)) => self
                .doc
                .events
                .get(e)
                .map(|ev| (e, ev.date, ev.title.to_lowercase())),
            _ => None,
        };
        // The date the sentence names before the marker, if any (`None` inside when its year
        // is unknown).
        let named = self
            .dates
            .first_in(i, 0)
            .filter(|&(_, at, _)| at < marker)
            .map(|(d, _, _)| d.date);
        let subject = crate::text::words(t).next().map(|(_, w)| Lower::new(w));
        let about_event =
            |title: &str| subject.as_ref().is_some_and(|w| title.contains(w.as_str()));
        // Another event than the one the text is under: a date that is not its date, or, where
        // dates cannot be compared, a subject its title does not contain.
        let separate = match (&event, named) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some((_, Some(current), _)), Some(Some(date))) => date != *current,
            (Some((_, _, title)), Some(_)) => !about_event(title),
        };
        if !separate {
            if let Some(ev) = event.and_then(|(e, ..)| self.doc.events.get_mut(e)) {
                ev.cancelled = true;
            }
            return;
        }
        let title = t
            .get(..marker)
            .unwrap_or("")
            .trim_end_matches(|c: char| c.is_whitespace() || ",:;–-(".contains(c));
        // The verb before the marker ("är", "har blivit") is not part of the name.
        let title = [" är", " blir", " har blivit"]
            .iter()
            .find_map(|v| title.strip_suffix(v))
            .unwrap_or(title)
            .to_owned();
        let span = self.lines[i].span;
        self.doc
            .events
            .push(new_event(title, named.flatten(), (None, None), true, span));
    }

    /// Whether line `i` is answered on the next line: a dash's answer, or "Svar: …".
    fn answered(&self, i: usize) -> bool {
        // A dash answer may have become a list item when the notes were restored ("– Ja"
        // → "- Ja"), so a list right under a question that is no list item itself answers
        // it too ("Vad har fungerat?" / "• Kvällspassen …"); a question in a list is one of
        // the list's.
        let listed = matches!(
            self.lines.get(i).map(|l| l.kind),
            Some(Kind::Bullet { .. } | Kind::Numbered { .. })
        );
        self.lines.get(i + 1).is_some_and(|l| {
            matches!(l.kind, Kind::Answer { .. })
                || !listed && matches!(l.kind, Kind::Bullet { .. })
                || opens_answer(&l.text)
        })
    }

    fn sentences(&mut self, i: usize, body: usize) {
        // A titled proposal is described on its own line or the next one only.
        if self.titled_proposal.is_some_and(|l| i > l + 1) {
            self.titled_proposal = None;
        }
        let line = &self.lines[i];
        let text: &str = line.text.get(body..).unwrap_or("");
        let answered = self.answered(i);
        let mut buf = std::mem::take(&mut self.sentence_buf);
        sentences(text, &mut buf);
        for (k, &(s, e)) in buf.iter().enumerate() {
            let Some(sentence) = text.get(s..e) else {
                continue;
            };
            let span = line.raw_span(body + s, body + e);
            self.next_meeting_in(i, body + s, body + e, sentence, span);
            let decision = extract::decision(sentence);
            // A line whose answer ("Beslut: Nej. Förslaget avslås …") recorded its decision,
            // as a whole line, records no other from its sentences.
            let decided_here = self
                .doc
                .decisions
                .last()
                .is_some_and(|d| d.span == line.span);
            // Under "Förslag till beslut", "Arbetsutskottets förslag" the decision is drafted,
            // not made (asked only of a sentence that decides).
            let drafted = || {
                self.doc
                    .sections
                    .last()
                    .is_some_and(|sec| drafts_decision(&sec.heading))
            };
            if let Some(said) = decision.filter(|_| !decided_here && !drafted()) {
                let section = self.topic_for_proposal();
                let proposal = self
                    .doc
                    .proposals
                    .iter()
                    .rposition(|p| p.section == section);
                let next = buf.get(k + 1).and_then(|&(ns, ne)| text.get(ns..ne));
                self.sentence_decision(sentence, said, next, proposal, span);
            }
            // A reply's first refusal in prose decides on what the message it answers
            // proposed (on which, when that proposed one thing only).
            let refusal = match (decision, self.answering) {
                (None, Some((first, end))) => extract::refusal(sentence).map(|r| (r, first, end)),
                _ => None,
            };
            if let Some((said, first, end)) = refusal {
                let next = buf.get(k + 1).and_then(|&(ns, ne)| text.get(ns..ne));
                let proposal = (end - first == 1).then_some(first);
                self.sentence_decision(sentence, said, next, proposal, span);
                self.answering = None;
            }
            // A decision on a proposal proposes nothing itself.
            // A sentence cut before what it introduces ("Rådet föreslår att" / "- …")
            // proposes nothing itself.
            let unfinished = sentence.ends_with(" att");
            // In a board's item, the administration's alternative to the matter's proposal
            // ("Förvaltningen föreslår i stället att …") is part of what is decided, not a
            // proposal of its own.
            let alternative = self.board_item.is_some() && sentence.contains(" i stället ");
            if decision.is_none()
                && refusal.is_none()
                && !unfinished
                && !alternative
                && (!answer_line(line) || sentence.to_lowercase().contains("föreslå"))
                && extract::is_proposal(sentence)
                // The description of a titled proposal proposes it again.
                && self.titled_proposal.take().is_none()
            {
                // In an interview ("Fem frågor till Samira Haddad, …") an answer's proposal
                // is the interviewee's (the answers' dashes may have become bullets when
                // the notes were restored).
                let by = extract::proposer(sentence)
                    .map(str::to_owned)
                    .or_else(|| {
                        matches!(line.kind, Kind::Answer { .. } | Kind::Bullet { .. })
                            .then(|| self.doc.title.as_deref().and_then(interviewee))
                            .flatten()
                            .map(str::to_owned)
                    })
                    // A message's proposal is its sender's.
                    .or_else(|| {
                        let m = self.doc.messages.get(self.message?)?;
                        m.from.clone()
                    });
                self.doc.proposals.push(Proposal {
                    text: sentence.to_owned(),
                    section: self.topic_for_proposal(),
                    by,
                    span,
                });
            }
            // Rules of procedure, statutes and guidelines say what is to be done, always: their
            // "ska" is a duty, not a promise made at a meeting.
            if let Some((who, what)) =
                extract::action(sentence).filter(|_| !self.title_opens(NORMATIVE_KINDS))
            {
                let due = self.due_in(i, body + s, body + e);
                let done = lines::ticked(&line.text, body);
                self.doc.actions.push(Action {
                    who: who.to_owned(),
                    what: what.to_owned(),
                    text: sentence.to_owned(),
                    due,
                    done,
                    span,
                });
            }
            // "… Västerås? Svar: Omar kollar budgeten." answers the question on its line.
            let answered = answered
                || buf
                    .get(k + 1)
                    .and_then(|&(s2, e2)| text.get(s2..e2))
                    .is_some_and(opens_answer);
            if !answered
                && let Some((qs, qe)) = extract::question(sentence)
                && let Some(q) = sentence.get(qs..qe)
            {
                self.doc.questions.push(q.to_owned());
                self.doc
                    .question_spans
                    .push(line.raw_span(body + s + qs, body + s + qe));
            }
        }
        self.sentence_buf = buf;
    }

    /// The next meeting told in a sentence ("Nästa möte hålls tisdag 8 april kl. 13.00 i
    /// samma lokal."), or in the first dated sentence under a "Nästa möte" heading ("§ 5
    /// Nästa möte" / "Tisdag 8 april kl. 13 i samma lokal."), when no "Nästa möte:" line
    /// told it already. `start..end` is the sentence in line `i`.
    fn next_meeting_in(&mut self, i: usize, start: usize, end: usize, sentence: &str, span: Span) {
        // Most sentences fail at their first byte.
        let opens = matches!(sentence.as_bytes().first(), Some(b'N' | b'n')) && {
            let mut words = sentence.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some(a), Some(b), Some(_)) => {
                    fold_key(a).as_str() == "nasta"
                        && matches!(fold_key(b).as_str(), "mote" | "motet" | "traff")
                }
                _ => false,
            }
        };
        if !(opens || self.under_next_meeting) {
            return;
        }
        let Some(date) = self.dates.within(i, start, end).and_then(|m| m.date) else {
            return;
        };
        if self
            .doc
            .meetings
            .last()
            .is_some_and(|m| m.next_meeting.is_some())
        {
            return;
        }
        let (from, to) = self.times_after(i, start);
        if let Some(m) = self.meeting_for_labels()
            && let Some(meeting) = self.doc.meetings.get_mut(m)
            && meeting.next_meeting.is_none()
        {
            meeting.next_meeting = Some(NextMeeting {
                date: Some(date),
                theme: theme_in(sentence).map(str::to_owned),
                start: from,
                end: to,
                span,
            });
        }
    }

    /// A table's row: a header names the columns, a separator is skipped, and a row under a
    /// header with a "what" and a "who" column is a promise (due by its "when" column's date,
    /// done by its status). Every row but a separator is kept as a paragraph.
    fn row(&mut self, i: usize) {
        let line = &self.lines[i];
        let text: &'l str = self.text(i);
        let cells = table::cells(text);
        if table::is_separator(&cells) {
            return;
        }
        self.paragraph(i);
        if let Some(columns) = table::header(&cells) {
            self.table = Some(columns);
            self.header_line = Some(i);
            return;
        }
        let Some(columns) = self.table.clone() else {
            return;
        };
        // A row with fewer cells than its header, and right under it a line of no row: a
        // scan's page wrapped the row ("| Boka lokal … | Kalle |" / "v. 37 ||"); that line
        // holds the row's last cells.
        let rest = (cells.len() < columns.len()).then_some(i + 1).filter(|&n| {
            self.roles.get(n).is_some_and(|r| *r != Role::Row)
                && self
                    .lines
                    .get(n)
                    .is_some_and(|next| lines::breaks_between(self.raw, line, next) == 1)
        });
        // A tab row whose cells, empty ones kept, are as many as its header's columns: each
        // in its column ("Boka\tKalle\t\tvecka 37" under "Vad\tVem\tStatus\tNär").
        let cells = match table::is_tab_row(text).then(|| table::tab_cells(text)) {
            Some(exact) if exact.len() == columns.len() => exact,
            _ => cells,
        };
        // Each cell: (line, where it starts in that line, its text).
        let mut all: Vec<(usize, usize, &str)> = cells.iter().map(|&(at, c)| (i, at, c)).collect();
        if let Some(n) = rest {
            let more = table::cells(self.text(n));
            all.extend(
                more.into_iter()
                    .filter(|c| !c.1.is_empty())
                    .map(|(at, c)| (n, at, c)),
            );
        }
        let cell = |want: Column| {
            let k = columns.iter().position(|&c| c == want)?;
            all.get(k).copied().filter(|(_, _, c)| !c.is_empty())
        };
        self.row_rest = rest;
        if let Some((l, at, proposed)) = cell(Column::Proposal) {
            self.table_proposal(
                (l, at, proposed),
                cell(Column::By).map(|c| c.2),
                cell(Column::Status),
                cell(Column::Reason).map(|c| c.2),
            );
        }
        // A list of proposals with who sees to each: the proposal is what they do.
        let what = cell(Column::What).or_else(|| cell(Column::Proposal));
        let (Some((_, _, what)), Some((_, _, who))) = (what, cell(Column::Who)) else {
            return;
        };
        let due = cell(Column::When).and_then(|(l, at, c)| self.due_in(l, at, at + c.len()));
        let done = cell(Column::Status).is_some_and(|(_, _, c)| table::says_done(c));
        let (text, span) = match rest.and_then(|n| self.lines.get(n)) {
            Some(next) => (
                format!("{} {}", text, next.text),
                Span::new(line.span.start, next.span.end),
            ),
            None => (text.to_owned(), line.span),
        };
        let action = Action {
            who: who.to_owned(),
            what: what.to_owned(),
            text,
            due,
            done,
            span,
        };
        self.doc.actions.push(action);
    }

    /// A row of a list of proposals: the proposal in its cell (line, where the cell starts,
    /// its text), by whom the "Från" cell names, and how it fared when its status cell tells
    /// ("Avslaget: personal saknas", "Genomfört"): the reason the "Motivering" cell gives,
    /// else the status cell's words after its first.
    fn table_proposal(
        &mut self,
        (l, at, proposed): (usize, usize, &str),
        by: Option<&str>,
        status: Option<(usize, usize, &str)>,
        reason: Option<&str>,
    ) {
        let span = self.lines[l].raw_span(at, at + proposed.len());
        let section = self.topic_for_proposal();
        self.doc.proposals.push(Proposal {
            text: proposed.to_owned(),
            section: section.clone(),
            by: by.map(str::to_owned),
            span,
        });
        let proposal = self.doc.proposals.len() - 1;
        let Some((sl, sat, said)) = status else {
            return;
        };
        let (word, after) = opening_word(said);
        let Some(mut outcome) = status_outcome(word.as_str()) else {
            return;
        };
        let mut rest = after
            .trim_start_matches([':', '.', ',', '–', '-', ' '])
            .trim_end_matches(['.', ' ']);
        // "Bifalls delvis", "Avslås delvis": in part; what follows is why.
        if let Some(part) = rest.strip_prefix("delvis")
            && !part.starts_with(char::is_alphanumeric)
            && matches!(
                outcome,
                crate::DecisionOutcome::Accepted | crate::DecisionOutcome::Rejected
            )
        {
            outcome = crate::DecisionOutcome::PartlyAccepted;
            rest = part.trim_start_matches([':', '.', ',', '–', '-', ' ']);
        }
        // The reason column's, else the cell's own reason clause ("Avslås eftersom pengarna
        // saknas": the clause after "eftersom", as in a sentence), else what follows the
        // outcome ("Avslag – ingen budget").
        let clause = extract::reason_in(said).and_then(|(a, b)| said.get(a..b));
        let justification = reason
            .map(|r| r.trim_end_matches(['.', ' ']))
            .filter(|r| !r.is_empty())
            .or(clause)
            .or((!rest.is_empty()).then_some(rest))
            .map(str::to_owned);
        self.doc.decisions.push(Decision {
            text: said.to_owned(),
            outcome,
            justification,
            proposal: Some(proposal),
            section,
            date: None,
            span: self.lines[sl].raw_span(sat, sat + said.len()),
        });
    }

    /// The day of the first date in `start..end` of line `i` (a promise's "senast 30 april"),
    /// when its year is known.
    fn due_in(&self, i: usize, start: usize, end: usize) -> Option<NaiveDate> {
        self.dates.within(i, start, end).and_then(|m| m.date)
    }

    fn topic_for_proposal(&self) -> Option<String> {
        if self.topic.is_some() {
            return self.topic.clone();
        }
        self.doc
            .sections
            .last()
            .filter(|s| s.level == 3)
            .map(|s| s.heading.clone())
    }
}

/// What notes may say they are from that names no group (folded): "Anteckningar från
/// digitalt möte".
const GENERIC_MEETINGS: &[&str] = &[
    "mote",
    "motet",
    "digitalt mote",
    "digitala motet",
    "fysiskt mote",
    "traff",
    "traffen",
    "arbetsmote",
    "teamsmote",
    "mote via teams",
    "digital traff",
];

/// Kinds of official paper a title may name alone, over a letterhead and the matter it is
/// about (folded).
const OFFICIAL_KINDS: &[&str] = &[
    "tjansteskrivelse",
    "remissvar",
    "remissyttrande",
    "yttrande",
    "skrivelse",
    "beslutsunderlag",
];
/// Lines under such a title within which the matter stands.
const OFFICIAL_SUBJECT_WITHIN: usize = 20;
/// Labels naming the matter of an official paper (folded).
const SUBJECT_LABELS: &[&str] = &["remiss", "arende", "angaende", "avser", "rubrik", "amne"];

/// Whether `line` is labelled as an answer ("Svar: …", "Enhetens svar: …", "Förvaltningens
/// svar: …"): what it says answers a proposal, and proposes only what it says it proposes
/// ("Vi föreslår att frågan tas upp i brukarrådet"), not a need it grants ("reglerna behöver
/// bli tydligare").
fn answer_line(line: &Line<'_>) -> bool {
    label_head(line).is_some_and(|head| head.as_str().ends_with("svar"))
}

/// `title`, a kind's word, with a capital and then small letters ("REMISSVAR" → "Remissvar").
fn kind_word(title: &str) -> String {
    let mut chars = title.trim().chars();
    chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}

/// Labels of an authority's letterhead that stand for its sender (folded): who handles the
/// matter and under which file number.
const REGISTRY_LABELS: &[&str] = &[
    "handlaggare",
    "diarienummer",
    "dnr",
    "ert diarienummer",
    "var beteckning",
    "er beteckning",
];

/// Kinds of document a title may name alone, over the line that says what it is about
/// (folded, without a year).
/// Headings that name only the kind of paper a meeting's is, folded: the meeting's group is
/// the note's title.
const PAPER_KINDS: &[&str] = &[
    "kallelse",
    "kallelse och dagordning",
    "kallelse och agenda",
    "dagordning",
    "agenda",
];

/// How many lines under a meeting's heading a line naming the meeting and its date is
/// looked for in.
const MEETING_LINE_AMONG: usize = 3;

/// Bytes from a line's start within which the date of a line naming a meeting must begin
/// ("Styrelsemöte torsdagen den 12 februari 2026").
const MEETING_LINE_DATE_WITHIN: usize = 40;

const GENRES: &[&str] = &[
    "program",
    "minnesanteckningar",
    "motesanteckningar",
    "anteckningar",
    "protokoll",
    "verksamhetsplan",
    "verksamhetsberattelse",
    "nyhetsbrev",
];

/// Bytes from a line's start within which the day of a "Nästa möte:" heading's line must
/// begin ("Onsdag den 6 maj 2026 …").
const NEXT_MEETING_DAY_WITHIN: usize = 16;

/// Labels and headings that name proposals, folded: "Förslag: Socialtjänsten inför …" states
/// one; "Våra förslag:" over a list makes each item one.
const PROPOSAL_HEADS: &[&str] = &[
    "forslag",
    "vart forslag",
    "vara forslag",
    "forbattringsforslag",
    "forslag pa forbattringar",
    "forslag till forbattringar",
    "onskemal",
    "vara onskemal",
];

/// The words after the last "att" of a line that introduces proposals ("Jag föreslår därför
/// att kommunen" → "kommunen"), when there are one to four of them; none (`""`) when the line
/// ends with "att".
fn lead_after_att(t: &str) -> Option<&str> {
    // "Rådet föreslår att" / "- söndagsöppet prövas …": the item is the whole clause.
    if t.ends_with(" att") {
        return Some("");
    }
    let at = t.rfind(" att ")?;
    let lead = t.get(at + " att ".len()..)?.trim();
    (1..=4).contains(&lead.split(' ').count()).then_some(lead)
}

/// The last sentence of `t` (after its last full stop, question or exclamation mark and a
/// space), or `t` itself.
fn last_sentence(t: &str) -> &str {
    t.rmatch_indices(['.', '?', '!'])
        .find(|&(k, _)| t.get(k + 1..).is_some_and(|r| r.starts_with(' ')) && k + 2 < t.len())
        .map_or(t, |(k, _)| t.get(k + 2..).unwrap_or(t))
}

/// Whether line `t` introduces a list of proposals: it ends with a colon and names
/// proposals ("Våra förslag:", "Önskemål:") or says someone proposes or wishes ("Deltagarna
/// i fokusgruppen föreslår:", "Vi önskar också:", "Gruppen kom fram till följande förslag:"),
/// not proposals decided on or carried out already ("Exempel på genomförda förslag:").
fn introduces_proposals(t: &str) -> bool {
    // "Rådet föreslår att" before a list of what: as a colon.
    let Some(head) = t
        .strip_suffix(':')
        .or_else(|| t.strip_suffix(" att").filter(|h| !h.ends_with(':')))
    else {
        return false;
    };
    if head.len() > 120 || head.contains(['.', '?', '!']) {
        return false;
    }
    if PROPOSAL_HEADS.contains(&fold_key(head).as_str()) {
        return true;
    }
    let words: Vec<String> = head.split(' ').map(str::to_lowercase).collect();
    // A nominating committee proposes people for election, not changes.
    if words.first().is_some_and(|w| w.starts_with("valberedning")) {
        return false;
    }
    let settled = words.iter().any(|w| {
        [
            "genomför",
            "avsla",
            "avslå",
            "avslo",
            "bevilja",
            "beslutad",
            "antag",
            "tidigare",
            "exempel",
        ]
        .iter()
        .any(|s| w.starts_with(s))
    });
    !settled
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "föreslår"
                    | "föreslog"
                    | "föreslås"
                    | "önskar"
                    | "önskade"
                    | "förslag"
                    | "förslagen"
            )
        })
}

/// The length of the reply or forward marks opening a message's subject ("Sv: ", "SV: Re:
/// ", "VB: ", "Fwd: "), 0 when it has none.
fn reply_mark_len(subject: &str) -> usize {
    const MARKS: &[&str] = &["sv", "re", "vb", "fw", "fwd", "vs", "aw"];
    let mut at = 0;
    loop {
        let rest = subject.get(at..).unwrap_or("");
        let Some((mark, _)) = rest.split_once(':') else {
            return at;
        };
        if !MARKS.contains(&mark.trim().to_ascii_lowercase().as_str()) {
            return at;
        }
        let after = rest.get(mark.len() + 1..).unwrap_or("");
        at += mark.len() + 1 + (after.len() - after.trim_start().len());
    }
}

/// The sender of a message as its "Från:" gives it: the name before an address in angle or
/// square brackets ("Gunnel Öberg <gunnel.oberg@exempel.se>", "Eva Ek [mailto:…]"), or what
/// is written.
fn sender(from: &str) -> &str {
    match from.split_once(['<', '[']) {
        Some((name, _)) if !name.trim().is_empty() => name.trim().trim_matches('"').trim(),
        _ => from.trim(),
    }
}

/// The word `text` opens with, folded ("Nej", "Genomfört" → "genomfort"), and what follows
/// it: an answer's or a status cell's verdict and its words after.
fn opening_word(text: &str) -> (Folded, &str) {
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let (word, after) = text.split_at(end);
    (fold_key(word), after)
}

/// How a follow-up's status word (folded) says a proposal fared: "Genomfört", "Pågår",
/// "Avslaget", "Beviljat", "Vilande", "Utreds".
fn status_outcome(word: &str) -> Option<crate::DecisionOutcome> {
    use crate::DecisionOutcome::{Accepted, Implemented, InProgress, Parked, Referred, Rejected};
    Some(match word {
        // ("Genomfart", a scan's reading of "Genomfört" that is a word of its own, a
        // thoroughfare, and so stays as read: in a status cell it means nothing else.)
        "genomfort" | "genomford" | "genomfart" | "klart" | "klar" | "infort" | "inford"
        | "avslutat" => Implemented,
        "pagar" | "pagaende" | "paborjat" | "paborjad" | "startat" | "igang" => InProgress,
        // (A decision's cell also says it as the minutes do: "Avslås", "Bifalls", "Beviljas".)
        "avslaget" | "avslagen" | "avslag" | "avslogs" | "avslas" => Rejected,
        "beslutat" | "beslutad" | "bifallet" | "bifallen" | "bifalls" | "beviljat" | "beviljad"
        | "beviljas" | "godkant" | "godkand" | "godkanns" => Accepted,
        "vilande" | "bordlagt" | "bordlagd" | "bordlaggs" | "pausat" | "pausad" => Parked,
        "utreds" | "bereds" | "remitterat" | "remitterad" | "remitteras" => Referred,
        _ => return None,
    })
}

/// A next meeting whose year the note does not write is the first such day after the
/// meeting: "Nästa möte: 16 januari" in notes of 21 november 2024 is in 2025, however the
/// year of the note's other dates (or a weekday written with it) would place it. The date's
/// mention in `dates` is moved with it.
fn next_meetings_ahead(doc: &mut Document) {
    for meeting in &mut doc.meetings {
        let (Some(held), Some(next)) = (meeting.date, meeting.next_meeting.as_mut()) else {
            continue;
        };
        let Some(day) = next.date else {
            continue;
        };
        // The mentions are in text order: those on the "Nästa möte" line are found by
        // halving (a note may hold thousands of dates and meetings).
        let from = doc
            .dates
            .partition_point(|d| d.span.start < next.span.start);
        let Some(mention) = doc
            .dates
            .get_mut(from..)
            .unwrap_or_default()
            .iter_mut()
            .take_while(|d| d.span.end <= next.span.end)
            .find(|d| d.date == Some(day) && d.inferred_year && d.week.is_none())
        else {
            continue;
        };
        if day > held && day <= held + chrono::Days::new(366) {
            continue;
        }
        let ahead = [held.year(), held.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, day.month(), day.day()))
            .find(|d| *d > held);
        if let Some(ahead) = ahead {
            next.date = Some(ahead);
            mention.date = Some(ahead);
        }
    }
}

/// Words that open the heading of an event's programme ("Schema för öppningsdagen",
/// "Program", "Dagens program"), folded.
const PROGRAMME_HEADS: &[&str] = &["schema", "program", "programmet", "dagens", "tider"];

/// Events as a reader of the note knows them: a programme under its own heading ("Schema för
/// öppningsdagen"), with no day, time or place of its own, is the programme of the dated
/// event right before it when that has none; entries under a line of no day, time or place
/// right after a programme go on that programme; and a heading that only welcomes ("VÄLKOMMEN
/// TILL GLÄNTAN", "Välkomna att träffa oss") with no day, time, place, practicalities or
/// programme under it is no event: nothing about it could go into a calendar.
fn tidy_events(events: &mut Vec<Event>) {
    let bare = |e: &Event| {
        e.date.is_none()
            && e.start.is_none()
            && e.end.is_none()
            && e.place.is_none()
            && e.how.is_none()
            && !e.cancelled
    };
    // One pass, each event kept or given to the one kept before it.
    let mut kept: Vec<Event> = Vec::with_capacity(events.len());
    for mut event in events.drain(..) {
        let programme = bare(&event)
            && !event.schedule.is_empty()
            && PROGRAMME_HEADS.contains(&first_word_folded(&event.title).as_str());
        // A line of no day, time nor place between two entries of a programme (who speaks
        // under "09:00 Välkommen", parted from it by a blank line as a scan leaves it) heads
        // nothing: the entries under it go on the programme before.
        let inside_programme = bare(&event) && !event.schedule.is_empty();
        match kept.last_mut() {
            Some(before) if programme && before.date.is_some() && before.schedule.is_empty() => {
                before.schedule = std::mem::take(&mut event.schedule);
            }
            Some(before) if inside_programme && !before.schedule.is_empty() && !programme => {
                before.schedule.append(&mut event.schedule);
            }
            _ => kept.push(event),
        }
    }
    kept.retain(|e| !(bare(e) && e.schedule.is_empty()));
    *events = kept;
}

/// An event of a note as read from one line: no place, practicalities or schedule yet (the
/// labels under it give those).
fn new_event(
    title: String,
    date: Option<NaiveDate>,
    (start, end): (Option<Time>, Option<Time>),
    cancelled: bool,
    span: Span,
) -> Event {
    Event {
        title,
        date,
        start,
        end,
        place: None,
        how: None,
        cancelled,
        schedule: Vec::new(),
        span,
    }
}

/// A short name, a dash and what follows ("Träff 3 – den 3 mars …", "Avslutning - 2026-10-06"):
/// the name and where a date after it may start in `text`, right after the dash ("den 17
/// februari" is one mention) or after a day's name there.
fn dash_name(text: &str) -> Option<(&str, usize, usize)> {
    let (name, rest, dash) = [" – ", " - "]
        .iter()
        .find_map(|&dash| text.split_once(dash).map(|(n, r)| (n, r, dash.len())))?;
    if name.chars().count() > 30 || !starts_upper(name) || name.contains(':') {
        return None;
    }
    let after = name.len() + dash;
    Some((name.trim(), after, after + day_name_len(rest)))
}

/// The time opening `text` after white space only ("kl. 18.00–20.00: …"), if one does.
fn time_at_start(text: &str) -> Option<TimeRange> {
    datetime::find_times(text)
        .into_iter()
        .next()
        .filter(|tr| text.get(..tr.start).is_some_and(|g| g.trim().is_empty()))
}

/// Whether a sub-heading names a series of dated meetings ("Träffar:", "Kursdagar:",
/// "Tillfällen:", "Datum:", "Våra träffar våren 2026:").
fn names_series(heading: &str) -> bool {
    let h = fold_key(heading);
    h.as_str() == "datum"
        || [
            "traffar",
            "tillfallen",
            "kursdagar",
            "traffdagar",
            "motesdatum",
            "traffdatum",
            "motestider",
            "traffarna",
        ]
        .iter()
        .any(|k| h.as_str().contains(k))
        || names_calendar(heading)
}

/// Whether `heading` names a calendar ("Kalendarium", "Kommande aktiviteter", "På gång").
fn names_calendar(heading: &str) -> bool {
    let h = fold_key(heading);
    [
        "kalendari",
        "kalender",
        "kommande",
        "aktiviteter",
        "pa gang",
        "program",
        "veckoplan",
        "terminsplan",
    ]
    .iter()
    .any(|k| h.as_str().contains(k))
}

/// The reason after a reason's label that opens `sentence` ("Motivering: Två platser ryms
/// i budgeten." → "Två platser ryms i budgeten"), if it opens with one.
fn reason_label(sentence: &str) -> Option<&str> {
    let (head, rest) = sentence.split_once(':')?;
    let key = fold_key(head.trim());
    if !matches!(key.as_str(), "motivering" | "motivet" | "skal" | "skalet") {
        return None;
    }
    let reason = rest.trim().trim_end_matches(['.', ';', ' ']);
    (!reason.is_empty()).then_some(reason)
}

/// Bytes of a day's name and the words after it that open `item` before its date
/// ("Lördag ", "Onsdagar från ", "Julafton "): one capitalised word of letters, then "den" or
/// "från" if there; 0 when `item` opens otherwise.
fn day_name_len(item: &str) -> usize {
    let word_end = item
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(item.len());
    let Some(word) = item.get(..word_end) else {
        return 0;
    };
    // A weekday's name is one in small letters too ("tisdag 3/2", "onsdagar från …"); the
    // date may also open with "den".
    let weekday = [
        word,
        word.strip_suffix("ar").unwrap_or(""),
        word.strip_suffix("arna").unwrap_or(""),
    ]
    .into_iter()
    .any(|w| datetime::weekday_named(w).is_some());
    if word == "den" && item[word_end..].starts_with(' ') {
        return word_end + 1;
    }
    if word.is_empty() || !(starts_upper(word) || weekday) || !item[word_end..].starts_with(' ') {
        return 0;
    }
    let mut len = word_end + 1;
    for filler in ["den ", "från "] {
        if item.get(len..).is_some_and(|r| r.starts_with(filler)) {
            len += filler.len();
        }
    }
    len
}

/// Whether `t` opens with the label of an answer ("Svar: …").
fn opens_answer(t: &str) -> bool {
    let t = t.trim_start();
    t.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("svar:"))
}

/// "7 oktober 2019, Tema: Boende" → "Boende"; the theme is the first sentence after the
/// label ("Tema: Vårens kurskatalog. Kl. 13.00–15.30 i …" → "Vårens kurskatalog").
fn theme_in(v: &str) -> Option<&str> {
    let lower = v.to_lowercase();
    let p = if lower.len() != v.len() {
        // Offsets would not carry over; fall back to an exact-case search.
        v.find("Tema:").or_else(|| v.find("tema:"))?
    } else {
        lower.find("tema:")?
    };
    let theme = first_sentence(v.get(p + 5..)?.trim());
    Some(theme.trim().trim_end_matches('.')).filter(|t| !t.is_empty())
}

/// The place a "Var:" or "Plats:" field names: its first sentence, without a mark a scan left
/// before it ("-Förvaltningshuset, …"). A full stop after a word or a number ends the place
/// whatever follows, as a scan may lose the next sentence's capital ("… i Västervik.
/// ingången ligger mot torget"); an abbreviation's stop ("St. Eriks") comes after fewer
/// letters.
fn place_of(text: &str) -> &str {
    let text = first_sentence(text).trim_start_matches(['-', '–', '_', '~', '’', '‘', '|', ' ']);
    for (k, _) in text.match_indices(". ") {
        let before = text.get(..k).unwrap_or("");
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let next_small = text
            .get(k + 2..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase);
        let ends = word.chars().count() >= 4
            || !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        if ends && next_small {
            return before;
        }
    }
    text
}

/// The first sentence of a label's value: "Konferenslokalen Ådalen, Nybrogatan 14,
/// Härnösand. Entrén ligger på gårdssidan" is the place, then how to find it. A full stop
/// ends the sentence after a word of four letters or more, or after a number, when a capital
/// follows; not after an abbreviation ("St. Larsgatan 5").
fn first_sentence(text: &str) -> &str {
    for (k, _) in text.match_indices(". ") {
        let before = text.get(..k).unwrap_or("");
        // A quotation or a bracket may close before the stop ("”Vem var min farmor?”. Vi …").
        let word = before
            .trim_end_matches(['”', '"', '’', '»', ')', '?', '!'])
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let ends = word.chars().count() >= 4
            || !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        if ends && text.get(k + 2..).is_some_and(starts_upper) {
            return before;
        }
    }
    text
}

/// Who a reply's title answers: the words after "från" (else "till") up to the subject
/// ("Svar på skrivelse från Föreningen Strandängen: …" → "Föreningen Strandängen", "Svar till
/// Föreningen Tak över huvudet om förslagen …" → "Föreningen Tak över huvudet").
fn addressee(title: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = spaced_words(title).collect();
    let folded = |w: &str| fold_key(w);
    // The first "från", else "till", that a capitalised word follows.
    let named_after = |key: &str| {
        words.iter().enumerate().position(|(k, (_, w))| {
            folded(w).as_str() == key && words.get(k + 1).is_some_and(|(_, n)| starts_upper(n))
        })
    };
    let after = named_after("fran").or_else(|| named_after("till"))?;
    let (start, _) = *words.get(after + 1)?;
    let mut end = start;
    for &(at, w) in words.iter().skip(after + 1).take(6) {
        let bare = w.trim_end_matches([':', ',', ';', '.']);
        if matches!(
            folded(bare).as_str(),
            "om" | "pa" | "angaende" | "med" | "den" | "i" | "av" | "och" | "-" | "–"
        ) && at > start
        {
            break;
        }
        end = at + bare.len();
        if bare.len() != w.len() {
            break;
        }
    }
    title
        .get(start..end)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The words of `text` split at single spaces, each with where it starts.
fn spaced_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ').scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    })
}

/// The leading name of `text` (up to four capitalised words, "Ann-Sofie", "Jöran
/// Sjöqvist"), and whether words in small letters follow it (a sentence of the name's).
fn leading_name(text: &str) -> (&str, bool) {
    let mut end = 0;
    let mut words = 0;
    for (at, w) in spaced_words(text) {
        if w.is_empty() {
            continue;
        }
        if starts_upper(w) && words < 4 {
            words += 1;
            end = at + w.len();
            continue;
        }
        let small = w.chars().next().is_some_and(char::is_lowercase);
        return (text.get(..end).unwrap_or("").trim(), small);
    }
    (text.trim(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafted_decisions_are_told_from_made_ones() {
        for h in [
            "Förslag till beslut",
            "Förslag till beslut:",
            "Beslutsförslag",
            "Arbetsutskottets förslag",
            "Förvaltningens förslag till beslut",
            "Socialkontorets förslag",
        ] {
            assert!(drafts_decision(h), "{h}");
        }
        for h in [
            "Beslut",
            "Socialnämndens beslut",
            "Brukarrådets förslag",
            "Förslag från RSMH om fler platser",
            "Förslag",
        ] {
            assert!(!drafts_decision(h), "{h}");
        }
    }

    #[test]
    fn a_programme_joins_the_dated_event_above_and_bare_welcomes_go() {
        let at = |h| ScheduleItem {
            time: Time::new(h, 0).unwrap_or_else(|| unreachable!()),
            end: None,
            activity: "Fika".to_owned(),
            span: Span::new(0, 0),
        };
        let event = |title: &str, date: Option<NaiveDate>, schedule: Vec<ScheduleItem>| Event {
            schedule,
            ..new_event(title.to_owned(), date, (None, None), false, Span::new(0, 0))
        };
        let day = NaiveDate::from_ymd_opt(2025, 3, 4);
        let mut events = vec![
            event("Välkommen till oss", None, vec![]),
            event("Öppet hus", day, vec![]),
            event("Schema för dagen", None, vec![at(10), at(11)]),
            // Under an event with a programme of its own, or one with no day, a programme
            // stays an event of its own.
            event("Sommarfest", day, vec![at(12)]),
            event("Program", None, vec![at(13)]),
            event("Vårfest", None, vec![]),
            event("Schema", None, vec![at(14)]),
        ];
        tidy_events(&mut events);
        let seen: Vec<(&str, usize)> = events
            .iter()
            .map(|e| (e.title.as_str(), e.schedule.len()))
            .collect();
        assert_eq!(
            seen,
            [
                ("Öppet hus", 2),
                ("Sommarfest", 1),
                ("Program", 1),
                ("Schema", 1)
            ]
        );
    }

    #[test]
    fn an_interview_title_names_its_interviewee() {
        assert_eq!(
            interviewee("Fem frågor till Samira Haddad, kamratstödjare på Föreningen Hopp"),
            Some("Samira Haddad")
        );
        assert_eq!(
            interviewee("Intervju med Per Åke Bäckström om boendestödet"),
            Some("Per Åke Bäckström")
        );
        assert_eq!(interviewee("Fem frågor till en brukarrepresentant"), None);
        assert_eq!(interviewee("İİİ frågor till Ada"), Some("Ada"));
        assert_eq!(interviewee("Minnesanteckningar 3 mars"), None);
    }

    #[test]
    fn lines_that_introduce_proposals() {
        for t in [
            "Våra förslag:",
            "Önskemål:",
            "Deltagarna i fokusgruppen föreslår:",
            "Vi önskar också:",
            "Gruppen kom fram till följande förslag:",
        ] {
            assert!(introduces_proposals(t), "{t}");
        }
        for t in [
            "Exempel på genomförda förslag:",
            "Förslag som avslogs:",
            "Våra förslag",
            "Synpunkter och tankar:",
            "Förslagen. Vi tar dem i tur och ordning:",
        ] {
            assert!(!introduces_proposals(t), "{t}");
        }
    }

    #[test]
    fn reply_marks_and_senders() {
        assert_eq!(reply_mark_len("Sv: SV:  Förslag"), "Sv: SV:  ".len());
        assert_eq!(reply_mark_len("Fwd: Inbjudan"), "Fwd: ".len());
        assert_eq!(reply_mark_len("Förslag: öppettider"), 0);
        assert_eq!(reply_mark_len("Sv"), 0);
        assert_eq!(sender("Gunnel Öberg <g@exempel.se>"), "Gunnel Öberg");
        assert_eq!(sender("\"Eva Ek\" [mailto:eva@exempel.se]"), "Eva Ek");
        assert_eq!(sender("<g@exempel.se>"), "<g@exempel.se>");
    }

    #[test]
    fn a_header_needs_a_sender_or_a_subject_and_another_field() {
        let read = |text: &str| parse(text, &ParseOptions::new());
        // One field alone, or fields with neither sender nor subject, are other labels.
        let doc = read("Inbjudan till vårfest\nTill: alla medlemmar\nNär: 4 maj kl. 14\n");
        assert!(doc.messages.is_empty());
        assert_eq!(doc.events.len(), 1);
        // Two blank lines between two fields part them (a scan may leave one).
        let doc = read("Från: Eva Ek\n\n\nÄmne: Boende\n");
        assert!(doc.messages.is_empty());
        let doc = read("Från: Eva Ek\n\nÄmne: Boende\n");
        assert_eq!(doc.messages.len(), 1);
        let doc = read("Från: Eva Ek\nÄmne: Sv: Boende\n\nHej!\n");
        assert_eq!(doc.messages.len(), 1);
        assert_eq!(doc.title.as_deref(), Some("Boende"));
        assert!(doc.messages[0].reply);
        let span = doc.title_span.unwrap();
        assert_eq!(
            &"Från: Eva Ek\nÄmne: Sv: Boende\n"[span.start..span.end],
            "Boende"
        );
    }
}
