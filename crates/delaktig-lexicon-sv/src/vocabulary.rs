//! A lexicon plus the caller's own words and names, added at run time (a municipality's place
//! names, its staff). Additions live in small hash maps next to the shared, read-only base.

use std::collections::HashMap;
use std::fmt;
use std::iter::Peekable;
use std::sync::{Arc, OnceLock};

use crate::compound::{self, Compound, PartKind, PartSource};
use crate::cursor::{self, ByteSet, Cursor, CursorNode, MapKind};
use crate::lexicon::{Lexicon, Prefixes, SplitScratch};
use crate::node::Nodes;
use crate::readings::{Confusion, Reading, merge_duplicates};

/// Longest word or name accepted by [`Vocabulary::try_add_word`] and
/// [`Vocabulary::try_add_name`], in bytes.
const MAX_ENTRY_BYTES: usize = 200;

/// Why a word or name could not be added to a [`Vocabulary`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VocabularyError {
    /// The entry is empty (or only whitespace).
    Empty,
    /// The entry contains whitespace or a control character; add each word separately.
    NotOneWord {
        /// The rejected entry.
        entry: String,
    },
    /// The entry is longer than 200 bytes.
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
}

impl fmt::Display for VocabularyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VocabularyError::Empty => {
                write!(f, "cannot add an empty word or name to the vocabulary")
            }
            VocabularyError::NotOneWord { entry } => write!(
                f,
                "cannot add {entry:?} to the vocabulary: it contains whitespace or control \
                 characters; add each word on its own"
            ),
            VocabularyError::TooLong { len } => write!(
                f,
                "cannot add a {len}-byte entry to the vocabulary: at most {MAX_ENTRY_BYTES} \
                 bytes are accepted"
            ),
        }
    }
}

impl std::error::Error for VocabularyError {}

#[derive(Clone)]
enum Base {
    Static(&'static Lexicon),
    Shared(Arc<Lexicon>),
}

/// A position in a vocabulary's words or names, base and additions together; see
/// [`Vocabulary::word_cursor`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VocabularyCursor {
    base: Option<Cursor>,
    added: Option<Cursor>,
}

/// A [`VocabularyCursor`]'s place decoded, base and additions; see
/// [`Vocabulary::open_cursor`].
#[derive(Debug, Clone, Copy)]
pub struct VocabularyNode<'a> {
    base: Option<CursorNode<'a>>,
    added: Option<CursorNode<'a>>,
}

impl VocabularyNode<'_> {
    /// The cursor after `text`, or `None` when no known or added form continues with it (as
    /// [`Vocabulary::advance`] gives it).
    #[inline]
    pub fn advance(&self, text: &str) -> Option<VocabularyCursor> {
        let base = self.base.and_then(|n| n.advance_str(text));
        let added = self.added.and_then(|n| n.advance_str(text));
        VocabularyCursor::new(base, added)
    }

    /// The first bytes of every known or added continuation; see [`CursorNode::next_bytes`].
    #[inline]
    pub fn next_bytes(&self) -> ByteSet {
        let base = self.base.map(|n| n.next_bytes()).unwrap_or_default();
        let added = self.added.map(|n| n.next_bytes()).unwrap_or_default();
        base.union(added)
    }

    /// The frequency of the form walked so far (the higher of base and additions), if it is a
    /// whole form (as [`Vocabulary::cursor_frequency`] gives it).
    #[inline]
    pub fn frequency(&self) -> Option<u32> {
        let base = self.base.and_then(|n| n.frequency());
        let added = self.added.and_then(|n| n.frequency());
        max_option(base, added)
    }
}

/// A vocabulary's word and name maps, base and additions, opened once for a walk of many
/// steps; see [`Vocabulary::maps`]. What [`Vocabulary::open_cursor`] decodes at every place
/// is decoded here once, so a cursor is all a walk carries from place to place.
#[derive(Clone, Copy)]
pub struct VocabularyMaps<'a> {
    base_words: Option<Nodes<'a>>,
    base_names: Option<Nodes<'a>>,
    base_common: Option<Nodes<'a>>,
    added_words: Option<Nodes<'a>>,
    added_names: Option<Nodes<'a>>,
}

impl VocabularyMaps<'_> {
    #[inline]
    fn base(&self, map: MapKind) -> Option<Nodes<'_>> {
        match map {
            MapKind::Words => self.base_words,
            MapKind::Names => self.base_names,
            MapKind::Common => self.base_common,
        }
    }

    #[inline]
    fn added(&self, map: MapKind) -> Option<Nodes<'_>> {
        match map {
            // An addition's cursor walks its words, whatever their frequency.
            MapKind::Words | MapKind::Common => self.added_words,
            MapKind::Names => self.added_names,
        }
    }

    /// `cursor` moved past `text`, or `None` when no known or added form continues with it
    /// (as [`Vocabulary::advance`] gives it).
    #[inline]
    pub fn advance(&self, cursor: VocabularyCursor, text: &str) -> Option<VocabularyCursor> {
        let bytes = text.as_bytes();
        let base = cursor
            .base
            .and_then(|c| cursor::advance(self.base(c.map)?, c, bytes));
        let added = cursor
            .added
            .and_then(|c| cursor::advance(self.added(c.map)?, c, bytes));
        VocabularyCursor::new(base, added)
    }

    /// The frequency of the form `cursor` has walked (the higher of base and additions), if
    /// it is a whole form (as [`Vocabulary::cursor_frequency`] gives it).
    #[inline]
    pub fn frequency(&self, cursor: VocabularyCursor) -> Option<u32> {
        let base = cursor
            .base
            .and_then(|c| cursor::frequency(self.base(c.map)?, c));
        let added = cursor
            .added
            .and_then(|c| cursor::frequency(self.added(c.map)?, c));
        max_option(base, added)
    }

    /// The first bytes of every known or added continuation of `cursor`; see
    /// [`CursorNode::next_bytes`].
    #[inline]
    pub fn next_bytes(&self, cursor: VocabularyCursor) -> ByteSet {
        let base = cursor
            .base
            .and_then(|c| Some(cursor::next_bytes(self.base(c.map)?, c)));
        let added = cursor
            .added
            .and_then(|c| Some(cursor::next_bytes(self.added(c.map)?, c)));
        base.unwrap_or_default().union(added.unwrap_or_default())
    }
}

impl fmt::Debug for VocabularyMaps<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VocabularyMaps")
            .field("added_words", &self.added_words.is_some())
            .field("added_names", &self.added_names.is_some())
            .finish()
    }
}

impl VocabularyCursor {
    fn new(base: Option<Cursor>, added: Option<Cursor>) -> Option<VocabularyCursor> {
        (base.is_some() || added.is_some()).then_some(VocabularyCursor { base, added })
    }
}

/// The embedded lexicon (or another base lexicon) plus caller-added words and names.
///
/// Lookups answer from both; where a form is in both, the higher frequency wins, so adding a
/// word can only make it more likely, never demote a common word. Cloning copies only the
/// additions; the base is shared.
pub struct Vocabulary {
    base: Base,
    words: HashMap<String, u32>,
    names: HashMap<String, u32>,
    /// The additions as a lexicon of their own, for searches that walk an fst; built on first
    /// use after a change.
    added: OnceLock<Lexicon>,
}

impl Clone for Vocabulary {
    fn clone(&self) -> Self {
        Vocabulary {
            base: self.base.clone(),
            words: self.words.clone(),
            names: self.names.clone(),
            added: OnceLock::new(),
        }
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary::new()
    }
}

impl fmt::Debug for Vocabulary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vocabulary")
            .field("base", self.base())
            .field("added_words", &self.words.len())
            .field("added_names", &self.names.len())
            .finish()
    }
}

impl Vocabulary {
    /// Frequency given to a name added without one: per billion words, about that of a
    /// moderately common word, since the caller says the name occurs in their documents.
    pub const ADDED_NAME_FREQUENCY: u32 = 1_000;

    /// A vocabulary over [`Lexicon::embedded`], with no additions.
    pub fn new() -> Vocabulary {
        Vocabulary::with_base(Lexicon::embedded())
    }

    /// A vocabulary over a lexicon that lives for the whole program.
    pub fn with_base(base: &'static Lexicon) -> Vocabulary {
        Vocabulary::over(Base::Static(base))
    }

    /// A vocabulary over a shared lexicon (for example one built with
    /// [`Lexicon::from_entries`] in a test).
    pub fn from_lexicon(base: Arc<Lexicon>) -> Vocabulary {
        Vocabulary::over(Base::Shared(base))
    }

    fn over(base: Base) -> Vocabulary {
        Vocabulary {
            base,
            words: HashMap::new(),
            names: HashMap::new(),
            added: OnceLock::new(),
        }
    }

    fn added(&self) -> &Lexicon {
        self.added.get_or_init(|| {
            let words = self.words.iter().map(|(w, f)| (w.as_str(), *f));
            let names = self.names.iter().map(|(n, f)| (n.as_str(), *f));
            Lexicon::from_entries(words, names)
        })
    }

    /// The base lexicon under the additions.
    pub fn base(&self) -> &Lexicon {
        match &self.base {
            Base::Static(l) => l,
            Base::Shared(l) => l,
        }
    }

    /// Adds a word form (lower-cased) with a frequency per billion words, or fails with the
    /// reason and leaves the vocabulary unchanged.
    pub fn try_add_word(&mut self, word: &str, frequency: u32) -> Result<(), VocabularyError> {
        let word = validate(word)?.to_lowercase();
        self.added = OnceLock::new();
        let slot = self.words.entry(word).or_insert(frequency);
        *slot = (*slot).max(frequency);
        Ok(())
    }

    /// Adds a proper name as written ("Åbinger") with a frequency per billion words, or fails
    /// with the reason and leaves the vocabulary unchanged.
    pub fn try_add_name(&mut self, name: &str, frequency: u32) -> Result<(), VocabularyError> {
        let name = validate(name)?.to_string();
        self.added = OnceLock::new();
        let slot = self.names.entry(name).or_insert(frequency);
        *slot = (*slot).max(frequency);
        Ok(())
    }

    /// Adds a word form (lower-cased) with a frequency per billion words.
    ///
    /// An entry [`Vocabulary::try_add_word`] would reject (empty, several words, over 200
    /// bytes) is ignored; use `try_add_word` to learn why.
    pub fn add_word(&mut self, word: &str, frequency: u32) {
        // The rejection is documented and available through try_add_word.
        let _ = self.try_add_word(word, frequency);
    }

    /// Adds a proper name as written, with [`Vocabulary::ADDED_NAME_FREQUENCY`].
    ///
    /// An entry [`Vocabulary::try_add_name`] would reject is ignored; use `try_add_name` to
    /// learn why.
    pub fn add_name(&mut self, name: &str) {
        let _ = self.try_add_name(name, Self::ADDED_NAME_FREQUENCY);
    }

    /// Frequency of a lower-case word form (the higher of base and additions), or `None`.
    #[inline]
    pub fn frequency(&self, word: &str) -> Option<u32> {
        let base = self.base().frequency(word);
        if self.words.is_empty() {
            return base;
        }
        max_option(base, self.words.get(word).copied())
    }

    /// Whether `word` (lower-case) is known to the base or was added.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.frequency(word).is_some()
    }

    /// Frequency of a proper name as written (the higher of base and additions), or `None`.
    #[inline]
    pub fn name_frequency(&self, name: &str) -> Option<u32> {
        let base = self.base().name_frequency(name);
        if self.names.is_empty() {
            return base;
        }
        max_option(base, self.names.get(name).copied())
    }

    /// Whether `name` (as written) is known to the base or was added.
    #[inline]
    pub fn contains_name(&self, name: &str) -> bool {
        self.name_frequency(name).is_some()
    }

    /// Every prefix of `word` (lower-case) that is a known or added form, as (byte length,
    /// frequency), shortest first; see [`Lexicon::word_prefixes`].
    pub fn word_prefixes<'a>(&'a self, word: &'a str) -> VocabularyPrefixes<'a> {
        VocabularyPrefixes {
            base: self.base().word_prefixes(word).peekable(),
            added: &self.words,
            word,
            // With no additions there is nothing to probe.
            pos: if self.words.is_empty() {
                word.len() + 1
            } else {
                0
            },
            pending: None,
        }
    }

    /// Every prefix of `text` that is a known or added name as written, as (byte length,
    /// frequency: the higher of base and additions), shortest first; see
    /// [`Lexicon::name_prefixes`].
    pub fn name_prefixes<'a>(&'a self, text: &'a str) -> VocabularyPrefixes<'a> {
        VocabularyPrefixes {
            base: self.base().name_prefixes(text).peekable(),
            added: &self.names,
            word: text,
            // With no additions there is nothing to probe.
            pos: if self.names.is_empty() {
                text.len() + 1
            } else {
                0
            },
            pending: None,
        }
    }

    /// Reads a lower-case word as a compound of known parts, added words included; see
    /// [`Lexicon::split_compound`].
    pub fn split_compound(&self, word: &str) -> Option<Compound> {
        compound::split(self, word)
    }

    /// [`Vocabulary::split_compound`] with the walks remembered in `scratch` (see
    /// [`Lexicon::split_compound_with`]); with words added, `scratch` is not used.
    pub fn split_compound_with(&self, word: &str, scratch: &mut SplitScratch) -> Option<Compound> {
        if self.words.is_empty() {
            self.base().split_compound_with(word, scratch)
        } else {
            compound::split(self, word)
        }
    }

    /// Every known or added word form that `word` can be read as under an OCR confusion
    /// model; see [`Lexicon::readings`]. A form in both keeps the higher frequency.
    pub fn readings(
        &self,
        word: &str,
        rules: &[Confusion<'_>],
        max_changes: u32,
        out: &mut Vec<Reading>,
    ) {
        let start = out.len();
        self.base().readings(word, rules, max_changes, out);
        if !self.words.is_empty() {
            self.added().readings(word, rules, max_changes, out);
            merge_duplicates(out, start);
        }
    }

    /// A cursor at the start of the word forms, known and added: advance it with
    /// [`Vocabulary::advance`] one lower-case piece at a time. `None` when there are none.
    pub fn word_cursor(&self) -> Option<VocabularyCursor> {
        VocabularyCursor::new(self.base().word_cursor(), self.added_word_cursor())
    }

    /// A cursor at the start of the added words, if there are any.
    fn added_word_cursor(&self) -> Option<Cursor> {
        if self.words.is_empty() {
            None
        } else {
            self.added().word_cursor()
        }
    }

    /// A cursor at the start of the common word forms (see [`Lexicon::common_word_cursor`])
    /// and of every added word: the words a walk for common readings needs, each with the
    /// frequency [`Vocabulary::word_cursor`] gives it wherever that reaches
    /// [`crate::COMMON_MIN_FREQUENCY`].
    pub fn common_word_cursor(&self) -> Option<VocabularyCursor> {
        VocabularyCursor::new(self.base().common_word_cursor(), self.added_word_cursor())
    }

    /// A cursor at the start of the names, known and added (as written, capital first).
    pub fn name_cursor(&self) -> Option<VocabularyCursor> {
        let added = if self.names.is_empty() {
            None
        } else {
            self.added().name_cursor()
        };
        VocabularyCursor::new(self.base().name_cursor(), added)
    }

    /// `cursor` moved past `text`, or `None` when no known or added form continues with it.
    #[inline]
    pub fn advance(&self, cursor: VocabularyCursor, text: &str) -> Option<VocabularyCursor> {
        let base = cursor.base.and_then(|c| self.base().advance(c, text));
        let added = cursor.added.and_then(|c| self.added().advance(c, text));
        VocabularyCursor::new(base, added)
    }

    /// The frequency of the form `cursor` has walked (the higher of base and additions), if it
    /// is a whole form: what [`Vocabulary::frequency`] or [`Vocabulary::name_frequency`]
    /// gives for it.
    #[inline]
    pub fn cursor_frequency(&self, cursor: VocabularyCursor) -> Option<u32> {
        let base = cursor.base.and_then(|c| self.base().cursor_frequency(c));
        let added = cursor.added.and_then(|c| self.added().cursor_frequency(c));
        max_option(base, added)
    }

    /// The word and name maps, base and additions, opened for a walk of many steps: each
    /// step then costs what [`Vocabulary::advance`] costs without finding the maps again.
    ///
    /// ```
    /// let vocabulary = delaktig_lexicon_sv::Vocabulary::new();
    /// let maps = vocabulary.maps();
    /// let start = vocabulary.word_cursor().expect("a word map");
    /// let c = maps.advance(start, "mö").and_then(|c| maps.advance(c, "tet"));
    /// assert_eq!(c.and_then(|c| maps.frequency(c)), vocabulary.frequency("mötet"));
    /// assert!(maps.next_bytes(start).contains(b'm'));
    /// ```
    pub fn maps(&self) -> VocabularyMaps<'_> {
        // As the cursors have it: the additions' maps only where there are additions.
        let added = |none: bool, map| {
            if none {
                None
            } else {
                self.added().map_nodes(map)
            }
        };
        VocabularyMaps {
            base_words: self.base().map_nodes(MapKind::Words),
            base_names: self.base().map_nodes(MapKind::Names),
            base_common: self.base().map_nodes(MapKind::Common),
            added_words: added(self.words.is_empty(), MapKind::Words),
            added_names: added(self.names.is_empty(), MapKind::Names),
        }
    }

    /// `cursor`'s place decoded, for trying several continuations from it; see
    /// [`Lexicon::open_cursor`].
    #[inline]
    pub fn open_cursor(&self, cursor: VocabularyCursor) -> VocabularyNode<'_> {
        VocabularyNode {
            base: cursor.base.and_then(|c| self.base().open_cursor(c)),
            added: cursor.added.and_then(|c| self.added().open_cursor(c)),
        }
    }

    /// Every known or added word form one edit away from `word`; see
    /// [`Lexicon::one_edit_readings`]. A form in both keeps the higher frequency.
    pub fn one_edit_readings(&self, word: &str, alphabet: &[char], out: &mut Vec<Reading>) {
        let start = out.len();
        self.base().one_edit_readings(word, alphabet, out);
        if !self.words.is_empty() {
            self.added().one_edit_readings(word, alphabet, out);
            merge_duplicates(out, start);
        }
    }

    /// Every known or added name that `name` can be read as; see [`Lexicon::name_readings`].
    pub fn name_readings(
        &self,
        name: &str,
        rules: &[Confusion<'_>],
        max_changes: u32,
        out: &mut Vec<Reading>,
    ) {
        let start = out.len();
        self.base().name_readings(name, rules, max_changes, out);
        if !self.names.is_empty() {
            self.added().name_readings(name, rules, max_changes, out);
            merge_duplicates(out, start);
        }
    }

    /// Whether `word` is a known form with a much commoner å/ä/ö twin and was not added; see
    /// [`Lexicon::has_commoner_twin`].
    pub fn has_commoner_twin(&self, word: &str) -> bool {
        self.base().has_commoner_twin(word) && !self.words.contains_key(word)
    }

    /// Number of words added at run time.
    pub fn added_word_count(&self) -> usize {
        self.words.len()
    }

    /// Number of names added at run time.
    pub fn added_name_count(&self) -> usize {
        self.names.len()
    }
}

impl PartSource for Vocabulary {
    fn for_each_part_prefix(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) {
        if self.words.is_empty() {
            let _ = self
                .base()
                .for_each_untwinned_prefix(rest, &mut |len| f(len, PartKind::Word));
        } else {
            for (len, _) in self.word_prefixes(rest) {
                if !rest.get(..len).is_some_and(|p| self.has_commoner_twin(p)) {
                    f(len, PartKind::Word);
                }
            }
        }
        for (len, _) in self.base().head_prefixes(rest) {
            f(len, PartKind::Head);
        }
    }

    fn is_last_part(&self, s: &str) -> bool {
        // An added word is the caller's own spelling, never a twin.
        self.words.contains_key(s) || self.base().is_untwinned_word(s)
    }

    fn part_frequency(&self, s: &str) -> Option<u32> {
        self.frequency(s)
    }

    fn part_prefixes_and_last(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) -> bool {
        if self.words.is_empty() {
            self.base().part_prefixes_and_last(rest, f)
        } else {
            self.for_each_part_prefix(rest, f);
            self.is_last_part(rest)
        }
    }
}

fn validate(entry: &str) -> Result<&str, VocabularyError> {
    let entry = entry.trim();
    if entry.is_empty() {
        return Err(VocabularyError::Empty);
    }
    if entry.len() > MAX_ENTRY_BYTES {
        return Err(VocabularyError::TooLong { len: entry.len() });
    }
    if entry.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(VocabularyError::NotOneWord {
            entry: entry.to_string(),
        });
    }
    Ok(entry)
}

fn max_option(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

/// Iterator over the prefixes of a word known to a [`Vocabulary`]; see
/// [`Vocabulary::word_prefixes`] and [`Vocabulary::name_prefixes`].
pub struct VocabularyPrefixes<'a> {
    base: Peekable<Prefixes<'a>>,
    added: &'a HashMap<String, u32>,
    word: &'a str,
    /// Next byte offset to probe in the additions.
    pos: usize,
    /// The next addition match, found but not yet returned.
    pending: Option<(usize, u32)>,
}

impl VocabularyPrefixes<'_> {
    fn next_added(&mut self) -> Option<(usize, u32)> {
        if let Some(p) = self.pending {
            return Some(p);
        }
        while self.pos < self.word.len() {
            self.pos += 1;
            if let Some(prefix) = self.word.get(..self.pos)
                && let Some(&f) = self.added.get(prefix)
            {
                self.pending = Some((self.pos, f));
                return self.pending;
            }
        }
        None
    }
}

impl Iterator for VocabularyPrefixes<'_> {
    type Item = (usize, u32);

    fn next(&mut self) -> Option<(usize, u32)> {
        let added = self.next_added();
        let base = self.base.peek().copied();
        match (base, added) {
            (Some((bl, bf)), Some((al, af))) => {
                if bl < al {
                    self.base.next();
                    Some((bl, bf))
                } else if al < bl {
                    self.pending = None;
                    Some((al, af))
                } else {
                    self.base.next();
                    self.pending = None;
                    Some((bl, bf.max(af)))
                }
            }
            (Some(b), None) => {
                self.base.next();
                Some(b)
            }
            (None, Some(a)) => {
                self.pending = None;
                Some(a)
            }
            (None, None) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every split of each probe, walked piece by piece: a decoded node and the opened maps
    /// answer as the cursor calls do, with and without additions.
    #[test]
    fn opened_cursors_answer_as_cursors_do() {
        let mut added = Vocabulary::new();
        added.add_word("brukarrådet", 50);
        added.add_word("förvaltningsråd", 7);
        let probes = [
            "förvaltningen",
            "brukarrådet",
            "brukarrådets",
            "förvaltningsråd",
            "nådde",
            "qxz",
            "",
            "å",
        ];
        for vocabulary in [Vocabulary::new(), added] {
            let maps = vocabulary.maps();
            for probe in probes {
                let mut at = vocabulary.word_cursor();
                for (i, ch) in probe.char_indices() {
                    let Some(cursor) = at else { break };
                    let piece = probe.get(i..i + ch.len_utf8()).unwrap_or("");
                    let node = vocabulary.open_cursor(cursor);
                    assert_eq!(
                        node.frequency(),
                        vocabulary.cursor_frequency(cursor),
                        "{probe}"
                    );
                    assert_eq!(node.frequency(), maps.frequency(cursor), "{probe}");
                    at = node.advance(piece);
                    assert_eq!(at, vocabulary.advance(cursor, piece), "{probe} at {i}");
                    assert_eq!(at, maps.advance(cursor, piece), "{probe} at {i}");
                }
                let end = at.and_then(|c| vocabulary.open_cursor(c).frequency());
                assert_eq!(end, vocabulary.frequency(probe).filter(|_| at.is_some()));
            }
        }
    }

    /// The set of next bytes holds exactly the bytes a step can take, additions included.
    #[test]
    fn next_bytes_are_the_steps_that_exist() {
        let mut added = Vocabulary::new();
        added.add_word("mözzarellå", 5);
        for vocabulary in [Vocabulary::new(), added] {
            for prefix in ["", "m", "mö", "möz", "förv", "qq"] {
                let Some(cursor) = vocabulary
                    .word_cursor()
                    .and_then(|c| vocabulary.advance(c, prefix))
                else {
                    continue;
                };
                let node = vocabulary.open_cursor(cursor);
                let next = node.next_bytes();
                assert_eq!(next, vocabulary.maps().next_bytes(cursor), "{prefix:?}");
                for b in 0..=u8::MAX {
                    let base = node.base.and_then(|n| n.advance(&[b]));
                    let more = node.added.and_then(|n| n.advance(&[b]));
                    let steps = base.is_some() || more.is_some();
                    assert_eq!(next.contains(b), steps, "{prefix:?} then {b}");
                }
            }
        }
    }

    /// One walk gives what a lookup of every prefix would, additions included.
    #[test]
    fn name_prefixes_agree_with_name_lookups() {
        let mut added = Vocabulary::new();
        added.add_name("Sköldenborg");
        added.add_name("Sköld");
        for vocabulary in [Vocabulary::new(), added] {
            for text in ["Åströmsgatan", "Sköldenborgsskolan", "Annalund", "Xq", ""] {
                let walked: Vec<(usize, u32)> = vocabulary.name_prefixes(text).collect();
                let looked_up: Vec<(usize, u32)> = (1..=text.len())
                    .filter_map(|k| {
                        let f = vocabulary.name_frequency(text.get(..k)?)?;
                        Some((k, f))
                    })
                    .collect();
                assert_eq!(walked, looked_up, "{text}");
            }
        }
        assert!(
            Vocabulary::new()
                .name_prefixes("Åströmsgatan")
                .any(|(k, _)| k == "Åström".len())
        );
    }

    #[test]
    fn twinned_forms_are_no_compound_parts_unless_added() {
        let vocabulary = Vocabulary::new();
        assert!(vocabulary.has_commoner_twin("for"));
        let mut starts = Vec::new();
        vocabulary.for_each_part_prefix("forvaltning", &mut |len, kind| {
            starts.push((len, kind));
        });
        assert!(!starts.contains(&(3, PartKind::Word)), "{starts:?}");
        assert!(!vocabulary.is_last_part("for"));
        let mut added = Vocabulary::new();
        added.add_word("for", 10);
        let mut starts = Vec::new();
        added.for_each_part_prefix("forvaltning", &mut |len, kind| {
            starts.push((len, kind));
        });
        assert!(starts.contains(&(3, PartKind::Word)), "{starts:?}");
        assert!(added.is_last_part("for"));
    }
}
