//! Integration tests of the lexicon crate: the embedded data, prefix walks, run-time
//! additions, and how well the lexicon covers real notes.

mod compounds;
mod coverage;
mod embedded;
mod prefixes;
mod properties;
mod readings;
mod vocabulary;
