//! delaktig-redact
#![deny(missing_docs)]
