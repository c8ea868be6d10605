//! Checked texts: justifications and outcome summaries.
//!
//! A `Justification` or `Outcome` exists only after validation, so a transition that
//! carries one has, by construction, a real written reason.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Texts that say nothing and are refused as justification ("-", "n/a", "saknas", …).
/// Compared after trimming, lowercasing and removing trailing punctuation.
const PLACEHOLDERS: &[&str] = &[
    "",
    "-",
    "--",
    "---",
    ".",
    "..",
    "...",
    "?",
    "??",
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
    "nothing",
    "null",
    "tbd",
    "todo",
    "tba",
    "se ovan",
    "see above",
    "vet ej",
    "vet inte",
    "ingen motivering",
    "no reason",
    "ej aktuellt",
    "inte aktuellt",
    "avslag",
    "avslagen",
    "rejected",
    "nope",
];

/// Rules a justification or outcome must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct JustificationRules {
    /// Fewest words (runs of letters or digits) a justification must have.
    pub min_words: usize,
}

impl Default for JustificationRules {
    /// At least three words.
    fn default() -> Self {
        Self { min_words: 3 }
    }
}

impl JustificationRules {
    /// The floor applied when reading stored data: not empty, not a placeholder, one word.
    /// Stored texts were checked with the rules in force when they were written.
    pub const BASELINE: JustificationRules = JustificationRules { min_words: 1 };

    /// Checks a text against the rules; returns it trimmed.
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

/// Counts runs of letters or digits; "n/a" is two, "e-tjänst" two, "2019" one.
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
    #[error("\"{0}\" is a placeholder, not a reason: write what was decided and why")]
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
    /// A written reason for a "no", a pause, a withdrawal, a merge or a reopening.
    ///
    /// ```
    /// use delaktig_core::{Justification, JustificationRules};
    /// let rules = JustificationRules::default();
    /// assert!(Justification::new("n/a", &rules).is_err());
    /// assert!(Justification::new("Ryms inte i budget 2025", &rules).is_ok());
    /// ```
    Justification
);
checked_text!(
    /// What was done when a proposal was implemented.
    Outcome
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_alphanumeric_runs() {
        assert_eq!(count_words("  "), 0);
        assert_eq!(count_words("Ryms inte i budgeten."), 4);
        assert_eq!(count_words("e-tjänst, på plats"), 4);
    }
}
