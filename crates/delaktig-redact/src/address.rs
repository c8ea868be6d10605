//! Street addresses: a street name (a capitalised word ending in a street
//! suffix such as -gatan or -vägen, or "X gata"), a house number, and
//! optionally a flat number, postcode and town. A street name without a house
//! number is left alone on purpose: "vi ses på Hamntorget" names a public
//! place, not where someone lives.

use std::sync::LazyLock;

use regex::Regex;

use crate::finding::{Certainty, Kind};
use crate::scan::{Sink, char_at, left_boundary, right_boundary};

const UP: &str = "A-ZÅÄÖÉÜ";
const LO: &str = "a-zåäöéüè";

/// Endings of street names (also the separate words of "Olof Palmes gata").
const SUFFIXES: &str = "gatan|gata|vägen|väg|gränd|grand|torget|torg|backen|backe|stigen|stig\
                        |allén|allé|allen|plan|leden|led|platsen|plats|stråket|gången|kajen\
                        |esplanaden|promenaden|parken";

static STREET: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let suffixes = SUFFIXES;
    let loose =
        "gatan|gata|vägen|väg|gränd|torget|torg|backe|backen|stig|stigen|allé|plan|plats|led";
    let prefix = "(?:Stora|Lilla|Norra|Södra|Östra|Västra|Gamla|Nya|Övre|Nedre|Sankt|S:t|Långa|Korta|Inre|Yttre) ";
    let pattern = format!(
        "(?:{prefix}(?:Torget|Torg|Gatan|Gata|Vägen|Väg|Plan|Gränd|Allé)|(?:{prefix})?[{UP}][{LO}]*(?:{suffixes})|(?:[{UP}][{LO}]+ )?[{UP}][{LO}]+ (?:{loose}))\
         (?P<num> [1-9][0-9]{{0,2}}(?:-[1-9][0-9]{{0,2}})?)(?P<letter> ?[A-H]|[a-h])?\
         (?P<flat>,? (?:lgh|lägenhet|lgh\\.) ?[0-9]{{4}})?\
         (?P<post>,? [1-9][0-9]{{2}} ?[0-9]{{2}} [{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)?"
    );
    Regex::new(&pattern).ok()
});

/// Capitalised compounds that end like a street but are not streets.
const NOT_STREETS: &[&str] = &[
    "handlingsplan",
    "verksamhetsplan",
    "åtgärdsplan",
    "vårdplan",
    "behandlingsplan",
    "genomförandeplan",
    "arbetsplan",
    "projektplan",
    "tidplan",
    "tidsplan",
    "aktivitetsplan",
    "kommunikationsplan",
    "utbildningsplan",
    "läroplan",
    "budgetplan",
    "affärsplan",
    "översiktsplan",
    "samordningsplan",
    "vägen",
    "leden",
    "planen",
    "plan",
    "väg",
    "led",
    "plats",
    "platsen",
    "torget",
    "torg",
];

/// Words after a number that make it a date, a count or an amount rather
/// than a house number ("Hamntorget 13 september", "Arbetsplan 2 st").
const NOT_AFTER_NUMBER: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
    "kr",
    "kronor",
    "st",
    "stycken",
    "procent",
    "personer",
    "deltagare",
    "år",
    "månader",
    "veckor",
    "dagar",
    "timmar",
    "minuter",
    "gånger",
    "platser",
    "lägenheter",
];

fn next_word(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or_default();
    let rest = rest.trim_start_matches([' ', '\t']);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    rest.get(..end).unwrap_or_default()
}

/// If the word ending at `end` (exclusive) ends like a street, where a match
/// may start: up to three words earlier ("Olof Palmes gata", "Stora …").
fn street_start(text: &str, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let word_start = |e: usize| {
        let mut j = e;
        while j > 0
            && bytes
                .get(j - 1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80 || b == b':')
        {
            j -= 1;
        }
        j
    };
    let ws = word_start(end);
    let word = text.get(ws..end)?.to_lowercase();
    if word.is_empty() || !SUFFIXES.split('|').any(|s| word.ends_with(s)) {
        return None;
    }
    let mut from = ws;
    for _ in 0..3 {
        if from < 2 || bytes.get(from - 1) != Some(&b' ') {
            break;
        }
        let prev = word_start(from - 1);
        if prev == from - 1 {
            break;
        }
        from = prev;
    }
    text.is_char_boundary(from).then_some(from)
}

/// The leftmost street match at or after `from` that contains byte `p`.
fn match_around<'t>(
    re: &Regex,
    text: &'t str,
    from: usize,
    p: usize,
) -> Option<regex::Captures<'t>> {
    let mut pos = from;
    while let Some(caps) = re.captures_at(text, pos) {
        let m = caps.get(0)?;
        if m.start() > p {
            return None;
        }
        if m.end() > p {
            return Some(caps);
        }
        pos = m.end();
    }
    None
}

/// Finds street addresses with house numbers in `text`.
pub(crate) fn find(text: &str, sink: &mut Sink) {
    let Some(re) = STREET.as_ref() else {
        return;
    };
    let bytes = text.as_bytes();
    let mut last_end = 0;
    let mut i = 0;
    // The regex only runs where a house number follows a word with a street
    // ending: " 20" after "Södergatan". That keeps it off most of the text.
    while let Some(off) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        let p = i + off;
        i = p + 1;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if p < last_end || p < 2 || bytes.get(p - 1) != Some(&b' ') || bytes.get(p) == Some(&b'0') {
            continue;
        }
        let Some(from) = street_start(text, p - 1) else {
            continue;
        };
        let Some(caps) = match_around(re, text, from, p) else {
            continue;
        };
        let Some(m) = caps.get(0) else { continue };
        let Some(num) = caps.name("num") else {
            continue;
        };
        last_end = m.end();
        let start = m.start();
        // "Storgatan 5 Bor": the optional parts after the number can run
        // into the next word; then the address ends at the number.
        let (end, only_number) = if right_boundary(text, m.end()) {
            let only = caps.name("flat").is_none() && caps.name("post").is_none();
            (m.end(), only)
        } else {
            (num.end(), true)
        };
        if !left_boundary(text, start) || !right_boundary(text, end) {
            continue;
        }
        // A decimal or a time glued to the number ("Storgatan 5,5", "Plan 3:2").
        if matches!(char_at(text, end), Some(',' | '.' | ':'))
            && text.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let street_end = num.start();
        let street = text.get(start..street_end).unwrap_or_default();
        let last_word = street.rsplit(' ').next().unwrap_or_default().to_lowercase();
        let whole = street.to_lowercase();
        if NOT_STREETS.contains(&last_word.as_str()) && !whole.contains(' ')
            || NOT_STREETS.contains(&whole.as_str())
        {
            continue;
        }
        if only_number {
            let after = next_word(text, end).to_lowercase();
            if NOT_AFTER_NUMBER.contains(&after.as_str()) {
                continue;
            }
        }
        sink.push(start..end, Kind::Address, Certainty::Certain);
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
    fn addresses() {
        for a in [
            "Stora Södergatan 20",
            "Storgatan 5B",
            "Drottninggatan 12 lgh 1102",
            "Kungsvägen 3, 252 23 Helsingborg",
            "Ringvägen 14 252 23 Helsingborg",
            "Lilla Torg 3",
            "Olof Palmes gata 7",
            "Tegnérsplan 2",
            "Kyrkbacken 4",
            "Björkstigen 11",
            "Parkallén 9",
            "Södra Förstadsgatan 40-42",
            "Österleden 8",
            "Gröna vägen 12",
            "Skolgränd 1",
            "Stortorget 8",
            "Kvarnbacken 2a",
            "Repslagargatan 7 lgh 1203, 211 42 Malmö",
        ] {
            assert_eq!(found(&format!("Bor på {a}. Mer.")), vec![a], "{a}");
        }
    }

    #[test]
    fn near_misses() {
        for t in [
            "Stora Södergatan",
            "Hamntorget 13 september",
            "Handlingsplan 2 antogs",
            "vägen 5 år",
            "Storgatan 2019",
            "Storgatan 5,5 procent",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
