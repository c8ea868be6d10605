//! Where the time goes: runs each detector alone, then the whole redactor,
//! over the workspace's clean corpus notes repeated to about 1 MB.
//!
//! `cargo run --release -p delaktig-redact --example throughput [ROUNDS]`
//!
//! Wall-clock figures on a busy machine include waiting for a core; run it
//! under `perf stat -e task-clock` to see the CPU time actually used.

use std::path::Path;
use std::time::Instant;

use delaktig_redact::{Kind, Kinds, RedactOptions, Redactor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = std::env::args().nth(1).map_or(Ok(10), |a| a.parse())?;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus/clean");
    let mut notes = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        notes.push(std::fs::read_to_string(entry?.path())?);
    }
    notes.sort();
    let one = notes.join("\n\n");
    let text = one.repeat((1 << 20) / one.len().max(1) + 1);
    let mb = text.len() as f64 / f64::from(1 << 20);
    println!("{:.2} MB of corpus text, {rounds} rounds", mb);
    for kind in Kind::ALL {
        let r = Redactor::new(RedactOptions {
            kinds: Kinds::only(&[kind]),
            ..RedactOptions::default()
        })?;
        let t = Instant::now();
        let mut found = 0;
        for _ in 0..rounds {
            found = std::hint::black_box(r.find(&text)).len();
        }
        let ms = t.elapsed().as_secs_f64() * 1e3 / rounds as f64;
        println!(
            "{:<18} {:>8.2} ms/round  {:>6} found",
            kind.as_str(),
            ms,
            found
        );
    }
    let r = Redactor::default();
    let t = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(r.redact(&text));
    }
    let secs = t.elapsed().as_secs_f64() / rounds as f64;
    println!(
        "{:<18} {:>8.2} ms/round  {:.1} MB/s",
        "redact (all)",
        secs * 1e3,
        mb / secs
    );
    Ok(())
}
