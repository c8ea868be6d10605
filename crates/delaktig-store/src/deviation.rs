//! Deviation reports (avvikelser) in the register: their append-only history and a snapshot
//! row per deviation, written in one transaction per command like proposals.
//!
//! The domain (`delaktig-deviation`) decides every event; this module only stores and reads.

use crate::error::{Result, StoreError};
use crate::register::{Batch, Register};
use chrono::NaiveDate;
use delaktig_deviation::{
    Actor, CategoryCatalog, CategoryCode, CategoryStatus, Command, Deviation, DeviationId,
    DeviationPolicy, DeviationRecord, Event, JustificationRules, PartyCatalog, ReportOptions,
    Request, Settings, SettingsChange, Visibility, YearlyReport,
};
use rusqlite::{Connection, OptionalExtension, params};

impl Register {
    /// Records a reported deviation, visible as `visibility` says, numbered next in the year
    /// of its report date (`A-2024-008` after `A-2024-007`); returns its id. `by` must be
    /// allowed to report under the register's deviation policy. One transaction.
    pub fn add_deviation(
        &mut self,
        record: DeviationRecord,
        visibility: Visibility,
        by: Actor,
        today: NaiveDate,
    ) -> Result<DeviationId> {
        self.batch(|b| b.add_deviation(record, visibility, by, today))
    }

    /// Runs a command on a deviation (move, confirm a category, link a proposal, publish);
    /// returns the appended event, which gets the deviation's visibility. A refused command
    /// (not permitted, not allowed, a text missing) changes nothing.
    pub fn move_deviation(
        &mut self,
        id: DeviationId,
        command: Command,
        at: NaiveDate,
        by: Actor,
    ) -> Result<Event> {
        self.deviation_request(id, Request::new(command, at, by))
    }

    /// [`Register::move_deviation`] for a [`Request`], which may set the event's visibility.
    pub fn deviation_request(&mut self, id: DeviationId, request: Request) -> Result<Event> {
        self.batch(|b| b.deviation_request(id, request))
    }

    /// Confirms `codes` on a deviation in one transaction: a suggested category is
    /// confirmed, one not on the deviation yet is added, a confirmed one is left as it is.
    /// A refusal (not permitted, a code not in the list) changes nothing.
    pub fn confirm_deviation_categories(
        &mut self,
        id: DeviationId,
        codes: Vec<CategoryCode>,
        at: NaiveDate,
        by: &Actor,
    ) -> Result<()> {
        self.batch(|b| {
            for code in codes {
                let present = b
                    .deviation(id)?
                    .categories()
                    .iter()
                    .find(|m| m.code == code)
                    .map(|m| m.status);
                let command = match present {
                    Some(CategoryStatus::Confirmed) => continue,
                    Some(CategoryStatus::Suggested) => Command::ConfirmCategory(code),
                    None => Command::AddCategory(code),
                };
                b.deviation_command(id, command, at, by.clone())?;
            }
            Ok(())
        })
    }

    /// One deviation, rebuilt from its history.
    pub fn deviation(&self, id: DeviationId) -> Result<Deviation> {
        load(self.conn(), id)
    }

    /// Every deviation, ordered by id.
    pub fn deviations(&self) -> Result<Vec<Deviation>> {
        load_all(self.conn())
    }

    /// The register's deviation settings: category list, known parties, policy and text
    /// rules.
    pub fn deviation_settings(&self) -> Result<Settings> {
        read_settings(self.conn())
    }

    /// Changes the deviation settings one step (`by` must be allowed to configure); returns
    /// the new settings. A refused change leaves them as they were.
    pub fn change_deviation_settings(
        &mut self,
        change: SettingsChange,
        by: &Actor,
    ) -> Result<Settings> {
        self.batch(|b| {
            let conn = b.tx();
            let current = read_settings(conn)?;
            let deviations = match &change {
                SettingsChange::RemoveCategory(_) => load_all(conn)?,
                _ => Vec::new(),
            };
            let next = current.change(by, change, &deviations)?;
            write_settings(conn, &next)?;
            Ok(next)
        })
    }

    /// The yearly report over the stored deviations reported in `year`, with follow-up
    /// states and proposal links as of `options.as_of`, listing what `options.audience` may
    /// see, labelled from the register's category list.
    pub fn deviation_report(&self, year: i32, options: &ReportOptions) -> Result<YearlyReport> {
        let all = self.deviations()?;
        let settings = self.deviation_settings()?;
        Ok(YearlyReport::build(
            year,
            all.iter(),
            &settings.categories,
            options,
        ))
    }
}

impl Batch<'_> {
    /// Records a deviation in this transaction; see [`Register::add_deviation`].
    pub fn add_deviation(
        &mut self,
        record: DeviationRecord,
        visibility: Visibility,
        by: Actor,
        today: NaiveDate,
    ) -> Result<DeviationId> {
        let conn = self.tx();
        let year = u16::try_from(chrono::Datelike::year(&record.report_date)).map_err(|_| {
            StoreError::BadData {
                what: "the new deviation".into(),
                detail: format!("report date {} is out of range", record.report_date),
            }
        })?;
        let id =
            DeviationId::next_in_year(ids(conn)?, year).ok_or_else(|| StoreError::BadData {
                what: "the new deviation".into(),
                detail: format!("no free deviation number left in {year}"),
            })?;
        let settings = read_settings(conn)?;
        let d = Deviation::open(id, record, visibility, today, by, &settings)?;
        write_snapshot(conn, &d)?;
        for (i, e) in d.events().iter().enumerate() {
            insert_event(conn, id, i, e)?;
        }
        Ok(id)
    }

    /// Stores a deviation with its whole history (import).
    pub(crate) fn insert_deviation(&mut self, d: &Deviation) -> Result<()> {
        let conn = self.tx();
        write_snapshot(conn, d)?;
        for (i, e) in d.events().iter().enumerate() {
            insert_event(conn, d.id(), i, e)?;
        }
        Ok(())
    }

    /// One deviation, as this transaction sees it.
    pub fn deviation(&self, id: DeviationId) -> Result<Deviation> {
        load(self.tx(), id)
    }

    /// Runs a command on a deviation in this transaction; see [`Register::move_deviation`].
    pub fn deviation_command(
        &mut self,
        id: DeviationId,
        command: Command,
        at: NaiveDate,
        by: Actor,
    ) -> Result<Event> {
        self.deviation_request(id, Request::new(command, at, by))
    }

    /// Runs a request on a deviation in this transaction; see
    /// [`Register::deviation_request`].
    pub fn deviation_request(&mut self, id: DeviationId, request: Request) -> Result<Event> {
        let conn = self.tx();
        let settings = read_settings(conn)?;
        let mut d = load(conn, id)?;
        let seq = d.events().len();
        let event = d.execute_request(request, &settings)?.clone();
        // Snapshot first: the event row refers to it.
        write_snapshot(conn, &d)?;
        insert_event(conn, id, seq, &event)?;
        Ok(event)
    }
}

/// Writes every part of the deviation settings.
pub(crate) fn write_settings(conn: &Connection, s: &Settings) -> Result<()> {
    let parts = [
        ("categories", serde_json::to_string(&s.categories)),
        ("parties", serde_json::to_string(&s.parties)),
        ("policy", serde_json::to_string(&s.policy)),
        ("rules", serde_json::to_string(&s.rules)),
    ];
    let mut st = conn.prepare_cached(
        "INSERT INTO deviation_settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?;
    for (key, json) in parts {
        let json = json.map_err(|e| bad("the deviation settings", e))?;
        st.execute(params![key, json])?;
    }
    Ok(())
}

/// Reads the deviation settings; a part that is missing reads as its default.
fn read_settings(conn: &Connection) -> Result<Settings> {
    fn part<T: serde::de::DeserializeOwned + Default>(conn: &Connection, key: &str) -> Result<T> {
        let raw: Option<String> = conn
            .prepare_cached("SELECT value FROM deviation_settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        match raw {
            None => Ok(T::default()),
            Some(json) => serde_json::from_str(&json)
                .map_err(|e| bad(format!("the deviation settings ({key})"), e)),
        }
    }
    Ok(Settings {
        categories: part::<CategoryCatalog>(conn, "categories")?,
        parties: part::<PartyCatalog>(conn, "parties")?,
        policy: part::<DeviationPolicy>(conn, "policy")?,
        rules: part::<JustificationRules>(conn, "rules")?,
    })
}

fn count_sql(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn bad(what: impl Into<String>, detail: impl ToString) -> StoreError {
    StoreError::BadData {
        what: what.into(),
        detail: detail.to_string(),
    }
}

fn ids(conn: &Connection) -> Result<Vec<DeviationId>> {
    let mut st = conn.prepare_cached("SELECT id FROM deviations")?;
    let mut rows = st.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let s: String = r.get(0)?;
        out.push(s.parse().map_err(|e| bad(format!("deviation id {s}"), e))?);
    }
    Ok(out)
}

fn write_snapshot(conn: &Connection, d: &Deviation) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO deviations (id, year, number, state, state_since, report_date, event_count,
             visibility)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT(id) DO UPDATE SET state = excluded.state,
             state_since = excluded.state_since, event_count = excluded.event_count,
             visibility = excluded.visibility",
    )?
    .execute(params![
        d.id().to_string(),
        d.id().year(),
        d.id().number(),
        d.state().code(),
        d.state_since().to_string(),
        d.record().report_date.to_string(),
        count_sql(d.events().len()),
        d.visibility().code(),
    ])?;
    Ok(())
}

fn insert_event(conn: &Connection, id: DeviationId, seq: usize, e: &Event) -> Result<()> {
    let body = serde_json::to_string(e).map_err(|err| bad(format!("an event of {id}"), err))?;
    conn.prepare_cached(
        "INSERT INTO deviation_events (deviation_id, seq, at, kind, visibility, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id.to_string(),
        count_sql(seq),
        e.at.to_string(),
        e.kind.code(),
        e.visibility.code(),
        body
    ])?;
    Ok(())
}

fn decode(id: DeviationId, body: &str) -> Result<Event> {
    serde_json::from_str(body).map_err(|e| bad(format!("an event of {id}"), e))
}

fn rebuild(id: DeviationId, events: Vec<Event>) -> Result<Deviation> {
    Deviation::from_history(id, events).map_err(|e| bad(format!("the history of {id}"), e))
}

fn load(conn: &Connection, id: DeviationId) -> Result<Deviation> {
    let known: Option<String> = conn
        .query_row(
            "SELECT id FROM deviations WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    if known.is_none() {
        return Err(StoreError::DeviationNotFound(id));
    }
    let mut st = conn
        .prepare_cached("SELECT body FROM deviation_events WHERE deviation_id = ?1 ORDER BY seq")?;
    let mut rows = st.query([id.to_string()])?;
    let mut events = Vec::new();
    while let Some(r) = rows.next()? {
        let body = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        events.push(decode(id, body)?);
    }
    rebuild(id, events)
}

fn load_all(conn: &Connection) -> Result<Vec<Deviation>> {
    let mut st = conn.prepare_cached(
        "SELECT deviation_id, body FROM deviation_events ORDER BY deviation_id, seq",
    )?;
    let mut rows = st.query([])?;
    let mut out = Vec::new();
    let mut current: Option<(DeviationId, Vec<Event>)> = None;
    while let Some(r) = rows.next()? {
        let raw = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        let id: DeviationId = raw
            .parse()
            .map_err(|e| bad(format!("deviation id {raw}"), e))?;
        let body = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let event = decode(id, body)?;
        match &mut current {
            Some((cid, events)) if *cid == id => events.push(event),
            _ => {
                if let Some((cid, events)) = current.take() {
                    out.push(rebuild(cid, events)?);
                }
                current = Some((id, vec![event]));
            }
        }
    }
    if let Some((cid, events)) = current {
        out.push(rebuild(cid, events)?);
    }
    out.sort_by_key(Deviation::id);
    Ok(out)
}
