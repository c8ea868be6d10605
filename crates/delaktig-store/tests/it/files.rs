//! Files: persistence across reopen, WAL, append-only triggers, and bad files.

use crate::common::*;
use delaktig_core::*;
use delaktig_store::*;

#[test]
fn reopening_yields_the_committed_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.db");
    let before = {
        let mut reg = Register::create(&path).unwrap();
        let id = reg.raise(draft("Checklista"), &kim(), day(0)).unwrap();
        reg.move_to(id, spec(State::Accepted, None), &staff(), day(2))
            .unwrap();
        // A refused command is not committed either.
        assert!(
            reg.move_to(id, spec(State::Rejected, Some("nej")), &staff(), day(3))
                .is_err()
        );
        let mut s = Settings::default();
        s.justification.min_words = 4;
        reg.set_settings(s).unwrap();
        snapshot(&reg)
    };
    let reg = Register::open(&path).unwrap();
    assert_eq!(snapshot(&reg), before);
    assert_eq!(reg.settings().justification.min_words, 4);
    assert_eq!(
        reg.proposal(ProposalId::new(1)).unwrap().state(),
        State::Accepted
    );
    reg.check_integrity().unwrap();
}

#[test]
fn file_register_uses_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.db");
    let _reg = Register::open(&path).unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let mode: String = raw
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn history_rows_cannot_be_updated_or_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.db");
    let mut reg = Register::open(&path).unwrap();
    reg.raise(draft("Checklista"), &kim(), day(0)).unwrap();
    drop(reg);
    let raw = rusqlite::Connection::open(&path).unwrap();
    let e = raw
        .execute("UPDATE events SET body = '{}'", [])
        .unwrap_err();
    assert!(e.to_string().contains("append-only"), "{e}");
    let e = raw.execute("DELETE FROM events", []).unwrap_err();
    assert!(e.to_string().contains("append-only"), "{e}");
}

#[test]
fn create_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.db");
    Register::create(&path).unwrap();
    assert!(matches!(
        Register::create(&path),
        Err(StoreError::AlreadyExists(_))
    ));
    let missing = dir.path().join("nope.db");
    assert!(matches!(
        Register::open_existing(&missing),
        Err(StoreError::Io { .. })
    ));
}

#[test]
fn an_empty_file_becomes_a_register() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    let mut reg = Register::open(&path).unwrap();
    reg.raise(draft("X"), &kim(), day(0)).unwrap();
}

#[test]
fn a_text_file_is_not_a_register_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    let text = "Gemensam utvecklingsgrupp 19 september\nNärvarande: …\n".repeat(200);
    std::fs::write(&path, &text).unwrap();
    let e = Register::open(&path).unwrap_err();
    assert!(matches!(e, StoreError::NotARegister { .. }), "{e:?}");
    assert!(e.to_string().contains("is not a delaktig register"), "{e}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn another_applications_database_is_not_a_register() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch(
        "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('kanelbulle');",
    )
    .unwrap();
    drop(raw);
    let e = Register::open(&path).unwrap_err();
    assert!(e.to_string().contains("another application"), "{e}");
}

#[test]
fn a_newer_schema_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.db");
    drop(Register::create(&path).unwrap());
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(raw);
    let e = Register::open(&path).unwrap_err();
    assert!(
        matches!(
            e,
            StoreError::NewerSchema { found, supported, .. }
                if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("upgrade delaktig"));
}

/// Overwrites bytes in the middle of a register: opening or reading must give an error
/// naming corruption (or a not-a-register error if the header was hit), never a panic.
#[test]
fn a_corrupt_file_gives_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.db");
    {
        let mut reg = Register::create(&path).unwrap();
        reg.batch(|b| {
            for i in 0..300 {
                b.raise(
                    draft(&format!("Förslag nummer {i} om bättre bemötande")),
                    &kim(),
                    day(0),
                )?;
            }
            Ok(())
        })
        .unwrap();
    }
    // Fold the WAL into the main file so the damage hits committed pages.
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(raw);
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192);
    for b in bytes.iter_mut().skip(4096) {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    let outcome = Register::open(&path).and_then(|reg| {
        reg.proposals()?;
        reg.check_integrity()
    });
    let e = outcome.unwrap_err();
    assert!(
        matches!(
            e,
            StoreError::Corrupt { .. } | StoreError::NotARegister { .. }
        ),
        "unexpected error kind: {e:?}"
    );

    // Damaged header: not even SQLite any more.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[..16].copy_from_slice(b"not sqlite at al");
    std::fs::write(&path, &bytes).unwrap();
    assert!(matches!(
        Register::open(&path),
        Err(StoreError::NotARegister { .. })
    ));
}
