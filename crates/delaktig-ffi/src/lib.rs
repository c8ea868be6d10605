//! uniffi bindings layer of delaktig: the only crate that knows uniffi.
//!
//! # Overview
//!
//! The domain crates stay free of FFI attributes; this crate wraps their types in FFI-friendly
//! ones (records, enums, objects and one error enum per area) and exports them with uniffi's
//! proc-macros. `uniffi-bindgen` then generates Kotlin, Swift and Python sources from the built
//! library (library mode); `bindings/run-tests.sh` builds, generates and tests all three.
//!
//! Timestamps cross the boundary as native types: [`Timestamp`] wraps a
//! `chrono::DateTime<Utc>` and is converted to `SystemTime`, which Kotlin sees as
//! `java.time.Instant`, Swift as `Date` and Python as `datetime`.
//!
//! # Example
//!
//! ```
//! use delaktig_ffi::{parse_timestamp, version};
//!
//! assert!(!version().is_empty());
//! let t = parse_timestamp("2026-01-19T10:00:00Z".into()).unwrap();
//! assert_eq!(t.to_string(), "2026-01-19T10:00:00Z");
//! assert!(parse_timestamp("19 januari".into()).is_err());
//! ```
#![deny(missing_docs)]

mod time;

pub use time::{InputError, Timestamp, parse_timestamp};

uniffi::setup_scaffolding!("delaktig");

/// The version of the delaktig library behind these bindings.
#[uniffi::export]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
