//! Parser throughput on the corpus notes: the three clean notes and the
//! fixture notes, concatenated and repeated to about 1 MB; and the raw OCR
//! renderings the same way (the parser alone, without the normaliser).

use std::fs;
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use delaktig_notes::{ParseOptions, parse};

const TARGET: usize = 1 << 20;

fn corpus(dir: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let one: String = paths
        .iter()
        .map(|p| fs::read_to_string(p).unwrap_or_default() + "\n\n")
        .collect();
    let mut text = String::with_capacity(TARGET + one.len());
    while text.len() < TARGET {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    let options = ParseOptions::new().with_year(2019);
    let mut group = c.benchmark_group("parse");
    for (name, dir) in [("notes", "notes"), ("ocr", "ocr")] {
        let text = corpus(dir);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| parse(black_box(&text), &options)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
