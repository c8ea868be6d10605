//! delaktig-core
#![deny(missing_docs)]
