//! delaktig-normalize
#![deny(missing_docs)]
