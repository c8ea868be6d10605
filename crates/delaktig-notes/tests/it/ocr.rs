//! OCR round trip: each `tests/data/ocr/NAME.{serif,sans}.txt` (tesseract's
//! reading of `notes/NAME.txt`) must give the same facts — title, meeting
//! group, date, attendees, times, place, events — as the clean note.
//!
//! Two levels:
//! - `ocr_facts_match_up_to_diacritics` runs always, on the raw OCR text. It
//!   compares facts with å/ä/ö/é folded, which is what the parser's own
//!   tolerance (soft-wrap joining, "Narvarande", "Nasta mote") can deliver.
//! - `ocr_facts_match_after_normalisation` is the acceptance test of the
//!   issue: exact equality after the OCR normaliser (`delaktig-normalize`,
//!   a dev-dependency only: the parser itself does not depend on it).

use std::fs;

use delaktig_notes::{Document, ParseOptions, parse};

use crate::support::{assert_spans_valid, data_dir};

/// The OCR normaliser under test: text in, restored text out.
///
/// The vocabulary carries one caller-added name, as a municipality adds the names of the
/// people it invites: the guest "Per Skålén" is in no name list, and without it the
/// normaliser leaves OCR's "Skalén" (the only fact of the six renderings that then differs).
pub fn normalise(text: &str) -> String {
    use std::sync::LazyLock;
    static NORMALIZER: LazyLock<delaktig_normalize::Normalizer> = LazyLock::new(|| {
        let mut vocabulary = delaktig_lexicon_sv::Vocabulary::new();
        vocabulary.add_name("Skålén");
        delaktig_normalize::Normalizer::with_vocabulary(vocabulary)
    });
    NORMALIZER.normalize(text).text
}

/// The restoring function the acceptance test runs the OCR text through.
pub const NORMALISE: fn(&str) -> String = normalise;

/// The facts a reader relies on, one line per meeting, attendee and event.
#[derive(Debug, PartialEq)]
pub struct Facts {
    title: Option<String>,
    meetings: Vec<String>,
    attendees: Vec<String>,
    events: Vec<String>,
    dates: Vec<String>,
}

pub fn facts(doc: &Document, fold: fn(&str) -> String) -> Facts {
    let f = |s: &Option<String>| s.as_deref().map(fold);
    let t = |t: Option<delaktig_notes::Time>| t.map(|t| t.to_string());
    Facts {
        title: f(&doc.title),
        meetings: doc
            .meetings
            .iter()
            .map(|m| {
                format!(
                    "{} | date {:?} {:?} | {:?}-{:?} | place {:?}",
                    fold(&m.group),
                    m.date,
                    f(&m.date_text),
                    t(m.start),
                    t(m.end),
                    f(&m.place)
                )
            })
            .collect(),
        attendees: doc
            .meetings
            .iter()
            .flat_map(|m| &m.attendees)
            .map(|a| format!("{} | {:?}", fold(&a.name), f(&a.organisation)))
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| {
                format!(
                    "{} | date {:?} | {:?}-{:?} | place {:?} | cancelled {}",
                    fold(&e.title),
                    e.date,
                    t(e.start),
                    t(e.end),
                    f(&e.place),
                    e.cancelled
                )
            })
            .collect(),
        dates: doc.dates.iter().map(|d| fold(&d.text)).collect(),
    }
}

/// Folds the letters tesseract's English model loses or swaps, so that
/// "Bergström", "Bergstrom" and "Bergstrém" compare equal (it reads "ö" as
/// "é" often enough that both fold to "o").
fn fold_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'Å' | 'Ä' => 'A',
            'ö' | 'ó' | 'ø' | 'é' | 'è' => 'o',
            'Ö' | 'É' => 'O',
            _ => c,
        })
        .collect()
}

pub fn exact(s: &str) -> String {
    s.to_owned()
}

/// (name, clean note, OCR rendering) of every file in `ocr`, the clean note being the file of
/// the same stem in `clean`, in name order.
pub fn pairs_in(ocr: &std::path::Path, clean: &std::path::Path) -> Vec<(String, String, String)> {
    let mut paths: Vec<_> = fs::read_dir(ocr)
        .expect("the OCR renderings exist")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let Some(stem) = name.split('.').next() else {
            continue;
        };
        let clean =
            fs::read_to_string(clean.join(format!("{stem}.txt"))).expect("clean pair exists");
        let scanned = fs::read_to_string(&path).expect("OCR text is UTF-8");
        out.push((name, clean, scanned));
    }
    out
}

/// (clean note, OCR rendering) pairs.
fn pairs() -> Vec<(String, String, String)> {
    let dir = data_dir();
    let out = pairs_in(&dir.join("ocr"), &dir.join("notes"));
    assert_eq!(out.len(), 6, "three notes in two fonts");
    out
}

fn compare(normalise: fn(&str) -> String, fold: fn(&str) -> String) -> Vec<String> {
    let options = ParseOptions::new();
    let mut failures = Vec::new();
    for (name, clean, scanned) in pairs() {
        let restored = normalise(&scanned);
        let doc = parse(&restored, &options);
        assert_spans_valid(&restored, &doc);
        let want = facts(&parse(&clean, &options), fold);
        let got = facts(&doc, fold);
        if want != got {
            failures.push(format!("{name}:\n  clean: {want:?}\n  ocr:   {got:?}"));
        }
    }
    failures
}

#[test]
fn ocr_facts_match_up_to_diacritics() {
    let failures = compare(str::to_owned, fold_diacritics);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ocr_facts_match_after_normalisation() {
    let failures = compare(NORMALISE, exact);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, clean note, OCR rendering) of the normaliser's second tuning set: eight more notes of
/// other kinds (a yearly report, an invitation with a schedule, an interview, minutes with
/// numbered items), each rendered in three fonts and, for some, as a rough scan (noise, blur,
/// a slight tilt).
fn more_pairs() -> Vec<(String, String, String)> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../delaktig-normalize/tests/data/tuning2");
    pairs_in(&dir.join("ocr"), &dir.join("clean"))
}

/// On the wider set, every ordinary rendering gives the clean note's facts after
/// normalisation, and most rough scans do; the count of rough scans that do may only grow.
#[test]
fn more_notes_give_the_same_facts_after_normalisation() {
    let options = ParseOptions::new().with_year(2019);
    let (mut ordinary, mut rough, mut rough_ok) = (Vec::new(), 0, 0);
    let pairs = more_pairs();
    assert!(pairs.len() >= 28, "found {} renderings", pairs.len());
    for (name, clean, scanned) in pairs {
        let restored = normalise(&scanned);
        let doc = parse(&restored, &options);
        assert_spans_valid(&restored, &doc);
        let same = facts(&parse(&clean, &options), exact) == facts(&doc, exact);
        if name.contains("scan") {
            rough += 1;
            rough_ok += usize::from(same);
        } else if !same {
            ordinary.push(name);
        }
    }
    assert!(
        ordinary.is_empty(),
        "ordinary renderings differ: {ordinary:?}"
    );
    assert!(
        rough_ok >= 4,
        "{rough_ok} of {rough} rough scans give the facts"
    );
}
