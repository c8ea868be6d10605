//! Stage 1: bytes to text. Checks UTF-8 and brings the text to Unicode NFC, so letters that a
//! PDF extractor left as base letter plus combining ring or diaeresis become å, ä and ö.
//! Already-NFC text (nearly all input) takes a quick check and no copy.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::NormalizeError;
use crate::offsets::OffsetMap;

/// Checks that `bytes` are UTF-8, naming the first bad byte offset when they are not.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str, NormalizeError> {
    std::str::from_utf8(bytes).map_err(|e| NormalizeError::InvalidUtf8 {
        offset: e.valid_up_to(),
        len: bytes.len(),
    })
}

/// NFC form of `text` plus the map from it back to `text`. Segments start at ASCII characters,
/// which never combine with what precedes them, so each segment normalises on its own and
/// every rewritten segment becomes one region of the map.
pub(crate) fn to_nfc(text: &str) -> (Cow<'_, str>, OffsetMap) {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return (Cow::Borrowed(text), OffsetMap::default());
    }
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let bytes = text.as_bytes();
    let mut seg_start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let boundary =
            i == bytes.len() || (i > seg_start && bytes.get(i).is_some_and(u8::is_ascii));
        if boundary {
            if let Some(seg) = text.get(seg_start..i)
                && !seg.is_ascii()
                && is_nfc_quick(seg.chars()) != IsNormalized::Yes
            {
                let nfc: String = seg.nfc().collect();
                if nfc != seg {
                    edits.push((seg_start..i, nfc));
                }
            }
            seg_start = i;
        }
        i += 1;
        // Step to the next character boundary so segments never split a character.
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    let (out, map) = OffsetMap::apply(text, edits.iter().map(|(r, s)| (r.clone(), s.as_str())));
    (Cow::Owned(out), map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode(b"p\xc3\xa5 \xff bra").unwrap_err();
        assert_eq!(err, NormalizeError::InvalidUtf8 { offset: 4, len: 9 });
        assert!(err.to_string().contains("offset 4"), "{err}");
    }

    #[test]
    fn nfc_text_is_borrowed() {
        let (t, map) = to_nfc("Åström går på mötet");
        assert!(matches!(t, Cow::Borrowed(_)));
        assert!(map.is_identity());
    }

    #[test]
    fn combining_marks_are_composed_and_mapped_back() {
        let src = "Mo\u{308}tet i A\u{30a}re";
        let (t, map) = to_nfc(src);
        assert_eq!(t, "Mötet i Åre");
        let pos = t.find("Åre").unwrap();
        assert_eq!(&src[map.to_source(pos..t.len())], "A\u{30a}re");
        assert_eq!(&src[map.to_source(0.."Mötet".len())], "Mo\u{308}tet");
    }
}
