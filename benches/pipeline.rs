//! Normalise + parse throughput (MB/s, single thread): OCR'd notes restored and parsed into a
//! document, the work `delaktig parse` and `delaktig ingest` do per note.
//!
//! `cargo bench -p delaktig --bench pipeline`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use delaktig::ingest::restore_and_parse;
use delaktig_normalize::Normalizer;
use delaktig_notes::ParseOptions;

/// Every file of `dir` (relative to the repository), in name order.
fn files(dir: &str) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn bench(c: &mut Criterion) {
    let options = ParseOptions::new().with_year(2019);
    let corpus = files("tests/data/corpus/ocr");
    let heldout = files("crates/delaktig-normalize/tests/data/heldout/ocr");
    let bytes = |notes: &[String]| notes.iter().map(|n| n.len() as u64).sum::<u64>();
    let mut group = c.benchmark_group("normalize_and_parse");

    // A long-lived normaliser meeting notes it has seen (its memos warm).
    let warm = Normalizer::new();
    group.throughput(Throughput::Bytes(bytes(&corpus)));
    group.bench_function("ocr_notes_seen", |b| {
        b.iter(|| {
            for note in &corpus {
                black_box(restore_and_parse(black_box(note), Some(&warm), options));
            }
        })
    });

    // New notes: the held-out renderings, for a normaliser that has seen the corpus only.
    group.throughput(Throughput::Bytes(bytes(&heldout)));
    group.bench_function("ocr_notes_unseen", |b| {
        b.iter_batched(
            || {
                let n = Normalizer::new();
                for note in &corpus {
                    n.normalize(note);
                }
                n
            },
            |n| {
                for note in &heldout {
                    black_box(restore_and_parse(black_box(note), Some(&n), options));
                }
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
