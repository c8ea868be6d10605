//! OCR restoration through the FFI types.

use delaktig_ffi::{
    ChangeAction, ChangeReason, NormalizeMode, NormalizeOptions, Normalizer, Vocabulary, normalize,
};

const OCR: &str = "Vi ses pa métet i férvaltningen 6ver lunch.";

#[test]
fn an_ocr_sentence_is_restored_with_its_changes() {
    let out = normalize(OCR.into()).unwrap();
    assert_eq!(out.text, "Vi ses på mötet i förvaltningen över lunch.");
    let pairs: Vec<(&str, &str)> = out
        .changes
        .iter()
        .map(|c| (c.original.as_str(), c.replacement.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("pa", "på"),
            ("métet", "mötet"),
            ("férvaltningen", "förvaltningen"),
            ("6ver", "över")
        ]
    );
    // Spans are byte offsets into the input.
    for c in &out.changes {
        assert_eq!(&OCR[c.start as usize..c.end as usize], c.original);
        assert_eq!(c.action, ChangeAction::Applied);
    }
    assert_eq!(out.changes[1].reason, ChangeReason::Lexicon);
}

#[test]
fn review_mode_marks_doubtful_restorations_instead() {
    let review = Normalizer::with_options(NormalizeOptions {
        mode: Some(NormalizeMode::Review),
        min_confidence: 1.0,
    })
    .unwrap();
    let out = review.normalize(OCR.into()).unwrap();
    assert!(out.text.contains('⟦'), "{}", out.text);
    assert!(out.changes.iter().any(|c| c.action == ChangeAction::Marked));
}

#[test]
fn a_vocabulary_teaches_the_normaliser_local_names() {
    let damaged = "Vi besöker Trollgardet i morgon.";
    // Unknown to the embedded lexicon: left as it is.
    assert_eq!(normalize(damaged.into()).unwrap().text, damaged);

    let vocab = Vocabulary::new();
    vocab.add_name("Trollgärdet".into()).unwrap();
    let n = Normalizer::with_vocabulary(vocab.clone(), None).unwrap();
    assert_eq!(
        n.normalize(damaged.into()).unwrap().text,
        "Vi besöker Trollgärdet i morgon."
    );

    // The normaliser took the vocabulary as it was; later additions need a new one.
    vocab.add_word("fikarummet".into(), 500).unwrap();
    assert!(vocab.contains("fikarummet".into()));
    let err = Normalizer::with_vocabulary(
        vocab,
        Some(NormalizeOptions {
            mode: None,
            min_confidence: 7.0,
        }),
    )
    .err()
    .unwrap();
    assert!(
        err.to_string()
            .contains("min_confidence 7 is outside 0..=1"),
        "{err}"
    );
}
