//! Swedish dates ("tisdagen den 4 juni", "19/9", "2019-06-04") and times
//! ("kl. 9.00–15.30", "klockan 10:00-12:00", "11:00"). Lines without a digit
//! never reach a regex.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::Time;

/// A date as found, before the year is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub start: usize,
    pub end: usize,
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
    /// A week number ("vecka 37", "v. 16"): the date is the week's Monday, and `day` and
    /// `month` are unused.
    pub week: Option<u32>,
}

/// The years a note's written date is trusted with (1900–2099): a year outside is no year of
/// a note's, or a scan's misreading of one ("3924").
pub(crate) const WRITTEN_YEARS: std::ops::Range<i32> = 1900..2100;

/// Swedish month names, January first (the date pattern's and [`month_years`]'s).
const MONTH_NAMES: [&str; 12] = [
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
];

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?xi)
        (?:\d{{4}})-(?:\d{{1,2}})-(?:\d{{1,2}})
        |
        (?:\d{{1,2}})(?::?e)?\s+
        (?:{}
            |(?:sept|febr|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)\.?)
        (?:[\s,]+(?:\d{{4}}))?
        |
        (?:\d{{1,2}})/(?:\d{{1,2}})(?:/(?:\d{{4}}|\d{{2}}))?
        ",
        MONTH_NAMES.join("|")
    ))
    .unwrap_or_else(|e| unreachable!("date pattern is valid: {e}"))
});

static TIME_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?P<kl>kl\.?\s*|klockan\s+)?
        (?P<h1>\d{1,2})(?:(?P<s1>[:.])(?P<m1>\d{2}))?
        (?:\s*(?:-|–|—|till)\s*(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?)?
        ",
    )
    .unwrap_or_else(|e| unreachable!("time pattern is valid: {e}"))
});

/// Whether `word` is a month's name in full or a usual short form ("januari", "jan",
/// "sept"), not merely a word starting as one ("marsch").
fn is_month_name(word: &str) -> bool {
    const SHORT: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    ];
    MONTH_NAMES
        .iter()
        .chain(SHORT)
        .any(|n| n.eq_ignore_ascii_case(word))
}

fn month_number(m: &str) -> Option<u32> {
    let m = m.to_ascii_lowercase();
    let n = match m.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "maj" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "okt" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// The months named with a year and no day in `text` ("December 2025 – februari 2026",
/// "mars 2025"), as (month, year) in text order.
pub(crate) fn month_years(text: &str) -> Vec<(u32, i32)> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter_map(|pair| {
            let [m, y] = pair else { return None };
            let lower = m.to_lowercase();
            let month = MONTH_NAMES.iter().position(|n| *n == lower)?;
            let year: i32 = y.parse().ok().filter(|y| WRITTEN_YEARS.contains(y))?;
            (y.len() == 4).then_some((u32::try_from(month).ok()? + 1, year))
        })
        .collect()
}

fn prev_char(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

fn next_char(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// Whether the number that ends at `end` runs on into more: a letter, a digit, a "/", or a
/// colon with digits after it ("12:30:15"). A colon and a space end a label ("kl. 18.00:",
/// "Vecka 20:").
fn glued_after(s: &str, end: usize) -> bool {
    match next_char(s, end) {
        Some(':') => next_char(s, end + 1).is_some_and(|c| c.is_ascii_digit()),
        Some(c) => c.is_alphanumeric() || c == '/',
        None => false,
    }
}

/// Moves `start` back over "den " and a weekday ("tisdagen den 4 juni").
fn extend_prefix(s: &str, start: usize) -> usize {
    let mut start = start;
    let before = |start: usize| s.get(..start).unwrap_or("").trim_end();
    let word_before = |b: &str| -> (usize, String) {
        let w = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        (b.len() - w.len(), w.to_lowercase())
    };
    let b = before(start);
    if b.len() < start {
        let (pos, w) = word_before(b);
        if w == "den" {
            start = pos;
        }
    }
    let b = before(start);
    if b.len() < start {
        let (pos, w) = word_before(b);
        if weekday_named(&w).is_some() {
            start = pos;
        }
    }
    start
}

/// The weekday `word` names, in any case, also in its definite form or as a scan stripped
/// its marks ("torsdag", "Tisdagen", "lordag").
pub(crate) fn weekday_named(word: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
    let w = crate::text::Lower::new(word);
    let w = w.as_str();
    match w.strip_suffix("en").unwrap_or(w) {
        "måndag" | "mandag" => Some(Mon),
        "tisdag" => Some(Tue),
        "onsdag" => Some(Wed),
        "torsdag" => Some(Thu),
        "fredag" => Some(Fri),
        "lördag" | "lordag" => Some(Sat),
        "söndag" | "sondag" => Some(Sun),
        _ => None,
    }
}

/// The weekday a date is written with: the day's name opening its text ("torsdagen den 8
/// januari") or right before it ("tisdag 3/2", "onsdag den 4/3"). `line` is the date's
/// line and `start` where the date's text begins in it.
pub(crate) fn written_weekday(line: &str, start: usize) -> Option<chrono::Weekday> {
    let opening = line
        .get(start..)?
        .split(|c: char| !c.is_alphabetic())
        .next()
        .and_then(weekday_named);
    opening.or_else(|| {
        let mut before = line.get(..start)?.split_whitespace().rev();
        let w = before.next()?;
        let w = if w.eq_ignore_ascii_case("den") {
            before.next()?
        } else {
            w
        };
        weekday_named(w.trim_end_matches(','))
    })
}

/// The first day of a day range ending right before `start` ("2–" of "2–3 oktober", "10 - "
/// of "10 - 12 juni"): the day and where it starts.
fn range_start(s: &str, start: usize) -> Option<(u32, usize)> {
    let before = s.get(..start)?.trim_end_matches(' ');
    let dash = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let before = before
        .get(..before.len() - dash.len_utf8())?
        .trim_end_matches(' ');
    let b = before.as_bytes();
    let n = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    let at = before.len() - n;
    if prev_char(s, at).is_some_and(|p| p.is_alphanumeric() || matches!(p, '/' | '-' | '.' | ':')) {
        return None;
    }
    // "Träff 6 – 14 april", "Förslag 2 – 3 mars": the number of a meeting, a proposal or a
    // step of a series, then its date ("Resa 2–3 oktober" is a range).
    let word = before
        .get(..at)?
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let numbered = [
        "träff",
        "möte",
        "förslag",
        "punkt",
        "steg",
        "del",
        "pass",
        "fråga",
        "tillfälle",
        "omgång",
        "kväll",
        "dag",
    ]
    .contains(&word.to_lowercase().as_str());
    if numbered {
        return None;
    }
    let (day, _) = digits(b.get(at..)?);
    (1..=31).contains(&day).then_some((day, at))
}

/// The first three bytes of the word after the day in a date match ("okt" of "3 oktober"),
/// if it has one.
fn month_word(m: &str) -> Option<&[u8]> {
    let rest = m.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let rest = match rest.strip_prefix(['e', 'E']) {
        Some(r) if r.starts_with(char::is_whitespace) => r,
        _ => rest,
    };
    rest.trim_start().as_bytes().get(..3)
}

/// Whether day and month can exist in some year (29 February can).
pub(crate) fn plausible(day: u32, month: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, month, day).is_some()
}

/// Cheap test before the regex: some digit run is followed by "/" and a
/// digit, by "-" and a digit (ISO), or by a space (or ":e ") and the first
/// three letters of a month.
fn may_hold_date(b: &[u8]) -> bool {
    if !has_digit(b) {
        return false;
    }
    let mut i = 0;
    while let Some(k) = b
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        i += k;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let mut j = i;
        if b.get(j) == Some(&b':') && matches!(b.get(j + 1), Some(b'e' | b'E')) {
            j += 2;
        }
        let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
        match b.get(j) {
            Some(b'/' | b'-') if digit_at(j + 1) => return true,
            Some(b' ') if is_month_start(b.get(j + 1..j + 4)) => return true,
            Some(0xC2) if b.get(j + 1) == Some(&0xA0) && is_month_start(b.get(j + 2..j + 5)) => {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// Whether `b` holds an ASCII digit; branch-free per chunk so it vectorises.
fn has_digit(b: &[u8]) -> bool {
    b.chunks(32).any(|c| {
        c.iter()
            .fold(false, |a, &x| a | (x.wrapping_sub(b'0') < 10))
    })
}

fn is_month_start(m: Option<&[u8]>) -> bool {
    let Some(&[a, b, c]) = m else { return false };
    let m = [
        a.to_ascii_lowercase(),
        b.to_ascii_lowercase(),
        c.to_ascii_lowercase(),
    ];
    matches!(
        &m,
        b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"maj"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"okt"
            | b"nov"
            | b"dec"
    )
}

/// Leading ASCII digits of `b` as a number, and how many there were.
fn digits(b: &[u8]) -> (u32, usize) {
    let n = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let v = b
        .iter()
        .take(n)
        .fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'));
    (v, n)
}

/// (day, month, year, written with a month name) of a DATE_RE match.
fn read_date(m: &str) -> Option<(u32, u32, Option<i32>, bool)> {
    let b = m.as_bytes();
    let (first, n) = digits(b);
    match b.get(n) {
        Some(b'-') => {
            let (mo, k) = digits(b.get(n + 1..)?);
            let (d, _) = digits(b.get(n + 2 + k..)?);
            Some((d, mo, i32::try_from(first).ok(), false))
        }
        Some(b'/') => {
            let (mo, k) = digits(b.get(n + 1..)?);
            let year = match b.get(n + 1 + k) {
                Some(b'/') => {
                    let (y, yn) = digits(b.get(n + 2 + k..)?);
                    let y = i32::try_from(y).ok()?;
                    Some(if yn == 2 { 2000 + y } else { y })
                }
                _ => None,
            };
            Some((first, mo, year, false))
        }
        _ => {
            let rest = m.get(n..)?;
            // An ordinal ("4:e juni", "4e juni") comes before the space.
            let rest = rest.strip_prefix(':').unwrap_or(rest);
            let rest = match rest.strip_prefix(['e', 'E']) {
                Some(r) if r.starts_with(char::is_whitespace) => r,
                _ => rest,
            };
            let word = rest.trim_start();
            let len = word.bytes().take_while(u8::is_ascii_alphabetic).count();
            let month = month_number(word.get(..len)?)?;
            let tail = word.get(len..)?.as_bytes();
            let year_at = tail.iter().position(u8::is_ascii_digit);
            let year = year_at.and_then(|k| i32::try_from(digits(tail.get(k..)?).0).ok());
            Some((first, month, year, true))
        }
    }
}

/// The year right after a date written in numbers, behind `sep`: two digits (20xx) or four
/// when `short`, else four from 1900 to 2099; its value and the bytes it takes with `sep`.
fn numeric_year(rest: &str, sep: char, short: bool) -> Option<(i32, usize)> {
    let digits_at = rest.strip_prefix(sep)?;
    let (y, yn) = digits(digits_at.as_bytes());
    let after = digits_at.get(yn..).and_then(|r| r.chars().next());
    if after.is_some_and(|c| c.is_alphanumeric() || c == '/') {
        return None;
    }
    let year = match (yn, i32::try_from(y).ok()?) {
        (2, y) if short => 2000 + y,
        (4, y) if short || WRITTEN_YEARS.contains(&y) => y,
        _ => return None,
    };
    Some((year, sep.len_utf8() + yn))
}

/// Dates in `s`, in order.
pub(crate) fn find_dates(s: &str) -> Vec<RawDate> {
    let mut out = Vec::new();
    if !may_hold_date(s.as_bytes()) {
        weeks(s, &mut out);
        return out;
    }
    // The DFA finds the dates; the numbers are read from the match by hand
    // (capture groups would run the slower backtracking engine).
    for m in DATE_RE.find_iter(s) {
        let (mut start, mut end) = (m.start(), m.end());
        // A range of days before a month ("2–3 oktober", "10-12 juni"): the date is its
        // first day, and the range is its text.
        let mut parsed = read_date(m.as_str());
        // "3/3-25", "3/3-2025" (as Swedish notes shorten a date; not a range of dates,
        // "19/9-20/9"), "3/2 2025": the year after a day and month written in numbers.
        if let Some(p) = parsed.as_mut()
            && p.2.is_none()
            && !p.3
            && m.as_str().contains('/')
            && let Some((year, len)) = [('-', true), (' ', false)]
                .into_iter()
                .find_map(|(sep, short)| numeric_year(s.get(end..)?, sep, short))
        {
            p.2 = Some(year);
            end += len;
        }
        let range = range_start(s, start).filter(|&(first_day, _)| {
            is_month_start(month_word(m.as_str())) && parsed.is_some_and(|p| first_day < p.0)
        });
        // A full stop glued between a word and the day is a speck where a scan lost the
        // space ("utvecklingsgrupp.19 september"); after a number it is part of a date or
        // a decimal.
        let speck = prev_char(s, start) == Some('.')
            && start
                .checked_sub(1)
                .and_then(|dot| prev_char(s, dot))
                .is_some_and(char::is_alphabetic);
        // A hyphen after a month's name opens the range's second date ("1 januari-31
        // december 2025", as typed or as a scan reads the dash).
        let after_month = prev_char(s, start) == Some('-')
            && s.get(..start - 1).is_some_and(|before| {
                let word = before
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                is_month_name(word)
            });
        if !speck
            && !after_month
            && range.is_none()
            && prev_char(s, start)
                .is_some_and(|p| p.is_alphanumeric() || p == '/' || p == '-' || p == '.')
        {
            continue;
        }
        if next_char(s, end).is_some_and(|n| n.is_alphanumeric() || n == '/') {
            continue;
        }
        // "6/9|21": numbers of a table's cells whose bar between them a scan read as a
        // slash, glued to the next cell's bar; a date in a table stands apart from its bars.
        if m.as_str().contains('/')
            && (next_char(s, end) == Some('|') || prev_char(s, start) == Some('|'))
        {
            continue;
        }
        if let (Some((first_day, range_at)), Some(p)) = (range, parsed.as_mut()) {
            p.0 = first_day;
            start = range_at;
        }
        if parsed.is_some_and(|p| p.3) {
            start = extend_prefix(s, start);
        }
        // A year no note of these times writes ("3924-08-03", a scan's 3 for a 2) is taken as
        // unwritten: the day and month stand, and the year is resolved as for "4 juni".
        let parsed = parsed.map(|(d, mo, y, _)| (d, mo, y.filter(|y| WRITTEN_YEARS.contains(y))));
        let Some((day, month, year)) = parsed else {
            continue;
        };
        let valid = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day).is_some(),
            None => plausible(day, month),
        };
        if valid {
            out.push(RawDate {
                start,
                end,
                day,
                month,
                year,
                week: None,
            });
        }
    }
    weeks(s, &mut out);
    out
}

/// Adds the week numbers of `s` to `dates` (kept in text order): "vecka 37", "v. 16", "v.16",
/// "v 7", "V37", with a year after a comma or a space when one is written ("vecka 12 2025").
/// Swedish notes name a week for a deadline or a meeting ("Klart till: v. 16"). A week number
/// is 1 to 53; a number glued to more digits or letters is none.
fn weeks(s: &str, dates: &mut Vec<RawDate>) {
    let b = s.as_bytes();
    if !has_digit(b) {
        return;
    }
    let mut found = false;
    let mut i = 0;
    // From each run of digits back to the word before it: digits are rarer than the letter v.
    while let Some(k) = b
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        let start = i + k;
        let n = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        i = start + n;
        let Some(at) = week_word_before(b, start) else {
            continue;
        };
        let (week, _) = digits(&b[start..]);
        if !(1..=2).contains(&n) || !(1..=53).contains(&week) {
            continue;
        }
        let mut end = start + n;
        // "Vecka 20: Utflykt" ends a label; "v 12:30" is no week.
        if glued_after(s, end) {
            continue;
        }
        // A year right after ("vecka 12 2025", "v. 12, 2025").
        let rest = s.get(end..).unwrap_or("");
        let comma = usize::from(rest.starts_with(','));
        let year = numeric_year(&rest[comma..], ' ', false).map(|(y, len)| {
            end += comma + len;
            i = end;
            y
        });
        dates.push(RawDate {
            start: at,
            end,
            day: 0,
            month: 0,
            year,
            week: Some(week),
        });
        found = true;
    }
    if found {
        dates.sort_by_key(|d| d.start);
    }
}

/// Where the word naming a week starts when it stands right before the digits at `digits`:
/// "vecka " (its space needed), "v. ", "v.", "v " or "v" (any case), a word of its own.
fn week_word_before(b: &[u8], digits: usize) -> Option<usize> {
    let before = b.get(..digits)?;
    let spaces = before.iter().rev().take_while(|&&c| c == b' ').count();
    let word = &before[..before.len() - spaces];
    let word = word.strip_suffix(b".").unwrap_or(word);
    let at = if word.len() >= 5 && word[word.len() - 5..].eq_ignore_ascii_case(b"vecka") {
        if spaces == 0 {
            return None;
        }
        word.len() - 5
    } else if word.last().is_some_and(|&c| c == b'v' || c == b'V') {
        word.len() - 1
    } else {
        return None;
    };
    // Nothing alphanumeric right before the word (a byte of a multi-byte letter counts).
    let prev = at.checked_sub(1).and_then(|p| b.get(p));
    prev.is_none_or(|&c| !c.is_ascii_alphanumeric() && c < 0x80)
        .then_some(at)
}

/// A time or time range found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TimeRange {
    pub start: usize,
    pub end: usize,
    pub from: Time,
    pub to: Option<Time>,
}

/// Times in `s`. "10:00", "kl. 9.00–15.30", "klockan 13-15" count; a bare
/// "9.00" only when it starts `s` (a programme line) or opens a range, so that
/// decimals and dates are not read as times.
pub(crate) fn find_times(s: &str) -> Vec<TimeRange> {
    let mut out = Vec::new();
    if !has_digit(s.as_bytes()) {
        return out;
    }
    // As for dates: the DFA finds, the match is read by hand.
    for m in TIME_RE.find_iter(s) {
        let (start, end) = (m.start(), m.end());
        if prev_char(s, start)
            .is_some_and(|p| p.is_alphanumeric() || matches!(p, '/' | '-' | '.' | ':'))
        {
            continue;
        }
        // A colon after a time ends a label ("kl. 18.00: Medlemsmöte") unless digits follow.
        if glued_after(s, end) {
            continue;
        }
        let Some(t) = read_time(m.as_str()) else {
            continue;
        };
        let accepted = if t.m1.is_some() {
            t.kl || t.colon || start == 0 || t.h2.is_some() && t.m2.is_some()
        } else {
            t.kl
        };
        if !accepted {
            continue;
        }
        let Some(from) = Time::new(t.h1, t.m1.unwrap_or(0)) else {
            continue;
        };
        let to = match t.h2 {
            Some(h2) => match Time::new(h2, t.m2.unwrap_or(0)) {
                Some(to) if to > from => Some(to),
                _ => continue,
            },
            None => None,
        };
        out.push(TimeRange {
            start,
            end,
            from,
            to,
        });
    }
    out
}

/// The parts of a TIME_RE match.
struct TimeParts {
    kl: bool,
    h1: u32,
    colon: bool,
    m1: Option<u32>,
    h2: Option<u32>,
    m2: Option<u32>,
}

/// Reads "kl. 9.00–15.30", "klockan 13-15", "10:15" (a TIME_RE match).
fn read_time(m: &str) -> Option<TimeParts> {
    let b = m.as_bytes();
    let mut i = b.iter().position(u8::is_ascii_digit)?;
    let kl = i > 0;
    let (h1, n) = digits(b.get(i..)?);
    i += n;
    let (mut colon, mut m1) = (false, None);
    if let Some(&sep @ (b':' | b'.')) = b.get(i)
        && b.get(i + 1..i + 3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        colon = sep == b':';
        m1 = Some(digits(b.get(i + 1..i + 3)?).0);
        i += 3;
    }
    let (mut h2, mut m2) = (None, None);
    if let Some(k) = b
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        i += k;
        let (h, n) = digits(b.get(i..)?);
        h2 = Some(h);
        i += n;
        if matches!(b.get(i), Some(b':' | b'.')) {
            m2 = Some(digits(b.get(i + 1..)?).0);
        }
    }
    Some(TimeParts {
        kl,
        h1,
        colon,
        m1,
        h2,
        m2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<(u32, u32, Option<i32>, &str)> {
        find_dates(s)
            .into_iter()
            .map(|d| (d.day, d.month, d.year, &s[d.start..d.end]))
            .collect()
    }

    fn times(s: &str) -> Vec<String> {
        find_times(s)
            .into_iter()
            .map(|t| match t.to {
                Some(to) => format!("{}-{to}", t.from),
                None => t.from.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_range_of_dates_with_a_hyphen_gives_both_dates() {
        assert_eq!(
            dates("perioden 1 januari-31 december 2025 och"),
            [
                (1, 1, None, "1 januari"),
                (31, 12, Some(2025), "31 december 2025")
            ]
        );
        // After a word that is no month's name the hyphen joins a number to it.
        assert_eq!(dates("covid-19 mars"), []);
    }

    #[test]
    fn swedish_date_forms() {
        assert_eq!(
            dates("När: tisdagen den 4 juni, klockan"),
            [(4, 6, None, "tisdagen den 4 juni")]
        );
        assert_eq!(
            dates("den 4 juni 2019"),
            [(4, 6, Some(2019), "den 4 juni 2019")]
        );
        assert_eq!(
            dates("möte 19/9 och 2019-06-04."),
            [(19, 9, None, "19/9"), (4, 6, Some(2019), "2019-06-04")]
        );
        assert_eq!(
            dates("4:e juni, 5e juni 2020"),
            [(4, 6, None, "4:e juni"), (5, 6, Some(2020), "5e juni 2020")]
        );
        assert_eq!(
            dates("Nästa möte: 7 oktober 2019, Tema"),
            [(7, 10, Some(2019), "7 oktober 2019")]
        );
        assert_eq!(
            dates("12 februari. 3 mars"),
            [(12, 2, None, "12 februari"), (3, 3, None, "3 mars")]
        );
        // A scan's full stop in place of the space before the day.
        assert_eq!(
            dates("Gemensam utvecklingsgrupp.19 september"),
            [(19, 9, None, "19 september")]
        );
        assert!(dates("3.19 september").is_empty());
        // A range of days: its first day, the whole range as the text.
        assert_eq!(
            dates("Studiebesöket i Växjö 2–3 oktober"),
            [(2, 10, None, "2–3 oktober")]
        );
        assert_eq!(
            dates("10-12 juni 2020"),
            [(10, 6, Some(2020), "10-12 juni 2020")]
        );
        assert_eq!(
            dates("den 10 - 12 juni"),
            [(10, 6, None, "den 10 - 12 juni")]
        );
        // A meeting's number before its date is no range: "Träff 6" is on the 14th.
        assert_eq!(dates("Träff 6 – 14 april"), [(14, 4, None, "14 april")]);
        assert_eq!(dates("Resa 2–3 oktober"), [(2, 10, None, "2–3 oktober")]);
        // Day and month in numbers with a year after a dash, as notes shorten a date.
        assert_eq!(
            dates("Brukarrådet 3/3-25, och 12/4-2024."),
            [
                (3, 3, Some(2025), "3/3-25"),
                (12, 4, Some(2024), "12/4-2024")
            ]
        );
        // A range of dates in numbers: its first date, not a date and a year.
        assert_eq!(dates("19/9-20/9"), [(19, 9, None, "19/9")]);
        // Not a range: a number range ends before the day, or runs backwards.
        assert_eq!(dates("sid 3-4, 19/9"), [(19, 9, None, "19/9")]);
        assert!(dates("5-3 mars").is_empty());
        // Table cells a scan ran together ("6 | 9 | 21" read "6/9|21") are no date; a date
        // standing apart from a table's bars is one.
        assert!(dates("5|12| 22\n6/9|21\n7|14|18").is_empty());
        assert_eq!(dates("| 19/9 | möte |"), [(19, 9, None, "19/9")]);
    }

    #[test]
    fn week_numbers_are_dates() {
        let weeks = |s: &str| -> Vec<(u32, Option<i32>, String)> {
            find_dates(s)
                .into_iter()
                .filter_map(|d| Some((d.week?, d.year, s[d.start..d.end].to_owned())))
                .collect()
        };
        assert_eq!(weeks("Klart till: v. 16."), [(16, None, "v. 16".into())]);
        assert_eq!(
            weeks("vecka 37 och V7, v.8"),
            [
                (37, None, "vecka 37".into()),
                (7, None, "V7".into()),
                (8, None, "v.8".into())
            ]
        );
        assert_eq!(
            weeks("Vecka 12 2026 ses vi"),
            [(12, Some(2026), "Vecka 12 2026".into())]
        );
        // No week: a letter glued before, a number too large or glued to more, "vecka" with
        // no space, a word that only starts with v.
        for s in [
            "SV 12", "v. 54", "v 123", "vecka12", "v12a", "varv 3", "v 3/4", "v. 0",
        ] {
            assert!(weeks(s).is_empty(), "{s}");
        }
        // In text order among the other dates.
        let all: Vec<_> = find_dates("Den 3 mars, v. 12, och 4 april")
            .into_iter()
            .map(|d| d.week)
            .collect();
        assert_eq!(all, [None, Some(12), None]);
        // "3/2 2025": a numeric date's year after a space.
        assert_eq!(
            dates("Anteckningar 3/2 2025"),
            [(3, 2, Some(2025), "3/2 2025")]
        );
    }

    #[test]
    fn impossible_and_lookalike_dates_are_rejected() {
        assert!(dates("31 februari").is_empty());
        assert!(dates("2019-02-30").is_empty());
        assert!(dates("16 anställda, 10 marknader, 13/13").is_empty());
        assert_eq!(dates("29 februari")[0].0, 29);
        assert!(dates("29 februari 2019").is_empty());
    }

    #[test]
    fn swedish_time_forms() {
        assert_eq!(times("klockan 10:00-12:00"), ["10:00-12:00"]);
        assert_eq!(times("kl. 9.00–15.30"), ["09:00-15:30"]);
        assert_eq!(times("12/3 kl. 18.00: Medlemsmöte"), ["18:00"]);
        assert!(times("kl. 18:00:30").is_empty());
        assert_eq!(times("kl 13-15"), ["13:00-15:00"]);
        assert_eq!(times("börjar 11:00."), ["11:00"]);
        assert_eq!(times("10.15 Fika"), ["10:15"]);
        assert!(times("kostar 3.50 kr, 19 september, 2019-06-04").is_empty());
        assert!(times("25:00 och 12:75").is_empty());
    }
}
#[cfg(test)]
mod month_year_tests {
    #[test]
    fn months_named_with_a_year() {
        assert_eq!(
            super::month_years("December 2025 – februari 2026"),
            vec![(12, 2025), (2, 2026)]
        );
        assert_eq!(
            super::month_years("nyhetsbrev nr 1, mars 2025"),
            vec![(3, 2025)]
        );
        assert!(super::month_years("den 6 december kl. 2025").is_empty());
    }
}
