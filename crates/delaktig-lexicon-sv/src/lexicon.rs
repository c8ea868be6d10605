//! The read-only lexicon: fst maps from lower-case word forms, capitalised names and compound
//! heads to frequencies per billion words, borrowed from the binary or built in memory, with a
//! hash table in front of the word map for the commonest forms.

use std::borrow::Cow;
use std::sync::OnceLock;

use fst::{Map, MapBuilder};

use crate::compound::{self, Compound, PartKind, PartSource};
use crate::cursor::{Cursor, CursorNode, MapKind};
use crate::hot::{Hot, HotTable};
use crate::node::Nodes;
use crate::readings::{self, Confusion, Reading};

static WORDS_FST: &[u8] = include_bytes!("../data/words.fst");
static NAMES_FST: &[u8] = include_bytes!("../data/names.fst");
static HEADS_FST: &[u8] = include_bytes!("../data/heads.fst");
static HOT_TABLE: &[u8] = include_bytes!("../data/hot.bin");
/// The forms of `WORDS_FST` with a frequency of at least [`crate::COMMON_MIN_FREQUENCY`],
/// derived by the build script.
static COMMON_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common.fst"));

type Data = Cow<'static, [u8]>;

/// A read-only Swedish lexicon: lower-case full forms with frequencies, and a set of proper
/// names with frequencies.
///
/// Frequencies are occurrences per billion words of running text (wordfreq's proportion × 10⁹,
/// rounded): "och" is about 3·10⁷, a rare word 10–1000. A known form never counted in the
/// frequency source has frequency 0.
pub struct Lexicon {
    // `None` only if the maps could not be opened, which the tests rule out for the embedded
    // data; an absent map behaves as an empty one rather than panicking.
    words: Option<NodeMap>,
    names: Option<NodeMap>,
    heads: Option<NodeMap>,
    /// The forms of `words` with a frequency of at least [`crate::COMMON_MIN_FREQUENCY`],
    /// with the same values: for walks that only want common readings.
    common: Option<NodeMap>,
    /// The most frequent words of `words` again, in a hash table; a cache, never the only
    /// place a word is.
    hot: Option<HotTable>,
}

impl Lexicon {
    /// The lexicon embedded in the library, ready without files or parsing.
    ///
    /// The first call only reads the fst headers (a few microseconds); later calls return the
    /// same instance.
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::embedded_uncached)
    }

    /// A new handle on the embedded data, without the shared instance of
    /// [`Lexicon::embedded`]: what start-up costs (only the fst headers are read; the data stay
    /// in the binary). Prefer `embedded()`.
    pub fn embedded_uncached() -> Lexicon {
        Lexicon {
            words: open(Cow::Borrowed(WORDS_FST)),
            names: open(Cow::Borrowed(NAMES_FST)),
            heads: open(Cow::Borrowed(HEADS_FST)),
            common: open(Cow::Borrowed(COMMON_FST)),
            hot: HotTable::open(HOT_TABLE),
        }
    }

    /// Builds a lexicon from `(word, frequency)` and `(name, frequency)` entries (for tests and
    /// tools).
    ///
    /// Words are stored lower-cased; names as written. Duplicates keep the highest frequency.
    pub fn from_entries<'a>(
        words: impl IntoIterator<Item = (&'a str, u32)>,
        names: impl IntoIterator<Item = (&'a str, u32)>,
    ) -> Lexicon {
        let words: Vec<(String, u32)> = words
            .into_iter()
            .map(|(w, f)| (w.to_lowercase(), f))
            .collect();
        let names = names.into_iter().map(|(n, f)| (n.to_string(), f));
        let common = words
            .iter()
            .filter(|(_, f)| *f >= crate::COMMON_MIN_FREQUENCY)
            .cloned()
            .collect();
        Lexicon {
            words: build(words),
            names: build(names.collect()),
            heads: None,
            common: build(common),
            hot: None,
        }
    }

    /// The same lexicon with these compound heads (lower-case first parts of compounds that
    /// are not words by themselves, such as "flick" from "flicka"), replacing any it had.
    pub fn with_compound_heads<'a>(
        self,
        heads: impl IntoIterator<Item = (&'a str, u32)>,
    ) -> Lexicon {
        let heads = heads.into_iter().map(|(h, f)| (h.to_lowercase(), f));
        Lexicon {
            heads: build(heads.collect()),
            ..self
        }
    }

    /// Frequency of a lower-case word form, in occurrences per billion words; `Some(0)` for a
    /// known form never seen in the frequency source; `None` when the form is unknown.
    ///
    /// The lookup is exact: "Och" is not found; lower-case the word first.
    #[inline]
    pub fn frequency(&self, word: &str) -> Option<u32> {
        if let Some(hot) = &self.hot
            && let Hot::Found(f) = hot.get(word)
        {
            return Some(f);
        }
        lookup(self.words.as_ref(), word)
    }

    /// Whether `word` (lower-case) is a known Swedish word form.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.frequency(word).is_some()
    }

    /// Whether `word` (lower-case) is a known form whose å/ä/ö spelling is at least 20 times
    /// more frequent ("for": för, "mal": mål, "ar": är): in OCR'd text it is then more likely
    /// the damaged twin than itself. False for unknown words.
    pub fn has_commoner_twin(&self, word: &str) -> bool {
        value(self.words.as_ref(), word).is_some_and(|v| v & COMMONER_TWIN_FLAG != 0)
    }

    /// Frequency of a proper name as written with its capital (`"Åström"`, `"Söder"`), or
    /// `None` when it is not a known name.
    ///
    /// A name's frequency is that of its lower-cased spelling as a word in the frequency
    /// source (so "Björn" shares the count of "björn"); 0 when never counted.
    #[inline]
    pub fn name_frequency(&self, name: &str) -> Option<u32> {
        lookup(self.names.as_ref(), name)
    }

    /// Whether `name` (as written, capitalised) is a known proper name.
    #[inline]
    pub fn contains_name(&self, name: &str) -> bool {
        self.name_frequency(name).is_some()
    }

    /// Every prefix of `word` (lower-case) that is itself a known form, as (byte length,
    /// frequency), shortest first; the whole word is included when it is known. For compound
    /// splitting.
    ///
    /// One walk down the fst: the cost is that of a single lookup of `word`, however many
    /// prefixes there are.
    pub fn word_prefixes<'a>(&'a self, word: &'a str) -> Prefixes<'a> {
        Prefixes::new(self.words.as_ref(), word)
    }

    /// Every prefix of `text` that is a proper name as written ("Åström" in "Åströmsgatan"), as
    /// (byte length, frequency), shortest first; `text` itself is included when it is a name.
    /// One walk down the name map, however many prefixes there are.
    pub fn name_prefixes<'a>(&'a self, text: &'a str) -> Prefixes<'a> {
        Prefixes::new(self.names.as_ref(), text)
    }

    /// Every prefix of `word` (lower-case) that is a compound head, as (byte length,
    /// frequency of the word it comes from), shortest first.
    ///
    /// Heads are the forms words take as first parts of compounds when those forms are not
    /// words of their own: SAOL's prefixes ("bio", "mini") and nouns in -a and -e without
    /// their vowel ("flick", "arbet"). Together with [`Lexicon::word_prefixes`] and the
    /// linking letters s, e, a, u, o they cover most Swedish compounds.
    pub fn head_prefixes<'a>(&'a self, word: &'a str) -> Prefixes<'a> {
        Prefixes::new(self.heads.as_ref(), word)
    }

    /// Reads a lower-case word as a compound of known parts, with the fewest parts (at most
    /// four): non-final parts are word forms or compound heads, optionally followed by a
    /// linking letter (s, e, a, u, o); the final part is a word form of at least four letters.
    /// `None` when no such reading exists, or for words under seven letters.
    ///
    /// Parts flagged by [`Lexicon::has_commoner_twin`] ("for", "mal") are refused, since a
    /// compound would be written with "för", "mål"; that keeps most OCR-stripped words
    /// ("forvaltningen") from reading as compounds. Still, a reading says the word *can* be
    /// built from known parts, not that it is spelled right: check [`Lexicon::readings`] of
    /// the whole word too.
    ///
    /// ```
    /// let lex = delaktig_lexicon_sv::Lexicon::embedded();
    /// let word = "brukarorganisationerna";
    /// let split = lex.split_compound(word).expect("a compound");
    /// assert_eq!(split.stems(word).collect::<Vec<_>>(), ["brukar", "organisationerna"]);
    /// ```
    pub fn split_compound(&self, word: &str) -> Option<Compound> {
        compound::split(self, word)
    }

    /// [`Lexicon::split_compound`] for a caller splitting many words that share their
    /// beginnings (the candidate spellings of one damaged word): the walks down the maps from
    /// each place in the word are remembered in `scratch`, and the next split follows a
    /// remembered walk as far as its word has the same bytes. The answer is the same as
    /// without `scratch`; a scratch used with another lexicon starts afresh.
    ///
    /// ```
    /// use delaktig_lexicon_sv::{Lexicon, SplitScratch};
    ///
    /// let lex = Lexicon::embedded();
    /// let mut scratch = SplitScratch::default();
    /// for word in ["brukarorganisationerna", "brukarorganisåtionerna", "brukårorganisationerna"] {
    ///     assert_eq!(lex.split_compound_with(word, &mut scratch), lex.split_compound(word));
    /// }
    /// ```
    pub fn split_compound_with(&self, word: &str, scratch: &mut SplitScratch) -> Option<Compound> {
        let (Some(words), Some(heads)) = (nodes(self.words.as_ref()), nodes(self.heads.as_ref()))
        else {
            return compound::split(self, word);
        };
        let owner = [words, heads].map(|n| (n.data_address(), n.data_len(), n.root()));
        if scratch.owner != Some(owner) {
            *scratch = SplitScratch {
                owner: Some(owner),
                ..SplitScratch::default()
            };
        }
        let source = TrailSource {
            lexicon: self,
            words,
            heads,
            word_len: word.len(),
            scratch: std::cell::RefCell::new(scratch),
        };
        compound::split(&source, word)
    }

    /// Every known word form that the lower-case `word` can be read as under an OCR
    /// confusion model, with at most `max_changes` rule applications (capped at
    /// [`crate::MAX_CHANGES`]), appended to `out` in byte order of the form, each form once
    /// with its fewest changes. The word itself is among them (with 0 changes) when known.
    ///
    /// The search walks the word map with the word and the alternatives together, following
    /// only paths that lead to known forms, so ambiguity costs little. Words over 128 bytes
    /// have no readings.
    ///
    /// ```
    /// use delaktig_lexicon_sv::{Confusion, Lexicon};
    ///
    /// let rules = [
    ///     Confusion { from: "a", to: &["å", "ä"] },
    ///     Confusion { from: "o", to: &["ö"] },
    ///     Confusion { from: "é", to: &["ö", "ä"] },
    /// ];
    /// let mut found = Vec::new();
    /// Lexicon::embedded().readings("socialférvaltningen", &rules, 3, &mut found);
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].word, "socialförvaltningen");
    /// assert_eq!(found[0].changes, 1);
    /// ```
    pub fn readings(
        &self,
        word: &str,
        rules: &[Confusion<'_>],
        max_changes: u32,
        out: &mut Vec<Reading>,
    ) {
        readings::readings(nodes(self.words.as_ref()), word, rules, max_changes, out);
    }

    /// Every known word form exactly one edit away from the lower-case `word` (one letter of
    /// `alphabet` substituted or inserted, or one character deleted), appended to `out` in
    /// byte order of the form, each once, with `changes` 1. For words OCR misread beyond its
    /// diacritics ("koitakten" → "kontakten"). One walk down the fst shares the unchanged
    /// prefix of every edit, so this costs a few lookups, not one per edit.
    ///
    /// ```
    /// let mut found = Vec::new();
    /// let alphabet: Vec<char> = "abcdefghijklmnoprstuvyåäö".chars().collect();
    /// delaktig_lexicon_sv::Lexicon::embedded().one_edit_readings("koitakten", &alphabet, &mut found);
    /// assert!(found.iter().any(|r| r.word == "kontakten"));
    /// ```
    pub fn one_edit_readings(&self, word: &str, alphabet: &[char], out: &mut Vec<Reading>) {
        readings::one_edit(nodes(self.words.as_ref()), word, alphabet, out);
    }

    /// Like [`Lexicon::one_edit_readings`], over the compound heads (see
    /// [`Lexicon::head_prefixes`]).
    pub fn one_edit_head_readings(&self, head: &str, alphabet: &[char], out: &mut Vec<Reading>) {
        readings::one_edit(nodes(self.heads.as_ref()), head, alphabet, out);
    }

    /// A cursor at the start of the word map (`None` for an empty lexicon): advance it with
    /// [`Lexicon::advance`] one piece of a lower-case candidate at a time.
    ///
    /// ```
    /// let lex = delaktig_lexicon_sv::Lexicon::embedded();
    /// let c = lex.word_cursor().and_then(|c| lex.advance(c, "mö"));
    /// let c = c.and_then(|c| lex.advance(c, "tet")).expect("a known form");
    /// assert_eq!(lex.cursor_frequency(c), lex.frequency("mötet"));
    /// assert!(lex.word_cursor().and_then(|c| lex.advance(c, "qxz")).is_none());
    /// ```
    pub fn word_cursor(&self) -> Option<Cursor> {
        Some(Cursor::root(MapKind::Words, nodes(self.words.as_ref())?))
    }

    /// A cursor at the start of the common word forms: those of [`Lexicon::word_cursor`]
    /// with a frequency of at least [`crate::COMMON_MIN_FREQUENCY`], with the same
    /// frequencies. A walk that only wants common readings searches far fewer branches.
    ///
    /// ```
    /// let lex = delaktig_lexicon_sv::Lexicon::embedded();
    /// let walk = |start, word| lex.advance(start, word).and_then(|c| lex.cursor_frequency(c));
    /// let common = lex.common_word_cursor().expect("a common map");
    /// assert_eq!(walk(common, "mötet"), lex.frequency("mötet"));
    /// assert!(lex.frequency("mötet").is_some_and(|f| f >= delaktig_lexicon_sv::COMMON_MIN_FREQUENCY));
    /// ```
    pub fn common_word_cursor(&self) -> Option<Cursor> {
        Some(Cursor::root(MapKind::Common, nodes(self.common.as_ref())?))
    }

    /// A cursor at the start of the name map (names as written, capital first).
    pub fn name_cursor(&self) -> Option<Cursor> {
        Some(Cursor::root(MapKind::Names, nodes(self.names.as_ref())?))
    }

    /// `cursor` moved past `text`, or `None` when no form of its map continues with it.
    #[inline]
    pub fn advance(&self, cursor: Cursor, text: &str) -> Option<Cursor> {
        self.open_cursor(cursor)?.advance(text.as_bytes())
    }

    /// The frequency of the form a cursor has walked, if that is a whole form of its map (as
    /// [`Lexicon::frequency`] or [`Lexicon::name_frequency`] would give it).
    #[inline]
    pub fn cursor_frequency(&self, cursor: Cursor) -> Option<u32> {
        self.open_cursor(cursor)?.frequency()
    }

    /// `cursor` with its map, for trying several continuations from it: what
    /// [`Lexicon::advance`] and [`Lexicon::cursor_frequency`] give, without finding the map
    /// again for each. `None` for a cursor of a map this lexicon lacks.
    ///
    /// ```
    /// let lex = delaktig_lexicon_sv::Lexicon::embedded();
    /// let node = lex.word_cursor().and_then(|c| lex.open_cursor(c)).expect("a word map");
    /// for piece in ["mö", "ma", "qx"] {
    ///     assert_eq!(node.advance_str(piece), lex.word_cursor().and_then(|c| lex.advance(c, piece)));
    /// }
    /// ```
    #[inline]
    pub fn open_cursor(&self, cursor: Cursor) -> Option<CursorNode<'_>> {
        Some(CursorNode::open(self.nodes_of(cursor)?, cursor))
    }

    fn nodes_of(&self, cursor: Cursor) -> Option<Nodes<'_>> {
        self.map_nodes(cursor.map)
    }

    /// The node reader of the word or name map.
    #[inline]
    pub(crate) fn map_nodes(&self, map: MapKind) -> Option<Nodes<'_>> {
        match map {
            MapKind::Words => nodes(self.words.as_ref()),
            MapKind::Names => nodes(self.names.as_ref()),
            MapKind::Common => nodes(self.common.as_ref()),
        }
    }

    /// Like [`Lexicon::readings`], over the names as written ("Astrom" → "Åström"): the rules
    /// must then also cover capitals ("A" → "Å").
    pub fn name_readings(
        &self,
        name: &str,
        rules: &[Confusion<'_>],
        max_changes: u32,
        out: &mut Vec<Reading>,
    ) {
        readings::readings(nodes(self.names.as_ref()), name, rules, max_changes, out);
    }

    /// Number of word forms.
    pub fn word_count(&self) -> usize {
        self.words.as_ref().map_or(0, |m| m.map.len())
    }

    /// Number of names (genitive forms such as "Åströms" count separately).
    pub fn name_count(&self) -> usize {
        self.names.as_ref().map_or(0, |m| m.map.len())
    }

    /// All word forms with their frequencies, in byte order of the form.
    pub fn words(&self) -> impl Iterator<Item = (String, u32)> + '_ {
        entries(self.words.as_ref())
    }

    /// All names with their frequencies, in byte order of the name.
    pub fn names(&self) -> impl Iterator<Item = (String, u32)> + '_ {
        entries(self.names.as_ref())
    }
}

impl Lexicon {
    /// Calls `f(byte_len)` for each prefix of `rest` that is a word form without a commoner
    /// twin (see [`Lexicon::has_commoner_twin`]); returns whether `rest` itself is one (what
    /// [`Lexicon::is_untwinned_word`] says, from the same walk).
    pub(crate) fn for_each_untwinned_prefix(&self, rest: &str, f: &mut dyn FnMut(usize)) -> bool {
        let mut prefixes = self.word_prefixes(rest);
        let mut whole = false;
        while let Some((len, value)) = prefixes.next_value() {
            let untwinned = value & COMMONER_TWIN_FLAG == 0;
            if untwinned {
                f(len);
            }
            whole = untwinned && len == rest.len();
        }
        whole
    }

    /// Whether `s` is a word form without a commoner twin: one lookup for what
    /// `contains(s) && !has_commoner_twin(s)` asks twice.
    pub(crate) fn is_untwinned_word(&self, s: &str) -> bool {
        value(self.words.as_ref(), s).is_some_and(|v| v & COMMONER_TWIN_FLAG == 0)
    }
}

impl PartSource for Lexicon {
    fn for_each_part_prefix(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) {
        self.for_each_untwinned_prefix(rest, &mut |len| f(len, PartKind::Word));
        for (len, _) in self.head_prefixes(rest) {
            f(len, PartKind::Head);
        }
    }

    fn is_last_part(&self, s: &str) -> bool {
        self.is_untwinned_word(s)
    }

    fn part_frequency(&self, s: &str) -> Option<u32> {
        self.frequency(s)
    }

    fn part_prefixes_and_last(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) -> bool {
        let last = self.for_each_untwinned_prefix(rest, &mut |len| f(len, PartKind::Word));
        for (len, _) in self.head_prefixes(rest) {
            f(len, PartKind::Head);
        }
        last
    }
}

/// Walks down the word and head maps remembered from one compound split to the next; see
/// [`Lexicon::split_compound_with`]. Holds one walk per map and place in the word (some
/// kilobytes at most).
#[derive(Default)]
pub struct SplitScratch {
    /// The maps the walks were made in (where their data are, how long, and their roots),
    /// so a scratch moved to another lexicon starts afresh instead of following another
    /// map's nodes.
    owner: Option<[(usize, usize, usize); 2]>,
    /// Per byte offset in the word, the last walk of the word map from there.
    words: Vec<Trail>,
    /// Likewise in the head map.
    heads: Vec<Trail>,
}

impl std::fmt::Debug for SplitScratch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SplitScratch")
            .field("walks", &(self.words.len() + self.heads.len()))
            .finish()
    }
}

/// One walk down a map: the bytes taken, where each led, and the byte no transition took.
#[derive(Default)]
struct Trail {
    bytes: Vec<u8>,
    steps: Vec<TrailStep>,
    stopped_on: Option<u8>,
}

/// A node a walk reached: its address, the output so far, and the value of the key that
/// ends there (flags included), if one does.
#[derive(Clone, Copy)]
struct TrailStep {
    addr: usize,
    out: u64,
    value: Option<u64>,
}

impl Trail {
    /// Calls `f(len, value)` for every prefix of `rest` that is a key of `nodes`' map,
    /// shortest first (what [`Prefixes`] gives), following this trail as far as `rest` has
    /// its bytes and remembering the walk beyond.
    fn prefixes(&mut self, nodes: Nodes<'_>, rest: &[u8], f: &mut impl FnMut(usize, u64)) {
        let shared = rest
            .iter()
            .zip(&self.bytes)
            .take_while(|(a, b)| a == b)
            .count();
        for (i, step) in self.steps.iter().take(shared).enumerate() {
            if let Some(value) = step.value {
                f(i + 1, value);
            }
        }
        let Some(&first) = rest.get(shared) else {
            return;
        };
        if shared == self.bytes.len() && self.stopped_on == Some(first) {
            return;
        }
        self.bytes.truncate(shared);
        self.steps.truncate(shared);
        self.stopped_on = None;
        let (mut addr, mut out) = match self.steps.last() {
            Some(step) => (step.addr, step.out),
            None => (nodes.root(), 0),
        };
        for &b in rest.get(shared..).unwrap_or(&[]) {
            let Some((next, o)) = nodes.step(addr, b) else {
                self.stopped_on = Some(b);
                return;
            };
            addr = next;
            out = out.wrapping_add(o);
            let value = nodes.final_output(next).map(|last| out.wrapping_add(last));
            self.bytes.push(b);
            self.steps.push(TrailStep { addr, out, value });
            if let Some(value) = value {
                f(self.bytes.len(), value);
            }
        }
    }
}

/// The lexicon as a source of compound parts, its walks remembered in a scratch.
struct TrailSource<'a> {
    lexicon: &'a Lexicon,
    words: Nodes<'a>,
    heads: Nodes<'a>,
    word_len: usize,
    scratch: std::cell::RefCell<&'a mut SplitScratch>,
}

/// The trail from `at` in `trails`, made when first needed.
fn trail_at(trails: &mut Vec<Trail>, at: usize) -> Option<&mut Trail> {
    if trails.len() <= at {
        trails.resize_with(at + 1, Trail::default);
    }
    trails.get_mut(at)
}

impl PartSource for TrailSource<'_> {
    fn for_each_part_prefix(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) {
        self.part_prefixes_and_last(rest, f);
    }

    fn is_last_part(&self, s: &str) -> bool {
        self.lexicon.is_untwinned_word(s)
    }

    fn part_frequency(&self, s: &str) -> Option<u32> {
        self.lexicon.frequency(s)
    }

    fn part_prefixes_and_last(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) -> bool {
        let Some(at) = self.word_len.checked_sub(rest.len()) else {
            return self.lexicon.part_prefixes_and_last(rest, f);
        };
        let mut scratch = self.scratch.borrow_mut();
        let scratch = &mut **scratch;
        let bytes = rest.as_bytes();
        let mut whole = false;
        if let Some(trail) = trail_at(&mut scratch.words, at) {
            trail.prefixes(self.words, bytes, &mut |len, value| {
                let untwinned = value & COMMONER_TWIN_FLAG == 0;
                if untwinned {
                    f(len, PartKind::Word);
                }
                whole = untwinned && len == bytes.len();
            });
        }
        if let Some(trail) = trail_at(&mut scratch.heads, at) {
            trail.prefixes(self.heads, bytes, &mut |len, _| f(len, PartKind::Head));
        }
        whole
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("words", &self.word_count())
            .field("names", &self.name_count())
            .finish()
    }
}

/// A map with its root's address, read once from its footer: every walk and lookup starts
/// there, and reading it again each time was a measurable part of the short ones.
struct NodeMap {
    map: Map<Data>,
    root: usize,
}

/// The map in `data`, if it is one in the node format this crate reads (see [`Nodes`]).
fn open(data: Data) -> Option<NodeMap> {
    let map = Map::new(data).ok()?;
    let root = Nodes::of(map.as_fst())?.root();
    Some(NodeMap { map, root })
}

/// The node reader of a map; `open` made sure there is one.
#[inline]
fn nodes(map: Option<&NodeMap>) -> Option<Nodes<'_>> {
    let map = map?;
    Some(Nodes::at_root(map.map.as_fst(), map.root))
}

/// The value of `key` as stored (flags included).
#[inline]
fn value(map: Option<&NodeMap>, key: &str) -> Option<u64> {
    nodes(map)?.get(key.as_bytes())
}

fn build(mut entries: Vec<(String, u32)>) -> Option<NodeMap> {
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    entries.dedup_by(|later, first| later.0 == first.0);
    let mut builder = MapBuilder::memory();
    for (key, freq) in &entries {
        // Keys are sorted and unique, so insertion cannot fail.
        builder.insert(key, u64::from(*freq)).ok()?;
    }
    let bytes = builder.into_inner().ok()?;
    open(Cow::Owned(bytes))
}

#[inline]
fn lookup(map: Option<&NodeMap>, key: &str) -> Option<u32> {
    value(map, key).map(to_u32)
}

/// Bit of a word map value that flags a form with a much commoner å/ä/ö twin; the frequency
/// is the low 32 bits.
pub(crate) const COMMONER_TWIN_FLAG: u64 = 1 << 32;

#[inline]
pub(crate) fn to_u32(value: u64) -> u32 {
    // The low 32 bits are the frequency; the bits above are flags.
    (value & u64::from(u32::MAX)) as u32
}

fn entries(map: Option<&NodeMap>) -> impl Iterator<Item = (String, u32)> + '_ {
    use fst::Streamer;
    let mut stream = map.map(|m| m.map.stream());
    std::iter::from_fn(move || {
        let (key, value) = stream.as_mut()?.next()?;
        Some((String::from_utf8_lossy(key).into_owned(), to_u32(value)))
    })
}

/// Iterator over the prefixes of a word that are known forms; see [`Lexicon::word_prefixes`].
pub struct Prefixes<'a> {
    nodes: Option<Nodes<'a>>,
    addr: usize,
    output: u64,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Prefixes<'a> {
    fn new(map: Option<&'a NodeMap>, word: &'a str) -> Prefixes<'a> {
        let nodes = nodes(map);
        Prefixes {
            nodes,
            addr: nodes.map_or(0, |n| n.root()),
            output: 0,
            bytes: word.as_bytes(),
            pos: 0,
        }
    }

    /// The next prefix that is a whole key, with its value as stored (flags included).
    fn next_value(&mut self) -> Option<(usize, u64)> {
        let nodes = self.nodes?;
        while let Some(&byte) = self.bytes.get(self.pos) {
            let Some((next, out)) = nodes.step(self.addr, byte) else {
                break;
            };
            self.addr = next;
            self.output = self.output.wrapping_add(out);
            self.pos += 1;
            // Keys are whole UTF-8 strings, so a final state always ends on a char boundary.
            if let Some(last) = nodes.final_output(next) {
                return Some((self.pos, self.output.wrapping_add(last)));
            }
        }
        self.nodes = None;
        None
    }
}

impl Iterator for Prefixes<'_> {
    type Item = (usize, u32);

    #[inline]
    fn next(&mut self) -> Option<(usize, u32)> {
        self.next_value().map(|(len, value)| (len, to_u32(value)))
    }
}

#[cfg(test)]
impl Lexicon {
    /// The maps present, for tests of the node reader.
    pub(crate) fn fsts(&self) -> impl Iterator<Item = &fst::raw::Fst<Data>> {
        [&self.words, &self.names, &self.heads]
            .into_iter()
            .filter_map(|m| m.as_ref().map(|m| m.map.as_fst()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hot_table_agrees_with_the_word_map() {
        let lex = Lexicon::embedded();
        let entries = lex.hot.as_ref().map(HotTable::entries).unwrap_or_default();
        assert!(entries.len() > 30_000, "{}", entries.len());
        for (word, freq) in entries {
            assert_eq!(lookup(lex.words.as_ref(), &word), Some(freq), "{word}");
        }
    }
}
