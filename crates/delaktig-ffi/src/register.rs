//! The register as a thread-safe object: a `delaktig-store` register behind a mutex, its
//! commands and queries, reports, meeting-notes ingest, and listeners told of new events.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use delaktig_core as core;
use delaktig_core::{DomainError, MeetingId, ProposalId};
use delaktig_store as store;
use delaktig_store::StoreError;

use crate::domain::{
    Actor, HistoryEvent, Lang, MoveRequest, NewProposal, ProposalDetails, ProposalState, Visibility,
};
use crate::guard::{Internal, guard};
use crate::types::Day;

/// Why a register operation failed. A failed command leaves the register unchanged. The
/// message is the library's own, as the command line shows it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum RegisterError {
    /// A "no" (rejection, parking, withdrawal, merge) or a reopening without an acceptable
    /// justification.
    #[error("{message}")]
    Justification {
        /// What was refused and why.
        message: String,
    },
    /// An implementation without an acceptable outcome summary.
    #[error("{message}")]
    Outcome {
        /// What was refused and why.
        message: String,
    },
    /// The move is not in the transition table from the current state.
    #[error("{message}")]
    NotAllowed {
        /// The move and the allowed targets.
        message: String,
    },
    /// The actor's role may not do this under the register's policy.
    #[error("{message}")]
    NotPermitted {
        /// Who tried what, and the rule.
        message: String,
    },
    /// No such proposal or meeting.
    #[error("{message}")]
    NotFound {
        /// Which id.
        message: String,
    },
    /// A malformed command or argument (a bad id, a merge without a target, a date out of
    /// range, notes without a meeting).
    #[error("{message}")]
    InvalidInput {
        /// What is wrong and what to do.
        message: String,
    },
    /// The file is not a delaktig register, or one of a newer schema.
    #[error("{message}")]
    NotARegister {
        /// Which file and what it is.
        message: String,
    },
    /// `create` was asked to overwrite an existing file.
    #[error("{message}")]
    AlreadyExists {
        /// Which file.
        message: String,
    },
    /// The register file is damaged, or holds data that does not decode.
    #[error("{message}")]
    Corrupt {
        /// Which file and what SQLite reported.
        message: String,
    },
    /// The file could not be read or written, or the database failed.
    #[error("{message}")]
    Storage {
        /// What failed.
        message: String,
    },
    /// A bug caught at the boundary; nothing was changed.
    #[error("{message}")]
    Internal {
        /// What happened.
        message: String,
    },
}

impl Internal for RegisterError {
    fn internal(message: String) -> Self {
        RegisterError::Internal { message }
    }
}

impl From<StoreError> for RegisterError {
    fn from(e: StoreError) -> Self {
        let message = e.to_string();
        match e {
            StoreError::Domain(d) => match d {
                DomainError::Justification { .. }
                | DomainError::ReopenNeedsJustification { .. } => {
                    RegisterError::Justification { message }
                }
                DomainError::Outcome { .. } => RegisterError::Outcome { message },
                DomainError::NotAllowed { .. } => RegisterError::NotAllowed { message },
                DomainError::NotPermitted { .. } => RegisterError::NotPermitted { message },
                DomainError::NotAReopening { .. }
                | DomainError::MergeNeedsTarget { .. }
                | DomainError::MergeIntoSelf { .. }
                | DomainError::Invalid { .. } => RegisterError::InvalidInput { message },
            },
            StoreError::MeetingNotPermitted { .. } => RegisterError::NotPermitted { message },
            StoreError::Deviation(d) => crate::deviation::deviation_error(d, message),
            StoreError::DeviationSettings(d) => crate::deviation::settings_error(d, message),
            StoreError::NotFound(_)
            | StoreError::MeetingNotFound(_)
            | StoreError::DeviationNotFound(_) => RegisterError::NotFound { message },
            StoreError::NotARegister { .. } | StoreError::NewerSchema { .. } => {
                RegisterError::NotARegister { message }
            }
            StoreError::AlreadyExists(_) => RegisterError::AlreadyExists { message },
            StoreError::Corrupt { .. } | StoreError::BadData { .. } => {
                RegisterError::Corrupt { message }
            }
            StoreError::NotEmpty { .. }
            | StoreError::BadExport(_)
            | StoreError::Io { .. }
            | StoreError::Sqlite(_) => RegisterError::Storage { message },
        }
    }
}

/// Why a listener could not handle an event. The command that made the event has already
/// been committed; a failing listener does not undo it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum ListenerError {
    /// The listener failed.
    #[error("the register listener failed: {reason}")]
    Failed {
        /// Why.
        reason: String,
    },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for ListenerError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        ListenerError::Failed { reason: e.reason }
    }
}

/// Told of every new history event, after it is committed: implement it in the app to notify
/// a proposal's followers. Called on the thread that made the change, outside the register's
/// lock (a listener may query the register). Errors and exceptions from a listener are
/// swallowed: they cannot undo the committed change.
#[uniffi::export(with_foreign)]
pub trait RegisterListener: Send + Sync {
    /// `event` was appended to the history of `proposal`.
    fn on_event(&self, proposal: ProposalId, event: HistoryEvent) -> Result<(), ListenerError>;
}

/// Which proposals a listing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, uniffi::Record)]
pub struct ListFilter {
    /// Only this state.
    #[uniffi(default = None)]
    pub state: Option<ProposalState>,
    /// Only proposals this visible or more (`Public` = public only).
    #[uniffi(default = None)]
    pub visibility: Option<Visibility>,
}

/// One row of a listing, without the history.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProposalSummary {
    /// Id ("P-12").
    pub id: ProposalId,
    /// Title.
    pub title: String,
    /// Current state.
    pub state: ProposalState,
    /// Day the current state began.
    pub state_since: Day,
    /// Day raised.
    pub created: Day,
    /// Who may see it.
    pub visibility: Visibility,
    /// Meetings it was discussed at since its last state change.
    pub discussions_since_change: u32,
    /// Number of history events.
    pub events: u32,
}

impl From<store::ProposalSummary> for ProposalSummary {
    fn from(s: store::ProposalSummary) -> Self {
        ProposalSummary {
            id: s.id,
            title: s.title,
            state: s.state.into(),
            state_since: s.state_since.into(),
            created: s.created.into(),
            visibility: s.visibility.into(),
            discussions_since_change: s.discussions_since_change,
            events: s.events,
        }
    }
}

/// When a proposal counts as stalled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct StalledPolicy {
    /// Open proposals whose state has not changed for this many days.
    #[uniffi(default = 90)]
    pub no_change_days: u32,
    /// Open proposals discussed at this many meetings without a state change.
    #[uniffi(default = 3)]
    pub discussed_meetings: u32,
    /// Undecided proposals older than this many days.
    #[uniffi(default = 365)]
    pub undecided_days: u32,
}

impl From<StalledPolicy> for core::StalledPolicy {
    fn from(p: StalledPolicy) -> Self {
        core::StalledPolicy {
            no_change_days: p.no_change_days,
            discussed_meetings: p.discussed_meetings,
            undecided_days: p.undecided_days,
        }
    }
}

/// The register's default stalling policy (90 days, 3 meetings, 365 days).
#[uniffi::export]
pub fn default_stalled_policy() -> StalledPolicy {
    let p = core::StalledPolicy::default();
    StalledPolicy {
        no_change_days: p.no_change_days,
        discussed_meetings: p.discussed_meetings,
        undecided_days: p.undecided_days,
    }
}

/// Why a proposal counts as stalled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum StallReason {
    /// No state change for `days` days.
    NoChange {
        /// Days since the last state change.
        days: i64,
    },
    /// Discussed at `meetings` meetings without a state change.
    DiscussedWithoutChange {
        /// Meetings.
        meetings: u32,
    },
    /// Not decided `days` days after it was raised.
    Undecided {
        /// Days since raised.
        days: i64,
    },
}

impl From<core::StallReason> for StallReason {
    fn from(r: core::StallReason) -> Self {
        match r {
            core::StallReason::NoChange { days } => StallReason::NoChange { days },
            core::StallReason::DiscussedWithoutChange { meetings } => {
                StallReason::DiscussedWithoutChange { meetings }
            }
            core::StallReason::Undecided { days } => StallReason::Undecided { days },
        }
    }
}

/// A stalled proposal and why.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StalledProposal {
    /// The proposal.
    pub proposal: ProposalSummary,
    /// Why it counts as stalled.
    pub reasons: Vec<StallReason>,
}

/// "Did we move up a notch?" for one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct MonthlySummary {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Proposals raised in the month.
    pub raised: u64,
    /// Proposals that moved forward in the month.
    pub moved_forward: u64,
    /// Proposals stalled at the month's end.
    pub stalled: u64,
    /// Proposals closed in the month.
    pub closed: u64,
}

/// Output format of a public report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReportFormat {
    /// Markdown.
    Markdown,
    /// A self-contained HTML page.
    Html,
    /// Open-data JSON.
    Json,
}

/// What a public report covers and how it is written.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportOptions {
    /// The day the report is made (for stalling and "generated").
    pub today: Day,
    /// Language (default Swedish).
    #[uniffi(default = None)]
    pub lang: Option<Lang>,
    /// Only proposals with public events on or after this day, and the changes since then.
    #[uniffi(default = None)]
    pub since: Option<Day>,
    /// When a proposal counts as stalled (default: the register's default policy).
    #[uniffi(default = None)]
    pub stalled: Option<StalledPolicy>,
    /// How personal data (identity numbers, phone numbers, e-mail and home addresses,
    /// account numbers, names) is redacted from every free text of the report. A public
    /// report is always redacted: `None` redacts every person's name, a `Redaction` lists the
    /// public persons whose names are kept.
    #[uniffi(default = None)]
    pub redact: Option<Redaction>,
}

/// How a public report is redacted.
#[derive(Debug, Clone, PartialEq, Eq, Default, uniffi::Record)]
pub struct Redaction {
    /// People whose names are public in their role (staff, officials): "First Last", one per
    /// entry. Their names are kept; every other person becomes "[namn N]".
    #[uniffi(default = [])]
    pub public_names: Vec<String>,
}

/// The report's text filter: `delaktig-redact` behind the domain's `TextFilter` hook.
struct Redacting(delaktig_redact::Redactor);

impl core::TextFilter for Redacting {
    fn filter<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        self.0.redact_for_publication_cow(text)
    }
}

/// How meeting notes are ingested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct IngestOptions {
    /// Restore OCR damage (å/ä/ö, hyphenation, wrapped lines) before parsing.
    #[uniffi(default = true)]
    pub restore_ocr: bool,
    /// Year for dates written without one, when the notes name none.
    #[uniffi(default = None)]
    pub year: Option<i32>,
    /// Who may see the meeting and the proposals it raises (default `Internal`: imported
    /// notes are reviewed before they are published).
    #[uniffi(default = None)]
    pub visibility: Option<Visibility>,
}

/// What ingesting one meeting's notes did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct IngestResult {
    /// The meeting (new, or the one ingested before from the same notes).
    pub meeting: MeetingId,
    /// The notes were ingested before; nothing was changed.
    pub already_imported: bool,
    /// The notes are another copy of a meeting the register has from other notes (the same
    /// title, date and group): their proposals went to that meeting.
    pub same_meeting: bool,
    /// Proposals created, in the order of the notes.
    pub created: Vec<ProposalId>,
    /// Open proposals the notes discussed again (recorded as discussions).
    pub discussed: Vec<ProposalId>,
    /// Proposals a decision in the notes moved ("Beslut: Förslaget avslås eftersom …").
    pub decided: Vec<DecidedProposal>,
    /// Decisions in the notes the register did not record: a "no" with no reason given,
    /// or a move the proposal's state or the register's rules do not allow.
    pub undecided: Vec<UndecidedProposal>,
    /// Decisions in the notes on no proposal of theirs (one raised at an earlier meeting,
    /// most often), left for a person to record: never matched by guess.
    pub unlinked_decisions: Vec<crate::notes::NoteDecision>,
    /// How many OCR repairs were made before parsing.
    pub restored_changes: u32,
}

/// A proposal moved by a decision its meeting's notes record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DecidedProposal {
    /// The proposal.
    pub proposal: ProposalId,
    /// Where it went.
    pub state: ProposalState,
}

/// A decision in meeting notes that the register did not record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UndecidedProposal {
    /// The proposal decided on.
    pub proposal: ProposalId,
    /// Where the notes say it goes.
    pub state: ProposalState,
    /// The decision as written.
    pub text: String,
    /// Why the register did not record it.
    pub why: String,
}

/// Someone who attended a registered meeting.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeetingAttendee {
    /// Name.
    pub name: String,
    /// Organisation, if given.
    pub organisation: Option<String>,
}

/// A meeting recorded by an ingest.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MeetingRecord {
    /// Id ("M-3").
    pub id: MeetingId,
    /// The group that met.
    pub group: Option<String>,
    /// Title line of the notes.
    pub title: String,
    /// Day of the meeting.
    pub date: Option<Day>,
    /// Place.
    pub place: Option<String>,
    /// Who came.
    pub attendees: Vec<MeetingAttendee>,
    /// Who may see the meeting.
    pub visibility: Visibility,
}

impl From<core::Meeting> for MeetingRecord {
    fn from(m: core::Meeting) -> Self {
        MeetingRecord {
            id: m.id,
            group: m.group,
            title: m.title,
            date: m.date.map(Into::into),
            place: m.place,
            attendees: m
                .attendees
                .into_iter()
                .map(|a| MeetingAttendee {
                    name: a.name,
                    organisation: a.organisation,
                })
                .collect(),
            visibility: m.visibility.into(),
        }
    }
}

/// A delaktig register (one SQLite file, or in memory). Safe to share between threads: every
/// call takes the register's lock for its duration, and each command is one transaction.
#[derive(uniffi::Object)]
pub struct Register {
    inner: Mutex<store::Register>,
    listeners: Mutex<Vec<Arc<dyn RegisterListener>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic inside a command unwinds through its SQLite transaction, which rolls back, so
    // the register behind a poisoned lock is consistent and may be used again.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Register {
    /// The store behind the lock, for the calls of sibling modules (deviations).
    pub(crate) fn store(&self) -> MutexGuard<'_, store::Register> {
        lock(&self.inner)
    }

    fn wrap(inner: store::Register) -> Arc<Register> {
        Arc::new(Register {
            inner: Mutex::new(inner),
            listeners: Mutex::new(Vec::new()),
        })
    }

    fn notify(&self, id: ProposalId, events: &[core::Event]) {
        if events.is_empty() {
            return;
        }
        let listeners = lock(&self.listeners).clone();
        for listener in &listeners {
            for e in events {
                // The change is committed; a failing listener cannot undo it and is not the
                // caller's error, so its failure (or panic) is dropped here.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    listener.on_event(id, HistoryEvent::from(e))
                }));
            }
        }
    }

    /// Runs a command, then tells the listeners of the event it recorded.
    fn command(
        &self,
        id: ProposalId,
        by: &Actor,
        at: Day,
        command: core::Command,
    ) -> Result<HistoryEvent, RegisterError> {
        let event = guard(|| {
            let req = core::Request::new(by.into(), at.into(), command);
            lock(&self.inner)
                .execute(id, req)
                .map_err(RegisterError::from)
        })?;
        self.notify(id, std::slice::from_ref(&event));
        Ok(HistoryEvent::from(&event))
    }

    fn policy(p: Option<StalledPolicy>) -> core::StalledPolicy {
        p.map(Into::into).unwrap_or_default()
    }
}

fn nonempty_path(path: &str) -> Result<&str, RegisterError> {
    if path.trim().is_empty() {
        return Err(RegisterError::InvalidInput {
            message: "the register path is empty: give a file path, or use Register.inMemory()"
                .into(),
        });
    }
    Ok(path)
}

#[uniffi::export]
impl Register {
    /// Opens the register at `path`, creating it if the file does not exist or is empty.
    #[uniffi::constructor]
    pub fn open(path: String) -> Result<Arc<Register>, RegisterError> {
        guard(|| {
            Ok(Register::wrap(store::Register::open(nonempty_path(
                &path,
            )?)?))
        })
    }

    /// Opens an existing register; a missing file is an error.
    #[uniffi::constructor]
    pub fn open_existing(path: String) -> Result<Arc<Register>, RegisterError> {
        guard(|| {
            Ok(Register::wrap(store::Register::open_existing(
                nonempty_path(&path)?,
            )?))
        })
    }

    /// Creates a new register at `path`; an existing file is never overwritten.
    #[uniffi::constructor]
    pub fn create(path: String) -> Result<Arc<Register>, RegisterError> {
        guard(|| {
            Ok(Register::wrap(store::Register::create(nonempty_path(
                &path,
            )?)?))
        })
    }

    /// A register in memory, gone when the object is released (previews, tests).
    #[uniffi::constructor]
    pub fn in_memory() -> Result<Arc<Register>, RegisterError> {
        guard(|| Ok(Register::wrap(store::Register::open_in_memory()?)))
    }

    /// The file path (":memory:" for an in-memory register).
    pub fn path(&self) -> String {
        lock(&self.inner).path().display().to_string()
    }

    /// Adds a listener told of every new history event.
    pub fn add_listener(&self, listener: Arc<dyn RegisterListener>) {
        lock(&self.listeners).push(listener);
    }

    /// Raises a proposal on day `at`; returns its id.
    pub fn raise_proposal(
        &self,
        proposal: NewProposal,
        by: Actor,
        at: Day,
    ) -> Result<ProposalId, RegisterError> {
        let (id, events) = guard(|| {
            let mut reg = lock(&self.inner);
            let id = reg.raise(proposal.into(), &(&by).into(), at.into())?;
            let events = reg.proposal(id)?.events().to_vec();
            Ok::<_, RegisterError>((id, events))
        })?;
        self.notify(id, &events);
        Ok(id)
    }

    /// Moves a proposal; a "no" without a justification is refused with
    /// `RegisterError::Justification` and changes nothing. Returns the recorded event.
    pub fn move_proposal(
        &self,
        id: ProposalId,
        request: MoveRequest,
        by: Actor,
        at: Day,
    ) -> Result<HistoryEvent, RegisterError> {
        self.command(id, &by, at, core::Command::MoveTo(request.into()))
    }

    /// Comments on a proposal.
    pub fn comment(
        &self,
        id: ProposalId,
        text: String,
        by: Actor,
        at: Day,
    ) -> Result<HistoryEvent, RegisterError> {
        self.command(id, &by, at, core::Command::Comment { text })
    }

    /// Adds `who` to a proposal's followers.
    pub fn follow(
        &self,
        id: ProposalId,
        who: String,
        by: Actor,
        at: Day,
    ) -> Result<HistoryEvent, RegisterError> {
        self.command(id, &by, at, core::Command::Follow(who))
    }

    /// One proposal with its whole history.
    pub fn show(&self, id: ProposalId) -> Result<ProposalDetails, RegisterError> {
        guard(|| Ok(ProposalDetails::from(&lock(&self.inner).proposal(id)?)))
    }

    /// Proposals matching `filter`, by id.
    pub fn list(&self, filter: ListFilter) -> Result<Vec<ProposalSummary>, RegisterError> {
        guard(|| {
            let filter = store::ListFilter {
                state: filter.state.map(Into::into),
                visibility: filter.visibility.map(Into::into),
            };
            let rows = lock(&self.inner).list(&filter)?;
            Ok(rows.into_iter().map(Into::into).collect())
        })
    }

    /// Number of proposals.
    pub fn count(&self) -> Result<u64, RegisterError> {
        guard(|| Ok(lock(&self.inner).count()? as u64))
    }

    /// Proposals stalled on `today`, longest-quiet first (`policy` default: 90 days without
    /// change, 3 meetings without change, 365 days undecided).
    pub fn stalled(
        &self,
        today: Day,
        policy: Option<StalledPolicy>,
    ) -> Result<Vec<StalledProposal>, RegisterError> {
        guard(|| {
            let rows = lock(&self.inner).stalled(&Register::policy(policy), today.into())?;
            Ok(rows
                .into_iter()
                .map(|s| StalledProposal {
                    proposal: s.proposal.into(),
                    reasons: s.reasons.into_iter().map(Into::into).collect(),
                })
                .collect())
        })
    }

    /// The summary of the month containing `day`.
    pub fn monthly_summary(
        &self,
        day: Day,
        policy: Option<StalledPolicy>,
    ) -> Result<MonthlySummary, RegisterError> {
        guard(|| {
            let s = lock(&self.inner).monthly_summary(day.into(), &Register::policy(policy))?;
            Ok(MonthlySummary {
                year: s.year,
                month: s.month,
                raised: s.raised as u64,
                moved_forward: s.moved_forward as u64,
                stalled: s.stalled as u64,
                closed: s.closed as u64,
            })
        })
    }

    /// The public follow-up report (public proposals and events only) in `format`.
    pub fn report(
        &self,
        format: ReportFormat,
        options: ReportOptions,
    ) -> Result<String, RegisterError> {
        guard(|| {
            let opts = core::ReportOptions {
                lang: options.lang.unwrap_or(Lang::Sv).into(),
                since: options.since.map(Into::into),
                today: options.today.into(),
                stalled: Register::policy(options.stalled),
            };
            let public_names = options.redact.map(|r| r.public_names).unwrap_or_default();
            let redactor = delaktig_redact::Redactor::new(delaktig_redact::RedactOptions {
                public_names,
                ..delaktig_redact::RedactOptions::default()
            })
            .map_err(|e| RegisterError::InvalidInput {
                message: e.to_string(),
            })?;
            let report = lock(&self.inner).report(&opts, &Redacting(redactor))?;
            Ok(match format {
                ReportFormat::Markdown => report.to_markdown(),
                ReportFormat::Html => report.to_html(),
                ReportFormat::Json => report.to_json(),
            })
        })
    }

    /// One meeting.
    pub fn meeting(&self, id: MeetingId) -> Result<MeetingRecord, RegisterError> {
        guard(|| Ok(lock(&self.inner).meeting(id)?.into()))
    }

    /// Every meeting, by id.
    pub fn meetings(&self) -> Result<Vec<MeetingRecord>, RegisterError> {
        guard(|| {
            let all = lock(&self.inner).meetings()?;
            Ok(all.into_iter().map(Into::into).collect())
        })
    }

    /// Fewest words a justification or outcome must have in this register (default 3).
    pub fn justification_min_words(&self) -> u32 {
        let n = lock(&self.inner).settings().justification.min_words;
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// Sets the fewest words a justification or outcome must have (at least 1); stored in
    /// the register, applied to later moves.
    pub fn set_justification_min_words(&self, words: u32) -> Result<(), RegisterError> {
        if words == 0 {
            return Err(RegisterError::InvalidInput {
                message: "a justification needs at least 1 word: give 1 or more".into(),
            });
        }
        guard(|| {
            let mut reg = lock(&self.inner);
            let mut settings = reg.settings().clone();
            settings.justification.min_words = words as usize;
            Ok(reg.set_settings(settings)?)
        })
    }

    /// Ingests one meeting's notes: restores OCR damage (if asked), parses them, and records
    /// the meeting, its attendees and each proposal found (a proposal matching an open one is
    /// recorded as a discussion of it). Ingesting the same notes again changes nothing.
    /// Events are dated the meeting's date, or `today` when the notes name none.
    pub fn ingest_notes(
        &self,
        text: String,
        options: IngestOptions,
        by: Actor,
        today: Day,
    ) -> Result<IngestResult, RegisterError> {
        let (result, events) = guard(|| {
            let prepared = crate::ingest::prepare(&text, &options)?;
            let mut reg = lock(&self.inner);
            let mut done = reg.import_meeting(&prepared.import, &(&by).into(), today.into())?;
            // Listeners hear of every event the import appended: the raising of new
            // proposals, the discussion of known ones, and the moves decisions made.
            let events = std::mem::take(&mut done.appended);
            Ok::<_, RegisterError>((
                IngestResult {
                    meeting: done.meeting,
                    already_imported: done.already_imported,
                    same_meeting: done.same_meeting,
                    created: done.created,
                    discussed: done.discussed,
                    decided: done
                        .decided
                        .iter()
                        .map(|&(proposal, state)| DecidedProposal {
                            proposal,
                            state: state.into(),
                        })
                        .collect(),
                    undecided: done
                        .undecided
                        .into_iter()
                        .map(|u| UndecidedProposal {
                            proposal: u.proposal,
                            state: u.to.into(),
                            text: u.text,
                            why: u.why,
                        })
                        .collect(),
                    unlinked_decisions: prepared.unlinked_decisions,
                    restored_changes: prepared.restored_changes,
                },
                events,
            ))
        })?;
        for (id, e) in &events {
            self.notify(*id, std::slice::from_ref(e));
        }
        Ok(result)
    }
}
