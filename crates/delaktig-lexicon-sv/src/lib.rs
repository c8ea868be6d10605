//! Embedded Swedish lexicon for restoring OCR-damaged text.
//!
//! # Overview
//!
//! [`Lexicon::embedded`] gives a read-only Swedish lexicon compiled into the library: every
//! inflected form generated from the lemmas of SAOL 14 (Svenska Akademiens ordlista), plus
//! forms attested in the `wordfreq` corpus that cannot be OCR-stripped spellings of known words,
//! each with its frequency in occurrences per billion words; and a separate set of proper names
//! (Swedish first names, surnames and places, written with their capitals).
//!
//! The data are three [`fst`] maps (word forms, names, compound heads) and a hash table of the
//! most frequent forms, included with `include_bytes!` and read in place: nothing is parsed or
//! copied at start-up, so the lexicon is ready in microseconds and costs no heap memory.
//!
//! # Features
//!
//! - Lookups: [`Lexicon::frequency`], [`Lexicon::contains`], [`Lexicon::name_frequency`].
//! - Compounds: [`Lexicon::word_prefixes`] and [`Lexicon::head_prefixes`] walk the maps once
//!   for every prefix that is a word or a compound head; [`Lexicon::split_compound`] reads a
//!   word as known parts with Swedish linking letters.
//! - Restoration: [`Lexicon::readings`] finds every known form a damaged word can stand for
//!   under a caller's OCR confusion model ([`Confusion`]), searching the map and the
//!   alternatives together instead of generating candidates and looking each up.
//!
//! [`Vocabulary`] layers a caller's own words and names (a municipality's place names, its
//! staff) on top of a lexicon at run time.
//!
//! # Example
//!
//! ```
//! use delaktig_lexicon_sv::{Lexicon, Vocabulary};
//!
//! let lex = Lexicon::embedded();
//! assert!(lex.contains("förvaltningen"));
//! assert!(lex.frequency("och").is_some_and(|f| f > 1_000_000));
//! assert_eq!(lex.frequency("forvaltningen"), None); // an OCR-stripped spelling
//! assert!(lex.name_frequency("Åström").is_some());
//!
//! // Compound splitting: which prefixes of a word are words themselves?
//! let lengths: Vec<usize> = lex.word_prefixes("socialförvaltningen").map(|(len, _)| len).collect();
//! assert!(lengths.contains(&"social".len()));
//!
//! // Restoration: what can "nadde" stand for if an a may have been å or ä?
//! let rules = [delaktig_lexicon_sv::Confusion { from: "a", to: &["å", "ä"] }];
//! let mut found = Vec::new();
//! lex.readings("nadde", &rules, 2, &mut found);
//! assert!(found.iter().any(|r| r.word == "nådde" && r.changes == 1));
//!
//! let mut vocab = Vocabulary::new();
//! vocab.add_name("Sköldenborg");
//! assert!(vocab.name_frequency("Sköldenborg").is_some());
//! vocab.add_word("brukarrådet", 50);
//! assert!(vocab.contains("brukarrådet"));
//! ```
//!
//! # Data and licences
//!
//! The code is MIT OR Apache-2.0. The embedded data (`data/`) are CC BY-SA 4.0, combining
//! SAOL 14 (CC BY 4.0) and wordfreq's word frequencies (CC BY-SA 4.0) with a name list written
//! for this crate; see `data/ATTRIBUTION.md`. The generator that rebuilds them is
//! `gen/build.py`.
#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/common.rs"));

mod compound;
mod cursor;
mod english;
mod hot;
mod lexicon;
mod node;
mod readings;
mod vocabulary;

pub use compound::{
    Compound, CompoundPart, LINKERS, MAX_PARTS, MIN_LAST_CHARS, MIN_PART_CHARS, PartKind,
    SHORT_LAST_PARTS, long_enough_last,
};
pub use cursor::{ByteSet, Cursor, CursorNode};
pub use english::is_common_english;
pub use lexicon::{Lexicon, Prefixes, SplitScratch};
pub use readings::{Confusion, MAX_CHANGES, MAX_SEARCH_BYTES, Reading};
pub use vocabulary::{
    Vocabulary, VocabularyCursor, VocabularyError, VocabularyMaps, VocabularyNode,
    VocabularyPrefixes,
};

/// The surname list behind the names map, as written in `data/names/surnames.txt`: common
/// surnames in Sweden, one per line, with `#` comment lines. The names map does not say which
/// kind a name is; a caller that must tell a surname from a first name or a place (the
/// redactor, finding a surname standing alone) reads this list.
pub const SURNAME_LIST: &str = include_str!("../data/names/surnames.txt");

/// The place list behind the names map, as written in `data/names/places.txt`: Swedish
/// municipalities and towns, provinces and counties, districts, waters and common street
/// names, one per line (a line of several words names one place), with `#` comment lines.
pub const PLACE_LIST: &str = include_str!("../data/names/places.txt");

/// The names of a list such as [`SURNAME_LIST`] or [`PLACE_LIST`]: its lines, trimmed, without blank and
/// comment lines.
pub fn list_entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
