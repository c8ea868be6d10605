//! Integration tests of delaktig-normalize: the public API, data-driven hazard and layout
//! cases, accuracy on the OCR corpora, and properties (idempotence, no panics).

mod api;
mod common;
mod corpus;
mod embedded;
mod hazards;
mod layout;
mod props;
mod protected;
