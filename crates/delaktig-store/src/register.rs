//! The `Register`: a delaktig register in one SQLite file (or in memory).
//!
//! Every public command runs in one IMMEDIATE transaction through a [`Batch`]; a command the
//! domain refuses rolls back and leaves the file as it was.

use crate::error::{Result, StoreError};
use crate::schema;
use chrono::NaiveDate;
use delaktig_core::{
    Actor, Command, Event, Meeting, MeetingId, MonthlySummary, MoveSpec, NewProposal, Proposal,
    ProposalId, PublicReport, ReportOptions, Request, Settings, StallFacts, StallReason,
    StalledPolicy, State, TextFilter, Visibility, match_key,
};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A register of proposals, meetings and their history.
///
/// `Register` is `Send`: share it between threads behind a `Mutex`.
#[derive(Debug)]
pub struct Register {
    conn: Connection,
    settings: Settings,
    path: PathBuf,
}

/// One row of a proposal listing, read from the snapshot without rebuilding the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalSummary {
    /// Id.
    pub id: ProposalId,
    /// Title.
    pub title: String,
    /// Current state.
    pub state: State,
    /// Date the current state began.
    pub state_since: NaiveDate,
    /// Date raised.
    pub created: NaiveDate,
    /// Who may see it.
    pub visibility: Visibility,
    /// Meetings it was discussed at since its last state change.
    pub discussions_since_change: u32,
    /// Number of history events.
    pub events: u32,
}

/// Which proposals a listing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListFilter {
    /// Only this state.
    pub state: Option<State>,
    /// Only proposals this visible or more (`Public` = public only); `None` = all.
    pub visibility: Option<Visibility>,
}

/// A stalled proposal with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StalledProposal {
    /// The proposal.
    pub proposal: ProposalSummary,
    /// Why it counts as stalled.
    pub reasons: Vec<StallReason>,
}

impl Register {
    /// Opens the register at `path`, creating it if the file does not exist or is empty.
    pub fn open(path: impl AsRef<Path>) -> Result<Register> {
        let path = path.as_ref();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::from_sqlite(path, e))?;
        Register::init(conn, path, false)
    }

    /// Opens an existing register; a missing file is an error.
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Register> {
        let path = path.as_ref();
        if !path.exists() {
            return Err(StoreError::Io {
                path: path.to_owned(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
            });
        }
        Register::open(path)
    }

    /// Creates a new register at `path`; an existing file is never overwritten.
    pub fn create(path: impl AsRef<Path>) -> Result<Register> {
        let path = path.as_ref();
        if path.exists() {
            return Err(StoreError::AlreadyExists(path.to_owned()));
        }
        Register::open(path)
    }

    /// A register in memory, gone when dropped (tests, previews).
    pub fn open_in_memory() -> Result<Register> {
        let conn = Connection::open_in_memory()?;
        Register::init(conn, Path::new(":memory:"), true)
    }

    fn init(mut conn: Connection, path: &Path, in_memory: bool) -> Result<Register> {
        let err = |e| StoreError::from_sqlite(path, e);
        // The header check gives "not a register" instead of SQLite's terse NOTADB for
        // text files and the like, and keeps configure() from touching them.
        if !in_memory && !schema::is_blank(&conn).map_err(err)? {
            schema::check(&conn, path)?;
        }
        schema::configure(&conn, in_memory).map_err(err)?;
        if schema::is_blank(&conn).map_err(err)? {
            schema::create(&mut conn).map_err(|e| fix(path, e))?;
        } else {
            schema::check(&conn, path)?;
            schema::migrate(&mut conn).map_err(|e| fix(path, e))?;
        }
        let settings = conn
            .query_row("SELECT value FROM meta WHERE key = 'settings'", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()
            .map_err(err)?
            .map(|s| {
                serde_json::from_str(&s).map_err(|e| StoreError::BadData {
                    what: "the register settings".into(),
                    detail: e.to_string(),
                })
            })
            .transpose()?
            .unwrap_or_default();
        Ok(Register {
            conn,
            settings,
            path: path.to_owned(),
        })
    }

    /// The file path (":memory:" for an in-memory register).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The register's rules.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Changes and stores the register's rules.
    pub fn set_settings(&mut self, settings: Settings) -> Result<()> {
        write_settings(&self.conn, &settings)?;
        self.settings = settings;
        Ok(())
    }

    /// The settings in memory, for an import that replaces them only if it succeeds.
    pub(crate) fn settings_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }

    /// Runs `f` in one transaction: everything it does is committed together, or nothing
    /// if it returns an error. Use it to insert many proposals fast.
    pub fn batch<T>(&mut self, f: impl FnOnce(&mut Batch<'_>) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| StoreError::from_sqlite(&path, e))?;
        let mut b = Batch {
            tx,
            settings: &self.settings,
        };
        let out = f(&mut b).map_err(|e| fix(&path, e))?;
        b.tx.commit()
            .map_err(|e| StoreError::from_sqlite(&path, e))?;
        Ok(out)
    }

    /// Raises a proposal; returns its id.
    pub fn raise(&mut self, draft: NewProposal, by: &Actor, at: NaiveDate) -> Result<ProposalId> {
        self.batch(|b| b.raise(draft, by, at))
    }

    /// Runs a command on a proposal; returns the recorded event.
    pub fn execute(&mut self, id: ProposalId, req: Request) -> Result<Event> {
        self.batch(|b| b.execute(id, req))
    }

    /// Moves a proposal as described by `spec`; returns the recorded event.
    pub fn move_to(
        &mut self,
        id: ProposalId,
        spec: MoveSpec,
        by: &Actor,
        at: NaiveDate,
    ) -> Result<Event> {
        self.execute(id, Request::new(by.clone(), at, Command::MoveTo(spec)))
    }

    /// One proposal, rebuilt from its history.
    pub fn proposal(&self, id: ProposalId) -> Result<Proposal> {
        load(&self.conn, id).map_err(|e| fix(&self.path, e))
    }

    /// Every proposal, by id.
    pub fn proposals(&self) -> Result<Vec<Proposal>> {
        load_all(&self.conn, None).map_err(|e| fix(&self.path, e))
    }

    /// Every public proposal, by id.
    pub fn public_proposals(&self) -> Result<Vec<Proposal>> {
        load_all(&self.conn, Some(Visibility::Public)).map_err(|e| fix(&self.path, e))
    }

    /// Number of proposals.
    pub fn count(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM proposals", [], |r| r.get(0))
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Lists proposals from the snapshot, by id.
    pub fn list(&self, filter: &ListFilter) -> Result<Vec<ProposalSummary>> {
        let all = summaries(&self.conn, false).map_err(|e| fix(&self.path, e))?;
        Ok(all
            .into_iter()
            .filter(|s| filter.state.is_none_or(|st| s.state == st))
            .filter(|s| filter.visibility.is_none_or(|v| s.visibility <= v))
            .collect())
    }

    /// Stalled proposals on `today`, longest-quiet first.
    pub fn stalled(
        &self,
        policy: &StalledPolicy,
        today: NaiveDate,
    ) -> Result<Vec<StalledProposal>> {
        let mut out: Vec<StalledProposal> = summaries(&self.conn, true)
            .map_err(|e| fix(&self.path, e))?
            .into_iter()
            .filter_map(|s| {
                let facts = StallFacts {
                    state: s.state,
                    state_since: s.state_since,
                    created: s.created,
                    discussions_since_change: s.discussions_since_change,
                };
                let reasons = policy.reasons(&facts, today);
                (!reasons.is_empty()).then_some(StalledProposal {
                    proposal: s,
                    reasons,
                })
            })
            .collect();
        out.sort_by_key(|s| (s.proposal.state_since, s.proposal.id));
        Ok(out)
    }

    /// The public follow-up report; only public proposals are even read.
    pub fn report(&self, opts: &ReportOptions, filter: &dyn TextFilter) -> Result<PublicReport> {
        let ps = self.public_proposals()?;
        Ok(PublicReport::build(&ps, opts, filter))
    }

    /// "Did we move up a notch?" for the month containing `day`, over all proposals.
    pub fn monthly_summary(
        &self,
        day: NaiveDate,
        policy: &StalledPolicy,
    ) -> Result<MonthlySummary> {
        let ps = self.proposals()?;
        MonthlySummary::compute(&ps, day, policy).ok_or_else(|| StoreError::BadData {
            what: format!("the month of {day}"),
            detail: "outside the supported calendar".into(),
        })
    }

    /// One meeting.
    pub fn meeting(&self, id: MeetingId) -> Result<Meeting> {
        crate::notes::load_meeting(&self.conn, id).map_err(|e| fix(&self.path, e))
    }

    /// Every meeting, by id.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        crate::notes::load_meetings(&self.conn).map_err(|e| fix(&self.path, e))
    }

    /// Runs SQLite's integrity check over the whole file (slow on big registers).
    pub fn check_integrity(&self) -> Result<()> {
        let r: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| StoreError::from_sqlite(&self.path, e))?;
        if r == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                path: self.path.clone(),
                detail: r,
            })
        }
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Commands inside one transaction; see [`Register::batch`].
pub struct Batch<'a> {
    pub(crate) tx: rusqlite::Transaction<'a>,
    pub(crate) settings: &'a Settings,
}

impl Batch<'_> {
    /// The transaction's connection, for commands defined in sibling modules.
    pub(crate) fn tx(&self) -> &Connection {
        &self.tx
    }

    /// Raises a proposal; returns its id.
    pub fn raise(&mut self, draft: NewProposal, by: &Actor, at: NaiveDate) -> Result<ProposalId> {
        let next: i64 =
            self.tx
                .query_row("SELECT coalesce(max(id), 0) + 1 FROM proposals", [], |r| {
                    r.get(0)
                })?;
        let id = ProposalId::new(u64::try_from(next).unwrap_or(1));
        let p = Proposal::raise(id, draft, by, at, self.settings)?;
        self.insert_proposal(&p)?;
        Ok(id)
    }

    /// Runs a command on a proposal; returns the recorded event.
    pub fn execute(&mut self, id: ProposalId, req: Request) -> Result<Event> {
        let mut p = load(&self.tx, id)?;
        let event = p.decide(req, self.settings)?;
        if let Some(target) = event.transition().and_then(|t| t.merged_into()) {
            let exists: Option<i64> = self
                .tx
                .query_row(
                    "SELECT id FROM proposals WHERE id = ?1",
                    [id_sql(target)],
                    |r| r.get(0),
                )
                .optional()?;
            if exists.is_none() {
                return Err(StoreError::Domain(delaktig_core::DomainError::Invalid {
                    id: Some(id),
                    what: format!("it cannot be merged into {target}, which does not exist"),
                }));
            }
        }
        p.apply(event.clone())?;
        insert_event(&self.tx, id, p.events().len() - 1, &event)?;
        write_snapshot(&self.tx, &p)?;
        Ok(event)
    }

    /// One proposal, as this transaction sees it.
    pub fn proposal(&self, id: ProposalId) -> Result<Proposal> {
        load(&self.tx, id)
    }

    /// Stores a proposal with its whole history under its own id (used by import).
    pub(crate) fn insert_proposal(&mut self, p: &Proposal) -> Result<()> {
        // The snapshot row first: events refer to it.
        write_snapshot(&self.tx, p)?;
        for (i, e) in p.events().iter().enumerate() {
            insert_event(&self.tx, p.id(), i, e)?;
        }
        Ok(())
    }
}

fn fix(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Sqlite(s) => StoreError::from_sqlite(path, s),
        other => other,
    }
}

pub(crate) fn id_sql(id: ProposalId) -> i64 {
    i64::try_from(id.get()).unwrap_or(i64::MAX)
}

fn insert_event(conn: &Connection, id: ProposalId, seq: usize, e: &Event) -> Result<()> {
    let body = serde_json::to_string(e).map_err(|err| StoreError::BadData {
        what: format!("an event of {id}"),
        detail: err.to_string(),
    })?;
    conn.prepare_cached(
        "INSERT INTO events (proposal_id, seq, at, kind, visibility, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id_sql(id),
        i64::try_from(seq).unwrap_or(i64::MAX),
        e.at.to_string(),
        e.kind_code(),
        e.visibility.code(),
        body
    ])?;
    Ok(())
}

fn write_snapshot(conn: &Connection, p: &Proposal) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO proposals (id, title, state, state_since, created, visibility,
             discussions_since_change, event_count, match_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT(id) DO UPDATE SET state = excluded.state, state_since = excluded.state_since,
             visibility = excluded.visibility,
             discussions_since_change = excluded.discussions_since_change,
             event_count = excluded.event_count",
    )?
    .execute(params![
        id_sql(p.id()),
        p.title(),
        p.state().code(),
        p.state_since().to_string(),
        p.created().to_string(),
        p.visibility().code(),
        i64::try_from(p.discussions_since_change()).unwrap_or(i64::MAX),
        i64::try_from(p.events().len()).unwrap_or(i64::MAX),
        match_key(&proposal_text(p)),
    ])?;
    Ok(())
}

/// The text an imported proposal is matched against: title and description.
pub(crate) fn proposal_text(p: &Proposal) -> String {
    match p.description() {
        Some(d) if d.trim() != p.title().trim() => format!("{} {}", p.title(), d),
        _ => p.title().to_owned(),
    }
}

fn decode_event(id: i64, kind: &str, body: &str) -> Result<Event> {
    crate::decode::event(kind, body).map_err(|e| StoreError::BadData {
        what: format!("an event of P-{id}"),
        detail: e.to_string(),
    })
}

pub(crate) fn load(conn: &Connection, id: ProposalId) -> Result<Proposal> {
    let mut st =
        conn.prepare_cached("SELECT kind, body FROM events WHERE proposal_id = ?1 ORDER BY seq")?;
    let mut rows = st.query([id_sql(id)])?;
    let mut events = Vec::new();
    while let Some(r) = rows.next()? {
        let kind = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        let body = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        events.push(decode_event(id_sql(id), kind, body)?);
    }
    if events.is_empty() {
        return Err(StoreError::NotFound(id));
    }
    Proposal::from_events(id, events).map_err(|e| StoreError::BadData {
        what: format!("the history of {id}"),
        detail: e.to_string(),
    })
}

pub(crate) fn load_all(conn: &Connection, only: Option<Visibility>) -> Result<Vec<Proposal>> {
    let sql = match only {
        Some(_) => {
            "SELECT e.proposal_id, e.kind, e.body FROM events e JOIN proposals p ON p.id = e.proposal_id
             WHERE p.visibility = ?1 ORDER BY e.proposal_id, e.seq"
        }
        None => "SELECT proposal_id, kind, body FROM events ORDER BY proposal_id, seq",
    };
    let mut st = conn.prepare(sql)?;
    let mut rows = match only {
        Some(v) => st.query([v.code()])?,
        None => st.query([])?,
    };
    let mut out = Vec::new();
    let mut current: Option<(i64, Vec<Event>)> = None;
    let finish = |id: i64, events: Vec<Event>| {
        let pid = ProposalId::new(u64::try_from(id).unwrap_or(0));
        Proposal::from_events(pid, events).map_err(|e| StoreError::BadData {
            what: format!("the history of {pid}"),
            detail: e.to_string(),
        })
    };
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        // Borrowed from SQLite's row buffer: no copy per event.
        let kind = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let body = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
        let e = decode_event(id, kind, body)?;
        match &mut current {
            Some((cid, evs)) if *cid == id => evs.push(e),
            _ => {
                if let Some((cid, evs)) = current.take() {
                    out.push(finish(cid, evs)?);
                }
                current = Some((id, vec![e]));
            }
        }
    }
    if let Some((cid, evs)) = current {
        out.push(finish(cid, evs)?);
    }
    Ok(out)
}

fn parse_date(s: &str, what: &str) -> Result<NaiveDate> {
    s.parse()
        .map_err(|e: chrono::ParseError| StoreError::BadData {
            what: what.to_owned(),
            detail: format!("date \"{s}\": {e}"),
        })
}

/// Snapshot rows by id; `open_only` restricts to states that can stall.
fn summaries(conn: &Connection, open_only: bool) -> Result<Vec<ProposalSummary>> {
    let filter = if open_only {
        let open: Vec<String> = State::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| format!("'{}'", s.code()))
            .collect();
        format!("WHERE state IN ({})", open.join(", "))
    } else {
        String::new()
    };
    let mut st = conn.prepare_cached(&format!(
        "SELECT id, title, state, state_since, created, visibility, discussions_since_change, event_count
         FROM proposals {filter} ORDER BY id"
    ))?;
    let mut rows = st.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let what = format!("the snapshot of P-{id}");
        let bad = |d: String| StoreError::BadData {
            what: what.clone(),
            detail: d,
        };
        let state: String = r.get(2)?;
        let vis: String = r.get(5)?;
        out.push(ProposalSummary {
            id: ProposalId::new(u64::try_from(id).unwrap_or(0)),
            title: r.get(1)?,
            state: state
                .parse()
                .map_err(|e: delaktig_core::StateParseError| bad(e.to_string()))?,
            state_since: parse_date(&r.get::<_, String>(3)?, &what)?,
            created: parse_date(&r.get::<_, String>(4)?, &what)?,
            visibility: vis
                .parse()
                .map_err(|e: delaktig_core::VisibilityParseError| bad(e.to_string()))?,
            discussions_since_change: u32::try_from(r.get::<_, i64>(6)?).unwrap_or(u32::MAX),
            events: u32::try_from(r.get::<_, i64>(7)?).unwrap_or(u32::MAX),
        });
    }
    Ok(out)
}

/// Stores the register's rules (not the copy in memory, which the caller keeps in step).
pub(crate) fn write_settings(conn: &Connection, settings: &Settings) -> Result<()> {
    let json = serde_json::to_string(settings).map_err(|e| StoreError::BadData {
        what: "the register settings".into(),
        detail: e.to_string(),
    })?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('settings', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [json],
    )?;
    Ok(())
}
