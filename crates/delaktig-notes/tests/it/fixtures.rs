//! Data-driven tests: every `tests/data/notes/NAME.txt` is parsed and compared
//! with `NAME.json` beside it. `NAME.year`, if present, holds the reference
//! year. Run with `UPDATE_EXPECT=1` to rewrite the expectations, then review
//! the diff.

use std::fs;

use delaktig_notes::{ParseOptions, parse};

use crate::support::{assert_spans_valid, data_dir};

#[test]
fn notes_match_expected_json() {
    let dir = data_dir().join("notes");
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/data/notes exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 9,
        "expected at least 9 fixture notes, found {}",
        inputs.len()
    );
    let mut failures = Vec::new();
    for input in &inputs {
        let text = fs::read_to_string(input).expect("fixture is UTF-8");
        let mut options = ParseOptions::new();
        if let Ok(y) = fs::read_to_string(input.with_extension("year")) {
            options = options.with_year(y.trim().parse().expect("NAME.year holds a year"));
        }
        let doc = parse(&text, &options);
        assert_spans_valid(&text, &doc);
        let actual = doc.to_json_pretty() + "\n";
        let expected_path = input.with_extension("json");
        if update {
            fs::write(&expected_path, &actual).expect("write expectation");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            let line = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
            failures.push(format!(
                "{}: differs from {} at line {}:\n  expected: {}\n  actual:   {}",
                input.display(),
                expected_path.display(),
                line + 1,
                expected.lines().nth(line).unwrap_or("<end>"),
                actual.lines().nth(line).unwrap_or("<end>"),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ (UPDATE_EXPECT=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
