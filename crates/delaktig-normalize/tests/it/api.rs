//! The public API: spans, change list, modes, byte input, serialisation, thread safety.

use delaktig_normalize::{
    Action, Change, Mode, NormalizeError, Normalized, Normalizer, Options, Reason,
};

use crate::common::test_normalizer;

#[test]
fn normalizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Normalizer>();
    assert_send_sync::<Normalized>();
    assert_send_sync::<Change>();
}

#[test]
fn changes_carry_input_spans_and_originals() {
    let input = "Vi ses pa métet i morgon.";
    let out = test_normalizer().normalize(input);
    assert_eq!(out.text, "Vi ses på mötet i morgon.");
    assert_eq!(out.changes.len(), 2);
    for c in &out.changes {
        assert_eq!(&input[c.span.clone()], c.original);
        assert_eq!(c.action, Action::Applied);
        assert!(c.confidence > 0.5 && c.confidence <= 1.0, "{c:?}");
    }
    assert_eq!(out.changes[0].replacement, "på");
    assert_eq!(out.changes[0].reason, Reason::Context);
    assert_eq!(out.changes[1].original, "métet");
}

#[test]
fn spans_point_into_the_input_even_after_nfc_and_layout() {
    // Decomposed ö (o + U+0308) and a hyphenated line end.
    let input = "Mo\u{308}tet om social-\nförvaltningen pa fredag.";
    let out = test_normalizer().normalize(input);
    assert!(
        out.text.starts_with("Mötet om förvaltningen")
            || out.text.starts_with("Mötet om socialförvaltningen"),
        "{}",
        out.text
    );
    for c in &out.changes {
        assert_eq!(&input[c.span.clone()], c.original, "{c:?}");
    }
    assert!(
        out.changes
            .iter()
            .any(|c| c.reason == Reason::Nfc && c.original == "o\u{308}"),
        "{:?}",
        out.changes
    );
    assert!(
        out.changes
            .iter()
            .any(|c| c.original == "-\n" && c.reason == Reason::Hyphenation),
        "{:?}",
        out.changes
    );
    assert!(
        out.changes
            .iter()
            .any(|c| c.original == "pa" && c.replacement == "på")
    );
}

#[test]
fn review_mode_marks_low_confidence_guesses() {
    let n = test_normalizer().with_options(Options {
        mode: Mode::Review,
        min_confidence: 0.95,
    });
    let out = n.normalize("Vi berättade om vart arbete.");
    assert_eq!(out.text, "Vi berättade om ⟦vart→vårt?⟧ arbete.");
    assert_eq!(out.changes[0].action, Action::Marked);
    // A marked text is left as it is by a second run.
    assert_eq!(n.normalize(&out.text).text, out.text);
}

#[test]
fn apply_mode_below_threshold_only_suggests() {
    let n = test_normalizer().with_options(Options {
        mode: Mode::Apply,
        min_confidence: 0.95,
    });
    let out = n.normalize("Vi berättade om vart arbete.");
    assert_eq!(out.text, "Vi berättade om vart arbete.");
    assert_eq!(out.changes.len(), 1);
    assert_eq!(out.changes[0].action, Action::Suggested);
    assert_eq!(out.changes[0].replacement, "vårt");
}

#[test]
fn review_options_preset() {
    let o = Options::review();
    assert_eq!(o.mode, Mode::Review);
    assert!(o.min_confidence > 0.5);
    assert_eq!(Options::default().mode, Mode::Apply);
}

#[test]
fn invalid_utf8_is_an_error_with_the_offset() {
    let n = test_normalizer();
    let err = n.normalize_bytes(b"Vi ses p\xe5 m\xf6tet").unwrap_err();
    assert_eq!(err, NormalizeError::InvalidUtf8 { offset: 8, len: 15 });
    assert!(err.to_string().contains("offset 8"));
    assert!(err.to_string().contains("normalize_bytes_lossy"));
    let ok = n.normalize_bytes("Vi ses pa mötet".as_bytes()).unwrap();
    assert_eq!(ok.text, "Vi ses på mötet");
    let lossy = n.normalize_bytes_lossy(b"Vi ses pa \xff m\xf6tet");
    assert!(
        lossy.text.starts_with("Vi ses på \u{fffd}"),
        "{}",
        lossy.text
    );
}

#[test]
fn changes_serialise_as_json_with_snake_case_reasons() {
    let out = test_normalizer().normalize("Det har arbetssättet fungerar.");
    let json = serde_json::to_string(&out.changes).unwrap();
    assert!(json.contains("\"reason\":\"context\""), "{json}");
    assert!(json.contains("\"action\":\"applied\""), "{json}");
    assert!(json.contains("\"span\":{\"start\":4,\"end\":7}"), "{json}");
    let back: Vec<Change> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, out.changes);
    let r = serde_json::to_string(&Reason::LineJoin).unwrap();
    assert_eq!(r, "\"line_join\"");
}

#[test]
fn empty_and_whitespace_inputs() {
    let n = test_normalizer();
    assert_eq!(n.normalize("").text, "");
    assert_eq!(n.normalize("\n\n  \n").text, "\n\n  \n");
    assert!(n.normalize("").changes.is_empty());
}

#[test]
fn clean_swedish_is_left_alone() {
    let text = "Vi har möten varannan vecka. Det är viktigt att förstå vad brukarna behöver, och vårt arbete fortsätter.";
    let out = test_normalizer().normalize(text);
    assert_eq!(out.text, text);
    assert!(out.changes.is_empty(), "{:?}", out.changes);
}

#[test]
fn normalizing_twice_equals_once() {
    let n = test_normalizer();
    let ocr = "Narvarande:\nLeif, Anna Astrom\n\nVi berattade om vart arbete pa métet. Det ar svart att forsta\nhur social-\nforvaltningen gor.";
    let once = n.normalize(ocr).text;
    assert_eq!(n.normalize(&once).text, once);
}

#[test]
fn lines_that_restoration_makes_wrapped_are_joined_on_the_first_run() {
    // Damaged, the second line is the longest ("é6" is one letter, "ö"), and the others fall
    // short of it; restored, the lines end close to one width, as a wrapped paragraph's do.
    // A second normalisation would then join them: the first must already have.
    let n = test_normalizer();
    let ocr = "lokalen é6ver gruppen till förvaltningen vi som sitt\n\
               mé6tet é6ver om f6re aven svar mé6tet férvaltningen\n\
               att 4ven och om d4r skulle fé6rslaget\n\
               att fé6rvaltningen föreningen flyttar\n";
    let out = n.normalize(ocr);
    assert!(
        out.text
            .contains("förvaltningen att även och om där skulle förslaget"),
        "{}",
        out.text
    );
    assert_eq!(n.normalize(&out.text).text, out.text);
    // The join is a change of the input like any other.
    assert!(
        out.changes
            .iter()
            .any(|c| c.reason == Reason::LineJoin && c.original == "\n"),
        "{:?}",
        out.changes
    );
}
