//! uniffi bindings layer of delaktig.
#![deny(missing_docs)]

uniffi::setup_scaffolding!();
