//! Fuzzes the notes parser: any UTF-8 input must parse without a panic, and
//! every span in the result must be a valid range on char boundaries.
//! Run with `cargo +nightly fuzz run parse` from `crates/delaktig-notes`.
#![no_main]

use delaktig_notes::{ParseOptions, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The first byte picks a reference year, so year inference is fuzzed too.
    let options = match data.first() {
        Some(&b) if b % 2 == 0 => ParseOptions::new().with_year(1900 + i32::from(b)),
        _ => ParseOptions::new(),
    };
    let doc = parse(text, &options);
    let json = serde_json::to_value(&doc).expect("a document always serialises");
    check_spans(text, &json);
});

fn check_spans(text: &str, v: &serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if let (Some(s), Some(e)) = (
                map.get("start").and_then(|x| x.as_u64()),
                map.get("end").and_then(|x| x.as_u64()),
            ) {
                assert!(s <= e && text.get(s as usize..e as usize).is_some(), "bad span {s}..{e}");
            }
            map.values().for_each(|x| check_spans(text, x));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|x| check_spans(text, x)),
        _ => {}
    }
}
