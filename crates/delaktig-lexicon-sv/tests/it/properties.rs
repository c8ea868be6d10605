//! Invariants over arbitrary input: lookups never panic, the prefix walk agrees with probing
//! every prefix, and compound readings are made of known parts.

use delaktig_lexicon_sv::{Confusion, Lexicon, PartKind, SplitScratch, Vocabulary};
use proptest::prelude::*;

/// Words drawn from Swedish letters (so that real prefixes occur), plus arbitrary text.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zåäöé]{0,24}",
        "(social|för|valt|ning|en|brukar|s|o|grupp|möte|t|arbets|marknad){1,5}",
        any::<String>(),
    ]
}

/// Every string one edit from `word` with `alphabet`'s letters, probed one by one: what the
/// fst walk of `one_edit_readings` must find.
fn one_edit_probed(lex: &Lexicon, word: &str, alphabet: &[char]) -> Vec<(String, u32)> {
    let chars: Vec<char> = word.chars().collect();
    let mut found = std::collections::BTreeMap::new();
    let mut probe = |s: String| {
        if s != word
            && let Some(f) = lex.frequency(&s)
        {
            found.insert(s, f);
        }
    };
    for i in 0..=chars.len() {
        let (head, tail) = chars.split_at(i);
        for &c in alphabet {
            probe(head.iter().chain([&c]).chain(tail).collect());
            if let Some((_, rest)) = tail.split_first() {
                probe(head.iter().chain([&c]).chain(rest).collect());
            }
        }
        if let Some((_, rest)) = tail.split_first() {
            probe(head.iter().chain(rest).collect());
        }
    }
    found.into_iter().collect()
}

const ALPHABET: &str = "abcdefghijklmnoprstuvyåäö";

proptest! {
    /// Splits that follow the walks of earlier ones give what fresh splits give, whatever
    /// words came before (sharing beginnings or not) and in whichever lexicon.
    #[test]
    fn remembered_walks_split_as_fresh_ones(
        words in prop::collection::vec(words(), 1..24),
        variants in prop::collection::vec((0usize..32, "[aåäoöe]"), 0..24),
    ) {
        let embedded = Lexicon::embedded();
        let small = Lexicon::from_entries(
            [("brukar", 5), ("grupp", 9), ("gruppen", 7), ("möte", 3), ("mötet", 2)],
            [],
        )
        .with_compound_heads([("arbets", 4), ("brukar", 1)]);
        let mut scratch = SplitScratch::default();
        // Each word, then spellings of it with one letter changed (as candidate spellings
        // of a damaged word differ), alternating between the lexicons.
        let mut all = Vec::new();
        for word in &words {
            all.push(word.clone());
            for (at, letter) in &variants {
                let mut chars: Vec<char> = word.chars().collect();
                if let Some(c) = chars.get_mut(*at) {
                    *c = letter.chars().next().unwrap_or('a');
                    all.push(chars.into_iter().collect());
                }
            }
        }
        for (i, word) in all.iter().enumerate() {
            let lex = if i % 7 == 6 { &small } else { embedded };
            prop_assert_eq!(lex.split_compound_with(word, &mut scratch), lex.split_compound(word), "{}", word);
        }
    }

    #[test]
    fn cursor_walk_equals_lookup(word in words(), split in 0usize..24) {
        let lex = Lexicon::embedded();
        let cut = (0..=split.min(word.len())).rev().find(|&i| word.is_char_boundary(i)).unwrap_or(0);
        let (a, b) = word.split_at(cut);
        let walked = lex
            .word_cursor()
            .and_then(|c| lex.advance(c, a))
            .and_then(|c| lex.advance(c, b))
            .and_then(|c| lex.cursor_frequency(c));
        prop_assert_eq!(walked, lex.frequency(&word));
        // With additions, the vocabulary's cursor answers as its lookups do.
        let mut vocabulary = Vocabulary::new();
        vocabulary.add_word("sköldenborgsgården", 40);
        vocabulary.add_word("och", 1);
        for probe in [word.as_str(), "sköldenborgsgården", "och"] {
            let walked = vocabulary
                .word_cursor()
                .and_then(|c| vocabulary.advance(c, probe))
                .and_then(|c| vocabulary.cursor_frequency(c));
            prop_assert_eq!(walked, vocabulary.frequency(probe));
        }
    }

    #[test]
    fn one_edit_walk_equals_probing(word in words()) {
        let lex = Lexicon::embedded();
        let alphabet: Vec<char> = ALPHABET.chars().collect();
        let mut walked = Vec::new();
        lex.one_edit_readings(&word, &alphabet, &mut walked);
        let walked: Vec<(String, u32)> = walked
            .into_iter()
            .map(|r| (r.word, r.frequency))
            .collect();
        prop_assert_eq!(walked, one_edit_probed(lex, &word, &alphabet));
    }

    #[test]
    fn prefix_walk_equals_probing(word in words()) {
        let lex = Lexicon::embedded();
        let walked: Vec<(usize, u32)> = lex.word_prefixes(&word).collect();
        let probed: Vec<(usize, u32)> = word
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter_map(|end| lex.frequency(&word[..end]).map(|f| (end, f)))
            .collect();
        prop_assert_eq!(walked, probed);
    }

    #[test]
    fn compound_readings_are_made_of_known_parts(word in words()) {
        let lex = Lexicon::embedded();
        if let Some(c) = lex.split_compound(&word) {
            let parts = c.parts();
            prop_assert!(parts.len() >= 2);
            let mut at = 0;
            for (i, p) in parts.iter().enumerate() {
                prop_assert_eq!(p.stem.start, at);
                let stem = &word[p.stem.clone()];
                let known = match p.kind {
                    PartKind::Word => lex.contains(stem),
                    PartKind::Head => lex.head_prefixes(stem).any(|(l, _)| l == stem.len()),
                };
                prop_assert!(known, "{} in {}", stem, word);
                if i + 1 == parts.len() {
                    prop_assert_eq!(p.stem.end, word.len());
                    prop_assert_eq!(p.kind, PartKind::Word);
                }
                at = p.linker.end;
            }
        }
    }

    #[test]
    fn readings_are_known_forms_within_the_limit(word in words(), max in 0u32..4) {
        let lex = Lexicon::embedded();
        let rules = [
            Confusion { from: "a", to: &["å", "ä"] },
            Confusion { from: "o", to: &["ö"] },
            Confusion { from: "", to: &["ö"] },
            Confusion { from: "ad", to: &["ä"] },
        ];
        let mut out = Vec::new();
        lex.readings(&word, &rules, max, &mut out);
        for r in &out {
            prop_assert_eq!(lex.frequency(&r.word), Some(r.frequency));
            prop_assert!(r.changes <= max);
        }
        if lex.contains(&word) {
            prop_assert!(out.iter().any(|r| r.word == word && r.changes == 0));
        }
        prop_assert!(out.windows(2).all(|p| p[0].word < p[1].word));
    }

    #[test]
    fn nothing_panics_on_arbitrary_input(word in any::<String>(), freq in any::<u32>()) {
        let lex = Lexicon::embedded();
        let _ = (lex.frequency(&word), lex.name_frequency(&word), lex.split_compound(&word));
        let _ = lex.word_prefixes(&word).count() + lex.head_prefixes(&word).count();
        let mut v = Vocabulary::new();
        let _ = v.try_add_word(&word, freq);
        let _ = v.try_add_name(&word, freq);
        let _ = (v.frequency(&word), v.name_frequency(&word), v.split_compound(&word));
        let _ = v.word_prefixes(&word).count();
    }
}
