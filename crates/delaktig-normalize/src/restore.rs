//! Stage 3: word restoration. For a word that may be damaged, generates candidates with the
//! confusion model and scores them with lexicon frequencies, proper names, the document's own
//! clean words, the cost of the confusions and, when no whole word fits, compound splitting.
//! The word as written wins unless a candidate is clearly better, so clean text stays clean.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::confusion::{self, Tier};
use crate::words::{Compound, Known, LONG_PART_BYTES, MisreadReading, TierCandidates, Words};
use crate::{FxHasher, Reason};

/// Bonus for keeping a word that is already known: a candidate must be about e^bonus times
/// more frequent (after confusion costs) to replace it. It depends on the document: in text
/// that has lost its å, ä and ö, an ASCII word with a far commoner å/ä/ö twin is suspect.
const KEEP_BONUS_CLEAN: f32 = 3.5;
const KEEP_BONUS_UNKNOWN: f32 = 3.0;
const KEEP_BONUS_DAMAGED: f32 = 1.1;
/// Keep bonus of a word as written that is only readable as a compound.
const COMPOUND_KEEP_BONUS: f32 = 0.5;
/// Bonus for a candidate that occurs cleanly elsewhere in the same document.
const DOC_BONUS: f32 = 3.0;
/// Base score of a form known only from the document itself.
const DOC_ONLY: f32 = 6.0;
/// Score of an unknown capitalised word inside a sentence: probably a name we do not know.
const UNKNOWN_NAME_KEEP: f32 = 4.5;
/// Letters from which a capitalised word inside a sentence that reads as a known word is
/// taken as that word rather than as an unknown name.
const LONG_WORD_LETTERS: usize = 9;
/// Letters from which such a word that reads as a compound ("Anhdrignatverket" as
/// anhörig|nätverket) is taken as that compound: few names are so long.
const LONG_COMPOUND_LETTERS: usize = 13;
/// Lowest score of a name in the name list.
const NAME_FLOOR: f32 = 5.5;
/// Frequency (per billion) under which a listed name as written is weighed against its
/// readings in a damaged document.
const RARE_NAME_AS_WRITTEN: u32 = 1_000;
/// Cost of a one-letter misread correction, and the least frequency it may produce.
const MISREAD_COST: f32 = 3.0;
const MISREAD_MIN_FREQUENCY: u32 = 300;
// The misread walk reaches only the common words: those a misread may produce.
const _: () = assert!(MISREAD_MIN_FREQUENCY >= delaktig_lexicon_sv::COMMON_MIN_FREQUENCY);
/// Frequency (per billion) under which a compound part is rare enough to be a fragment of a
/// garbled word.
const RARE_PART_FREQUENCY: u32 = 1_000;
/// Frequency (per billion) below which a restored word counts as never seen in text.
const UNSEEN_FREQUENCY: u32 = 1;
/// Most letters of such a reading: a long word the list never saw is mostly an inflected
/// form of a word it knows ("socialförvaltningens").
const UNSEEN_READING_LETTERS: usize = 7;
/// Fewest letters and least frequency (per billion) of each of two parts that make a
/// compound as meant however rare a part is ([`Restorer::weak_compound`]).
const SOUND_PART_LETTERS: usize = 6;
const SOUND_PART_FREQUENCY: u32 = 100;
/// Least frequency of a word nothing reads ends with that its misread reading must keep
/// ([`Restorer::known_tail`]).
const KNOWN_TAIL_FREQUENCY: u32 = 5_000;
/// Lexicon penalty of a reading of the first of two capitalised words at a line or sentence
/// start, where a person's first name stands.
const NAME_START_PENALTY: f32 = 5.0;
/// Bonus of a compound reading whose uninflected form is a known word.
const INFLECTED_BASE_BONUS: f32 = 1.0;
/// Penalty per extra part of a compound.
const COMPOUND_PART_PENALTY: f32 = 2.5;

/// Score of a compound of `parts` parts whose values ([`crate::words::stem_value`]) add up
/// to `sum`: their mean, less a penalty per part beyond the first (fewest parts first).
fn compound_mean(sum: f32, parts: usize) -> f32 {
    sum / parts as f32 - COMPOUND_PART_PENALTY * (parts as f32 - 1.0)
}

/// A proposed replacement of one word.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Proposal {
    /// The new text, shared: one restoration is remembered across documents and reused for
    /// every occurrence of its word, and a copy per occurrence cost an allocation each.
    pub replacement: Arc<str>,
    pub reason: Reason,
    pub confidence: f32,
}

/// How a word is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Shape {
    Lower,
    Capitalised,
    Upper,
    Mixed,
}

impl Shape {
    pub(crate) fn of(word: &str) -> Shape {
        let bytes = word.as_bytes();
        let mut tally = ShapeTally::default();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // ASCII bytes (most letters of Swedish text) without decoding.
            if b < 0x80 {
                tally.ascii(b);
                i += 1;
            } else {
                let Some(c) = word.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                tally.char(c);
                i += c.len_utf8();
            }
        }
        tally.shape()
    }

    /// Whether `word` (lower-case) written in this shape ([`Shape::apply`]) is `written`,
    /// told character by character without making the shaped word.
    pub(crate) fn writes(self, word: &str, written: &str) -> bool {
        match self {
            Shape::Lower | Shape::Mixed => word == written,
            Shape::Upper => word
                .chars()
                .flat_map(char::to_uppercase)
                .eq(written.chars()),
            Shape::Capitalised => {
                let mut c = word.chars();
                c.next()
                    .map(char::to_uppercase)
                    .into_iter()
                    .flatten()
                    .chain(c)
                    .eq(written.chars())
            }
        }
    }

    /// `word` (lower-case) written in this shape.
    pub(crate) fn apply(self, word: &str) -> String {
        match self {
            Shape::Lower | Shape::Mixed => word.to_string(),
            Shape::Upper => word.to_uppercase(),
            Shape::Capitalised => {
                // Sized up front: collecting the characters would regrow the string as it
                // goes (an upper-case letter is at most a few bytes longer).
                let mut out = String::with_capacity(word.len() + 4);
                let mut c = word.chars();
                if let Some(f) = c.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(c.as_str());
                }
                out
            }
        }
    }
}

/// The letters of a word seen so far, for its [`Shape`]: fed character by character (by
/// the tokeniser as it reads a word, by [`Shape::of`] otherwise).
#[derive(Debug, Default)]
pub(crate) struct ShapeTally {
    first: Option<Case>,
    upper: u32,
    lower: u32,
}

impl ShapeTally {
    /// An ASCII character.
    #[inline]
    pub(crate) fn ascii(&mut self, b: u8) {
        match b {
            b'A'..=b'Z' => self.letter(Case::Upper),
            b'a'..=b'z' => self.letter(Case::Lower),
            _ => {}
        }
    }

    /// Any character.
    #[inline]
    pub(crate) fn char(&mut self, c: char) {
        if let Some(case) = letter_case(c) {
            self.letter(case);
        }
    }

    #[inline]
    fn letter(&mut self, case: Case) {
        match (self.first, case) {
            (None, _) => self.first = Some(case),
            (Some(_), Case::Upper) => self.upper += 1,
            (Some(_), Case::Lower) => self.lower += 1,
            (Some(_), Case::Neither) => {}
        }
    }

    pub(crate) fn shape(&self) -> Shape {
        match (self.first == Some(Case::Upper), self.upper, self.lower) {
            (false, 0, _) => Shape::Lower,
            (true, 0, _) => Shape::Capitalised,
            (true, _, 0) => Shape::Upper,
            _ => Shape::Mixed,
        }
    }
}

/// The case of a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    /// A letter without case (most scripts).
    Neither,
}

/// The case of `c` if it is a letter (`char::is_alphabetic`), as `char::is_uppercase` and
/// `char::is_lowercase` tell; Latin-1 (Swedish included) without a Unicode table lookup.
#[inline]
fn letter_case(c: char) -> Option<Case> {
    match c {
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => Some(Case::Upper),
        'a'..='z' | '\u{aa}' | '\u{b5}' | '\u{ba}' | '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => {
            Some(Case::Lower)
        }
        '\0'..='\u{ff}' => None,
        c if c.is_alphabetic() => Some(if c.is_uppercase() {
            Case::Upper
        } else if c.is_lowercase() {
            Case::Lower
        } else {
            Case::Neither
        }),
        _ => None,
    }
}

/// How damaged the document as a whole looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Damage {
    /// Too short to tell.
    Unknown,
    /// Its å, ä and ö are intact: ASCII look-alikes are probably meant as written.
    Clean,
    /// Few or no å, ä, ö survive, or OCR marks (é for ö, digits in words) are frequent.
    Damaged,
}

impl Damage {
    /// A dense index (0..3) for tables.
    pub(crate) fn index(self) -> usize {
        match self {
            Damage::Unknown => 0,
            Damage::Clean => 1,
            Damage::Damaged => 2,
        }
    }
}

/// A question the restorer asked the document's evidence, with the answer it got.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Asked {
    Damage(Damage),
    /// Whether the evidence bears on a word, asked by the word's [`skeleton`].
    BearsOn(u64, bool),
    AnyWord(bool),
    /// Whether a word (lower-case) is evidence; with its [`Filter::hash`].
    Word(TextAt, u64, bool),
    /// Whether a name is evidence; with its [`Filter::hash`].
    Name(TextAt, u64, bool),
}

/// Where a question's word lies in the texts of its [`Questions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextAt {
    start: usize,
    end: usize,
}

/// The questions a traced restoration asked, with the words they name in one buffer: a
/// restoration asks about dozens of candidates, and a string for each cost an allocation.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Questions {
    asked: Vec<Asked>,
    texts: String,
}

impl Questions {
    /// How many questions there are.
    pub(crate) fn len(&self) -> usize {
        self.asked.len()
    }

    /// Adds the question that `ask` makes of the word `text` (kept in the buffer).
    fn push_about(&mut self, text: &str, ask: impl FnOnce(TextAt) -> Asked) {
        let start = self.texts.len();
        self.texts.push_str(text);
        let at = TextAt {
            start,
            end: self.texts.len(),
        };
        self.asked.push(ask(at));
    }

    /// The word a question names.
    fn text(&self, at: TextAt) -> &str {
        self.texts.get(at.start..at.end).unwrap_or("")
    }
}

/// One bit (chosen by hash) for each word a set ever held: a word whose bit is clear is not
/// in the set, told without hashing it again when its hash is kept.
#[derive(Debug, Default)]
struct Filter([u64; 32]);

impl Filter {
    /// The hash of `word` that picks its bit.
    fn hash(word: &str) -> u64 {
        let mut hasher = FxHasher::default();
        hasher.write(word.as_bytes());
        hasher.finish()
    }

    /// The word and bit of the word with hash `hash`: from its high bits, which the hash
    /// mixes best.
    fn place(hash: u64) -> (usize, u64) {
        let bit = (hash >> 53) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    fn add(&mut self, hash: u64) {
        let (at, bit) = Self::place(hash);
        if let Some(w) = self.0.get_mut(at) {
            *w |= bit;
        }
    }

    /// Whether a word with hash `hash` may be in the set (`false`: it is not).
    fn may_hold(&self, hash: u64) -> bool {
        let (at, bit) = Self::place(hash);
        self.0.get(at).is_none_or(|w| w & bit != 0)
    }
}

/// What a non-ASCII word of a document says about its damage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordEvidence {
    /// OCR damage beyond doubt (or é without å, ä or ö: mostly an OCR'd ö, as in "fér";
    /// "Skålén" is a real name).
    HardDamage,
    /// Intact å, ä or ö.
    Diacritics,
    /// Neither.
    Other,
}

impl WordEvidence {
    fn of(word: &str) -> WordEvidence {
        let diacritics = word
            .chars()
            .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'));
        if confusion::has_hard_damage(word) || (word.contains('é') && !diacritics) {
            WordEvidence::HardDamage
        } else if diacritics {
            WordEvidence::Diacritics
        } else {
            WordEvidence::Other
        }
    }
}

/// Room made for evidence words when the first one is met.
const EVIDENCE_AHEAD: usize = 256;

/// What the document itself says: words with å, ä, ö or é that occur in it undamaged, and
/// capitalised ones (names) as written; and how damaged it looks overall.
///
/// A restoration depends on the document only through the questions it asks here (the
/// methods taking `&self`), so it holds for any document that answers them alike: while
/// [`DocEvidence::traced`] runs, every question and its answer is written down, and
/// [`DocEvidence::answers_alike`] checks them against another document.
#[derive(Debug, Default)]
pub(crate) struct DocEvidence {
    /// The questions asked so far, while a restoration is traced.
    asked: RefCell<Option<Questions>>,
    // Looked up for every candidate of every word: a fast hash (the sets live for one call).
    words: HashSet<String, BuildHasherDefault<FxHasher>>,
    names: HashSet<String, BuildHasherDefault<FxHasher>>,
    /// The bits of every word and name ever in `words` and `names`, for the answers to
    /// questions asked before ([`DocEvidence::answers_alike`]).
    word_filter: Filter,
    name_filter: Filter,
    /// [`skeleton`]s of `words` and `names`: a word whose skeleton is not here has no
    /// candidate the evidence knows, so its restoration does not depend on the document.
    skeletons: HashSet<u64, BuildHasherDefault<FxHasher>>,
    seen: usize,
    with_diacritics: usize,
    hard_damaged: usize,
}

impl DocEvidence {
    /// Adds the words of a document, given as each distinct spelling with its number of
    /// occurrences, in order of first occurrence: as [`DocEvidence::add`] does for every
    /// occurrence (a word met again is only counted: adding it once more changes nothing).
    pub(crate) fn add_document<'a>(
        &mut self,
        document: impl IntoIterator<Item = (&'a str, u32)>,
        words: &Words,
    ) {
        for (word, occurrences) in document {
            let n = occurrences as usize;
            self.seen += n;
            if word.is_ascii() {
                continue;
            }
            let evidence = WordEvidence::of(word);
            for _ in 0..n {
                self.count(evidence);
            }
            if evidence == WordEvidence::Diacritics {
                self.add_diacritics(word, words);
            }
        }
    }

    /// Adds one word of the document: every word counts towards the damage level, and a word
    /// with å, ä or ö that is a lexicon word or a name is evidence.
    #[cfg(test)]
    pub(crate) fn add(&mut self, word: &str, words: &Words) {
        self.seen += 1;
        if word.is_ascii() {
            return;
        }
        let evidence = WordEvidence::of(word);
        self.count(evidence);
        if evidence == WordEvidence::Diacritics {
            self.add_diacritics(word, words);
        }
    }

    /// Counts a non-ASCII word of the document towards the damage level.
    fn count(&mut self, evidence: WordEvidence) {
        match evidence {
            WordEvidence::HardDamage => self.hard_damaged += 1,
            WordEvidence::Diacritics => self.with_diacritics += 1,
            WordEvidence::Other => {}
        }
    }

    /// Adds a word of the document with å, ä or ö as evidence, if it is a lexicon word or a
    /// name.
    fn add_diacritics(&mut self, word: &str, words: &Words) {
        if self.words.capacity() == 0 {
            // A note has some hundred evidence words: room for them without regrowing.
            self.words.reserve(EVIDENCE_AHEAD);
            self.names.reserve(EVIDENCE_AHEAD / 4);
            self.skeletons.reserve(EVIDENCE_AHEAD);
        }
        self.add_restored(word, words);
    }

    /// The document's damage level, from the share of words with å/ä/ö (about one in six in
    /// Swedish prose) and of words with OCR marks.
    pub(crate) fn damage(&self) -> Damage {
        let d = self.damage_level();
        self.note(|q| q.asked.push(Asked::Damage(d)));
        d
    }

    fn damage_level(&self) -> Damage {
        if self.seen < 40 {
            return Damage::Unknown;
        }
        let diacritics = self.with_diacritics as f32 / self.seen as f32;
        let hard = self.hard_damaged as f32 / self.seen as f32;
        if diacritics < 0.05 || hard > 0.02 {
            Damage::Damaged
        } else if diacritics > 0.08 {
            Damage::Clean
        } else {
            Damage::Unknown
        }
    }

    fn keep_bonus(&self) -> f32 {
        match self.damage() {
            Damage::Clean => KEEP_BONUS_CLEAN,
            Damage::Unknown => KEEP_BONUS_UNKNOWN,
            Damage::Damaged => KEEP_BONUS_DAMAGED,
        }
    }

    /// Adds a restored word as evidence (without counting it towards the damage level);
    /// whether it was new.
    ///
    /// Only lexicon words and capitalised words (names) count: an unknown lower-case word
    /// may itself be a restoration, and evidence must not depend on earlier runs.
    pub(crate) fn add_restored(&mut self, word: &str, words: &Words) -> bool {
        if !word
            .chars()
            .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'))
        {
            return false;
        }
        let lower = crate::text::lower(word);
        let known = self.words.contains(lower.as_ref());
        if known && self.names.contains(word) {
            return false;
        }
        // A word that lower-cases to itself has no capital letter: not capitalised.
        let new = if matches!(lower, std::borrow::Cow::Owned(_))
            && Shape::of(word) == Shape::Capitalised
        {
            let new = self.names.insert(word.to_string());
            if new {
                self.name_filter.add(Filter::hash(word));
            }
            // A known lower-case form would not be inserted again.
            let inserted = !known && self.insert_word(lower.into_owned());
            inserted | new
        } else {
            !known && words.frequency(&lower).is_some() && self.insert_word(lower.into_owned())
        };
        if new {
            self.skeletons.insert(skeleton(word));
        }
        new
    }

    /// Adds `lower` to the evidence words; whether it was new.
    fn insert_word(&mut self, lower: String) -> bool {
        let hash = Filter::hash(&lower);
        let new = self.words.insert(lower);
        if new {
            self.word_filter.add(hash);
        }
        new
    }

    /// Takes `word` back out of the evidence (its skeleton stays: the evidence may still
    /// bear on words sharing it, which only costs a memo lookup); whether it was there.
    pub(crate) fn withdraw(&mut self, word: &str) -> bool {
        let was_word = self.words.remove(crate::text::lower(word).as_ref());
        self.names.remove(word) | was_word
    }

    /// Whether the evidence may bear on `word`'s restoration: some evidence word shares its
    /// [`skeleton`].
    pub(crate) fn may_bear_on(&self, word: &str) -> bool {
        let a = self.bears_on(word);
        self.note(|q| q.asked.push(Asked::BearsOn(skeleton(word), a)));
        a
    }

    fn bears_on(&self, word: &str) -> bool {
        !self.skeletons.is_empty() && self.skeletons.contains(&skeleton(word))
    }

    /// Whether any word is known from the document (no lookups needed otherwise).
    fn has_any_word(&self) -> bool {
        let a = !self.words.is_empty();
        self.note(|q| q.asked.push(Asked::AnyWord(a)));
        a
    }

    fn has_word(&self, lower: &str) -> bool {
        let hash = Filter::hash(lower);
        let a = self.word_filter.may_hold(hash) && self.words.contains(lower);
        self.note(|q| q.push_about(lower, |at| Asked::Word(at, hash, a)));
        a
    }

    fn has_name(&self, name: &str) -> bool {
        let hash = Filter::hash(name);
        let a = self.name_filter.may_hold(hash) && self.names.contains(name);
        self.note(|q| q.push_about(name, |at| Asked::Name(at, hash, a)));
        a
    }

    /// Writes a question down while a restoration is traced.
    #[inline]
    fn note(&self, write: impl FnOnce(&mut Questions)) {
        if let Ok(mut asked) = self.asked.try_borrow_mut()
            && let Some(log) = asked.as_mut()
        {
            write(log);
        }
    }

    /// Runs `f` (a restoration against this evidence) and returns what it returned with the
    /// questions it asked, each once.
    pub(crate) fn traced<R>(&self, f: impl FnOnce() -> R) -> (R, Questions) {
        // Room for what a restoration typically asks, so the log rarely regrows.
        let log = Questions {
            asked: Vec::with_capacity(16),
            texts: String::with_capacity(256),
        };
        let outer = self.asked.replace(Some(log));
        let r = f();
        let mut asked = self.asked.replace(outer).unwrap_or_default();
        // The evidence does not change while it is asked: a repeated question has the same
        // answer, and checking it once is enough.
        let mut seen_damage = false;
        let mut seen_any = false;
        asked.asked.retain(|a| match a {
            Asked::Damage(_) => !std::mem::replace(&mut seen_damage, true),
            Asked::AnyWord(_) => !std::mem::replace(&mut seen_any, true),
            _ => true,
        });
        (r, asked)
    }

    /// Whether this evidence answers every question in `asked` as it was answered then.
    pub(crate) fn answers_alike(&self, asked: &Questions) -> bool {
        asked.asked.iter().all(|a| match *a {
            Asked::Damage(d) => self.damage_level() == d,
            // As `bears_on` answers for a word of this skeleton.
            Asked::BearsOn(s, b) => {
                (!self.skeletons.is_empty() && self.skeletons.contains(&s)) == b
            }
            Asked::AnyWord(b) => self.words.is_empty() != b,
            Asked::Word(w, h, b) => {
                (self.word_filter.may_hold(h) && self.words.contains(asked.text(w))) == b
            }
            Asked::Name(n, h, b) => {
                (self.name_filter.may_hold(h) && self.names.contains(asked.text(n))) == b
            }
        })
    }
}

/// Letters that the confusion model reads, writes or inserts (å, ä, ö and their OCR
/// look-alikes, "rn"/"m", a leading "G", a dropped vowel), lower-case.
const fn confusable(c: char) -> bool {
    matches!(
        c,
        'a' | 'å'
            | 'ä'
            | 'o'
            | 'ö'
            | 'd'
            | 'i'
            | 'é'
            | 'e'
            | '6'
            | '4'
            | '&'
            | '@'
            | 'g'
            | 'r'
            | 'n'
            | 'm'
    )
}

/// Per ASCII byte, lower-cased: its character if [`confusable`] rejects it, else
/// [`CONFUSABLE`]. One load per byte of an ASCII word.
static SKELETON_ASCII: [u8; 128] = {
    let mut table = [CONFUSABLE; 128];
    let mut b = 0u8;
    while b < 128 {
        let lower = b.to_ascii_lowercase();
        if !confusable(lower as char) {
            table[b as usize] = lower;
        }
        b += 1;
    }
    table
};
/// No ASCII character: marks the confusable ones in [`SKELETON_ASCII`].
const CONFUSABLE: u8 = 0xff;

/// A hash of `word`'s letters, lower-cased, without the [`confusable`] ones. Every candidate
/// restoration of a word has the word's skeleton (the confusion model only rewrites
/// confusable letters), so evidence with other skeletons cannot affect the word: its
/// restoration can then be remembered across documents.
pub(crate) fn skeleton(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if word.is_ascii() {
        // ASCII words (most words) byte by byte, through a table.
        for &b in word.as_bytes() {
            match SKELETON_ASCII.get(usize::from(b)) {
                Some(&kept) if kept != CONFUSABLE => {
                    h = (h ^ u64::from(kept)).wrapping_mul(0x0100_0000_01b3);
                }
                _ => {}
            }
        }
        return h;
    }
    let mut mix = |c: char| {
        h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
    };
    for c in word.chars() {
        // Latin-1 letters (ASCII and Swedish among them) lower-case to one letter: no
        // Unicode table lookup for them.
        if u32::from(c) < 0x100 {
            let c = crate::text::latin1_lower(c);
            if !confusable(c) {
                mix(c);
            }
        } else {
            for c in c.to_lowercase() {
                if !confusable(c) {
                    mix(c);
                }
            }
        }
    }
    h
}

/// Where a word stands, as far as capitals are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Place {
    /// First word of a sentence, heading or list item: a capital says nothing.
    SentenceStart,
    /// Inside a sentence.
    Inside,
    /// A capitalised word right after another one inside a sentence ("Vorta Drom").
    InName,
    /// As [`Place::InName`], right after a listed name ("Bengt Frojd"): a surname.
    AfterName,
    /// First word of a sentence or line followed by a capitalised word ("Amira Haddad,"):
    /// as [`Place::SentenceStart`], but probably a name, so never a misread word.
    NameStart,
    /// Inside a sentence, after a small word and before a capitalised word ("och Par
    /// Söderström"): as [`Place::Inside`], but a common word's reading of it weighs as
    /// little as at [`Place::NameStart`].
    BeforeName,
}

impl Place {
    /// How many places there are: the length of tables indexed by [`Place::index`].
    pub(crate) const COUNT: usize = 6;

    /// A dense index (0..[`Place::COUNT`]) for tables.
    pub(crate) fn index(self) -> usize {
        match self {
            Place::SentenceStart => 0,
            Place::Inside => 1,
            Place::InName => 2,
            Place::NameStart => 3,
            Place::AfterName => 4,
            Place::BeforeName => 5,
        }
    }

    /// Whether the word is the second capitalised word of a name.
    pub(crate) fn in_name(self) -> bool {
        matches!(self, Place::InName | Place::AfterName)
    }
}

/// A scored reading of the word.
#[derive(Debug, Clone)]
struct Scored {
    /// Shared with the proposal it may become.
    text: Arc<str>,
    score: f32,
    edits: u8,
    reason: Reason,
}

/// Restores single words against a lexicon.
pub(crate) struct Restorer<'a> {
    pub words: &'a Words,
    pub doc: &'a DocEvidence,
}

impl Restorer<'_> {
    /// Proposes a restoration of `word`, or `None` to leave it as written. A capital and
    /// digits ("P4", "D6") is read as a word only when that word is one of the commonest ("P4
    /// mötet" is "På mötet"); otherwise it is a code ("D1–D6", a speaker's or a road's).
    pub(crate) fn restore(&self, word: &str, place: Place) -> Option<Proposal> {
        let proposal = self.restore_any(word, place)?;
        if capital_and_digits(word)
            && self
                .words
                .frequency(&crate::text::lower(&proposal.replacement))
                .is_none_or(|f| f < CODE_READING_FREQUENCY)
        {
            return None;
        }
        Some(proposal)
    }

    /// [`Restorer::restore`] for any word.
    fn restore_any(&self, word: &str, place: Place) -> Option<Proposal> {
        let sentence_start = matches!(place, Place::SentenceStart | Place::NameStart);
        let shape = Shape::of(word);
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0 {
            return None;
        }
        // In a document whose å, ä and ö are intact, a word written with one of them is as
        // its writer wrote it ("Granåsvägen" is no "Grånåsvägen"), and a capital and digits
        // is a code, not a word with a scan's marks: a road ("E4", "E6"), a paper size
        // ("A4"), a speaker in notes ("D4:", "D6:"). (In a damaged one, "P4 mötet" is "På".)
        if self.doc.damage() == Damage::Clean {
            let code = capital_and_digits(word);
            let marked = word
                .chars()
                .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'));
            if code || marked {
                return None;
            }
        }
        // A "G" (or "G6") after a capital is a scan's ö when that makes a listed name or a
        // common word ("GGran", "GG6ran" for Göran).
        if let Some(reading) = inner_g(word) {
            let reason = if self.words.name_frequency(&reading).is_some() {
                Some(Reason::Name)
            } else {
                self.words
                    .frequency(&crate::text::lower(&reading))
                    .filter(|&f| f >= INNER_G_FREQUENCY)
                    .map(|_| Reason::Lexicon)
            };
            if let Some(reason) = reason {
                return Some(Proposal {
                    replacement: reading.into(),
                    reason,
                    confidence: DOUBLED_CAPITAL_CONFIDENCE,
                });
            }
        }
        // A street named after a river or a ridge ("Ågatan", "Åsvägen"), whose head of one or
        // two letters is too short for a compound part.
        if let Some(street) = short_head_street(word) {
            return Some(Proposal {
                replacement: street.into(),
                reason: Reason::Compound,
                confidence: DOUBLED_CAPITAL_CONFIDENCE,
            });
        }
        // A place named as a farm or a house ("Gruvgården", "Ekbacksgårdens"), its head's
        // å lost: "-garden" reads as a word of its own (guards), but a capitalised compound
        // of a damaged note so headed is the place.
        if shape == Shape::Capitalised
            && self.doc.damage() == Damage::Damaged
            && let Some(place_name) = self.farm_name(word)
        {
            return Some(Proposal {
                replacement: place_name.into(),
                reason: Reason::Compound,
                confidence: DOUBLED_CAPITAL_CONFIDENCE,
            });
        }
        // A name whose capital Ö a scan read as "6" ("Karin 6dman", "6rjan 6stberg",
        // "6rebro"): the listed name, when no common word reads so ("6ver" is "över").
        if let Some(rest) = word.strip_prefix('6')
            && rest.chars().count() >= 3
            && rest.chars().all(char::is_lowercase)
        {
            let name = format!("Ö{rest}");
            if self.words.name_frequency(&name).is_some()
                && self
                    .words
                    .frequency(&format!("ö{rest}"))
                    .is_none_or(|f| f < DIGIT_NAME_WORD_MAX)
            {
                return Some(Proposal {
                    replacement: name.into(),
                    reason: Reason::Name,
                    confidence: NATURE_SURNAME_CONFIDENCE,
                });
            }
        }
        // A capital a scan doubled ("FForslaget"): no word starts so; the word is read
        // without it. (A "G", "O" or "A" after a capital may be a scan's Ö or Å: "GGran".)
        if let [a, b, c, ..] = word.as_bytes()
            && a == b
            && a.is_ascii_uppercase()
            && !matches!(a, b'G' | b'O' | b'A')
            && c.is_ascii_lowercase()
            && let Some(rest) = word.get(1..)
        {
            let replacement = self
                .restore(rest, place)
                .map_or_else(|| rest.into(), |p| p.replacement);
            return Some(Proposal {
                replacement,
                reason: Reason::StraySymbol,
                confidence: DOUBLED_CAPITAL_CONFIDENCE,
            });
        }
        // A capital whose letter differs from the small one only in size, read twice, once
        // each way ("Vvarnamo", "Vvuxenskolan"): the word with one capital, when it reads as
        // a known word or name so (no word starts so).
        if let [a, b, c, ..] = word.as_bytes()
            && a.is_ascii_uppercase()
            && crate::case::size_only(char::from(*a))
            && *b == a.to_ascii_lowercase()
            && c.is_ascii_lowercase()
            && let Some(rest) = word.get(2..)
        {
            let single = format!("{}{rest}", char::from(*a));
            let replacement = match self.restore(&single, place) {
                Some(p) => Some(p.replacement),
                None => (self.words.name_frequency(&single).is_some()
                    || self.words.frequency(&crate::text::lower(&single)).is_some())
                .then(|| single.into()),
            };
            if let Some(replacement) = replacement {
                return Some(Proposal {
                    replacement,
                    reason: Reason::StraySymbol,
                    confidence: DOUBLED_CAPITAL_CONFIDENCE,
                });
            }
        }
        let marks = confusion::has_hard_damage(word);
        let hard = marks || misplaced_e(word);
        // A capitalised word no lexicon or name list knows, in a document that lost its
        // diacritics, shaped like a Swedish surname of nature words ("Sjodén" for Sjödén):
        // that surname.
        if shape == Shape::Capitalised
            && self.doc.damage() != Damage::Clean
            && letters >= 5
            && let Some(name) = nature_surname(word)
            && name != word
            && self.words.name_frequency(word).is_none()
            && self.words.frequency(&crate::text::lower(word)).is_none()
        {
            return Some(Proposal {
                replacement: name.into(),
                reason: Reason::Name,
                confidence: NATURE_SURNAME_CONFIDENCE,
            });
        }
        // "Brukarrådet Ost", "Malmö Ost": a capitalised "Ost" inside a sentence is the compass
        // point that names districts and their councils, in a document that lost its marks
        // (the cheese is written small there).
        if word == "Ost" && !sentence_start && self.doc.damage() != Damage::Clean {
            return Some(Proposal {
                replacement: "Öst".into(),
                reason: Reason::Name,
                confidence: NATURE_SURNAME_CONFIDENCE,
            });
        }
        // Acronyms (SIP, HVB, KBT) and mixed-case forms (SoL) are written that way on purpose;
        // a short word in capitals is restored only as a listed place ("BORÅS STAD").
        if shape == Shape::Upper && word.chars().count() <= 5 && !hard {
            return self.place_in_capitals(word);
        }
        if shape == Shape::Mixed && !hard {
            return None;
        }
        // A rough scan's 8 for an å and 1 for an l are read in a damaged document, but not in
        // an ordinal's short form ("1a", "8e").
        let digit_ok = self.doc.damage() == Damage::Damaged
            && !(word.starts_with(|c: char| c.is_ascii_digit()) && letters < 3);
        if word.bytes().any(|b| {
            b.is_ascii_digit() && b != b'4' && b != b'6' && !(digit_ok && matches!(b, b'8' | b'1'))
        }) {
            return None;
        }
        if !confusion::may_be_damaged(word) {
            // No letter a scan makes of å, ä or ö: only a misread letter can have damaged it
            // ("resurset"), which is looked for in a damaged document, and only for a word
            // the lexicon cannot read.
            let lower = crate::text::lower(word);
            if self.doc.damage() != Damage::Damaged
                || self.words.frequency(&lower).is_some()
                || self.words.name_frequency(word).is_some()
                || self.words.compound(&lower).is_some()
            {
                return None;
            }
        }
        // A listed name is taken as written; in a scan that lost its marks, a rare one is
        // weighed against the names it reads as ("Amal", a rare first name, beside the town
        // "Åmål"), not against words ("Halvar" is no "halvår").
        let listed = (shape == Shape::Capitalised && !hard)
            .then(|| self.words.name_frequency(word))
            .flatten();
        if listed.is_some_and(|f| f >= RARE_NAME_AS_WRITTEN || self.doc.damage() != Damage::Damaged)
        {
            return None;
        }
        let names_only = listed.is_some();
        if !hard && word.contains('é') && self.legit_e_compound(word) {
            return None;
        }
        if !hard && self.era_participle(word) {
            return None;
        }
        let name_like = shape == Shape::Capitalised && !sentence_start;
        if self.doc.damage() == Damage::Clean && !hard && !word.contains('é') {
            // In a document whose å, ä and ö are intact, a known word or a readable compound
            // is taken as written: no candidate search.
            let lower = crate::text::lower(word);
            if self.words.frequency(&lower).is_some()
                || shape == Shape::Capitalised && self.words.name_frequency(word).is_some()
                || self.words.compound(&lower).is_some()
            {
                return None;
            }
        }
        let mut best: Option<Scored> = None;
        let mut runner_up: Option<f32> = None;
        let mut any_known = false;
        let mut tier_used = Tier::Common;
        let mut orig_compound = false;
        // The candidates of each tier and which of them the lexicon knows depend on the word
        // alone: worked out once, and reused by the compound search below.
        let mut generated: [Option<Arc<TierCandidates>>; 2] = [None, None];
        let mut lower_buf = String::new();
        // Where the document's evidence may bear on the word, every candidate is scored (one
        // the lexicon does not know may occur in the document); elsewhere only the known ones
        // can score, and the pruned walk finds just those. (A capital sigma lower-cases by
        // context, which the walk's piecewise lower-casing would not follow.)
        let every_candidate = self.doc.may_bear_on(word) || word.contains('Σ');
        // A capitalised word inside a sentence is more likely a name than a common word; a
        // first word followed by a capitalised one ("Kare Wastberg", "Osten Frajdin") is
        // the first name of a person even more likely.
        let lexicon_penalty = if matches!(place, Place::NameStart | Place::BeforeName) {
            NAME_START_PENALTY
        } else if name_like {
            1.0
        } else {
            0.0
        };
        let mut consider = |cand: confusion::Candidate<'_>,
                            frequency,
                            name_frequency: Option<u32>| {
            if names_only && cand.edits > 0 && name_frequency.is_none() {
                return false;
            }
            let known = (frequency, name_frequency);
            let Some(s) = self.score(cand, known, shape, lexicon_penalty, &mut lower_buf) else {
                return false;
            };
            push_best(
                &mut best,
                &mut runner_up,
                cand.text,
                s.0 - cand.cost,
                cand.edits,
                s.1,
            );
            true
        };
        for (tier, slot) in [Tier::Common, Tier::Rare].into_iter().zip(&mut generated) {
            tier_used = tier;
            if every_candidate {
                let tc = self.all_candidates(word, tier, shape);
                *slot = Some(Arc::clone(&tc));
                let mut known = tc.known.iter().peekable();
                for (i, cand) in tc.cands.iter().enumerate() {
                    let lexical = match known.peek() {
                        Some(k) if k.index as usize == i => known.next().copied(),
                        _ => None,
                    };
                    let frequency = lexical.and_then(|k| k.frequency);
                    let name_frequency = lexical.and_then(|k| k.name_frequency);
                    any_known |= consider(cand, frequency, name_frequency);
                }
            } else {
                let names = shape == Shape::Capitalised;
                for (cand, frequency, name_frequency) in self
                    .words
                    .known_candidates(word, tier, names)
                    .with_frequencies()
                {
                    any_known |= consider(cand, frequency, name_frequency);
                }
            }
            if any_known {
                break;
            }
        }
        let small_capital = sentence_start
            && shape == Shape::Lower
            && self.doc.damage() != Damage::Clean
            && word.chars().next().is_some_and(crate::case::size_only);
        if !any_known {
            // No whole word fits: try compounds of known parts, fewest parts first.
            let mut cand_lower = String::new();
            for (tier, tc) in [Tier::Common, Tier::Rare].into_iter().zip(generated) {
                tier_used = tier;
                // No whole word fitted in either tier, so none of the candidates is known.
                let tc = tc.unwrap_or_else(|| {
                    self.words.tier_candidates(word, tier, || TierCandidates {
                        cands: confusion::candidates(word, tier),
                        known: Vec::new(),
                    })
                });
                let limit = if tier == Tier::Common { 128 } else { 96 };
                for cand in tc.cands.iter().take(limit) {
                    let lower = lower_into(cand.text, shape, &mut cand_lower);
                    // A sentence's first word whose size-only capital a scan read small may be
                    // a compound headed by a name ("skaneveckan" for Skåneveckan).
                    let mut capitalised: Option<String> = None;
                    let s = self.compound_score(lower).or_else(|| {
                        let text = if shape == Shape::Capitalised {
                            cand.text
                        } else if small_capital {
                            capitalised
                                .insert(Shape::Capitalised.apply(cand.text))
                                .as_str()
                        } else {
                            return None;
                        };
                        self.words
                            .name_compound(text, || self.name_compound_score(text))
                    });
                    let Some(mut s) = s else {
                        continue;
                    };
                    // A reading through a compound the lexicon lists ("valsverk|s|gatan",
                    // "öppenvård|s|behandling"): as sure as the listed word's own parts would
                    // give, though the listed word is rarer than they.
                    if let Some(listed) = self.listed_part_score(lower, cand.edits == 0) {
                        s = s.max(listed);
                    }
                    // A compound reading whose uninflected form the lexicon knows as a word
                    // ("återuppringningen" beside "återuppringning") is the likelier reading.
                    if self.inflects_known_word(lower) {
                        s += INFLECTED_BASE_BONUS;
                    }
                    any_known = true;
                    orig_compound |= cand.edits == 0;
                    let keep = if cand.edits == 0 {
                        COMPOUND_KEEP_BONUS
                    } else {
                        0.0
                    };
                    push_best(
                        &mut best,
                        &mut runner_up,
                        capitalised.as_deref().unwrap_or(cand.text),
                        s + keep - cand.cost,
                        cand.edits + u8::from(capitalised.is_some()),
                        Reason::Compound,
                    );
                }
                if any_known {
                    break;
                }
            }
        }
        // Only a compound reading found: garbled letters also split into short known parts
        // ("diskurerat" as dis+kurerat), so a whole word one letter away may still read
        // better.
        let only_compound = best.as_ref().is_some_and(|b| b.reason == Reason::Compound);
        // A restored whole word that the frequency list never saw (an inflected form only
        // the dictionary lists: "försäg" for "forsiag") is a weak reading too: a common word
        // one misread letter away ("förslag") may be meant.
        let unseen_reading = shape == Shape::Lower
            && best.as_ref().is_some_and(|b| {
                b.reason != Reason::Compound
                    && b.edits > 0
                    && b.text.chars().nth(UNSEEN_READING_LETTERS).is_none()
                    && self
                        .words
                        .frequency(&crate::text::lower(&b.text))
                        .is_some_and(|f| f < UNSEEN_FREQUENCY)
            });
        if (!any_known || only_compound || unseen_reading)
            && self.doc.damage() == Damage::Damaged
            && (!name_like || letters >= LONG_WORD_LETTERS)
            && place != Place::NameStart
            && !marks
            && word.chars().count() >= 5
            && word.chars().all(char::is_alphabetic)
            && !crate::english_word(word)
            && !crate::quoted_english(word)
            && !self.compares_known_adjective(word)
            && !self.aktig_adjective(word)
        {
            // A word garbled beyond its diacritics in a damaged document: the commonest word
            // one letter away, if it is common enough to trust.
            let lower = crate::text::lower(word);
            // A weak compound reading (three parts and more, or a rare part) is what garbled
            // letters inside a long compound make of it ("socialförvalt|mingens"): against
            // it the two-part compounds one letter away are tried too.
            let weak = only_compound
                && best
                    .as_ref()
                    .is_some_and(|b| self.weak_compound(&crate::text::lower(&b.text)));
            // A capitalised compound of rare parts is more likely a name of rare parts
            // ("Ankarlänken") than a misread compound of common ones ("Antarlänken").
            let found = if only_compound && (!weak || name_like) || unseen_reading {
                // Against a compound reading only a whole word is tried: a two-part compound
                // one letter away would rarely be clearer than the compound found, and the
                // search for it costs more than it gains.
                let found = self.words.whole_word_misread(&lower, || {
                    let (whole, diacritic) = misread_readings(self.words, &lower);
                    whole.or(diacritic)
                });
                // Against a reading the list never saw, the misread keeps the word's last
                // letter, which carries its inflection ("såtas" is no "satan").
                let keeps_ending = |cand: &str| cand.chars().last() == lower.chars().last();
                found.filter(|(_, cand)| only_compound || !unseen_reading || keeps_ending(cand))
            } else {
                let search = |probe: &str| {
                    self.words.misread(probe, || {
                        // Both searches from one walk; the two-part compounds only where no
                        // whole word is one edit away, as `misread_search` has it.
                        let (whole, diacritic) = misread_readings(self.words, probe);
                        let plain = whole.or_else(|| two_part_misread(self.words, probe));
                        likelier(plain, diacritic)
                    })
                };
                let found = search(&lower);
                // The weak compound's own restored letters, with one letter misread on top
                // ("socialförvaltmingens" → "socialförvaltningens").
                let restored = best
                    .as_ref()
                    .filter(|_| weak)
                    .map(|b| crate::text::lower(&b.text).into_owned())
                    .filter(|r| *r != lower);
                likelier(found, restored.and_then(|r| search(&r)))
            };
            let capitalised_name = || {
                let mut c = lower.chars();
                let cap: String = c
                    .next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default();
                self.words.name_frequency(&cap).is_some()
            };
            // A word nothing reads that ends with a common word is a compound with a head the
            // lexicon lacks or a scan garbled: a misread reading keeps that last word
            // ("brikar|perspektivet" is "brukarperspektivet"; "opioid|beroende" is no
            // "opioider|o|ende").
            // (Looked for only when a reading was found: most words have none.)
            let keeps_tail =
                |cand: &str| any_known || self.known_tail(&lower).is_none_or(|t| cand.ends_with(t));
            // A name-like word read as a compound one letter away needs common parts: one of
            // rare parts is what a name's letters make of it ("Lannerholm" is no
            // "lanner|hola").
            let common_parts = |cand: &str| {
                !name_like
                    || self.words.frequency(cand).is_some()
                    || self
                        .words
                        .compound(cand)
                        .is_some_and(|c| c.rarest >= RARE_PART_FREQUENCY)
            };
            if let Some((score, cand)) = found
                && best.as_ref().is_none_or(|b| score - MISREAD_COST > b.score)
                && keeps_tail(&cand)
                && common_parts(&cand)
                && !capitalised_name()
                && !if shape == Shape::Capitalised {
                    edge_letter(&lower, &cand)
                } else {
                    initial_letter_dropped(&lower, &cand)
                }
            {
                let text = shape.apply(&cand);
                if let Some(b) = &best {
                    runner_up = Some(b.score);
                }
                best = Some(Scored {
                    text: text.into(),
                    score: score - MISREAD_COST,
                    edits: 1,
                    reason: Reason::Misread,
                });
                tier_used = Tier::Rare;
            }
        }
        // A garbled word that splits into three or four known parts ("vuxenverksambeten" as
        // vuxen|verksam|beten): one misread letter after (or before) a part boundary may
        // give a known word there, and the compound fewer, commoner parts.
        if let Some(b) = &best
            && b.reason == Reason::Compound
            && self.doc.damage() == Damage::Damaged
            && !name_like
            && place != Place::NameStart
            && !marks
            && letters >= 8
            && word.chars().all(char::is_alphabetic)
        {
            let lower = crate::text::lower(&b.text);
            if let Some(raw) = self.compound_score(&lower)
                && let Some((score, cand)) = self.part_misread(&lower)
            {
                // What the compound reading paid for its own letters, without its keep bonus.
                let paid = (raw - b.score).max(0.0);
                let score = score - paid - MISREAD_COST;
                if score > b.score {
                    runner_up = Some(b.score);
                    best = Some(Scored {
                        text: shape.apply(&cand).into(),
                        score,
                        edits: b.edits + 1,
                        reason: Reason::Misread,
                    });
                    tier_used = Tier::Rare;
                }
            }
        }
        // A capitalised word nothing reads, in a damaged document, is a listed name with one
        // letter misread when exactly one such name exists.
        if best.is_none()
            && shape == Shape::Capitalised
            && self.doc.damage() == Damage::Damaged
            && letters >= 4
            && let Some((name, frequency)) = self.misread_name(word)
        {
            // A name, not a misread word: the attendee list that writes it so is no
            // evidence against it.
            best = Some(Scored {
                text: name.into(),
                score: ln1p(frequency).max(NAME_FLOOR) - MISREAD_COST,
                edits: 1,
                reason: Reason::Name,
            });
            tier_used = Tier::Rare;
        }
        // A supine does not head a compound: "brukat|grupper" is a scan's "t" for the "r"
        // of "brukar|grupper", when that head is the commoner word.
        if let Some(b) = &best
            && b.reason == Reason::Compound
            && self.doc.damage() == Damage::Damaged
            && !name_like
            && !marks
            && letters >= 8
            && let Some(cand) = self.supine_head(&crate::text::lower(&b.text))
        {
            let scored = Scored {
                text: shape.apply(&cand).into(),
                score: b.score,
                edits: b.edits + 1,
                reason: Reason::Misread,
            };
            best = Some(scored);
            tier_used = Tier::Rare;
        }
        // A short garbled word ("oct", "til") in a damaged document: one of the
        // commonest words one letter away, when that word is clearly the likeliest.
        if !any_known
            && self.doc.damage() == Damage::Damaged
            && shape == Shape::Lower
            && !marks
            && (2..=4).contains(&letters)
            && word.chars().all(char::is_alphabetic)
            // An English word ("peer support") is no garble of a Swedish one.
            && !crate::english_word(word)
            && let Some((score, cand)) =
                self.words.misread(word, || short_misread(self.words, word))
        {
            best = Some(Scored {
                text: cand.into(),
                score: score - MISREAD_COST,
                edits: 1,
                reason: Reason::Misread,
            });
            tier_used = Tier::Rare;
        }
        // Two words run together by a lost space ("gemensamteller", "vibilda") read as a
        // compound or as nothing; a function word that never ends or starts a compound gives
        // them away.
        // A subject and its verb run together ("Vihar") read as a misread word ("Visar")
        // only when they are not these two.
        let subject_verb = best.as_ref().is_some_and(|b| b.reason == Reason::Misread)
            && subject_and_verb(&crate::text::lower(word))
            // "är" run together with a word after it that the lexicon's web forms hold as
            // one ("arinte" read as "ärinte").
            || best.is_some() && copula_run(word);
        if self.doc.damage() != Damage::Clean
            && (best.as_ref().is_none_or(|b| b.reason == Reason::Compound) || subject_verb)
        {
            let text = match &best {
                Some(b) if !subject_verb => &*b.text,
                _ => word,
            };
            if let Some((left, right)) = missing_space(self.words, text) {
                // Each word as a restoration of its own would leave it (so that a second
                // normalisation, seeing two words, agrees).
                let restored = |part: &str, place| {
                    self.restore(part, place)
                        .map_or_else(|| part.into(), |p| p.replacement)
                };
                let spaced = format!(
                    "{} {}",
                    restored(left, place),
                    restored(right, Place::Inside)
                );
                if let Some(b) = &best {
                    runner_up = Some(b.score);
                }
                best = Some(Scored {
                    score: best.as_ref().map_or(SPACING_SCORE, |b| b.score + 1.0),
                    text: spaced.into(),
                    edits: 1,
                    reason: Reason::Spacing,
                });
            }
        }
        if best.is_none()
            && shape == Shape::Capitalised
            && self.doc.damage() == Damage::Damaged
            && let Some(name) = six_for_o_umlaut(word)
        {
            return Some(Proposal {
                replacement: name.into(),
                reason: Reason::Name,
                confidence: SIX_NAME_CONFIDENCE,
            });
        }
        let best = best?;
        if best.edits == 0 || *best.text == *word {
            return None;
        }
        // A surname ending (-ström, -berg, …) on a lexicon reading: wordfreq knows common
        // surnames as lower-case words ("häggström"), so the reading is a name.
        // A reading headed by a known name that the word as written lacks
        // ("Hagerstensasens" → "Hägerstensåsens") is a place name restored.
        let by_name = matches!(best.reason, Reason::Name | Reason::Document)
            || shape == Shape::Capitalised
                && best.reason == Reason::Lexicon
                && (surname_like(&best.text)
                    || self.name_compound_score(&best.text).is_some()
                        && self.name_compound_score(word).is_none());
        // The word after a listed first name that nothing knows as written, and whose
        // stripped letters the lexicon knows with their marks as a rare word ("Bengt Frojd"
        // → Fröjd): that word, a surname. (A common word there is more likely a word whose
        // capital or space a scan got wrong: "Tomas Aker lund".) In a document that lost its
        // marks, so is such a capitalised word anywhere inside a sentence: the lexicon knows
        // many places and surnames in lower case ("i Gaddede", "Börje Oquist,"), unless the
        // reading is the genitive of a commoner word ("Harads" is no "härads").
        let marked_word = best.reason == Reason::Lexicon
            && (place == Place::AfterName
                || place == Place::Inside && name_like && self.doc.damage() == Damage::Damaged)
            && crate::fold(&best.text) == crate::fold(word)
            && {
                let lower = crate::text::lower(&best.text);
                self.words
                    .frequency(&lower)
                    .is_some_and(|f| f < SURNAME_WORD_MAX_FREQUENCY)
                    && (place == Place::AfterName || !self.genitive_of_commoner_word(&lower))
            }
            && self.unknown_as_written(word);
        let restored_compound = best.reason == Reason::Compound && orig_compound;
        // A long capitalised word that reads as a known word ("Djavulsdansen",
        // "Hyresvardama") is that word capitalised, the title of a series or a word after a
        // misread full stop: a name unknown to the name list rarely has as many letters in
        // common with a Swedish word.
        let long_word = matches!(best.reason, Reason::Lexicon | Reason::Misread)
            && letters >= LONG_WORD_LETTERS
            || best.reason == Reason::Compound && letters >= LONG_COMPOUND_LETTERS;
        // The second word of a name ("Vorta Drom") is left alone unless a listed name fits,
        // or it is a long word of the lexicon with its marks back, as an organisation's name
        // has ("Anhörigas Riksforbund").
        let long_lexicon_word = long_word && best.reason == Reason::Lexicon;
        if place.in_name() && !hard && !by_name && !marked_word && !long_lexicon_word {
            return None;
        }
        if name_like && !hard && !by_name && !restored_compound && !long_word && !marked_word {
            // A capitalised unknown word inside a sentence is probably a name we do not know;
            // only change it when the replacement is clearly better than keeping it.
            if best.score < UNKNOWN_NAME_KEEP {
                return None;
            }
            runner_up = Some(runner_up.map_or(UNKNOWN_NAME_KEEP, |r| r.max(UNKNOWN_NAME_KEEP)));
        }
        let gap = runner_up.map_or(3.0, |r| best.score - r);
        let mut confidence = 1.0 / (1.0 + (-gap).exp());
        if tier_used == Tier::Rare {
            confidence *= 0.85;
        }
        if best.reason == Reason::Compound {
            confidence *= 0.9;
        }
        let replacement = fix_initial_case(word, best.text, sentence_start);
        if *replacement == *word {
            return None;
        }
        Some(Proposal {
            replacement,
            reason: best.reason,
            confidence,
        })
    }

    /// `word` (capitalised) with its head "garden" or "gardens" read as "gården" or
    /// "gårdens", when it is no listed name nor word as written and so reads as a compound
    /// of a part of three letters or more and that head, or of a common word of two letters
    /// and that head.
    fn farm_name(&self, word: &str) -> Option<String> {
        let (stem, head) = [("gardens", "gårdens"), ("garden", "gården")]
            .into_iter()
            .find_map(|(written, head)| word.strip_suffix(written).map(|stem| (stem, head)))?;
        let stem_letters = stem.chars().count();
        if stem_letters < 2 || !stem.chars().all(char::is_alphabetic) {
            return None;
        }
        let lower = crate::text::lower(word);
        if self.words.name_frequency(word).is_some() || self.words.frequency(&lower).is_some() {
            return None;
        }
        let reading = format!("{stem}{head}");
        // A part of two letters is too short for the compound analysis: a word of its own
        // ("Ekgården", "Bygården").
        if stem_letters == 2 {
            return self
                .words
                .frequency(&crate::text::lower(stem))
                .is_some_and(|f| f >= SHORT_FARM_HEAD_FREQUENCY)
                .then_some(reading);
        }
        let reading_lower = crate::text::lower(&reading);
        self.words
            .vocabulary()
            .split_compound(&reading_lower)
            .is_some_and(|c| {
                c.stems(&reading_lower)
                    .last()
                    .is_some_and(|h| h.starts_with("gård"))
            })
            .then_some(reading)
    }

    /// Whether `lower` is the genitive of a word the lexicon knows as more frequent
    /// ("härads" of "härad").
    fn genitive_of_commoner_word(&self, lower: &str) -> bool {
        let Some(stem) = lower.strip_suffix('s').filter(|s| s.chars().count() >= 3) else {
            return false;
        };
        self.words
            .frequency(stem)
            .is_some_and(|f| self.words.frequency(lower).is_none_or(|g| f > g))
    }

    /// Whether `word` is the comparative or superlative of an adjective the lexicon knows
    /// in -lig, -ig, -isk or -bar ("begripligare", "begripligast"): forms the lexicon may
    /// lack, which no misread reading should replace ("begriplig|area").
    fn compares_known_adjective(&self, word: &str) -> bool {
        let lower = crate::text::lower(word);
        ["are", "ast", "aste"].iter().any(|ending| {
            lower.strip_suffix(ending).is_some_and(|stem| {
                ["lig", "ig", "isk", "bar"]
                    .iter()
                    .any(|s| stem.ends_with(s))
                    && self.words.frequency(stem).is_some()
            })
        })
    }

    /// A short word in capitals (`word`, five letters at most) that a damaged document wrote
    /// for a listed place with å, ä or ö ("BORAS STAD", "LULEA KOMMUN"): that place in
    /// capitals, when the word as written is no word, no listed name and no acronym the
    /// restorer keeps, and exactly one listed name reads from it, a place.
    fn place_in_capitals(&self, word: &str) -> Option<Proposal> {
        if self.doc.damage() == Damage::Clean
            || !word.bytes().any(|b| matches!(b, b'A' | b'O'))
            || !word.bytes().all(|b| b.is_ascii_uppercase())
            || crate::docfix::known_acronym(word)
        {
            return None;
        }
        let lower = crate::text::lower(word);
        let capitalised = Shape::Capitalised.apply(&lower);
        if self.words.name_frequency(&capitalised).is_some()
            || self.words.frequency(&lower).is_some()
        {
            return None;
        }
        let found = self
            .words
            .known_candidates(&capitalised, Tier::Common, true);
        let mut places = found
            .with_frequencies()
            .filter(|(c, _, name)| c.edits > 0 && name.is_some())
            .map(|(c, _, _)| c.text);
        let place = places.next()?;
        if places.next().is_some() || !listed_place(place) {
            return None;
        }
        Some(Proposal {
            replacement: Shape::Upper.apply(place).into(),
            reason: Reason::Name,
            confidence: NATURE_SURNAME_CONFIDENCE,
        })
    }

    /// Whether `word` is an adjective in "-aktig" (any form) made from a word or compound
    /// the lexicon knows ("myndighetsaktig", "barnaktiga"): Swedish makes them freely and the
    /// lexicon lists few, so no misread reading should replace one ("myndighetsaktiv").
    fn aktig_adjective(&self, word: &str) -> bool {
        let lower = crate::text::lower(word);
        // The last "aktig" and an inflection after it ("-a", "-t", "-are", "-ast", "-aste").
        let Some((stem, ending)) = lower.rsplit_once("aktig") else {
            return false;
        };
        // The stem as it is, or without the linking "s" a compound takes.
        let bare = stem.strip_suffix('s').unwrap_or(stem);
        ["", "a", "t", "are", "ast", "aste"].contains(&ending)
            && stem.chars().count() >= 3
            && [stem, bare]
                .iter()
                .any(|s| self.words.frequency(s).is_some() || self.words.compound(s).is_some())
    }

    /// Whether `word` is a participle of a verb in "-era" the lexicon knows as written
    /// ("transkriberad", "transkriberade", "transkriberat" of "transkribera"): Swedish
    /// makes such verbs freely, and the word list lacks many of their participles.
    fn era_participle(&self, word: &str) -> bool {
        // (Told by its ending before anything is lower-cased: most words have none of these.)
        let Some(stem) = ["erad", "erade", "erat", "erades", "erats"]
            .iter()
            .find_map(|ending| {
                let at = word.len().checked_sub(ending.len())?;
                word.get(at..)
                    .filter(|tail| tail.eq_ignore_ascii_case(ending))
                    .and_then(|_| word.get(..at))
            })
            .filter(|stem| stem.len() >= 4 && stem.is_ascii())
        else {
            return false;
        };
        self.words.knows_with(&stem.to_ascii_lowercase(), "era")
    }

    /// Whether neither the lexicon nor the name list knows `word` as written, as a word, a
    /// name or a compound.
    fn unknown_as_written(&self, word: &str) -> bool {
        let lower = crate::text::lower(word);
        self.words.name_frequency(word).is_none()
            && self.words.frequency(&lower).is_none()
            && self.words.compound(&lower).is_none()
    }

    /// Every candidate of `word` in `tier`, and which of them the lexicon knows (they depend
    /// on the word alone: worked out once, remembered).
    fn all_candidates(&self, word: &str, tier: Tier, shape: Shape) -> Arc<TierCandidates> {
        self.words.tier_candidates(word, tier, || {
            // Looked up along the candidate walk where the lower-casing allows.
            if let Some(found) = confusion::candidates_with_frequencies(
                word,
                tier,
                self.words.vocabulary(),
                shape == Shape::Lower,
                shape == Shape::Capitalised,
            ) {
                let mut known = Vec::new();
                for (i, (_, f, n)) in found.with_frequencies().enumerate() {
                    if (f.is_some() || n.is_some())
                        && let Ok(index) = u32::try_from(i)
                    {
                        known.push(Known {
                            index,
                            frequency: f,
                            name_frequency: n,
                        });
                    }
                }
                return TierCandidates {
                    cands: found,
                    known,
                };
            }
            let cands = confusion::candidates(word, tier);
            let mut buf = String::new();
            let known = cands
                .iter()
                .enumerate()
                .filter_map(|(i, cand)| {
                    let lower = lower_into(cand.text, shape, &mut buf);
                    let f = self.words.frequency(lower);
                    let n = if shape == Shape::Capitalised {
                        self.words.name_frequency(cand.text)
                    } else {
                        None
                    };
                    let i = u32::try_from(i).ok()?;
                    (f.is_some() || n.is_some()).then_some(Known {
                        index: i,
                        frequency: f,
                        name_frequency: n,
                    })
                })
                .collect();
            TierCandidates { cands, known }
        })
    }

    /// Score of a candidate if it is a known word or name, with the reason it is known;
    /// `known` holds its lexicon frequencies as a word and as a name, where it has them.
    fn score(
        &self,
        cand: confusion::Candidate<'_>,
        (frequency, name_frequency): (Option<u32>, Option<u32>),
        shape: Shape,
        lexicon_penalty: f32,
        lower_buf: &mut String,
    ) -> Option<(f32, Reason)> {
        let (text, edits) = (cand.text, cand.edits);
        let mut best: Option<(f32, Reason)> = None;
        fn consider(best: &mut Option<(f32, Reason)>, s: f32, r: Reason) {
            if best.is_none_or(|(b, _)| s > b) {
                *best = Some((s, r));
            }
        }
        if let Some(f) = frequency {
            consider(&mut best, ln1p(f) - lexicon_penalty, Reason::Lexicon);
        }
        if shape == Shape::Capitalised
            && let Some(f) = name_frequency
        {
            // Any listed name beats an unknown capitalised word, however rare the name; the
            // name as written stands on its own frequency against readings of it (in a scan
            // that lost its marks, "Amal" beside "Åmål" is the place).
            let floor = if edits == 0 { 0.0 } else { NAME_FLOOR };
            consider(&mut best, ln1p(f).max(floor) + 1.0, Reason::Name);
        }
        if edits > 0
            && (shape == Shape::Capitalised && self.doc.has_name(text)
                || self.doc.has_any_word() && self.doc.has_word(lower_into(text, shape, lower_buf)))
        {
            let s = best.map_or(DOC_ONLY, |(s, _)| s.max(DOC_ONLY)) + DOC_BONUS;
            consider(&mut best, s, Reason::Document);
        }
        if edits == 0
            && let Some((s, r)) = best
        {
            return Some((s + self.doc.keep_bonus(), r));
        }
        best
    }

    /// Score of a capitalised word as a name followed by a word ("Skåneveckan",
    /// "Helsingborgshem"), with or without a linking s.
    fn name_compound_score(&self, text: &str) -> Option<f32> {
        let mut best: Option<f32> = None;
        // Heads of three characters or more, short of the whole text.
        let min_head = text.char_indices().nth(3).map_or(text.len(), |(k, _)| k);
        for (k, nf) in self.words.name_prefixes(text) {
            if k < min_head || k >= text.len() {
                continue;
            }
            let Some(tail) = text.get(k..) else {
                continue;
            };
            for rest in [tail, tail.strip_prefix('s').unwrap_or("")] {
                if rest.chars().count() < 4 {
                    continue;
                }
                if let Some(f) = self.words.frequency(rest) {
                    let s = compound_mean(ln1p(nf) + ln1p(f), 2);
                    best = Some(best.map_or(s, |b: f32| b.max(s)));
                }
            }
        }
        best
    }

    /// For a word read as a compound of three or four parts: the best reading with one
    /// misread letter on one side of a part boundary, where that side is no known word but
    /// one letter from a common one (`(score, word)`, scored as a word or a compound).
    fn part_misread(&self, lower: &str) -> Option<(f32, String)> {
        // Most compound readings have two parts: the remembered part count turns them away
        // before the split itself is worked out again.
        if self.words.compound(lower).is_none_or(|c| c.parts < 3) {
            return None;
        }
        let split = self.words.vocabulary().split_compound(lower)?;
        // A compound of common parts is taken as written: garbled letters split into a rare
        // fragment somewhere ("valin", "beten").
        let rare = split.stems(lower).any(|stem| {
            self.words
                .frequency(stem)
                .is_none_or(|f| f < RARE_PART_FREQUENCY)
        });
        if !rare {
            return None;
        }
        let mut found: Option<(f32, String)> = None;
        for part in split.parts().iter().skip(1) {
            let at = part.stem.start;
            let (Some(left), Some(right)) = (lower.get(..at), lower.get(at..)) else {
                continue;
            };
            for (side, is_right) in [(right, true), (left, false)] {
                if side.chars().count() < 5 || self.words.frequency(side).is_some() {
                    continue;
                }
                let Some((_, fixed)) = self.words.whole_word_misread(side, || {
                    let (whole, diacritic) = misread_readings(self.words, side);
                    whole.or(diacritic)
                }) else {
                    continue;
                };
                let cand = if is_right {
                    format!("{left}{fixed}")
                } else {
                    format!("{fixed}{right}")
                };
                let score = match self.words.frequency(&cand) {
                    Some(f) => Some(ln1p(f)),
                    None => self.compound_score(&cand),
                };
                if let Some(score) = score
                    && found.as_ref().is_none_or(|(s, _)| score > *s)
                {
                    found = Some((score, cand));
                }
            }
        }
        found
    }

    /// The listed name one look-alike letter away from `word` (a capitalised word nothing
    /// reads), with its frequency: "Yiva" for Ylva. Only the letter shapes a scan confuses
    /// are tried ([`confusion::SHAPE_MISREADS`], never at the first letter), and only one
    /// name may fit.
    fn misread_name(&self, word: &str) -> Option<(String, u32)> {
        // Not the first letter: its capital is what marks the word as a name.
        let first = word.chars().next().map_or(0, char::len_utf8);
        let mut found: Option<(String, u32)> = None;
        let mut probe = String::with_capacity(word.len() + 1);
        for &(from, to, _) in confusion::SHAPE_MISREADS {
            for (at, _) in word.match_indices(from).filter(|&(at, _)| at >= first) {
                probe.clear();
                probe.push_str(word.get(..at)?);
                probe.push_str(to);
                probe.push_str(word.get(at + from.len()..)?);
                if let Some(f) = self.words.name_frequency(&probe) {
                    if found.as_ref().is_some_and(|(n, _)| *n != probe) {
                        return None;
                    }
                    found = Some((probe.clone(), f));
                }
            }
        }
        found
    }

    /// `lower` with the head of its compound reading read back from a supine ("brukat") to
    /// the commoner present form ("brukar"), when the result still reads as a compound.
    fn supine_head(&self, lower: &str) -> Option<String> {
        let split = self.words.vocabulary().split_compound(lower)?;
        let first = split.parts().first()?;
        let head = lower.get(first.stem.clone())?;
        let rest = lower.get(first.stem.end..)?;
        let stem = head.strip_suffix("at").filter(|s| s.chars().count() >= 3)?;
        let read = format!("{stem}ar");
        let commoner = self.words.frequency(&read)? > self.words.frequency(head).unwrap_or(0);
        let cand = format!("{read}{rest}");
        (commoner && self.compound_score(&cand).is_some()).then_some(cand)
    }

    /// The longest common word of seven letters or more that `lower` ends with after a head
    /// of four letters or more ("opioid|beroende"), if any.
    fn known_tail<'w>(&self, lower: &'w str) -> Option<&'w str> {
        lower.char_indices().skip(4).find_map(|(i, _)| {
            lower.get(i..).filter(|tail| {
                tail.chars().count() >= 7
                    && self
                        .words
                        .frequency(tail)
                        .is_some_and(|f| f >= KNOWN_TAIL_FREQUENCY)
            })
        })
    }

    /// Whether `lower` reads as a compound only with three parts or more or with a part that
    /// is rare or unknown: its reading is such, it is not two long known words, and no other
    /// reading as two common words joined directly or by a linker
    /// ("arbetsmarknad|s|direktör" beside "arbet|marknadsdirektör") exists.
    fn weak_compound(&self, lower: &str) -> bool {
        let common = |w: &str| {
            self.words
                .frequency(w)
                .is_some_and(|f| f >= RARE_PART_FREQUENCY)
        };
        let rare_part = self
            .words
            .compound(lower)
            .is_some_and(|c| c.parts >= 3 || c.rarest < RARE_PART_FREQUENCY);
        if !rare_part {
            return false;
        }
        // Two long parts the lexicon knows as words are a compound as meant, however rare
        // one is ("anhörig|konsulent" is no misread "anhörig|konsument").
        // (The remembered reading holds the parts' count and the rarest's frequency; only
        // their lengths need the split again.)
        if self
            .words
            .compound(lower)
            .is_some_and(|c| c.parts == 2 && c.rarest >= SOUND_PART_FREQUENCY)
            && self
                .words
                .vocabulary()
                .split_compound(lower)
                .is_some_and(|c| {
                    c.stems(lower)
                        .all(|s| s.chars().nth(SOUND_PART_LETTERS - 1).is_some())
                })
        {
            return false;
        }
        let two_common = self.words.part_prefix_ends(lower).into_iter().any(|k| {
            let (Some(first), Some(after)) = (lower.get(..k), lower.get(k..)) else {
                return false;
            };
            common(first)
                && delaktig_lexicon_sv::LINKERS.iter().any(|linker| {
                    after
                        .strip_prefix(linker)
                        .is_some_and(|last| last.chars().count() >= 4 && common(last))
                })
        });
        !two_common
    }

    /// Whether `lower` (eight letters or more) is a known word with a definite or plural
    /// ending added: the lexicon lists some words without their inflected forms.
    fn inflects_known_word(&self, lower: &str) -> bool {
        const ENDINGS: &[&str] = &["en", "et", "na", "ens", "ets", "arna", "erna", "orna"];
        lower.chars().count() >= 8
            && ENDINGS.iter().any(|e| {
                lower
                    .strip_suffix(e)
                    .is_some_and(|base| self.words.frequency(base).is_some())
            })
    }

    /// Whether `word` is a compound whose last part is a known word with its é
    /// ("frälsningsarmén", "ungdomskaféet", "arbetsidéer"): written as meant, however common
    /// a reading without the é ("frälsningsarmen").
    fn legit_e_compound(&self, word: &str) -> bool {
        let lower = crate::text::lower(word);
        let Some(at) = lower.rfind('é') else {
            return false;
        };
        lower
            .char_indices()
            .skip(1)
            .take_while(|&(i, _)| i + 2 <= at)
            .any(|(i, _)| {
                lower.get(i..).is_some_and(|tail| {
                    self.words
                        .frequency(tail)
                        .is_some_and(|f| f >= LEGIT_E_PART_FREQUENCY)
                })
            })
            && self.words.compound(&lower).is_some()
    }

    /// Score of `lower` as a compound ([`Restorer::compound_score`]) with each part the
    /// lexicon lists that is itself a compound of known parts ("valsverk": vals|verk) valued
    /// as that compound would score, when that is more than its own frequency gives; `None`
    /// without such a part. For a reading with restored letters (not `as_written`) a listed
    /// part counts so only when its own parts are long ([`Restorer::long_parts`]): that is
    /// what a restoration should follow ("öppenvård|s|behandling", not
    /// "öppen|värd|s|behandling"), while a word the splitter parts into a short word and the
    /// rest ("när|varande") would pull a misreading along ("nät|varande").
    fn listed_part_score(&self, lower: &str, as_written: bool) -> Option<f32> {
        // Most compound readings have no part long enough: the remembered reading says so
        // before the split is worked out again.
        if !self.words.compound(lower).is_some_and(|c| c.long_part) {
            return None;
        }
        let split = self.words.vocabulary().split_compound(lower)?;
        let (mut parts, mut sum, mut raised) = (0usize, 0.0f32, false);
        for stem in split.stems(lower) {
            parts += 1;
            let f = self.words.frequency(stem);
            let own = crate::words::stem_value(stem, f);
            let inner = (f.is_some()
                && stem.len() >= LONG_PART_BYTES
                && (as_written || self.long_parts(stem)))
            .then(|| self.compound_score(stem))
            .flatten()
            .filter(|&v| v > own);
            raised |= inner.is_some();
            sum += inner.unwrap_or(own);
        }
        (raised && parts >= 2).then(|| compound_mean(sum, parts))
    }

    /// Whether every part of the compound reading of `lower` has four letters or more: a
    /// word the splitter parts into a short word and the rest ("var|ande", "hand|lag") is
    /// seldom a compound of them.
    fn long_parts(&self, lower: &str) -> bool {
        self.words
            .vocabulary()
            .split_compound(lower)
            .is_some_and(|c| c.stems(lower).all(|s| s.chars().count() >= 4))
    }

    /// Score of `lower` as a compound of known parts joined directly or by a linking
    /// morpheme (-s-, -e-, -a-, -u-, -o-), preferring the fewest parts.
    pub(crate) fn compound_score(&self, lower: &str) -> Option<f32> {
        self.words
            .compound(lower)
            .map(|c| compound_mean(c.sum, c.parts))
    }
}

/// Whether `word` is a capital and digits only: a code ("E4", "A4", "D6"), which a scan's
/// "4" or "6" for an å or ö must not be read into.
pub(crate) fn capital_and_digits(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_digit())
}

/// Least frequency (per billion) of the word a capital and digits is read as (på, år, så,
/// då, gå; not dö or må).
const CODE_READING_FREQUENCY: u32 = 1_000_000;

/// Most frequent (per billion) the small-letter reading of a "6"-initial word may be and the
/// word still be read as the listed name it capitalises to.
const DIGIT_NAME_WORD_MAX: u32 = 1_000;

/// Confidence of a name read with an "ö" for the "6" a scan wrote inside it.
const SIX_NAME_CONFIDENCE: f32 = 0.6;

/// `word`, a capitalised word of letters with a "6" after its first letters ("Aln6",
/// "Sk6ldvik"), with each "6" read as the "ö" a scan made of it: no list knows the name, but a
/// digit among a name's letters is no part of it. `None` for any other word (a code such as
/// "E6" has no letters after its capital).
fn six_for_o_umlaut(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    (first.is_uppercase()
        && letters >= 2
        && rest.contains('6')
        && rest.chars().all(|c| c.is_lowercase() || c == '6')
        && rest.chars().next().is_some_and(char::is_lowercase))
    .then(|| format!("{first}{}", rest.replace('6', "ö")))
}

/// Whether `name` is on the lexicon's list of Swedish places
/// ([`delaktig_lexicon_sv::PLACE_LIST`]: municipalities, towns, districts, waters), not only
/// a first name or surname of the names map.
fn listed_place(name: &str) -> bool {
    static PLACES: std::sync::OnceLock<HashSet<&'static str, BuildHasherDefault<FxHasher>>> =
        std::sync::OnceLock::new();
    PLACES
        .get_or_init(|| {
            delaktig_lexicon_sv::list_entries(delaktig_lexicon_sv::PLACE_LIST)
                .filter(|p| !p.contains(' '))
                .collect()
        })
        .contains(name)
}

/// The listed place ([`listed_place`]) whose letters folded ([`crate::fold`]) are `folded`,
/// when exactly one place folds so ("vaxjo" → "Växjö").
pub(crate) fn place_by_fold(folded: &str) -> Option<&'static str> {
    type Places =
        std::collections::HashMap<String, Option<&'static str>, BuildHasherDefault<FxHasher>>;
    static PLACES: std::sync::OnceLock<Places> = std::sync::OnceLock::new();
    PLACES
        .get_or_init(|| {
            let mut map = Places::default();
            for place in delaktig_lexicon_sv::list_entries(delaktig_lexicon_sv::PLACE_LIST)
                .filter(|p| !p.contains(' '))
            {
                map.entry(crate::fold(place))
                    .and_modify(|e| {
                        if *e != Some(place) {
                            *e = None;
                        }
                    })
                    .or_insert(Some(place));
            }
            map
        })
        .get(folded)
        .copied()
        .flatten()
}

/// Least frequency (per billion) of the known é-word that ends a compound kept as written.
const LEGIT_E_PART_FREQUENCY: u32 = 1_000;

/// Endings after a legitimate é: a final é (idé, kafé), "-én" names (Lindén, Malmén) and
/// the inflections of é-words (idéer, kaféet, armén, entréns).
const E_ENDINGS: &[&str] = &[
    "", "n", "ns", "s", "er", "erna", "ernas", "ers", "et", "ets", "n:s", "t", "rna",
];

/// Whether `word` has an é where Swedish never writes one: inside the word before other
/// letters ("Intresseféreningen", "Sjéviksvagen"), a sure sign of an OCR'd ö.
fn misplaced_e(word: &str) -> bool {
    word.match_indices('é').any(|(i, e)| {
        let rest = word.get(i + e.len()..).unwrap_or("");
        !E_ENDINGS.contains(&rest)
    })
}

/// Endings of Swedish surnames built from nature words (Häggström, Ödmark, Sjöberg).
const SURNAME_ENDINGS: &[&str] = &[
    "ström", "berg", "gren", "lund", "kvist", "qvist", "holm", "mark", "dahl", "stedt", "strand",
    "sten", "blad", "fors", "sjö", "bäck", "näs", "hed", "ling", "skog",
];

/// The most frequent a word may be and still be read as the surname after a first name.
const SURNAME_WORD_MAX_FREQUENCY: u32 = 10_000;

/// Confidence of a word read without the capital a scan doubled at its start.
const DOUBLED_CAPITAL_CONFIDENCE: f32 = 0.9;
/// Least frequency (per billion) of a word of two letters that heads a farm's or a house's
/// name ([`Restorer::farm_name`]: "Ek|gården").
const SHORT_FARM_HEAD_FREQUENCY: u32 = 1_000;
/// Least frequency (per billion) of a common word read from a "G" after a capital.
const INNER_G_FREQUENCY: u32 = 10_000;

/// Street words a name of a street ends in, as a scan writes them and restored.
pub(crate) const STREET_ENDS: &[(&str, &str)] = &[
    ("gatan", "gatan"),
    ("vagen", "vägen"),
    ("vägen", "vägen"),
    ("grand", "gränd"),
    ("gränd", "gränd"),
    ("torget", "torget"),
    ("backen", "backen"),
    ("stigen", "stigen"),
    ("gangen", "gången"),
    ("gången", "gången"),
];

/// `word`, a street's name whose head is "Å" or "Ås" read as "A" or "As" ("Agatan",
/// "Asvagen"), restored ("Ågatan", "Åsvägen"); `None` for any other word. No Swedish street
/// is named "A…" or "As…" with these endings.
fn short_head_street(word: &str) -> Option<String> {
    let rest = word.strip_prefix('A')?;
    let (head, rest) = match rest.strip_prefix('s') {
        Some(r) if STREET_ENDS.iter().any(|&(w, _)| w == r) => ("Ås", r),
        _ => ("Å", rest),
    };
    let (_, end) = STREET_ENDS.iter().find(|&&(w, _)| w == rest)?;
    Some(format!("{head}{end}"))
}

/// `word` with the "G" (or "G6") after its first capital read as "ö", when small letters
/// follow: "GGran" → "Göran". `None` for any other shape.
fn inner_g(word: &str) -> Option<String> {
    let bytes = word.as_bytes();
    let (first, rest) = match bytes {
        [a, b'G', b'6', c, ..] if a.is_ascii_uppercase() && c.is_ascii_lowercase() => {
            (*a, word.get(3..)?)
        }
        [a, b'G', c, ..] if a.is_ascii_uppercase() && c.is_ascii_lowercase() => {
            (*a, word.get(2..)?)
        }
        _ => return None,
    };
    let rest_letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    (rest_letters >= 2 && rest.chars().all(char::is_lowercase))
        .then(|| format!("{}ö{rest}", char::from(first)))
}

/// Confidence of a surname read from its shape alone.
const NATURE_SURNAME_CONFIDENCE: f32 = 0.8;

/// First parts with ö of Swedish surnames built from nature words (Sjöberg, Björklund,
/// Grönvall); without the ö none of them starts a Swedish surname.
const SURNAME_HEADS_WITH_O: &[&str] = &[
    "sjö", "ström", "björk", "björn", "lön", "löf", "löv", "sköld", "hög", "grön", "hörn", "mörk",
    "rönn", "rön", "söder", "öster", "öst", "åker", "ång", "äng", "kärr", "hägg", "ärle", "fält",
    "bjärn", "säll", "ås", "näs", "fjärd", "fjäll", "tjärn", "tärn", "skär", "mård", "väst",
    "stål",
];

/// Second parts with å, ä or ö of Swedish surnames that their stripped letters never end
/// ("Lindgarde", "Hallstrom"): after a first part of three letters or more they are those
/// letters restored.
const MARKED_TAILS: &[&str] = &["ström", "löf", "löv", "lööf", "gärde", "gård", "sjö"];

/// Second parts of such surnames, with the letters they are written with.
const SURNAME_TAILS: &[&str] = &[
    "ström", "berg", "gren", "lund", "kvist", "qvist", "holm", "mark", "dahl", "stedt", "strand",
    "sten", "blad", "fors", "bäck", "näs", "hed", "ling", "skog", "dén", "din", "lin", "man",
    "malm", "dal", "blom", "vall", "gård", "ér", "én", "ell", "lander", "ander", "borg", "by",
    "löf", "löv",
];

/// The surname `word` reads as when a scan stripped its diacritics: a first part of
/// [`SURNAME_HEADS_WITH_O`] and a second part of [`SURNAME_TAILS`] whose letters fold to the
/// word's, when exactly one such reading exists.
fn nature_surname(word: &str) -> Option<String> {
    // The heads' first letters, folded: most words are ruled out before any folding.
    let first = word.chars().next()?.to_lowercase().next()?;
    if !matches!(
        first,
        's' | 'b'
            | 'n'
            | 't'
            | 'v'
            | 'l'
            | 'h'
            | 'g'
            | 'm'
            | 'r'
            | 'o'
            | 'ö'
            | 'é'
            | '6'
            | 'a'
            | 'å'
            | 'ä'
            | 'k'
            | 'f'
            | '&'
            | '4'
    ) {
        return marked_tail(word);
    }
    static FOLDED: std::sync::LazyLock<(Vec<String>, Vec<String>)> =
        std::sync::LazyLock::new(|| {
            let fold_all = |list: &[&str]| list.iter().map(|w| crate::fold(w)).collect();
            (fold_all(SURNAME_HEADS_WITH_O), fold_all(SURNAME_TAILS))
        });
    let (heads, tails) = &*FOLDED;
    let folded = crate::fold(word);
    let mut found: Option<String> = None;
    for (head, folded_head) in SURNAME_HEADS_WITH_O.iter().zip(heads) {
        let Some(rest) = folded.strip_prefix(folded_head.as_str()) else {
            continue;
        };
        for (tail, folded_tail) in SURNAME_TAILS.iter().zip(tails) {
            if folded_tail == rest {
                let mut name = String::with_capacity(head.len() + tail.len());
                let mut chars = head.chars();
                name.extend(chars.next()?.to_uppercase());
                name.push_str(chars.as_str());
                name.push_str(tail);
                if found.as_ref().is_some_and(|f| *f != name) {
                    return None;
                }
                found = Some(name);
            }
        }
    }
    found.or_else(|| marked_tail(word))
}

/// `word` with a second part of [`MARKED_TAILS`] restored after a first part of three letters
/// or more without an a or an o ("Lindgarde" → "Lindgärde").
fn marked_tail(word: &str) -> Option<String> {
    if !word.is_ascii() || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    // A "q" read as "g" in the surname ending "qvist" ("Blomgvist"): no Swedish word ends
    // in "gvist".
    if let Some(head) = lower.strip_suffix("gvist")
        && head.len() >= 3
    {
        return Some(format!("{}qvist", word.get(..head.len()).unwrap_or("")));
    }
    // Each tail folded into one buffer, compared in place.
    let mut folded = String::new();
    MARKED_TAILS.iter().find_map(|tail| {
        crate::fold_into(tail, &mut folded);
        // The tail's ä may also have come out as "ia" ("Lindgiarde").
        let head = match lower.strip_suffix(folded.as_str()) {
            Some(head) => head,
            None => {
                let (before, after) = folded.split_at(folded.find('a')?);
                lower
                    .strip_suffix(after)?
                    .strip_suffix('i')?
                    .strip_suffix(before)?
            }
        };
        // A first part with an a or an o may have lost its own marks ("Backstrom"): the
        // restorer weighs those.
        // A first part no Swedish word could open ("Mdller": a d a scan made of an ö) is
        // left to the restorer's search too.
        let plain = head.len() >= 3
            && !head.bytes().any(|b| matches!(b, b'a' | b'o'))
            && swedish_onset(head);
        plain.then(|| format!("{}{tail}", word.get(..head.len()).unwrap_or("")))
    })
}

/// Whether the consonants that open `lower` (ASCII, small) before its first vowel are ones a
/// Swedish word or name may open with ("l", "str", "hj"; not "md").
fn swedish_onset(lower: &str) -> bool {
    let onset = lower
        .find(['a', 'e', 'i', 'o', 'u', 'y'])
        .map_or(lower, |v| &lower[..v]);
    onset.len() <= 1
        || matches!(
            onset,
            "bl" | "br"
                | "ch"
                | "dr"
                | "dv"
                | "fj"
                | "fl"
                | "fr"
                | "gl"
                | "gn"
                | "gr"
                | "hj"
                | "kl"
                | "kn"
                | "kr"
                | "kv"
                | "lj"
                | "pl"
                | "pr"
                | "sj"
                | "sk"
                | "sl"
                | "sm"
                | "sn"
                | "sp"
                | "st"
                | "sv"
                | "tj"
                | "tr"
                | "tv"
                | "vr"
                | "th"
                | "ph"
                | "sch"
                | "skr"
                | "spr"
                | "str"
                | "skj"
                | "stj"
                | "spl"
                | "skv"
        )
}

/// Whether `text` looks like a Swedish surname: a surname ending after at least two letters.
fn surname_like(text: &str) -> bool {
    SURNAME_ENDINGS.iter().any(|e| {
        text.strip_suffix(e)
            .or_else(|| text.strip_suffix('s').and_then(|t| t.strip_suffix(e)))
            .is_some_and(|head| head.chars().count() >= 2)
    })
}

/// Score of two words found run together where no other reading fits.
const SPACING_SCORE: f32 = 6.0;

/// Words that do not begin a compound: pronouns, conjunctions, question words and a
/// neuter adjective ("vi|bilda", "vårt|arbete", "hur|samverkan", "nytt|dialogmöte"). The
/// lexicon lets them head one; two words run together are read so, a misread letter inside a
/// long word is not ("det|a|skyddsombudet" is no reading of "Dataskyddsombudet").
const NEVER_FIRST: &[&str] = &[
    "vi", "jag", "du", "han", "hon", "de", "dem", "den", "det", "ni", "vår", "vårt", "våra", "min",
    "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "hans", "hennes", "deras", "och",
    "eller", "att", "som", "men", "inte", "är", "blir", "hur", "vad", "utan", "nytt", "enligt",
    "också", "alltså",
];
/// Words that do not end a compound ("gemensamt|eller", "går|igenom").
const NEVER_LAST: &[&str] = &[
    "och", "eller", "att", "som", "men", "inte", "vi", "jag", "du", "hon", "är", "till", "med",
    "från", "hos", "om", "igenom", "enligt", "också", "alltså", "samt", "eftersom",
];
/// Conjunctions a scan runs together with the subject after them ("attde", "somvi").
const RUN_CONJUNCTIONS: &[&str] = &["att", "som", "när", "om", "men", "och", "eftersom"];
/// Subjects a scan runs together with the verb after them ("Vihar", "jagkan").
const RUN_SUBJECTS: &[&str] = &["vi", "jag", "du", "han", "hon", "ni", "de", "man"];
/// Verbs after such a subject: after a pronoun "har" is the verb, never "här".
const RUN_VERBS: &[&str] = &[
    "har", "kan", "ska", "vill", "är", "var", "får", "måste", "tycker", "hade", "skulle",
];

/// Auxiliaries a scan runs together with the supine after them ("hadefått", "harvarit"):
/// they head no compound.
const RUN_AUXILIARIES: &[&str] = &["hade", "har"];

/// Whether `lower` is one of [`RUN_SUBJECTS`] and one of [`RUN_VERBS`] run together.
fn subject_and_verb(lower: &str) -> bool {
    RUN_SUBJECTS.iter().any(|s| {
        lower
            .strip_prefix(s)
            .is_some_and(|rest| RUN_VERBS.contains(&rest))
    })
}

/// Least frequency (per billion) of the other word of a run-together pair.
const SPACING_MIN_FREQUENCY: u32 = 1_000;

/// `text` with the space put back between two common words it joins, when one of them is a
/// word that never begins or ends a compound; `None` otherwise.
fn missing_space<'t>(words: &Words, text: &'t str) -> Option<(&'t str, &'t str)> {
    if !text.chars().all(char::is_alphabetic) {
        return None;
    }
    let lower = crate::text::lower(text);
    if lower.len() != text.len() || words.frequency(&lower).is_some() {
        return None;
    }
    // A listed name, however written ("VADSTENA KOMMUN" is no "VAD STENA").
    if words
        .name_frequency(&Shape::Capitalised.apply(&lower))
        .is_some()
    {
        return None;
    }
    let common = |w: &str| {
        words
            .frequency(w)
            .is_some_and(|f| f >= SPACING_MIN_FREQUENCY)
    };
    let mut found = None;
    for (k, _) in lower.char_indices().skip(2) {
        let (left, right) = lower.split_at(k);
        if right.chars().count() < 2 {
            break;
        }
        // (A word whose reading depends on its neighbours, har/här or gar/går, is decided by
        // the context rules when the words are read again with the space put back.)
        let (left_letters, right_letters) = (left.chars().count(), right.chars().count());
        let fits = NEVER_FIRST.contains(&left)
            && right_letters >= 4
            && (common(right) || right_letters >= 7 && words.frequency(right).is_some())
            || NEVER_LAST.contains(&right)
                && (left_letters >= 4 || left_letters >= 3 && right_letters >= 5)
                && common(left)
            || RUN_SUBJECTS.contains(&left) && RUN_VERBS.contains(&right)
            || RUN_CONJUNCTIONS.contains(&left)
                && (RUN_SUBJECTS.contains(&right) || matches!(right, "det" | "den"))
            // "är" with its marks lost run together with the word after it ("frågan
            // arviktig"): never a compound's head as written.
            || left == "ar" && right_letters >= 5 && common(right)
            // An article run together with its noun or adjective ("Enrutin för SIP", "Enny
            // rutin"): the text is no word, so no compound that starts so.
            || matches!(left, "en" | "ett")
                && common(right)
                && !NEVER_LAST.contains(&right)
            // … or with a short word that follows the verb, never a compound's part ("Vi
            // arinte motståndare", "ofta arde som").
            || copula_run(&lower) && left == "ar"
            || RUN_AUXILIARIES.contains(&left)
                && right_letters >= 4
                && right.ends_with('t')
                && common(right)
            // A subject run together with the word before it ("skajag", "såjag"): any of
            // [`RUN_SUBJECTS`] but "han", "de" and "man", which words end in ("Johan",
            // "hade", "talman").
            || RUN_SUBJECTS.contains(&right)
                && !matches!(right, "han" | "de" | "man")
                && (left_letters >= 3 || matches!(left, "så" | "nu" | "då" | "om"))
                && common(left);
        if fits {
            if found.is_some() {
                return None; // two ways to split: not clear enough
            }
            found = Some(k);
        }
    }
    found.map(|k| text.split_at(k))
}

/// Whether `word`, case aside, is "är" with its marks lost run together with a short word
/// that follows the verb and never ends a compound ("arinte", "arde"); told without
/// lower-casing the word, as the restorer asks it of every word it reads.
fn copula_run(word: &str) -> bool {
    word.get(..2)
        .is_some_and(|head| head.eq_ignore_ascii_case("ar"))
        && word.get(2..).is_some_and(|rest| {
            ["inte", "de", "det", "den", "nog", "ju"]
                .iter()
                .any(|r| rest.eq_ignore_ascii_case(r))
        })
}

/// Whether `b` is `a` with one letter more or less at its start or its end ("carmen" and
/// "armen", "mariam" and "maria"): what a name one letter off a word looks like, not what a
/// scan does to a word's edges. A thin stroke after `a` (a speck read as "i", "l" or "j",
/// "Flerai") is a scan's.
fn edge_letter(a: &str, b: &str) -> bool {
    if a.strip_suffix(['i', 'l', 'j']) == Some(b) {
        return false;
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.chars().count() != short.chars().count() + 1 {
        return false;
    }
    let first = long.chars().next().map_or(0, char::len_utf8);
    let last = long.chars().next_back().map_or(0, char::len_utf8);
    long.get(first..) == Some(short) || long.get(..long.len() - last) == Some(short)
}

/// Whether `cand` is `word` without its first letter, a consonant that no speck makes and a
/// scan did not double ("bosocial" is no "osocial": a compound with a short head the lexicon
/// cannot split starts so; "bbeaktas" is "beaktas").
fn initial_letter_dropped(word: &str, cand: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.clone().next()) else {
        return false;
    };
    first != second
        && first.is_ascii_lowercase()
        && !matches!(
            first,
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'l' | 'j' | 't' | 'f' | 'r'
        )
        && chars.as_str() == cand
}

/// The commonest word one letter away from `lower` if common enough to trust, else the best
/// two-part compound one letter away from a long word: `(score, word)`.
#[cfg(test)]
fn misread_search(words: &Words, lower: &str) -> Option<(f32, String)> {
    whole_word_misread(words, lower).or_else(|| two_part_misread(words, lower))
}

/// The best two-part compound one letter away from a long word (of ten characters or more):
/// `(score, word)`.
fn two_part_misread(words: &Words, lower: &str) -> Option<(f32, String)> {
    let mut found: Option<(f32, String)> = None;
    if lower.chars().count() >= 10 {
        // A long compound with one misread letter: the best two-part reading. Its one edit
        // lies in the last part, in the first, or between them, with the rest of the word
        // unchanged; so the readings are built from the word's known part prefixes and word
        // suffixes and the parts one edit from what they leave, then split once each (one-off
        // strings: not remembered). Equal scores go to the first in byte order.
        for cand in two_part_edits(words, lower) {
            if restores_dropped_e(lower, &cand) {
                continue;
            }
            if let Some(Compound { parts: 2, sum, .. }) = words.split_uncached(&cand)
                && !headed_by_function_word(words, &cand)
            {
                let s = compound_mean(sum, 2);
                if found.as_ref().is_none_or(|(b, _)| s > *b) {
                    found = Some((s, cand));
                }
            }
        }
    }
    found
}

/// Whether the compound reading of `cand` begins with one of [`NEVER_FIRST`].
fn headed_by_function_word(words: &Words, cand: &str) -> bool {
    words.vocabulary().split_compound(cand).is_some_and(|c| {
        c.stems(cand)
            .next()
            .is_some_and(|h| NEVER_FIRST.contains(&h))
    })
}

/// Whether `cand` is `word` with an "e" put back before a linking "s": a first part that
/// drops its final "e" in a compound ("arbet|s|konsulent" from "arbete") is how Swedish
/// writes it, not a letter a scan lost.
fn restores_dropped_e(word: &str, cand: &str) -> bool {
    cand.len() == word.len() + 1
        && cand.match_indices("es").any(|(at, _)| {
            cand.get(..at)
                .zip(cand.get(at + 1..))
                .is_some_and(|(a, b)| {
                    word.len() == a.len() + b.len() && word.starts_with(a) && word.ends_with(b)
                })
        })
}

/// The likelier of two misread readings (by score; `a` on a tie), or whichever there is.
fn likelier(a: Option<(f32, String)>, b: Option<(f32, String)>) -> Option<(f32, String)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The commonest known word one letter away from `lower`, if common enough to trust
/// (among equally common ones the first in byte order): `(score, word)`. (The reference
/// [`misread_readings`] is tested against.)
#[cfg(test)]
fn whole_word_misread(words: &Words, lower: &str) -> Option<(f32, String)> {
    let mut readings = Vec::new();
    words.one_edit_readings(lower, &mut readings);
    readings
        .into_iter()
        .filter(|r| r.frequency >= MISREAD_MIN_FREQUENCY)
        .rev()
        .max_by_key(|r| r.frequency)
        .map(|r| (ln1p(r.frequency), r.word))
}

/// Least frequency (per billion) of a correction of a short garbled word: only the commonest
/// words of the language.
const SHORT_MISREAD_MIN_FREQUENCY: u32 = 300_000;
/// How many times commoner than the next reading the chosen one must be.
const SHORT_MISREAD_MARGIN: u32 = 4;
// The misread walk leaves out the words under `COMMON_MIN_FREQUENCY`: as the next reading
// they would never stop a reading common enough to be chosen.
const _: () = assert!(
    SHORT_MISREAD_MIN_FREQUENCY >= SHORT_MISREAD_MARGIN * delaktig_lexicon_sv::COMMON_MIN_FREQUENCY
);

/// The commonest word one letter (or letter shape, with diacritics restored) from a short
/// garbled word, if it is one of the commonest words and far commoner than any other
/// reading: `(score, word)`.
pub(crate) fn short_misread(words: &Words, lower: &str) -> Option<(f32, String)> {
    // The walk reaches the words one edit away too (with one letter misread and no
    // confusion).
    let mut found: Vec<(u32, String)> = Vec::new();
    confusion::misread_walk(lower, words.vocabulary(), |leaf| {
        found.push((leaf.frequency, leaf.text.to_string()));
    });
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    found.dedup_by(|a, b| a.1 == b.1);
    let (f, word) = found.first()?.clone();
    let second = found.get(1).map_or(0, |s| s.0);
    (f >= SHORT_MISREAD_MIN_FREQUENCY && f >= second.saturating_mul(SHORT_MISREAD_MARGIN))
        .then(|| (ln1p(f), word))
}

/// What [`whole_word_misread`] and [`diacritic_misread_search`] find for `lower`, from one
/// walk of the vocabulary: the words it reaches with one letter misread and no confusion are
/// the words one edit away. A reading is only copied out when it beats the best so far.
fn misread_readings(words: &Words, lower: &str) -> (MisreadReading, MisreadReading) {
    // The one-edit search reads nothing longer.
    let whole_wanted = lower.len() <= delaktig_lexicon_sv::MAX_SEARCH_BYTES;
    let mut whole: Option<(u32, String)> = None;
    let mut diacritic: Option<(f32, String)> = None;
    let replace = |slot: &mut String, text: &str| {
        slot.clear();
        slot.push_str(text);
    };
    confusion::misread_walk(lower, words.vocabulary(), |leaf| {
        if leaf.frequency < MISREAD_MIN_FREQUENCY {
            return;
        }
        if whole_wanted && leaf.edits == 0 && leaf.misread == confusion::Misread::Letter {
            // The commonest, and among equally common ones the first in byte order.
            match &mut whole {
                Some((f, w)) => {
                    if leaf.frequency > *f || leaf.frequency == *f && leaf.text < w.as_str() {
                        *f = leaf.frequency;
                        replace(w, leaf.text);
                    }
                }
                None => whole = Some((leaf.frequency, leaf.text.to_string())),
            }
        }
        // The best score, and among equal ones the first in byte order.
        let s = ln1p(leaf.frequency) - leaf.cost;
        match &mut diacritic {
            Some((b, t)) => {
                if !(*b > s || *b == s && t.as_str() <= leaf.text) {
                    *b = s;
                    replace(t, leaf.text);
                }
            }
            None => diacritic = Some((s, leaf.text.to_string())),
        }
    });
    (whole.map(|(f, w)| (ln1p(f), w)), diacritic)
}

/// The likeliest known word `lower` reads as with its diacritics restored and one letter
/// (or letter shape) misread, if common enough to trust: `(score, word)`. (The reference
/// [`misread_readings`] is tested against.)
#[cfg(test)]
fn diacritic_misread_search(words: &Words, lower: &str) -> Option<(f32, String)> {
    confusion::misread_candidates(lower, words.vocabulary())
        .into_iter()
        .filter(|c| c.frequency >= MISREAD_MIN_FREQUENCY)
        .map(|c| (ln1p(c.frequency) - c.cost, c.text))
        .fold(None, |best: Option<(f32, String)>, (s, t)| match best {
            Some((b, bt)) if b > s || b == s && bt <= t => Some((b, bt)),
            _ => Some((s, t)),
        })
}

/// Every string one edit from `lower` (as [`confusion::one_letter_away`] makes them) that may
/// read as a two-part compound `first + linker + last`, in byte order: with the edit in the
/// last part (the first part and linker a known prefix of `lower`), in the first part (the
/// linker and last part a known suffix), or in the linker (both parts unchanged).
fn two_part_edits(words: &Words, lower: &str) -> std::collections::BTreeSet<String> {
    use delaktig_lexicon_sv::LINKERS;
    let mut out = std::collections::BTreeSet::new();
    let prefix_ends = words.part_prefix_ends(lower);
    let suffix_starts = words.word_suffix_starts(lower);
    let mut found = Vec::new();
    // A reading `first + linker + edited rest` keeps `first + linker` as written, so it
    // depends only on where the rest begins: a part ending before a linker letter and the
    // part with that letter ("arbet|e", "arbete|") give the same strings, searched once.
    // Likewise `edited first + linker + last` depends only on where the first part ends.
    let mut rest_searched = vec![false; lower.len() + 1];
    let mut first_searched = vec![false; lower.len() + 1];
    for &k in &prefix_ends {
        let (Some(first), Some(after)) = (lower.get(..k), lower.get(k..)) else {
            continue;
        };
        for linker in LINKERS {
            let Some(rest) = after.strip_prefix(linker) else {
                continue;
            };
            match rest_searched.get_mut(k + linker.len()) {
                Some(seen) if !*seen => *seen = true,
                _ => continue,
            }
            found.clear();
            words.one_edit_readings(rest, &mut found);
            out.extend(found.iter().map(|r| format!("{first}{linker}{}", r.word)));
        }
        for &j in suffix_starts.iter().filter(|&&j| j >= k) {
            let (Some(gap), Some(last)) = (lower.get(k..j), lower.get(j..)) else {
                continue;
            };
            for linker in LINKERS {
                if one_edit_apart(gap, linker) {
                    out.insert(format!("{first}{linker}{last}"));
                }
            }
        }
    }
    for &j in &suffix_starts {
        let (Some(before), Some(last)) = (lower.get(..j), lower.get(j..)) else {
            continue;
        };
        for linker in LINKERS {
            let Some(first) = before.strip_suffix(linker) else {
                continue;
            };
            match first_searched.get_mut(first.len()) {
                Some(seen) if !*seen => *seen = true,
                _ => continue,
            }
            found.clear();
            words.one_edit_parts(first, &mut found);
            out.extend(found.iter().map(|r| format!("{}{linker}{last}", r.word)));
        }
    }
    out
}

/// Whether `a` becomes `b` by one substitution, insertion or deletion of a character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1,
        1 => (0..long.len()).any(|i| {
            long.iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, c)| c)
                .eq(short.iter())
        }),
        _ => false,
    }
}

/// `text` lower-cased: as it is for a lower-case word (its candidates keep its case), else in
/// `buf`.
fn lower_into<'b>(text: &'b str, shape: Shape, buf: &'b mut String) -> &'b str {
    if shape == Shape::Lower {
        return text;
    }
    crate::text::lower_into(text, buf);
    buf.as_str()
}

/// An initial "G" or "S" read for "ö" is a capital only where a sentence starts ("Gverbrygga"
/// and "Sppna" inside a sentence are "överbrygga" and "öppna"); an initial "6" at a sentence
/// start is "Ö".
fn fix_initial_case(word: &str, replacement: Arc<str>, sentence_start: bool) -> Arc<str> {
    let first = word.chars().next();
    let mut chars = replacement.chars();
    match (first, chars.next()) {
        (Some('G' | 'S'), Some('Ö')) if !sentence_start => format!("ö{}", chars.as_str()).into(),
        (Some('6' | '4' | '&' | '@'), Some(c)) if sentence_start => {
            c.to_uppercase().chain(chars).collect::<String>().into()
        }
        _ => replacement,
    }
}

/// Weighs the reading `text` with `score` against the best so far and the runner-up's
/// score. The text is copied only when the reading becomes the best: most readings
/// considered do not.
fn push_best(
    best: &mut Option<Scored>,
    runner_up: &mut Option<f32>,
    text: &str,
    score: f32,
    edits: u8,
    reason: Reason,
) {
    let scored = || Scored {
        text: Arc::from(text),
        score,
        edits,
        reason,
    };
    match best {
        Some(b) if *b.text == *text => {
            if score > b.score {
                b.score = score;
            }
        }
        Some(b) if score > b.score => {
            *runner_up = Some(b.score);
            *best = Some(scored());
        }
        Some(_) => {
            if runner_up.is_none_or(|r| score > r) {
                *runner_up = Some(score);
            }
        }
        None => *best = Some(scored()),
    }
}

#[inline]
fn ln1p(f: u32) -> f32 {
    (f as f32 + 1.0).ln()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use delaktig_lexicon_sv::{Lexicon, Vocabulary};

    use super::*;

    fn words() -> Words {
        Words::new(Vocabulary::from_lexicon(Arc::new(Lexicon::from_entries(
            [
                ("på", 5_000_000),
                ("för", 9_000_000),
                ("för", 9_000_000),
                ("hälsa", 50_000),
                ("halsa", 1_000),
                ("möjlighet", 60_000),
                ("uppsökande", 3_000),
                ("arbetsmarknad", 20_000),
                ("förvaltningen", 30_000),
                ("arbete", 90_000),
                ("marknad", 40_000),
                ("stad", 100_000),
                ("vid", 1_000_000),
                ("min", 900_000),
                ("man", 2_000_000),
                ("idéer", 20_000),
                ("också", 2_000_000),
                ("brukar", 50_000),
                ("organisationerna", 10_000),
                ("ohälsa", 8_000),
            ],
            [("Linda", 5_000), ("Åström", 3_000), ("Malmén", 50)],
        ))))
    }

    fn restore(w: &str) -> Option<String> {
        let words = words();
        let doc = DocEvidence::default();
        Restorer {
            words: &words,
            doc: &doc,
        }
        .restore(w, Place::Inside)
        .map(|p| p.replacement.to_string())
    }

    #[test]
    fn a_g_after_a_capital_reads_as_o_with_marks() {
        assert_eq!(short_head_street("Agatan").as_deref(), Some("Ågatan"));
        assert_eq!(short_head_street("Asgatan").as_deref(), Some("Åsgatan"));
        assert_eq!(short_head_street("Asvagen").as_deref(), Some("Åsvägen"));
        assert_eq!(short_head_street("Agenda"), None);
        assert_eq!(short_head_street("Storgatan"), None);
        assert_eq!(inner_g("GGran").as_deref(), Some("Göran"));
        assert_eq!(inner_g("GG6ran").as_deref(), Some("Göran"));
        assert_eq!(inner_g("BGrje").as_deref(), Some("Börje"));
        // Capitals after it, too few letters, or no capital before it: another shape.
        assert_eq!(inner_g("AGENDA"), None);
        assert_eq!(inner_g("GGa"), None);
        assert_eq!(inner_g("gGran"), None);
    }

    #[test]
    fn damaged_words_are_restored() {
        assert_eq!(restore("fér").as_deref(), Some("för"));
        assert_eq!(restore("mé6jlighet").as_deref(), Some("möjlighet"));
        assert_eq!(restore("uppsdkande").as_deref(), Some("uppsökande"));
        assert_eq!(restore("ocks&").as_deref(), Some("också"));
        assert_eq!(restore("halsa").as_deref(), Some("hälsa"));
        assert_eq!(restore("ohilsa").as_deref(), Some("ohälsa"));
    }

    #[test]
    fn real_letters_stay() {
        for w in ["stad", "vid", "min", "Linda", "idéer", "Malmén"] {
            assert_eq!(restore(w), None, "{w}");
        }
        let words = words();
        let doc = DocEvidence::default();
        assert_eq!(
            Restorer {
                words: &words,
                doc: &doc
            }
            .restore("Vid", Place::SentenceStart),
            None
        );
    }

    #[test]
    fn names_are_restored_from_the_name_list_and_the_document() {
        assert_eq!(restore("Astrom").as_deref(), Some("Åström"));
        assert_eq!(restore("Redestig"), None);
        let words = words();
        let mut doc = DocEvidence::default();
        doc.add("Skålén", &words);
        assert_eq!(
            Restorer {
                words: &words,
                doc: &doc
            }
            .restore("Skalén", Place::Inside)
            .map(|p| p.replacement)
            .as_deref(),
            Some("Skålén")
        );
    }

    #[test]
    fn surnames_of_nature_words_are_read_from_their_shape() {
        // "Sjodén": sjö + dén, a surname no list needs to hold; "Sjoberg"-like names with a
        // head that is Swedish without its ö are not guessed at.
        assert_eq!(nature_surname("Sjodén").as_deref(), Some("Sjödén"));
        assert_eq!(nature_surname("Gronvall").as_deref(), Some("Grönvall"));
        assert_eq!(nature_surname("Hallberg"), None);
        assert_eq!(nature_surname("Sjo"), None);
        assert_eq!(nature_surname("Karrman").as_deref(), Some("Kärrman"));
        assert_eq!(nature_surname("Akerlund").as_deref(), Some("Åkerlund"));
        assert_eq!(nature_surname("Lindgarde").as_deref(), Some("Lindgärde"));
        // Heads of common surnames whose stripped letters open none ("Naslund", "Tjarnberg").
        assert_eq!(nature_surname("Naslund").as_deref(), Some("Näslund"));
        assert_eq!(nature_surname("Tjarnberg").as_deref(), Some("Tjärnberg"));
        assert_eq!(nature_surname("Fjardén").as_deref(), Some("Fjärdén"));
        assert_eq!(nature_surname("Vastberg").as_deref(), Some("Västberg"));
        assert_eq!(nature_surname("Lindgiarde").as_deref(), Some("Lindgärde"));
        assert_eq!(nature_surname("Blomgvist").as_deref(), Some("Blomqvist"));
        assert_eq!(nature_surname("Hagglof").as_deref(), Some("Hägglöf"));
        assert_eq!(nature_surname("Bjarnlév").as_deref(), Some("Bjärnlöv"));
        assert_eq!(nature_surname("Lindgren"), None);
        assert_eq!(nature_surname("Engstrom").as_deref(), Some("Engström"));
        assert_eq!(nature_surname("Hallstrom"), None);
        // A first part no word opens so is no surname's ("Mdllerstrom": an ö read as d).
        assert_eq!(marked_tail("Lindstrom").as_deref(), Some("Lindström"));
        assert_eq!(marked_tail("Strindstrom").as_deref(), Some("Strindström"));
        assert_eq!(marked_tail("Mdllerstrom"), None);
        assert_eq!(nature_surname("Backman"), None);
        assert_eq!(nature_surname("Strom"), None);
        assert_eq!(restore("Sjodén").as_deref(), Some("Sjödén"));
    }

    #[test]
    fn compounds_are_split_and_restored() {
        assert_eq!(
            restore("arbetsmarknadsforvaltningen").as_deref(),
            Some("arbetsmarknadsförvaltningen")
        );
        assert_eq!(restore("brukarorganisationerna"), None);
        let w = words();
        assert_eq!(
            w.compound("arbetsmarknadsförvaltningen").map(|c| c.parts),
            Some(2)
        );
        assert_eq!(w.compound("arbetsmarknad").map(|c| c.parts), None);
        assert_eq!(w.compound("arbetsmarknaden"), None);
    }

    #[test]
    fn acronyms_and_mixed_case_are_left_alone() {
        for w in ["SIP", "SoL", "HVB", "HR", "KBT"] {
            assert_eq!(restore(w), None, "{w}");
        }
    }

    proptest::proptest! {
        /// The cross-document memo relies on it: a candidate never changes a word's skeleton.
        #[test]
        fn candidates_keep_the_skeleton(word in "[A-Za-zåäöÅÄÖé64&@GOAdirnm]{1,9}") {
            let s = skeleton(&word);
            for tier in [Tier::Common, Tier::Rare] {
                for c in confusion::candidates(&word, tier).iter() {
                    proptest::prop_assert_eq!(skeleton(c.text), s, "{} -> {}", word, c.text);
                }
            }
        }
    }

    /// [`skeleton`] with every character lower-cased by the standard library, as a reference.
    fn skeleton_by_to_lowercase(word: &str) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for c in word.chars().flat_map(char::to_lowercase) {
            if !confusable(c) {
                h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    }

    proptest::proptest! {
        #[test]
        fn skeletons_follow_the_standard_lower_casing(word in "[\\x00A-Za-zÀ-ÿåäöÅÄÖéÉß0-9&@ΣσİǅЖ-]{0,10}") {
            proptest::prop_assert_eq!(skeleton(&word), skeleton_by_to_lowercase(&word));
        }
    }

    #[test]
    fn skeletons_of_damaged_words_match_their_restorations() {
        for (ocr, clean) in [
            ("fér", "för"),
            ("6ver", "över"),
            ("ocks&", "också"),
            ("Gppet", "Öppet"),
            ("fr", "för"),
            ("svrt", "svårt"),
            ("mé6jlighet", "möjlighet"),
            ("Narvarande", "Närvarande"),
        ] {
            assert_eq!(skeleton(ocr), skeleton(clean), "{ocr}");
        }
        assert_ne!(skeleton("stad"), skeleton("stat"));
    }

    #[test]
    fn evidence_bears_only_on_words_sharing_a_skeleton() {
        let words = words();
        let mut doc = DocEvidence::default();
        assert!(!doc.may_bear_on("motet"));
        doc.add("Skålén", &words);
        assert!(doc.may_bear_on("Skalén"));
        assert!(!doc.may_bear_on("stad"));
    }

    #[test]
    fn a_traced_restoration_holds_where_the_evidence_answers_alike() {
        let words = words();
        let mut with_name = DocEvidence::default();
        with_name.add("Skålén", &words);
        let restorer = Restorer {
            words: &words,
            doc: &with_name,
        };
        let (restored, asked) = with_name.traced(|| restorer.restore("Skalén", Place::Inside));
        assert_eq!(restored.map(|p| p.replacement).as_deref(), Some("Skålén"));
        assert!(
            asked
                .asked
                .iter()
                .any(|a| matches!(*a, Asked::Name(n, _, true) if asked.text(n) == "Skålén")),
            "{asked:?}"
        );
        assert!(with_name.answers_alike(&asked));
        // Nothing is written down outside a trace.
        assert!(with_name.asked.borrow().is_none());
        // Evidence the questions do not touch changes nothing; the name gone changes the answer.
        let mut other = DocEvidence::default();
        other.add("Skålén", &words);
        other.add("Åström", &words);
        assert!(other.answers_alike(&asked));
        assert!(!DocEvidence::default().answers_alike(&asked));
    }

    /// The misread search by trying every one-letter edit, as a reference.
    fn misread_by_every_edit(words: &Words, lower: &str) -> Option<(String, f32)> {
        let brute = |lower: &str| {
            let mut found: Option<(u32, String)> = None;
            confusion::one_letter_away(lower, |_, cand| {
                if let Some(f) = words.frequency(cand)
                    && f >= MISREAD_MIN_FREQUENCY
                    && found
                        .as_ref()
                        .is_none_or(|(bf, bw)| f > *bf || f == *bf && cand < bw.as_str())
                {
                    found = Some((f, cand.to_string()));
                }
            });
            let mut found = found.map(|(f, c)| (ln1p(f), c));
            if found.is_none() && lower.chars().count() >= 10 {
                confusion::one_letter_away(lower, |_, cand| {
                    if restores_dropped_e(lower, cand) || headed_by_function_word(words, cand) {
                        return;
                    }
                    if let Some(Compound { parts: 2, sum, .. }) = words.split_uncached(cand) {
                        let s = compound_mean(sum, 2);
                        if found
                            .as_ref()
                            .is_none_or(|(b, bw)| s > *b || s == *b && cand < bw.as_str())
                        {
                            found = Some((s, cand.to_string()));
                        }
                    }
                });
            }
            found
        };
        brute(lower).map(|(s, c)| (c, (s * 1000.0).round()))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        /// On compounds with one letter changed, the fst-guided search agrees with trying
        /// every edit.
        #[test]
        fn misread_search_agrees_on_garbled_compounds(
            parts in "(arbets|marknad|s|för|valt|ning|en|brukar|organisation|erna|grupp|social|tjänst){2,4}",
            at in 0usize..40,
            letter in "[a-zåäöq]",
        ) {
            let words = embedded_words();
            let mut chars: Vec<char> = parts.chars().collect();
            let i = at % chars.len();
            chars[i] = letter.chars().next().unwrap_or('q');
            let w: String = chars.into_iter().collect();
            let pruned = misread_search(words, &w).map(|(s, c)| (c, (s * 1000.0).round()));
            proptest::prop_assert_eq!(pruned, misread_by_every_edit(words, &w), "{}", w);
        }
    }

    fn embedded_words() -> &'static Words {
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| Words::new(Vocabulary::new()))
    }

    /// The pruned misread search finds what trying every one-letter edit finds.
    #[test]
    fn misread_search_equals_trying_every_edit() {
        let words = embedded_words();
        for w in [
            "koitakten",
            "famijer",
            "arbetsmarknadsfqrvaltningen",
            "brukarorganisatjonerna",
            "socialtjanstenxs",
            "innovatiqnsgrupperna",
            "xyzxyzxyzxyzq",
            "kommunikatiqnsplanen",
            "samverkansavtalet",
        ] {
            let pruned = misread_search(words, w).map(|(s, c)| (c, (s * 1000.0).round()));
            assert_eq!(pruned, misread_by_every_edit(words, w), "{w}");
        }
    }

    /// The one walk of [`misread_readings`] finds what the one-edit search and the
    /// diacritic misread search find on their own.
    fn assert_misread_readings_agree(words: &Words, w: &str) {
        let round = |r: MisreadReading| r.map(|(s, c)| (c, (s * 1000.0).round()));
        let (whole, diacritic) = misread_readings(words, w);
        assert_eq!(round(whole), round(whole_word_misread(words, w)), "{w}");
        assert_eq!(
            round(diacritic),
            round(diacritic_misread_search(words, w)),
            "{w}"
        );
    }

    #[test]
    fn one_misread_walk_answers_both_searches() {
        let words = embedded_words();
        for w in [
            "koitakten",
            "famijer",
            "valkoinna",
            "bjalp",
            "socialforvaltmingens",
            "diskurerat",
            "oct",
            "til",
            "xyzxyzxyzxyzq",
            "samverkansavtalet",
        ] {
            assert_misread_readings_agree(words, w);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn one_misread_walk_answers_both_searches_on_garbled_words(
            w in "(arbets|marknad|för|valt|ning|en|hjälp|kontakt|grupp|social|[a-zåäöé6]){1,4}",
        ) {
            assert_misread_readings_agree(embedded_words(), &w);
        }
    }

    /// [`Shape::of`] as the Unicode properties define it, as a reference.
    fn shape_by_properties(word: &str) -> Shape {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else {
            return Shape::Lower;
        };
        let (mut upper, mut lower) = (0, 0);
        for c in letters {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
        match (first.is_uppercase(), upper, lower) {
            (false, 0, _) => Shape::Lower,
            (true, 0, _) => Shape::Capitalised,
            (true, _, 0) => Shape::Upper,
            _ => Shape::Mixed,
        }
    }

    #[test]
    fn letter_cases_follow_the_unicode_properties() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let expected = c.is_alphabetic().then(|| {
                if c.is_uppercase() {
                    Case::Upper
                } else if c.is_lowercase() {
                    Case::Lower
                } else {
                    Case::Neither
                }
            });
            assert_eq!(letter_case(c), expected, "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn shapes_follow_the_unicode_properties(word in "[A-Za-zåäöÅÄÖéÉß0-9&@ªµºǅΣσ×-]{0,8}") {
            proptest::prop_assert_eq!(Shape::of(&word), shape_by_properties(&word));
        }
    }

    #[test]
    fn adjectives_in_aktig_are_told_by_their_known_stem() {
        let words = embedded_words();
        let doc = DocEvidence::default();
        let r = Restorer { words, doc: &doc };
        assert!(r.aktig_adjective("myndighetsaktig"));
        assert!(r.aktig_adjective("Barnaktiga"));
        assert!(!r.aktig_adjective("xqzaktig"));
        assert!(!r.aktig_adjective("myndighetsaktiv"));
    }

    #[test]
    fn a_six_among_a_names_letters_is_an_o_umlaut() {
        assert_eq!(six_for_o_umlaut("Aln6").as_deref(), Some("Alnö"));
        assert_eq!(six_for_o_umlaut("Sk6ldvik").as_deref(), Some("Sköldvik"));
        assert_eq!(six_for_o_umlaut("E6"), None);
        assert_eq!(six_for_o_umlaut("A6l"), None);
        assert_eq!(six_for_o_umlaut("Covid19"), None);
        assert_eq!(six_for_o_umlaut("Alnö"), None);
        assert_eq!(six_for_o_umlaut("aln6"), None);
    }

    #[test]
    fn a_first_consonant_no_speck_makes_is_not_read_away() {
        assert!(initial_letter_dropped("bosocial", "osocial"));
        assert!(!initial_letter_dropped("bbeaktas", "beaktas"));
        assert!(!initial_letter_dropped("adricka", "dricka"));
        assert!(!initial_letter_dropped("ivåra", "våra"));
        assert!(!initial_letter_dropped("bosocial", "social"));
    }

    #[test]
    fn a_misread_letter_makes_no_compound_headed_by_a_pronoun() {
        let words = embedded_words();
        // "det|a|skyddsombudet" is one letter from the word as written and its head is
        // commoner than "dat", but no compound starts with "det".
        assert!(headed_by_function_word(words, "detaskyddsombudet"));
        assert!(!headed_by_function_word(words, "dataskyddsombudet"));
        assert_ne!(
            two_part_misread(words, "dataskyddsombudet").map(|(_, w)| w),
            Some("detaskyddsombudet".to_string())
        );
    }

    #[test]
    fn a_dropped_e_before_a_linking_s_is_no_misread() {
        assert!(restores_dropped_e("arbetskonsulent", "arbeteskonsulent"));
        assert!(!restores_dropped_e("arbetskonsulent", "arbetskonsulenten"));
        assert!(!restores_dropped_e("arbtskonsulent", "arbetskonsulent"));
    }

    #[test]
    fn shapes() {
        assert_eq!(Shape::of("Pa"), Shape::Capitalised);
        assert_eq!(Shape::Capitalised.apply("på"), "På");
        assert_eq!(Shape::Upper.apply("på"), "PÅ");
        assert_eq!(Shape::of("SoL"), Shape::Mixed);
    }

    #[test]
    fn a_letter_more_or_less_at_an_edge_is_told_from_a_thin_stroke_after_the_word() {
        assert!(edge_letter("carmen", "armen"));
        assert!(edge_letter("mariam", "maria"));
        assert!(edge_letter("maria", "mariam"));
        assert!(edge_letter("dinah", "dina"));
        // Inside the word, or a letter for another: not at an edge.
        assert!(!edge_letter("isaac", "isac"));
        assert!(!edge_letter("hannah", "hannar"));
        // A speck read as a thin letter after the word.
        assert!(!edge_letter("flerai", "flera"));
        assert!(!edge_letter("gruppenl", "gruppen"));
    }
}
