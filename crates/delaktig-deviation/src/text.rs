//! Checked texts: the justification of an unresolved or reopened deviation and the outcome
//! of a resolved one.
//!
//! Both exist only after validation, so a follow-up move that carries one has, by
//! construction, a real written text. The rules are the proposal domain's: not empty, not a
//! placeholder ("-", "n/a", "ok", "saknas", …), at least a configurable number of words.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Texts that say nothing. Compared after trimming, lowercasing and dropping end punctuation.
const PLACEHOLDERS: &[&str] = &[
    "-",
    "--",
    "---",
    ".",
    "..",
    "...",
    "?",
    "!",
    "x",
    "xx",
    "xxx",
    "n/a",
    "na",
    "n.a",
    "ok",
    "okej",
    "okay",
    "saknas",
    "inget",
    "ingen",
    "inga",
    "nej",
    "no",
    "ej",
    "none",
    "null",
    "tbd",
    "todo",
    "se ovan",
    "see above",
    "vet ej",
    "vet inte",
    "ingen motivering",
    "no reason",
    "ej aktuellt",
    "inte aktuellt",
    "löst",
    "klart",
    "klar",
    "fixat",
    "åtgärdat",
    "done",
    "resolved",
    "ej löst",
    "inte löst",
];

/// Rules a justification or outcome must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct JustificationRules {
    /// Fewest words (runs of letters or digits) the text must have.
    pub min_words: usize,
}

impl Default for JustificationRules {
    /// At least three words.
    fn default() -> Self {
        JustificationRules { min_words: 3 }
    }
}

impl JustificationRules {
    /// The floor applied when reading stored data: not empty, not a placeholder, one word.
    /// Stored texts were checked with the rules in force when they were written.
    pub const BASELINE: JustificationRules = JustificationRules { min_words: 1 };

    /// Checks a text; returns it trimmed.
    pub fn check(&self, text: &str) -> Result<String, TextError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(TextError::Empty);
        }
        let key = t
            .trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '/')
            .trim()
            .to_lowercase();
        if PLACEHOLDERS.contains(&key.as_str()) || !t.chars().any(char::is_alphanumeric) {
            return Err(TextError::Placeholder(t.to_owned()));
        }
        let words = count_words(t);
        let min = self.min_words.max(1);
        if words < min {
            return Err(TextError::TooShort { words, min });
        }
        Ok(t.to_owned())
    }
}

/// Counts runs of letters or digits: "n/a" is two words, "2024" one.
pub fn count_words(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// Why a text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// Nothing was written.
    #[error("it is empty")]
    Empty,
    /// A placeholder that says nothing.
    #[error("\"{0}\" is a placeholder, not a reason: write what happened and why")]
    Placeholder(String),
    /// Too few words.
    #[error("at least {min} words are needed, got {words}")]
    TooShort {
        /// Words in the text.
        words: usize,
        /// Words required.
        min: usize,
    },
}

macro_rules! checked_text {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validates `text` against `rules`.
            pub fn new(text: &str, rules: &JustificationRules) -> Result<Self, TextError> {
                rules.check(text).map(Self)
            }
            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = TextError;
            /// Validates against [`JustificationRules::BASELINE`] (used when reading stored data).
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::new(&s, &JustificationRules::BASELINE)
            }
        }

        impl From<$name> for String {
            fn from(j: $name) -> String {
                j.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

checked_text!(
    /// Why a deviation could not be resolved, or why a closed one is reopened.
    ///
    /// ```
    /// use delaktig_deviation::{Justification, JustificationRules};
    /// let rules = JustificationRules::default();
    /// assert!(Justification::new("saknas", &rules).is_err());
    /// assert!(Justification::new("Regionen avböjde gemensamt möte", &rules).is_ok());
    /// ```
    Justification
);
checked_text!(
    /// What the parties agreed when a deviation was resolved in dialogue.
    Outcome
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_short_texts_are_refused() {
        let r = JustificationRules::default();
        assert_eq!(Justification::new("  ", &r), Err(TextError::Empty));
        for p in [
            "-", "n/a", "N/A.", "ok", "OK!", "saknas", "Löst", "...", "??",
        ] {
            assert!(
                matches!(Justification::new(p, &r), Err(TextError::Placeholder(_))),
                "{p}"
            );
        }
        assert_eq!(
            Outcome::new("Möte hölls", &r),
            Err(TextError::TooShort { words: 2, min: 3 })
        );
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
