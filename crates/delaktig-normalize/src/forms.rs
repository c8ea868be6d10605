//! The document's word forms: each distinct spelling of a word token gets one id, given once
//! after tokenising, so that the passes after it find what they know of a spelling by index
//! instead of hashing the same strings again, token after token and pass after pass.

use std::borrow::Cow;
use std::hash::Hasher;

use crate::FxHasher;
use crate::token::{Kind, Token};
use crate::words::Words;

/// Room made up front for distinct spellings: what a long note holds (a longer document's
/// table grows as it must).
const MAX_AHEAD: usize = 16 * 1024;

/// The distinct spellings of a document's word tokens, by id in order of first occurrence.
pub(crate) struct Forms<'a> {
    /// Per token: its spelling's id, or [`Forms::NONE`] for a number or `&`.
    ids: Vec<u32>,
    /// Per id: the spelling, and how many tokens have it.
    spellings: Vec<(&'a str, u32)>,
    /// Per id: the spelling lower-cased ([`crate::text::lower`]), which the context rules read of
    /// every neighbour.
    lowers: Vec<Cow<'a, str>>,
    /// Per id: what the word passes ask of every occurrence.
    facts: Vec<Facts>,
    /// Open addressing: ids (plus one; 0 is empty) with a tag from their hashes, at most
    /// half full.
    table: Vec<(u32, u32)>,
}

/// What the word passes ask of a spelling, worked out once per document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Facts {
    /// The context rules cover it ([`crate::context_covers`]).
    pub(crate) covered: bool,
    /// It is on the English list ([`crate::english_word`]).
    pub(crate) listed: bool,
}

impl Facts {
    /// The facts of `word`.
    pub(crate) fn of(word: &str) -> Facts {
        Facts {
            covered: crate::context_covers(word),
            listed: crate::english_word(word),
        }
    }
}

/// Where `word` goes first in a table of `len` slots (a power of two), and its tag: from the
/// high bits of its hash, which the multiplication mixes well (its low bits depend on the
/// low bits of the word alone).
#[inline]
fn place(word: &str, len: usize) -> (usize, u32) {
    let mut hasher = FxHasher::default();
    hasher.write(word.as_bytes());
    let hash = hasher.finish();
    let bits = len.trailing_zeros();
    let at = hash.checked_shr(64 - bits).unwrap_or(0) as usize;
    (at, (hash >> 16) as u32)
}

impl<'a> Forms<'a> {
    /// The id of no spelling.
    const NONE: u32 = u32::MAX;

    /// The forms of the word tokens of `laid`.
    #[cfg(test)]
    pub(crate) fn of(laid: &'a str, tokens: &[Token]) -> Forms<'a> {
        Self::with(laid, tokens, |word| {
            (Facts::of(word), crate::text::lower(word))
        })
    }

    /// The forms of the word tokens of `laid`, with what is asked of each spelling and its
    /// lower case remembered by `words` across documents.
    pub(crate) fn remembered(laid: &'a str, tokens: &[Token], words: &Words) -> Forms<'a> {
        Self::with(laid, tokens, |word| {
            let (facts, lower) = words.spelling(word);
            let lower = lower.map_or(Cow::Borrowed(word), |l| Cow::Owned(l.into_string()));
            (facts, lower)
        })
    }

    /// The forms of the word tokens of `laid`, with the facts and the lower case of each
    /// spelling from `spelling`.
    fn with(
        laid: &'a str,
        tokens: &[Token],
        mut spelling: impl FnMut(&'a str) -> (Facts, Cow<'a, str>),
    ) -> Forms<'a> {
        let room = (tokens.len() / 2).min(MAX_AHEAD);
        let mut spellings: Vec<(&str, u32)> = Vec::with_capacity(room);
        let mut lowers: Vec<Cow<'a, str>> = Vec::with_capacity(room);
        let mut facts: Vec<Facts> = Vec::with_capacity(room);
        // One hash per token and, for all but a new spelling, one comparison of strings.
        let mut table: Vec<(u32, u32)> = vec![(0, 0); (room * 2).next_power_of_two().max(64)];
        let ids = tokens
            .iter()
            .map(|t| {
                let Some(word) = laid.get(t.span.clone()).filter(|_| t.kind == Kind::Word) else {
                    return Self::NONE;
                };
                let (mut at, tag) = place(word, table.len());
                let mask = table.len() - 1;
                loop {
                    match table.get(at) {
                        Some(&(0, _)) | None => break,
                        Some(&(id, t)) => {
                            let id = id - 1;
                            if t == tag
                                && spellings.get(id as usize).is_some_and(|&(w, _)| w == word)
                            {
                                if let Some((_, n)) = spellings.get_mut(id as usize) {
                                    *n += 1;
                                }
                                return id;
                            }
                        }
                    }
                    at = (at + 1) & mask;
                }
                // A new spelling (ids stay below `NONE`: a section has far fewer words).
                let Ok(id) = u32::try_from(spellings.len()) else {
                    return Self::NONE;
                };
                if id >= Self::NONE - 1 {
                    return Self::NONE;
                }
                spellings.push((word, 1));
                let (word_facts, lower) = spelling(word);
                lowers.push(lower);
                facts.push(word_facts);
                if let Some(slot) = table.get_mut(at) {
                    *slot = (id + 1, tag);
                }
                if spellings.len() * 2 > table.len() {
                    table = Self::grown(&table, &spellings);
                }
                id
            })
            .collect();
        Forms {
            ids,
            spellings,
            lowers,
            facts,
            table,
        }
    }

    /// The id of the spelling `word`, if a word token has it.
    pub(crate) fn find(&self, word: &str) -> Option<usize> {
        let (mut at, tag) = place(word, self.table.len());
        let mask = self.table.len().checked_sub(1)?;
        loop {
            let &(id, t) = self.table.get(at)?;
            let id = (id as usize).checked_sub(1)?;
            if t == tag && self.spellings.get(id).is_some_and(|&(w, _)| w == word) {
                return Some(id);
            }
            at = (at + 1) & mask;
        }
    }

    /// `table` at twice its size, every id placed anew.
    fn grown(table: &[(u32, u32)], spellings: &[(&str, u32)]) -> Vec<(u32, u32)> {
        let mut bigger = vec![(0, 0); table.len() * 2];
        let mask = bigger.len() - 1;
        for (id, &(word, _)) in (1u32..).zip(spellings) {
            let (mut at, tag) = place(word, bigger.len());
            while bigger.get(at).is_some_and(|&(taken, _)| taken != 0) {
                at = (at + 1) & mask;
            }
            if let Some(slot) = bigger.get_mut(at) {
                *slot = (id, tag);
            }
        }
        bigger
    }

    /// The id of token `i`'s spelling, if it is a word.
    #[inline]
    pub(crate) fn id(&self, i: usize) -> Option<usize> {
        self.ids
            .get(i)
            .filter(|&&id| id != Self::NONE)
            .map(|&id| id as usize)
    }

    /// Token `i`'s text lower-cased, if it is a word.
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> Option<&str> {
        self.lowers.get(self.id(i)?).map(AsRef::as_ref)
    }

    /// What the word passes ask of token `i`'s text, if it is a word.
    #[inline]
    pub(crate) fn facts(&self, i: usize) -> Option<Facts> {
        self.facts.get(self.id(i)?).copied()
    }

    /// How many distinct spellings there are.
    pub(crate) fn len(&self) -> usize {
        self.spellings.len()
    }

    /// Each spelling with its number of tokens, in order of first occurrence.
    pub(crate) fn spellings(&self) -> impl Iterator<Item = (&'a str, u32)> + '_ {
        self.spellings.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn the_table_grows_and_finds_every_spelling() {
        let text: String = (0..300).map(|n| format!("ord{n} ")).collect();
        let tokens = tokenize(&text);
        let forms = Forms::of(&text, &tokens);
        assert_eq!(forms.len(), 300);
        for (i, (word, n)) in forms.spellings().enumerate() {
            assert_eq!(forms.find(word), Some(i));
            assert_eq!(forms.id(i), Some(i));
            assert_eq!(n, 1);
        }
    }

    #[test]
    fn each_spelling_has_one_id_in_order_of_first_occurrence() {
        let text = "Vi och ni och 12 Vi & vi";
        let tokens = tokenize(text);
        let forms = Forms::of(text, &tokens);
        let ids: Vec<Option<usize>> = (0..tokens.len()).map(|i| forms.id(i)).collect();
        assert_eq!(
            ids,
            [
                Some(0),
                Some(1),
                Some(2),
                Some(1),
                None,
                Some(0),
                None,
                Some(3)
            ]
        );
        let spellings: Vec<(&str, u32)> = forms.spellings().collect();
        assert_eq!(spellings, [("Vi", 2), ("och", 2), ("ni", 1), ("vi", 1)]);
        assert_eq!(forms.len(), 4);
        assert_eq!(forms.find("ni"), Some(2));
        assert_eq!(forms.find("Ni"), None);
        assert_eq!(forms.find("12"), None);
        assert_eq!(forms.lower(0), Some("vi"));
        assert_eq!(forms.lower(1), Some("och"));
        assert_eq!(forms.lower(4), None);
        for i in 0..tokens.len() {
            let facts = forms.facts(i);
            let word = &text[tokens[i].span.clone()];
            assert_eq!(facts.is_some(), forms.id(i).is_some());
            assert!(facts.is_none_or(|f| f == Facts::of(word)));
        }
        assert_eq!(forms.id(99), None);
    }
}
