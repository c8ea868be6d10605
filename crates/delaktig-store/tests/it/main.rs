//! Integration tests of the SQLite register.

mod commands;
mod common;
mod deviations;
mod files;
mod notes;
mod props;
mod transfer;
