//! Normalisation throughput (MB/s, single thread) on OCR'd and on clean notes, with the
//! embedded lexicon, by a long-lived normaliser, by a fresh one and by one meeting new
//! documents, plus the cost of the first lexicon access; and, in the same run, the peer
//! (hunspell sv_SE taking its first suggestion, when it is installed) next to a fresh
//! normaliser on one short OCR'd note.
//!
//! `cargo bench -p delaktig-normalize --bench throughput`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use delaktig_lexicon_sv::Lexicon;
use delaktig_normalize::Normalizer;

#[path = "../peer/hunspell.rs"]
mod hunspell;

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

/// The peer and the normaliser on the same short OCR'd note (2 KB: hunspell's suggestions
/// take seconds per kilobyte, so the corpus would take minutes per sample). Both start cold:
/// one hunspell process (dictionary loading included; measured alone as
/// `hunspell_startup`) and one fresh normaliser per iteration.
fn peer(c: &mut Criterion) {
    let note = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/data/corpus/ocr/fredagsturne-med-per-skalen.serif.txt"),
    )
    .unwrap();
    let mut group = c.benchmark_group("peer");
    group.throughput(Throughput::Bytes(note.len() as u64));
    group.bench_function("delaktig_fresh_normalizer", |b| {
        b.iter_batched(
            Normalizer::new,
            |n| n.normalize(black_box(&note)),
            BatchSize::SmallInput,
        )
    });
    // Installed with the dictionary: then "bér" gets a suggestion.
    if hunspell::first_suggestions("bér").is_none_or(|s| s == "bér") {
        eprintln!("hunspell with sv_SE not found: the peer is not measured");
        group.finish();
        return;
    }
    // About 3 s per iteration: ten samples, no more.
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(40));
    group.bench_function("hunspell_first_suggestion", |b| {
        b.iter(|| hunspell::first_suggestions(black_box(&note)))
    });
    group.throughput(Throughput::Elements(1));
    group.measurement_time(std::time::Duration::from_secs(5));
    group.bench_function("hunspell_startup", |b| {
        b.iter(|| hunspell::first_suggestions(black_box("och")))
    });
    group.finish();
}

criterion_group!(benches, bench, peer);
criterion_main!(benches);
