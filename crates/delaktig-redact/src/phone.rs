//! Telephone numbers. A candidate starts at "0", "+" or "(0" at a word
//! boundary; digit groups joined by single spaces or dashes are read and the
//! longest prefix that makes a plausible Swedish number is taken. Dates,
//! times, years and amounts never start with a lone "0" followed by a valid
//! area code grouping, which is what keeps them out.

use crate::finding::{Certainty, Kind};
use crate::scan::{Sink, left_boundary, right_boundary};

/// One group of digits and the separator that preceded it.
#[derive(Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    sep: u8,
}

impl Group {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Reads digit groups from `i`: digits, then (single separator, digits)*.
/// At most 8 groups are read.
fn read_groups(bytes: &[u8], mut i: usize, groups: &mut Vec<Group>, first_sep: u8) {
    let mut sep = first_sep;
    loop {
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return;
        }
        groups.push(Group { start, end: i, sep });
        if groups.len() >= 8 {
            return;
        }
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(&s @ (b' ' | b'-')), Some(d)) if d.is_ascii_digit() => {
                sep = s;
                i += 1;
            }
            // An en dash (U+2013) from a word processor counts as a dash.
            (Some(0xE2), Some(0x80))
                if bytes.get(i + 2) == Some(&0x93)
                    && bytes.get(i + 3).is_some_and(u8::is_ascii_digit) =>
            {
                sep = b'-';
                i += 3;
            }
            // "076 - 123 45 67": a spaced dash counts as one dash.
            (Some(b' '), Some(b'-'))
                if bytes.get(i + 2) == Some(&b' ')
                    && bytes.get(i + 3).is_some_and(u8::is_ascii_digit) =>
            {
                sep = b'-';
                i += 3;
            }
            _ => return,
        }
    }
}

fn digit_count(groups: &[Group]) -> usize {
    groups.iter().map(Group::len).sum()
}

/// Day-month-year and year-month-day shapes joined by dashes.
fn looks_like_date(groups: &[Group]) -> bool {
    let lens: Vec<usize> = groups.iter().map(Group::len).collect();
    let dashed = groups.iter().skip(1).all(|g| g.sep == b'-');
    dashed && (lens == [2, 2, 4] || lens == [4, 2, 2])
}

/// Swedish national number starting with "0" (trunk prefix) at `groups[0]`.
/// Returns how many groups form the number and its certainty.
fn national(bytes: &[u8], groups: &[Group]) -> Option<(usize, Certainty)> {
    let first = groups.first()?;
    if bytes.get(first.start + 1).is_none_or(|&d| d == b'0') {
        return None; // "00" is the international prefix, handled elsewhere.
    }
    // The longest prefix of groups with 8..=10 digits (0 + 7..=9 digits).
    (1..=groups.len()).rev().find_map(|n| {
        let gs = groups.get(..n)?;
        let total = digit_count(gs);
        if !(8..=10).contains(&total) || looks_like_date(gs) {
            return None;
        }
        if n == 1 {
            // Unseparated: mobile numbers (07x) are unmistakable, others less so.
            let mobile = bytes.get(first.start + 1) == Some(&b'7');
            let c = if mobile && total == 10 {
                Certainty::Certain
            } else {
                Certainty::Probable
            };
            return Some((1, c));
        }
        // The first group is the area code with its 0: "08" or three/four digits.
        let area_ok = match first.len() {
            2 => bytes.get(first.start + 1) == Some(&b'8'),
            3 | 4 => true,
            _ => false,
        };
        // Subscriber groups are at least two digits ("45 67", "123 456 78").
        let groups_ok = gs.iter().skip(1).all(|g| g.len() >= 2);
        (area_ok && groups_ok).then_some((n, Certainty::Certain))
    })
}

/// After a country code: the national significant number (no trunk 0).
fn international(groups: &[Group], swedish: bool) -> Option<(usize, Certainty)> {
    (1..=groups.len()).rev().find_map(|n| {
        let gs = groups.get(..n)?;
        let total = digit_count(gs);
        let groups_ok = gs.iter().skip(1).all(|g| g.len() >= 2);
        if swedish {
            ((7..=9).contains(&total) && groups_ok).then_some((n, Certainty::Certain))
        } else {
            ((6..=12).contains(&total) && groups_ok).then_some((n, Certainty::Probable))
        }
    })
}

/// Parses a phone number starting at `i` (a "0", "+" or "("). Returns the end
/// of the match and its certainty.
fn parse_at(bytes: &[u8], i: usize, groups: &mut Vec<Group>) -> Option<(usize, Certainty)> {
    groups.clear();
    let at = |k: usize| bytes.get(k).copied();
    // "+46", "0046" or "+CC": the country code, then an optional "(0)".
    let (cc_end, swedish) = if at(i) == Some(b'+') {
        let mut k = i + 1;
        while at(k).is_some_and(|b| b.is_ascii_digit()) && k - i <= 3 {
            k += 1;
        }
        if k == i + 1 {
            return None;
        }
        // Country codes are 1-3 digits; "+46" is Sweden.
        let swedish = bytes.get(i + 1..i + 3) == Some(b"46");
        let k = if swedish { i + 3 } else { k };
        (Some(k), swedish)
    } else if bytes.get(i..i + 4) == Some(b"0046") {
        (Some(i + 4), true)
    } else {
        (None, true)
    };
    if let Some(mut k) = cc_end {
        if matches!(at(k), Some(b' ' | b'-')) {
            k += 1;
        }
        if bytes.get(k..k + 3) == Some(b"(0)") {
            k += 3;
            if matches!(at(k), Some(b' ' | b'-')) {
                k += 1;
            }
        }
        if !at(k).is_some_and(|b| (b'1'..=b'9').contains(&b)) {
            return None;
        }
        read_groups(bytes, k, groups, b' ');
        let (n, c) = international(groups, swedish)?;
        return Some((groups.get(n - 1)?.end, c));
    }
    // "(0xx) 123 45 67": treat the parenthesised area code as a group.
    if at(i) == Some(b'(') {
        let mut k = i + 1;
        while at(k).is_some_and(|b| b.is_ascii_digit()) {
            k += 1;
        }
        if at(k) != Some(b')') || at(i + 1) != Some(b'0') {
            return None;
        }
        groups.push(Group {
            start: i + 1,
            end: k,
            sep: b' ',
        });
        let mut j = k + 1;
        if at(j) == Some(b' ') {
            j += 1;
        }
        read_groups(bytes, j, groups, b' ');
        let (n, c) = national(bytes, groups).filter(|&(n, _)| n > 1)?;
        return Some((groups.get(n - 1)?.end, c));
    }
    read_groups(bytes, i, groups, b' ');
    let (n, c) = national(bytes, groups)?;
    Some((groups.get(n - 1)?.end, c))
}

/// Finds telephone numbers in `text`.
pub(crate) fn find(text: &str, sink: &mut Sink) {
    let bytes = text.as_bytes();
    let mut groups = Vec::with_capacity(8);
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'0', b'+', b'(', bytes.get(i..).unwrap_or_default()) {
        let s = i + off;
        i = s + 1;
        let b = bytes.get(s).copied().unwrap_or(0);
        // A number glued to a letter, a digit, a "+" or a "-" is part of
        // something else (a code, a range, an identity number).
        let prev = s.checked_sub(1).and_then(|p| bytes.get(p)).copied();
        if matches!(prev, Some(b'+' | b'-' | b'/' | b'.' | b',' | b':'))
            || (b != b'(' && !left_boundary(text, s))
        {
            continue;
        }
        if b == b'(' && bytes.get(s + 1) != Some(&b'0') {
            continue;
        }
        if let Some((end, certainty)) = parse_at(bytes, s, &mut groups) {
            // A trailing "-" or "/" with a digit means a range or a fraction.
            let glued = matches!(bytes.get(end), Some(b'-' | b'/' | b'.' | b',' | b':'))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if right_boundary(text, end) && !glued {
                sink.push(s..end, Kind::Phone, certainty);
                i = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut sink = Sink::default();
        find(text, &mut sink);
        sink.candidates
            .iter()
            .filter_map(|c| text.get(c.span.clone()))
            .collect()
    }

    #[test]
    fn swedish_formats() {
        for n in [
            "070-123 45 67",
            "070-1234567",
            "0701234567",
            "070 123 45 67",
            "+46 70 123 45 67",
            "+46 (0)70-123 45 67",
            "+46701234567",
            "0046 70 123 45 67",
            "042-10 50 00",
            "08-123 456 78",
            "08-12 34 56",
            "010-123 45 67",
            "0771-23 45 67",
            "(042) 10 50 00",
        ] {
            assert_eq!(found(&format!("Ring {n} i dag.")), vec![n], "{n}");
        }
    }

    #[test]
    fn not_dates_times_years_amounts() {
        for t in [
            "2019-06-04",
            "10:00-12:00",
            "år 2019 och 2020",
            "27 inkomna avvikelser",
            "04-06-2019",
            "08-06-2019",
            "0,5 procent",
            "01 02 03 04",
            "kl. 08.00",
            "1 000 000 kr",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
