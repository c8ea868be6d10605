//! Data-driven layout cases: tests/data/layout/NAME.in.txt normalised must equal
//! NAME.out.txt. `UPDATE_EXPECT=1` rewrites the .out.txt files.

use crate::common::{data_dir, test_normalizer, update_expect};

#[test]
fn layout_cases() {
    let dir = data_dir().join("layout");
    let normalizer = test_normalizer();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".in.txt").map(str::to_string))
        .collect();
    names.sort();
    assert!(
        names.len() >= 3,
        "layout cases missing in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for name in names {
        let input = std::fs::read_to_string(dir.join(format!("{name}.in.txt"))).unwrap();
        let out = normalizer.normalize(&input).text;
        let out_path = dir.join(format!("{name}.out.txt"));
        if update_expect() {
            std::fs::write(&out_path, &out).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&out_path).unwrap_or_default();
        if out != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}\n--- got\n{out}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_numbered_label_after_a_full_line_starts_a_line_of_its_own() {
    // A reply's questions are labelled "Fråga 3:": after an answer that fills the page's
    // width and ends a sentence, such a line is no wrapped rest of it (tesseract's serif
    // rendering of the parser's fixture `reply-letter-yes-and-no`).
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../delaktig-notes/tests/data/ocr-forms/reply-letter-yes-and-no.serif.txt");
    let scanned = std::fs::read_to_string(path).unwrap();
    let out = delaktig_normalize::Normalizer::new().normalize(&scanned);
    assert!(
        out.text.contains("upp.\nFråga 3: Kan vi få"),
        "{}",
        out.text
    );
}
