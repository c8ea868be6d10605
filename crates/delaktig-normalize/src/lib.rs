//! Restores Swedish text damaged by OCR: å, ä and ö read as `a`, `o`, `é`, `6`, `&` or `4`
//! ("fér" → "för", "6ver" → "över", "ocks&" → "också", "pa" → "på"), words hyphenated at line
//! ends, paragraphs wrapped at the page width, typographic bullets, dashes, quotes and
//! ligatures. Every change is reported with its byte span in the input, the reason and a
//! confidence, so a person can review it; a review mode marks doubtful guesses instead of
//! applying them.
//!
//! # Stages
//! 1. Bytes to text ([`Normalizer::normalize_bytes`]): UTF-8 is checked, text is brought to
//!    Unicode NFC (fast path when it already is). Notes in Windows-1252 (Latin-1) or UTF-16
//!    are decoded first with [`decode`].
//! 2. Layout repair: hyphenation, wrapped lines, bullets, dashes, quotes, ligatures.
//! 3. Word restoration: candidates from an OCR confusion model, chosen with the Swedish
//!    lexicon of `delaktig-lexicon-sv` (frequencies and names), the neighbouring words (rules
//!    for pairs such as har/här, var/vår, ar/år/är), the document's own clean words, and
//!    compound splitting. URLs, e-mail addresses, numbers, acronyms, English phrases and known
//!    names are left alone.
//! 4. Output: the restored text and the list of [`Change`]s ([`Normalizer::normalize_text`]
//!    gives the text alone).
//!
//! A document longer than 1 MiB is restored in sections of about that size, each ending at a
//! blank line where there is one (else at a line break or a space), so the working memory
//! stays bounded whatever the length. Each section is its own evidence; normalising a
//! document twice equals normalising it once for documents up to that size (beyond it the
//! second run may cut its sections a few bytes elsewhere).
//!
//! # Example
//! ```
//! use std::sync::Arc;
//! use delaktig_lexicon_sv::{Lexicon, Vocabulary};
//! use delaktig_normalize::{Normalizer, Reason};
//!
//! let lexicon = Lexicon::from_entries(
//!     [("vi", 5_000_000), ("ses", 30_000), ("på", 9_000_000), ("mötet", 40_000)],
//!     [],
//! );
//! let normalizer = Normalizer::with_lexicon(Arc::new(lexicon));
//! let out = normalizer.normalize("Vi ses pa métet.");
//! assert_eq!(out.text, "Vi ses på mötet.");
//! assert_eq!(out.changes.len(), 2);
//! assert_eq!(out.changes[0].original, "pa");
//! assert_eq!(out.changes[0].span, 7..9);
//! assert_eq!(out.changes[1].reason, Reason::Lexicon);
//! ```
#![deny(missing_docs)]

mod address;
mod case;
mod confusion;
mod context;
mod docfix;
mod encoding;
mod english;
pub mod eval;
mod forms;
pub use encoding::{DecodeError, Encoding, decode};
mod layout;
mod offsets;
mod plural;
mod rejoin;
mod restore;
mod rough;
mod text;
mod token;
mod words;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::Arc;

use delaktig_lexicon_sv::{Lexicon, Vocabulary};
use serde::{Deserialize, Serialize};

use crate::context::{Neighbours, Verdict};
use crate::forms::Forms;
use crate::offsets::OffsetMap;
use crate::restore::{Damage, DocEvidence, Place, Proposal, Restorer, Shape, skeleton};
use crate::token::{Kind, Token};
use crate::words::Words;

/// Why a piece of text was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Unicode normalisation (NFC): a letter and a combining mark became one letter.
    Nfc,
    /// A word hyphenated at a line end was joined.
    Hyphenation,
    /// A line break inside a paragraph wrapped by the scan became a space.
    LineJoin,
    /// A typographic bullet became `-`.
    Bullet,
    /// A spaced hyphen or em dash became an en dash (`–`).
    Dash,
    /// A typographic quote was normalised (`“` → `”`, `‘` → `’`).
    Quote,
    /// A ligature (`ﬁ`, `ﬂ`, …) was split into its letters.
    Ligature,
    /// An invisible character (soft hyphen, zero-width space) was removed.
    Invisible,
    /// A stray OCR mark (a lone `|`) was removed, or read as the letter it stands for
    /// (`som de. | dag` → `som de. I dag`); or the space or colon a scan put after the first
    /// name in an e-mail address was read as its dot (`david. bergstrom@…`).
    StraySymbol,
    /// A damaged word was restored to the likeliest lexicon word.
    Lexicon,
    /// An ambiguous word (har/här, var/vår, …) was chosen by its neighbours.
    Context,
    /// The restoration occurs undamaged elsewhere in the same document.
    Document,
    /// A damaged proper name was restored from the name list.
    Name,
    /// A damaged compound was restored part by part.
    Compound,
    /// A word split by OCR ("ocks &", a name as "Aker lund") was joined and restored.
    SplitWord,
    /// A word OCR garbled beyond its diacritics (a misread letter: "koitakten") was
    /// corrected to the commonest word one letter away; only in visibly damaged documents.
    Misread,
    /// A letter whose capital differs only in size (c, k, o, p, s, v, w, x, z) was read in
    /// the wrong case: a sentence start after a full stop, or a common word inside a
    /// sentence; only in visibly damaged documents.
    Case,
    /// A space OCR lost between two words ("gemensamteller") was put back.
    Spacing,
    /// A page's header or footer ("Sida 2 av 5") that a scan of several pages left inside
    /// the text was removed, and a sentence it parted joined.
    PageMarker,
    /// A numbered list's numbers that a scan set apart, as letters on a line after the
    /// list ("ODNDUBWNE"), were written back at the items' starts and the letters removed.
    ListNumber,
}

/// What was done with a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The replacement is in the output text.
    Applied,
    /// Review mode: the output shows `⟦original→replacement?⟧` for a person to decide.
    Marked,
    /// Below the confidence threshold in apply mode: reported, not applied.
    Suggested,
}

/// One change: what was in the input, what the output has instead, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Byte span in the input (for [`Normalizer::normalize_bytes_lossy`]: in the lossily
    /// decoded text).
    pub span: Range<usize>,
    /// The input text of the span.
    pub original: String,
    /// The text that replaces it.
    pub replacement: String,
    /// Why it was changed.
    pub reason: Reason,
    /// How sure the normaliser is, from 0 to 1.
    pub confidence: f32,
    /// Whether it was applied, marked for review or only suggested.
    pub action: Action,
}

/// The result of normalising a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalized {
    /// The restored text.
    pub text: String,
    /// Every change, in input order.
    pub changes: Vec<Change>,
}

/// How doubtful word restorations are handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Restorations at or above the threshold are applied; those below are only reported.
    #[default]
    Apply,
    /// Restorations at or above the threshold are applied; those below are marked in the
    /// text as `⟦pa→på?⟧` for a person to decide.
    Review,
}

/// Options for [`Normalizer`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Options {
    /// Apply or review mode.
    pub mode: Mode,
    /// Word restorations with a lower confidence (0..=1) are not applied: reported in apply
    /// mode, marked in review mode. Layout repairs are always applied.
    pub min_confidence: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Apply,
            min_confidence: 0.0,
        }
    }
}

impl Options {
    /// Review mode marking restorations below 0.8 confidence: what `delaktig normalize
    /// --review` uses.
    pub fn review() -> Options {
        Options {
            mode: Mode::Review,
            min_confidence: 0.8,
        }
    }
}

/// Errors of the byte-level API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NormalizeError {
    /// The input is not UTF-8.
    #[error(
        "input is not valid UTF-8: bad byte at offset {offset} of {len}; convert it to UTF-8 \
         or use normalize_bytes_lossy to replace invalid bytes with U+FFFD"
    )]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// Length of the input in bytes.
        len: usize,
    },
}

/// Restores OCR-damaged Swedish text. Read-only after construction: share one across
/// threads (`Send + Sync`).
#[derive(Clone)]
pub struct Normalizer {
    words: Words,
    /// How the lexicon reads each word form, for the document-word pass (shared by clones,
    /// as the memos of `words` are).
    readings: Arc<docfix::Readings>,
    options: Options,
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// A fast hash for the per-document cache (short string keys, no untrusted-collision concern
/// worth SipHash's cost: the cache lives for one call).
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, little-endian; the last few as a zero-padded word, put
        // together byte by byte (a copy of variable length would be a call).
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            if let Ok(word) = <[u8; 8]>::try_from(chunk) {
                self.add(u64::from_le_bytes(word));
            }
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The last 1 to 7 bytes of a key as a little-endian word padded with zeros, put together
/// from two overlapping loads (their shared bytes are the same, so or-ing them is exact):
/// a byte-by-byte loop costs more than the mixing itself on short words.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let load4 = |at: usize| {
        rest.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let load2 = |at: usize| {
        rest.get(at..at + 2)
            .and_then(|b| <[u8; 2]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u16::from_le_bytes(b)))
    };
    match n {
        4..=7 => load4(0) | load4(n - 4) << (8 * (n - 4)),
        2..=3 => load2(0) | load2(n - 2) << (8 * (n - 2)),
        _ => rest.first().map_or(0, |&b| u64::from(b)),
    }
}

/// Room made up front in a pass's cache for distinct words: what a long note holds.
const MAX_DISTINCT_AHEAD: usize = 16 * 1024;

/// What a pass found out about each word form ([`Forms`]) at each place, by slot.
#[derive(Default)]
struct Cache {
    /// Per form id and place: the slot in `known` plus one, 0 while not met.
    slots: Vec<[u32; Place::COUNT]>,
    known: Vec<Known>,
}

impl Cache {
    /// A cache for `forms` word forms, with room for `words` words without regrowing.
    fn with_capacity(forms: usize, words: usize) -> Cache {
        Cache {
            slots: vec![[0; Place::COUNT]; forms],
            known: Vec::with_capacity(words),
        }
    }

    /// The slot of form `id` at `place`, made with `make` at its first occurrence (`None`
    /// for an id out of range, or past the slots a `u32` counts).
    fn slot(&mut self, id: usize, place: Place, make: impl FnOnce() -> Known) -> Option<usize> {
        let at = self.slots.get_mut(id)?.get_mut(place.index())?;
        if *at == 0 {
            *at = u32::try_from(self.known.len() + 1).ok()?;
            self.known.push(make());
        }
        Some(*at as usize - 1)
    }

    /// What is known of form `id` at `place`, if it occurred.
    fn get(&self, id: usize, place: Place) -> Option<&Known> {
        let at = *self.slots.get(id)?.get(place.index())?;
        self.known.get((at as usize).checked_sub(1)?)
    }
}

/// What a pass found out about a word at a place, worked out at its first occurrence.
struct Known {
    /// Whether the context rules cover the word.
    covered: bool,
    /// Whether the word is on the English list (the first test of [`Normalizer::is_english`]).
    listed: bool,
    /// Its restoration by the lexicon, once asked for.
    proposal: Option<Option<Proposal>>,
    /// Whether its skeleton is among those of the new evidence: asked of the first pass's
    /// words by the second pass, once per word.
    reads_anew: Cell<Option<bool>>,
}

/// New pieces of evidence by skeleton.
type NewEvidence = HashMap<u64, Vec<Arc<str>>, BuildHasherDefault<FxHasher>>;

/// Adds `word` to the new evidence, under its skeleton.
fn add_new_evidence(new: &mut NewEvidence, word: Arc<str>) {
    new.entry(skeleton(&word)).or_default().push(word);
}

/// What the first restoration pass did with a token, so the second can take it over where
/// the evidence the first pass added cannot bear on the token.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    /// Not restored on its own by the cache (a context word, a number, `&` or a word joined
    /// to one): the second pass works it out again.
    Redo,
    /// Left as written; the word's slot in the pass's cache.
    Kept(u32),
    /// Restored: its edit's index in the first pass's edits (taken over only while that
    /// edit still has the token's span, as a `&` join may replace it), and the word's slot.
    /// (Indices are `u32`, as one is kept per token of a document of any size: a count
    /// that does not fit is recorded as [`Outcome::Redo`].)
    Edited(u32, u32),
}

/// The first pass's results that the second pass reuses.
struct FirstPass<'c> {
    cache: &'c Cache,
    /// Its edits; the second pass moves out the replacements it takes over (an edit left
    /// with an empty replacement is one the second pass has, with the same proposal).
    edits: &'c mut [WordEdit],
    outcomes: &'c [Outcome],
    /// The words the first pass restored that are new evidence, by
    /// [`skeleton`](crate::restore::skeleton): a word of another skeleton has none of them
    /// among its readings.
    new_skeletons: &'c NewEvidence,
}

impl FirstPass<'_> {
    /// Whether `word`, known as `known` to the first pass, has the skeleton of a new piece
    /// of evidence (and so may read as it: "Fagerskidld" beside a restored "Fagerskiöld");
    /// worked out once per word.
    fn reads_anew(&self, known: &Known, word: &str) -> bool {
        if let Some(anew) = known.reads_anew.get() {
            return anew;
        }
        // Its own restoration is no new evidence for it.
        let own = known
            .proposal
            .as_ref()
            .and_then(Option::as_ref)
            .map(|p| &*p.replacement);
        let anew = self
            .new_skeletons
            .get(&skeleton(word))
            .is_some_and(|ws| ws.iter().any(|w| Some(&**w) != own));
        known.reads_anew.set(Some(anew));
        anew
    }
}

/// A word-level edit on the laid-out text.
pub(crate) struct WordEdit {
    pub(crate) span: Range<usize>,
    pub(crate) proposal: Proposal,
}

/// Each word token with its index and the index of the edit that covers exactly it, if any;
/// a token an edit covers only in part (joined with a neighbour, or split) is left out.
/// `edits` are in text order: the walk the passes after word restoration share.
fn words_and_edits<'a>(
    tokens: &'a [Token],
    edits: &'a [WordEdit],
) -> impl Iterator<Item = (usize, &'a Token, Option<usize>)> + 'a {
    words_and_edits_where(tokens, edits, |_| true)
}

/// Each word token (as [`words_and_edits`] walks them) with its index and how it reads now:
/// the replacement of the edit that covers exactly it, else its text in small letters. The
/// passes that weigh a word against the note's other words read the note so.
fn words_as_they_read<'a, 'f: 'a>(
    tokens: &'a [Token],
    edits: &'a [WordEdit],
    forms: &'a Forms<'f>,
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    words_and_edits(tokens, edits).filter_map(|(i, _, k)| match k.and_then(|k| edits.get(k)) {
        Some(e) => Some((i, &*e.proposal.replacement)),
        None => forms.lower(i).map(|lower| (i, lower)),
    })
}

/// [`words_and_edits`] for the word tokens `keep` accepts only (the others are passed over
/// before any look at the edits: the tokens after them meet the same edits).
fn words_and_edits_where<'a>(
    tokens: &'a [Token],
    edits: &'a [WordEdit],
    keep: impl Fn(&Token) -> bool + 'a,
) -> impl Iterator<Item = (usize, &'a Token, Option<usize>)> + 'a {
    let mut k = 0;
    tokens
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.kind == Kind::Word && keep(t))
        .filter_map(move |(i, t)| {
            while edits.get(k).is_some_and(|e| e.span.end <= t.span.start) {
                k += 1;
            }
            match edits.get(k).filter(|e| e.span.start < t.span.end) {
                Some(e) if e.span != t.span => None,
                Some(_) => Some((i, t, Some(k))),
                None => Some((i, t, None)),
            }
        })
}

/// The index of the edit of `edits` (in text order) that covers exactly `span`.
fn edit_at(edits: &[WordEdit], span: &Range<usize>) -> Option<usize> {
    let k = edits.partition_point(|e| e.span.start < span.start);
    edits.get(k).filter(|e| e.span == *span).map(|_| k)
}

/// How the text at `span` reads now: the replacement of the edit of `edits` (in text order)
/// that covers exactly it, else the text as written.
fn reads_now<'a>(laid: &'a str, edits: &'a [WordEdit], span: &Range<usize>) -> Option<&'a str> {
    edit_and_reading(laid, edits, span).1
}

/// [`reads_now`] with the index of the edit that covers exactly `span`, if one does.
fn edit_and_reading<'a>(
    laid: &'a str,
    edits: &'a [WordEdit],
    span: &Range<usize>,
) -> (Option<usize>, Option<&'a str>) {
    let k = edit_at(edits, span);
    let now = match k.and_then(|k| edits.get(k)) {
        Some(e) => Some(&*e.proposal.replacement),
        None => laid.get(span.clone()),
    };
    (k, now)
}

/// Whether an edit of `edits` (in text order, none overlapping another) overlaps `span`.
fn overlaps_edit(edits: &[WordEdit], span: &Range<usize>) -> bool {
    let k = edits.partition_point(|e| e.span.end <= span.start);
    edits.get(k).is_some_and(|e| e.span.start < span.end)
}

/// Puts `edit` into `edits` (kept in text order) in place of every edit that overlaps `clear`,
/// a span that holds the edit's own.
fn replace_edits(edits: &mut Vec<WordEdit>, clear: Range<usize>, edit: WordEdit) {
    edits.retain(|e| e.span.end <= clear.start || e.span.start >= clear.end);
    let k = edits.partition_point(|e| e.span.start < edit.span.start);
    edits.insert(k, edit);
}

/// Adds `added` to `edits`, keeping them in text order.
fn add_edits(edits: &mut Vec<WordEdit>, added: Vec<WordEdit>) {
    if !added.is_empty() {
        edits.extend(added);
        edits.sort_by_key(|e| e.span.start);
    }
}

/// Calls `propose` with each word token no edit touches yet (its index, the token and its
/// text) that `may` accepts (a test of the token alone, for which `propose` proposes
/// nothing otherwise), and adds the edits it proposes.
fn propose_for_unchanged<'t>(
    laid: &'t str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    may: impl Fn(&Token) -> bool,
    mut propose: impl FnMut(usize, &Token, &'t str) -> Option<Proposal>,
) {
    let added: Vec<WordEdit> = words_and_edits_where(tokens, edits, may)
        .filter(|&(_, _, edit)| edit.is_none())
        .filter_map(|(i, t, _)| {
            let word = laid.get(t.span.clone())?;
            let proposal = propose(i, t, word)?;
            Some(WordEdit {
                span: t.span.clone(),
                proposal,
            })
        })
        .collect();
    add_edits(edits, added);
}

/// Whether `word`, ASCII and at most `N` bytes, passes `test` with its letters lower-cased
/// (on the stack); any other word does not.
fn ascii_lowered<const N: usize>(word: &str, test: impl FnOnce(&[u8]) -> bool) -> bool {
    let mut buf = [0u8; N];
    word.is_ascii()
        && buf.get_mut(..word.len()).is_some_and(|b| {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            test(b)
        })
}

/// Whether `word`, ASCII letters lower-cased, is a common English word of the normaliser's
/// short list (the list is ASCII: a word with any other character is not on it).
fn english_word(word: &str) -> bool {
    ascii_lowered::<{ english::LONGEST }>(word, english::is_english)
}

/// Whether `word` (any case) is on the lexicon's list of common English words that Swedish
/// seldom writes ([`delaktig_lexicon_sv::is_common_english`], ten thousand words): a
/// Swedish note quoting English ("Study", "run chart"), not a garbled Swedish word. Longer
/// than [`english_word`]'s list and so asked only where no Swedish reading was found.
fn quoted_english(word: &str) -> bool {
    // (Longer words are on no list of common words.)
    ascii_lowered::<24>(word, |b| {
        std::str::from_utf8(b).is_ok_and(delaktig_lexicon_sv::is_common_english)
    })
}

/// A word with every letter OCR confuses for å, ä or ö folded to its look-alike, lower-case:
/// words that may be readings of one another share a fold.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`] into a reused buffer.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    let look_alike = |c| match c {
        'å' | 'ä' | '&' | '4' => 'a',
        'ö' | 'é' | '6' | '@' => 'o',
        c => c,
    };
    out.clear();
    if word.is_ascii() {
        // ASCII words (most of an OCR'd text): copied and lower-cased in place where they
        // have no look-alike sign (most), else byte by byte.
        if !word.bytes().any(|b| matches!(b, b'&' | b'4' | b'6' | b'@')) {
            out.push_str(word);
            out.make_ascii_lowercase();
            return;
        }
        out.reserve(word.len());
        out.extend(word.bytes().map(|b| {
            char::from(match b {
                b'&' | b'4' => b'a',
                b'6' | b'@' => b'o',
                b => b.to_ascii_lowercase(),
            })
        }));
        return;
    }
    for c in word.chars() {
        // Latin-1 letters lower-case to one letter: no Unicode table lookup for them.
        if u32::from(c) < 0x100 {
            out.push(look_alike(text::latin1_lower(c)));
        } else {
            out.extend(c.to_lowercase().map(look_alike));
        }
    }
}

/// Whether a neighbour speaks for an English phrase: an English word that is not also how
/// a scan writes a Swedish word the context rules decide ("for" for "för"), which a second
/// normalisation would see restored.
fn english_evidence(word: &str) -> bool {
    english_word(word) && !context_covers(word)
}

/// Whether the context rules cover `word` (whatever its neighbours, the others go straight
/// to the lexicon-based restoration).
fn context_covers(word: &str) -> bool {
    // The rules' words are short: longer ones are not lower-cased to find that out, and
    // ASCII ones are looked up as a number, lower-cased on the way.
    if word.len() > context::LONGEST_WORD {
        return false;
    }
    if word.is_ascii() {
        return context::is_ambiguous_ascii(word.as_bytes());
    }
    // The rules' other words have an é; a word lower-cases to one with an é or an ASCII
    // letter only from é, É or a character of three bytes from U+2000 on (the Kelvin sign is
    // a k): other words, most with å, ä or ö, are not lower-cased to find that out.
    let bytes = word.as_bytes();
    if !bytes.windows(2).any(|w| matches!(w, [0xc3, 0xa9 | 0x89])) && !bytes.contains(&0xe2) {
        return false;
    }
    context::is_ambiguous(&text::lower(word))
}

/// The word before token `i` as it reads now: the replacement of the edit among `edits` (the
/// restorations so far, in text order) that covers exactly it, else its text. A word's
/// place after its neighbour is judged so, as a second normalisation judges it.
fn previous_reading<'a>(
    laid: &'a str,
    tokens: &[Token],
    i: usize,
    edits: &'a [WordEdit],
) -> Option<&'a str> {
    reads_now(laid, edits, &tokens.get(i.checked_sub(1)?)?.span)
}

/// Where token `i` stands: at a sentence start, inside a sentence, or as the second
/// capitalised word of a name.
fn place_of(tokens: &[Token], i: usize) -> Place {
    let Some(t) = tokens.get(i) else {
        return Place::Inside;
    };
    let capital = |t: &Token| t.shape == Shape::Capitalised;
    if t.sentence_start {
        let next = tokens.get(i + 1);
        if capital(t) && next.is_some_and(|n| !n.break_before && capital(n)) {
            return Place::NameStart;
        }
        return Place::SentenceStart;
    }
    let prev = i.checked_sub(1).and_then(|j| tokens.get(j));
    match prev {
        Some(p) if capital(t) && capital(p) && !p.sentence_start && !t.break_before => {
            Place::InName
        }
        Some(p)
            if capital(t)
                && p.shape == Shape::Lower
                && !t.break_before
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| !n.break_before && capital(n)) =>
        {
            Place::BeforeName
        }
        _ => Place::Inside,
    }
}

/// Drops misread corrections of words that stand as names elsewhere in the document
/// ("Amira Haddad" in the attendee list: "Amira berättar" is not "Amiral").
fn drop_misread_names(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    if !edits.iter().any(|e| e.proposal.reason == Reason::Misread) {
        return;
    }
    let names: HashSet<&str, BuildHasherDefault<FxHasher>> = (0..tokens.len())
        .filter(|&i| matches!(place_of(tokens, i), Place::InName | Place::NameStart))
        .filter_map(|i| tokens.get(i).and_then(|t| laid.get(t.span.clone())))
        .collect();
    edits.retain(|e| {
        e.proposal.reason != Reason::Misread
            || !laid.get(e.span.clone()).is_some_and(|w| names.contains(w))
    });
}

/// Fewest words of a line written in capitals whose short words are read as words.
const CAPITALS_LINE_WORDS: usize = 3;
/// Letters of a word in capitals that no acronym has: one in a line shows it is written in
/// capitals, and such a word is read as any other.
const CAPITALS_LONG_WORD: usize = 6;
/// Least frequency (per billion) of a word in capitals that, with another such, shows a line
/// written in capitals ([`CAPITALS_LONG_WORD`]).
const CAPITALS_COMMON_WORD: u32 = 100_000;

/// Least frequency (per billion) of a capitalised word that makes the next capitalised word
/// part of a title ("Nya Spår") rather than of a person's name.
const TITLE_WORD_FREQUENCY: u32 = 20_000;
/// Kinds of association whose own name follows them ("Föreningen Trygg Vardag",
/// "Brukarföreningen Ledstången"), folded ([`fold`]).
const ORGANISATION_KINDS: &[&str] = &[
    "foreningen",
    "natverket",
    "forbundet",
    "kooperativet",
    "kollektivet",
    "brukarradet",
];

/// Reads a capitalised word as the name its same spelling was restored to elsewhere, inside
/// a sentence or before a surname: "Kare hälsar" beside "och Kare tar" or "Kare Wastberg" is
/// Kåre every time, not the adjective "käre" that a sentence start alone would allow, and
/// "från Par om" beside the attendee "Par Wannström" is Pär, not the word "par".
fn names_at_sentence_start(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    if !edits.iter().any(|e| e.proposal.reason == Reason::Name) {
        return;
    }
    let mut names: HashMap<&str, &Proposal, BuildHasherDefault<FxHasher>> = HashMap::default();
    let mut starts = Vec::new();
    for (i, t, k) in words_and_edits(tokens, edits) {
        if t.shape != Shape::Capitalised {
            continue;
        }
        let Some(word) = laid.get(t.span.clone()) else {
            continue;
        };
        let named = k
            .and_then(|k| edits.get(k))
            .filter(|e| e.proposal.reason == Reason::Name);
        match named {
            Some(e) if place_of(tokens, i) != Place::SentenceStart => {
                names.entry(word).or_insert(&e.proposal);
            }
            // A sentence's first word, or one inside a sentence that nothing read as a
            // name ("ett tillägg från Par" beside the attendee "Par Wannström").
            _ => starts.push((t.span.clone(), word, k)),
        }
    }
    let added: Vec<(Range<usize>, Proposal)> = starts
        .into_iter()
        .filter_map(|(span, word, k)| {
            let name = names.get(word)?;
            let current = k.and_then(|k| edits.get(k));
            if current.is_some_and(|e| e.proposal.replacement == name.replacement) {
                return None;
            }
            Some((span, (*name).clone()))
        })
        .collect();
    for (span, proposal) in added {
        replace_edits(edits, span.clone(), WordEdit { span, proposal });
    }
}

/// Leaves as written every occurrence of a first name the note puts before a South Slavic
/// surname ("Goran Jovanovic", "Goran kollar om …"): such a name is spelt without Swedish
/// marks, and the marked Swedish name it resembles ("Göran") is not it.
fn keep_names_before_slavic_surnames(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    if edits.is_empty() {
        return;
    }
    let word = |t: &Token| laid.get(t.span.clone()).unwrap_or("");
    let slavic = |w: &str| {
        w.chars().count() >= 5
            && w.starts_with(char::is_uppercase)
            && (w.ends_with("ic") || w.ends_with("ić"))
    };
    let mut firsts: Vec<&str> = Vec::new();
    for pair in tokens.windows(2) {
        let [first, last] = pair else { continue };
        if first.kind == Kind::Word
            && first.shape == Shape::Capitalised
            && last.kind != Kind::Number
            && !last.break_before
            && slavic(word(last))
            && !firsts.contains(&word(first))
        {
            firsts.push(word(first));
        }
    }
    if firsts.is_empty() {
        return;
    }
    edits.retain(|e| {
        !matches!(e.proposal.reason, Reason::Name | Reason::Lexicon)
            || !laid
                .get(e.span.clone())
                .is_some_and(|w| firsts.contains(&w))
    });
}

/// Gives back the small letter of a list item's first word whose first letter a scan read as
/// a sign with no case ("6ppnar" restored as "Öppnar"), where the item goes on a sentence
/// begun before the list: it ends in a comma or a semicolon ("att kommunen:" / "1. öppnar en
/// mötesplats,").
fn small_list_continuations(laid: &str, edits: &mut [WordEdit]) {
    for e in edits.iter_mut() {
        let Some(word) = laid.get(e.span.clone()) else {
            continue;
        };
        // (A name keeps its capital anywhere.)
        if e.proposal.reason == Reason::Name
            || !word.starts_with(|c: char| c.is_ascii_digit() || c == '@' || c == '&')
            || !e.proposal.replacement.starts_with(char::is_uppercase)
        {
            continue;
        }
        let line_start = laid
            .get(..e.span.start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |k| k + 1);
        let marker = laid.get(line_start..e.span.start).unwrap_or("").trim();
        let numbered = marker
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if !(numbered || marker == "-") {
            continue;
        }
        let rest = laid.get(e.span.end..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or("").trim_end();
        if !line.ends_with([',', ';']) {
            continue;
        }
        e.proposal.replacement = text::lower(&e.proposal.replacement).into();
    }
}

/// Specks per thousand words from which a text is read as a specky scan.
const SPECKS_PER_THOUSAND: usize = 14;

/// Whether `laid` (of `words` tokens) is a scan that strews specks: stray quote marks and
/// bars, and stops, colons or commas between two small letters ("lara.oss", "ga-att" aside),
/// at least [`SPECKS_PER_THOUSAND`] to a thousand words. Its full stops are as likely specks,
/// and the case it read after them is the better guess.
fn specky(laid: &str, words: usize) -> bool {
    let bytes = laid.as_bytes();
    let small = |i: Option<usize>| {
        i.and_then(|i| bytes.get(i))
            .is_some_and(u8::is_ascii_lowercase)
    };
    // Marks between small letters, bars, and the typographic quotes and signs (found by
    // their UTF-8 lead bytes, the rest compared).
    let between = memchr::memchr3_iter(b'.', b':', b',', bytes)
        .chain(memchr::memchr_iter(b';', bytes))
        .filter(|&i| small(i.checked_sub(1)) && small(Some(i + 1)))
        .count();
    let bars = memchr::memchr_iter(b'|', bytes).count();
    let signs = memchr::memchr2_iter(0xe2, 0xc2, bytes)
        .filter(|&i| {
            matches!(bytes.get(i..i + 3), Some([0xe2, 0x80, 0x98 | 0x99]))
                || matches!(
                    bytes.get(i..i + 2),
                    Some([0xc2, 0xa2 | 0xa9 | 0xae | 0xab | 0xbb])
                )
        })
        .count();
    (between + bars + signs) * 1000 >= SPECKS_PER_THOUSAND * words.max(1)
}

/// What the word stage gives: the word edits, or first the spaces a scan lost.
enum WordStage {
    /// The word edits of the text, in text order.
    Edits(Vec<WordEdit>),
    /// The edits that put back lost spaces (applied ones only), in text order.
    Spaced(Vec<WordEdit>),
}

impl WordStage {
    /// The edits, whichever they are.
    fn into_edits(self) -> Vec<WordEdit> {
        match self {
            WordStage::Edits(e) | WordStage::Spaced(e) => e,
        }
    }
}

/// The word edits of a text in which lost spaces were put back at `regions` (spans of that
/// text, in order, with the confidence of each space put back): within a region the edits
/// become one, which puts the space back and restores the words around it, so that the
/// change list shows the words as written.
fn spaced_edits(
    laid: &str,
    edits: Vec<WordEdit>,
    regions: &[(Range<usize>, f32)],
) -> Vec<WordEdit> {
    let mut out = Vec::with_capacity(edits.len() + regions.len());
    let mut edits = edits.into_iter().peekable();
    for (region, confidence) in regions {
        while let Some(e) = edits.next_if(|e| e.span.end <= region.start) {
            out.push(e);
        }
        let mut text = String::with_capacity(region.len() + 4);
        let mut pos = region.start;
        let mut confidence = *confidence;
        while let Some(e) = edits.next_if(|e| e.span.start < region.end) {
            // An edit across the region's edge cannot be part of it: it is dropped, and the
            // words read as the region gives them.
            if e.span.start < region.start || e.span.end > region.end {
                continue;
            }
            text.push_str(laid.get(pos..e.span.start).unwrap_or(""));
            text.push_str(&e.proposal.replacement);
            confidence = confidence.min(e.proposal.confidence);
            pos = e.span.end;
        }
        text.push_str(laid.get(pos..region.end).unwrap_or(""));
        out.push(WordEdit {
            span: region.clone(),
            proposal: Proposal {
                replacement: text.into(),
                reason: Reason::Spacing,
                confidence,
            },
        });
    }
    out.extend(edits);
    out
}

/// Whether the space that edit `e` (a [`Reason::Spacing`] edit of a whole token) puts back
/// leaves every context decision as it is: no word within two of it, and neither word it
/// makes, is one the context rules decide.
fn steady_spacing(laid: &str, tokens: &[Token], e: &WordEdit) -> bool {
    let ambiguous = |j: usize| {
        tokens
            .get(j)
            .and_then(|t| laid.get(t.span.clone()))
            // Folded, so that the word restored ("för") counts as it did damaged ("for").
            .is_some_and(|w| context_covers(&fold(w)))
    };
    let i = tokens.partition_point(|t| t.span.start < e.span.start);
    tokens.get(i).is_some_and(|t| t.span == e.span)
        && !(i.saturating_sub(2)..=i + 2).any(|j| j != i && ambiguous(j))
        && !e
            .proposal
            .replacement
            .split(' ')
            .any(|w| context_covers(&fold(w)))
}

/// Drops spaces put back where a second normalisation, seeing two words, would not agree:
/// within two words of a word the context rules may decide (the new word changes that
/// word's neighbours), and wherever the longer line makes the layout stage join lines it
/// left alone.
fn drop_unsteady_spacing(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    if !edits.iter().any(|e| e.proposal.reason == Reason::Spacing) {
        return;
    }
    edits.retain(|e| e.proposal.reason != Reason::Spacing || steady_spacing(laid, tokens, e));
    if edits.iter().any(|e| e.proposal.reason == Reason::Spacing) {
        let (spaced, _) = OffsetMap::apply(
            laid,
            edits
                .iter()
                .map(|e| (e.span.clone(), &*e.proposal.replacement)),
        );
        if !layout::edits(&spaced).is_empty() {
            edits.retain(|e| e.proposal.reason != Reason::Spacing);
        }
    }
}

/// Length from which a document is normalised in sections (each with its own evidence):
/// far beyond any note, and small enough that one section's token tables stay a few tens of
/// megabytes.
const SECTION_BYTES: usize = 1 << 20;

/// Splits `text` into sections of at least `size` bytes (the last may be shorter), each
/// with its byte offset. A section ends after a blank line where there is one within another
/// section's length, else after a line break, else after a space, else at a character
/// boundary, so that no paragraph, line or word is cut where the text has a better place.
fn sections(text: &str, size: usize) -> Vec<(usize, &str)> {
    let size = size.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let from = start + size;
        if from >= text.len() {
            out.push((start, text.get(start..).unwrap_or("")));
            break;
        }
        let window = text.as_bytes().get(from..(from + size).min(text.len()));
        let window = window.unwrap_or(&[]);
        let cut = memchr::memmem::find(window, b"\n\n")
            .map(|i| {
                // The whole run of line breaks stays with the section it ends.
                let run = window
                    .get(i..)
                    .map_or(0, |w| w.iter().take_while(|&&b| b == b'\n').count());
                from + i + run
            })
            .or_else(|| memchr::memchr(b'\n', window).map(|i| from + i + 1))
            .or_else(|| memchr::memchr(b' ', window).map(|i| from + i + 1))
            .unwrap_or_else(|| {
                let mut at = from;
                while !text.is_char_boundary(at) {
                    at += 1;
                }
                at
            });
        out.push((start, text.get(start..cut).unwrap_or("")));
        start = cut;
    }
    out
}

/// What a normalisation run keeps besides the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The text alone.
    Text,
    /// The text and the number of applied changes.
    Count,
    /// The text and the list of changes.
    Changes,
}

/// Applies one round of layout `edits` (spans of `laid`) to `laid`, keeping the map back in
/// `maps` and the edits, as spans of the NFC text, in `layout_edits`.
fn lay_out(
    laid: &mut Cow<'_, str>,
    maps: &mut Vec<OffsetMap>,
    layout_edits: &mut Vec<layout::Edit>,
    edits: Vec<layout::Edit>,
) {
    let (next, map) = OffsetMap::apply(laid, edits.iter().map(|e| (e.span.clone(), e.replacement)));
    for e in edits {
        layout_edits.push(layout::Edit {
            span: to_nfc_span(maps, e.span),
            ..e
        });
    }
    maps.push(map);
    *laid = Cow::Owned(next);
}

/// Maps a span of the laid-out text back through every layout pass to the NFC text.
fn to_nfc_span(maps: &[OffsetMap], span: Range<usize>) -> Range<usize> {
    maps.iter().rev().fold(span, |s, m| m.to_source(s))
}

impl Normalizer {
    /// A normaliser over the embedded Swedish lexicon, with default options.
    pub fn new() -> Normalizer {
        Normalizer::with_vocabulary(Vocabulary::new())
    }

    /// A normaliser over `vocabulary`: the embedded lexicon plus the caller's own words and
    /// names (a municipality's places, its staff).
    pub fn with_vocabulary(vocabulary: Vocabulary) -> Normalizer {
        Normalizer {
            words: Words::new(vocabulary),
            readings: Arc::default(),
            options: Options::default(),
        }
    }

    /// A normaliser over `lexicon` alone (tests and tools).
    pub fn with_lexicon(lexicon: Arc<Lexicon>) -> Normalizer {
        Normalizer::with_vocabulary(Vocabulary::from_lexicon(lexicon))
    }

    /// The same normaliser with `options`.
    pub fn with_options(mut self, options: Options) -> Normalizer {
        self.options = options;
        self
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Normalises UTF-8 bytes. Invalid UTF-8 is an error naming the first bad byte, and
    /// nothing is normalised.
    pub fn normalize_bytes(&self, bytes: &[u8]) -> Result<Normalized, NormalizeError> {
        text::decode(bytes).map(|t| self.normalize(t))
    }

    /// Normalises bytes, replacing invalid UTF-8 with U+FFFD first; spans then refer to the
    /// decoded text.
    pub fn normalize_bytes_lossy(&self, bytes: &[u8]) -> Normalized {
        self.normalize(&String::from_utf8_lossy(bytes))
    }

    /// Normalises `input`.
    pub fn normalize(&self, input: &str) -> Normalized {
        self.run(input, Keep::Changes).0
    }

    /// The restored text of `input` alone: the same text as [`Normalizer::normalize`] gives,
    /// without the list of changes, which on a long, badly damaged document takes more memory
    /// than the text itself.
    pub fn normalize_text(&self, input: &str) -> String {
        self.run(input, Keep::Text).0.text
    }

    /// The restored text of `input` and how many changes [`Normalizer::normalize`] lists as
    /// [`Action::Applied`], without building that list (for a caller that reports only the
    /// count, such as an import).
    pub fn normalize_text_counted(&self, input: &str) -> (String, usize) {
        let (out, applied) = self.run(input, Keep::Count);
        (out.text, applied)
    }

    /// [`Normalizer::normalize_text`] for UTF-8 bytes: invalid UTF-8 is an error naming the
    /// first bad byte, and nothing is normalised.
    pub fn normalize_text_bytes(&self, bytes: &[u8]) -> Result<String, NormalizeError> {
        text::decode(bytes).map(|t| self.normalize_text(t))
    }

    /// Normalisation proper; the change list is made only when `keep_changes` is set. A long
    /// document is normalised section by section, so that the working memory stays bounded
    /// whatever its length.
    fn run(&self, input: &str, keep: Keep) -> (Normalized, usize) {
        self.run_in_sections(input, keep, SECTION_BYTES)
    }

    /// [`Normalizer::run`] with sections of `section_bytes`.
    fn run_in_sections(
        &self,
        input: &str,
        keep: Keep,
        section_bytes: usize,
    ) -> (Normalized, usize) {
        if input.len() <= section_bytes {
            return self.run_section(input, keep);
        }
        let mut text = String::with_capacity(input.len() + input.len() / 64);
        let mut changes = Vec::new();
        let mut applied = 0;
        for (start, section) in sections(input, section_bytes) {
            let (part, n) = self.run_section(section, keep);
            text.push_str(&part.text);
            applied += n;
            changes.extend(part.changes.into_iter().map(|c| Change {
                span: c.span.start + start..c.span.end + start,
                ..c
            }));
        }
        (Normalized { text, changes }, applied)
    }

    /// One section: all of a note, or a part of a long document.
    fn run_section(&self, input: &str, keep: Keep) -> (Normalized, usize) {
        let keep_changes = keep == Keep::Changes;
        let (nfc, nfc_map) = text::to_nfc(input);
        // Layout repair runs to a fixed point (joining lines can make a paragraph look wrapped
        // again), so a second normalisation finds nothing left to join.
        let mut laid: Cow<'_, str> = nfc.clone();
        let mut maps: Vec<OffsetMap> = Vec::new();
        let mut layout_edits: Vec<layout::Edit> = Vec::new(); // spans in the NFC text
        for _ in 0..16 {
            let edits = layout::edits(&laid);
            if edits.is_empty() {
                break;
            }
            lay_out(&mut laid, &mut maps, &mut layout_edits, edits);
        }
        let mut word_edits = self.word_stage(&mut laid, &mut maps);
        // Restored words can change how long a line reads, so that a second normalisation
        // would find lines to join that this one kept apart: such joins are made here, on the
        // laid-out text, and its words read again (a few rounds at most; rarely any).
        for _ in 0..3 {
            let joins = self.joins_after_words(&laid, &word_edits);
            if joins.is_empty() {
                break;
            }
            lay_out(&mut laid, &mut maps, &mut layout_edits, joins);
            word_edits = self.word_stage(&mut laid, &mut maps);
        }
        layout_edits.sort_by_key(|e| e.span.start);

        // Output text: word edits applied to the laid-out text according to the mode.
        let mut out = String::with_capacity(laid.len() + 16);
        let mut pos = 0;
        // Sized once: on a long document the change list is the largest thing built here.
        let mut changes = Vec::with_capacity(if keep_changes {
            word_edits.len() + layout_edits.len()
        } else {
            0
        });
        let mut covered: Vec<Range<usize>> = Vec::new(); // NFC spans covered by word changes
        let mut applied = 0;
        // The edits are in text order: each map is walked once.
        let mut to_laid: Vec<offsets::Cursor<'_>> =
            maps.iter().rev().map(OffsetMap::cursor).collect();
        let mut to_input = nfc_map.cursor();
        for e in word_edits {
            let action = self.action(e.proposal.confidence);
            let token = laid.get(e.span.clone()).unwrap_or("");
            out.push_str(laid.get(pos..e.span.start).unwrap_or(""));
            match action {
                Action::Applied => out.push_str(&e.proposal.replacement),
                Action::Marked => {
                    out.push('⟦');
                    out.push_str(token);
                    out.push('→');
                    out.push_str(&e.proposal.replacement);
                    out.push_str("?⟧");
                }
                Action::Suggested => out.push_str(token),
            }
            pos = e.span.end;
            if keep == Keep::Text {
                continue;
            }
            applied += usize::from(action == Action::Applied);
            let nfc_span = to_laid
                .iter_mut()
                .fold(e.span.clone(), |s, m| m.source_of(s));
            if action != Action::Suggested {
                covered.push(nfc_span.clone());
            }
            if !keep_changes {
                continue;
            }
            let span = to_input.source_of(nfc_span);
            changes.push(Change {
                original: input.get(span.clone()).unwrap_or("").to_string(),
                span,
                replacement: String::from(&*e.proposal.replacement),
                reason: e.proposal.reason,
                confidence: e.proposal.confidence,
                action,
            });
        }
        out.push_str(laid.get(pos..).unwrap_or(""));
        if keep == Keep::Text {
            return (
                Normalized {
                    text: out,
                    changes: Vec::new(),
                },
                0,
            );
        }

        // Layout edits not inside an applied or marked word change.
        let inside = |span: &Range<usize>, covered: &[Range<usize>]| {
            let i = covered.partition_point(|c| c.end < span.end);
            covered
                .get(i)
                .is_some_and(|c| c.start <= span.start && span.end <= c.end)
        };
        let mut to_input = nfc_map.cursor();
        for e in &layout_edits {
            if inside(&e.span, &covered) {
                continue;
            }
            covered.push(e.span.clone());
            applied += 1;
            if !keep_changes {
                continue;
            }
            let span = to_input.source_of(e.span.clone());
            changes.push(Change {
                original: input.get(span.clone()).unwrap_or("").to_string(),
                span,
                replacement: e.replacement.to_string(),
                reason: e.reason,
                confidence: if e.reason == Reason::LineJoin {
                    0.9
                } else {
                    1.0
                },
                action: Action::Applied,
            });
        }
        // NFC rewrites not already part of another change.
        if !nfc_map.is_identity() {
            covered.sort_by_key(|c| c.start);
            for (from, to) in nfc_map.regions() {
                if covered
                    .iter()
                    .any(|c| c.start <= to.start && to.end <= c.end)
                {
                    continue;
                }
                applied += 1;
                if !keep_changes {
                    continue;
                }
                changes.push(Change {
                    original: input.get(from.clone()).unwrap_or("").to_string(),
                    span: from,
                    replacement: nfc.get(to).unwrap_or("").to_string(),
                    reason: Reason::Nfc,
                    confidence: 1.0,
                    action: Action::Applied,
                });
            }
        }
        changes.sort_by_key(|c| (c.span.start, c.span.end));
        (Normalized { text: out, changes }, applied)
    }

    /// The word stage of laid-out text `laid`: its word edits in text order. Spaces a scan
    /// lost are put back first (rewriting `laid`, with the map in `maps`), and the words read
    /// again around them, as a second normalisation of the output would read them.
    fn word_stage(&self, laid: &mut Cow<'_, str>, maps: &mut Vec<OffsetMap>) -> Vec<WordEdit> {
        match self.word_edits(laid, true) {
            WordStage::Edits(edits) => edits,
            WordStage::Spaced(spacing) => {
                let (spaced, map) = OffsetMap::apply(
                    laid,
                    spacing
                        .iter()
                        .map(|e| (e.span.clone(), &*e.proposal.replacement)),
                );
                if layout::edits(&spaced).is_empty() {
                    // Each rewritten region with the confidence of the edit that made it.
                    let regions: Vec<(Range<usize>, f32)> = map
                        .regions()
                        .filter_map(|(from, to)| {
                            let k = spacing.partition_point(|e| e.span.start < from.start);
                            let e = spacing.get(k).filter(|e| e.span == from)?;
                            Some((to, e.proposal.confidence))
                        })
                        .collect();
                    maps.push(map);
                    *laid = Cow::Owned(spaced);
                    let edits = self.word_edits(laid, false).into_edits();
                    spaced_edits(laid, edits, &regions)
                } else {
                    // The longer lines would make the layout stage join lines it left
                    // alone: the spaces stay out.
                    self.word_edits(laid, false).into_edits()
                }
            }
        }
    }

    /// The layout edits that the text `laid` with the applied ones of `word_edits` still
    /// calls for, as spans of `laid`: empty when the layout stage has nothing left to do on
    /// the restored text (nearly always). An edit that would touch restored text is left out.
    fn joins_after_words(&self, laid: &str, word_edits: &[WordEdit]) -> Vec<layout::Edit> {
        let mut applied = word_edits
            .iter()
            .filter(|e| self.action(e.proposal.confidence) == Action::Applied)
            .map(|e| (e.span.clone(), &*e.proposal.replacement))
            .peekable();
        if applied.peek().is_none() {
            // The text is `laid` itself, where the layout stage found nothing left to do.
            return Vec::new();
        }
        let (restored, map) = OffsetMap::apply(laid, applied);
        let mut edits = layout::edits(&restored);
        // In text order, as the layout stage gives them: one walk of the map.
        let mut cursor = map.cursor();
        edits.retain_mut(|e| {
            let span = cursor.source_of(e.span.clone());
            let same = laid.get(span.clone()) == restored.get(e.span.clone());
            e.span = span;
            same
        });
        edits
    }

    fn action(&self, confidence: f32) -> Action {
        if confidence >= self.options.min_confidence {
            Action::Applied
        } else {
            match self.options.mode {
                Mode::Apply => Action::Suggested,
                Mode::Review => Action::Marked,
            }
        }
    }

    /// Whether the capitalised word before token `i` is a common word, not a name: the
    /// second word of an organisation's name such as "Nya Spar" or "Unga Roster" is a word
    /// like any other, where the second word of "Per Hassler" is a surname.
    fn after_title_word(&self, laid: &str, tokens: &[Token], i: usize, edits: &[WordEdit]) -> bool {
        let Some(prev) = previous_reading(laid, tokens, i, edits) else {
            return false;
        };
        if self.words.name_frequency(prev).is_some() {
            return false;
        }
        // An association's kind before its own name ("Brukarföreningen Ledstången"), however
        // its letters came out.
        let kind = |w: &str| {
            let folded = fold(w);
            ORGANISATION_KINDS.iter().any(|k| folded.ends_with(k))
        };
        let frequency = self.words.frequency(&text::lower(prev));
        kind(prev)
            || frequency.is_some_and(|f| f >= TITLE_WORD_FREQUENCY)
            // The third word of an association's name, after a word of it ("Föreningen
            // Hjälpande Händer").
            || frequency.is_some()
                && i.checked_sub(1)
                    .and_then(|j| previous_reading(laid, tokens, j, edits))
                    .is_some_and(kind)
    }

    /// Whether the lower-cased reading `lower` is, capitalised, a name the name list knows and
    /// no word of the word list.
    fn is_listed_name_only(&self, lower: &str) -> bool {
        let mut chars = lower.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let name: String = first.to_uppercase().chain(chars).collect();
        self.words.frequency(lower).is_none() && self.words.name_frequency(&name).is_some()
    }

    /// Whether token `i` follows a name the name list knows ("Bengt" before "Frojd"), as the
    /// name reads once restored ("Vastra" read as "Västra" before "Tradgardsgatan").
    fn after_listed_name(
        &self,
        laid: &str,
        tokens: &[Token],
        i: usize,
        edits: &[WordEdit],
    ) -> bool {
        previous_reading(laid, tokens, i, edits)
            .is_some_and(|prev| self.words.name_frequency(prev).is_some())
    }

    /// Stage 3 over the laid-out text. With `spacing_first`, a text in which the restorer
    /// puts back spaces a scan lost (with changes that are applied) gives just those
    /// changes, for the caller to put them in and read the words again.
    fn word_edits(&self, laid: &str, spacing_first: bool) -> WordStage {
        let tokens = token::tokenize(laid);
        let forms = Forms::remembered(laid, &tokens, &self.words);
        let mut doc = DocEvidence::default();
        doc.add_document(forms.spellings(), &self.words);
        let damage = doc.damage();
        let (mut edits, outcomes) = self.restore_words(laid, &tokens, &forms, &mut doc, damage);
        if damage != Damage::Clean {
            self.capitals_lines(laid, &tokens, &doc, &mut edits);
            case::surnames_on_name_lines(laid, &tokens, &mut edits, &self.words);
        }
        drop_misread_names(laid, &tokens, &mut edits);
        names_at_sentence_start(laid, &tokens, &mut edits);
        keep_names_before_slavic_surnames(laid, &tokens, &mut edits);
        small_list_continuations(laid, &mut edits);
        let spaced = |e: &WordEdit| {
            e.proposal.reason == Reason::Spacing
                && self.action(e.proposal.confidence) == Action::Applied
        };
        // Only where a new word has a neighbour or a part the context rules decide is the
        // text read again; elsewhere the words read as they would around the space.
        if spacing_first
            && edits
                .iter()
                .any(|e| spaced(e) && !steady_spacing(laid, &tokens, e))
        {
            edits.retain(spaced);
            return WordStage::Spaced(edits);
        }
        drop_unsteady_spacing(laid, &tokens, &mut edits);
        // The passes that read a scan's damage beyond its diacritics: only where the document
        // as a whole shows it.
        if damage == Damage::Damaged {
            case::correct(laid, &tokens, &mut edits, &self.words, case::Pass::Words);
            case::inner_capitals(laid, &tokens, &mut edits, &self.words);
            let rough = docfix::correct(
                laid,
                &tokens,
                &forms,
                &mut edits,
                &self.words,
                &self.readings,
            );
            // After the rough-scan count: a word this reads, only a rough scan misreads so.
            case::l_for_capital_j_or_i(laid, &tokens, &mut edits, &self.words);
            let stops = if !rough && !specky(laid, tokens.len()) {
                case::Pass::Stops
            } else {
                case::Pass::OpenerStops
            };
            case::correct(laid, &tokens, &mut edits, &self.words, stops);
            docfix::misread_words(laid, &tokens, &forms, &mut edits, &self.words);
            docfix::inflected_marks(laid, &tokens, &forms, &mut edits, &self.words);
            if rough {
                rough::correct(laid, &tokens, &forms, &mut edits, &self.words);
            }
            docfix::glued_preposition(laid, &mut edits, &self.words);
            docfix::word_names(laid, &tokens, &mut edits, &self.words);
            docfix::stray_letters(laid, &tokens, rough, &mut edits);
            docfix::word_pairs(laid, &tokens, &mut edits);
            docfix::range_dashes(laid, &mut edits);
            docfix::speck_hyphens(laid, &tokens, &mut edits, &self.words);
            docfix::one_for_i(laid, &tokens, &mut edits);
            docfix::l_abbreviations(laid, &tokens, &mut edits);
            docfix::speaker_codes(laid, &tokens, &mut edits);
            docfix::law_names(laid, &tokens, &mut edits);
            docfix::street_heads(laid, &tokens, &mut edits);
            docfix::meeting_heads(laid, &tokens, &mut edits, &self.words);
            docfix::lake_names(laid, &tokens, &mut edits);
            docfix::river_heads(laid, &tokens, &mut edits, &self.words);
            docfix::lost_place_capitals(laid, &tokens, &forms, &mut edits, &self.words);
            docfix::county_after_name(laid, &mut edits);
            docfix::glued_words(laid, &tokens, &mut edits, &self.words);
            docfix::speck_stops(laid, &tokens, &mut edits);
        }
        docfix::web_prefix(laid, &mut edits);
        address::mend(laid, &self.words, &mut edits);
        address::small_l(laid, &mut edits, &self.words);
        if damage != Damage::Clean {
            address::spell(laid, &tokens, &forms, &self.words, &mut edits);
            docfix::slavic_surnames(laid, &tokens, &mut edits, &self.words);
        }
        // In any document: a second normalisation, of a document its first left clean, reads
        // the restored head alike.
        docfix::suspended_heads(laid, &tokens, &mut edits, &self.words);
        rejoin::correct(laid, &tokens, &mut edits, &self.words);
        if damage != Damage::Clean {
            plural::correct(laid, &tokens, &mut edits, &self.words);
        }
        self.settle_context(laid, &tokens, &forms, &mut edits, damage, &outcomes);
        // After the context rules, which read "man" and "tors" alone; in any document, as
        // the restorer reads unknown words in any ("tors" as "törs").
        docfix::short_forms(laid, &tokens, &mut edits);
        WordStage::Edits(edits)
    }

    /// Reads the short words of a line written in capitals ("PROTOKOLL FORT VID ARSMOTE") as
    /// the words they are, where elsewhere a short word in capitals is an acronym kept as
    /// written: a line of three words or more, all in capitals, one of them a long one.
    /// `edits` stay in text order.
    fn capitals_lines(
        &self,
        laid: &str,
        tokens: &[Token],
        doc: &DocEvidence,
        edits: &mut Vec<WordEdit>,
    ) {
        let restorer = Restorer {
            words: &self.words,
            doc,
        };
        let mut added: Vec<WordEdit> = Vec::new();
        let mut start = 0;
        while start < tokens.len() {
            // The tokens of one line: up to the next token after a line break.
            let end = (start + 1..tokens.len())
                .find(|&k| match (tokens.get(k - 1), tokens.get(k)) {
                    (Some(a), Some(b)) => !case::same_line(laid, a, b),
                    _ => true,
                })
                .unwrap_or(tokens.len());
            let line = tokens.get(start..end).unwrap_or(&[]);
            start = end;
            let words = || line.iter().filter(|t| t.kind == Kind::Word);
            // (Or two of the commonest words, which no acronym spells: "SÅ HÄR SER EN KVÄLL
            // UT", "NYTT I HÖST".)
            let common = || {
                words()
                    .filter(|t| {
                        laid.get(t.span.clone()).is_some_and(|w| {
                            self.words
                                .frequency(&text::lower(w))
                                .is_some_and(|f| f >= CAPITALS_COMMON_WORD)
                        })
                    })
                    .nth(1)
                    .is_some()
            };
            if words().count() < CAPITALS_LINE_WORDS
                || !words().all(|t| t.shape == Shape::Upper)
                || !words().any(|t| {
                    laid.get(t.span.clone())
                        .is_some_and(|w| w.chars().count() >= CAPITALS_LONG_WORD)
                }) && !common()
            {
                continue;
            }
            for t in words() {
                let Some(word) = laid.get(t.span.clone()) else {
                    continue;
                };
                if word.chars().count() >= CAPITALS_LONG_WORD || overlaps_edit(edits, &t.span) {
                    continue;
                }
                let lower = text::lower(word);
                // Only its marks put back ("FORT" → "FÖRT"): a reading with a letter more or
                // another letter is as likely an acronym's ("HR" is no "HÄR").
                if let Some(p) = restorer.restore(&lower, Place::Inside)
                    && fold(&p.replacement) == fold(&lower)
                {
                    added.push(WordEdit {
                        span: t.span.clone(),
                        proposal: Proposal {
                            replacement: Shape::Upper.apply(&p.replacement).into(),
                            ..p
                        },
                    });
                }
            }
        }
        add_edits(edits, added);
    }

    /// Decides the words the context rules cover once more, now with every neighbour as
    /// restored ("protokoll gas igeniom" read with "igenom" after it), and the restorations
    /// that are such words ("svait" read as "svart" in "det är svart nog"): a second
    /// normalisation sees the restored words, and decides alike. Words changed otherwise are
    /// left as they are.
    fn settle_context(
        &self,
        laid: &str,
        tokens: &[Token],
        forms: &Forms<'_>,
        edits: &mut Vec<WordEdit>,
        damage: Damage,
        outcomes: &[Outcome],
    ) {
        let mut changed: Vec<(usize, Option<Proposal>)> = Vec::new();
        // Read only while the words are decided; changed afterwards.
        let ro: &[WordEdit] = edits;
        for (i, t, k) in words_and_edits(tokens, ro) {
            let Some(written) = laid.get(t.span.clone()) else {
                continue;
            };
            let current_edit = k.and_then(|k| ro.get(k));
            // A word the first restoration pass kept or restored on its own is one the rules
            // do not cover (it records no other): not looked at again.
            let kept_alone = matches!(
                outcomes.get(i),
                Some(Outcome::Kept(_) | Outcome::Edited(..))
            );
            let covered = || {
                forms
                    .facts(i)
                    .map_or_else(|| context_covers(written), |f| f.covered)
            };
            if current_edit.is_none() && (kept_alone || !covered()) {
                continue;
            }
            // A restoration by the lexicon is decided as the word it gives, unless that is
            // no word the rules cover.
            let word = match current_edit {
                Some(e) if e.proposal.reason != Reason::Context => &*e.proposal.replacement,
                _ => written,
            };
            if word.contains(' ')
                || !(if word == written {
                    covered()
                } else {
                    context_covers(word)
                })
                || self.is_english(laid, tokens, forms, i, written)
            {
                continue;
            }
            // Words whose case was corrected since stay.
            let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            if current_edit.is_some_and(|e| {
                e.proposal.reason == Reason::Context
                    && (upper(&e.proposal.replacement) != upper(written)
                        || t.shape == Shape::Upper
                            && Shape::of(&e.proposal.replacement) != Shape::Upper)
            }) {
                continue;
            }
            let restored = |j: usize, before: bool| {
                let t = tokens.get(j)?;
                match t.kind {
                    Kind::Word => {}
                    Kind::Number | Kind::Foreign => {
                        return laid.get(t.span.clone()).map(Cow::Borrowed);
                    }
                    Kind::Amp => return None,
                }
                match edit_at(ro, &t.span).and_then(|k| ro.get(k)) {
                    Some(e) => {
                        // A space put back makes two words: the nearer one is the neighbour.
                        let r = &*e.proposal.replacement;
                        let near = if before {
                            r.rsplit(' ').next()
                        } else {
                            r.split(' ').next()
                        };
                        Some(text::lower(near.unwrap_or(r)))
                    }
                    None => forms
                        .lower(j)
                        .map(Cow::Borrowed)
                        .or_else(|| laid.get(t.span.clone()).map(text::lower)),
                }
            };
            let lower = match forms.lower(i) {
                Some(lower) if word == written => Cow::Borrowed(lower),
                _ => text::lower(word),
            };
            let Some(choice) = self.context_choice_with(word, &lower, tokens, i, damage, restored)
            else {
                continue;
            };
            let choice = match choice {
                // The rule keeps a restored word: the restoration stands.
                None if word != written => continue,
                // A restored word is changed with its own capital.
                Some(p) if word != written && upper(word) != upper(&p.replacement) => continue,
                c => c,
            };
            let same = match (&choice, current_edit) {
                (None, None) => true,
                (Some(p), Some(e)) => p.replacement == e.proposal.replacement,
                _ => false,
            };
            if !same {
                changed.push((i, choice));
            }
        }
        for (i, choice) in changed {
            let Some(t) = tokens.get(i) else {
                continue;
            };
            match (edit_at(edits, &t.span), choice) {
                (Some(k), Some(p)) => {
                    if let Some(e) = edits.get_mut(k) {
                        e.proposal = p;
                    }
                }
                (Some(k), None) => {
                    edits.remove(k);
                }
                (None, Some(p)) => {
                    let k = edits.partition_point(|e| e.span.start < t.span.start);
                    edits.insert(
                        k,
                        WordEdit {
                            span: t.span.clone(),
                            proposal: p,
                        },
                    );
                }
                (None, None) => {}
            }
        }
    }

    /// Word restoration proper: one pass, and a second one with the restored words as
    /// evidence. Returns the edits, and what the first pass did with each token.
    fn restore_words(
        &self,
        laid: &str,
        tokens: &[Token],
        forms: &Forms<'_>,
        doc: &mut DocEvidence,
        damage: Damage,
    ) -> (Vec<WordEdit>, Vec<Outcome>) {
        let (edits, first_cache, outcomes) = self.word_pass(laid, tokens, forms, doc, damage, None);
        // Restored words are evidence too: a word restored here may decide another that is
        // left alone otherwise, and a second normalisation would see it. Run once more with
        // them so that normalising twice equals normalising once; only words that could read
        // as a new piece of evidence are restored again.
        // Sized for about one restoration in four being new evidence, so it rarely regrows.
        let mut new_skeletons: NewEvidence =
            HashMap::with_capacity_and_hasher(edits.len() / 4, Default::default());
        // A word taken as evidence for its å, ä or ö that was itself restored further
        // ("Åströmforsta" → "Åströmförsta") is no evidence: a second normalisation would
        // not see it.
        // (The restorations are copied: the second pass moves the first pass's out.)
        let mut withdrawn: HashMap<&str, Arc<str>, BuildHasherDefault<FxHasher>> =
            HashMap::default();
        for e in &edits {
            // Evidence words all have an å, ä or ö (or a sign that lower-cases to å): other
            // words cannot be withdrawn, and are not looked up.
            if let Some(original) = laid.get(e.span.clone())
                && original != &*e.proposal.replacement
                && original.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', '\u{212b}'])
                && doc.withdraw(original)
            {
                add_new_evidence(&mut new_skeletons, original.into());
                withdrawn.insert(original, e.proposal.replacement.clone());
            }
        }
        // A restoration met again adds nothing new (the evidence already has it, or refused
        // it): each is offered once.
        let mut offered: HashSet<&str, BuildHasherDefault<FxHasher>> =
            HashSet::with_capacity_and_hasher(edits.len(), Default::default());
        for e in edits
            .iter()
            .filter(|e| e.proposal.reason != Reason::Misread)
        {
            if offered.insert(&e.proposal.replacement)
                && doc.add_restored(&e.proposal.replacement, &self.words)
            {
                add_new_evidence(&mut new_skeletons, e.proposal.replacement.clone());
            }
        }
        if new_skeletons.is_empty() {
            return (edits, outcomes);
        }
        let mut edits = edits;
        let mut first = FirstPass {
            cache: &first_cache,
            edits: &mut edits,
            outcomes: &outcomes,
            new_skeletons: &new_skeletons,
        };
        let (mut again, _, _) = self.word_pass(laid, tokens, forms, doc, damage, Some(&mut first));
        // Where the second pass agrees, the first pass's reason and confidence stand (an edit
        // it took over has them already).
        let mut k = 0;
        for e in &mut again {
            while edits.get(k).is_some_and(|f| f.span.start < e.span.start) {
                k += 1;
            }
            if let Some(first) = edits.get(k)
                && first.span == e.span
                && first.proposal.replacement == e.proposal.replacement
            {
                e.proposal.reason = first.proposal.reason;
                e.proposal.confidence = first.proposal.confidence;
            }
        }
        // A word restored to withdrawn evidence takes that evidence's own restoration, as a
        // second normalisation would: it then reads the evidence word and restores it alike.
        if !withdrawn.is_empty() {
            for e in &mut again {
                if let Some(to) = withdrawn.get(&*e.proposal.replacement) {
                    e.proposal.replacement = to.clone();
                }
            }
        }
        (again, outcomes)
    }

    /// One restoration pass over the tokens with the given document evidence; the second
    /// pass gets the first's results. Returns the edits, the pass's cache and what it did
    /// with each token.
    fn word_pass(
        &self,
        laid: &str,
        tokens: &[Token],
        forms: &Forms<'_>,
        doc: &DocEvidence,
        damage: Damage,
        mut prior: Option<&mut FirstPass<'_>>,
    ) -> (Vec<WordEdit>, Cache, Vec<Outcome>) {
        let restorer = Restorer {
            words: &self.words,
            doc,
        };
        // The first pass meets every word: in a note most of them are distinct, and its table
        // is sized so it does not regrow. A long document repeats its words, so the room
        // made up front is bounded (the table grows past it where it must). The second pass
        // works out few: at most the tokens the first left to it, and the words new evidence
        // bears on.
        let distinct = match prior.as_deref() {
            None => tokens.len() / 2,
            Some(first) => first
                .outcomes
                .iter()
                .filter(|o| matches!(o, Outcome::Redo))
                .count(),
        }
        .min(MAX_DISTINCT_AHEAD);
        let mut cache = Cache::with_capacity(forms.len(), distinct);
        // About one word in four of a damaged note is restored; the rest grows as needed. The
        // second pass makes about as many edits as the first.
        let mut edits: Vec<WordEdit> = Vec::with_capacity(match prior.as_deref() {
            None => tokens.len() / 4,
            Some(first) => first.edits.len() + first.edits.len() / 16,
        });
        let mut outcomes = vec![Outcome::Redo; if prior.is_none() { tokens.len() } else { 0 }];
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            let Some(word) = laid.get(t.span.clone()) else {
                i += 1;
                continue;
            };
            // A plain word the first pass worked out whose fold no new evidence shares: the
            // second pass would look up the same cached proposal and filter it the same way.
            if let Some(first) = prior.as_deref_mut()
                && t.kind == Kind::Word
            {
                let reusable = match first.outcomes.get(i) {
                    Some(&Outcome::Kept(slot)) => Some((None, slot as usize)),
                    Some(&Outcome::Edited(k, slot))
                        if first
                            .edits
                            .get(k as usize)
                            .is_some_and(|e| e.span == t.span) =>
                    {
                        Some((Some(k as usize), slot as usize))
                    }
                    _ => None,
                };
                if let Some((reused, slot)) = reusable {
                    let anew = first
                        .cache
                        .known
                        .get(slot)
                        .is_none_or(|known| first.reads_anew(known, word));
                    if !anew {
                        if let Some(e) = reused.and_then(|k| first.edits.get_mut(k)) {
                            edits.push(WordEdit {
                                span: e.span.clone(),
                                proposal: Proposal {
                                    replacement: std::mem::take(&mut e.proposal.replacement),
                                    reason: e.proposal.reason,
                                    confidence: e.proposal.confidence,
                                },
                            });
                        }
                        i += 1;
                        continue;
                    }
                }
            }
            match t.kind {
                Kind::Number | Kind::Foreign => {}
                Kind::Amp => {
                    if let Some((edit, consumed_next)) = self.join_amp(laid, tokens, i, &restorer) {
                        if edits
                            .last()
                            .is_some_and(|e| e.span.start >= edit.span.start)
                        {
                            edits.pop();
                        }
                        edits.push(edit);
                        if consumed_next {
                            i += 1;
                        }
                    }
                }
                Kind::Word => {
                    let place = match place_of(tokens, i) {
                        Place::InName if self.after_title_word(laid, tokens, i, &edits) => {
                            Place::Inside
                        }
                        Place::InName if self.after_listed_name(laid, tokens, i, &edits) => {
                            Place::AfterName
                        }
                        place => place,
                    };
                    let id = forms.id(i);
                    let slot = id.and_then(|id| {
                        cache.slot(id, place, || Known {
                            covered: forms
                                .facts(i)
                                .map_or_else(|| context_covers(word), |f| f.covered),
                            listed: forms
                                .facts(i)
                                .map_or_else(|| english_word(word), |f| f.listed),
                            proposal: None,
                            reads_anew: Cell::new(None),
                        })
                    });
                    let Some((slot, known)) =
                        slot.and_then(|slot| Some((slot, cache.known.get_mut(slot)?)))
                    else {
                        i += 1;
                        continue;
                    };
                    let (covered, listed) = (known.covered, known.listed);
                    let mut plain = false;
                    let proposal = if covered
                        && let Some(p) = self.context_choice(laid, tokens, forms, i, &edits, damage)
                    {
                        p
                    } else {
                        plain = true;
                        let earlier = prior.as_deref().and_then(|first| {
                            id.and_then(|id| first.cache.get(id, place)).and_then(|k| {
                                k.proposal.as_ref().filter(|_| !first.reads_anew(k, word))
                            })
                        });
                        match earlier {
                            Some(p) => p.clone(),
                            None => known
                                .proposal
                                .get_or_insert_with(|| {
                                    if doc.may_bear_on(word) {
                                        self.words.traced_decision(
                                            word,
                                            place,
                                            |asked| doc.answers_alike(asked),
                                            || doc.traced(|| restorer.restore(word, place)),
                                        )
                                    } else {
                                        self.words.decision(word, place, damage, || {
                                            restorer.restore(word, place)
                                        })
                                    }
                                })
                                .clone(),
                        }
                    };
                    // `listed` is the first test `is_english` makes.
                    let edited = if let Some(p) = proposal
                        && !(listed && self.is_english(laid, tokens, forms, i, word))
                    {
                        edits.push(WordEdit {
                            span: t.span.clone(),
                            proposal: p,
                        });
                        true
                    } else {
                        false
                    };
                    // A word the context rules cover may be left to the lexicon by its
                    // neighbours in one pass and not in the other: only the others recorded.
                    if plain
                        && !covered
                        && let Some(o) = outcomes.get_mut(i)
                    {
                        let slot = u32::try_from(slot).ok();
                        let edit = u32::try_from(edits.len().saturating_sub(1)).ok();
                        *o = match (edited, edit, slot) {
                            (true, Some(k), Some(slot)) => Outcome::Edited(k, slot),
                            (false, _, Some(slot)) => Outcome::Kept(slot),
                            _ => Outcome::Redo,
                        };
                    }
                }
            }
            i += 1;
        }
        // A long document's edits outlive the pass (the second pass runs beside them): the
        // room left over from growing is handed back.
        if edits.capacity() - edits.len() > 1024 {
            edits.shrink_to_fit();
        }
        (edits, cache, outcomes)
    }

    /// Lower-case text of token `i`, preferring its restoration if it already has one.
    fn neighbour<'t>(
        &self,
        laid: &'t str,
        tokens: &[Token],
        forms: &'t Forms<'_>,
        i: usize,
        edits: &'t [WordEdit],
    ) -> Option<Cow<'t, str>> {
        let t = tokens.get(i)?;
        match t.kind {
            Kind::Word => {}
            // A count before a noun ("25 år"): the rules read digits as numbers; a foreign
            // word as it is written.
            Kind::Number | Kind::Foreign => return laid.get(t.span.clone()).map(Cow::Borrowed),
            Kind::Amp => return None,
        }
        if let Some(e) = edits.last()
            && e.span == t.span
        {
            // A restoration that put back a lost space is two words: the nearer one is the
            // neighbour.
            let r = &*e.proposal.replacement;
            return Some(text::lower(r.rsplit(' ').next().unwrap_or(r)));
        }
        forms
            .lower(i)
            .map(Cow::Borrowed)
            .or_else(|| laid.get(t.span.clone()).map(text::lower))
    }

    /// The context rule's choice for an ambiguous word: `Some(None)` when the rule keeps the
    /// word as written, `None` when the word is not one the rules cover.
    fn context_choice(
        &self,
        laid: &str,
        tokens: &[Token],
        forms: &Forms<'_>,
        i: usize,
        edits: &[WordEdit],
        damage: Damage,
    ) -> Option<Option<Proposal>> {
        // The words before as restored so far, the words after as written.
        let word = laid.get(tokens.get(i)?.span.clone())?;
        let lower = forms
            .lower(i)
            .map_or_else(|| text::lower(word), Cow::Borrowed);
        self.context_choice_with(word, &lower, tokens, i, damage, |j, _| {
            self.neighbour(laid, tokens, forms, j, if j < i { edits } else { &[] })
        })
    }

    /// [`Normalizer::context_choice`] for token `i` read as `word` (lower-cased: `lower`),
    /// with the neighbour at token `j` given by `look(j, before)`.
    fn context_choice_with<'t>(
        &self,
        word: &str,
        lower: &str,
        tokens: &[Token],
        i: usize,
        damage: Damage,
        look: impl Fn(usize, bool) -> Option<Cow<'t, str>>,
    ) -> Option<Option<Proposal>> {
        let t = tokens.get(i)?;
        // Capitals without a vowel are a code or an acronym ("Dnr FR 2024/17"), not a word
        // whose vowel a scan lost.
        if word.len() >= 2
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && !word.bytes().any(|b| b"AEIOUY".contains(&b))
        {
            return Some(None);
        }
        // A line wrapped inside a sentence is no break for the context rules.
        let joined = |t: &Token| !t.break_before || t.wrapped;
        let prev = if !joined(t) || i == 0 {
            None
        } else {
            look(i - 1, true)
        };
        let prev2 = match (i.checked_sub(1).and_then(|j| tokens.get(j)), prev.is_some()) {
            (Some(p), true) if joined(p) && i >= 2 => look(i - 2, true),
            _ => None,
        };
        let next_tok = tokens.get(i + 1).filter(|n| joined(n));
        let next = next_tok.and_then(|_| look(i + 1, false));
        let next2 = match (tokens.get(i + 2), next.is_some()) {
            (Some(n), true) if joined(n) => look(i + 2, false),
            _ => None,
        };
        let prev_is_name = i
            .checked_sub(1)
            .and_then(|j| tokens.get(j))
            .filter(|_| !t.break_before)
            .is_some_and(|p| {
                p.shape == Shape::Capitalised
                    // A sentence's first word is a name when the name list knows it and the
                    // word list does not ("Göran sa att"; asked only where a rule needs it).
                    && (!p.sentence_start
                        || lower == "sa"
                            && prev
                                .as_deref()
                                .is_some_and(|w| self.is_listed_name_only(w)))
            });
        let n = Neighbours {
            prev2: prev2.as_deref(),
            prev: prev.as_deref(),
            next: next.as_deref(),
            next2: next2.as_deref(),
            prev_is_name,
            sentence_start: t.sentence_start && !t.wrapped,
            damaged: damage == Damage::Damaged,
        };
        let Some(verdict) = context::decide(lower, &n) else {
            return Some(None);
        };
        // Without a clear signal, an intact document's ASCII spelling is taken as meant.
        if matches!(verdict, Verdict::Default(_)) && damage == Damage::Clean && word.is_ascii() {
            return Some(None);
        }
        // No rule fired: the word goes to the lexicon-based restoration.
        let chosen = verdict.word()?;
        // A capital with a scan's capital inside ("MOtets", a small ö read large) is the
        // word's own capital.
        let shape = if t.shape == Shape::Mixed && word.starts_with(char::is_uppercase) {
            Shape::Capitalised
        } else if t.shape == Shape::Capitalised
            && !t.sentence_start
            && word.starts_with(['A', 'O'])
            && chosen.starts_with(['å', 'ä', 'ö'])
        {
            // Inside a sentence, a capital A or O for a small å, ä or ö is a scan's misread
            // ("allvar, Aven om" → "även"): the rules' words are no names.
            Shape::Lower
        } else {
            t.shape
        };
        if shape.writes(chosen, word) {
            return Some(None);
        }
        let replacement = self.words.shaped_choice(chosen, shape);
        let confidence = match verdict {
            Verdict::Clear(_) => 0.9,
            Verdict::Default(w) if !w.is_ascii() && !word.is_ascii() => 0.9,
            Verdict::Default(_) | Verdict::Open => 0.7,
        };
        Some(Some(Proposal {
            replacement,
            reason: Reason::Context,
            confidence,
        }))
    }

    /// Whether the word at `i` (its text: `word`) is English in an English phrase ("Take
    /// action for change").
    fn is_english(
        &self,
        laid: &str,
        tokens: &[Token],
        forms: &Forms<'_>,
        i: usize,
        word: &str,
    ) -> bool {
        if !forms
            .facts(i)
            .map_or_else(|| english_word(word), |f| f.listed)
        {
            return false;
        }
        // A neighbour's facts are its form's; a number's are worked out.
        let evidence = |j: usize, t: &Token| match forms.facts(j) {
            Some(f) => f.listed && !f.covered,
            None => laid.get(t.span.clone()).is_some_and(english_evidence),
        };
        let t = &tokens[i];
        let mut english_neighbours = 0;
        let mut j = i;
        let mut brk = t.break_before;
        for _ in 0..2 {
            if brk || j == 0 {
                break;
            }
            j -= 1;
            let Some(p) = tokens.get(j) else { break };
            if evidence(j, p) {
                english_neighbours += 1;
            }
            brk = p.break_before;
        }
        for k in i + 1..i + 3 {
            let Some(n) = tokens.get(k) else { break };
            if n.break_before {
                break;
            }
            if evidence(k, n) {
                english_neighbours += 1;
            }
        }
        english_neighbours >= 2
            || english_neighbours >= 1 && self.words.frequency(&word.to_ascii_lowercase()).is_none()
    }

    /// Joins a word split by OCR around `&` ("ocks &" → "också", "sm & grupper" →
    /// "smågrupper"). Returns the edit and whether it consumed the next word.
    fn join_amp(
        &self,
        laid: &str,
        tokens: &[Token],
        i: usize,
        restorer: &Restorer<'_>,
    ) -> Option<(WordEdit, bool)> {
        let amp = tokens.get(i)?;
        let prev = tokens.get(i.checked_sub(1)?)?;
        if prev.kind != Kind::Word || laid.get(prev.span.end..amp.span.start)? != " " {
            return None;
        }
        let head = laid.get(prev.span.clone())?;
        if let Some(next) = tokens.get(i + 1)
            && next.kind == Kind::Word
            && laid.get(amp.span.end..next.span.start) == Some(" ")
        {
            let tail = laid.get(next.span.clone())?;
            let joined = format!("{head}&{tail}");
            if let Some(p) = restorer.restore(&joined, place_of(tokens, i - 1))
                && p.reason == Reason::Lexicon
            {
                let proposal = Proposal {
                    reason: Reason::SplitWord,
                    ..p
                };
                return Some((
                    WordEdit {
                        span: prev.span.start..next.span.end,
                        proposal,
                    },
                    true,
                ));
            }
        }
        let joined = format!("{head}&");
        let p = restorer.restore(&joined, place_of(tokens, i - 1))?;
        let proposal = Proposal {
            reason: Reason::SplitWord,
            ..p
        };
        Some((
            WordEdit {
                span: prev.span.start..amp.span.end,
                proposal,
            },
            false,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizer_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Normalizer>();
        assert_send_sync::<Normalized>();
    }

    /// The OCR'd notes of the corpora, each as one document.
    fn documents() -> Vec<String> {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut docs = Vec::new();
        for dir in [
            "../../tests/data/corpus/ocr",
            "tests/data/tuning-scan/ocr",
            "tests/data/tuning2/ocr",
            "tests/data/heldout/ocr",
        ] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
            paths.sort();
            docs.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
        docs
    }

    #[test]
    fn a_long_lived_normaliser_gives_every_document_what_a_fresh_one_gives() {
        let docs = documents();
        assert!(docs.len() >= 6, "corpus not found");
        let fresh: Vec<Normalized> = docs
            .iter()
            .map(|d| Normalizer::new().normalize(d))
            .collect();
        let warm = Normalizer::new();
        // Both orders, twice: what one document leaves in the memos never shows in another.
        for round in 0..2 {
            let order: Vec<usize> = if round == 0 {
                (0..docs.len()).collect()
            } else {
                (0..docs.len()).rev().collect()
            };
            for i in order {
                assert_eq!(
                    warm.normalize(&docs[i]),
                    fresh[i],
                    "document {i}, round {round}"
                );
            }
        }
    }

    #[test]
    fn a_restoration_learnt_from_one_documents_evidence_is_not_applied_to_another() {
        let lexicon = Lexicon::from_entries(
            [("vi", 5_000_000), ("träffade", 30_000), ("var", 900_000)],
            [],
        );
        let warm = Normalizer::with_lexicon(Arc::new(lexicon));
        // "Skålén" as written in the first document restores "Skalén" there; the second has
        // evidence of the same skeleton ("Sköl") but not the name.
        let first = warm.normalize("Per Skålén kom. Vi träffade Skalén.");
        assert!(
            first.text.ends_with("Vi träffade Skålén."),
            "{}",
            first.text
        );
        let second = "Vi träffade Skalén. Sköl var där.";
        let after_first = warm.normalize(second);
        let alone = Normalizer::with_lexicon(Arc::new(Lexicon::from_entries(
            [("vi", 5_000_000), ("träffade", 30_000), ("var", 900_000)],
            [],
        )))
        .normalize(second);
        assert_eq!(after_first, alone);
        assert!(
            alone.text.starts_with("Vi träffade Skalén."),
            "{}",
            alone.text
        );
    }

    #[test]
    fn the_second_pass_takes_over_only_what_it_would_work_out_alike() {
        let n = Normalizer::new();
        for doc in documents() {
            let laid = doc.as_str();
            let tokens = token::tokenize(laid);
            let document = || {
                tokens
                    .iter()
                    .filter(|t| t.kind == Kind::Word)
                    .map(|t| &laid[t.span.clone()])
            };
            let forms = Forms::of(laid, &tokens);
            let mut evidence = DocEvidence::default();
            evidence.add_document(forms.spellings(), &n.words);
            // A word met again adds nothing but its count.
            let mut word_by_word = DocEvidence::default();
            for w in document() {
                word_by_word.add(w, &n.words);
            }
            assert_eq!(format!("{evidence:?}"), format!("{word_by_word:?}"));
            let damage = evidence.damage();
            let (edits, cache, outcomes) =
                n.word_pass(laid, &tokens, &forms, &evidence, damage, None);
            let mut new_skeletons: NewEvidence = HashMap::default();
            for e in edits
                .iter()
                .filter(|e| e.proposal.reason != Reason::Misread)
            {
                if evidence.add_restored(&e.proposal.replacement, &n.words) {
                    add_new_evidence(&mut new_skeletons, e.proposal.replacement.clone());
                }
            }
            let with = |outcomes: &[Outcome]| {
                let mut edits: Vec<WordEdit> = edits
                    .iter()
                    .map(|e| WordEdit {
                        span: e.span.clone(),
                        proposal: e.proposal.clone(),
                    })
                    .collect();
                let mut first = FirstPass {
                    cache: &cache,
                    edits: &mut edits,
                    outcomes,
                    new_skeletons: &new_skeletons,
                };
                let (again, _, _) =
                    n.word_pass(laid, &tokens, &forms, &evidence, damage, Some(&mut first));
                again
                    .into_iter()
                    .map(|e| (e.span, e.proposal))
                    .collect::<Vec<_>>()
            };
            let redone = with(&vec![Outcome::Redo; tokens.len()]);
            assert_eq!(with(&outcomes), redone);
        }
    }

    #[test]
    fn the_fast_hash_reads_words_eight_bytes_at_a_time_zero_padded() {
        // The hash as defined: each eight bytes (the last ones padded with zeros) as a
        // little-endian word, mixed in turn.
        fn by_definition(bytes: &[u8]) -> u64 {
            bytes.chunks(8).fold(0u64, |h, chunk| {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                (h.rotate_left(5) ^ u64::from_le_bytes(word))
                    .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
            })
        }
        let text = "förvaltningen och brukarorganisationerna";
        for end in 0..=text.len() {
            let bytes = &text.as_bytes()[..end];
            let mut h = FxHasher::default();
            h.write(bytes);
            assert_eq!(h.finish(), by_definition(bytes), "{end}");
        }
    }

    #[test]
    fn fold_reads_look_alikes_as_their_letters() {
        assert_eq!(fold("F6R&ldrar"), "foraldrar");
        assert_eq!(fold("Föräldrar"), "foraldrar");
        assert_eq!(fold("m@tet 4r"), "motet ar");
        let mut buf = String::from("left over");
        fold_into("Ocks&", &mut buf);
        assert_eq!(buf, "ocksa");
    }

    #[test]
    fn sections_end_at_the_best_break_within_reach() {
        fn cut(text: &str, size: usize) -> Vec<&str> {
            sections(text, size).into_iter().map(|(_, s)| s).collect()
        }
        assert_eq!(cut("kort text", 64), ["kort text"]);
        // After a blank line, with the whole run of line breaks.
        assert_eq!(cut("ett två\n\n\ntre", 6), ["ett två\n\n\n", "tre"]);
        // Else after a line break, else after a space.
        assert_eq!(cut("ett två\ntre", 6), ["ett två\n", "tre"]);
        assert_eq!(cut("ett två tre", 6), ["ett två ", "tre"]);
        // Else at a character boundary: "åååå" is 8 bytes, never cut inside a letter.
        assert_eq!(cut("åååå", 3), ["åå", "åå"]);
        // The pieces are the text, with their offsets.
        let text = "första stycket\n\nandra stycket här\nen rad till och så vidare";
        let parts = sections(text, 10);
        assert!(parts.len() > 2);
        assert_eq!(parts.iter().map(|(_, s)| *s).collect::<String>(), text);
        for (start, s) in parts {
            assert_eq!(text.get(start..start + s.len()), Some(s));
        }
    }

    #[test]
    fn a_long_document_in_sections_keeps_its_changes_in_input_terms() {
        let n = Normalizer::new();
        let docs = documents();
        let doc = docs
            .iter()
            .take(8)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n");
        let whole = n.run_in_sections(&doc, Keep::Changes, doc.len()).0;
        let (parts, applied) = n.run_in_sections(&doc, Keep::Changes, 4096);
        let counted = n.run_in_sections(&doc, Keep::Count, 4096);
        assert_eq!(counted.0.text, parts.text);
        assert_eq!(counted.1, applied);
        assert_eq!(
            applied,
            parts
                .changes
                .iter()
                .filter(|c| c.action == Action::Applied)
                .count()
        );
        assert!(!parts.changes.is_empty());
        // Every change names the input it replaces, at its span.
        for c in &parts.changes {
            assert_eq!(doc.get(c.span.clone()), Some(c.original.as_str()), "{c:?}");
        }
        assert!(
            parts
                .changes
                .windows(2)
                .all(|w| w[0].span.end <= w[1].span.start)
        );
        // The text alone is the same text.
        assert_eq!(n.run_in_sections(&doc, Keep::Text, 4096).0.text, parts.text);
        assert!(
            n.run_in_sections(&doc, Keep::Text, 4096)
                .0
                .changes
                .is_empty()
        );
        // Sections see less of the document, but restore it alike for the most part.
        let same = whole
            .changes
            .iter()
            .filter(|c| parts.changes.contains(c))
            .count();
        assert!(
            same * 100 >= whole.changes.len() * 95,
            "{same} of {} changes alike",
            whole.changes.len()
        );
    }

    #[test]
    fn normalize_text_gives_the_text_of_normalize() {
        let n = Normalizer::new();
        for doc in documents().iter().take(6) {
            assert_eq!(n.normalize_text(doc), n.normalize(doc).text);
            assert_eq!(
                n.normalize_text_bytes(doc.as_bytes()).ok(),
                Some(n.normalize(doc).text)
            );
        }
        assert!(n.normalize_text_bytes(b"ok \xff").is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        /// Any text cut into tiny sections: the spans still name the input they replace, in
        /// order, and the text alone is the text of the full result.
        #[test]
        fn tiny_sections_keep_spans_in_input_terms(
            text in "([a-zåäöé6&4 ]{0,12}[\\n.,-]?){0,40}",
            size in 1usize..40,
        ) {
            let n = Normalizer::new();
            let full = n.run_in_sections(&text, Keep::Changes, size).0;
            for c in &full.changes {
                proptest::prop_assert_eq!(text.get(c.span.clone()), Some(c.original.as_str()));
            }
            proptest::prop_assert!(full.changes.windows(2).all(|w| w[0].span.end <= w[1].span.start));
            proptest::prop_assert_eq!(n.run_in_sections(&text, Keep::Text, size).0.text, full.text.clone());
            let (counted, applied) = n.run_in_sections(&text, Keep::Count, size);
            proptest::prop_assert_eq!(counted.text, full.text);
            proptest::prop_assert_eq!(
                applied,
                full.changes.iter().filter(|c| c.action == Action::Applied).count()
            );
        }
    }
}
