//! Words of a rough scan that nothing else reads. A rough scan garbles a word more than once
//! ("akiitboende", "4terkonimer", "mableras"), and reads å, ä and ö as letters a clean scan
//! never makes of them (ö as "a", å as "i"): each such word is searched for among the known
//! words up to two misread letters or letter shapes away, on top of the usual confusions, and
//! takes the likeliest when it is common and clearly ahead.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use delaktig_lexicon_sv::{Vocabulary, VocabularyCursor, VocabularyMaps};

use crate::confusion::{ALPHABET_TEXT, Choices, SHAPE_MISREADS, Tier, with_scratch};
use crate::forms::Forms;
use crate::restore::{Proposal, Shape};
use crate::token::Token;
use crate::words::Words;
use crate::{FxHasher, Reason, WordEdit};

/// Most misread letters or shapes in one word, and fewest letters of a word that may have
/// that many (a short word two letters from a common one is as likely a word of its own).
const MAX_MISREADS: u8 = 2;
const TWO_MISREADS_FROM: usize = 6;
/// Highest total cost of a reading.
const MAX_COST: f32 = 3.2;
/// Cost of a letter misread in a rough scan, and of the letters such a scan makes of å, ä
/// and ö beyond the usual confusions.
const LETTER: f32 = 1.2;
const ROUGH_VOWEL: f32 = 0.7;
/// How much each unit of cost weighs against the log of a word's frequency.
const COST_WEIGHT: f32 = 2.0;
/// Least frequency (per billion) of a reading: only common words are trusted this far.
const MIN_FREQUENCY: u32 = 2_000;
/// Bytes from which a reading need not be common.
const LONG_WORD: usize = 11;
/// Bonus of a reading the document uses elsewhere.
const DOC_BONUS: f32 = 3.0;
/// How far ahead of the next reading the best must be.
const MARGIN: f32 = 1.0;
/// Fewest letters of a word searched.
const MIN_LETTERS: usize = 4;
/// Most rounds of reading the forms left open.
const MAX_ROUNDS: usize = 4;
/// Frequency (per billion) below which a word the restorer read may give way to a common
/// word the scan's shapes and vowels read.
const RARE_READING: u32 = 1_000;
/// Longest word (in bytes as written) whose rare reading is weighed so: the common words a
/// rough scan garbles into rare ones are short, and the search grows with the word.
const RARE_READING_BYTES: usize = 8;
/// Confidence of such a reading.
const CONFIDENCE: f32 = 0.6;

/// The letters a rough scan makes of å, ä and ö besides the usual confusions: what is read,
/// and what was meant.
const ROUGH_VOWELS: &[(char, char)] = &[
    ('a', 'ö'),
    ('i', 'å'),
    ('i', 'ä'),
    ('e', 'ö'),
    ('d', 'å'),
    ('o', 'å'),
];

/// Letter shapes a rough scan runs together or breaks apart beyond [`SHAPE_MISREADS`]: what
/// is read, what was meant, and the cost.
const ROUGH_SHAPES: &[(&str, &str, f32)] = &[
    ("ti", "n", 0.7),
    ("it", "n", 0.8),
    ("ii", "n", 0.7),
    ("th", "m", 0.9),
    ("m", "tn", 0.8),
    ("ni", "ru", 0.8),
    ("h", "n", 0.9),
    ("i", "", 0.9),
    ("w", "tr", 0.7),
    ("w", "u", 0.7),
    ("w", "v", 0.6),
    ("w", "ti", 0.8),
];

/// Reads, in a rough scan, the words no edit touches that the lexicon cannot read, and those
/// the restorer read only weakly ([`weak_reading`]): small-letter words of [`MIN_LETTERS`]
/// letters or more, and a sentence's first word when the reading is one the document uses.
/// `edits` stay in text order.
pub(crate) fn correct(
    laid: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    // The document's words as they read now: a reading the document uses elsewhere is
    // likelier than the lexicon alone has it.
    let mut present: HashSet<String, BuildHasherDefault<FxHasher>> =
        crate::words_as_they_read(tokens, edits, forms)
            .map(|(_, now)| crate::text::lower(now).into_owned())
            .collect();
    // Small-letter words, and capitalised words that are no listed name, at a sentence's
    // start or with a capital a scan misreads (a size-only letter): one may be a name the
    // lists lack, so it takes only a reading the document uses elsewhere.
    let capital = |t: &Token, word: &str| {
        t.shape == Shape::Capitalised
            && (t.sentence_start || word.chars().next().is_some_and(crate::case::size_only))
            && words.name_frequency(word).is_none()
    };
    // The open forms: unread, or read only weakly, which a common word read by the scan's
    // confusions alone may replace ("gåtigen" for "gatigen" by gången). The small-letter
    // words read weakly, by their edit and form, to be replaced once their forms are read.
    let mut open: Vec<(usize, &str, bool, bool)> = Vec::new();
    let mut weak_edits: Vec<(usize, usize)> = Vec::new();
    let mut seen = vec![false; forms.len()];
    for (i, t, k) in crate::words_and_edits(tokens, edits) {
        let Some(written) = laid.get(t.span.clone()) else {
            continue;
        };
        let capitalised = capital(t, written);
        if !(t.shape == Shape::Lower || capitalised) {
            continue;
        }
        let weak = match k {
            None => false,
            Some(k) => {
                let weak = edits
                    .get(k)
                    .is_some_and(|e| e.span == t.span && weak_reading(e, words));
                if !weak {
                    continue;
                }
                if let Some(id) = forms.id(i).filter(|_| t.shape == Shape::Lower) {
                    weak_edits.push((k, id));
                }
                true
            }
        };
        let (Some(id), Some(word)) = (forms.id(i), forms.lower(i)) else {
            continue;
        };
        if word.chars().count() >= MIN_LETTERS && !seen.get(id).copied().unwrap_or(true) {
            if let Some(s) = seen.get_mut(id) {
                *s = true;
            }
            open.push((id, word, capitalised, weak));
        }
    }
    // Each open form's readings, worked out once; each round only weighs them again.
    let mut open: Vec<(usize, Vec<Leaf>, bool)> = open
        .into_iter()
        .map(|(id, word, capitalised, weak)| (id, readings(words, word, weak), capitalised))
        .filter(|(_, leaves, _)| !leaves.is_empty())
        .collect();
    // A reading found joins the document's words, which may settle another form, so the
    // forms left open are tried again until no more are read (a second normalisation,
    // seeing those words, would read them so).
    let mut read: Vec<Option<String>> = vec![None; forms.len()];
    for _ in 0..MAX_ROUNDS {
        let mut found = false;
        open.retain(|(id, leaves, capitalised)| {
            let chosen = choose(leaves, |w| present.contains(w))
                .filter(|r| !*capitalised || present.contains(r));
            match chosen {
                Some(r) => {
                    present.insert(r.clone());
                    if let Some(slot) = read.get_mut(*id) {
                        *slot = Some(r);
                    }
                    found = true;
                    false
                }
                None => true,
            }
        });
        if !found || open.is_empty() {
            break;
        }
    }
    for (k, id) in weak_edits {
        if let (Some(reading), Some(e)) =
            (read.get(id).and_then(Option::as_deref), edits.get_mut(k))
        {
            e.proposal = proposal(reading.to_owned());
        }
    }
    let may = |t: &Token| t.shape == Shape::Lower || t.shape == Shape::Capitalised;
    crate::propose_for_unchanged(laid, tokens, edits, may, |i, t, word| {
        if !(t.shape == Shape::Lower || capital(t, word)) {
            return None;
        }
        let reading = read.get(forms.id(i)?)?.as_deref()?;
        // Inside a sentence, a capital the scan put on a word the note uses is a misread.
        if t.shape == Shape::Capitalised && !t.sentence_start {
            return Some(proposal(reading.to_owned()));
        }
        Some(proposal(t.shape.apply(reading)))
    });
    echo_long_words(tokens, forms, edits, words, &present);
}

/// Fewest letters of a word read as the echo of a longer word its note uses elsewhere.
const ECHO_LETTERS: usize = 8;
/// Cost, in an echo, of a letter read with other marks or none (a for å or ä, o for ö).
const ECHO_MARKS: f32 = 0.5;
/// Greatest cost of an echo, per letter of the word.
const ECHO_COST_PER_LETTER: f32 = 0.25;
/// Least frequency (per billion) of both parts of a compound an echo may read: a compound
/// of more parts or a rare one is as likely a garbled word the restorer built.
const ECHO_PART_FREQUENCY: u32 = 1_000;
/// How much nearer than any other word of the note the echo must be.
const ECHO_MARGIN: f32 = 1.0;

/// Reads a long small-letter word of a rough scan that nothing reads, or that the restorer
/// read only as a compound of restored parts, as the one known word of its note that it
/// is nearest to, when that word is near enough and clearly nearest: a rough scan garbles
/// one of a note's recurring long words beyond the confusions ("brikarorganisationema"
/// beside "brukarorganisationerna", "arbetsmarknadsförvålmningen" beside
/// "arbetsmarknadsförvaltningen"). `present` is the note's words as they read now, in
/// small letters; `edits` stay in text order.
fn echo_long_words(
    tokens: &[Token],
    forms: &Forms<'_>,
    edits: &mut Vec<WordEdit>,
    words: &Words,
    present: &HashSet<String, BuildHasherDefault<FxHasher>>,
) {
    let mut known: Vec<Vec<char>> = present
        .iter()
        .filter(|w| {
            w.chars().count() + 1 >= ECHO_LETTERS
                && (words.frequency(w).is_some()
                    || words
                        .compound(w)
                        .is_some_and(|c| c.parts == 2 && c.rarest >= ECHO_PART_FREQUENCY))
        })
        .map(|w| w.chars().collect())
        .collect();
    if known.is_empty() {
        return;
    }
    known.sort_unstable();
    let mut replaced: Vec<(usize, String)> = Vec::new();
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t, k) in crate::words_and_edits(tokens, edits) {
        if t.shape != Shape::Lower {
            continue;
        }
        let edit = k.and_then(|k| edits.get(k));
        let current = match edit {
            Some(e) if e.proposal.reason == Reason::Compound => {
                crate::text::lower(&e.proposal.replacement).into_owned()
            }
            Some(_) => continue,
            None => match forms.lower(i) {
                Some(w) if words.compound(w).is_none() => w.to_owned(),
                _ => continue,
            },
        };
        let letters: Vec<char> = current.chars().collect();
        if letters.len() < ECHO_LETTERS
            || !letters.iter().all(|c| c.is_alphabetic())
            || words.frequency(&current).is_some()
            || current.is_ascii() && crate::english_word(&current)
        {
            continue;
        }
        let Some(reading) = nearest_echo(&letters, &known) else {
            continue;
        };
        match k {
            Some(k) => replaced.push((k, reading)),
            None => added.push(WordEdit {
                span: t.span.clone(),
                proposal: proposal(reading),
            }),
        }
    }
    for (k, reading) in replaced {
        if let Some(e) = edits.get_mut(k) {
            e.proposal = proposal(reading);
        }
    }
    crate::add_edits(edits, added);
}

/// The word of `known` nearest to `word` by [`echo_cost`], when within the word's allowance
/// and [`ECHO_MARGIN`] nearer than the next one.
fn nearest_echo(word: &[char], known: &[Vec<char>]) -> Option<String> {
    let limit = word.len() as f32 * ECHO_COST_PER_LETTER;
    let mut best: Option<(f32, &[char])> = None;
    let mut second = f32::INFINITY;
    for k in known {
        // Each letter more or fewer costs one.
        let floor = k.len().abs_diff(word.len()) as f32;
        if floor > limit.max(best.map_or(0.0, |b| b.0 + ECHO_MARGIN)) && floor > limit {
            continue;
        }
        // A word a margin beyond the best so far (or beyond the allowance) can neither be
        // the nearest nor stand too near it: its cost is worked out only that far.
        let bound = limit.min(best.map_or(f32::INFINITY, |b| b.0)) + ECHO_MARGIN;
        let Some(cost) = echo_cost(word, k, bound) else {
            continue;
        };
        match best {
            Some((b, _)) if cost >= b => second = second.min(cost),
            _ => {
                second = best.map_or(second, |(b, _)| second.min(b));
                best = Some((cost, k));
            }
        }
    }
    let (cost, k) = best?;
    (cost > 0.0 && cost <= limit && second >= cost + ECHO_MARGIN).then(|| k.iter().collect())
}

/// A letter without its marks.
fn plain(c: char) -> char {
    match c {
        'å' | 'ä' => 'a',
        'ö' => 'o',
        'é' => 'e',
        c => c,
    }
}

/// Edit distance between two words in which a letter read with other marks or none costs
/// [`ECHO_MARKS`] and any other letter read, lost or added costs one; `None` once it is sure
/// to exceed `bound`.
fn echo_cost(a: &[char], b: &[char], bound: f32) -> Option<f32> {
    let mut row: Vec<f32> = (0..=b.len()).map(|j| j as f32).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row.first().copied().unwrap_or(0.0);
        if let Some(first) = row.first_mut() {
            *first = (i + 1) as f32;
        }
        for (j, &cb) in b.iter().enumerate() {
            let sub = if ca == cb {
                0.0
            } else if plain(ca) == plain(cb) {
                ECHO_MARKS
            } else {
                1.0
            };
            let left = row.get(j).copied().unwrap_or(f32::INFINITY);
            let up = row.get(j + 1).copied().unwrap_or(f32::INFINITY);
            let cell = (diagonal + sub).min(left + 1.0).min(up + 1.0);
            diagonal = up;
            if let Some(c) = row.get_mut(j + 1) {
                *c = cell;
            }
        }
        // A row's least cost never falls in the rows after it.
        if row.iter().copied().fold(f32::INFINITY, f32::min) > bound {
            return None;
        }
    }
    row.last().copied()
}

/// Whether the restorer's reading `e` of a word may give way to a common word the scan's
/// shapes and vowels read: a compound it built of restored parts ("gåtigen"), or a rare
/// word ("öret" for "dret", where "året" is read with a rough scan's "d" for å).
fn weak_reading(e: &WordEdit, words: &Words) -> bool {
    match e.proposal.reason {
        Reason::Compound => true,
        Reason::Lexicon => {
            e.span.len() <= RARE_READING_BYTES
                && words
                    .frequency(&crate::text::lower(&e.proposal.replacement))
                    .is_none_or(|f| f < RARE_READING)
        }
        _ => false,
    }
}

fn proposal(replacement: String) -> Proposal {
    Proposal {
        replacement: replacement.into(),
        reason: Reason::Misread,
        confidence: CONFIDENCE,
    }
}

/// The likeliest known word `word` (small letters) is a rough scan of, if it is common and
/// clearly ahead of any other; `None` for a word the lexicon reads as written.
#[cfg(test)]
pub(crate) fn reading(
    words: &Words,
    word: &str,
    in_document: impl Fn(&str) -> bool,
) -> Option<String> {
    choose(&readings(words, word, false), in_document)
}

/// A known word a garbled word may be read as: its text, frequency and the least cost of
/// reading it so.
struct Leaf {
    text: String,
    frequency: u32,
    cost: f32,
}

/// The known words `word` (small letters) may be a rough scan of, each once at its least
/// cost; none for a word the lexicon reads as written. A word read as a compound, or read
/// weakly by the restorer (`weak`), takes only readings without a plain letter edit.
fn readings(words: &Words, word: &str, weak: bool) -> Vec<Leaf> {
    let mut out: Vec<Leaf> = Vec::new();
    if !word.chars().all(char::is_alphabetic)
        || word.is_ascii() && crate::english_word(word)
        || words.frequency(word).is_some()
        || crate::context_covers(word)
    {
        return out;
    }
    let letters = word.chars().count();
    // A word that reads as a compound of known parts may be one: only a reading by the
    // shapes and letters a scan confuses, with no letter edit, may replace it.
    let compound = weak || words.compound(word).is_some();
    walk(
        word,
        words.vocabulary(),
        |text, frequency, cost, lettered| {
            // Letters lost or added twice over read a word into another one.
            if text.chars().count().abs_diff(letters) > 1 || compound && lettered {
                return;
            }
            match out.iter_mut().find(|l| l.text == text) {
                Some(found) => found.cost = found.cost.min(cost),
                None => out.push(Leaf {
                    text: text.to_string(),
                    frequency,
                    cost,
                }),
            }
        },
    );
    out
}

/// The reading of `leaves` that is common (or used by the document) and clearly ahead.
fn choose(leaves: &[Leaf], in_document: impl Fn(&str) -> bool) -> Option<String> {
    let mut best: Option<(&str, f32)> = None;
    let mut second = f32::NEG_INFINITY;
    for leaf in leaves {
        let used = in_document(&leaf.text);
        // A long word a misread or two away is rarely another word's garble: there any
        // known word will do.
        let least = if leaf.text.len() >= LONG_WORD {
            1
        } else {
            MIN_FREQUENCY
        };
        if leaf.frequency < least && !used {
            continue;
        }
        // A word the document uses counts as common, whatever the lexicon says.
        let (frequency, bonus) = if used {
            (leaf.frequency.max(MIN_FREQUENCY), DOC_BONUS)
        } else {
            (leaf.frequency, 0.0)
        };
        let score = (frequency as f32).ln() + bonus - COST_WEIGHT * leaf.cost;
        match best {
            Some((_, b)) if score <= b => second = second.max(score),
            _ => {
                if let Some((_, b)) = best {
                    second = second.max(b);
                }
                best = Some((&leaf.text, score));
            }
        }
    }
    let (text, score) = best?;
    (score - second >= MARGIN).then(|| text.to_string())
}

/// Calls `leaf` with every known word `lower` reads as with the confusions of
/// [`Tier::Rare`] and at most [`MAX_MISREADS`] misread letters, letter shapes or rough-scan
/// vowels: its text, frequency, cost and whether a letter edit was made (once per way of
/// reading it). The word's characters and choices come from the thread's walk scratch.
fn walk(lower: &str, vocabulary: &Vocabulary, leaf: impl FnMut(&str, u32, f32, bool)) {
    let Some(start) = vocabulary.word_cursor() else {
        return;
    };
    let maps = vocabulary.maps();
    let mut leaf = leaf;
    with_scratch(lower, Tier::Rare, |scratch| {
        let most = if scratch.chars.len() >= TWO_MISREADS_FROM {
            MAX_MISREADS
        } else {
            1
        };
        let mut walk = RoughWalk {
            most,
            chars: &scratch.chars,
            choices: &scratch.choices,
            maps: &maps,
            buf: &mut scratch.text,
            leaf: &mut leaf,
        };
        let start_state = State {
            cost: 0.0,
            misreads: 0,
            lettered: false,
        };
        walk.visit(0, start_state, start);
    });
}

struct RoughWalk<'a, L> {
    /// Most misreads in this word.
    most: u8,
    chars: &'a [char],
    choices: &'a Choices,
    maps: &'a VocabularyMaps<'a>,
    buf: &'a mut String,
    leaf: L,
}

/// Where a walk stands: how much it has paid, how many misreads it has read back, and
/// whether one was a letter edit (read for another, added or lost).
#[derive(Clone, Copy)]
struct State {
    cost: f32,
    misreads: u8,
    lettered: bool,
}

impl State {
    /// The state after one more misread of `cost`, a letter edit if `letter`.
    fn misread(self, cost: f32, letter: bool) -> State {
        State {
            cost: self.cost + cost,
            misreads: self.misreads + 1,
            lettered: self.lettered || letter,
        }
    }
}

impl<L: FnMut(&str, u32, f32, bool)> RoughWalk<'_, L> {
    fn visit(&mut self, i: usize, st: State, cursor: VocabularyCursor) {
        let maps = self.maps;
        let more = st.misreads < self.most;
        // The generic letter edit is tried once in a word: with two of them nearly any common
        // word is in reach, and the search grows with the square of the alphabet.
        let letter = more && !st.lettered && st.cost + LETTER <= MAX_COST;
        let Some(c) = self.chars.get(i).copied() else {
            if let Some(frequency) = maps.frequency(cursor) {
                (self.leaf)(self.buf, frequency, st.cost, st.lettered);
            }
            // A letter lost at the end.
            if letter {
                self.each_letter(cursor, |walk, text, next| {
                    walk.push_visit(text, i, st.misread(LETTER, true), next);
                });
            }
            return;
        };
        let mut piece = [0u8; 4];
        let same: &str = c.encode_utf8(&mut piece);
        if let Some(next) = maps.advance(cursor, same) {
            self.push_visit(same, i + 1, st, next);
        }
        let choices = self.choices;
        for o in choices.at(i) {
            if st.cost + o.cost <= MAX_COST
                && let Some(next) = maps.advance(cursor, o.text)
            {
                let moved = State {
                    cost: st.cost + o.cost,
                    ..st
                };
                self.push_visit(o.text, i + o.consumed, moved, next);
            }
        }
        if !more {
            return;
        }
        for &(read, meant) in ROUGH_VOWELS {
            if c == read && st.cost + ROUGH_VOWEL <= MAX_COST {
                let text: &str = meant.encode_utf8(&mut piece);
                if let Some(next) = maps.advance(cursor, text) {
                    self.push_visit(text, i + 1, st.misread(ROUGH_VOWEL, false), next);
                }
            }
        }
        for &(from, to, shape_cost) in SHAPE_MISREADS.iter().chain(ROUGH_SHAPES) {
            // The shapes are ASCII: a byte per character, and most start with another letter.
            if from.as_bytes().first().is_none_or(|&b| char::from(b) != c) {
                continue;
            }
            let n = from.len();
            if st.cost + shape_cost <= MAX_COST
                && self
                    .chars
                    .get(i..i + n)
                    .is_some_and(|w| w.iter().copied().eq(from.chars()))
            {
                if to.is_empty() {
                    self.visit(i + n, st.misread(shape_cost, false), cursor);
                } else if let Some(next) = maps.advance(cursor, to) {
                    self.push_visit(to, i + n, st.misread(shape_cost, false), next);
                }
            }
        }
        if !letter {
            return;
        }
        let edited = st.misread(LETTER, true);
        self.each_letter(cursor, |walk, text, next| {
            walk.push_visit(text, i + 1, edited, next);
            walk.push_visit(text, i, edited, next);
        });
        self.visit(i + 1, edited, cursor);
    }

    /// Calls `then` with each letter a misread may stand for ([`ALPHABET_TEXT`]) that continues
    /// a known word at `cursor`.
    fn each_letter(
        &mut self,
        cursor: VocabularyCursor,
        mut then: impl FnMut(&mut Self, &'static str, VocabularyCursor),
    ) {
        let next = self.maps.next_bytes(cursor);
        for &text in &ALPHABET_TEXT {
            if !text.as_bytes().first().is_some_and(|&b| next.contains(b)) {
                continue;
            }
            if let Some(after) = self.maps.advance(cursor, text) {
                then(self, text, after);
            }
        }
    }

    fn push_visit(&mut self, text: &str, i: usize, st: State, next: VocabularyCursor) {
        let len = self.buf.len();
        self.buf.push_str(text);
        self.visit(i, st, next);
        self.buf.truncate(len);
    }
}

#[cfg(test)]
mod tests {
    use super::{echo_cost, nearest_echo, reading};

    fn chars(w: &str) -> Vec<char> {
        w.chars().collect()
    }

    #[test]
    fn marks_cost_half_a_letter_in_an_echo() {
        let cost = |a: &str, b: &str| echo_cost(&chars(a), &chars(b), f32::INFINITY);
        assert_eq!(cost("brukarradet", "brukarrådet"), Some(0.5));
        assert_eq!(cost("kviimor", "kvinnor"), Some(2.0));
        // "rn" read as "m": one letter read, one lost.
        assert_eq!(cost("organisationema", "organisationerna"), Some(2.0));
        assert_eq!(cost("", "abc"), Some(3.0));
        // Beyond a bound, the work stops.
        assert_eq!(echo_cost(&chars("abcdefgh"), &chars("stuvwxyz"), 2.0), None);
    }

    #[test]
    fn a_long_garbled_word_echoes_the_one_word_of_its_note_it_is_nearest_to() {
        let known: Vec<Vec<char>> = [
            "brukarorganisationerna",
            "organisationerna",
            "missbruksvården",
        ]
        .iter()
        .map(|w| chars(w))
        .collect();
        assert_eq!(
            nearest_echo(&chars("brikarorganisationema"), &known).as_deref(),
            Some("brukarorganisationerna")
        );
        assert_eq!(
            nearest_echo(&chars("malssbruksvänden"), &known).as_deref(),
            Some("missbruksvården")
        );
        // Too far from every word, or as near to two of them: no echo.
        assert_eq!(nearest_echo(&chars("barnomsorgen"), &known), None);
        let two: Vec<Vec<char>> = ["handläggare", "handläggarna"]
            .iter()
            .map(|w| chars(w))
            .collect();
        assert_eq!(nearest_echo(&chars("handlaggarne"), &two), None);
    }
    use crate::words::Words;
    use delaktig_lexicon_sv::Vocabulary;

    #[test]
    fn words_garbled_twice_are_read_back() {
        let words = Words::new(Vocabulary::new());
        let none = |_: &str| false;
        // Two shapes ("ti" for "n" and a stray "i"; "ni" for "ru"), a shape and a letter, "w"
        // for "tr".
        for (garbled, meant) in [
            ("katisliet", "kansliet"),
            ("waffar", "träffar"),
            ("erfareiihet", "erfarenhet"),
            ("febniari", "februari"),
            ("beshit", "beslut"),
            ("wtanför", "utanför"),
            ("wiffar", "träffar"),
        ] {
            assert_eq!(
                reading(&words, garbled, none).as_deref(),
                Some(meant),
                "{garbled}"
            );
        }
        // Known words, English words and a word no reading comes near are left alone.
        for word in ["kvinnor", "brukarråd", "qxzv", "about"] {
            assert_eq!(reading(&words, word, none), None, "{word}");
        }
    }

    #[test]
    fn a_compound_reading_gives_way_only_to_a_scans_shapes() {
        let words = Words::new(Vocabulary::new());
        let none = |_: &str| false;
        // erfaren|beter is a compound; "b" for "h" is a shape a scan makes.
        assert_eq!(
            reading(&words, "erfarenbeter", none).as_deref(),
            Some("erfarenheter")
        );
        // A known compound one letter edit from another word stays.
        assert_eq!(reading(&words, "stadsledningen", none), None);
    }

    #[test]
    fn a_word_the_document_uses_is_preferred() {
        let words = Words::new(Vocabulary::new());
        // "brukares" is too rare to trust from the lexicon alone; the document has it.
        assert_ne!(
            reading(&words, "brikares", |_| false).as_deref(),
            Some("brukares")
        );
        assert_eq!(
            reading(&words, "brikares", |w| w == "brukares").as_deref(),
            Some("brukares")
        );
    }
}
