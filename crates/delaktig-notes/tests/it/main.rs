//! Integration tests of delaktig-notes: fixture notes with expected JSON,
//! robustness on hostile input, property tests and the OCR round trip.

mod fixtures;
mod meetings;
mod ocr;
mod robustness;
mod support;
mod tasks;
