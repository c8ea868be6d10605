//! Names of people. The text is cut into words once; runs of capitalised
//! words are then judged by signals: a known Swedish first name, a role or
//! verb next to the run ("handläggaren Anna Svensson", "Anna Svensson
//! (brukare)", "Leif berättar"), a title ("Kontaktperson: …") or an attendee
//! list under "Närvarande". One signal gives a probable name, two a certain
//! one. Surnames and first names that recur after a full mention are mapped
//! to the same person. Names on the caller's public list are kept.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use crate::finding::{Certainty, Flag, FlagReason, Kind};
use crate::scan::{Candidate, Sink};

/// FNV-1a: word look-ups hash short strings, where SipHash's setup dominates.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordSet = HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

static STOP_SET: LazyLock<WordSet> = LazyLock::new(|| STOP.iter().copied().collect());

/// Common Swedish surnames, as written (the embedded lexicon's list).
static SURNAMES: LazyLock<WordSet> = LazyLock::new(|| {
    delaktig_lexicon_sv::list_entries(delaktig_lexicon_sv::SURNAME_LIST).collect()
});

/// Every word of the embedded lexicon's Swedish places ("Olofström", "Östra", "Göinge").
static PLACE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    delaktig_lexicon_sv::list_entries(delaktig_lexicon_sv::PLACE_LIST)
        .flat_map(str::split_whitespace)
        .collect()
});

static FIRST_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    delaktig_lexicon_sv::list_entries(include_str!("data/first_names.txt")).collect()
});

/// First names that are also ordinary words, so a lone sentence-initial
/// occurrence ("Per person …", "Bo kvar") is not taken for the name.
const AMBIGUOUS_FIRST: &[&str] = &[
    "Bo", "Per", "Max", "Tor", "Love", "Sten", "Stig", "Rut", "Siv", "Tom", "Dan", "Kim", "Maj",
    "Saga", "Rosa", "Iris", "Viola", "Vera", "Nova", "Luna", "Tea", "Mona", "Gun", "Alf", "Ivar",
    "Kent", "Ann", "Nora", "Liam", "Leo", "Linn", "Ella", "Alla", "Elis",
];

/// Capitalised words that are never part of a name.
const STOP: &[&str] = &[
    "Vi",
    "Jag",
    "Du",
    "Ni",
    "De",
    "Dem",
    "Den",
    "Det",
    "Detta",
    "Denna",
    "Dessa",
    "Han",
    "Hon",
    "Man",
    "Vår",
    "Våra",
    "Vårt",
    "Er",
    "Era",
    "Om",
    "Och",
    "Men",
    "Att",
    "Som",
    "För",
    "Med",
    "Till",
    "Från",
    "På",
    "Av",
    "Hur",
    "Vad",
    "Var",
    "Varför",
    "Vem",
    "Vilka",
    "Vilken",
    "När",
    "Där",
    "Här",
    "Alla",
    "Inga",
    "Några",
    "Flera",
    "Många",
    "En",
    "Ett",
    "Enligt",
    "Under",
    "Efter",
    "Före",
    "Inför",
    "Mellan",
    "Också",
    "Även",
    "Inte",
    "Ska",
    "Kan",
    "Bör",
    "Måste",
    "Tips",
    "Övrigt",
    "Närvarande",
    "Frånvarande",
    "Deltagare",
    "Mötet",
    "Möte",
    "Punkt",
    "Beslut",
    "Ansvarig",
    "Kontaktperson",
    "Kontakt",
    "Handläggare",
    "Campus",
    "Centrum",
    "Stad",
    "Kommun",
    "Region",
    "Universitet",
    "Stiftelsen",
    "Föreningen",
    "The",
    "And",
    "Of",
    "Ev",
    "Dr",
    "Professor",
    "Docent",
    "Herr",
    "Fru",
    "Sankt",
    "Stora",
    "Lilla",
    "Norra",
    "Södra",
    "Östra",
    "Västra",
    "Gamla",
    "Nya",
    "Gemensam",
    "Samordnad",
    "Svenska",
    "Sverige",
    "Skåne",
    "Bryggan",
    "Ria",
    "Januari",
    "Februari",
    "Mars",
    "April",
    "Maj",
    "Juni",
    "Juli",
    "Augusti",
    "September",
    "Oktober",
    "November",
    "December",
    "Måndag",
    "Tisdag",
    "Onsdag",
    "Torsdag",
    "Fredag",
    "Lördag",
    "Söndag",
    "Tack",
    "Hej",
    "Ja",
    "Nej",
    "Ok",
];

/// Endings of organisation and place words: "Socialförvaltningen",
/// "Stadsbiblioteket", "Helsingborg" are not surnames.
const INSTITUTION_SUFFIXES: &[&str] = &[
    "förvaltningen",
    "förvaltning",
    "nämnden",
    "nämnd",
    "kommun",
    "kommunen",
    "staden",
    "stad",
    "regionen",
    "universitet",
    "universitetet",
    "högskolan",
    "biblioteket",
    "föreningen",
    "förening",
    "förbundet",
    "förbund",
    "gruppen",
    "grupp",
    "huset",
    "skolan",
    "skola",
    "centrum",
    "centret",
    "enheten",
    "sjukhuset",
    "kliniken",
    "verket",
    "styrelsen",
    "myndigheten",
    "tjänsten",
    "boendet",
    "kyrkan",
    "församlingen",
    "stiftelsen",
    "byrån",
    "rådet",
    "avdelningen",
    "mottagningen",
    "projektet",
    "veckan",
    "dagen",
    "torget",
    "gatan",
    "vägen",
    "parken",
    "vården",
    "borg",
    "köping",
    "hamn",
    "bolaget",
    "banken",
    "polisen",
    "kassan",
    "nätverket",
    "förlaget",
    "tidningen",
    "museet",
    "teatern",
    "hallen",
    "arenan",
    "ministeriet",
    "departementet",
];

/// Roles and kinship words that mark the next or previous capitalised run as
/// a person ("handläggaren Anna", "Anna Svensson, enhetschef"). Matched as a
/// suffix with optional definite ending, so compounds count too.
const ROLE_STEMS: &[&str] = &[
    "handläggare",
    "sekreterare",
    "chef",
    "direktör",
    "ordförande",
    "kurator",
    "stödjare",
    "samordnare",
    "utvecklare",
    "ledare",
    "assistent",
    "pedagog",
    "läkare",
    "sköterska",
    "terapeut",
    "professor",
    "forskare",
    "representant",
    "brukare",
    "klient",
    "patient",
    "anhörig",
    "kontaktperson",
    "ombud",
    "förvaltare",
    "konsult",
    "politiker",
    "tjänsteman",
    "medarbetare",
    "ambassadör",
    "psykolog",
    "socionom",
    "coach",
    "mentor",
    "handledare",
    "doktor",
    "ledamot",
    "talesperson",
    "kommunalråd",
    "justerare",
    "föreläsare",
    "moderator",
    "volontär",
    "praktikant",
    "student",
    "rektor",
    "kontakt",
    "ansvarig",
];

/// Kinship and other words matched exactly (suffix matching would catch "person").
const ROLE_EXACT: &[&str] = &[
    "mamma",
    "mamman",
    "pappa",
    "pappan",
    "son",
    "sonen",
    "dotter",
    "dottern",
    "bror",
    "syster",
    "make",
    "maka",
    "sambo",
    "barnet",
    "brodern",
    "brorsan",
    "systern",
    "maken",
    "makan",
    "sambon",
    "mormor",
    "morfar",
    "farmor",
    "farfar",
    "herr",
    "fru",
    "dr",
    "god man",
    "gode",
    "vid pennan",
    "antecknare",
    "klienten",
    "brukaren",
];

/// Verbs after which a capitalised run is a person ("fråga Dinah Åbinger").
const VERBS_BEFORE: &[&str] = &[
    "fråga",
    "frågar",
    "frågade",
    "kontakta",
    "kontaktar",
    "kontaktade",
    "ringa",
    "ringer",
    "ringde",
    "träffa",
    "träffar",
    "träffade",
    "mejla",
    "mejlar",
    "maila",
    "mailar",
    "tacka",
    "tackar",
    "tackade",
    "hälsa",
    "hälsar",
    "enligt",
    "bjuda",
    "bjöd",
    "intervjua",
    "intervjuade",
];

/// Verbs of speech and action that follow a person ("Leif berättar").
const VERBS_AFTER_STRONG: &[&str] = &[
    "berättar",
    "berättade",
    "säger",
    "sa",
    "sade",
    "föreslår",
    "föreslog",
    "informerar",
    "informerade",
    "undrar",
    "undrade",
    "frågar",
    "frågade",
    "menar",
    "menade",
    "tycker",
    "tyckte",
    "anser",
    "ansåg",
    "svarar",
    "svarade",
    "presenterar",
    "presenterade",
    "lovar",
    "lovade",
    "hälsar",
    "återkommer",
    "återkom",
    "påpekar",
    "påpekade",
    "meddelar",
    "meddelade",
    "beskriver",
    "beskrev",
    "föreläser",
    "föreläste",
    "kontaktar",
    "kontaktade",
];

/// Weaker verbs: only after a run that already starts with a first name.
const VERBS_AFTER_WEAK: &[&str] = &[
    "ska", "skall", "tar", "tog", "har", "hade", "kommer", "kom", "vill", "bor", "arbetar",
    "jobbar", "är", "var", "kan", "leder", "ledde", "skriver", "skrev", "önskar", "bjuder", "fick",
    "får",
];

/// Endings typical of Swedish surnames; a run of two capitalised words
/// ending in one is a probable name even without a known first name.
const SURNAME_SUFFIXES: &[&str] = &[
    "sson", "ström", "qvist", "kvist", "gren", "blom", "dahl", "ander", "stedt", "stam", "lind",
];

/// Place nouns that make the run before them a place: "Olof Palmes gata",
/// "Anna Lindhs plats", "Maria Magdalena kyrka".
const PLACE_AFTER_GENITIVE: &[&str] = &[
    "gata",
    "gatan",
    "väg",
    "vägen",
    "torg",
    "plats",
    "park",
    "skola",
    "gymnasium",
    "kyrka",
    "kyrkan",
    "församling",
    "skolan",
    "backe",
    "gränd",
    "allé",
    "stiftelse",
    "fond",
    "minne",
    "pris",
    "bro",
    "hus",
    "sjukhus",
];

/// Lower-case particles inside surnames.
const PARTICLES: &[&str] = &["von", "af", "de", "van", "der", "da", "di", "la", "le"];

/// Headings that open an attendee list.
const ATTENDEE_HEADINGS: &[&str] = &[
    "närvarande",
    "närvarande ledamöter",
    "övriga närvarande",
    "deltagare",
    "deltog",
    "frånvarande",
    "anmält förhinder",
    "adjungerade",
    "justerare",
    "sekreterare",
    "ordförande",
    "mötesordförande",
    "ledamöter",
    "ersättare",
    "deltagande",
];

static ATTENDEE_FOLDED: LazyLock<HashSet<String>> =
    LazyLock::new(|| ATTENDEE_HEADINGS.iter().map(|h| fold(h)).collect());

/// One word of the text.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    /// Upper-case first letter followed by a lower-case letter.
    cap: bool,
    /// Only spaces (one or more, no newline) since the previous word.
    spaced: bool,
    /// First word of a sentence, line, list item or heading.
    initial: bool,
}

/// The alphabetic `char` at byte `i` and its length, ASCII first.
#[inline]
fn letter_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return b.is_ascii_alphabetic().then_some((char::from(b), 1));
    }
    // Latin-1 letters (å, ä, ö, é, ü …) are two bytes starting 0xC3; all of
    // them are letters except × and ÷.
    if b == 0xC3
        && let Some(&n) = text.as_bytes().get(i + 1)
        && (0x80..=0xBF).contains(&n)
        && n != 0x97
        && n != 0xB7
    {
        let c = char::from_u32((u32::from(b & 0x1F) << 6) | u32::from(n & 0x3F))?;
        return Some((c, 2));
    }
    let c = text.get(i..)?.chars().next()?;
    c.is_alphabetic().then_some((c, c.len_utf8()))
}

/// How the text between two words reads: only spaces, and whether it ends a
/// sentence, a line or opens a list item.
fn classify_gap(gap: &[u8]) -> (bool, bool) {
    let mut spaced = !gap.is_empty();
    let mut initial = false;
    let mut seen_text = false;
    for (k, &b) in gap.iter().enumerate() {
        match b {
            b' ' => continue,
            b'.' | b'!' | b'?' | b':' | b'\n' | b'*' | b'"' => initial = true,
            b'-' if !seen_text => initial = true,
            // "•", "“", "”", "–" (U+2022, U+201C, U+201D, U+2013).
            0xE2 if gap.get(k + 1) == Some(&0x80)
                && matches!(gap.get(k + 2), Some(0xA2 | 0x9C | 0x9D | 0x93)) =>
            {
                initial = true;
            }
            _ => {}
        }
        spaced = false;
        seen_text = true;
    }
    (spaced, initial)
}

fn tokenize(text: &str) -> Vec<Word> {
    let bytes = text.as_bytes();
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 6);
    let mut prev_end = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let Some((c, len)) = letter_at(text, i) else {
            // Skip one char (all bytes of a multi-byte one).
            i += 1;
            while i < bytes.len() && !text.is_char_boundary(i) {
                i += 1;
            }
            continue;
        };
        let start = i;
        i += len;
        let mut second: Option<char> = None;
        loop {
            if let Some((d, dl)) = letter_at(text, i) {
                second.get_or_insert(d);
                i += dl;
                continue;
            }
            // Join across a hyphen or apostrophe only when a letter follows.
            let joiner = match bytes.get(i) {
                Some(b'-' | b'\'') => 1,
                Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99]) => 3, // ’
                _ => 0,
            };
            if joiner > 0 && letter_at(text, i + joiner).is_some() {
                i += joiner;
                continue;
            }
            break;
        }
        let gap = bytes.get(prev_end..start).unwrap_or_default();
        let (spaced, initial) = classify_gap(gap);
        words.push(Word {
            start,
            end: i,
            cap: c.is_uppercase() && second.is_some_and(char::is_lowercase),
            spaced: spaced && !words.is_empty(),
            initial: initial || words.is_empty(),
        });
        prev_end = i;
    }
    words
}

/// Lower case with the diacritics an English OCR model drops folded away
/// ("Bergström", "Bergstrom" and "Bergstrém" all become "bergstrom"), so that
/// public names and headings still match in OCR output.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into a reused buffer (cleared first); ASCII takes a fast path.
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    out.extend(s.chars().flat_map(char::to_lowercase).map(|c| match c {
        'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
        'ö' | 'ø' | 'ó' | 'ô' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' => 'u',
        'í' | 'ï' => 'i',
        c => c,
    }));
}

/// Longest attendee heading, in bytes; longer lines are not headings.
const MAX_HEADING: usize = 32;

/// First names folded ([`fold`]), for OCR output that lost its diacritics
/// ("Asa", "Goran", "Orjan").
static FIRST_FOLDED: LazyLock<HashSet<String>> =
    LazyLock::new(|| FIRST_NAMES.iter().map(|n| fold(n)).collect());

fn is_first_name(w: &str) -> bool {
    let known = |n: &str| {
        FIRST_NAMES.contains(n) || (n.is_ascii() && FIRST_FOLDED.contains(&n.to_ascii_lowercase()))
    };
    known(w) || w.split_once('-').is_some_and(|(a, b)| known(a) && known(b))
}

/// Folded institution suffixes grouped by their last byte, so a word is
/// only compared with the few suffixes that could match it.
static INSTITUTION_BY_LAST: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut table = vec![Vec::new(); 256];
    for s in INSTITUTION_SUFFIXES {
        let f = fold(s);
        if let Some(bucket) = f.bytes().last().and_then(|b| table.get_mut(usize::from(b))) {
            bucket.push(f);
        }
    }
    table
});

fn is_institution(w: &str) -> bool {
    let mut buf = String::new();
    is_institution_buf(w, &mut buf)
}

fn is_institution_buf(w: &str, folded: &mut String) -> bool {
    fold_into(w, folded);
    let folded = folded.as_str();
    let Some(bucket) = folded
        .bytes()
        .last()
        .and_then(|b| INSTITUTION_BY_LAST.get(usize::from(b)))
    else {
        return false;
    };
    bucket
        .iter()
        .any(|s| folded.len() > s.len() + 2 && folded.ends_with(s.as_str()) || folded == s)
}

/// Folded word lists (see [`fold`]), so OCR output ("fraga", "berattar")
/// matches like clean text.
struct Lexicon {
    role_exact: HashSet<String>,
    role_stems: Vec<String>,
    verbs_before: HashSet<String>,
    verbs_strong: HashSet<String>,
    verbs_weak: HashSet<String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let set = |l: &[&str]| l.iter().map(|w| fold(w)).collect::<HashSet<_>>();
    Lexicon {
        role_exact: set(ROLE_EXACT),
        role_stems: ROLE_STEMS.iter().map(|w| fold(w)).collect(),
        verbs_before: set(VERBS_BEFORE),
        verbs_strong: set(VERBS_AFTER_STRONG),
        verbs_weak: set(VERBS_AFTER_WEAK),
    }
});

/// `folded` is a role word: exact kinship word, or a role stem at the end of
/// a compound, with or without the definite ending ("boendestödjaren").
fn is_role(folded: &str) -> bool {
    let lex = &*LEXICON;
    lex.role_exact.contains(folded)
        || lex.role_stems.iter().any(|s| {
            [
                Some(folded),
                folded.strip_suffix('n'),
                folded.strip_suffix("en"),
            ]
            .into_iter()
            .flatten()
            .any(|w| w.ends_with(s.as_str()))
        })
}

fn has_surname_suffix(w: &str) -> bool {
    SURNAME_SUFFIXES
        .iter()
        .any(|s| w.len() > s.len() + 1 && w.ends_with(s))
}

/// The caller's public persons, normalised for matching.
#[derive(Debug, Clone, Default)]
pub(crate) struct PublicNames {
    /// Folded full names ([`fold`]), tokens joined by one space.
    full: HashSet<String>,
    /// Folded single tokens of every public name.
    tokens: HashSet<String>,
    /// How many names were given (not counting the turned forms).
    count: usize,
}

impl PublicNames {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut p = PublicNames::default();
        for n in names {
            let key = fold(&normalise(n));
            if key.is_empty() {
                continue;
            }
            for t in key.split(' ') {
                p.tokens.insert(t.to_string());
            }
            // "Bergström, David" as written in staff lists: also "David Bergström".
            if let Some((last, first)) = n.split_once(',') {
                let turned = fold(&normalise(&format!("{first} {last}")));
                if !turned.is_empty() {
                    p.full.insert(turned);
                }
            }
            p.full.insert(key);
            p.count += 1;
        }
        p
    }

    pub fn len(&self) -> usize {
        self.count
    }
}

/// Lower-case tokens joined by single spaces.
pub(crate) fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for t in name
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(t.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A name found by the rules, before the public list and recurrence.
#[derive(Debug, Clone)]
struct Hit {
    span: Range<usize>,
    certainty: Certainty,
}

struct Ctx<'t> {
    text: &'t str,
    words: Vec<Word>,
    /// Per word: capitalised, not a stop word, not an organisation word.
    /// Computed once, because every rule asks.
    name_token: Vec<bool>,
}

impl<'t> Ctx<'t> {
    fn word(&self, i: usize) -> &'t str {
        self.words
            .get(i)
            .and_then(|w| self.text.get(w.start..w.end))
            .unwrap_or_default()
    }

    fn new(text: &'t str) -> Self {
        let words = tokenize(text);
        let mut buf = String::new();
        let name_token = words
            .iter()
            .map(|w| {
                let s = text.get(w.start..w.end).unwrap_or_default();
                w.cap && !STOP_SET.contains(s) && !is_institution_buf(s, &mut buf)
            })
            .collect();
        Ctx {
            text,
            words,
            name_token,
        }
    }

    fn is_name_token(&self, i: usize) -> bool {
        self.name_token.get(i).copied().unwrap_or(false)
    }

    fn gap_before(&self, i: usize) -> &'t str {
        let start = match i.checked_sub(1).and_then(|p| self.words.get(p)) {
            Some(p) => p.end,
            None => 0,
        };
        let end = self.words.get(i).map_or(start, |w| w.start);
        self.text.get(start..end).unwrap_or_default()
    }

    fn span(&self, a: usize, b: usize) -> Range<usize> {
        let s = self.words.get(a).map_or(0, |w| w.start);
        let e = self.words.get(b).map_or(s, |w| w.end);
        s..e
    }

    /// Context that marks the run `a..=b` as a person.
    fn context_before(&self, a: usize) -> Option<(bool, bool)> {
        // Returns (strong, allows a single non-first-name token).
        let p = a.checked_sub(1)?;
        let gap = self.gap_before(a);
        let prev = fold(self.word(p));
        let titled = matches!(gap.trim_end(), ":");
        let spaced = self.words.get(a).is_some_and(|w| w.spaced);
        if !(spaced || titled) {
            return None;
        }
        if is_role(&prev) {
            // A lone non-first-name word after a role is a surname only when
            // titled ("Kontaktperson: Svensson") or surname-shaped; otherwise
            // it is as often an organisation ("ambassadör för Hjärnkoll").
            let single_ok = titled || has_surname_suffix(self.word(a));
            return Some((true, single_ok));
        }
        // Inverted order puts a speech verb first: "Sedan berättar Anna …".
        if LEXICON.verbs_before.contains(&prev) || LEXICON.verbs_strong.contains(&prev) {
            return Some((true, false));
        }
        None
    }

    fn context_after(&self, b: usize, starts_with_first: bool) -> bool {
        let n = b + 1;
        if self.words.get(n).is_none() {
            return false;
        }
        let gap = self.gap_before(n);
        let next = fold(self.word(n));
        match gap {
            " " => {
                LEXICON.verbs_strong.contains(&next)
                    || (starts_with_first && LEXICON.verbs_weak.contains(&next))
            }
            ", " | " (" | "(" | " – " | " - " => is_role(&next),
            _ => false,
        }
    }

    /// Whether the run ending at `b` names a place ("Olof Palmes gata").
    /// After word `e`: one or two surname particles ("von", "af", "van der")
    /// and a capitalised surname; the index of that surname.
    fn particle_tail(&self, e: usize) -> Option<usize> {
        let mut j = e + 1;
        while j - e <= 2
            && self.words.get(j).is_some_and(|w| w.spaced)
            && PARTICLES.contains(&self.word(j))
        {
            j += 1;
        }
        (j > e + 1 && self.words.get(j).is_some_and(|w| w.spaced) && self.is_name_token(j))
            .then_some(j)
    }

    /// Whether word `t` is a surname (a known one, or shaped like a Swedish one) that is not a
    /// first name, a known place, an ordinary word, the name of a thing ("lex Sarah") or a place's first
    /// word ("Lindbergs gata"). At a sentence's start a word of the lexicon is taken for the
    /// word ("Björk växer"); elsewhere, only a common one ("Berg", "Holm").
    fn is_lone_surname(&self, t: usize) -> bool {
        let w = self.word(t);
        // Glued to a digit it is part of something else ("Malm6", Malmö read by OCR).
        let end = self.words.get(t).map_or(0, |x| x.end);
        if self
            .text
            .as_bytes()
            .get(end)
            .is_some_and(u8::is_ascii_digit)
        {
            return false;
        }
        let genitive = w.strip_suffix('s').filter(|x| x.len() > 1);
        let shaped = |x: &str| SURNAMES.contains(x) || has_surname_suffix(x);
        let place = |x: &str| PLACE_WORDS.contains(x);
        if !(shaped(w) || genitive.is_some_and(shaped))
            || is_first_name(w)
            || place(w)
            || genitive.is_some_and(place)
            || self.is_place(t)
            || t.checked_sub(1)
                .is_some_and(|p| NAMES_A_THING.contains(&fold(self.word(p)).as_str()))
        {
            return false;
        }
        let initial = self.words.get(t).is_some_and(|x| x.initial);
        match delaktig_lexicon_sv::Lexicon::embedded().frequency(&w.to_lowercase()) {
            None => true,
            Some(f) => !initial && f < COMMON_WORD,
        }
    }

    /// Whether the run ending at `b` names a place or an institution:
    /// "Olof Palmes gata", "Maria Magdalena kyrka".
    fn is_place(&self, b: usize) -> bool {
        let n = b + 1;
        self.words.get(n).is_some_and(|w| w.spaced && !w.cap)
            && PLACE_AFTER_GENITIVE.contains(&self.word(n))
    }
}

/// Byte spans of names in attendee lists ("Närvarande" then "Name, Org" lines,
/// or "Närvarande: A B, C D" inline).
fn attendee_hits(text: &str, hits: &mut Vec<Hit>) {
    let mut in_list = false;
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.len() <= MAX_HEADING
            && ATTENDEE_FOLDED.contains(&fold(trimmed.trim_end_matches(':').trim_end()))
        {
            in_list = true;
            continue;
        }
        // Inline list: "Närvarande: Anna Svensson, Bo Ek (Ria)".
        if let Some((head, rest)) = body.split_once(':')
            && head.len() <= MAX_HEADING
            && ATTENDEE_FOLDED.contains(&fold(head.trim()))
        {
            let base = line_start + head.len() + 1;
            inline_names(text, base, rest, hits);
            in_list = false;
            continue;
        }
        if in_list {
            let lead = body.len() - body.trim_start_matches([' ', '\t', '-', '•', '*']).len();
            let item = body.get(lead..).unwrap_or_default();
            let name_len = item
                .find([',', '(', '–', '/'])
                .or_else(|| item.find(" - "))
                .unwrap_or(item.len());
            let name = item.get(..name_len).unwrap_or_default().trim_end();
            let has_rest = name_len < item.len();
            // A bare line ("Herbert Tinz") needs a known first name or a
            // surname ending, so that a title-case heading after the list
            // ("Övriga Frågor") ends it instead.
            let bare_ok = || {
                let mut t = name.split(' ');
                t.next().is_some_and(is_first_name) || t.next_back().is_some_and(has_surname_suffix)
            };
            match name_tokens_ok(name) {
                Some(_) if has_rest || bare_ok() => {
                    let s = line_start + lead;
                    hits.push(Hit {
                        span: s..s + name.len(),
                        certainty: Certainty::Certain,
                    });
                }
                _ => in_list = false,
            }
        }
    }
}

/// If `name` is 1-4 capitalised words (one word only if a known first name),
/// the number of words.
fn name_tokens_ok(name: &str) -> Option<usize> {
    let tokens: Vec<&str> = name.split(' ').collect();
    if tokens.is_empty() || tokens.len() > 4 {
        return None;
    }
    for t in &tokens {
        let mut cs = t.chars();
        let first = cs.next()?;
        let rest_ok = cs
            .clone()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        let second = cs.next()?;
        if !(first.is_uppercase() && second.is_lowercase() && rest_ok)
            || STOP_SET.contains(t)
            || is_institution(t)
        {
            return None;
        }
    }
    if tokens.len() == 1 && !tokens.first().is_some_and(|t| is_first_name(t)) {
        return None;
    }
    Some(tokens.len())
}

fn inline_names(text: &str, base: usize, rest: &str, hits: &mut Vec<Hit>) {
    let mut pos = 0usize;
    for seg in rest.split_inclusive([',', ';']) {
        let seg_start = base + pos;
        pos += seg.len();
        let body = seg.trim_end_matches([',', ';']);
        // Cut a parenthesised organisation and an "och" joining the last two.
        let parts: Vec<(usize, &str)> = match body.find(" och ") {
            Some(k) => vec![
                (0, body.get(..k).unwrap_or_default()),
                (k + 5, body.get(k + 5..).unwrap_or_default()),
            ],
            None => vec![(0, body)],
        };
        for (off, part) in parts {
            let cut = part.find(['(', '–']).unwrap_or(part.len());
            let part = part.get(..cut).unwrap_or_default();
            let lead = part.len() - part.trim_start().len();
            let name = part.trim();
            if name_tokens_ok(name).is_some() {
                let s = seg_start + off + lead;
                if text.get(s..s + name.len()) == Some(name) {
                    hits.push(Hit {
                        span: s..s + name.len(),
                        certainty: Certainty::Certain,
                    });
                }
            }
        }
    }
}

/// A lone known first name joined by "och" to a name found ("Vi träffade Ahmed och Sarah",
/// "Håkan och Pernilla kommer"): the two are named alike, so it is a name too.
fn joined_names(ctx: &Ctx<'_>, hits: &mut Vec<Hit>) {
    let lone_first = |i: usize| {
        let w = ctx.word(i);
        ctx.is_name_token(i)
            && is_first_name(w)
            && !AMBIGUOUS_FIRST.contains(&w)
            // Alone: no capitalised word joins it on either side.
            && !ctx.words.get(i + 1).is_some_and(|x| x.cap && x.spaced)
            && !(i > 0 && ctx.words.get(i).is_some_and(|x| x.spaced) && ctx.words.get(i - 1).is_some_and(|x| x.cap))
    };
    let found = |i: usize, hits: &[Hit]| {
        let span = ctx.span(i, i);
        hits.iter()
            .any(|h| h.span.start <= span.start && span.end <= h.span.end)
    };
    let mut added = Vec::new();
    for i in 1..ctx.words.len().saturating_sub(1) {
        if ctx.word(i) != "och" || ctx.gap_before(i) != " " || ctx.gap_before(i + 1) != " " {
            continue;
        }
        for (named, other) in [(i - 1, i + 1), (i + 1, i - 1)] {
            if found(named, hits) && lone_first(other) && !found(other, hits) {
                added.push(Hit {
                    span: ctx.span(other, other),
                    certainty: Certainty::Certain,
                });
            }
        }
    }
    hits.extend(added);
}

/// Word frequency (per billion, in the embedded lexicon) from which a first name is as
/// likely the common word ("Hans" his, "Dag" day, "Klara" manage): alone, no name.
const COMMON_WORD: u32 = 100_000;

/// Words (folded) after which a first name names a thing, not a person: a law ("lex Sarah",
/// "lex Maria"), a room or a building ("sal Gustav", "rummet Linnea", "huset Astrid").
const NAMES_A_THING: &[&str] = &[
    "lex",
    "sal",
    "salen",
    "rum",
    "rummet",
    "lokal",
    "lokalen",
    "konferensrum",
    "konferensrummet",
    "motesrum",
    "motesrummet",
    "hus",
    "huset",
    "villa",
    "vagen",
    "gatan",
    "baten",
];

/// Whether the first name `w` is also an ordinary word, common enough that alone it may be
/// that word.
fn name_or_word(w: &str) -> bool {
    AMBIGUOUS_FIRST.contains(&w)
        || delaktig_lexicon_sv::Lexicon::embedded()
            .frequency(&w.to_lowercase())
            .is_some_and(|f| f >= COMMON_WORD)
}

/// A name standing alone with nothing around it that says a person is meant: flagged for
/// review unless a finding covers it.
type Lone = (Range<usize>, FlagReason);

/// Rules over runs of capitalised words; a known first name or a surname alone, with no
/// context that says a person is meant, goes to `lone`.
fn run_hits(ctx: &Ctx<'_>, hits: &mut Vec<Hit>, lone: &mut Vec<Lone>) {
    let n = ctx.words.len();
    let mut i = 0;
    while i < n {
        if !ctx.is_name_token(i) && !ctx.words.get(i).is_some_and(|w| w.cap) {
            i += 1;
            continue;
        }
        // The maximal run of capitalised words joined by spaces.
        let mut j = i;
        while j + 1 < n && ctx.words.get(j + 1).is_some_and(|w| w.cap && w.spaced) {
            j += 1;
        }
        judge_run(ctx, i, j, hits, lone);
        i = j + 1;
    }
}

fn judge_run(ctx: &Ctx<'_>, a: usize, b: usize, hits: &mut Vec<Hit>, lone: &mut Vec<Lone>) {
    // Name windows start at a known first name inside the run.
    let mut k = a;
    let mut covered_to = a;
    while k <= b {
        let w = ctx.word(k);
        if ctx.is_name_token(k) && is_first_name(w) {
            let ambiguous_initial =
                AMBIGUOUS_FIRST.contains(&w) && ctx.words.get(k).is_some_and(|x| x.initial);
            // Up to two more name tokens: "Anna Maria Svensson".
            let mut e = k;
            while e < b && e - k < 2 && ctx.is_name_token(e + 1) {
                e += 1;
            }
            // "Carl von Linné", "Anna af Klint": a particle joins the surname.
            if e == b
                && let Some(tail) = ctx.particle_tail(e)
            {
                e = tail;
            }
            if e > k && ctx.is_place(e) {
                k = e + 1;
                covered_to = k;
                continue;
            }
            let before = ctx.context_before(k).is_some();
            let after = ctx.context_after(e, true);
            let certainty = if e > k {
                Some(if before || after {
                    Certainty::Certain
                } else {
                    Certainty::Probable
                })
            } else if (before || after) && !ambiguous_initial {
                Some(Certainty::Certain)
            } else {
                let named_thing = k
                    .checked_sub(1)
                    .is_some_and(|p| NAMES_A_THING.contains(&fold(ctx.word(p)).as_str()));
                if !name_or_word(w) && !named_thing {
                    lone.push((ctx.span(k, e), FlagReason::LoneFirstName));
                }
                None
            };
            if let Some(certainty) = certainty {
                hits.push(Hit {
                    span: ctx.span(k, e),
                    certainty,
                });
            }
            k = e + 1;
            covered_to = k;
            continue;
        }
        k += 1;
    }
    if covered_to > a {
        return;
    }
    // No first name in the run: context decides. Tokens that can never be
    // part of a name ("Hej", "Socialförvaltningen") are skipped first.
    let Some(s) = (a..=b).find(|&t| ctx.is_name_token(t)) else {
        return;
    };
    let all_names = |x: usize, y: usize| (x..=y).all(|t| ctx.is_name_token(t));
    // A role or verb before: the run's first (up to) three tokens.
    let e = b.min(s + 2);
    if let Some((_, single_ok)) = ctx.context_before(s)
        && all_names(s, e)
        && !ctx.is_place(e)
        && (e > s || single_ok)
    {
        let certainty = if e > s {
            Certainty::Certain
        } else {
            Certainty::Probable
        };
        hits.push(Hit {
            span: ctx.span(s, e),
            certainty,
        });
        return;
    }
    // A role or verb after: the run's last two tokens ("First Last").
    let s2 = b.saturating_sub(1).max(s);
    if b > s2 && all_names(s2, b) && !ctx.is_place(b) && ctx.context_after(b, false) {
        hits.push(Hit {
            span: ctx.span(s2, b),
            certainty: Certainty::Certain,
        });
        return;
    }
    // No context: two tokens ending in a surname (a known one or one shaped like a Swedish
    // one) are a probable name, unless the first is a sentence opener ("Hos Andersson").
    if b > s2
        && all_names(s2, b)
        && !ctx.is_place(b)
        && (has_surname_suffix(ctx.word(b)) || ctx.is_lone_surname(b))
        && !ctx.words.get(s2).is_some_and(|w| w.initial)
    {
        hits.push(Hit {
            span: ctx.span(s2, b),
            certainty: Certainty::Probable,
        });
        return;
    }
    // A surname standing alone: a person when a verb follows ("Bergström tar emot
    // anmälningar"), otherwise flagged for review ("Kontakta Nyström", "Hos Andersson").
    for t in s..=b {
        if !ctx.is_name_token(t) || !ctx.is_lone_surname(t) {
            continue;
        }
        if s == b && ctx.context_after(t, true) {
            hits.push(Hit {
                span: ctx.span(t, t),
                certainty: Certainty::Probable,
            });
        } else {
            lone.push((ctx.span(t, t), FlagReason::LoneSurname));
        }
    }
}

/// Merges overlapping hits: the union span, certain if any part was.
fn merge(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by(|x, y| {
        x.span
            .start
            .cmp(&y.span.start)
            .then(y.span.end.cmp(&x.span.end))
    });
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        match out.last_mut() {
            Some(last) if h.span.start < last.span.end => {
                last.span.end = last.span.end.max(h.span.end);
                last.certainty = last.certainty.min(h.certainty);
            }
            _ => out.push(h),
        }
    }
    out
}

/// Where a lone token (first name or surname) was used in full mentions.
#[derive(Debug, Default)]
struct TokenUse {
    /// (start of the full mention, person) in text order.
    mentions: Vec<(usize, usize)>,
    /// More than one person uses the token.
    shared: bool,
}

/// The persons of one document, keyed by lower-case full name.
#[derive(Debug, Default)]
struct Persons {
    keys: Vec<String>,
    index: HashMap<String, usize>,
    tokens: HashMap<String, TokenUse>,
}

impl Persons {
    /// The person with this key (or its genitive-less form), added if new.
    fn intern(&mut self, key: &str) -> usize {
        if let Some(&i) = self
            .index
            .get(key)
            .or_else(|| self.index.get(key.trim_end_matches('s')))
        {
            return i;
        }
        self.keys.push(key.to_string());
        let i = self.keys.len() - 1;
        self.index.insert(key.to_string(), i);
        i
    }

    fn add_token(&mut self, token: &str, at: usize, person: usize) {
        let entry = self.tokens.entry(token.to_string()).or_default();
        if entry.mentions.first().is_some_and(|&(_, p)| p != person) {
            entry.shared = true;
        }
        let pos = entry.mentions.partition_point(|&(s, _)| s < at);
        entry.mentions.insert(pos, (at, person));
    }

    /// The person a lone token (maybe genitive) refers to. A token of a
    /// private person is that person even if a public person shares it:
    /// leaking a private name is the worse mistake. When several persons
    /// share it, the one mentioned most recently before `at` is taken.
    fn resolve(&self, token: &str, at: usize) -> Option<usize> {
        let t = token.to_lowercase();
        let used = self
            .tokens
            .get(&t)
            .or_else(|| t.strip_suffix('s').and_then(|s| self.tokens.get(s)))?;
        let first = used.mentions.first()?.1;
        if !used.shared {
            return Some(first);
        }
        let before = used.mentions.partition_point(|&(s, _)| s < at);
        Some(
            before
                .checked_sub(1)
                .and_then(|i| used.mentions.get(i))
                .map_or(first, |&(_, p)| p),
        )
    }

    fn key(&self, i: usize) -> Option<&String> {
        self.keys.get(i)
    }
}

/// Finds names of people who are not public, with a person key per name.
pub(crate) fn find(text: &str, public: &PublicNames, sink: &mut Sink) {
    // Names need capital letters; skip texts without any cheaply.
    if !text.bytes().any(|b| b.is_ascii_uppercase()) && text.is_ascii() {
        return;
    }
    let ctx = Ctx::new(text);
    let mut hits = Vec::new();
    let mut lone = Vec::new();
    attendee_hits(text, &mut hits);
    run_hits(&ctx, &mut hits, &mut lone);
    joined_names(&ctx, &mut hits);
    let hits = merge(hits);

    // Persons: full mentions first, so partial mentions map to them.
    let mut persons = Persons::default();
    let mut keyed: Vec<(Range<usize>, Certainty, Option<usize>)> = Vec::with_capacity(hits.len());
    for h in &hits {
        let key = normalise(text.get(h.span.clone()).unwrap_or_default());
        let tokens: Vec<&str> = key.split(' ').collect();
        let folded = fold(&key);
        let is_public = public.full.contains(&folded)
            || public.full.contains(folded.trim_end_matches('s'))
            || (tokens.len() == 1 && public.tokens.contains(&folded));
        if is_public || tokens.len() < 2 {
            // Public, or a single token resolved below once all full
            // mentions are known.
            keyed.push((h.span.clone(), h.certainty, None));
            continue;
        }
        let idx = persons.intern(&key);
        for t in [tokens.first(), tokens.last()].into_iter().flatten() {
            persons.add_token(t, h.span.start, idx);
        }
        keyed.push((h.span.clone(), h.certainty, Some(idx)));
    }
    // Single tokens found by context ("Lisa var där") are a known person, or
    // a person of their own whose later mentions ("(Lisa)") recur.
    let mut taken: Vec<Range<usize>> = Vec::with_capacity(keyed.len());
    for (span, certainty, person) in &keyed {
        taken.push(span.clone());
        let word = text.get(span.clone()).unwrap_or_default();
        let idx = match person {
            Some(idx) => Some(*idx),
            None if word.contains(' ') => None, // public full name
            None => match persons.resolve(word, span.start) {
                Some(i) => Some(i),
                None if public.tokens.contains(&fold(word)) => None,
                None => {
                    let lower = word.to_lowercase();
                    let idx = persons.intern(&lower);
                    persons.add_token(&lower, span.start, idx);
                    Some(idx)
                }
            },
        };
        if let Some(key) = idx.and_then(|i| persons.key(i)) {
            sink.candidates.push(Candidate {
                span: span.clone(),
                kind: Kind::Name,
                certainty: *certainty,
                person: Some(key.clone()),
            });
        }
    }

    // Recurrence: a lone first name or surname of a known private person
    // ("Skålén kommer", "Leif berättar") is that person.
    if !persons.keys.is_empty() {
        recurrences(&ctx, &persons, taken, sink);
    }
    flag_lone(text, &lone, public, sink);
}

/// The lone mentions (outside `taken`) of the persons named in full elsewhere in the text.
fn recurrences(ctx: &Ctx<'_>, persons: &Persons, mut taken: Vec<Range<usize>>, sink: &mut Sink) {
    taken.sort_by_key(|r| r.start);
    for (i, w) in ctx.words.iter().enumerate() {
        if !ctx.is_name_token(i) {
            continue;
        }
        let inside = taken
            .binary_search_by(|r| {
                if r.end <= w.start {
                    std::cmp::Ordering::Less
                } else if r.start >= w.end {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok();
        if inside {
            continue;
        }
        let s = ctx.word(i);
        if AMBIGUOUS_FIRST.contains(&s) && w.initial {
            continue;
        }
        if let Some(key) = persons.resolve(s, w.start).and_then(|i| persons.key(i)) {
            sink.candidates.push(Candidate {
                span: w.start..w.end,
                kind: Kind::Name,
                certainty: Certainty::Probable,
                person: Some(key.clone()),
            });
        }
    }
}

/// Flags each lone name of `lone` that no finding covers and no public person bears.
fn flag_lone(text: &str, lone: &[Lone], public: &PublicNames, sink: &mut Sink) {
    for (span, reason) in lone {
        let covered = sink
            .candidates
            .iter()
            .any(|c| c.span.start < span.end && span.start < c.span.end);
        let word = text.get(span.clone()).unwrap_or_default();
        if !covered && !public.tokens.contains(&fold(word)) {
            sink.flags.push(Flag {
                span: span.clone(),
                kind: Kind::Name,
                reason: *reason,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, public: &[&str]) -> Vec<(String, String)> {
        let mut sink = Sink::default();
        find(text, &PublicNames::new(public.iter().copied()), &mut sink);
        let mut v: Vec<_> = sink
            .candidates
            .into_iter()
            .map(|c| (text[c.span].to_string(), c.person.unwrap_or_default()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn first_name_list_is_loaded() {
        assert!(FIRST_NAMES.len() > 300);
        assert!(is_first_name("Åsa") && is_first_name("Anna-Karin"));
    }

    #[test]
    fn tokenizer_joins_hyphenated_names() {
        let t = "Anna-Karin Lind-Svensson - ok";
        let w = tokenize(t);
        assert_eq!(&t[w[0].start..w[0].end], "Anna-Karin");
        assert_eq!(&t[w[1].start..w[1].end], "Lind-Svensson");
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn role_and_recurrence() {
        let found = names(
            "Vi träffade handläggaren Dinah Åbinger. Åbinger lovade svar.",
            &[],
        );
        assert_eq!(
            found,
            vec![
                ("Dinah Åbinger".into(), "dinah åbinger".into()),
                ("Åbinger".into(), "dinah åbinger".into())
            ]
        );
    }

    #[test]
    fn organisations_are_not_names() {
        let t = "Socialförvaltningen och Stadsbiblioteket i Malmö. Vi ses. Gemensam utvecklingsgrupp möts.";
        assert!(names(t, &[]).is_empty());
    }
}
