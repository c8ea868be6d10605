//! Any UTF-8 input: redaction must not panic, spans must be sorted, disjoint
//! and on char boundaries, and the output must be the input with exactly
//! those spans replaced.
//!
//! `cargo +nightly fuzz run redact` (from crates/delaktig-redact).
#![no_main]

use std::sync::LazyLock;

use delaktig_redact::{RedactOptions, Redactor};
use libfuzzer_sys::fuzz_target;

static REDACTOR: LazyLock<Redactor> = LazyLock::new(|| {
    Redactor::new(RedactOptions {
        public_names: vec!["Leif Redestig".into(), "Per Skålén".into()],
        ..RedactOptions::default()
    })
    .unwrap_or_default()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let out = REDACTOR.redact(text);
    let mut rebuilt = String::with_capacity(text.len());
    let mut last = 0;
    for r in &out.redactions {
        assert!(last <= r.span.start && r.span.start < r.span.end && r.span.end <= text.len());
        assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
        rebuilt.push_str(&text[last..r.span.start]);
        rebuilt.push_str(&r.placeholder);
        last = r.span.end;
    }
    rebuilt.push_str(&text[last..]);
    assert_eq!(rebuilt, out.text);
    for f in &out.flags {
        assert!(text.get(f.span.clone()).is_some());
    }
});
