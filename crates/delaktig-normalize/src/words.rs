//! The normaliser's view of the Swedish lexicon: word frequencies, names and compound
//! analysis, through a [`Vocabulary`] (the embedded lexicon plus the caller's additions).

use delaktig_lexicon_sv::Vocabulary;

/// Where the normaliser looks words up.
#[derive(Clone)]
pub(crate) struct Words(pub Vocabulary);

impl Words {
    /// Frequency per billion of a lower-case form; `None` when unknown.
    #[inline]
    pub(crate) fn frequency(&self, word: &str) -> Option<u32> {
        self.0.frequency(word)
    }

    /// Frequency of a capitalised proper name; `None` when unknown.
    #[inline]
    pub(crate) fn name_frequency(&self, name: &str) -> Option<u32> {
        self.0.name_frequency(name)
    }

    /// Reads `lower` as a compound of known parts (fewest parts): `(parts, sum of ln(1 +
    /// frequency) of the parts)`. Compound heads that are not words count as moderately common.
    pub(crate) fn compound(&self, lower: &str) -> Option<(usize, f32)> {
        let split = self.0.split_compound(lower)?;
        let mut parts = 0;
        let mut sum = 0.0;
        for stem in split.stems(lower) {
            parts += 1;
            sum += self.frequency(stem).map_or(6.0, |f| (f as f32 + 1.0).ln());
        }
        (parts >= 2).then_some((parts, sum))
    }
}
