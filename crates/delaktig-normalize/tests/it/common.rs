//! Shared fixtures: the hand-made test lexicon and paths to test data.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use delaktig_lexicon_sv::Lexicon;
use delaktig_normalize::Normalizer;

pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn read_tsv(name: &str) -> Vec<(String, u32)> {
    let text = std::fs::read_to_string(data_dir().join("lexicon").join(name)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (w, f) = l.split_once('\t').unwrap();
            (w.to_string(), f.trim().parse().unwrap())
        })
        .collect()
}

/// The test lexicon of tests/data/lexicon/.
pub fn test_lexicon() -> Arc<Lexicon> {
    static LEX: OnceLock<Arc<Lexicon>> = OnceLock::new();
    LEX.get_or_init(|| {
        let words = read_tsv("words.tsv");
        let names = read_tsv("names.tsv");
        Arc::new(Lexicon::from_entries(
            words.iter().map(|(w, f)| (w.as_str(), *f)),
            names.iter().map(|(w, f)| (w.as_str(), *f)),
        ))
    })
    .clone()
}

pub fn test_normalizer() -> Normalizer {
    Normalizer::with_lexicon(test_lexicon())
}

/// Whether expectations should be rewritten instead of checked.
pub fn update_expect() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1")
}

/// Property-test settings: `cases` cases from the fixed `seed`, so that the suite gives the
/// same verdict on every run; `PROPTEST_EXPLORE=1` draws them at random instead, to look for
/// new failures.
pub fn proptest_config(cases: u32, seed: u64) -> proptest::test_runner::Config {
    let rng_seed = if std::env::var_os("PROPTEST_EXPLORE").is_some() {
        proptest::test_runner::RngSeed::Random
    } else {
        proptest::test_runner::RngSeed::Fixed(seed)
    };
    proptest::test_runner::Config {
        cases,
        rng_seed,
        ..proptest::test_runner::Config::default()
    }
}
