//! Keeps panics on the Rust side: every exported call runs inside `catch_unwind`, and a panic
//! (a bug, never expected input) reaches the caller as the area's `Internal` error.

use std::panic::{AssertUnwindSafe, catch_unwind};

/// An error type with a variant for a bug caught at the boundary.
pub(crate) trait Internal {
    /// The error for a caught panic with `message`.
    fn internal(message: String) -> Self;
}

/// Runs `f`, turning a panic into `E::internal`.
///
/// Unwind safety is asserted: the register's state lives in SQLite, whose open transaction
/// rolls back when a panic unwinds through it, and its lock is re-taken past poisoning (see
/// `register::Register::lock`), so nothing half-done is observable afterwards.
pub(crate) fn guard<T, E: Internal>(f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(E::internal(format!(
                "internal error in delaktig (a bug; please report it): {what}; nothing was \
                 changed"
            )))
        }
    }
}

/// Runs `f`, which cannot fail, turning a panic into `E::internal`.
pub(crate) fn guard_ok<T, E: Internal>(f: impl FnOnce() -> T) -> Result<T, E> {
    guard(|| Ok(f()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::RegisterError;

    #[test]
    fn a_panic_becomes_the_areas_internal_error() {
        let out: Result<(), RegisterError> = guard(|| panic!("index out of bounds"));
        let err = out.unwrap_err();
        assert!(matches!(err, RegisterError::Internal { .. }), "{err:?}");
        assert!(err.to_string().contains("index out of bounds"), "{err}");
        let out: Result<u8, RegisterError> = guard_ok(|| 7);
        assert_eq!(out.unwrap(), 7);
    }
}
