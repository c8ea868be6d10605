//! Deviation reports on cooperation.
#![deny(missing_docs)]
