//! Normalises the given files N times with one long-lived normaliser, for profiling the path
//! where every word's restoration is remembered (run it under callgrind with N and with 1;
//! the difference over N − 1 is one warm pass):
//! `cargo run --release -p delaktig-normalize --example warmloop -- N FILE...`.

use delaktig_normalize::Normalizer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let reps: usize = args.next().ok_or("usage: warmloop N FILE...")?.parse()?;
    let mut texts = Vec::new();
    for path in args {
        texts.push(std::fs::read_to_string(path)?);
    }
    let text = texts.join("\n\n");
    let normalizer = Normalizer::new();
    let mut bytes = 0;
    for _ in 0..reps {
        bytes += normalizer.normalize(&text).text.len();
    }
    println!("{bytes} bytes out");
    Ok(())
}
