//! The normaliser's view of the Swedish lexicon: word frequencies, names and prefixes.
//! Keeps the rest of the crate independent of how the lexicon is owned.

use std::sync::Arc;

use delaktig_lexicon_sv::Lexicon;

/// Where the normaliser looks words up.
#[derive(Clone)]
pub(crate) enum Words {
    Static(&'static Lexicon),
    Shared(Arc<Lexicon>),
}

impl Words {
    fn lexicon(&self) -> &Lexicon {
        match self {
            Words::Static(l) => l,
            Words::Shared(l) => l,
        }
    }

    /// Frequency per billion of a lower-case form; `None` when unknown.
    #[inline]
    pub(crate) fn frequency(&self, word: &str) -> Option<u32> {
        self.lexicon().frequency(word)
    }

    /// Frequency of a capitalised proper name; `None` when unknown.
    #[inline]
    pub(crate) fn name_frequency(&self, name: &str) -> Option<u32> {
        self.lexicon().name_frequency(name)
    }

    /// Calls `f(byte_len, frequency)` for every prefix of `word` (lower-case) that is a known
    /// form, shortest first.
    pub(crate) fn for_each_prefix(&self, word: &str, mut f: impl FnMut(usize, u32)) {
        let lex = self.lexicon();
        for (i, _) in word.char_indices().skip(1) {
            if let Some(prefix) = word.get(..i)
                && let Some(freq) = lex.frequency(prefix)
            {
                f(i, freq);
            }
        }
        if let Some(freq) = lex.frequency(word) {
            f(word.len(), freq);
        }
    }
}
