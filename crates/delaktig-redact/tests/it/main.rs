//! Integration tests of delaktig-redact, one binary: API shape, each
//! detector through the public API, properties, and the data-driven fixtures.

mod api;
mod fixtures;
mod identity;
mod names;
mod other_kinds;
mod props;
mod util;
