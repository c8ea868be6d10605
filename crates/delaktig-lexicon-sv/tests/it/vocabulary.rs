//! Run-time additions over a base lexicon.

use std::sync::Arc;

use delaktig_lexicon_sv::{Lexicon, Vocabulary, VocabularyError};

fn base() -> Arc<Lexicon> {
    Arc::new(Lexicon::from_entries(
        [("social", 10), ("och", 1000)],
        [("Åke", 3)],
    ))
}

#[test]
fn added_words_and_names_are_found() {
    let mut v = Vocabulary::from_lexicon(base());
    assert!(!v.contains("brukarråd"));
    v.add_word("Brukarråd", 40);
    assert_eq!(v.frequency("brukarråd"), Some(40));
    assert!(!v.contains_name("Åbinger"));
    v.add_name("Åbinger");
    assert_eq!(
        v.name_frequency("Åbinger"),
        Some(Vocabulary::ADDED_NAME_FREQUENCY)
    );
    assert_eq!(v.name_frequency("Åke"), Some(3));
    assert_eq!((v.added_word_count(), v.added_name_count()), (1, 1));
}

#[test]
fn additions_never_lower_a_known_frequency() {
    let mut v = Vocabulary::from_lexicon(base());
    v.add_word("och", 1);
    assert_eq!(v.frequency("och"), Some(1000));
    v.add_word("social", 50);
    assert_eq!(v.frequency("social"), Some(50));
}

#[test]
fn bad_entries_are_rejected_with_a_reason_and_change_nothing() {
    let mut v = Vocabulary::from_lexicon(base());
    assert_eq!(v.try_add_word("  ", 1), Err(VocabularyError::Empty));
    let err = v.try_add_name("Nya Zeeland", 1).unwrap_err();
    assert!(matches!(err, VocabularyError::NotOneWord { .. }));
    assert!(err.to_string().contains("Nya Zeeland"), "{err}");
    let long = "a".repeat(201);
    assert_eq!(
        v.try_add_word(&long, 1),
        Err(VocabularyError::TooLong { len: 201 })
    );
    v.add_word("två ord", 5);
    assert_eq!((v.added_word_count(), v.added_name_count()), (0, 0));
}

#[test]
fn prefixes_merge_base_and_additions() {
    let mut v = Vocabulary::from_lexicon(base());
    v.add_word("socialförvaltning", 8);
    v.add_word("soc", 2);
    v.add_word("social", 99);
    let got: Vec<(usize, u32)> = v.word_prefixes("socialförvaltningen").collect();
    assert_eq!(got, vec![(3, 2), (6, 99), ("socialförvaltning".len(), 8)]);
    // Without additions the base walk is returned unchanged.
    let plain = Vocabulary::from_lexicon(base());
    assert_eq!(
        plain.word_prefixes("socialt").collect::<Vec<_>>(),
        vec![(6, 10)]
    );
}

#[test]
fn clones_are_independent_and_the_default_is_the_embedded_lexicon() {
    let mut a = Vocabulary::new();
    let b = a.clone();
    a.add_word("sköldenborgsgården", 1);
    assert!(a.contains("sköldenborgsgården"));
    assert!(!b.contains("sköldenborgsgården"));
    assert!(Vocabulary::default().contains("och"));
    assert!(Vocabulary::with_base(Lexicon::embedded()).contains_name("Malmö"));
}

#[test]
fn readings_include_additions() {
    let base = Arc::new(Lexicon::from_entries([("torget", 10)], [("Åke", 3)]));
    let mut v = Vocabulary::from_lexicon(base);
    let rules = [
        delaktig_lexicon_sv::Confusion {
            from: "o",
            to: &["ö"],
        },
        delaktig_lexicon_sv::Confusion {
            from: "A",
            to: &["Å"],
        },
    ];
    let mut out = Vec::new();
    v.name_readings("Skoldenborg", &rules, 2, &mut out);
    assert!(out.is_empty());
    v.add_name("Sköldenborg");
    v.add_word("torget", 50);
    v.name_readings("Skoldenborg", &rules, 2, &mut out);
    v.name_readings("Ake", &rules, 2, &mut out);
    v.readings("torget", &rules, 2, &mut out);
    let got: Vec<(&str, u32, u32)> = out
        .iter()
        .map(|r| (r.word.as_str(), r.frequency, r.changes))
        .collect();
    assert_eq!(
        got,
        [
            ("Sköldenborg", Vocabulary::ADDED_NAME_FREQUENCY, 1),
            ("Åke", 3, 1),
            ("torget", 50, 0)
        ]
    );
    // A clone answers the same, and a later addition is seen.
    let mut c = v.clone();
    c.add_word("törget", 1);
    out.clear();
    c.readings("torget", &rules, 2, &mut out);
    assert_eq!(out.len(), 2);
}

#[test]
fn the_common_words_walk_takes_added_words_of_any_frequency() {
    let lex = Arc::new(Lexicon::from_entries(
        [("och", 1_000_000), ("ovanlig", 12)],
        [],
    ));
    let mut v = Vocabulary::from_lexicon(lex);
    v.add_word("brukarråd", 5);
    let walked = |word: &str| {
        let start = v.common_word_cursor().expect("a cursor");
        let maps = v.maps();
        maps.advance(start, word).and_then(|c| maps.frequency(c))
    };
    assert_eq!(walked("och"), Some(1_000_000));
    // Rare in the base: not a common word; added by the caller: walked.
    assert_eq!(walked("ovanlig"), None);
    assert_eq!(v.frequency("ovanlig"), Some(12));
    assert_eq!(walked("brukarråd"), Some(5));
}
