//! Start-up and lookup cost of the embedded lexicon.
//!
//! `cargo bench -p delaktig-lexicon-sv --bench lexicon`

use criterion::{Criterion, criterion_group, criterion_main};
use delaktig_lexicon_sv::{Confusion, Lexicon};
use std::hint::black_box;

const WORDS: &[&str] = &[
    "och",
    "socialförvaltningen",
    "mötet",
    "pa",
    "brukarorganisationerna",
    "närvarande",
    "har",
    "förändringsförslagen",
    "berättade",
    "attitydambassadör",
    "xyzzy",
    "också",
];

fn startup(c: &mut Criterion) {
    // What `Lexicon::embedded()` does on its first call: open both maps from the static bytes.
    c.bench_function("open embedded maps (start-up)", |b| {
        b.iter(|| {
            let lex = Lexicon::embedded_uncached();
            black_box(lex.word_count())
        })
    });
    c.bench_function("open + first lookup", |b| {
        b.iter(|| {
            let lex = Lexicon::embedded_uncached();
            black_box(lex.frequency(black_box("förvaltningen")))
        })
    });
}

/// The lower-cased word tokens of the clean notes in the repository's corpus.
fn corpus_tokens() -> Vec<String> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus/clean");
    let mut tokens = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        tokens.extend(
            text.split(|c: char| !c.is_alphabetic())
                .filter(|t| !t.is_empty())
                .map(str::to_lowercase),
        );
    }
    tokens
}

fn lookups(c: &mut Criterion) {
    let lex = Lexicon::embedded();
    let tokens = corpus_tokens();
    let bytes: usize = tokens.iter().map(String::len).sum();
    let mut group = c.benchmark_group("corpus tokens");
    group.throughput(criterion::Throughput::Elements(tokens.len() as u64));
    group.bench_function(
        format!("frequency ({} tokens, {bytes} bytes)", tokens.len()),
        |b| {
            b.iter(|| {
                tokens
                    .iter()
                    .filter(|t| lex.frequency(black_box(t)).is_some())
                    .count()
            })
        },
    );
    group.finish();
    c.bench_function("frequency, 12 words", |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for w in WORDS {
                sum += u64::from(lex.frequency(black_box(w)).unwrap_or(0));
            }
            sum
        })
    });
    let rules = [
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
    ];
    let damaged = [
        "socialférvaltningen",
        "berattade",
        "pa",
        "ocks&",
        "nadde",
        "har",
        "motet",
        "forandringsforslagen",
    ];
    c.bench_function("readings, 8 damaged words, up to 3 changes", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            for w in damaged {
                lex.readings(black_box(w), &rules, 3, &mut out);
            }
            out.len()
        })
    });
    // The confusions listed in the normaliser's issue (lower-case side), with "d" and "i" as
    // real letters that may also stand for ä or ö, and a dropped ö.
    let full = [
        Confusion {
            from: "a",
            to: &["å", "ä"],
        },
        Confusion {
            from: "&",
            to: &["å", "ä"],
        },
        Confusion {
            from: "d",
            to: &["ä", "ö"],
        },
        Confusion {
            from: "i",
            to: &["ä"],
        },
        Confusion {
            from: "é",
            to: &["ä", "ö"],
        },
        Confusion {
            from: "ad",
            to: &["ä"],
        },
        Confusion {
            from: "da",
            to: &["ä"],
        },
        Confusion {
            from: "ia",
            to: &["ä"],
        },
        Confusion {
            from: "aé",
            to: &["ä"],
        },
        Confusion {
            from: "4",
            to: &["ä", "å"],
        },
        Confusion {
            from: "o",
            to: &["ö"],
        },
        Confusion {
            from: "6",
            to: &["ö"],
        },
        Confusion {
            from: "é6",
            to: &["ö"],
        },
        Confusion {
            from: "oé",
            to: &["ö"],
        },
        Confusion {
            from: "@",
            to: &["ö"],
        },
        Confusion {
            from: "",
            to: &["ö"],
        },
    ];
    c.bench_function(
        "readings, 8 damaged words, issue's full model, up to 2 changes",
        |b| {
            let mut out = Vec::new();
            b.iter(|| {
                out.clear();
                for w in damaged {
                    lex.readings(black_box(w), &full, 2, &mut out);
                }
                out.len()
            })
        },
    );
    c.bench_function("name_frequency", |b| {
        b.iter(|| lex.name_frequency(black_box("Åström")))
    });
    c.bench_function("word_prefixes, 12 words", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for w in WORDS {
                n += lex.word_prefixes(black_box(w)).count();
            }
            n
        })
    });
}

criterion_group!(benches, startup, lookups);
criterion_main!(benches);
