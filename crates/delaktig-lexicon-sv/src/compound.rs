//! Compound analysis: can a word be read as known parts joined with Swedish linking letters
//! ("arbetsmarknad|s|förvaltningen", "kvinn|o|jour")? Breadth-first over the number of parts,
//! so the reading with the fewest parts wins; no heap allocation.

use std::ops::Range;

/// Most parts a compound may have.
pub const MAX_PARTS: usize = 4;
/// Longest word analysed, in bytes (positions are tracked in a 128-bit set).
const MAX_WORD_BYTES: usize = 127;
/// Fewest characters of a non-final part ("by", "ö" are too short to be trusted).
pub const MIN_PART_CHARS: usize = 3;
/// Fewest characters of the final part, the one that carries the inflection.
pub const MIN_LAST_CHARS: usize = 4;
/// Final parts shorter than [`MIN_LAST_CHARS`] that Swedish compounds end in all the same
/// ("arbets|tid", "fredags|råd", "gång|väg", "naloxon|kit", and the places "Hjulsjö|byn",
/// "Lill|näs", "Sand|vik"): common enough to trust, unlike other short words a scan's garble
/// may end in.
pub const SHORT_LAST_PARTS: [&str; 14] = [
    "tid", "dag", "hus", "råd", "väg", "lag", "del", "liv", "mat", "rum", "byn", "vik", "näs",
    "kit",
];
/// Whether `rest`, of `chars` characters, may be a compound's final part by its length:
/// [`MIN_LAST_CHARS`] or more, or one of [`SHORT_LAST_PARTS`].
pub fn long_enough_last(rest: &str, chars: usize) -> bool {
    chars >= MIN_LAST_CHARS || SHORT_LAST_PARTS.contains(&rest)
}
/// Fewest characters of a whole compound.
const MIN_WORD_CHARS: usize = 7;
/// Linking letters between compound parts, tried in this order; "" joins parts directly.
pub const LINKERS: [&str; 6] = ["", "s", "e", "a", "u", "o"];

/// What a non-final part of a compound is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A word form of its own ("arbetsmarknad").
    Word,
    /// A compound head that is not a word by itself ("flick" from "flicka", "bio-").
    Head,
}

/// One part of a [`Compound`]: byte ranges into the analysed word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompoundPart {
    /// The part itself ("arbetsmarknad").
    pub stem: Range<usize>,
    /// The linking letters after it ("s"); empty for the final part and for direct joins.
    pub linker: Range<usize>,
    /// Whether the part is a word or a compound head; the final part is always a word.
    pub kind: PartKind,
}

/// A reading of a word as a compound of known parts; see [`crate::Lexicon::split_compound`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compound {
    parts: [CompoundPart; MAX_PARTS],
    len: usize,
}

impl Compound {
    /// The parts, first to last (at least two).
    pub fn parts(&self) -> &[CompoundPart] {
        self.parts.get(..self.len).unwrap_or(&[])
    }

    /// The parts as string slices of `word` (the word that was analysed), without linkers.
    pub fn stems<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.parts()
            .iter()
            .filter_map(move |p| word.get(p.stem.clone()))
    }
}

/// Where compound parts are looked up: the lexicon or a vocabulary.
///
/// A word form more likely an OCR-stripped spelling of a commoner word ("for" for "för") is
/// no part of a compound, which would be written correctly; the sources leave such forms out,
/// reading the mark from the same walk that finds the form.
pub(crate) trait PartSource {
    /// Calls `f(byte_len, kind)` for each prefix of `rest` that is a compound head or a word
    /// form without a commoner twin.
    fn for_each_part_prefix(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind));
    /// Whether `s` is a word form without a commoner twin: a possible last part.
    fn is_last_part(&self, s: &str) -> bool;
    /// [`PartSource::for_each_part_prefix`] of `rest`, then [`PartSource::is_last_part`] of
    /// it; a source that can answers both from one walk (the lookup of `rest` follows the
    /// very path the prefix walk takes).
    fn part_prefixes_and_last(&self, rest: &str, f: &mut dyn FnMut(usize, PartKind)) -> bool {
        self.for_each_part_prefix(rest, f);
        self.is_last_part(rest)
    }
    /// Frequency of the word form `s`; `None` when unknown.
    fn part_frequency(&self, s: &str) -> Option<u32>;
}

/// Whether word part `part` may take the linking vowel "o" or "u": these stand for the final
/// "a" of a noun ("kvinn|o|jour" from "kvinna", "gat|u|hörn" from "gata", "folkhäls|o|arbete"
/// from "folkhälsa"), so the part with an "a" must be a word at least as common as the part
/// alone. "hals" (far commoner than "halsa") takes none: "folkhalsostrateg" is no
/// folk|hals|o|strateg.
fn takes_vowel_link(source: &impl PartSource, part: &str) -> bool {
    let mut buf = [0u8; MAX_WORD_BYTES + 1];
    let Some(slot) = buf.get_mut(..part.len()) else {
        return false;
    };
    slot.copy_from_slice(part.as_bytes());
    let Some(a) = buf.get_mut(part.len()) else {
        return false;
    };
    *a = b'a';
    let with_a = buf
        .get(..=part.len())
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|w| source.part_frequency(w));
    with_a.is_some_and(|fa| source.part_frequency(part).is_none_or(|f| fa >= f))
}

#[derive(Clone, Copy)]
struct Step {
    from: u8,
    stem_end: u8,
    kind: PartKind,
}

pub(crate) fn split(source: &impl PartSource, word: &str) -> Option<Compound> {
    let len = word.len();
    if len > MAX_WORD_BYTES {
        return None;
    }
    // Characters before each byte position, counted once: the length tests of parts and
    // rests ask it many times over.
    let mut chars_before = [0u8; MAX_WORD_BYTES + 1];
    let mut count = 0u8;
    for (slot, &b) in chars_before.iter_mut().zip(word.as_bytes()) {
        *slot = count;
        count += u8::from(!is_continuation(b));
    }
    if let Some(slot) = chars_before.get_mut(len) {
        *slot = count;
    }
    if usize::from(count) < MIN_WORD_CHARS {
        return None;
    }
    let chars_between = |from: usize, to: usize| {
        let at = |i: usize| usize::from(chars_before.get(i).copied().unwrap_or(0));
        at(to).saturating_sub(at(from))
    };
    let mut reached: u128 = 1;
    let mut frontier: u128 = 1;
    let mut steps = [None::<Step>; MAX_WORD_BYTES + 1];
    for depth in 0..MAX_PARTS {
        if depth + 1 == MAX_PARTS {
            // The last round: only a last part can follow.
            let mut bits = frontier;
            while bits != 0 {
                let start = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(rest) = word.get(start..)
                    && long_enough_last(rest, chars_between(start, len))
                    && source.is_last_part(rest)
                {
                    return Some(rebuild(&steps, start, len));
                }
            }
            break;
        }
        // Positions in increasing order: the first whose rest is a last part has the longest
        // final part. Expanding a position before a later one is tested changes nothing that
        // test or the rebuilt path reads: expansion only marks positions not reached before,
        // and every position on the path was reached in an earlier round.
        let mut next: u128 = 0;
        let mut bits = frontier;
        while bits != 0 {
            let start = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let Some(rest) = word.get(start..) else {
                continue;
            };
            let is_last = source.part_prefixes_and_last(rest, &mut |plen, kind| {
                let end = start + plen;
                if end >= len || chars_between(start, end) < MIN_PART_CHARS {
                    return;
                }
                // The linkers are "" and single letters: only the letter after the part can
                // be one.
                let following = word.as_bytes().get(end).copied();
                // A part that always takes a linking "s" does not join a part beginning with
                // "s" directly: that "s" is its linker ("introduktion|s|träffar", never
                // "introduktion|straffar").
                let s_joined =
                    following == Some(b's') && word.get(start..end).is_some_and(takes_linking_s);
                for linker in LINKERS {
                    if linker.is_empty() && s_joined {
                        continue;
                    }
                    let after = end + linker.len();
                    let fits = match linker.as_bytes() {
                        [] => true,
                        [l] => following == Some(*l),
                        _ => word.get(end..).is_some_and(|r| r.starts_with(linker)),
                    };
                    if after >= len || !fits {
                        continue;
                    }
                    let bit = 1u128 << after;
                    // (Looked up only for a place not reached yet: the test costs lookups.)
                    if reached & bit == 0
                        && matches!(linker, "o" | "u")
                        && kind == PartKind::Word
                        && !word
                            .get(start..end)
                            .is_some_and(|part| takes_vowel_link(source, part))
                    {
                        continue;
                    }
                    if reached & bit == 0 {
                        reached |= bit;
                        next |= bit;
                        if let Some(slot) = steps.get_mut(after) {
                            // Positions are below 128, so they fit in a byte.
                            *slot = Some(Step {
                                from: start as u8,
                                stem_end: end as u8,
                                kind,
                            });
                        }
                    }
                }
            });
            if depth > 0 && is_last && long_enough_last(rest, chars_between(start, len)) {
                return Some(rebuild(&steps, start, len));
            }
        }
        if next == 0 {
            break;
        }
        frontier = next;
    }
    None
}

/// Whether compound part `part` always takes a linking "s" before the next part: nouns in
/// -tion, -sion, -ning, -itet, -skap and (in words of five letters or more) -het
/// ("informations|möte", "utbildnings|dag", "säkerhets|skäl").
fn takes_linking_s(part: &str) -> bool {
    ["tion", "sion", "ning", "itet", "skap"]
        .iter()
        .any(|e| part.ends_with(e))
        || part.ends_with("het") && part.chars().count() >= 5
}

/// Whether `b` continues a UTF-8 character rather than starting one.
fn is_continuation(b: u8) -> bool {
    b & 0xc0 == 0x80
}

fn rebuild(steps: &[Option<Step>], last_start: usize, len: usize) -> Compound {
    let empty = CompoundPart {
        stem: 0..0,
        linker: 0..0,
        kind: PartKind::Word,
    };
    let mut rev = [empty.clone(), empty.clone(), empty.clone(), empty];
    let mut n = 0;
    if let Some(slot) = rev.get_mut(0) {
        *slot = CompoundPart {
            stem: last_start..len,
            linker: len..len,
            kind: PartKind::Word,
        };
        n = 1;
    }
    let mut pos = last_start;
    while pos != 0 {
        let Some(Some(step)) = steps.get(pos) else {
            break;
        };
        let (from, stem_end) = (usize::from(step.from), usize::from(step.stem_end));
        if let Some(slot) = rev.get_mut(n) {
            *slot = CompoundPart {
                stem: from..stem_end,
                linker: stem_end..pos,
                kind: step.kind,
            };
            n += 1;
        }
        pos = from;
    }
    let mut parts = rev.clone();
    for (i, part) in rev.iter().take(n).enumerate() {
        if let Some(slot) = parts.get_mut(n - 1 - i) {
            *slot = part.clone();
        }
    }
    Compound { parts, len: n }
}
