//! Fuzz target: any bytes through the byte-level API, then the output normalised again.
//! Checks that nothing panics, every change's span indexes the input with its original
//! text, and a second run leaves the output unchanged in structure (no panic, valid spans).
//!
//! `cd crates/delaktig-normalize/fuzz && cargo +nightly fuzz run normalize`
#![no_main]

use delaktig_normalize::{Normalizer, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let normalizer = Normalizer::new();
    let out = match normalizer.normalize_bytes(data) {
        Ok(out) => out,
        Err(_) => normalizer.normalize_bytes_lossy(data),
    };
    let input = String::from_utf8_lossy(data);
    for c in &out.changes {
        assert_eq!(input.get(c.span.clone()), Some(c.original.as_str()));
        assert!((0.0..=1.0).contains(&c.confidence));
    }
    let review = normalizer.clone().with_options(Options::review());
    let again = review.normalize(&out.text);
    for c in &again.changes {
        assert_eq!(out.text.get(c.span.clone()), Some(c.original.as_str()));
    }
});
