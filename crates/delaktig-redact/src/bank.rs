//! Bank accounts, bankgiro and plusgiro numbers. Bare digit groups like
//! "1200-1300" are far more often ranges, years or amounts than accounts, so
//! these numbers are only taken after a label ("bankgiro", "BG", "PG",
//! "kontonummer", "clearing", ...): each digit run looks a few bytes to its
//! left for one, which is cheaper than searching all labels. IBANs
//! carry their own proof (mod 97) and need no label.

use crate::finding::{Certainty, Kind};
use crate::scan::{Sink, left_boundary, luhn_valid, right_boundary};

/// Labels, longest first within a family, and the kind of number they announce.
const LABELS: &[(&str, Kind)] = &[
    ("bankgironummer", Kind::Bankgiro),
    ("bankgironr", Kind::Bankgiro),
    ("bankgirot", Kind::Bankgiro),
    ("bankgiro", Kind::Bankgiro),
    ("bg-nr", Kind::Bankgiro),
    ("bg", Kind::Bankgiro),
    ("plusgironummer", Kind::Plusgiro),
    ("plusgironr", Kind::Plusgiro),
    ("plusgirot", Kind::Plusgiro),
    ("plusgiro", Kind::Plusgiro),
    ("postgiro", Kind::Plusgiro),
    ("pg-nr", Kind::Plusgiro),
    ("pg", Kind::Plusgiro),
    ("bankkontonummer", Kind::BankAccount),
    ("bankkonto", Kind::BankAccount),
    ("kontonummer", Kind::BankAccount),
    ("kontonr", Kind::BankAccount),
    ("kontot", Kind::BankAccount),
    ("konto", Kind::BankAccount),
    ("kto", Kind::BankAccount),
    ("clearingnummer", Kind::BankAccount),
    ("clearingnr", Kind::BankAccount),
    ("clearing", Kind::BankAccount),
];

/// The label family of `word` (any case), if it is a label.
fn label_kind(word: &[u8]) -> Option<Kind> {
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    LABELS
        .iter()
        .find(|(l, _)| l.as_bytes() == &*lower)
        .map(|&(_, k)| k)
}

/// Looks left of a number starting at `start` for its label: separators,
/// an optional "nr"/"nummer", then a label word. Returns the label's kind.
fn label_before(bytes: &[u8], start: usize) -> Option<Kind> {
    let skip_seps = |mut j: usize| {
        while j > 0 && matches!(bytes.get(j - 1), Some(b' ' | b':' | b'.' | b'#' | b'\t')) {
            j -= 1;
        }
        j
    };
    let word_start = |end: usize| {
        let mut j = end;
        while j > 0
            && bytes
                .get(j - 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'-')
        {
            j -= 1;
        }
        j
    };
    let end = skip_seps(start);
    let begin = word_start(end);
    let word = bytes.get(begin..end)?;
    // A non-ASCII letter glued on the left means a longer (Swedish) word.
    let glued = |b: usize| b > 0 && bytes.get(b - 1).is_some_and(|&x| x >= 0x80);
    if let Some(kind) = label_kind(word).filter(|_| !glued(begin)) {
        return Some(kind);
    }
    if word.eq_ignore_ascii_case(b"nr") || word.eq_ignore_ascii_case(b"nummer") {
        let end = skip_seps(begin);
        let begin = word_start(end);
        return label_kind(bytes.get(begin..end)?).filter(|_| !glued(begin));
    }
    None
}

/// Reads a number made of digit groups joined by a single space or dash
/// (", " too, as in "8327-9, 123 456 789-0"). Returns the end and the digits.
fn read_number(bytes: &[u8], start: usize, digits: &mut Vec<u8>) -> usize {
    digits.clear();
    let mut i = start;
    let mut end = start;
    loop {
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            digits.push(b - b'0');
            i += 1;
        }
        end = end.max(i);
        if digits.len() > 20 {
            return end;
        }
        let next_is_digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
        match bytes.get(i) {
            Some(b' ' | b'-') if next_is_digit(i + 1) => i += 1,
            Some(b',') if bytes.get(i + 1) == Some(&b' ') && next_is_digit(i + 2) => i += 2,
            _ => return end,
        }
    }
}

fn labelled(text: &str, sink: &mut Sink, want: impl Fn(Kind) -> bool) {
    let bytes = text.as_bytes();
    let mut digits = Vec::with_capacity(24);
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        let start = i + off;
        // Numbers are short; labels are rarer still. Look left first.
        let kind = label_before(bytes, start).filter(|&k| want(k));
        let Some(kind) = kind else {
            i = start + 1;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            continue;
        };
        let end = read_number(bytes, start, &mut digits);
        i = end.max(start + 1);
        if !right_boundary(text, end) {
            continue;
        }
        let n = digits.len();
        let (ok, certainty) = match kind {
            // Bankgiro: 7 or 8 digits, Luhn over all of them.
            Kind::Bankgiro => ((7..=8).contains(&n), luhn_certainty(&digits)),
            // Plusgiro: 2 to 8 digits, Luhn over all of them.
            Kind::Plusgiro => ((2..=8).contains(&n), luhn_certainty(&digits)),
            // Account: clearing (4-5) + account (up to 10); no public check
            // digit scheme covers every bank, so the label is the proof.
            _ => ((7..=16).contains(&n), Certainty::Certain),
        };
        if ok {
            sink.push(start..end, kind, certainty);
        }
    }
}

fn luhn_certainty(digits: &[u8]) -> Certainty {
    if luhn_valid(digits) {
        Certainty::Certain
    } else {
        Certainty::Probable
    }
}

/// IBAN mod-97 check over the rearranged number.
fn iban_valid(chars: &[u8]) -> bool {
    if chars.len() < 15 || chars.len() > 34 {
        return false;
    }
    let (head, tail) = chars.split_at(4);
    let mut rem: u32 = 0;
    for &c in tail.iter().chain(head) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// IBANs: two capitals, two check digits, then groups of four (spaces
/// optional). Found from their check digits, so only digit pairs are looked at.
fn iban(text: &str, sink: &mut Sink) {
    let bytes = text.as_bytes();
    let mut compact = Vec::with_capacity(34);
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        let d = i + off;
        i = d + 1;
        let Some(start) = d.checked_sub(2) else {
            continue;
        };
        let is_start = bytes.get(start).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(start + 1).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(d + 1).is_some_and(u8::is_ascii_digit)
            && left_boundary(text, start);
        if !is_start {
            continue;
        }
        compact.clear();
        let mut k = start;
        let mut end = start;
        while compact.len() < 34 {
            match bytes.get(k) {
                Some(&b) if b.is_ascii_digit() || b.is_ascii_uppercase() => {
                    compact.push(b);
                    k += 1;
                    end = k;
                }
                Some(b' ') if bytes.get(k + 1).is_some_and(u8::is_ascii_alphanumeric) => k += 1,
                _ => break,
            }
        }
        if right_boundary(text, end) && iban_valid(&compact) {
            sink.push(start..end, Kind::BankAccount, Certainty::Certain);
            i = end;
        }
    }
}

/// Finds labelled bank, bankgiro and plusgiro numbers, and IBANs.
pub(crate) fn find(text: &str, sink: &mut Sink, want: impl Fn(Kind) -> bool) {
    if want(Kind::BankAccount) {
        iban(text, sink);
    }
    labelled(text, sink, want);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, Kind, Certainty)> {
        let mut sink = Sink::default();
        find(text, &mut sink, |_| true);
        sink.candidates
            .iter()
            .filter_map(|c| Some((text.get(c.span.clone())?, c.kind, c.certainty)))
            .collect()
    }

    #[test]
    fn labelled_numbers() {
        // 5050-1055 is a real published bankgiro number (Luhn-valid).
        assert_eq!(
            found("Bankgiro: 5050-1055."),
            vec![("5050-1055", Kind::Bankgiro, Certainty::Certain)]
        );
        assert_eq!(
            found("Swisha eller BG 5050-1055"),
            vec![("5050-1055", Kind::Bankgiro, Certainty::Certain)]
        );
        assert_eq!(
            found("plusgiro 90 01 22-3"),
            vec![("90 01 22-3", Kind::Plusgiro, Certainty::Certain)]
        );
        assert_eq!(
            found("Kontonummer 8327-9, 123 456 789-0 (Swedbank)"),
            vec![(
                "8327-9, 123 456 789-0",
                Kind::BankAccount,
                Certainty::Certain
            )]
        );
        assert_eq!(
            found("clearingnr 6000 kontonr 123 456 789"),
            vec![("123 456 789", Kind::BankAccount, Certainty::Certain)]
        );
    }

    #[test]
    fn iban_checked() {
        // The IBAN example published for Swedish accounts.
        assert_eq!(
            found("IBAN SE45 5000 0000 0583 9825 7466"),
            vec![(
                "SE45 5000 0000 0583 9825 7466",
                Kind::BankAccount,
                Certainty::Certain
            )]
        );
        assert!(found("SE46 5000 0000 0583 9825 7466").is_empty());
    }

    #[test]
    fn unlabelled_ranges_are_left_alone() {
        for t in [
            "1200-1300 deltagare",
            "2018-2019",
            "bgx 5050-1055",
            "konto saknas",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
