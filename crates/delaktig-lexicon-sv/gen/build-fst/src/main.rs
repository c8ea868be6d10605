//! Turns the generator's sorted `word<TAB>frequency` lists into the fst maps the crate embeds.
//!
//! Usage: `delaktig-lexicon-build-fst (LIST.tsv OUT.fst)...` (run by `gen/build.py`).

use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter};

fn build(tsv: &str, out: &str) -> Result<usize, Box<dyn Error>> {
    let reader = BufReader::new(File::open(tsv).map_err(|e| format!("{tsv}: {e}"))?);
    let writer = BufWriter::new(File::create(out).map_err(|e| format!("{out}: {e}"))?);
    let mut builder = fst::MapBuilder::new(writer)?;
    let mut count = 0;
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        let (key, freq) = line
            .split_once('\t')
            .ok_or_else(|| format!("{tsv}:{}: expected word<TAB>frequency", n + 1))?;
        let freq: u64 = freq.parse().map_err(|e| format!("{tsv}:{}: {e}", n + 1))?;
        builder
            .insert(key, freq)
            .map_err(|e| format!("{tsv}:{}: {e} (the list must be sorted bytewise)", n + 1))?;
        count += 1;
    }
    builder.finish()?;
    Ok(count)
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.len() % 2 != 0 {
        return Err("usage: delaktig-lexicon-build-fst (LIST.tsv OUT.fst)...".into());
    }
    for pair in args.chunks(2) {
        if let [tsv, out] = pair {
            let n = build(tsv, out)?;
            println!("{out}: {n} entries");
        }
    }
    Ok(())
}
