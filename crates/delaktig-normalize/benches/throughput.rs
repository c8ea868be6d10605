//! Normalisation throughput (MB/s, single thread) on OCR'd and on clean notes, with the
//! embedded lexicon, by a long-lived normaliser, by a fresh one and by one meeting new
//! documents, plus the cost of the first lexicon access.
//!
//! `cargo bench -p delaktig-normalize --bench throughput`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use delaktig_lexicon_sv::Lexicon;
use delaktig_normalize::Normalizer;

fn corpus(kind: &str) -> String {
    read_dir_joined(&format!("../../tests/data/corpus/{kind}"))
}

/// Every file of `dir` (relative to this crate), in name order, joined by blank lines.
fn read_dir_joined(dir: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let normalizer = Normalizer::new();
    let mut group = c.benchmark_group("normalize");
    for (label, text) in [("ocr", corpus("ocr")), ("clean", corpus("clean"))] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(label, |b| b.iter(|| normalizer.normalize(black_box(&text))));
    }
    // A fresh normaliser each time: nothing remembered from earlier calls (the figure for a
    // one-off document; the ones above are for a long-lived normaliser that has seen text
    // like it before).
    let ocr = corpus("ocr");
    group.throughput(Throughput::Bytes(ocr.len() as u64));
    group.bench_function("ocr_fresh_normalizer", |b| {
        b.iter_batched(
            Normalizer::new,
            |n| n.normalize(black_box(&ocr)),
            BatchSize::SmallInput,
        )
    });
    // Unseen documents for a normaliser that has worked through other notes: the held-out
    // renderings (21 of them, 7 texts) after the corpus, each iteration with a normaliser
    // that has seen the corpus only. The figure for an archive of new notes.
    let heldout = read_dir_joined("tests/data/heldout/ocr");
    group.throughput(Throughput::Bytes(heldout.len() as u64));
    group.bench_function("unseen_after_corpus", |b| {
        b.iter_batched(
            || {
                let n = Normalizer::new();
                n.normalize(&ocr);
                n
            },
            |n| n.normalize(black_box(&heldout)),
            BatchSize::LargeInput,
        )
    });
    group.finish();
    c.bench_function("lexicon_first_lookup", |b| {
        b.iter(|| black_box(Lexicon::embedded()).frequency(black_box("förvaltningen")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
