//! Dates as people write them in Swedish deviation reports: "2024-03-05", "5/3 2024",
//! "5 mars 2024", "5.3.2024", and "5 mars" or "5/3" without a year.
//!
//! A date without a year takes the year of the reference date, or the year before when
//! that would put it after the reference date (a December event reported in January).

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A date found in text, or a date-shaped text that is not a real date ("2024-02-30").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    Date(NaiveDate),
    Invalid(String),
}

const MONTHS: [(&str, u32); 23] = [
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("juni", 6),
    ("juli", 7),
    ("augusti", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
];

static DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // ASCII-only classes: no Unicode word boundaries; boundaries are checked by hand.
    Regex::new(concat!(
        r"(?i)(?P<iso>(?P<iy>[12][0-9]{3})[-/](?P<im>[0-9]{1,2})[-/](?P<id>[0-9]{1,2}))",
        r"|(?P<dot>(?P<dd>[0-9]{1,2})\.(?P<dm>[0-9]{1,2})\.(?P<dy>[12][0-9]{3}))",
        r"|(?P<sl>(?P<sd>[0-9]{1,2})/(?P<sm>[0-9]{1,2})(?:(?:[ -]|, )(?P<sy>[12][0-9]{3}|[0-9]{2}))?)",
        r"|(?P<tx>(?P<td>[0-9]{1,2})(?::e|:a)? (?P<tm>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?(?: (?P<ty>[12][0-9]{3}))?)",
    ))
    .ok()
});

/// Every date in `text`, in order, with its byte range.
pub(crate) fn find_dates(text: &str, reference: NaiveDate) -> Vec<(Found, (usize, usize))> {
    let Some(re) = DATE.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for caps in re.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let before = text
            .get(..whole.start())
            .and_then(|t| t.chars().next_back());
        let after = text.get(whole.end()..).and_then(|t| t.chars().next());
        // A digit or letter glued on means this is part of something else (a personal
        // identity number, a phone number, a word).
        if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
            || after.is_some_and(|c| c.is_alphanumeric() || c == '/')
        {
            continue;
        }
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
        let (y, m, d) = if caps.name("iso").is_some() {
            (num("iy"), num("im"), num("id"))
        } else if caps.name("dot").is_some() {
            (num("dy"), num("dm"), num("dd"))
        } else if caps.name("sl").is_some() {
            let y = num("sy").map(|y| if y < 100 { 2000 + y } else { y });
            (y, num("sm"), num("sd"))
        } else {
            let month = caps.name("tm").and_then(|m| {
                let l = m.as_str().to_lowercase();
                MONTHS.iter().find(|(n, _)| *n == l).map(|(_, v)| *v as i32)
            });
            (num("ty"), month, num("td"))
        };
        let found = match (m, d) {
            (Some(m), Some(d)) => make(y, m, d, reference)
                .map_or_else(|| Found::Invalid(whole.as_str().to_owned()), Found::Date),
            _ => Found::Invalid(whole.as_str().to_owned()),
        };
        out.push((found, (whole.start(), whole.end())));
    }
    out
}

fn make(year: Option<i32>, month: i32, day: i32, reference: NaiveDate) -> Option<NaiveDate> {
    let m = u32::try_from(month).ok()?;
    let d = u32::try_from(day).ok()?;
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d),
        None => {
            let this = NaiveDate::from_ymd_opt(reference.year(), m, d);
            match this {
                Some(date) if date > reference => {
                    NaiveDate::from_ymd_opt(reference.year() - 1, m, d)
                }
                None => NaiveDate::from_ymd_opt(reference.year() - 1, m, d),
                some => some,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn dates(text: &str) -> Vec<Found> {
        find_dates(text, ymd(2025, 1, 20))
            .into_iter()
            .map(|(f, _)| f)
            .collect()
    }

    #[test]
    fn swedish_date_forms_are_read() {
        use Found::Date;
        assert_eq!(dates("2024-03-05"), [Date(ymd(2024, 3, 5))]);
        assert_eq!(
            dates("den 5/3 2024 och 7/3-24"),
            [Date(ymd(2024, 3, 5)), Date(ymd(2024, 3, 7))]
        );
        assert_eq!(dates("5 mars 2024"), [Date(ymd(2024, 3, 5))]);
        assert_eq!(dates("den 12:e Okt. 2024"), [Date(ymd(2024, 10, 12))]);
        assert_eq!(dates("5.3.2024"), [Date(ymd(2024, 3, 5))]);
    }

    #[test]
    fn dates_without_year_fall_before_the_reference() {
        use Found::Date;
        // Reference 2025-01-20: "14 januari" is this year, "14 december" last year.
        assert_eq!(dates("14 januari"), [Date(ymd(2025, 1, 14))]);
        assert_eq!(dates("14 december"), [Date(ymd(2024, 12, 14))]);
        assert_eq!(dates("3/12"), [Date(ymd(2024, 12, 3))]);
    }

    #[test]
    fn impossible_and_embedded_dates() {
        assert_eq!(dates("2024-02-30"), [Found::Invalid("2024-02-30".into())]);
        // Identity and phone numbers are not dates.
        assert!(dates("19850312-1234").is_empty());
        assert!(dates("tel 070-123 45 67").is_empty());
        assert!(dates("inga datum här").is_empty());
    }
}
