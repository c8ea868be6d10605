//! The OCR confusion model: which strings an English-model OCR makes of Swedish letters, run
//! backwards to produce candidate restorations of a damaged word, each with a cost (how
//! unlikely the confusion is). Cheap confusions (tier 1) are tried first; letters that are
//! usually real ("d", "i") and dropped vowels (tier 2) only when tier 1 finds nothing.

use delaktig_lexicon_sv::{Vocabulary, VocabularyCursor, VocabularyMaps};

/// A candidate restoration: the word with the original's capitalisation, its cost and edits
/// (its text borrowed from the [`Candidates`] that hold it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate<'c> {
    pub text: &'c str,
    pub cost: f32,
    pub edits: u8,
}

/// A word's candidate restorations, with their texts in one buffer: a list of them costs one
/// allocation for its texts, not one per candidate (a walk makes dozens, most never read
/// again).
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidates {
    texts: String,
    items: Vec<Item>,
}

/// A candidate of [`Candidates`]: where its text lies in the buffer, its cost and edits, and
/// its frequencies as a word and as a name where they were looked up along the walk.
#[derive(Debug, Clone, Copy)]
struct Item {
    start: usize,
    end: usize,
    cost: f32,
    edits: u8,
    frequency: Option<u32>,
    name_frequency: Option<u32>,
}

impl Candidates {
    /// Room for about `n` candidates of `word`'s length, so that a walk's list rarely
    /// regrows.
    fn for_word(word: &str, n: usize) -> Candidates {
        Candidates {
            texts: String::with_capacity(n * (word.len() + 2)),
            items: Vec::with_capacity(n),
        }
    }

    /// Adds a candidate.
    fn push(&mut self, text: &str, cost: f32, edits: u8, frequencies: (Option<u32>, Option<u32>)) {
        let start = self.texts.len();
        self.texts.push_str(text);
        self.items.push(Item {
            start,
            end: self.texts.len(),
            cost,
            edits,
            frequency: frequencies.0,
            name_frequency: frequencies.1,
        });
    }

    /// How many candidates there are.
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    fn candidate(&self, item: &Item) -> Candidate<'_> {
        Candidate {
            text: self.texts.get(item.start..item.end).unwrap_or(""),
            cost: item.cost,
            edits: item.edits,
        }
    }

    /// The candidates in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = Candidate<'_>> {
        self.items.iter().map(|item| self.candidate(item))
    }

    /// The candidates in order, each with its frequencies as a word and as a name (`None`
    /// where unknown or not looked up).
    pub(crate) fn with_frequencies(&self) -> impl Iterator<Item = WithFrequencies<'_>> {
        self.items
            .iter()
            .map(|item| (self.candidate(item), item.frequency, item.name_frequency))
    }

    /// Sorts the candidates by cost (keeping the order of equal costs) and drops each that
    /// has the text of the one before it.
    fn sort_and_dedup(&mut self) {
        self.items.sort_by(|a, b| a.cost.total_cmp(&b.cost));
        let texts = &self.texts;
        let text = |item: &Item| texts.get(item.start..item.end);
        self.items.dedup_by(|a, b| text(a) == text(b));
    }
}

/// How deep the search goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// Confusions that are near certain or very common: a→å/ä, o→ö, é→ö, 6→ö, &→å, ….
    Common,
    /// Also letters that are usually real (d→ö/ä, i→ä), two-letter splits ("ad"→ä) and a
    /// dropped vowel.
    Rare,
}

const MAX_COST: f32 = 4.5;
/// Letters from which a word no known word is found for within [`MAX_COST`] is walked again
/// up to [`LONG_MAX_COST`]: a long string of letters that three misreads turn into a known
/// word is that word far more often than chance ("férsdrjningsstddet" is
/// "försörjningsstödet").
const LONG_WORD: usize = 14;
/// The cost limit of that second walk.
const LONG_MAX_COST: f32 = 5.5;

const MAX_EDITS: u8 = 4;
const MAX_CANDIDATES: usize = 2048;
/// Candidates a word typically has: the room a list is made with.
const EXPECTED_CANDIDATES: usize = 32;
/// Cost of a vowel put back into a word without any ([`dropped_vowel`]).
const DROPPED_VOWEL_COST: f32 = 2.5;

/// One way to read the characters at a position: the text meant, how many characters it
/// replaces, and its cost.
pub(crate) struct Option_ {
    pub(crate) text: &'static str,
    pub(crate) consumed: usize,
    pub(crate) cost: f32,
}

/// Calls `add` with each way to read the characters at `i`, in the order they are tried.
fn options(chars: &[char], i: usize, tier: Tier, add: &mut impl FnMut(Option_)) {
    let Some(&c) = chars.get(i) else { return };
    let next = chars.get(i + 1).copied();
    let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
    let prev_lower = prev.is_some_and(char::is_lowercase);
    let next_lower = next.is_some_and(char::is_lowercase);
    let mut add = |text, consumed, cost| {
        add(Option_ {
            text,
            consumed,
            cost,
        })
    };
    // Two-character confusions first.
    match (c, next) {
        ('é', Some('6')) | ('o', Some('6')) | ('6', Some('é')) => add("ö", 2, 0.1),
        // An ö read as two signs, one of them a "d" ("ans6dkan", "sd6mn").
        ('d', Some('6')) | ('6', Some('d')) => add("ö", 2, 0.3),
        ('O', Some('6')) => add("Ö", 2, 0.1),
        // Inside a small-letter word, an ö a mono font's scan read as a capital O and a sign
        // beside it ("besOekarna", "ansOdkan", "besOékarna", "besdOkare", "SamefoOreningen").
        ('O', Some('e' | 'é' | 'ö' | 'd')) | ('d' | 'o', Some('O')) if prev_lower => {
            add("ö", 2, 0.3);
        }
        // An ö read as a "G" or an "o" and a 6 ("G6verenskommelsen", "KG6lvattnet",
        // "Medlemsm6ote").
        ('G', Some('6')) if i == 0 => add("Ö", 2, 0.2),
        ('G', Some('6')) | ('6', Some('o')) => add("ö", 2, 0.2),
        // An ö read as a capital O and a small o inside a small-letter word ("husmOotet").
        ('O', Some('o')) if prev_lower => add("ö", 2, 0.3),
        // An ä read as an "a" or "A" and a 4, either way round ("tilla4gg", "A4ven",
        // "4andrade"); the capital is the scan's, as in "A4ven" inside a sentence.
        ('a', Some('4')) | ('4', Some('a')) | ('A', Some('4')) => add("ä", 2, 0.3),
        // An å read as its ring and its letter ("p&a", "R&adhusesplanaden").
        ('&', Some('a')) => add("å", 2, 0.2),
        ('o', Some('é')) | ('d', Some('é')) => add("ö", 2, 0.5),
        // An ö read as an o and a d ("anhodrigsamtal"): both are real letters.
        ('o', Some('d')) if tier == Tier::Rare => add("ö", 2, 1.5),
        // The dots of an ä, or the ring of an å, read as an accent ("brukarraédet").
        ('a', Some('é')) => {
            add("ä", 2, 0.8);
            add("å", 2, 0.9);
        }
        ('a', Some('d')) | ('d', Some('a')) | ('i', Some('a')) if tier == Tier::Rare => {
            add("ä", 2, 2.2)
        }
        // Letters run together or split by a rough scan: "rn" ↔ "m", "ai"/"ii" for ä.
        ('r', Some('n')) if tier == Tier::Rare => add("m", 2, 1.5),
        ('a', Some('i')) | ('i', Some('i')) if tier == Tier::Rare => add("ä", 2, 1.5),
        _ => {}
    }
    if c == 'm' && tier == Tier::Rare {
        add("rn", 1, 1.5);
    }
    match c {
        'a' => {
            add("å", 1, 0.6);
            add("ä", 1, 0.6);
        }
        // Inside a small-letter word a capital A is an ä or an å ("hAllits").
        'A' if prev_lower => {
            add("ä", 1, 0.6);
            add("å", 1, 0.6);
        }
        'A' => {
            add("Å", 1, 0.6);
            add("Ä", 1, 0.6);
        }
        'o' => add("ö", 1, 0.6),
        'O' if prev_lower => add("ö", 1, 0.6),
        'O' => add("Ö", 1, 0.6),
        'é' => {
            add("ö", 1, 0.1);
            add("ä", 1, 2.0);
            // A scan also marks a plain "e" ("méllan", "délade"); where é ends a word or
            // comes before its last letters it is as often written ("idé", "Sandén").
            if tier == Tier::Rare || chars.len() > i + 3 {
                add("e", 1, 1.5);
            }
            if tier == Tier::Rare {
                add("å", 1, 1.5);
            }
        }
        'É' => {
            add("Ö", 1, 0.1);
            add("Ä", 1, 2.0);
        }
        '6' => add("ö", 1, 0.1),
        // In a rough scan an å read as an 8 ("s8", "ocks8") and an l as a 1 beside letters
        // ("h61l", "1ss").
        '8' if tier == Tier::Rare && (prev_lower || next_lower) => add("å", 1, 1.0),
        '1' if tier == Tier::Rare && (prev_lower || next_lower) => add("l", 1, 1.0),
        '4' => {
            add("ä", 1, 0.3);
            add("å", 1, 0.8);
        }
        '&' => {
            add("å", 1, 0.2);
            add("ä", 1, 0.8);
        }
        '@' => {
            add("ö", 1, 0.5);
            add("å", 1, 0.9);
        }
        'G' if i == 0 && next_lower => add("Ö", 1, 1.0),
        // A word's first Ö read as an S before "pp" ("Sppna", "Sppenvarden"): no Swedish word
        // starts with "spp".
        'S' if i == 0 && next == Some('p') && chars.get(i + 2) == Some(&'p') => {
            add("Ö", 1, 0.5);
        }
        'G' if prev_lower => add("ö", 1, 0.3),
        'd' if tier == Tier::Rare => {
            add("ö", 1, 2.5);
            add("ä", 1, 3.0);
        }
        'i' if tier == Tier::Rare => {
            add("ä", 1, 3.0);
            add("ö", 1, 3.0);
        }
        'å' if tier == Tier::Rare => add("ä", 1, 1.5),
        _ => {}
    }
}

/// Every way to read each character of a word ([`options`] at each place), worked out once:
/// a walk comes to one place by many paths and asks there each time.
#[derive(Default)]
pub(crate) struct Choices {
    all: Vec<Option_>,
    /// Where each place's ways begin in `all`, and after the last place where they end.
    starts: Vec<usize>,
}

impl Choices {
    /// Fills these choices anew for `chars` in `tier`.
    fn fill(&mut self, chars: &[char], tier: Tier) {
        self.all.clear();
        self.starts.clear();
        for i in 0..chars.len() {
            self.starts.push(self.all.len());
            options(chars, i, tier, &mut |o| self.all.push(o));
        }
        self.starts.push(self.all.len());
    }

    /// The ways to read the characters at `i`, in the order they are tried.
    #[inline]
    pub(crate) fn at(&self, i: usize) -> &[Option_] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&from), Some(&to)) => self.all.get(from..to).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// What a walk works with besides the vocabulary, kept per thread and reused from one word
/// to the next (the normaliser walks every new word): the word's characters, their ways of
/// reading, and the reading being built.
#[derive(Default)]
pub(crate) struct Scratch {
    pub(crate) chars: Vec<char>,
    pub(crate) choices: Choices,
    pub(crate) text: String,
    bytes: Vec<u8>,
}

impl Scratch {
    /// A walk over the word this scratch was filled for, building its readings in the
    /// scratch's text.
    fn walk<A, L>(&mut self, advance: A, leaf: L, max_cost: f32) -> Walk<'_, A, L> {
        Walk {
            chars: &self.chars,
            choices: &self.choices,
            buf: &mut self.text,
            stopped: false,
            max_cost,
            advance,
            leaf,
        }
    }

    fn fill(&mut self, word: &str, tier: Tier) {
        self.chars.clear();
        self.chars.extend(word.chars());
        self.choices.fill(&self.chars, tier);
        self.text.clear();
        self.bytes.clear();
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Longest word (in bytes) whose buffers the thread's scratch keeps afterwards: a freak
/// token does not hold its memory for the thread's life.
const SCRATCH_KEEP_BYTES: usize = 256;

/// Runs `f` with this thread's scratch filled for `word` in `tier`; with a fresh one when a
/// walk on this thread already holds it (or the thread is being torn down).
pub(crate) fn with_scratch<R>(word: &str, tier: Tier, mut f: impl FnMut(&mut Scratch) -> R) -> R {
    let shared = SCRATCH.try_with(|cell| {
        let mut scratch = cell.try_borrow_mut().ok()?;
        scratch.fill(word, tier);
        let r = f(&mut scratch);
        if word.len() > SCRATCH_KEEP_BYTES {
            *scratch = Scratch::default();
        }
        Some(r)
    });
    match shared {
        Ok(Some(r)) => r,
        _ => {
            let mut scratch = Scratch::default();
            scratch.fill(word, tier);
            f(&mut scratch)
        }
    }
}

/// Whether any character of `word` could be an OCR confusion (cheap test before the search).
pub(crate) fn may_be_damaged(word: &str) -> bool {
    word.bytes().any(|b| {
        matches!(
            b,
            b'a' | b'A'
                | b'o'
                | b'O'
                | b'6'
                | b'4'
                | b'8'
                | b'1'
                | b'&'
                | b'@'
                | b'G'
                | b'd'
                | b'i'
                | 0xc3
        )
    }) || !word.bytes().any(is_vowel_byte)
        || word.starts_with("Spp")
}

fn is_vowel_byte(b: u8) -> bool {
    matches!(b | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') || b >= 0x80
}

/// Whether `word` shows a mark that OCR damage leaves and Swedish spelling does not (digits
/// inside letters, `&`, `@`, a capital inside a lower-case word, an initial "Spp").
pub(crate) fn has_hard_damage(word: &str) -> bool {
    // No Swedish word or name begins with "Spp": a scan's S for an Ö ("Sppet").
    if word.starts_with("Spp") {
        return true;
    }
    let many = word.chars().nth(1).is_some();
    let mut prev: Option<char> = None;
    for c in word.chars() {
        let hit = match c {
            '6' | '4' | '&' | '@' => many,
            'G' | 'A' | 'O' => prev.is_some_and(char::is_lowercase),
            _ => false,
        };
        if hit {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Generates restorations of `word` (capitalisation kept), the word itself first with cost 0.
pub(crate) fn candidates(word: &str, tier: Tier) -> Candidates {
    with_scratch(word, tier, |scratch| {
        let mut out = Candidates::for_word(word, EXPECTED_CANDIDATES);
        scratch
            .walk(
                |_: &(), _: &str| Some(()),
                |text: &str, cost, edits, _: &()| {
                    out.push(text, cost, edits, (None, None));
                    out.len() < MAX_CANDIDATES
                },
                MAX_COST,
            )
            .visit(0, 0.0, 0, ());
        if tier == Tier::Rare {
            dropped_vowel(&scratch.chars, |text| {
                out.push(text, DROPPED_VOWEL_COST, 1, (None, None));
            });
        }
        out.sort_and_dedup();
        out
    })
}

/// A candidate with its frequencies as a word and as a name, where it has them.
pub(crate) type WithFrequencies<'c> = (Candidate<'c>, Option<u32>, Option<u32>);

/// Every candidate of [`candidates`], in its order, with its frequency in `vocabulary` as a
/// word (lower-cased: each character by `char::to_lowercase`, or as written when `as_written`)
/// and, when `names`, as a name as written. The walk follows the word and name maps along
/// with the candidates, so candidates sharing a beginning share its lookup, and a branch no
/// known form continues is looked up no further. `None` for a word with a capital sigma,
/// which lower-cases by context, not character by character.
pub(crate) fn candidates_with_frequencies(
    word: &str,
    tier: Tier,
    vocabulary: &Vocabulary,
    as_written: bool,
    names: bool,
) -> Option<Candidates> {
    if word.contains('Σ') {
        return None;
    }
    let start = Cursors::start(vocabulary, names);
    let maps = vocabulary.maps();
    let mut out = Candidates::for_word(word, EXPECTED_CANDIDATES);
    // Unlike the pruned walk, a branch goes on where no known form continues: every
    // candidate is made, as `candidates` makes them.
    let advance = |at: &Cursors, piece: &str| {
        let word = at.word.and_then(|c| {
            if as_written {
                maps.advance(c, piece)
            } else {
                let mut buf = [0u8; 32];
                maps.advance(c, lower_piece(piece, &mut buf)?)
            }
        });
        let name = at.name.and_then(|c| maps.advance(c, piece));
        Some(Cursors { word, name })
    };
    let mut leaf = |text: &str, cost, edits, at: &Cursors| {
        let frequencies = (
            at.word.and_then(|c| maps.frequency(c)),
            at.name.and_then(|c| maps.frequency(c)),
        );
        out.push(text, cost, edits, frequencies);
        out.len() < MAX_CANDIDATES
    };
    let dropped = with_scratch(word, tier, |scratch| {
        scratch
            .walk(&advance, &mut leaf, MAX_COST)
            .visit(0, 0.0, 0, start);
        let mut dropped = Vec::new();
        if tier == Tier::Rare {
            dropped_vowel(&scratch.chars, |text| dropped.push(text.to_string()));
        }
        dropped
    });
    for text in dropped {
        let frequency = if as_written {
            vocabulary.frequency(&text)
        } else {
            let lower: String = text.chars().flat_map(char::to_lowercase).collect();
            vocabulary.frequency(&lower)
        };
        let name_frequency = if names {
            vocabulary.name_frequency(&text)
        } else {
            None
        };
        out.push(&text, DROPPED_VOWEL_COST, 1, (frequency, name_frequency));
    }
    out.sort_and_dedup();
    Some(out)
}

/// `piece` with each character lower-cased, in `buf`; `None` if it does not fit (a piece is
/// one or two characters, so it always does).
fn lower_piece<'b>(piece: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    if !piece.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return Some(piece);
    }
    let mut len = 0;
    for c in piece.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        c.encode_utf8(buf.get_mut(len..len + n)?);
        len += n;
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// The confusion model's readings of a word, depth first: at each character the character
/// itself, then each confusion within the edit and cost limits. `advance` follows a guide's
/// position (such as a place in the vocabulary) along each piece and ends the branch when it
/// returns `None`; `leaf` takes each whole reading and says whether to go on.
struct Walk<'c, A, L> {
    chars: &'c [char],
    choices: &'c Choices,
    buf: &'c mut String,
    stopped: bool,
    max_cost: f32,
    advance: A,
    leaf: L,
}

impl<A, L> Walk<'_, A, L> {
    fn visit<G>(&mut self, i: usize, cost: f32, edits: u8, node: G)
    where
        A: FnMut(&G, &str) -> Option<G>,
        L: FnMut(&str, f32, u8, &G) -> bool,
    {
        if self.stopped {
            return;
        }
        let Some(&c) = self.chars.get(i) else {
            self.stopped = !(self.leaf)(self.buf, cost, edits, &node);
            return;
        };
        let mut piece = [0u8; 4];
        self.step(i + 1, cost, edits, &node, c.encode_utf8(&mut piece));
        if edits >= MAX_EDITS {
            return;
        }
        let choices = self.choices;
        for o in choices.at(i) {
            let c = cost + o.cost;
            if c <= self.max_cost {
                self.step(i + o.consumed, c, edits + 1, &node, o.text);
            }
        }
    }

    fn step<G>(&mut self, i: usize, cost: f32, edits: u8, node: &G, piece: &str)
    where
        A: FnMut(&G, &str) -> Option<G>,
        L: FnMut(&str, f32, u8, &G) -> bool,
    {
        let Some(next) = (self.advance)(node, piece) else {
            return;
        };
        let len = self.buf.len();
        self.buf.push_str(piece);
        self.visit(i, cost, edits, next);
        self.buf.truncate(len);
    }
}

/// Where the pruned walk stands in the vocabulary: among the words (lower-cased) and, for a
/// capitalised word, among the names.
#[derive(Clone, Copy)]
struct Cursors {
    word: Option<VocabularyCursor>,
    name: Option<VocabularyCursor>,
}

impl Cursors {
    /// The start of the words and, when `names`, of the names.
    fn start(vocabulary: &Vocabulary, names: bool) -> Cursors {
        Cursors {
            word: vocabulary.word_cursor(),
            name: if names {
                vocabulary.name_cursor()
            } else {
                None
            },
        }
    }
}

/// The candidates of `word` in `tier` that `vocabulary` knows, in the order (cost, then
/// generation) of [`candidates`]: the same walk, but a branch ends as soon as no known word
/// or name begins with it, so only the few live prefixes are followed. Names are looked up
/// when `names` is set (capitalised words).
pub(crate) fn known_candidates(
    word: &str,
    tier: Tier,
    vocabulary: &Vocabulary,
    names: bool,
) -> Candidates {
    let start = Cursors::start(vocabulary, names);
    let maps = vocabulary.maps();
    let mut out = Candidates::default();
    let mut dropped = Vec::new();
    if start.word.is_some() || start.name.is_some() || tier == Tier::Rare {
        // A piece extends a word if some known word (lower-cased) or name continues with it.
        let advance = |at: &Cursors, piece: &str| {
            let word = at.word.and_then(|c| {
                // Pieces are mostly ASCII lower case: one look at the bytes settles those.
                let maybe_upper = piece.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80);
                if maybe_upper && piece.chars().any(char::is_uppercase) {
                    maps.advance(c, &piece.to_lowercase())
                } else {
                    maps.advance(c, piece)
                }
            });
            let name = at.name.and_then(|c| maps.advance(c, piece));
            (word.is_some() || name.is_some()).then_some(Cursors { word, name })
        };
        let found = std::cell::Cell::new(false);
        let mut leaf = |text: &str, cost, edits, at: &Cursors| {
            let frequency = at.word.and_then(|c| maps.frequency(c));
            let name_frequency = at.name.and_then(|c| maps.frequency(c));
            if frequency.is_some() || name_frequency.is_some() {
                out.push(text, cost, edits, (frequency, name_frequency));
                found.set(true);
            }
            true
        };
        with_scratch(word, tier, |scratch| {
            if start.word.is_some() || start.name.is_some() {
                scratch
                    .walk(&advance, &mut leaf, MAX_COST)
                    .visit(0, 0.0, 0, start);
                // A long word nothing was found for: once more, with more misreads allowed
                // (none of its cheaper readings is known, so none is found twice).
                if !found.get() && scratch.chars.len() >= LONG_WORD {
                    scratch
                        .walk(&advance, &mut leaf, LONG_MAX_COST)
                        .visit(0, 0.0, 0, start);
                }
            }
            if tier == Tier::Rare {
                dropped_vowel(&scratch.chars, |text| dropped.push(text.to_string()));
            }
        });
    }
    for text in dropped {
        let lower = text.to_lowercase();
        let frequency = vocabulary.frequency(&lower);
        let name_frequency = if names {
            vocabulary.name_frequency(&text)
        } else {
            None
        };
        if frequency.is_some() || name_frequency.is_some() {
            out.push(&text, DROPPED_VOWEL_COST, 1, (frequency, name_frequency));
        }
    }
    out.sort_and_dedup();
    out
}

/// Letter shapes a rough scan runs together or splits ("rn" read as "m", "li" as "h"): as
/// read, what was meant, and the cost of the reading.
pub(crate) const SHAPE_MISREADS: &[(&str, &str, f32)] = &[
    ("m", "rn", 0.5),
    ("rn", "m", 0.5),
    ("ri", "n", 0.5),
    ("in", "m", 0.5),
    ("ni", "m", 0.7),
    ("li", "h", 0.7),
    ("ii", "u", 0.7),
    ("ii", "ü", 1.5),
    ("cl", "d", 0.7),
    ("b", "h", 0.7),
    ("t", "r", 0.8),
    ("r", "t", 0.8),
    ("c", "e", 0.7),
    ("e", "c", 0.9),
    ("i", "l", 0.8),
    ("l", "i", 0.8),
    ("i", "u", 0.8),
    ("u", "i", 0.9),
];
/// Cost of any other single-letter misread (substitution, insertion or deletion).
const LETTER_MISREAD: f32 = 1.2;

/// A known word that a lower-case word may be read as with its diacritics restored and
/// exactly one letter misread: its text, frequency and the cost of the readings.
#[cfg(test)]
#[derive(Debug, Clone)]
pub(crate) struct MisreadCandidate {
    pub text: String,
    pub frequency: u32,
    pub cost: f32,
}

/// Known words `lower` reads as with the common confusions of [`Tier::Common`] and exactly
/// one misread letter or letter shape ("valkoinna" → "välkomna", "bjalp" → "hjälp"); the
/// walk follows the vocabulary's fst, so it stays cheap. (Collected, as a reference the
/// searches over [`misread_walk`] are tested against.)
#[cfg(test)]
pub(crate) fn misread_candidates(lower: &str, vocabulary: &Vocabulary) -> Vec<MisreadCandidate> {
    let mut out = Vec::new();
    misread_walk(lower, vocabulary, |leaf| {
        out.push(MisreadCandidate {
            text: leaf.text.to_string(),
            frequency: leaf.frequency,
            cost: leaf.cost,
        });
    });
    out
}

/// How the one misread of a [`MisreadWalk`] reading was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Misread {
    /// A letter of [`ALPHABET`] inserted or substituted, or a character deleted.
    Letter,
    /// A letter shape of [`SHAPE_MISREADS`] read the other way.
    Shape,
}

/// A whole known word that a [`MisreadWalk`] reached.
pub(crate) struct MisreadLeaf<'t> {
    /// The word.
    pub text: &'t str,
    /// Its frequency.
    pub frequency: u32,
    /// The cost of the confusions and the misread on the way.
    pub cost: f32,
    /// How many confusions of the model were read back on the way.
    pub edits: u8,
    /// How the misread was made.
    pub misread: Misread,
}

/// Calls `leaf` with every common word (of frequency
/// [`delaktig_lexicon_sv::COMMON_MIN_FREQUENCY`] or more, or
/// added by the caller) `lower` reads as with confusions of [`Tier::Common`] and exactly one
/// misread letter or letter shape, once per way of reading it. Those read with no confusion
/// and one letter misread are exactly the words one edit (of [`ALPHABET`]) away, so one walk
/// answers both questions. Only common readings are worth a misread, and the map of common
/// words has a sixteenth of the branches to search.
pub(crate) fn misread_walk(
    lower: &str,
    vocabulary: &Vocabulary,
    mut leaf: impl FnMut(MisreadLeaf<'_>),
) {
    if let Some(start) = vocabulary.common_word_cursor() {
        let maps = vocabulary.maps();
        with_scratch(lower, Tier::Common, |scratch| {
            MisreadWalk {
                chars: &scratch.chars,
                choices: &scratch.choices,
                maps: &maps,
                buf: &mut scratch.bytes,
                leaf: &mut leaf,
            }
            .visit(0, 0.0, 0, start);
        });
    }
}

struct MisreadWalk<'a, L> {
    chars: &'a [char],
    choices: &'a Choices,
    maps: &'a VocabularyMaps<'a>,
    /// The reading so far, whole pieces of text (so always UTF-8); bytes, because pieces of
    /// a byte or two are copied faster one by one than by a call to copy them.
    buf: &'a mut Vec<u8>,
    leaf: L,
}

impl<L: FnMut(MisreadLeaf<'_>)> MisreadWalk<'_, L> {
    /// A place reached by confusions only: the misread may still come here or later.
    fn visit(&mut self, i: usize, cost: f32, edits: u8, cursor: VocabularyCursor) {
        let maps = self.maps;
        let current = self.chars.get(i).copied();
        if let Some(c) = current {
            let mut bytes = [0u8; 4];
            let piece: &str = c.encode_utf8(&mut bytes);
            if let Some(next) = maps.advance(cursor, piece) {
                self.push(piece, |w| w.visit(i + 1, cost, edits, next));
            }
            if edits < MAX_EDITS {
                for o in self.choices.at(i) {
                    if cost + o.cost <= MAX_COST
                        && let Some(next) = maps.advance(cursor, o.text)
                    {
                        self.push(o.text, |w| {
                            w.visit(i + o.consumed, cost + o.cost, edits + 1, next)
                        });
                    }
                }
            }
        }
        // The misread letter must continue some known word: most of the alphabet does not,
        // and one look at the place rules those out before any step.
        let next = maps.next_bytes(cursor);
        let continues = |text: &str| text.as_bytes().first().is_some_and(|&b| next.contains(b));
        for &(from, to, c) in SHAPE_MISREADS {
            if !continues(to) {
                continue;
            }
            // The shapes are ASCII: a byte per character.
            let n = from.len();
            if self
                .chars
                .get(i..i + n)
                .is_some_and(|w| w.iter().copied().eq(from.chars()))
                && let Some(next) = maps.advance(cursor, to)
            {
                self.push(to, |w| w.tail(i + n, cost + c, edits, Misread::Shape, next));
            }
        }
        for (&letter, &text) in ALPHABET.iter().zip(ALPHABET_TEXT.iter()) {
            if !continues(text) {
                continue;
            }
            // Inserted before the current character, or in its place: one step serves both.
            let Some(next) = maps.advance(cursor, text) else {
                continue;
            };
            self.push(text, |w| {
                w.tail(i, cost + LETTER_MISREAD, edits, Misread::Letter, next);
                if current.is_some_and(|c| c != letter) {
                    w.tail(i + 1, cost + LETTER_MISREAD, edits, Misread::Letter, next);
                }
            });
        }
        if current.is_some() {
            self.tail(i + 1, cost + LETTER_MISREAD, edits, Misread::Letter, cursor);
        }
    }

    /// A place after the misread: only the word's own characters and their confusions
    /// follow, and a whole known word at the end is a leaf.
    fn tail(&mut self, i: usize, cost: f32, edits: u8, misread: Misread, cursor: VocabularyCursor) {
        let maps = self.maps;
        let Some(&c) = self.chars.get(i) else {
            if let Some(frequency) = maps.frequency(cursor) {
                (self.leaf)(MisreadLeaf {
                    text: std::str::from_utf8(self.buf).unwrap_or(""),
                    frequency,
                    cost,
                    edits,
                    misread,
                });
            }
            return;
        };
        let mut bytes = [0u8; 4];
        let piece: &str = c.encode_utf8(&mut bytes);
        if let Some(next) = maps.advance(cursor, piece) {
            self.push(piece, |w| w.tail(i + 1, cost, edits, misread, next));
        }
        if edits < MAX_EDITS {
            for o in self.choices.at(i) {
                if cost + o.cost <= MAX_COST
                    && let Some(next) = maps.advance(cursor, o.text)
                {
                    self.push(o.text, |w| {
                        w.tail(i + o.consumed, cost + o.cost, edits + 1, misread, next)
                    });
                }
            }
        }
    }

    /// Runs `then` with `piece` on the reading so far.
    #[inline(always)]
    fn push(&mut self, piece: &str, then: impl FnOnce(&mut Self)) {
        let len = self.buf.len();
        for &b in piece.as_bytes() {
            self.buf.push(b);
        }
        then(self);
        self.buf.truncate(len);
    }
}

/// "fr" → "för", "svrt" → "svårt": a word without any vowel gets one å, ä or ö put back;
/// "ret" → "året", "ppna" → "öppna": a small-letter word gets one put back before it (a
/// scan drops a word's first å, ä or ö more often than any other letter).
fn dropped_vowel(chars: &[char], mut add: impl FnMut(&str)) {
    let is_vowel = |c: &char| "aeiouyåäöéAEIOUYÅÄÖÉ".contains(*c);
    if chars.len() < 2 || chars.len() > 6 || !chars.iter().all(|c| c.is_alphabetic()) {
        return;
    }
    if chars.first().is_some_and(|c| c.is_lowercase()) {
        for v in ['ö', 'å', 'ä'] {
            let mut s = String::with_capacity(chars.len() + 2);
            s.push(v);
            s.extend(chars);
            add(&s);
        }
    }
    if chars.iter().any(is_vowel) {
        return;
    }
    for gap in 1..chars.len() {
        for v in ['ö', 'å', 'ä'] {
            let mut s: String = chars[..gap].iter().collect();
            s.push(v);
            s.extend(&chars[gap..]);
            add(&s);
        }
    }
}

/// Letters a misread may stand for, in a single-letter correction of a word OCR garbled
/// beyond its diacritics ("koitakten" → "kontakten").
pub(crate) const ALPHABET: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't',
    'u', 'v', 'y', 'å', 'ä', 'ö',
];

/// [`ALPHABET`] as text, for the misread walk's steps.
pub(crate) const ALPHABET_TEXT: [&str; 25] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "v", "y", "å", "ä", "ö",
];

/// Every word one letter away from `lower` (a substitution, deletion or insertion), with the
/// character index of the edit: the reference the fst-guided searches are tested against.
#[cfg(test)]
pub(crate) fn one_letter_away(lower: &str, mut f: impl FnMut(usize, &str)) {
    let chars: Vec<char> = lower.chars().collect();
    let mut buf = String::with_capacity(lower.len() + 2);
    let mut emit = |i: usize, parts: &[&[char]], mid: Option<char>, buf: &mut String| {
        buf.clear();
        buf.extend(parts[0].iter());
        if let Some(m) = mid {
            buf.push(m);
        }
        buf.extend(parts[1].iter());
        f(i, buf);
    };
    for i in 0..=chars.len() {
        let (head, tail) = chars.split_at(i);
        for &c in ALPHABET {
            emit(i, &[head, tail], Some(c), &mut buf);
        }
        if let Some((&cur, rest)) = tail.split_first() {
            emit(i, &[head, rest], None, &mut buf);
            for &c in ALPHABET {
                if c != cur {
                    emit(i, &[head, rest], Some(c), &mut buf);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, tier: Tier, want: &str) -> bool {
        candidates(word, tier).iter().any(|c| c.text == want)
    }

    #[test]
    fn the_word_itself_comes_first() {
        let c = candidates("pa", Tier::Common);
        assert_eq!(c.iter().next().map(|c| c.text), Some("pa"));
        assert!(has("pa", Tier::Common, "på"));
    }

    #[test]
    fn a_marked_e_inside_a_word_may_be_plain() {
        assert!(has("méllan", Tier::Common, "mellan"));
        assert!(has("déras", Tier::Common, "deras"));
        // At a word's end, or before its last letters, é is as often written.
        assert!(!has("Sandén", Tier::Common, "Sanden"));
        assert!(!has("idéer", Tier::Common, "ideer"));
        assert!(has("Sandén", Tier::Rare, "Sanden"));
    }

    #[test]
    fn an_o_read_with_a_six_beside_it() {
        assert!(has("G6verenskommelsen", Tier::Common, "Överenskommelsen"));
        assert!(has("KG6lvattnet", Tier::Common, "Kölvattnet"));
        assert!(has("Medlemsm6ote", Tier::Common, "Medlemsmöte"));
    }

    #[test]
    fn common_confusions() {
        for (ocr, clean) in [
            ("fér", "för"),
            ("6ver", "över"),
            ("ocks&", "också"),
            ("4r", "är"),
            ("Narvarande", "Närvarande"),
            ("Astrom", "Åström"),
            ("mé6jlighet", "möjlighet"),
            ("mo6jlighet", "möjlighet"),
            ("behGver", "behöver"),
            ("gAller", "gäller"),
            ("Gppet", "Öppet"),
            ("attitydambassadé6r", "attitydambassadör"),
            ("hemldésa", "hemlösa"),
            ("baéttre", "bättre"),
            ("raédet", "rådet"),
        ] {
            assert!(has(ocr, Tier::Common, clean), "{ocr} -> {clean}");
        }
    }

    #[test]
    fn real_letters_only_in_the_rare_tier() {
        assert!(!has("uppsdkande", Tier::Common, "uppsökande"));
        assert!(has("uppsdkande", Tier::Rare, "uppsökande"));
        assert!(has("ohilsa", Tier::Rare, "ohälsa"));
        assert!(has("fr", Tier::Rare, "för"));
        assert!(has("svrt", Tier::Rare, "svårt"));
        // An ö read as a capital O and a sign beside it, inside a small-letter word.
        assert!(has("besOekarna", Tier::Common, "besökarna"));
        assert!(has("ansOökan", Tier::Common, "ansökan"));
        assert!(has("ansOdkan", Tier::Common, "ansökan"));
        assert!(has("besdOkare", Tier::Common, "besökare"));
        assert!(has("husmOotet", Tier::Common, "husmötet"));
        // An ä read as an a and a 4, an å as a capital A, inside a small-letter word.
        assert!(has("tilla4gg", Tier::Common, "tillägg"));
        assert!(has("4andrade", Tier::Common, "ändrade"));
        assert!(has("A4ven", Tier::Common, "även"));
        assert!(has("hAllits", Tier::Common, "hållits"));
        // An Ö read as an S before "pp".
        assert!(has("Sppna", Tier::Common, "Öppna"));
        assert!(!has("Spela", Tier::Common, "Öpela"));
        // A first å, ä or ö dropped.
        assert!(has("ret", Tier::Rare, "året"));
        assert!(has("ppna", Tier::Rare, "öppna"));
        assert!(!has("ret", Tier::Common, "året"));
        assert!(!has("fodreningen", Tier::Common, "föreningen"));
        assert!(has("fodreningen", Tier::Rare, "föreningen"));
    }

    #[test]
    fn costs_rank_likely_confusions_first() {
        let c = candidates("fér", Tier::Common);
        let cost = |t: &str| {
            c.iter()
                .find(|c| c.text == t)
                .map(|c| c.cost)
                .unwrap_or(f32::MAX)
        };
        assert!(cost("för") < cost("fär"));
    }

    #[test]
    fn long_words_stay_bounded() {
        let c = candidates("arbetsmarknadsforvaltningsorganisationerna", Tier::Rare);
        assert!(c.len() <= MAX_CANDIDATES);
        assert!(
            c.iter()
                .any(|c| c.text == "arbetsmarknadsförvaltningsorganisationerna")
        );
    }

    #[test]
    fn one_letter_corrections() {
        let mut seen = Vec::new();
        one_letter_away("koitakten", |_, w| seen.push(w.to_string()));
        assert!(seen.iter().any(|w| w == "kontakten"));
        let mut seen = Vec::new();
        one_letter_away("famijer", |_, w| seen.push(w.to_string()));
        assert!(seen.iter().any(|w| w == "familjer"));
        assert!(seen.iter().any(|w| w == "famier"));
    }

    #[test]
    fn rough_scan_confusions() {
        assert!(has(
            "brukarorganisationema",
            Tier::Rare,
            "brukarorganisationerna"
        ));
        assert!(has("sorn", Tier::Rare, "som"));
        assert!(has("hailsa", Tier::Rare, "hälsa"));
        assert!(has("problémet", Tier::Rare, "problemet"));
    }

    /// The guided walk gives what looking up every candidate gives.
    #[test]
    fn candidate_frequencies_agree_with_lookups() {
        let mut added = Vocabulary::new();
        added.add_word("förvältning", 7);
        added.add_name("Åbinger");
        for vocabulary in [Vocabulary::new(), added] {
            for word in [
                "forvaltning",
                "Forvaltning",
                "FORVALTNING",
                "Abinger",
                "pa",
                "Pa",
                "fr",
                "Svrt",
                "Gppet",
                "behGver",
                "mé6jlighet",
                "ǅaa",
                "ÀbAda",
                "arbetsmarknadsforvaltningsorganisationerna",
                "",
            ] {
                for tier in [Tier::Common, Tier::Rare] {
                    for (as_written, names) in [(true, false), (false, false), (false, true)] {
                        let guided =
                            candidates_with_frequencies(word, tier, &vocabulary, as_written, names)
                                .expect("no sigma");
                        let all = candidates(word, tier);
                        let looked_up: Vec<_> = all
                            .iter()
                            .map(|c| {
                                let lower: String = if as_written {
                                    c.text.to_string()
                                } else {
                                    c.text.chars().flat_map(char::to_lowercase).collect()
                                };
                                let f = vocabulary.frequency(&lower);
                                let n = names.then(|| vocabulary.name_frequency(c.text)).flatten();
                                (c, f, n)
                            })
                            .collect();
                        assert_eq!(guided.len(), looked_up.len(), "{word}");
                        for (g, l) in guided.with_frequencies().zip(&looked_up) {
                            assert_eq!(g.0.text, l.0.text, "{word}");
                            assert_eq!(g.0.cost.to_bits(), l.0.cost.to_bits(), "{word}");
                            assert_eq!(g.0.edits, l.0.edits, "{word}");
                            assert_eq!((g.1, g.2), (l.1, l.2), "{word}: {}", g.0.text);
                        }
                    }
                }
            }
        }
        assert!(
            candidates_with_frequencies("ΣAA", Tier::Common, &Vocabulary::new(), false, false)
                .is_none()
        );
    }

    /// A walk started from inside another (the buffers are the thread's) gives what it gives
    /// on its own, and so does the outer walk.
    #[test]
    fn walks_inside_walks_keep_their_own_buffers() {
        let vocabulary = Vocabulary::new();
        let texts = |c: Candidates| c.iter().map(|c| c.text.to_string()).collect::<Vec<_>>();
        let alone = texts(candidates("forvaltningen", Tier::Common));
        let mut leaves = Vec::new();
        let mut inner = Vec::new();
        misread_walk("koitakten", &vocabulary, |leaf| {
            leaves.push(leaf.text.to_string());
            inner.push(texts(candidates("forvaltningen", Tier::Common)));
        });
        assert!(leaves.iter().any(|l| l == "kontakten"), "{leaves:?}");
        assert!(inner.iter().all(|i| *i == alone));
        let mut again = Vec::new();
        misread_walk("koitakten", &vocabulary, |leaf| {
            again.push(leaf.text.to_string())
        });
        assert_eq!(leaves, again);
    }

    #[test]
    fn walk_tables_agree() {
        let texts: Vec<String> = ALPHABET.iter().map(char::to_string).collect();
        assert_eq!(texts, ALPHABET_TEXT);
        assert!(SHAPE_MISREADS.iter().all(|(from, _, _)| from.is_ascii()));
    }

    #[test]
    fn damage_marks() {
        assert!(has_hard_damage("st6dja"));
        assert!(has_hard_damage("behGver"));
        assert!(!has_hard_damage("Bergström"));
        assert!(!has_hard_damage("SIP"));
        assert!(has_hard_damage("Sppet"));
        assert!(!has_hard_damage("Spela"));
    }
}
