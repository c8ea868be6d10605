//! delaktig-store
#![deny(missing_docs)]
