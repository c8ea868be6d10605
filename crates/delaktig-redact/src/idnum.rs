//! Swedish personal identity numbers (personnummer) and coordination numbers
//! (samordningsnummer): a byte scanner finds number-shaped tokens, then the
//! date and the Luhn check digit decide. OCR look-alike letters are mapped
//! back to digits and such finds are reported as probable.

use crate::finding::{Certainty, Flag, FlagReason, Kind};
use crate::scan::{Sink, left_boundary, luhn_valid, right_boundary};

/// The digit an OCR engine may have read as this byte, if any.
#[inline]
fn digit_of(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'O' | b'o' => Some(0),
        b'l' | b'I' => Some(1),
        b'S' => Some(5),
        b'B' => Some(8),
        _ => None,
    }
}

/// A parsed candidate: twelve digits (century included) and its shape.
struct Parsed {
    /// Century-less digits YYMMDDNNNC.
    digits: [u8; 10],
    /// The century if the text gave one (YYYYMMDD forms).
    century: Option<u8>,
    /// The separator between date and serial, if any.
    sep: Option<u8>,
    /// How many bytes were look-alike letters rather than digits.
    lookalikes: usize,
}

/// Outcome of validating a parsed candidate.
enum Verdict {
    Valid(Kind),
    Failed(Kind, FlagReason),
    NotAnId,
}

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether YY-MM-DD exists in one of the centuries the shape allows.
///
/// Without a century the year could be 19YY or 20YY ("-" or none) or 18YY or
/// 19YY ("+"); we accept the date if it exists in either, because a redactor
/// should err on the side of redacting (only 29 February depends on it).
fn date_exists(century: Option<u8>, sep: Option<u8>, yy: u32, month: u32, day: u32) -> bool {
    let centuries: &[u32] = match (century, sep) {
        (Some(c), _) => &[c as u32][..],
        (None, Some(b'+')) => &[18, 19],
        (None, _) => &[19, 20],
    };
    centuries.iter().any(|&c| {
        let year = c * 100 + yy;
        day >= 1 && day <= days_in_month(year, month)
    })
}

fn validate(p: &Parsed) -> Verdict {
    let d = &p.digits;
    if let Some(c) = p.century
        && !(18..=20).contains(&c)
    {
        return Verdict::NotAnId;
    }
    let yy = u32::from(d[0]) * 10 + u32::from(d[1]);
    let month = u32::from(d[2]) * 10 + u32::from(d[3]);
    let day = u32::from(d[4]) * 10 + u32::from(d[5]);
    let (kind, day) = if day > 60 {
        (Kind::Samordningsnummer, day - 60)
    } else {
        (Kind::Personnummer, day)
    };
    if !(1..=12).contains(&month) || day == 0 || day > 31 {
        return Verdict::NotAnId;
    }
    let date_ok = date_exists(p.century, p.sep, yy, month, day);
    let check_ok = luhn_valid(d);
    match (date_ok, check_ok) {
        (true, true) => Verdict::Valid(kind),
        (true, false) => Verdict::Failed(kind, FlagReason::CheckDigit),
        (false, true) => Verdict::Failed(kind, FlagReason::ImpossibleDate),
        (false, false) => Verdict::NotAnId,
    }
}

/// Reads a maximal run of digit-like bytes starting at `i` into `out`
/// (at most `out.len()`); returns the run length (which may exceed the
/// buffer, meaning "too long") and the number of look-alikes in the stored part.
fn read_run(bytes: &[u8], i: usize, out: &mut [u8]) -> (usize, usize) {
    let mut n = 0;
    let mut look = 0;
    while let Some(&b) = bytes.get(i + n) {
        let Some(v) = digit_of(b) else { break };
        if let Some(slot) = out.get_mut(n) {
            *slot = v;
            if !b.is_ascii_digit() {
                look += 1;
            }
        } else {
            // Longer than any identity number; count on so the caller skips it.
        }
        n += 1;
        if n > 16 {
            // Still skip the rest, but stop tracking: nothing this long fits.
            while bytes.get(i + n).copied().and_then(digit_of).is_some() {
                n += 1;
            }
            break;
        }
    }
    (n, look)
}

/// Tries to parse an identity number starting at byte `i`. Returns the parse
/// and the end of the match.
fn parse_at(text: &str, i: usize) -> (Option<(Parsed, usize)>, usize) {
    let bytes = text.as_bytes();
    let mut first = [0u8; 12];
    let (n1, look1) = read_run(bytes, i, &mut first);
    let run_end = i + n1;
    let build = |all: &[u8], century_len: usize, sep: Option<u8>, look: usize| {
        let mut digits = [0u8; 10];
        digits.copy_from_slice(all.get(century_len..century_len + 10)?);
        let century = if century_len == 2 {
            Some(all.first()? * 10 + all.get(1)?)
        } else {
            None
        };
        Some(Parsed {
            digits,
            century,
            sep,
            lookalikes: look,
        })
    };
    // Forms without separator: YYMMDDNNNC and YYYYMMDDNNNC.
    if (n1 == 10 || n1 == 12) && right_boundary(text, run_end) {
        let century_len = n1 - 10;
        let parsed = first
            .get(..n1)
            .and_then(|all| build(all, century_len, None, look1));
        return (parsed.map(|p| (p, run_end)), run_end);
    }
    // Forms with separator: YYMMDD-NNNC, YYMMDD+NNNC, YYMMDD NNNC, YYYYMMDD-NNNC.
    if n1 == 6 || n1 == 8 {
        // Word processors turn "-" into an en dash (U+2013, three bytes).
        let (sep, sep_len) = match bytes.get(run_end).copied() {
            Some(b @ (b'-' | b'+' | b' ')) => (Some(b), 1),
            Some(0xE2) if bytes.get(run_end + 1..run_end + 3) == Some(&[0x80, 0x93]) => {
                (Some(b'-'), 3)
            }
            _ => (None, 0),
        };
        if sep.is_some() {
            let mut second = [0u8; 4];
            let (n2, look2) = read_run(bytes, run_end + sep_len, &mut second);
            let end = run_end + sep_len + n2;
            if n2 == 4 && right_boundary(text, end) {
                let mut all = [0u8; 12];
                let total = n1 + 4;
                if let (Some(a), Some(b)) = (all.get_mut(..n1), first.get(..n1)) {
                    a.copy_from_slice(b);
                }
                if let Some(a) = all.get_mut(n1..total) {
                    a.copy_from_slice(&second);
                }
                let parsed = all
                    .get(..total)
                    .and_then(|all| build(all, n1 - 6, sep, look1 + look2));
                return (parsed.map(|p| (p, end)), end);
            }
        }
    }
    (None, run_end.max(i + 1))
}

/// Finds personnummer and samordningsnummer in `text`.
///
/// Scans for ASCII digits first: a plausible candidate has at most a quarter
/// look-alike letters, so one of its first four characters is a real digit,
/// and the true start is at most three look-alikes back from there.
pub(crate) fn find(text: &str, want_pnr: bool, want_snr: bool, sink: &mut Sink) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        let digit = i + off;
        // Back up over look-alike letters (never over a real digit: then
        // `digit` would not be the first digit after `i`).
        let mut start = digit;
        while start > i
            && digit - start < 3
            && bytes
                .get(start - 1)
                .is_some_and(|&b| digit_of(b).is_some() && !b.is_ascii_digit())
        {
            start -= 1;
        }
        // The earliest start with a boundary on its left.
        let start = (start..=digit)
            .find(|&s| left_boundary(text, s))
            .unwrap_or(digit);
        if !left_boundary(text, start) {
            // Inside a word or a longer number: skip the whole digit run.
            i = skip_run(bytes, digit);
            continue;
        }
        let (parsed, next) = parse_at(text, start);
        if let Some((p, end)) = parsed {
            report(&p, start..end, want_pnr, want_snr, sink);
        }
        i = next.max(digit + 1);
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
}

/// The index after the run of digit-like bytes containing `i`.
fn skip_run(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).copied().and_then(digit_of).is_some() {
        i += 1;
    }
    i.max(1)
}

fn report(
    p: &Parsed,
    span: std::ops::Range<usize>,
    want_pnr: bool,
    want_snr: bool,
    sink: &mut Sink,
) {
    let total = if p.century.is_some() { 12 } else { 10 };
    // OCR repairs: most of the number must be real digits, so that words
    // made of O, l, S and B are never taken for numbers.
    let plausible = p.lookalikes * 4 <= total;
    let certainty = if p.lookalikes == 0 {
        Certainty::Certain
    } else {
        Certainty::Probable
    };
    let wanted = |k: Kind| match k {
        Kind::Personnummer => want_pnr,
        _ => want_snr,
    };
    match validate(p) {
        Verdict::Valid(kind) if plausible && wanted(kind) => {
            sink.push(span, kind, certainty);
        }
        // Flag only the unmistakable shapes (separator, or an explicit
        // century): bare ten-digit runs are too often phone numbers.
        Verdict::Failed(kind, reason)
            if p.lookalikes == 0
                && wanted(kind)
                && (matches!(p.sep, Some(b'-' | b'+')) || p.century.is_some()) =>
        {
            sink.flags.push(Flag { span, kind, reason });
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind, Certainty)> {
        let mut sink = Sink::default();
        find(text, true, true, &mut sink);
        sink.candidates
            .into_iter()
            .map(|c| (text[c.span].to_string(), c.kind, c.certainty))
            .collect()
    }

    #[test]
    fn all_shapes_of_one_number() {
        for s in [
            "811218-9876",
            "8112189876",
            "19811218-9876",
            "198112189876",
            "811218 9876",
        ] {
            let found = kinds(&format!("pnr {s}."));
            assert_eq!(
                found,
                vec![(s.to_string(), Kind::Personnummer, Certainty::Certain)],
                "{s}"
            );
        }
    }

    #[test]
    fn plus_means_born_a_century_earlier() {
        // 29 Feb 1900 did not exist, 29 Feb 2000 did: "-" allows 2000, "+" only 1800/1900.
        let payload = [0, 0, 0, 2, 2, 9, 1, 2, 3];
        let c = crate::scan::luhn_check_digit(&payload);
        let s = format!("000229-123{c}");
        assert_eq!(kinds(&s).len(), 1);
        let s = format!("000229+123{c}");
        assert!(kinds(&s).is_empty());
    }

    #[test]
    fn inside_longer_runs_is_not_a_number() {
        assert!(kinds("x8112189876").is_empty());
        assert!(kinds("18112189876").is_empty());
        assert!(kinds("811218-98761").is_empty());
    }
}
