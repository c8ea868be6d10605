//! Importing meeting notes: meeting, group, attendees, and proposals or discussions.
//!
//! Import is idempotent by the notes' content hash; a proposal that matches an open one
//! becomes a discussion of it, which is what feeds the "discussed without change" signal.

use crate::error::{Result, StoreError};
use crate::register::{Batch, Register};
use chrono::NaiveDate;
use delaktig_core::{
    Actor, Attendee, Command, Event, Meeting, MeetingId, MeetingImport, NewProposal, Origin,
    ProposalId, Request, SAME_PROPOSAL_THRESHOLD, State, Visibility, similarity,
};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingImported {
    /// The meeting (new, or the one imported before from the same notes).
    pub meeting: MeetingId,
    /// True if these notes were imported before; then nothing was changed.
    pub already_imported: bool,
    /// True if the notes are another copy of a meeting the register has from other notes
    /// (the same title, date and group: another scan, a corrected version): their proposals
    /// went to that meeting, and those it already had were not counted again.
    #[serde(default)]
    pub same_meeting: bool,
    /// Proposals created, in the order of the notes.
    pub created: Vec<ProposalId>,
    /// Open proposals the notes discussed again (recorded as discussions, not duplicates).
    pub discussed: Vec<ProposalId>,
    /// Proposals moved by a decision the notes record, with the state each went to.
    #[serde(default)]
    pub decided: Vec<(ProposalId, State)>,
    /// Decisions the notes record that the register did not: a rejection or parking with no
    /// reason given, or a move the proposal's state or the register's rules do not allow.
    #[serde(default)]
    pub undecided: Vec<Undecided>,
    /// Every history entry the import appended, with its proposal, in the order appended:
    /// what a listener is told.
    #[serde(default)]
    pub appended: Vec<(ProposalId, Event)>,
}

/// A decision recorded in notes that the register could not record as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Undecided {
    /// The proposal decided on.
    pub proposal: ProposalId,
    /// Where the notes say it goes.
    pub to: State,
    /// The decision as written.
    pub text: String,
    /// Why it was not recorded (the register's own refusal: "a rejection needs a
    /// justification …").
    pub why: String,
}

/// Longest title made from a proposal's text; the full text goes to the description.
const TITLE_CHARS: usize = 100;

fn title_of(text: &str) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= TITLE_CHARS {
        return t;
    }
    let mut out = String::new();
    for w in t.split(' ') {
        if out.chars().count() + w.chars().count() + 1 > TITLE_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}

impl Register {
    /// Changes who may see a meeting and its notes, e.g. publishes it after review.
    /// The policy's `publish` roles decide who may.
    pub fn set_meeting_visibility(
        &mut self,
        id: MeetingId,
        visibility: Visibility,
        by: &Actor,
    ) -> Result<()> {
        let allowed = &self.settings().policy.publish;
        if !allowed.contains(&by.role) {
            return Err(StoreError::MeetingNotPermitted {
                meeting: id,
                actor: by.name.clone(),
                role: by.role,
                allowed: allowed
                    .iter()
                    .map(|r| r.code())
                    .collect::<Vec<_>>()
                    .join(" or "),
            });
        }
        let mid = i64::try_from(id.get()).unwrap_or(i64::MAX);
        let n = self.batch(|b| {
            Ok(b.tx.execute(
                "UPDATE meetings SET visibility = ?1 WHERE id = ?2",
                params![visibility.code(), mid],
            )?)
        })?;
        if n == 0 {
            return Err(StoreError::MeetingNotFound(id));
        }
        Ok(())
    }

    /// Imports one meeting's notes; see [`Batch::import_meeting`].
    pub fn import_meeting(
        &mut self,
        notes: &MeetingImport,
        by: &Actor,
        today: NaiveDate,
    ) -> Result<MeetingImported> {
        self.batch(|b| b.import_meeting(notes, by, today))
    }
}

impl Batch<'_> {
    /// Imports one meeting's notes: creates the meeting, its group and attendees, and each
    /// proposal in `received` referring to the meeting and its span. A proposal matching an
    /// open one (normalised text similarity ≥ [`SAME_PROPOSAL_THRESHOLD`]) is recorded as a
    /// discussion of it instead. Notes imported before (same content hash) change nothing.
    /// Events are dated the meeting's date, or `today` if the notes have none.
    pub fn import_meeting(
        &mut self,
        notes: &MeetingImport,
        by: &Actor,
        today: NaiveDate,
    ) -> Result<MeetingImported> {
        let hash = notes.content_hash.trim();
        if hash.is_empty() {
            return Err(StoreError::BadExport(
                "meeting notes need a content hash to be imported only once".into(),
            ));
        }
        let seen: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM meetings WHERE content_hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(m) = seen {
            return Ok(MeetingImported {
                meeting: MeetingId::new(u64::try_from(m).unwrap_or(0)),
                already_imported: true,
                same_meeting: false,
                created: Vec::new(),
                discussed: Vec::new(),
                decided: Vec::new(),
                undecided: Vec::new(),
                appended: Vec::new(),
            });
        }
        let group = notes
            .group
            .as_deref()
            .map(str::trim)
            .filter(|g| !g.is_empty());
        let group_id = group.map(|g| group_id(&self.tx, g)).transpose()?;
        // Another copy of a dated meeting the register has (a second scan of the same page,
        // a corrected version): the same meeting, not a new one whose proposals would be
        // "discussed again" at it.
        let same: Option<i64> = match notes.date {
            Some(date) => self
                .tx
                .query_row(
                    "SELECT id FROM meetings WHERE title = ?1 AND date = ?2 AND group_id IS ?3
                     ORDER BY id LIMIT 1",
                    params![notes.title.trim(), date.to_string(), group_id],
                    |r| r.get(0),
                )
                .optional()?,
            None => None,
        };
        let meeting_row = match same {
            Some(row) => row,
            None => {
                self.tx.execute(
                    "INSERT INTO meetings (content_hash, group_id, title, date, place, visibility)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        hash,
                        group_id,
                        notes.title.trim(),
                        notes.date.map(|d| d.to_string()),
                        notes.place.as_deref(),
                        notes.visibility.code()
                    ],
                )?;
                let row = self.tx.last_insert_rowid();
                for (pos, a) in notes.attendees.iter().enumerate() {
                    self.tx.execute(
                        "INSERT INTO attendees (meeting_id, pos, name, organisation) VALUES (?1, ?2, ?3, ?4)",
                        params![row, i64::try_from(pos).unwrap_or(i64::MAX), a.name.trim(), a.organisation.as_deref()],
                    )?;
                }
                row
            }
        };
        let meeting = MeetingId::new(u64::try_from(meeting_row).unwrap_or(0));
        let at = notes.date.unwrap_or(today);
        let mut out = MeetingImported {
            meeting,
            already_imported: false,
            same_meeting: same.is_some(),
            created: Vec::new(),
            discussed: Vec::new(),
            decided: Vec::new(),
            undecided: Vec::new(),
            appended: Vec::new(),
        };
        for ip in &notes.proposals {
            let text = ip.text.trim();
            if text.is_empty() {
                continue;
            }
            let existing = match self.find_open_match(text, meeting, same.is_some())? {
                Match::New => None,
                Match::Open(id) => Some(id),
                // Two wordings of one proposal in the same notes are one proposal (and a
                // corrected copy of the notes may record what was decided on it).
                Match::SameMeeting(id) => {
                    self.record_decision(id, ip, by, at, notes.visibility, &mut out)?;
                    continue;
                }
            };
            if let Some(existing) = existing {
                let p = self.proposal(existing)?;
                let cmd = Command::Discuss {
                    meeting: Some(meeting),
                    note: Some(text.to_owned()),
                };
                // Old notes about a newer proposal: the discussion is dated when it can be.
                let when = at.max(p.created());
                let req = Request::new(by.clone(), when, cmd).with_visibility(notes.visibility);
                let event = self.execute(existing, req)?;
                out.appended.push((existing, event));
                if !out.discussed.contains(&existing) {
                    out.discussed.push(existing);
                }
                self.record_decision(existing, ip, by, when, notes.visibility, &mut out)?;
                continue;
            }
            let title = title_of(text);
            let draft = NewProposal {
                description: (title != text).then(|| text.to_owned()),
                title,
                origin: Origin {
                    group: group.map(str::to_owned),
                    meeting: Some(meeting),
                    span: ip.span,
                    raised_by: ip.by.clone(),
                    organisation: ip
                        .by
                        .as_deref()
                        .and_then(|b| organisation_of(&notes.attendees, b)),
                },
                responsible: None,
                tags: Vec::new(),
                visibility: notes.visibility,
            };
            let id = self.raise(draft, by, at)?;
            out.created.push(id);
            for event in self.proposal(id)?.events() {
                out.appended.push((id, event.clone()));
            }
            self.record_decision(id, ip, by, at, notes.visibility, &mut out)?;
        }
        Ok(out)
    }

    /// Moves proposal `id` as the decision the notes record for `ip` says, if they record
    /// one. A move the register refuses (a rejection with no reason, a state it cannot leave,
    /// a rule of the settings) changes nothing and is reported in `out.undecided`.
    fn record_decision(
        &mut self,
        id: ProposalId,
        ip: &delaktig_core::ImportedProposal,
        by: &Actor,
        at: NaiveDate,
        visibility: Visibility,
        out: &mut MeetingImported,
    ) -> Result<()> {
        let Some(d) = &ip.decision else {
            return Ok(());
        };
        // Recorded already (from another copy of the notes).
        if self.proposal(id)?.state() == d.to {
            return Ok(());
        }
        // An acceptance notes the decision as written; a rejection, a parking or an
        // acceptance in part takes the notes' reason as its justification, and without one
        // is refused by the rules; a proposal reported carried out takes what was done (else
        // the report's words) as its outcome.
        let text = match d.to {
            State::Accepted if !d.partly => Some(d.text.as_str()),
            State::Implemented | State::InProgress => {
                d.justification.as_deref().or(Some(d.text.as_str()))
            }
            _ => d.justification.as_deref(),
        };
        let spec = delaktig_core::MoveSpec {
            partly: d.partly,
            ..delaktig_core::MoveSpec::new(d.to, text)
        };
        // A decision dated after the meeting (a reply's) is recorded on its own day.
        let at = d.date.filter(|&day| day > at).unwrap_or(at);
        // A move the rules refuse records nothing and is reported.
        let undecided = |why: String| Undecided {
            proposal: id,
            to: d.to,
            text: d.text.clone(),
            why,
        };
        // A proposal reported under way or carried out that was never decided on is decided
        // first (the report says it was), when the move after that is a valid one; else the
        // move is refused below as it stands, and nothing is recorded.
        let state = self.proposal(id)?.state();
        if !state.can_move_to(d.to)
            && matches!(d.to, State::InProgress | State::Implemented)
            && state.can_move_to(State::Accepted)
            && spec
                .build(id, State::Accepted, &self.settings.justification)
                .is_ok()
        {
            let accept = delaktig_core::MoveSpec::new(State::Accepted, Some(d.text.as_str()));
            let req =
                Request::new(by.clone(), at, Command::MoveTo(accept)).with_visibility(visibility);
            match self.execute(id, req) {
                Ok(event) => out.appended.push((id, event)),
                Err(StoreError::Domain(e)) => {
                    out.undecided.push(undecided(e.to_string()));
                    return Ok(());
                }
                Err(e) => return Err(e),
            }
        }
        let req = Request::new(by.clone(), at, Command::MoveTo(spec)).with_visibility(visibility);
        match self.execute(id, req) {
            Ok(event) => {
                out.decided.push((id, d.to));
                out.appended.push((id, event));
            }
            Err(StoreError::Domain(e)) => out.undecided.push(undecided(e.to_string())),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// The most similar open proposal not raised at `meeting`, if similar enough. When the
    /// notes are another copy of `meeting` (`copy`), a proposal raised there that has been
    /// closed since is the same proposal too, not a new one.
    fn find_open_match(&self, text: &str, meeting: MeetingId, copy: bool) -> Result<Match> {
        let best = self.similar(text, true)?.into_iter().next();
        match best {
            Some(id) if self.proposal(id)?.origin().meeting == Some(meeting) => {
                Ok(Match::SameMeeting(id))
            }
            Some(id) => Ok(Match::Open(id)),
            None if copy => {
                for id in self.similar(text, false)? {
                    if self.proposal(id)?.origin().meeting == Some(meeting) {
                        return Ok(Match::SameMeeting(id));
                    }
                }
                Ok(Match::New)
            }
            None => Ok(Match::New),
        }
    }

    /// The open (`open`) or closed proposals similar enough to `text` to be the same one,
    /// most similar first (the older of two as similar).
    fn similar(&self, text: &str, open: bool) -> Result<Vec<ProposalId>> {
        let states: Vec<String> = State::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| format!("'{}'", s.code()))
            .collect();
        let sql = format!(
            "SELECT id, match_key FROM proposals WHERE state {}IN ({}) ORDER BY id",
            if open { "" } else { "NOT " },
            states.join(",")
        );
        let mut st = self.tx.prepare_cached(&sql)?;
        let mut rows = st.query([])?;
        let mut found: Vec<(f64, ProposalId)> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let key: String = r.get(1)?;
            let s = similarity(text, &key);
            if s >= SAME_PROPOSAL_THRESHOLD {
                found.push((s, ProposalId::new(u64::try_from(id).unwrap_or(0))));
            }
        }
        // Stable: among equals the older proposal stays first.
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        Ok(found.into_iter().map(|(_, id)| id).collect())
    }
}

/// How an imported proposal relates to the register.
enum Match {
    /// Nothing similar is open: a new proposal.
    New,
    /// An open proposal from an earlier meeting: a discussion of it.
    Open(ProposalId),
    /// A proposal raised from these same notes (or another copy of them).
    SameMeeting(ProposalId),
}

fn organisation_of(attendees: &[Attendee], name: &str) -> Option<String> {
    attendees
        .iter()
        .find(|a| a.name.trim().eq_ignore_ascii_case(name.trim()))
        .and_then(|a| a.organisation.clone())
}

fn group_id(conn: &Connection, name: &str) -> Result<i64> {
    conn.execute("INSERT OR IGNORE INTO groups (name) VALUES (?1)", [name])?;
    Ok(
        conn.query_row("SELECT id FROM groups WHERE name = ?1", [name], |r| {
            r.get(0)
        })?,
    )
}

pub(crate) fn insert_meeting(conn: &Connection, m: &Meeting) -> Result<()> {
    let gid = m.group.as_deref().map(|g| group_id(conn, g)).transpose()?;
    let mid = i64::try_from(m.id.get()).unwrap_or(i64::MAX);
    conn.execute(
        "INSERT INTO meetings (id, content_hash, group_id, title, date, place, visibility)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            mid,
            m.content_hash,
            gid,
            m.title,
            m.date.map(|d| d.to_string()),
            m.place,
            m.visibility.code()
        ],
    )?;
    for (pos, a) in m.attendees.iter().enumerate() {
        conn.execute(
            "INSERT INTO attendees (meeting_id, pos, name, organisation) VALUES (?1, ?2, ?3, ?4)",
            params![
                mid,
                i64::try_from(pos).unwrap_or(i64::MAX),
                a.name,
                a.organisation
            ],
        )?;
    }
    Ok(())
}

pub(crate) fn load_meeting(conn: &Connection, id: MeetingId) -> Result<Meeting> {
    load_meetings_where(conn, Some(id))?
        .pop()
        .ok_or(StoreError::MeetingNotFound(id))
}

pub(crate) fn load_meetings(conn: &Connection) -> Result<Vec<Meeting>> {
    load_meetings_where(conn, None)
}

fn load_meetings_where(conn: &Connection, only: Option<MeetingId>) -> Result<Vec<Meeting>> {
    let mut st = conn.prepare(
        "SELECT m.id, g.name, m.title, m.date, m.place, m.content_hash, m.visibility
         FROM meetings m LEFT JOIN groups g ON g.id = m.group_id
         WHERE ?1 IS NULL OR m.id = ?1 ORDER BY m.id",
    )?;
    let only = only.map(|m| i64::try_from(m.get()).unwrap_or(i64::MAX));
    let mut rows = st.query([only])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let what = format!("meeting M-{id}");
        let date: Option<String> = r.get(3)?;
        let vis: String = r.get(6)?;
        out.push(Meeting {
            id: MeetingId::new(u64::try_from(id).unwrap_or(0)),
            group: r.get(1)?,
            title: r.get(2)?,
            date: date
                .map(|d| d.parse::<NaiveDate>())
                .transpose()
                .map_err(|e| StoreError::BadData {
                    what: what.clone(),
                    detail: e.to_string(),
                })?,
            place: r.get(4)?,
            attendees: Vec::new(),
            content_hash: r.get(5)?,
            visibility: vis
                .parse()
                .map_err(
                    |e: delaktig_core::VisibilityParseError| StoreError::BadData {
                        what,
                        detail: e.to_string(),
                    },
                )?,
        });
    }
    drop(rows);
    let mut ast = conn.prepare_cached(
        "SELECT name, organisation FROM attendees WHERE meeting_id = ?1 ORDER BY pos",
    )?;
    for m in &mut out {
        let mid = i64::try_from(m.id.get()).unwrap_or(i64::MAX);
        m.attendees = ast
            .query_map([mid], |r| {
                Ok(Attendee {
                    name: r.get(0)?,
                    organisation: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(out)
}
