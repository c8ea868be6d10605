//! Hostile and degenerate input: never a panic, always valid spans, and time
//! linear in the input (each case is bounded well above what a linear parser
//! needs, far below what a quadratic one would take).

use std::time::{Duration, Instant};

use delaktig_notes::{ParseOptions, parse};
use proptest::prelude::*;

use crate::support::assert_spans_valid;

/// A release build parses 10 MB of text in well under a second; an
/// unoptimised test build is some 30 times slower. A quadratic pass over
/// 10 MB would take hours either way.
/// Far above what a linear parse takes (about 6 s for the 10 MB line in a debug build on the
/// 2-core machine the suite runs on), far below what work growing with the square of the
/// sentences on a line takes (81 s once, when each sentence looked through the line's others).
const LIMIT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 40 } else { 10 });

fn parse_timed(text: &str) -> delaktig_notes::Document {
    let t = Instant::now();
    let doc = parse(text, &ParseOptions::new().with_year(2019));
    let took = t.elapsed();
    assert!(took < LIMIT, "parsing {} bytes took {took:?}", text.len());
    assert_spans_valid(text, &doc);
    doc
}

#[test]
fn empty_and_blank_input() {
    for text in ["", "\n", "\r\n\r\n", "   \t  ", "\u{a0}\u{feff}"] {
        let doc = parse_timed(text);
        assert_eq!(doc.title, None, "{text:?}");
        assert!(doc.meetings.is_empty() && doc.proposals.is_empty() && doc.dates.is_empty());
    }
}

#[test]
fn one_ten_megabyte_line() {
    let unit = "Vi bör ses 4 juni kl. 10:00-12:00 på https://bryggan.nu/a eller mejla a.b@c.se. Vem kommer då? Anna tar med kaffe senast 5 juni. ";
    let text = unit.repeat(10_000_000 / unit.len() + 1);
    let doc = parse_timed(&text);
    // One line, so no structure, but every sentence is still seen.
    let n = text.len() / unit.len();
    assert!(
        doc.proposals.len() >= n - 1,
        "{} proposals for {n} units",
        doc.proposals.len()
    );
    assert!(
        doc.questions.len() >= n - 1,
        "{} questions for {n} units",
        doc.questions.len()
    );
    // Every promise is seen with its day.
    assert!(doc.actions.len() >= n - 1 && doc.actions.iter().all(|a| a.due.is_some()));
    assert!(
        doc.dates.len() >= n - 1,
        "{} dates for {n} units",
        doc.dates.len()
    );
    assert_eq!(doc.links.len(), 1, "the same URL is listed once");
    assert_eq!(doc.emails.len(), 1);
}

#[test]
fn one_megabyte_runs_of_one_token() {
    for unit in [
        "a",
        "a.",
        "@",
        "@a",
        "http:",
        "(",
        "?",
        "1",
        "1.",
        "-",
        "–",
        "\u{a0}",
        "1:",
        "den 4 juni ",
    ] {
        let text = unit.repeat(1_000_000 / unit.len());
        parse_timed(&text);
    }
}

#[test]
fn binary_looking_text() {
    let mut bytes = Vec::with_capacity(1 << 20);
    let mut x: u32 = 0x9e37_79b9;
    for _ in 0..(1 << 20) {
        // xorshift: deterministic noise with every byte value.
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push((x >> 24) as u8);
    }
    let text = String::from_utf8_lossy(&bytes);
    parse_timed(&text);
    let controls: String = (0u8..32).map(char::from).cycle().take(100_000).collect();
    parse_timed(&controls);
}

#[test]
fn only_bullets() {
    let text = "- Kommunal\n• Unionen?\n- \n-\n* Ria, Bryggan\n".repeat(20_000);
    let doc = parse_timed(&text);
    assert!(doc.title.is_none());
    assert!(doc.sections.iter().map(|s| s.bullets.len()).sum::<usize>() >= 60_000);
}

#[test]
fn only_urls() {
    let mut text = String::new();
    for i in 0..50_000 {
        text.push_str(&format!(
            "https://example.se/{i}/sida http:\n//www.example.se/{i} www.bryggan.nu/{i}\n"
        ));
    }
    let doc = parse_timed(&text);
    assert_eq!(doc.links.len(), 150_000);
    assert!(doc.links.iter().all(|l| !l.url.contains('\n')));
    assert!(doc.dates.is_empty(), "numbers inside URLs are not dates");
}

#[test]
fn many_headings_and_labels() {
    let text = "Bryggan 4 juni\nNärvarande\nPer Norbeck, Bryggan\nNär: 5 juni\nSchema\n10:00 Fika\nNästa möte: 6 juni\n\n"
        .repeat(20_000);
    let doc = parse_timed(&text);
    assert!(doc.meetings.len() + doc.events.len() >= 20_000);
}

/// Text built from the pieces notes are made of, so that the generator
/// reaches the parser's branches rather than only its "plain text" path.
fn notelike() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("Närvarande\n".to_owned()),
        Just("När: ".to_owned()),
        Just("Nästa möte: ".to_owned()),
        Just("Tema: ".to_owned()),
        Just("- ".to_owned()),
        Just("– ".to_owned()),
        Just("1. ".to_owned()),
        Just("10:15 ".to_owned()),
        Just("kl. 9.00–15.30".to_owned()),
        Just("tisdagen den 4 juni".to_owned()),
        Just(" 2019".to_owned()),
        Just("31 februari".to_owned()),
        Just("19/9".to_owned()),
        Just("INSTÄLLD".to_owned()),
        Just("http:".to_owned()),
        Just("//www.a.se/".to_owned()),
        Just("a@b.se".to_owned()),
        Just("Per Norbeck, Bryggan".to_owned()),
        Just("David ska ".to_owned()),
        Just(" bör ".to_owned()),
        Just("? ".to_owned()),
        Just(". ".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        // Markdown marks.
        Just("# ".to_owned()),
        Just("###### ".to_owned()),
        Just(" ##".to_owned()),
        Just("> ".to_owned()),
        Just("**".to_owned()),
        Just("_".to_owned()),
        Just("***".to_owned()),
        Just("[".to_owned()),
        Just("](".to_owned()),
        // Tables, task lists, weeks, decisions, paragraph signs, answers.
        Just(" | ".to_owned()),
        Just("|".to_owned()),
        Just("|---|".to_owned()),
        Just("Vad | Vem | När\n".to_owned()),
        Just("- [x] ".to_owned()),
        Just("[ ] ".to_owned()),
        Just("vecka 53".to_owned()),
        Just("v. 7".to_owned()),
        Just("§ 3 ".to_owned()),
        Just("Beslut: Förslaget avslås".to_owned()),
        Just(" eftersom ".to_owned()),
        Just("Motivering: ".to_owned()),
        Just("Ansvarig: ".to_owned()),
        Just("Svar: ".to_owned()),
        Just("Vid protokollet\n".to_owned()),
        "\\PC{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let doc = parse(&text, &ParseOptions::new());
        assert_spans_valid(&text, &doc);
    }

    #[test]
    fn notelike_strings_never_panic(text in notelike(), year in prop::option::of(1i32..3000)) {
        let mut options = ParseOptions::new();
        if let Some(y) = year {
            options = options.with_year(y);
        }
        let doc = parse(&text, &options);
        assert_spans_valid(&text, &doc);
        // Item spans point at their own text.
        // (Wrapped lines are joined with a space, and a hyphen at a line
        // break may be dropped, so compare without those.)
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
        for p in &doc.proposals {
            prop_assert_eq!(p.span.slice(&text).map(squash), Some(squash(&p.text)));
        }
        for d in &doc.decisions {
            prop_assert_eq!(d.span.slice(&text).map(squash), Some(squash(&d.text)));
            prop_assert!(d.proposal.is_none_or(|k| k < doc.proposals.len()));
        }
        for a in &doc.actions {
            prop_assert!(a.span.slice(&text).is_some());
        }
        for d in &doc.dates {
            prop_assert!(d.span.slice(&text).is_some());
            prop_assert!(!d.inferred_year || d.date.is_some());
        }
    }
}

#[test]
fn a_list_after_prose_in_the_present_section_is_no_attendee_list() {
    // The heading that ended "Närvarande" came out as a small-letter line of prose (as a
    // scan reads it); the stations listed further down are not people present.
    let text = "Gemensam utvecklingsgrupp 19 september\n\nNärvarande\n\n\
Per Norbeck, Bryggan\nDavid Bergström, socialförvaltningen\nskåneveckan för psykisk hälsa\n\n\
Vi planerade vår medverkan vid mässan den 11 oktober på Dunkers.\n\n\
- Kommunal\n- Malin Jensen, arbetsmiljökonsult\n- Eva Åström, forskare\n";
    let doc = parse(text, &ParseOptions::default());
    let names: Vec<&str> = doc
        .meetings
        .iter()
        .flat_map(|m| m.attendees.iter().map(|a| a.name.as_str()))
        .collect();
    assert_eq!(names, ["Per Norbeck", "David Bergström"]);
}

#[test]
fn a_markdown_heading_is_never_joined_to_the_next_line() {
    // A long heading with closing marks: joined to the line after it, a proposal read across
    // both would have taken the closing "##" into its span but not its text.
    let text = "Anteckningar\n\n## Vi bör ha ett längre namn på den här rubriken än sextio tecken, som här ##\n\
                och sedan kom besöket från förvaltningen.\n";
    let doc = parse(text, &ParseOptions::new());
    assert_spans_valid(text, &doc);
    for p in &doc.proposals {
        assert!(!p.text.contains("besöket"), "{p:?}");
        let raw: String = p
            .span
            .slice(text)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let read: String = p.text.split_whitespace().collect();
        assert_eq!(raw, read);
    }
}
