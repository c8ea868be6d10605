//! Parses the given files, joined, N times, for profiling the parser alone:
//! `cargo run --release -p delaktig-notes --example parseloop -- N FILE...`.

use delaktig_notes::{ParseOptions, parse};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let reps: usize = args.next().ok_or("usage: parseloop N FILE...")?.parse()?;
    let mut text = String::new();
    for path in args {
        text.push_str(&std::fs::read_to_string(path)?);
        text.push_str("\n\n");
    }
    let options = ParseOptions::new().with_year(2019);
    let mut found = 0;
    for _ in 0..reps {
        let doc = parse(&text, &options);
        found += doc.proposals.len() + doc.dates.len();
    }
    println!("{found} items");
    Ok(())
}
