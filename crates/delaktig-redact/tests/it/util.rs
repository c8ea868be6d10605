//! Helpers shared by the test modules.

use delaktig_redact::{Certainty, Kind, RedactOptions, Redactor};

/// (matched text, kind, certainty) of every finding, in input order.
pub fn findings(redactor: &Redactor, text: &str) -> Vec<(String, Kind, Certainty)> {
    redactor
        .find(text)
        .into_iter()
        .map(|f| (text[f.span].to_string(), f.kind, f.certainty))
        .collect()
}

/// A redactor that keeps the given public names.
pub fn with_public(names: &[&str]) -> Redactor {
    Redactor::new(RedactOptions {
        public_names: names.iter().map(|s| s.to_string()).collect(),
        ..RedactOptions::default()
    })
    .expect("valid public names")
}

/// Luhn check digit for a personnummer payload of nine digits.
pub fn check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let p = u32::from(d) * if i % 2 == 0 { 2 } else { 1 };
            p / 10 + p % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}
