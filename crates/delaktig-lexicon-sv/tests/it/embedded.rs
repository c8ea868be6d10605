//! The embedded data: known words with plausible frequencies, OCR-stripped spellings absent,
//! names present.

use delaktig_lexicon_sv::Lexicon;

fn freq(word: &str) -> u32 {
    match Lexicon::embedded().frequency(word) {
        Some(f) => f,
        None => panic!("{word:?} missing from the embedded lexicon"),
    }
}

#[test]
fn common_words_are_present_with_sane_frequencies() {
    // Per billion words: the commonest Swedish words are in the tens of millions.
    for w in ["och", "att", "är", "på"] {
        let f = freq(w);
        assert!((5_000_000..100_000_000).contains(&f), "{w}: {f}");
    }
    for w in ["för", "här", "år", "över", "också", "säger", "våra", "bör"] {
        let f = freq(w);
        assert!((100_000..50_000_000).contains(&f), "{w}: {f}");
    }
    // Everyday but less frequent words.
    for w in [
        "mötet",
        "möte",
        "brukare",
        "nådde",
        "berättade",
        "närvarande",
        "förvaltningen",
    ] {
        let f = freq(w);
        assert!((100..2_000_000).contains(&f), "{w}: {f}");
    }
    assert!(freq("och") > freq("mötet"));
    assert!(freq("är") > freq("år"));
}

#[test]
fn inflected_forms_generated_from_saol_are_present() {
    let lex = Lexicon::embedded();
    // Noun paradigms with genitives, verb paradigms, adjective forms.
    for w in [
        "socialförvaltningen",
        "socialförvaltningens",
        "socialförvaltningarna",
        "brukarna",
        "brukarnas",
        "mötena",
        "berättar",
        "berättades",
        "nått",
        "sagt",
        "skjutit",
        "skjutna",
        "målmedvetna",
        "abborrpinnarna",
        "mantaglet",
        "förbisåg",
    ] {
        assert!(lex.contains(w), "{w} missing");
    }
}

#[test]
fn ocr_stripped_spellings_are_absent() {
    let lex = Lexicon::embedded();
    for w in [
        "pa",
        "aven",
        "bjorn",
        "forvaltningen",
        "motesanteckningar",
        "fran",
        "ocksa",
        "sager",
        "gor",
        "forsta",
        "over",
        "nagot",
        "battre",
        "mojligt",
    ] {
        assert!(!lex.contains(w), "{w} should not be a word");
    }
    // "nar" (a jester) is in SAOL, but its count in web text is that of stripped "när": the
    // stripped share is subtracted, leaving it known but rare.
    assert!(lex.frequency("nar").is_some_and(|f| f < 100));
    assert!(
        lex.frequency("ar").is_some_and(|f| f < 1_000),
        "{:?}",
        lex.frequency("ar")
    );
}

#[test]
fn genuine_words_that_look_stripped_are_present() {
    let lex = Lexicon::embedded();
    // Real words whose å/ä/ö twin also exists: only context can choose between them.
    for w in [
        "har", "ar", "for", "var", "vara", "man", "sa", "svart", "hall", "las", "vart", "stad",
        "vid", "min",
    ] {
        assert!(lex.contains(w), "{w} missing");
    }
}

#[test]
fn forms_with_a_much_commoner_swedish_twin_are_flagged() {
    let lex = Lexicon::embedded();
    for w in ["for", "ar", "nar", "mal", "vag"] {
        assert!(lex.has_commoner_twin(w), "{w}");
    }
    // Both spellings common, or no twin at all, or unknown: no flag.
    for w in ["har", "var", "man", "bor", "stad", "och", "för", "xyzzy"] {
        assert!(!lex.has_commoner_twin(w), "{w}");
    }
    // The flag does not leak into the frequency.
    assert!(lex.frequency("for").is_some_and(|f| f < 1_000_000));
}

#[test]
fn words_with_a_legitimate_acute_accent_are_present() {
    let lex = Lexicon::embedded();
    for w in ["idéer", "armé", "kafé"] {
        assert!(lex.contains(w), "{w} missing");
    }
}

#[test]
fn lookups_are_exact_and_case_sensitive() {
    let lex = Lexicon::embedded();
    assert!(!lex.contains("Och"));
    assert!(!lex.contains(""));
    assert!(!lex.contains("och "));
    assert_eq!(lex.name_frequency("åström"), None);
}

#[test]
fn names_are_present_as_written() {
    let lex = Lexicon::embedded();
    for n in [
        "Åström",
        "Björn",
        "Åke",
        "Åsa",
        "Jönsson",
        "Bergström",
        "Söderberg",
        "Löfgren",
        "Malmö",
        "Göteborg",
        "Skåne",
        "Söder",
        "Stortorget",
    ] {
        assert!(lex.contains_name(n), "{n} missing");
    }
    // Genitives of names ("Malmös kommun").
    assert!(lex.contains_name("Åströms"));
    assert!(lex.contains_name("Malmös"));
    // Stripped spellings of names are not names.
    assert!(!lex.contains_name("Astrom"));
    assert!(!lex.contains_name("Bjorn"));
}

#[test]
fn generated_places_are_names_unless_they_are_ordinary_words() {
    let lex = Lexicon::embedded();
    // Towns of the GeoNames list that no hand-written list holds, with their genitives.
    for n in ["Kåge", "Burträsk", "Årsunda", "Bjärnum", "Kåges"] {
        assert!(lex.contains_name(n), "{n} missing");
    }
    assert!(!lex.contains_name("Kage"));
    // Places named after common words stay words, not names.
    for w in ["Viken", "Valla", "Vi"] {
        assert!(!lex.contains_name(w), "{w} taken for a name");
        assert!(lex.contains(&w.to_lowercase()), "{w} lost as a word");
    }
}

#[test]
fn embedded_lexicon_is_large_and_shared() {
    let lex = Lexicon::embedded();
    assert!(lex.word_count() > 500_000, "{lex:?}");
    assert!(lex.name_count() > 500, "{lex:?}");
    assert!(std::ptr::eq(lex, Lexicon::embedded()));
}

#[test]
fn word_iteration_is_sorted_and_agrees_with_lookup() {
    let lex = Lexicon::embedded();
    let sample: Vec<(String, u32)> = lex.words().step_by(10_007).collect();
    assert!(sample.len() > 40);
    assert!(
        sample
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes())
    );
    for (w, f) in &sample {
        assert_eq!(lex.frequency(w), Some(*f), "{w}");
        assert_eq!(w, &w.to_lowercase(), "word forms are lower-case");
    }
}

#[test]
fn from_entries_lower_cases_words_and_keeps_the_highest_duplicate() {
    let lex = Lexicon::from_entries([("Möte", 5), ("möte", 9), ("och", 100)], [("Åke", 3)]);
    assert_eq!(lex.frequency("möte"), Some(9));
    assert_eq!(lex.frequency("Möte"), None);
    assert_eq!(lex.name_frequency("Åke"), Some(3));
    assert_eq!(lex.word_count(), 2);
    let empty = Lexicon::from_entries([], []);
    assert_eq!(empty.frequency("och"), None);
    assert_eq!(empty.word_prefixes("och").count(), 0);
}

#[test]
fn lexicon_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Lexicon>();
    assert_send_sync::<delaktig_lexicon_sv::Vocabulary>();
}

/// The frequency a walk from `start` gives `word`, if it reaches a whole form.
fn walked(lex: &Lexicon, start: delaktig_lexicon_sv::Cursor, word: &str) -> Option<u32> {
    lex.advance(start, word)
        .and_then(|c| lex.cursor_frequency(c))
}

#[test]
fn the_common_map_holds_exactly_the_common_words_with_their_frequencies() {
    use fst::Streamer;
    let lex = Lexicon::embedded();
    let common = lex.common_word_cursor().expect("a common map");
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/words.fst")).unwrap();
    let words = fst::Map::new(bytes).unwrap();
    let mut stream = words.stream();
    let (mut in_common, mut rare_checked) = (0, 0);
    while let Some((key, value)) = stream.next() {
        let word = std::str::from_utf8(key).unwrap();
        let frequency = lex.frequency(word);
        assert_eq!(
            frequency,
            Some((value & u64::from(u32::MAX)) as u32),
            "{word}"
        );
        if frequency.is_some_and(|f| f >= delaktig_lexicon_sv::COMMON_MIN_FREQUENCY) {
            assert_eq!(walked(lex, common, word), frequency, "{word}");
            in_common += 1;
        } else if rare_checked * 40 < in_common {
            // A sample of the rest (the whole would take long in a debug build).
            assert_eq!(walked(lex, common, word), None, "{word}");
            rare_checked += 1;
        }
    }
    assert!(in_common > 40_000, "{in_common}");
    assert!(rare_checked > 1_000, "{rare_checked}");
}
