//! Word error rate against a clean reference, for evaluating the normaliser (the `eval`
//! example and the accuracy tests). Words are maximal runs of letters and digits; case and
//! diacritics count, punctuation and layout do not. Two word sequences are aligned by
//! Levenshtein distance over whole words (substitution, insertion, deletion each cost 1).

/// The words of `text`, in order.
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Result of aligning a hypothesis against a reference.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alignment {
    /// Number of reference words.
    pub reference_words: usize,
    /// Substitutions + insertions + deletions.
    pub errors: usize,
    /// For each reference word: whether the hypothesis has exactly that word aligned to it.
    pub correct: Vec<bool>,
    /// The differences, in order: (reference index, hypothesis index), `None` for a word
    /// missing on that side.
    pub differences: Vec<(Option<usize>, Option<usize>)>,
}

impl Alignment {
    /// Word error rate (errors / reference words), 0 for an empty reference.
    pub fn wer(&self) -> f64 {
        if self.reference_words == 0 {
            0.0
        } else {
            self.errors as f64 / self.reference_words as f64
        }
    }
}

/// Aligns `hyp` against `reference` word by word.
pub fn align(reference: &[&str], hyp: &[&str]) -> Alignment {
    let (n, m) = (reference.len(), hyp.len());
    // Full table: texts here are notes of a few thousand words at most.
    let w = m + 1;
    let mut d = vec![0u32; (n + 1) * w];
    for (j, cell) in d.iter_mut().take(m + 1).enumerate() {
        *cell = j as u32;
    }
    for i in 1..=n {
        d[i * w] = i as u32;
        for j in 1..=m {
            let sub = d[(i - 1) * w + j - 1] + u32::from(reference[i - 1] != hyp[j - 1]);
            let del = d[(i - 1) * w + j] + 1;
            let ins = d[i * w + j - 1] + 1;
            d[i * w + j] = sub.min(del).min(ins);
        }
    }
    let mut correct = vec![false; n];
    let mut differences = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let here = d[i * w + j];
        if i > 0 && j > 0 {
            let same = reference[i - 1] == hyp[j - 1];
            if here == d[(i - 1) * w + j - 1] + u32::from(!same) {
                correct[i - 1] = same;
                if !same {
                    differences.push((Some(i - 1), Some(j - 1)));
                }
                i -= 1;
                j -= 1;
                continue;
            }
        }
        if i > 0 && here == d[(i - 1) * w + j] + 1 {
            differences.push((Some(i - 1), None));
            i -= 1;
        } else {
            differences.push((None, Some(j - 1)));
            j -= 1;
        }
    }
    differences.reverse();
    Alignment {
        reference_words: n,
        errors: d[n * w + m] as usize,
        correct,
        differences,
    }
}

/// Share of the reference words `before` had right that `after` gets wrong, as
/// (broken, previously correct).
pub fn broken(before: &Alignment, after: &Alignment) -> (usize, usize) {
    let mut was = 0;
    let mut broke = 0;
    for (b, a) in before.correct.iter().zip(&after.correct) {
        if *b {
            was += 1;
            if !*a {
                broke += 1;
            }
        }
    }
    (broke, was)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_punctuation_and_layout() {
        assert_eq!(
            words("På mötet:\n- Åke, (SIP) 12.30"),
            ["På", "mötet", "Åke", "SIP", "12", "30"]
        );
    }

    #[test]
    fn wer_counts_substitutions_insertions_deletions() {
        let r = ["vi", "ses", "på", "mötet"];
        assert_eq!(align(&r, &r).errors, 0);
        assert_eq!(align(&r, &["vi", "ses", "pa", "mötet"]).errors, 1);
        assert_eq!(align(&r, &["vi", "ses", "mötet"]).errors, 1);
        assert_eq!(align(&r, &["vi", "ses", "på", "på", "mötet"]).errors, 1);
        let a = align(&r, &["vi", "ses", "pa", "mötet"]);
        assert_eq!(a.correct, [true, true, false, true]);
        assert!((a.wer() - 0.25).abs() < 1e-9);
    }

    #[test]
    fn broken_counts_words_made_wrong() {
        let r = ["a", "b", "c"];
        let before = align(&r, &["a", "x", "c"]);
        let after = align(&r, &["a", "b", "y"]);
        assert_eq!(broken(&before, &after), (1, 2));
    }
}
