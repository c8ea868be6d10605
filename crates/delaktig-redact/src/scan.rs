//! Small byte-level helpers shared by the detectors: boundary checks that
//! never slice inside a `char`, and the candidate type every detector emits.

use std::ops::Range;

use crate::finding::{Certainty, Flag, Kind};

/// What a detector proposes; the redactor resolves overlaps and numbers names.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub span: Range<usize>,
    pub kind: Kind,
    pub certainty: Certainty,
    /// For names: the key of the person (lower-case full name), so every
    /// mention of one person gets one placeholder.
    pub person: Option<String>,
}

impl Candidate {
    pub fn new(span: Range<usize>, kind: Kind, certainty: Certainty) -> Self {
        Candidate {
            span,
            kind,
            certainty,
            person: None,
        }
    }
}

/// Where detectors put what they find.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub candidates: Vec<Candidate>,
    pub flags: Vec<Flag>,
}

impl Sink {
    pub fn push(&mut self, span: Range<usize>, kind: Kind, certainty: Certainty) {
        self.candidates.push(Candidate::new(span, kind, certainty));
    }
}

/// The `char` ending at byte `i` (exclusive), if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The `char` starting at byte `i`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether `c` continues a word or a number (so a match next to it is part of
/// something longer and not a datum of its own).
pub(crate) fn is_wordish(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True if nothing word-like touches byte `i` from the left.
pub(crate) fn left_boundary(text: &str, i: usize) -> bool {
    char_before(text, i).is_none_or(|c| !is_wordish(c))
}

/// True if nothing word-like touches byte `i` from the right.
pub(crate) fn right_boundary(text: &str, i: usize) -> bool {
    char_at(text, i).is_none_or(|c| !is_wordish(c))
}

/// Standard Luhn (mod 10) check over ASCII digit values 0..=9, rightmost
/// digit being the check digit.
pub(crate) fn luhn_valid(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let d = u32::from(d);
        if i % 2 == 1 {
            let p = d * 2;
            sum += if p > 9 { p - 9 } else { p };
        } else {
            sum += d;
        }
    }
    sum.is_multiple_of(10)
}

#[cfg(test)]
/// The check digit that makes `payload` + digit pass [`luhn_valid`].
pub(crate) fn luhn_check_digit(payload: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &d) in payload.iter().rev().enumerate() {
        let d = u32::from(d);
        if i % 2 == 0 {
            let p = d * 2;
            sum += if p > 9 { p - 9 } else { p };
        } else {
            sum += d;
        }
    }
    ((10 - sum % 10) % 10) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_known_values() {
        // 811218-9876 is the Swedish Tax Agency's textbook example.
        let d: Vec<u8> = b"8112189876".iter().map(|b| b - b'0').collect();
        assert!(luhn_valid(&d));
        assert_eq!(luhn_check_digit(&d[..9]), 6);
        let bad: Vec<u8> = b"8112189875".iter().map(|b| b - b'0').collect();
        assert!(!luhn_valid(&bad));
    }

    #[test]
    fn boundaries_never_split_chars() {
        let t = "åå";
        assert_eq!(char_before(t, 1), None);
        assert_eq!(char_at(t, 1), None);
        assert!(!left_boundary(t, 2));
    }
}
