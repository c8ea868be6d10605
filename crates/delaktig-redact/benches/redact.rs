//! Throughput of `Redactor::redact` on the workspace's clean corpus notes,
//! repeated to about 1 MB, and on a text dense with personal data.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use delaktig_redact::{RedactOptions, Redactor};

fn corpus_megabyte() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus/clean");
    let mut notes: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    notes.sort();
    assert!(!notes.is_empty(), "no corpus notes in {}", dir.display());
    let one = notes.join("\n\n");
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

fn dense_megabyte() -> String {
    let para = "Närvarande:\nAnna Svensson, Bryggan\nZoran Jovic (RSMH)\n\n\
        Handläggaren Maria Lindqvist (pnr 811218-9876) nås på 070-123 45 67 eller \
        maria.lindqvist@example.se. Hon bor på Drottninggatan 12 lgh 1102, 252 23 Helsingborg. \
        Bankgiro 5050-1055. Mötet 2019-06-04 kl. 10:00-12:00 hade 27 inkomna avvikelser. \
        Svensson föreslår ett nytt möte; Jovic undrar om lokalen.\n\n";
    para.repeat((1 << 20) / para.len() + 1)
}

fn bench(c: &mut Criterion) {
    let redactor = Redactor::new(RedactOptions {
        public_names: vec![
            "Leif Redestig".into(),
            "David Bergström".into(),
            "Per Skålén".into(),
        ],
        ..RedactOptions::default()
    })
    .expect("valid public names");
    let mut group = c.benchmark_group("redact");
    group.sample_size(20);
    for (name, text) in [
        ("corpus_1mb", corpus_megabyte()),
        ("dense_1mb", dense_megabyte()),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| redactor.redact(std::hint::black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
