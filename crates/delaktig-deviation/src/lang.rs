//! Language of labels and reports, shared with the proposal domain so one `--lang` flag
//! serves both. Swedish is the default; English on request.

pub use delaktig_core::{Lang, LangParseError};
