//! Checked texts, shared with the proposal domain: a [`Justification`] for an unresolved or
//! reopened deviation, an [`Outcome`] for a resolved one.
//!
//! Both come from `delaktig-core`, so a "no" is checked by the same rules (not empty, not a
//! placeholder such as "-", "n/a", "ok" or "saknas", at least three words by default)
//! whether it closes a proposal or a deviation.

pub use delaktig_core::{Justification, JustificationRules, Outcome, TextError, count_words};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_short_texts_are_refused() {
        let r = JustificationRules::default();
        assert_eq!(Justification::new("  ", &r), Err(TextError::Empty));
        for p in ["-", "n/a", "N/A.", "ok", "OK!", "saknas", "...", "??"] {
            assert!(
                matches!(Justification::new(p, &r), Err(TextError::Placeholder(_))),
                "{p}"
            );
        }
        assert_eq!(
            Outcome::new("Möte hölls", &r),
            Err(TextError::TooShort { words: 2, min: 3 })
        );
        assert!(Outcome::new("Löst", &r).is_err());
        let ok = Outcome::new("  Rutin för återkoppling antagen  ", &r).unwrap();
        assert_eq!(ok.as_str(), "Rutin för återkoppling antagen");
    }

    #[test]
    fn stored_texts_are_checked_against_the_baseline() {
        assert!(serde_json::from_str::<Justification>("\"Avböjt\"").is_ok());
        assert!(serde_json::from_str::<Justification>("\"n/a\"").is_err());
        assert!(serde_json::from_str::<Outcome>("\"\"").is_err());
    }
}
