//! Properties: any input is handled without panicking, spans always index the input, and
//! normalising twice equals normalising once.

use proptest::prelude::*;

use crate::common::test_normalizer;

const PIECES: &[&str] = &[
    "pa",
    "på",
    "métet",
    "mötet",
    "for",
    "för",
    "har",
    "här",
    "var",
    "vår",
    "vara",
    "ar",
    "är",
    "6ver",
    "ocks&",
    "&",
    "Astrom",
    "Åström",
    "SIP",
    "https://x.se/a",
    "a@b.se",
    "12",
    "13:30",
    "social-",
    "förvaltningen",
    "•",
    "—",
    "-",
    "“",
    "ﬁ",
    "\u{308}",
    "o\u{308}",
    "é",
    "⟦",
    "⟧",
    "Take",
    "action",
    "forsta",
    "svart",
    "arbete",
    "idéer",
    "Linda",
    "stad",
    "vid",
    "’",
    "'",
    "~",
    "=",
    ":",
    "david",
    "bergstrom@x.se",
    "Tomas",
    "Aker",
    "lund",
    "Akerlund",
    "10:15",
    "gama",
    "gir",
    "bar",
    "finnas",
    "inte",
    "att",
    "resurset",
    "e",
    "x",
    "_",
    "‘",
    "2:",
    "3,",
    "B,",
    "Henrik",
];
const SEPS: &[&str] = &[
    " ", " ", " ", "\n", "\n\n", ", ", ". ", "-\n", " - ", "\r\n", "",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 0..SEPS.len()), 0..40).prop_map(|v| {
        v.into_iter()
            .map(|(p, s)| format!("{}{}", PIECES[p], SEPS[s]))
            .collect()
    })
}

/// 400 cases from a fixed seed, so that the suite gives the same verdict on every run;
/// `PROPTEST_EXPLORE=1` draws them at random instead, to look for new failures. One kind is
/// known (see the README): pieces glued into one long word ("forstadavidé"), part of which
/// the first run restores, so that the second reads the rest differently.
fn config() -> ProptestConfig {
    crate::common::proptest_config(400, 20_261_127)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_strings_never_panic_and_spans_index_the_input(s in "\\PC{0,200}") {
        let out = test_normalizer().normalize(&s);
        for c in &out.changes {
            prop_assert_eq!(s.get(c.span.clone()), Some(c.original.as_str()));
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..200)) {
        let n = test_normalizer();
        let _ = n.normalize_bytes(&b);
        let _ = n.normalize_bytes_lossy(&b);
    }

    #[test]
    fn normalising_twice_equals_once(s in text_strategy()) {
        let n = test_normalizer();
        let once = n.normalize(&s).text;
        let twice = n.normalize(&once).text;
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn notes_like_text_spans_index_the_input(s in text_strategy()) {
        let out = test_normalizer().normalize(&s);
        for c in &out.changes {
            prop_assert_eq!(s.get(c.span.clone()), Some(c.original.as_str()));
        }
    }
}
