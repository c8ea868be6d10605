//! Personnummer and samordningsnummer through the public API.

use delaktig_redact::{Certainty, FlagReason, Kind, Redactor};

use crate::util::{check_digit, findings};

/// A valid number for the date, serial 123, with its check digit: YYMMDDNNNC.
fn valid(yymmdd: &str) -> String {
    let mut payload: Vec<u8> = yymmdd.bytes().map(|b| b - b'0').collect();
    payload.extend([1, 2, 3]);
    let c = check_digit(&payload);
    format!("{yymmdd}123{c}")
}

fn one(text: &str) -> Option<(String, Kind, Certainty)> {
    let f = findings(&Redactor::default(), text);
    assert!(f.len() <= 1, "{text}: {f:?}");
    f.into_iter().next()
}

#[test]
fn every_format_of_a_valid_personnummer() {
    let n = valid("811218");
    let (d, s) = n.split_at(6);
    for form in [
        format!("{d}-{s}"),
        format!("{d}{s}"),
        format!("19{d}-{s}"),
        format!("19{d}{s}"),
        format!("{d} {s}"),
        format!("{d}–{s}"),
    ] {
        let text = format!("Klientens pnr är {form}, se akten.");
        assert_eq!(
            one(&text),
            Some((form.clone(), Kind::Personnummer, Certainty::Certain)),
            "{form}"
        );
        let red = Redactor::default().redact_text(&text);
        assert_eq!(red, "Klientens pnr är [personnummer], se akten.");
    }
}

#[test]
fn plus_separator_for_people_over_a_hundred() {
    let n = valid("121212");
    let text = format!("Född 1912: {}+{}", &n[..6], &n[6..]);
    assert_eq!(one(&text).map(|f| f.1), Some(Kind::Personnummer));
}

#[test]
fn samordningsnummer_is_day_plus_sixty() {
    let n = valid("811278"); // 18 Dec 1981 + 60
    let text = format!("snr {}-{}", &n[..6], &n[6..]);
    assert_eq!(one(&text).map(|f| f.1), Some(Kind::Samordningsnummer));
    // Day 92 = 32 + 60 does not exist.
    let bad = valid("811292");
    assert_eq!(one(&format!("snr {}-{}", &bad[..6], &bad[6..])), None);
    // Its placeholder does not reveal that it is a coordination number.
    assert_eq!(Redactor::default().redact_text(&n), "[personnummer]");
}

#[test]
fn wrong_check_digit_is_flagged_not_redacted() {
    let n = valid("811218");
    let last = n.as_bytes()[9] - b'0';
    let wrong = format!("{}-{}{}", &n[..6], &n[6..9], (last + 1) % 10);
    let out = Redactor::default().redact(&format!("nr {wrong}"));
    assert!(out.redactions.is_empty());
    assert!(out.text.contains(&wrong));
    assert_eq!(out.flags.len(), 1);
    assert_eq!(out.flags[0].reason, FlagReason::CheckDigit);
    assert_eq!(out.flags[0].kind, Kind::Personnummer);
}

#[test]
fn impossible_dates_are_not_numbers() {
    for date in [
        "990231", "810230", "811232", "811300", "810000", "010229", "000229",
    ] {
        // Luhn-valid for the impossible date: flagged at most, never redacted.
        let n = valid(date);
        let text = format!("x {}-{}", &n[..6], &n[6..]);
        let out = Redactor::default().redact(&text);
        if date == "000229" {
            // 29 Feb 2000 existed.
            assert_eq!(out.redactions.len(), 1, "{date}");
            continue;
        }
        assert!(out.redactions.is_empty(), "{date}: {:?}", out.redactions);
    }
    let n = valid("990231");
    let out = Redactor::default().redact(&format!("19{n}"));
    assert_eq!(
        out.flags.first().map(|f| f.reason),
        Some(FlagReason::ImpossibleDate)
    );
    // Leap years: 2004-02-29 exists, 1900-02-29 did not.
    assert!(one(&format!("20{}", valid("040229"))).is_some());
    assert!(one(&format!("19{}", valid("000229"))).is_none());
}

#[test]
fn ocr_look_alikes_are_probable() {
    let n = valid("640823"); // 640823-1230 family
    let cases = [(0, 'O'), (0, 'o'), (1, 'l'), (1, 'I'), (5, 'S'), (8, 'B')];
    for (digit, letter) in cases {
        // Replace the first occurrence of `digit` in the number, if any;
        // otherwise build a number that has it.
        let base = if n.contains(char::from(b'0' + digit)) {
            n.clone()
        } else {
            valid(match digit {
                5 => "550505",
                8 => "880808",
                _ => "101010",
            })
        };
        let pos = base.find(char::from(b'0' + digit)).expect("digit present");
        let mut damaged = base.clone();
        damaged.replace_range(pos..pos + 1, &letter.to_string());
        let text = format!("pnr {}-{} klar", &damaged[..6], &damaged[6..]);
        let found = one(&text);
        assert_eq!(
            found.as_ref().map(|f| (f.1, f.2)),
            Some((Kind::Personnummer, Certainty::Probable)),
            "{text}"
        );
    }
}

#[test]
fn words_of_look_alike_letters_are_not_numbers() {
    for t in [
        "SOS BOB lol",
        "OOOOOO-OOOO",
        "BSSSSO-lIlI",
        "Oslo 2019-06-04",
        "IIIIIIIIII",
    ] {
        assert!(one(t).is_none(), "{t}");
    }
}

#[test]
fn numbers_glued_to_more_digits_or_letters_are_not_taken() {
    let n = valid("811218");
    for t in [
        format!("A{n}"),
        format!("{n}7"),
        format!("9{n}"),
        format!("{n}kr"),
    ] {
        assert!(one(&t).is_none(), "{t}");
    }
}
