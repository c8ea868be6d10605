//! How much of real, correctly spelled Swedish the lexicon knows: the share of word tokens
//! of the clean notes in the repository's corpus that are known words or names.
//! Run with `--nocapture` to see the figure and the misses.

use std::collections::BTreeMap;
use std::path::PathBuf;

use delaktig_lexicon_sv::Lexicon;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus/clean")
}

fn known(lex: &Lexicon, token: &str) -> bool {
    let lower = token.to_lowercase();
    lex.contains(&lower) || lex.contains_name(token) || {
        // Names in capitals ("ÅSTRÖM") or at the start of a line in capitals only.
        let mut chars = lower.chars();
        let capitalised: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        lex.contains_name(&capitalised)
    }
}

#[test]
fn clean_notes_are_covered() {
    let lex = Lexicon::embedded();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(corpus_dir()) {
        Ok(dir) => dir.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("corpus at {}: {e}", corpus_dir().display()),
    };
    files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    files.sort();
    assert!(!files.is_empty());
    let (mut tokens, mut exact, mut compounds) = (0usize, 0usize, 0usize);
    let mut misses: BTreeMap<String, usize> = BTreeMap::new();
    let mut split: BTreeMap<String, String> = BTreeMap::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for token in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|t| !t.is_empty())
        {
            tokens += 1;
            let lower = token.to_lowercase();
            if known(lex, token) {
                exact += 1;
            } else if let Some(c) = lex.split_compound(&lower) {
                compounds += 1;
                split.insert(lower.clone(), c.stems(&lower).collect::<Vec<_>>().join("|"));
            } else {
                *misses.entry(token.to_string()).or_default() += 1;
            }
        }
    }
    let pct = |n: usize| n as f64 * 100.0 / tokens as f64;
    println!(
        "coverage of {tokens} word tokens: {:.2} % known words or names; {:.2} % with compounds read from known parts",
        pct(exact),
        pct(exact + compounds)
    );
    println!("compounds: {split:?}");
    println!("misses: {misses:?}");
    assert!(pct(exact) > 94.0, "exact coverage {:.2} %", pct(exact));
    assert!(
        pct(exact + compounds) > 97.0,
        "coverage with compounds {:.2} %",
        pct(exact + compounds)
    );
}
