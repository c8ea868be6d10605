//! delaktig-notes
#![deny(missing_docs)]
