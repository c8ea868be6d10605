//! Data-driven tests: every `tests/data/cases/NAME.txt` is redacted (with the
//! public names in `NAME.public`, if present) and compared with
//! `NAME.expected`; the shared corpus notes of the workspace are redacted
//! with `tests/data/corpus/public.txt` and compared with
//! `tests/data/corpus/NAME.expected`. `UPDATE_EXPECT=1` rewrites the
//! expectations so changes are reviewed in the diff.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use delaktig_redact::{RedactOptions, Redactor, public_names_from_list};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The redacted text, then one line per redaction and flag.
fn render(redactor: &Redactor, input: &str) -> String {
    let out = redactor.redact(input);
    let mut s = out.text.clone();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s.push_str("--- redactions\n");
    for r in &out.redactions {
        let original = input.get(r.span.clone()).unwrap_or("?");
        let certainty = format!("{:?}", r.certainty).to_lowercase();
        let _ = writeln!(
            s,
            "{}..{} {} {} {} {:?}",
            r.span.start, r.span.end, r.kind, certainty, r.placeholder, original
        );
    }
    if !out.flags.is_empty() {
        s.push_str("--- flags\n");
        for f in &out.flags {
            let original = input.get(f.span.clone()).unwrap_or("?");
            let _ = writeln!(
                s,
                "{}..{} {} {:?} {:?}",
                f.span.start, f.span.end, f.kind, f.reason, original
            );
        }
    }
    s
}

/// Compares or rewrites; returns a failure description.
fn check(expected_path: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        fs::write(expected_path, actual).ok()?;
        return None;
    }
    let expected = fs::read_to_string(expected_path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{} differs (run with UPDATE_EXPECT=1 to accept):\n--- expected\n{expected}\n--- actual\n{actual}",
            expected_path.display()
        )
    })
}

fn redactor_with(public_file: &Path) -> Redactor {
    let list = fs::read_to_string(public_file).unwrap_or_default();
    Redactor::new(RedactOptions {
        public_names: public_names_from_list(&list),
        ..RedactOptions::default()
    })
    .expect("public names in fixtures are valid")
}

#[test]
fn cases() {
    let dir = data_dir().join("cases");
    let mut inputs: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/data/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 5,
        "expected fixture cases in {}",
        dir.display()
    );
    let failures: Vec<String> = inputs
        .iter()
        .filter_map(|input| {
            let text = fs::read_to_string(input).expect("readable fixture");
            let redactor = redactor_with(&input.with_extension("public"));
            check(&input.with_extension("expected"), &render(&redactor, &text))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn workspace_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus");
    let redactor = redactor_with(&data_dir().join("corpus/public.txt"));
    let mut failures = Vec::new();
    let mut seen = 0;
    for sub in ["clean", "ocr"] {
        let Ok(entries) = fs::read_dir(corpus.join(sub)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let Some(stem) = f.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let text = fs::read_to_string(&f).expect("readable corpus note");
            let expected = data_dir().join(format!("corpus/{sub}.{stem}.expected"));
            failures.extend(check(&expected, &render(&redactor, &text)));
            seen += 1;
        }
    }
    assert!(
        seen >= 3,
        "workspace corpus not found at {}",
        corpus.display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
