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
    if below_combining_marks(text) || nfc_by_quick_check(text) {
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

/// Whether every character of `text` comes before U+0300, the first combining mark: such text
/// (ASCII, Latin-1, Swedish) is NFC, as no character there composes or decomposes. Checked on
/// the bytes, as UTF-8 lead bytes from 0xCC on begin the characters from U+0300 on.
fn below_combining_marks(text: &str) -> bool {
    // In blocks without an early exit inside, so the compiler can use vector instructions.
    text.as_bytes()
        .chunks(64)
        .all(|block| block.iter().fold(0u8, |m, &b| m.max(b)) < 0xcc)
}

/// Whether the quick check finds `text` NFC (`is_nfc_quick` answers `Yes`), looking only at
/// the runs of characters from U+0300 on (quotes and dashes in Swedish text): the characters
/// before U+0300 are NFC starters, which the check passes over as it does ASCII, each
/// starting the next run afresh. Their bytes are all below 0xCC, found without decoding.
fn nfc_by_quick_check(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(start) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b >= 0xcc))
        .map(|i| at + i)
    {
        // A byte from 0xCC on leads a character from U+0300 on (continuation bytes are
        // below 0xC0): the run of such characters starts there.
        let rest = text.get(start..).unwrap_or("");
        let run = rest
            .char_indices()
            .find(|&(_, c)| c < '\u{300}')
            .map_or(rest.len(), |(i, _)| i);
        if run == 0 {
            // Not at a character boundary after all: the whole text the usual way.
            return is_nfc_quick(text.chars()) == IsNormalized::Yes;
        }
        if is_nfc_quick(rest.get(..run).unwrap_or("").chars()) != IsNormalized::Yes {
            return false;
        }
        at = start + run;
    }
    true
}

/// Whether every character of `word` is ASCII or Latin-1 (U+0080..=U+00FF, two bytes in
/// UTF-8), whose lower-casing is one character to one and contextless; `Some(true)` when one
/// of them is an upper-case letter. `None` for any other character.
fn latin1_has_upper(word: &str) -> Option<bool> {
    let bytes = word.as_bytes();
    let mut upper = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            0..0x80 => {
                upper |= b.is_ascii_uppercase();
                i += 1;
            }
            // U+0080..=U+00BF: no upper-case letters.
            0xc2 => i += 2,
            // U+00C0..=U+00DE are capitals, except × (U+00D7).
            0xc3 => {
                let next = bytes.get(i + 1).copied().unwrap_or(0);
                upper |= (0x80..=0x9e).contains(&next) && next != 0x97;
                i += 2;
            }
            _ => return None,
        }
    }
    Some(upper)
}

/// Lower case of a Latin-1 character (ASCII included); other characters as they are.
#[inline]
pub(crate) fn latin1_lower(c: char) -> char {
    match c {
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => {
            char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
        }
        c => c,
    }
}

/// `word` lower-cased exactly as [`str::to_lowercase`] does, borrowed when it already is.
/// Words of ASCII and Latin-1 letters (Swedish: å, ä, ö, é) take a fast path.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
    }
    match latin1_has_upper(word) {
        Some(false) => Cow::Borrowed(word),
        Some(true) => {
            // Each character lower-cases to one of the same length: the room is known.
            let mut out = String::with_capacity(word.len());
            push_latin1_lower(word, &mut out);
            Cow::Owned(out)
        }
        None => Cow::Owned(word.to_lowercase()),
    }
}

/// Appends `word`, all ASCII and Latin-1, lower-cased to `out`: copied in runs between its
/// Latin-1 capitals (few: mostly none or the first letter), each capital replaced, and the
/// ASCII letters lower-cased in place; no character is pushed one at a time otherwise.
fn push_latin1_lower(word: &str, out: &mut String) {
    let from = out.len();
    let bytes = word.as_bytes();
    let mut run = 0;
    // A Latin-1 capital is 0xc3 then 0x80..=0x9e (but 0x97, ×): its lower case is the
    // character 0x20 above it.
    for (i, pair) in bytes.windows(2).enumerate() {
        if let [0xc3, second @ 0x80..=0x9e] = *pair
            && second != 0x97
        {
            out.push_str(word.get(run..i).unwrap_or(""));
            let lower = 0xc0 + u32::from(second - 0x80) + 0x20;
            out.push(char::from_u32(lower).unwrap_or(char::REPLACEMENT_CHARACTER));
            run = i + 2;
        }
    }
    out.push_str(word.get(run..).unwrap_or(""));
    if let Some(added) = out.get_mut(from..) {
        added.make_ascii_lowercase();
    }
}

/// `word` lower-cased as [`lower`] does, into a reused buffer (no allocation once it has
/// room): for the lower-casing of many candidates in a row.
pub(crate) fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else if let Some(upper) = latin1_has_upper(word) {
        if upper {
            push_latin1_lower(word, out);
        } else {
            out.push_str(word);
        }
    } else {
        out.push_str(&word.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_casing_matches_the_standard_library() {
        for w in [
            "",
            "på",
            "På",
            "PÅ",
            "Öberg",
            "ÅÄÖÉ",
            "Skålén",
            "×÷ß",
            "ÀÞ",
            "straße",
            "ΣΟΦΙΑΣ",
            "İstanbul",
            "ǅemal",
            "µm",
            "KÖR",
            "a\u{30a}",
            "Ｆ",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("mötet"), Cow::Borrowed(_)));
        let mut buf = String::from("left over");
        for w in ["På", "ΣΟΦΙΑΣ", "İstanbul", "straße", "ABC", "Öberg"] {
            lower_into(w, &mut buf);
            assert_eq!(buf, w.to_lowercase(), "{w}");
        }
        // Every Latin-1 character, alone and inside a word.
        for c in (0u32..0x100).filter_map(char::from_u32) {
            let w = format!("X{c}y");
            assert_eq!(lower(&w), w.to_lowercase(), "{c:?}");
            let one: Vec<char> = c.to_lowercase().collect();
            assert_eq!(one, [latin1_lower(c)], "{c:?}");
        }
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode(b"p\xc3\xa5 \xff bra").unwrap_err();
        assert_eq!(err, NormalizeError::InvalidUtf8 { offset: 4, len: 9 });
        assert!(err.to_string().contains("offset 4"), "{err}");
    }

    #[test]
    fn text_before_the_combining_marks_is_nfc() {
        for c in (0u32..0x300).filter_map(char::from_u32) {
            let t = format!("a{c}b{c}");
            assert!(below_combining_marks(&t), "{c:?}");
            assert_eq!(is_nfc_quick(t.chars()), IsNormalized::Yes, "{c:?}");
        }
        assert!(!below_combining_marks("a\u{300}"));
        assert!(!below_combining_marks("ﬁ"));
    }

    #[test]
    fn the_quick_check_on_runs_agrees_with_the_whole_text() {
        for t in [
            "",
            "Åström går på mötet – “bra” •",
            "a\u{301}",
            "e\u{323}\u{301} och e\u{301}\u{323}",
            "é\u{301}",
            "\u{212b}ngström",
            "x\u{300}é\u{316}",
            "\u{316}\u{300}ä\u{300}\u{316}",
            "– \u{1100}\u{1161} ﬁ ’",
            "\u{e9}\u{302}\u{300}\u{1f600}",
        ] {
            assert_eq!(
                nfc_by_quick_check(t),
                is_nfc_quick(t.chars()) == IsNormalized::Yes,
                "{t:?}"
            );
        }
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
