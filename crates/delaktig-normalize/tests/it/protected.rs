//! Property: what must never be rewritten (addresses, dates, times, numbers, acronyms,
//! English phrases, words and names with a legitimate é or å, ä, ö, names without them), set
//! down anywhere in real OCR'd notes, comes out as it went in. Typography is allowed: a
//! range's hyphen becomes a dash, and a sentence's first letter a capital.

use std::sync::OnceLock;

use delaktig_normalize::Normalizer;
use proptest::prelude::*;

use crate::common::data_dir;

const PROTECTED: &[&str] = &[
    "https://www.helsingborg.se/omsorg/brukare",
    "www.rfhl.se",
    "kontakt@bryggan.se",
    "info@rsmh.se",
    "david.bergstrom@helsingborg.se",
    "2019-06-04",
    "10:00-12:00",
    "kl. 9.00",
    "19/9",
    "070-123 45 67",
    "413 46",
    "12,5",
    "3:e",
    "SIP",
    "HVB",
    "KBT",
    "SoL",
    "LVM",
    "HR",
    "Take action!",
    "best practice",
    "peer support",
    "warm handover",
    "the dark side",
    "a total mess",
    "Housing First",
    "Individual Placement and Support",
    "idéer",
    "kafé",
    "armé",
    "Malmén",
    "Åbinger",
    "Sköldenborg",
    "Stora Södergatan 20",
    "Sarah",
    "Tomasz",
    "Carmen",
    "Östermalm",
    "Härnösand",
    "François",
    "Søren",
    "Müller",
    "José",
];

/// The non-empty lines of every OCR rendering of the tuning sets.
fn lines() -> &'static [String] {
    static LINES: OnceLock<Vec<String>> = OnceLock::new();
    LINES.get_or_init(|| {
        let root = data_dir();
        let corpus = root.join("../../../../tests/data/corpus/ocr");
        let mut dirs = vec![corpus];
        for set in ["tuning-scan", "tuning2", "tuning3", "tuning4", "tuning5"] {
            dirs.push(root.join(set).join("ocr"));
        }
        let mut files: Vec<_> = dirs
            .iter()
            .flat_map(|d| std::fs::read_dir(d).unwrap())
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
            .iter()
            .flat_map(|f| {
                std::fs::read_to_string(f)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

fn normalizer() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(Normalizer::new)
}

/// Same as the other property tests: a fixed seed unless `PROPTEST_EXPLORE` is set.
fn config() -> ProptestConfig {
    crate::common::proptest_config(256, 20_261_128)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn protected_items_in_ocr_notes_stay(
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0..PROTECTED.len()), 1..12)
    ) {
        let lines = lines();
        let mut text = String::new();
        let mut placed = Vec::new();
        for (line, at, p) in picks {
            let words: Vec<&str> = line.get(lines).split(' ').collect();
            let at = at.index(words.len() + 1);
            let item = PROTECTED[p];
            for (i, w) in words.iter().enumerate() {
                if i == at {
                    placed.push((item, text.len()..text.len() + item.len()));
                    text.push_str(item);
                    text.push(' ');
                }
                text.push_str(w);
                if i + 1 < words.len() {
                    text.push(' ');
                }
            }
            if at == words.len() {
                text.push(' ');
                placed.push((item, text.len()..text.len() + item.len()));
                text.push_str(item);
            }
            text.push('\n');
        }
        let out = normalizer().normalize(&text);
        let typography = |s: &str| s.replace('–', "-").to_lowercase();
        for (item, span) in &placed {
            for c in &out.changes {
                if c.span.start < span.end && span.start < c.span.end {
                    prop_assert!(
                        typography(&c.original) == typography(&c.replacement)
                            || c.original.trim().is_empty() && c.replacement.trim().is_empty(),
                        "{item:?} touched: {c:?}\n{text}"
                    );
                }
            }
        }
    }
}
