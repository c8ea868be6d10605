//! Integration tests of the FFI layer in Rust: the calls the foreign languages make, checked
//! on this side of the boundary (thread-safety, error mapping, the shared scenario).

mod common;
mod deviations;
mod errors;
mod normalize;
mod notes;
mod register;
mod threads;
