//! The normaliser's view of the Swedish lexicon: word frequencies, names and compound
//! analysis, through a [`Vocabulary`] (the embedded lexicon plus the caller's additions).
//! The costly analyses (compound splits, misread searches) are remembered across calls.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use delaktig_lexicon_sv::Vocabulary;

/// Entries a memo holds before it starts afresh: bounds its memory (a few MB) whatever the
/// input, while notes on one subject keep hitting the forms they share.
const MEMO_LIMIT: usize = 1 << 16;

/// A compound reading: `(parts, sum of ln(1 + frequency) of the parts)`.
pub(crate) type CompoundReading = Option<(usize, f32)>;
/// A misread correction: `(score, lower-case word)`.
pub(crate) type MisreadReading = Option<(f32, String)>;

/// Results that depend only on the vocabulary, which never changes after construction, so
/// they hold for every document. SipHash (the std default) keeps keys from untrusted text
/// from being able to force collisions in a long-lived table.
#[derive(Default)]
struct Memo {
    compounds: Mutex<HashMap<Box<str>, CompoundReading>>,
    misreads: Mutex<HashMap<Box<str>, MisreadReading>>,
}

/// Looks `key` up in `table`, computing and storing it when absent. A poisoned lock only
/// means another thread panicked mid-insert; the table itself is still consistent.
fn remember<V: Clone>(
    table: &Mutex<HashMap<Box<str>, V>>,
    key: &str,
    compute: impl FnOnce() -> V,
) -> V {
    if let Some(v) = table
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(key)
    {
        return v.clone();
    }
    // Computed outside the lock: other threads keep using the table meanwhile.
    let v = compute();
    let mut t = table.lock().unwrap_or_else(PoisonError::into_inner);
    if t.len() >= MEMO_LIMIT {
        t.clear();
    }
    t.insert(key.into(), v.clone());
    v
}

/// Where the normaliser looks words up.
#[derive(Clone)]
pub(crate) struct Words {
    vocabulary: Vocabulary,
    memo: Arc<Memo>,
}

impl Words {
    /// Lookups in `vocabulary`, with empty memos.
    pub(crate) fn new(vocabulary: Vocabulary) -> Words {
        Words {
            vocabulary,
            memo: Arc::default(),
        }
    }

    /// Frequency per billion of a lower-case form; `None` when unknown.
    #[inline]
    pub(crate) fn frequency(&self, word: &str) -> Option<u32> {
        self.vocabulary.frequency(word)
    }

    /// Frequency of a capitalised proper name; `None` when unknown.
    #[inline]
    pub(crate) fn name_frequency(&self, name: &str) -> Option<u32> {
        self.vocabulary.name_frequency(name)
    }

    /// Reads `lower` as a compound of known parts (fewest parts): `(parts, sum of ln(1 +
    /// frequency) of the parts)`. Compound heads that are not words count as moderately common.
    pub(crate) fn compound(&self, lower: &str) -> CompoundReading {
        remember(&self.memo.compounds, lower, || self.split_uncached(lower))
    }

    /// Like [`Words::compound`] without the memo, for strings unlikely to recur (it would
    /// only crowd out the ones that do).
    pub(crate) fn split_uncached(&self, lower: &str) -> CompoundReading {
        let split = self.vocabulary.split_compound(lower)?;
        let mut parts = 0;
        let mut sum = 0.0;
        for stem in split.stems(lower) {
            parts += 1;
            sum += self.frequency(stem).map_or(6.0, |f| (f as f32 + 1.0).ln());
        }
        (parts >= 2).then_some((parts, sum))
    }

    /// The misread correction of `lower` that `search` finds, remembered: `search` must
    /// depend on nothing but `lower` and this vocabulary.
    pub(crate) fn misread(
        &self,
        lower: &str,
        search: impl FnOnce() -> MisreadReading,
    ) -> MisreadReading {
        remember(&self.memo.misreads, lower, search)
    }
}
