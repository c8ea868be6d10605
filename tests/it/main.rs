//! The one integration-test binary of the workspace root.

mod ingest;
mod register;
