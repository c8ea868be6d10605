//! The SQLite schema and opening checks.
//!
//! Events are the truth and are append-only (triggers abort UPDATE and DELETE); the
//! `proposals` table is a snapshot of each fold, kept in the same transaction, for queries.

use crate::error::{Result, StoreError};
use rusqlite::{Connection, OptionalExtension};
use std::path::Path;

/// Schema version this build writes and reads (stored in `PRAGMA user_version`).
///
/// - 1: proposals, meetings and their events; deviation tables added on open when missing.
/// - 2: deviation settings (category list, known parties, policy) stored in the register,
///   and a visibility on deviations and their events. A version-1 file is migrated when
///   opened.
pub const SCHEMA_VERSION: i64 = 2;

/// `PRAGMA application_id` of a delaktig register ("DLKT").
pub const APPLICATION_ID: i64 = 0x444c_4b54;

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    group_id INTEGER REFERENCES groups(id),
    title TEXT NOT NULL,
    date TEXT,
    place TEXT,
    visibility TEXT NOT NULL
);
CREATE TABLE attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    pos INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT,
    PRIMARY KEY (meeting_id, pos)
) WITHOUT ROWID;
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    state TEXT NOT NULL,
    state_since TEXT NOT NULL,
    created TEXT NOT NULL,
    visibility TEXT NOT NULL,
    discussions_since_change INTEGER NOT NULL,
    event_count INTEGER NOT NULL,
    match_key TEXT NOT NULL
);
CREATE INDEX proposals_state ON proposals(state);
CREATE TABLE events (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    visibility TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (proposal_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'history events are append-only and cannot be changed'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'history events are append-only and cannot be deleted'); END;
";

/// Deviation reports and their append-only history as schema version 1 had them. Created
/// with `IF NOT EXISTS`, as version-1 registers written before deviations existed lack them.
const DEVIATION_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS deviations (
    id TEXT PRIMARY KEY,
    year INTEGER,
    number INTEGER NOT NULL,
    state TEXT NOT NULL,
    state_since TEXT NOT NULL,
    report_date TEXT NOT NULL,
    event_count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS deviation_events (
    deviation_id TEXT NOT NULL REFERENCES deviations(id),
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (deviation_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS deviation_events_append_only_update BEFORE UPDATE ON deviation_events
BEGIN SELECT RAISE(ABORT, 'deviation history events are append-only and cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS deviation_events_append_only_delete BEFORE DELETE ON deviation_events
BEGIN SELECT RAISE(ABORT, 'deviation history events are append-only and cannot be deleted'); END;
";

/// From version 1 to 2: visibility on deviations and their events (rows written before read
/// as internal, as they were treated), and the deviation settings.
const TO_VERSION_2: &str = "
ALTER TABLE deviations ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal';
ALTER TABLE deviation_events ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal';
CREATE TABLE deviation_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// Brings a register of an older schema version up to [`SCHEMA_VERSION`] in one
/// transaction; a failure leaves the file as it was. A current register is left alone.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let version = |c: &Connection| c.pragma_query_value(None, "user_version", |r| r.get(0));
    if version(conn)? >= SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Read again under the write lock: another process may have migrated the file while
    // this one waited for it.
    let found: i64 = version(&tx)?;
    if found < SCHEMA_VERSION {
        upgrade(&tx, found)?;
    }
    tx.commit()?;
    Ok(())
}

/// The steps from `from` to the current version, inside the caller's transaction.
fn upgrade(tx: &Connection, from: i64) -> Result<()> {
    if from < 2 {
        tx.execute_batch(DEVIATION_SCHEMA)?;
        tx.execute_batch(TO_VERSION_2)?;
        // The list a register starts with is written down, so a later build with other
        // defaults does not change an existing register's categories.
        crate::deviation::write_settings(tx, &delaktig_deviation::Settings::default())?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

/// Connection settings every register gets: WAL for crash safety, FULL sync so a commit
/// that returned survives power loss, foreign keys on.
pub(crate) fn configure(conn: &Connection, in_memory: bool) -> rusqlite::Result<()> {
    if !in_memory {
        conn.pragma_update(None, "journal_mode", "WAL")?;
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// Creates the schema in an empty database: version 1, then the same steps that migrate
/// an older file, so a new register and a migrated one have the same shape.
pub(crate) fn create(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('format', 'delaktig-register')",
        [],
    )?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    upgrade(&tx, 1)?;
    tx.commit()?;
    Ok(())
}

/// Whether the database has no tables at all (a new or empty file).
pub(crate) fn is_blank(conn: &Connection) -> rusqlite::Result<bool> {
    let n: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    Ok(n == 0)
}

/// Checks that an existing database is a register this build can read.
pub(crate) fn check(conn: &Connection, path: &Path) -> Result<()> {
    let err = |e| StoreError::from_sqlite(path, e);
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(err)?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(err)?;
    if app != APPLICATION_ID {
        return Err(StoreError::NotARegister {
            path: path.to_owned(),
            why: "an SQLite database of another application".into(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let format: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(err)?;
    if format.as_deref() != Some("delaktig-register") || version < 1 {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: "the register's format marker or schema version is missing".into(),
        });
    }
    Ok(())
}
