//! Derives the map of common word forms from the embedded word map: the forms whose frequency
//! reaches `COMMON_MIN_FREQUENCY`, with the same values (flags included). A walk that only
//! wants common readings (one misread letter on top of the OCR confusions) then searches a
//! map a sixteenth the size of the whole. Nothing is fetched: the input is `data/words.fst`.

use std::path::PathBuf;

use fst::{Map, MapBuilder, Streamer};

/// Least frequency (per billion words) of a form in the common map.
const COMMON_MIN_FREQUENCY: u32 = 300;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=data/words.fst");
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let words = Map::new(std::fs::read("data/words.fst")?)?;
    let mut common = MapBuilder::new(std::io::BufWriter::new(std::fs::File::create(
        out.join("common.fst"),
    )?))?;
    let mut stream = words.stream();
    while let Some((key, value)) = stream.next() {
        // The frequency is the low 32 bits; the bits above are flags.
        if value & u64::from(u32::MAX) >= u64::from(COMMON_MIN_FREQUENCY) {
            common.insert(key, value)?;
        }
    }
    common.finish()?;
    std::fs::write(
        out.join("common.rs"),
        format!(
            "/// Least frequency (per billion words) of a form in the map of common forms that\n\
             /// [`crate::Lexicon::common_word_cursor`] walks.\n\
             pub const COMMON_MIN_FREQUENCY: u32 = {COMMON_MIN_FREQUENCY};\n"
        ),
    )?;
    Ok(())
}
