//! Readings of damaged words under a confusion model, searched in the fst.

use delaktig_lexicon_sv::{Confusion, Lexicon, Reading};

const RULES: &[Confusion<'static>] = &[
    Confusion {
        from: "a",
        to: &["å", "ä"],
    },
    Confusion {
        from: "o",
        to: &["ö"],
    },
    Confusion {
        from: "é",
        to: &["ö", "ä"],
    },
    Confusion {
        from: "6",
        to: &["ö"],
    },
    Confusion {
        from: "&",
        to: &["å", "ä"],
    },
    Confusion {
        from: "ad",
        to: &["ä"],
    },
];

fn read(lex: &Lexicon, word: &str, max: u32) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    lex.readings(word, RULES, max, &mut out);
    out.into_iter().map(|r| (r.word, r.changes)).collect()
}

#[test]
fn readings_restore_swedish_letters() {
    let lex = Lexicon::embedded();
    let words = |w: &str| {
        read(lex, w, 3)
            .into_iter()
            .map(|(w, _)| w)
            .collect::<Vec<_>>()
    };
    assert_eq!(words("pa"), ["på"]);
    assert_eq!(words("ocks&"), ["också"]);
    assert_eq!(words("berattade"), ["berättade"]);
    assert_eq!(words("bér"), ["bär", "bör"]);
    assert_eq!(
        words("attitydambassadé6r"),
        Vec::<String>::new(),
        "é6 is one letter, not two"
    );
    // Both spellings known: the reader gets both, with their changes, to choose by context.
    let har = read(lex, "har", 3);
    assert!(
        har.contains(&("har".into(), 0)) && har.contains(&("här".into(), 1)),
        "{har:?}"
    );
    let ar = read(lex, "ar", 3);
    for w in ["ar", "år", "är"] {
        assert!(ar.iter().any(|(x, _)| x == w), "{w} in {ar:?}");
    }
}

#[test]
fn multi_letter_and_empty_sources() {
    let lex = Lexicon::from_entries([("säger", 10), ("för", 20), ("svårt", 5)], []);
    assert_eq!(read(&lex, "sadger", 2), [("säger".to_string(), 1)]);
    let dropped = [Confusion {
        from: "",
        to: &["ö", "å"],
    }];
    let mut out = Vec::new();
    lex.readings("fr", &dropped, 1, &mut out);
    lex.readings("svrt", &dropped, 1, &mut out);
    let got: Vec<&str> = out.iter().map(|r| r.word.as_str()).collect();
    assert_eq!(got, ["för", "svårt"]);
}

#[test]
fn limits_are_respected_and_results_are_known_forms() {
    let lex = Lexicon::embedded();
    // "forandringar" needs two changes.
    assert!(read(lex, "forandringar", 1).is_empty());
    assert_eq!(
        read(lex, "forandringar", 2),
        [("förändringar".to_string(), 2)]
    );
    let mut out: Vec<Reading> = Vec::new();
    lex.readings("motet", RULES, 3, &mut out);
    assert!(!out.is_empty());
    for r in &out {
        assert_eq!(lex.frequency(&r.word), Some(r.frequency), "{r:?}");
    }
    let mut words: Vec<&str> = out.iter().map(|r| r.word.as_str()).collect();
    words.dedup();
    assert_eq!(words.len(), out.len(), "each form once");
    // Appends to what the caller already had; over-long input has no readings.
    let before = out.len();
    lex.readings(&"a".repeat(200), RULES, 3, &mut out);
    assert_eq!(out.len(), before);
}

#[test]
fn name_readings_restore_capitals() {
    let lex = Lexicon::embedded();
    let rules = [
        Confusion {
            from: "A",
            to: &["Å", "Ä"],
        },
        Confusion {
            from: "O",
            to: &["Ö"],
        },
        Confusion {
            from: "o",
            to: &["ö"],
        },
        Confusion {
            from: "é",
            to: &["ö"],
        },
    ];
    let mut out = Vec::new();
    lex.name_readings("Astrém", &rules, 3, &mut out);
    assert_eq!(
        out.iter().map(|r| r.word.as_str()).collect::<Vec<_>>(),
        ["Åström"]
    );
}
