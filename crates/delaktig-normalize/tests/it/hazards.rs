//! Data-driven word-restoration cases (tests/data/hazards.txt): every hazard of the issue
//! with the input and the expected output. `UPDATE_EXPECT=1` rewrites the expectations.

use crate::common::{data_dir, test_normalizer, update_expect};

#[test]
fn hazard_cases() {
    let path = data_dir().join("hazards.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let normalizer = test_normalizer();
    let mut failures = Vec::new();
    let mut rewritten = String::new();
    let mut cases = 0;
    for line in text.lines() {
        let Some((input, expected)) = line.split_once(" => ").filter(|_| !line.starts_with('#'))
        else {
            rewritten.push_str(line);
            rewritten.push('\n');
            continue;
        };
        cases += 1;
        let out = normalizer.normalize(input);
        if out.text != expected {
            failures.push(format!(
                "  {input}\n    expected: {expected}\n    got:      {}",
                out.text
            ));
        }
        // Twice equals once.
        assert_eq!(
            normalizer.normalize(&out.text).text,
            out.text,
            "not idempotent: {input}"
        );
        rewritten.push_str(&format!("{input} => {}\n", out.text));
    }
    assert!(cases >= 40, "only {cases} cases read");
    if update_expect() {
        std::fs::write(&path, rewritten).unwrap();
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
