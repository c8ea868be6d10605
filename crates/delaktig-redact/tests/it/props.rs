//! Properties: planted identity numbers never survive; no input panics; the
//! result is always consistent with the input.

use delaktig_redact::{Kind, Redactor};
use proptest::prelude::*;

use crate::util::check_digit;

const WORDS: &[&str] = &[
    "och",
    "möte",
    "Vi",
    "brukare",
    "2019-06-04",
    "10:00-12:00",
    "27",
    "kr",
    "Socialförvaltningen",
    "Anna",
    "på",
    "år",
    "2020",
    "-",
    "+",
    "(",
    ")",
    ",",
    ".",
    "\n",
    "tel",
    "nr",
    "Malmö",
    "ärende",
    "1 200",
    "Bryggan",
    "pnr:",
    "1234",
    "12",
    "Storgatan",
];

fn days(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A valid identity number in one of the written forms, with its bare digits.
fn identity() -> impl Strategy<Value = (String, String)> {
    (
        1890u32..2025,
        1u32..=12,
        1u32..=31,
        0u32..1000,
        any::<bool>(),
        0usize..5,
    )
        .prop_map(|(year, month, day, serial, coordination, form)| {
            let day = day.min(days(year, month)) + if coordination { 60 } else { 0 };
            let yy = year % 100;
            let digits9 = format!("{yy:02}{month:02}{day:02}{serial:03}");
            let payload: Vec<u8> = digits9.bytes().map(|b| b - b'0').collect();
            let ten = format!("{digits9}{}", check_digit(&payload));
            let century = year / 100;
            let twelve = format!("{century}{ten}");
            // "+" only for people a hundred or more years old.
            let sep = if year < 1925 { '+' } else { '-' };
            let written = match form {
                0 => format!("{}{sep}{}", &ten[..6], &ten[6..]),
                1 => ten.clone(),
                2 => twelve.clone(),
                3 => format!("{}-{}", &twelve[..8], &twelve[8..]),
                // A word processor's en dash instead of "-".
                _ => {
                    let sep = if sep == '-' { '–' } else { sep };
                    format!("{}{sep}{}", &ten[..6], &ten[6..])
                }
            };
            let bare = if (2..=3).contains(&form) { twelve } else { ten };
            (written, bare)
        })
}

fn text_with_planted() -> impl Strategy<Value = (String, Vec<(String, String)>)> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 0..40),
        prop::collection::vec((identity(), any::<prop::sample::Index>()), 1..4),
    )
        .prop_map(|(mut words, planted)| {
            let mut ids = Vec::new();
            for ((written, bare), at) in planted {
                let i = at.index(words.len() + 1);
                ids.push((written.clone(), bare));
                words.insert(i, Box::leak(written.into_boxed_str()));
            }
            (words.join(" "), ids)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn planted_identity_numbers_never_survive((text, ids) in text_with_planted()) {
        let out = Redactor::default().redact(&text);
        for (written, bare) in &ids {
            prop_assert!(!out.text.contains(written.as_str()), "{written} in {:?}", out.text);
            prop_assert!(!out.text.contains(bare.as_str()), "{bare} in {:?}", out.text);
        }
        let id_redactions = out
            .redactions
            .iter()
            .filter(|r| matches!(r.kind, Kind::Personnummer | Kind::Samordningsnummer))
            .count();
        prop_assert!(id_redactions >= ids.len(), "{:?}", out.redactions);
    }

    #[test]
    fn any_input_gives_a_consistent_result(text in "\\PC{0,300}") {
        check_consistent(&text)?;
    }

    #[test]
    fn number_and_name_soup_gives_a_consistent_result(
        text in "[0-9OolISB +\\-@.:,()\nåäöÅÄÖ]{0,120}|([A-ZÅÄÖ][a-zåäö]{1,8}[ ,.:\n(]{1,2}){0,20}"
    ) {
        check_consistent(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn redact_all_is_consistent_per_text(
        texts in prop::collection::vec("\\PC{0,80}|([A-ZÅÄÖ][a-zåäö]{1,8}[ ,.:\n(]{1,2}){0,8}", 0..6)
    ) {
        let outs = Redactor::default().redact_all(&texts);
        prop_assert_eq!(outs.len(), texts.len());
        for (t, out) in texts.iter().zip(&outs) {
            check_result(t, out)?;
        }
    }
}

/// Spans are sorted, disjoint, on char boundaries, and the output is the
/// input with exactly those spans replaced.
fn check_consistent(text: &str) -> Result<(), TestCaseError> {
    let out = Redactor::default().redact(text);
    check_result(text, &out)
}

fn check_result(text: &str, out: &delaktig_redact::Redacted) -> Result<(), TestCaseError> {
    let mut rebuilt = String::new();
    let mut last = 0;
    for r in &out.redactions {
        prop_assert!(r.span.start >= last && r.span.start < r.span.end && r.span.end <= text.len());
        prop_assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
        rebuilt.push_str(&text[last..r.span.start]);
        rebuilt.push_str(&r.placeholder);
        last = r.span.end;
    }
    rebuilt.push_str(&text[last..]);
    prop_assert_eq!(&rebuilt, &out.text);
    for f in &out.flags {
        prop_assert!(text.get(f.span.clone()).is_some());
    }
    Ok(())
}
