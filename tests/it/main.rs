//! The one integration-test binary of the workspace root.

mod register;
