//! Readings of a damaged word under an OCR confusion model, found by walking the fst with the
//! word and the model's alternatives at once: only paths that lead to known forms are
//! followed, so a word with many ambiguous letters costs little more than a lookup.

use crate::node::Nodes;

/// Longest word the reading searches take, in bytes; longer input has no readings.
pub const MAX_SEARCH_BYTES: usize = 128;
const MAX_WORD_BYTES: usize = MAX_SEARCH_BYTES;
/// Most rule applications in one reading, whatever the caller asks: bounds the search.
pub const MAX_CHANGES: u32 = 8;

/// One rule of an OCR confusion model: `from` as read may stand for any of `to`.
///
/// `from` may be several characters ("ad" for "ä") or empty (a dropped letter: `from: ""`,
/// `to: &["ö"]` reads "fr" as "för").
#[derive(Debug, Clone, Copy)]
pub struct Confusion<'r> {
    /// The text as the OCR wrote it.
    pub from: &'r str,
    /// What it may stand for.
    pub to: &'r [&'r str],
}

/// A known word form that a damaged word can be read as; see [`crate::Lexicon::readings`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The word form.
    pub word: String,
    /// Its frequency per billion words.
    pub frequency: u32,
    /// How many rules were applied to get it (0: the word itself is known).
    pub changes: u32,
}

struct Search<'a, 'w> {
    nodes: Nodes<'a>,
    word: &'w [u8],
    rules: &'a [Confusion<'a>],
    max_changes: u32,
    buf: Vec<u8>,
    out: &'a mut Vec<Reading>,
}

impl Search<'_, '_> {
    fn visit(&mut self, pos: usize, node: usize, acc: u64, changes: u32) {
        if pos == self.word.len()
            && let Some(last) = self.nodes.final_output(node)
        {
            // Only whole UTF-8 strings were appended, so this cannot fail.
            if let Ok(word) = String::from_utf8(self.buf.clone()) {
                let frequency = crate::lexicon::to_u32(acc.wrapping_add(last));
                self.out.push(Reading {
                    word,
                    frequency,
                    changes,
                });
            }
        }
        // The next character as written.
        if let Some(rest) = self.word.get(pos..)
            && let Some(first) = rest.first()
        {
            let n = utf8_len(*first);
            if let Some(ch) = rest.get(..n) {
                self.step(pos + n, node, acc, changes, ch);
            }
        }
        if changes >= self.max_changes {
            return;
        }
        for rule in self.rules {
            let from = rule.from.as_bytes();
            let Some(rest) = self.word.get(pos..) else {
                return;
            };
            if !rest.starts_with(from) {
                continue;
            }
            for to in rule.to {
                if to.as_bytes() == from {
                    continue;
                }
                self.step(pos + from.len(), node, acc, changes + 1, to.as_bytes());
            }
        }
    }

    /// Appends `bytes` to the candidate if the fst has that path, then continues at `pos`.
    fn step(&mut self, pos: usize, node: usize, acc: u64, changes: u32, bytes: &[u8]) {
        let mark = self.buf.len();
        if let Some((node, acc)) = follow(self.nodes, node, acc, bytes, &mut self.buf) {
            self.visit(pos, node, acc, changes);
        }
        self.buf.truncate(mark);
    }
}

/// Follows `bytes` down the fst from `node`, appending them to `buf`: the node reached and
/// the output so far, or `None` when the path leaves the fst (`buf` then holds a partial
/// path, which the caller truncates).
#[inline]
fn follow(
    nodes: Nodes<'_>,
    mut node: usize,
    mut acc: u64,
    bytes: &[u8],
    buf: &mut Vec<u8>,
) -> Option<(usize, u64)> {
    for &b in bytes {
        let (next, out) = nodes.step(node, b)?;
        acc = acc.wrapping_add(out);
        node = next;
        buf.push(b);
    }
    Some((node, acc))
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

pub(crate) fn readings(
    nodes: Option<Nodes<'_>>,
    word: &str,
    rules: &[Confusion<'_>],
    max_changes: u32,
    out: &mut Vec<Reading>,
) {
    let Some(nodes) = nodes else { return };
    if word.len() > MAX_WORD_BYTES {
        return;
    }
    let start = out.len();
    let max_changes = max_changes.min(MAX_CHANGES);
    let mut search = Search {
        nodes,
        word: word.as_bytes(),
        rules,
        max_changes,
        buf: Vec::with_capacity(word.len() + 8),
        out,
    };
    search.visit(0, nodes.root(), 0, 0);
    // Different rule paths can spell the same form.
    merge_duplicates(out, start);
}

/// Walks the fst for forms exactly one edit away from a word: one substitution, deletion or
/// insertion, with letters from `alphabet`. The prefix before the edit is shared by every
/// branch, and each branch stops as soon as the fst has no continuation.
struct OneEdit<'a, 'w> {
    nodes: Nodes<'a>,
    word: &'w [u8],
    alphabet: &'a [[u8; 4]],
    buf: Vec<u8>,
    out: &'a mut Vec<Reading>,
}

impl OneEdit<'_, '_> {
    /// At byte `pos` of the word, `node` in the fst, with the one edit spent: the rest of the
    /// word must follow as written, so it is one straight walk, and the candidate is only
    /// spelled out when it ends on a whole form.
    fn finish(&mut self, pos: usize, mut node: usize, mut acc: u64) {
        let rest = self.word.get(pos..).unwrap_or(&[]);
        for &b in rest {
            let Some((next, out)) = self.nodes.step(node, b) else {
                return;
            };
            node = next;
            acc = acc.wrapping_add(out);
        }
        let Some(last) = self.nodes.final_output(node) else {
            return;
        };
        let mut word = Vec::with_capacity(self.buf.len() + rest.len());
        word.extend_from_slice(&self.buf);
        word.extend_from_slice(rest);
        // Only whole UTF-8 characters were appended, so this cannot fail.
        if let Ok(word) = String::from_utf8(word) {
            self.out.push(Reading {
                word,
                frequency: crate::lexicon::to_u32(acc.wrapping_add(last)),
                changes: 1,
            });
        }
    }

    /// At byte `pos` of the word, `node` in the fst, the edit not yet made.
    fn visit(&mut self, pos: usize, node: usize, acc: u64) {
        let rest = self.word.get(pos..).unwrap_or(&[]);
        let current = rest
            .first()
            .and_then(|&b| rest.get(..utf8_len(b)))
            .unwrap_or(&[]);
        // Which first bytes the node goes on with: most letters end here, deep in a word.
        let mut present = [0u64; 4];
        self.nodes.for_each_input(node, |inp| {
            if let Some(word) = present.get_mut(usize::from(inp >> 6)) {
                *word |= 1 << (inp & 63);
            }
        });
        let alphabet = self.alphabet;
        for letter in alphabet {
            let first = letter[0];
            if present[usize::from(first >> 6)] & (1 << (first & 63)) == 0 {
                continue;
            }
            let letter = &letter[..utf8_len(first)];
            // Insertion before the current character, then substitution of it: one
            // step down the fst serves both.
            let mark = self.buf.len();
            if let Some((next, next_acc)) = follow(self.nodes, node, acc, letter, &mut self.buf) {
                self.finish(pos, next, next_acc);
                if !current.is_empty() && letter != current {
                    self.finish(pos + current.len(), next, next_acc);
                }
            }
            self.buf.truncate(mark);
        }
        if !current.is_empty() {
            // Deletion of it; then the character kept, the edit made further on.
            self.finish(pos + current.len(), node, acc);
            let mark = self.buf.len();
            if let Some((node, acc)) = follow(self.nodes, node, acc, current, &mut self.buf) {
                self.visit(pos + current.len(), node, acc);
            }
            self.buf.truncate(mark);
        }
    }
}

pub(crate) fn one_edit(
    nodes: Option<Nodes<'_>>,
    word: &str,
    alphabet: &[char],
    out: &mut Vec<Reading>,
) {
    let Some(nodes) = nodes else { return };
    if word.len() > MAX_WORD_BYTES {
        return;
    }
    let alphabet: Vec<[u8; 4]> = alphabet
        .iter()
        .map(|c| {
            let mut b = [0u8; 4];
            c.encode_utf8(&mut b);
            b
        })
        .collect();
    let start = out.len();
    let mut search = OneEdit {
        nodes,
        word: word.as_bytes(),
        alphabet: &alphabet,
        buf: Vec::with_capacity(word.len() + 4),
        out,
    };
    search.visit(0, nodes.root(), 0);
    // A doubled letter can be deleted or inserted at either of its places.
    merge_duplicates(out, start);
}

/// Sorts `out[start..]` by form and keeps each form once, with its fewest changes and its
/// highest frequency.
pub(crate) fn merge_duplicates(out: &mut Vec<Reading>, start: usize) {
    if let Some(found) = out.get_mut(start..) {
        found.sort_unstable_by(|a, b| a.word.cmp(&b.word).then(a.changes.cmp(&b.changes)));
    }
    let mut kept = start;
    for i in start..out.len() {
        let same =
            kept > start && out.get(i).map(|r| &r.word) == out.get(kept - 1).map(|r| &r.word);
        if same {
            let frequency = out.get(i).map_or(0, |r| r.frequency);
            if let Some(prev) = out.get_mut(kept - 1) {
                prev.frequency = prev.frequency.max(frequency);
            }
        } else {
            out.swap(kept, i);
            kept += 1;
        }
    }
    out.truncate(kept);
}
