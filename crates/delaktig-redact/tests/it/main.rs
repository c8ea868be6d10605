//! Integration tests of delaktig-redact (one binary, see the modules).

mod fixtures;
