//! Looks words up in the embedded lexicon and normalises a sentence, for debugging:
//! `cargo run -p delaktig-normalize --example lexdbg -- WORD... [-- SENTENCE]`.

use delaktig_lexicon_sv::Lexicon;
use delaktig_normalize::Normalizer;

fn main() {
    let lex = Lexicon::embedded();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (words, sentence) = match args.iter().position(|a| a == "--") {
        Some(i) => (&args[..i], args[i + 1..].join(" ")),
        None => (&args[..], String::new()),
    };
    for w in words {
        let split = lex.split_compound(w);
        println!(
            "{w}: frequency {:?}, name {:?}, compound {:?}",
            lex.frequency(w),
            lex.name_frequency(w),
            split.as_ref().map(|s| s.stems(w).collect::<Vec<_>>())
        );
    }
    if !sentence.is_empty() {
        let out = Normalizer::new().normalize(&sentence);
        println!("{}", out.text);
        for c in out.changes {
            println!(
                "  {:?} → {:?} {:?} {:.2}",
                c.original, c.replacement, c.reason, c.confidence
            );
        }
    }
}
