//! Helpers shared by the test modules.

use std::path::PathBuf;

use serde_json::Value;

/// `tests/data` of this crate.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Every `{start, end}` object in `json` (the spans), as pairs.
pub fn spans(json: &Value, out: &mut Vec<(u64, u64)>) {
    match json {
        Value::Object(map) => {
            if map.len() == 2
                && let (Some(s), Some(e)) = (
                    map.get("start").and_then(Value::as_u64),
                    map.get("end").and_then(Value::as_u64),
                )
            {
                out.push((s, e));
                return;
            }
            map.values().for_each(|v| spans(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| spans(v, out)),
        _ => {}
    }
}

/// Panics unless every span of `doc` is a non-inverted range on char
/// boundaries of `text`.
pub fn assert_spans_valid(text: &str, doc: &delaktig_notes::Document) {
    let json = serde_json::to_value(doc).expect("document serialises");
    let mut all = Vec::new();
    spans(&json, &mut all);
    for (s, e) in all {
        assert!(s <= e, "inverted span {s}..{e}");
        assert!(
            text.get(s as usize..e as usize).is_some(),
            "span {s}..{e} is outside the text or not on char boundaries (len {})",
            text.len()
        );
    }
}
