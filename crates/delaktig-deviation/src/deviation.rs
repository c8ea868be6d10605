//! A deviation and its append-only history.
//!
//! A [`Deviation`] is the fold of its [`Event`]s: the first records what was reported, the
//! rest move the follow-up, confirm or change categories, and link improvement proposals.
//! [`Deviation::decide`] turns a [`Command`] into the next event without changing anything;
//! [`Deviation::apply`] checks and folds it in. Nothing is ever rewritten.

use crate::category::{CategoryCatalog, CategoryCode, CategoryMark, CategoryStatus};
use crate::followup::{FollowUpState, Move, MoveSpec, MoveSpecError, Requirement};
use crate::id::{DeviationId, ProposalRef};
use crate::lang::Lang;
use crate::party::Party;
use crate::policy::{Actor, DeviationAction, PermissionError, Visibility};
use crate::settings::Settings;
use crate::text::{JustificationRules, TextError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What was reported: the content of a deviation as it entered the register.
///
/// Texts are stored as they came out of the redactor at intake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviationRecord {
    /// When the event happened.
    pub event_date: NaiveDate,
    /// When it was reported.
    pub report_date: NaiveDate,
    /// The unit that reported it.
    pub reporting_party: Party,
    /// The other parties involved (at least one).
    pub involved: Vec<Party>,
    /// Categories at intake (at least one), suggested or confirmed.
    pub categories: Vec<CategoryMark>,
    /// What happened (redacted).
    pub description: String,
    /// What was done or proposed at once ("Åtgärd"), when written (redacted).
    pub action: Option<String>,
}

impl DeviationRecord {
    /// The parties of the case: the reporting party, then the involved ones, without repeats.
    pub fn parties(&self) -> Vec<&Party> {
        let mut out: Vec<&Party> = vec![&self.reporting_party];
        for p in &self.involved {
            if out.iter().all(|q| q.key() != p.key()) {
                out.push(p);
            }
        }
        out
    }

    fn problem(&self, recorded_on: NaiveDate) -> Option<RecordProblem> {
        if self.description.trim().is_empty() {
            return Some(RecordProblem::EmptyDescription);
        }
        if self.parties().len() < 2 {
            return Some(RecordProblem::NoOtherParty);
        }
        if self.categories.is_empty() {
            return Some(RecordProblem::NoCategory);
        }
        for (i, c) in self.categories.iter().enumerate() {
            if self.categories.iter().skip(i + 1).any(|d| d.code == c.code) {
                return Some(RecordProblem::DuplicateCategory(c.code.clone()));
            }
        }
        if self.event_date > self.report_date {
            return Some(RecordProblem::EventAfterReport {
                event: self.event_date,
                report: self.report_date,
            });
        }
        if recorded_on < self.report_date {
            return Some(RecordProblem::RecordedBeforeReport {
                recorded: recorded_on,
                report: self.report_date,
            });
        }
        None
    }
}

/// What is wrong with a [`DeviationRecord`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordProblem {
    /// No description.
    #[error("the description is empty: write what happened")]
    EmptyDescription,
    /// No party besides the reporting one.
    #[error(
        "no other party is named: a deviation in cooperation involves at least one party besides the reporting one"
    )]
    NoOtherParty,
    /// No category.
    #[error("no category is set: give at least one")]
    NoCategory,
    /// A category twice.
    #[error("category {0} is given twice")]
    DuplicateCategory(CategoryCode),
    /// The event is dated after its report.
    #[error("the event date {event} is after the report date {report}")]
    EventAfterReport {
        /// Event date.
        event: NaiveDate,
        /// Report date.
        report: NaiveDate,
    },
    /// Registered before it was reported.
    #[error("it is registered on {recorded}, before its report date {report}")]
    RecordedBeforeReport {
        /// Registration date.
        recorded: NaiveDate,
        /// Report date.
        report: NaiveDate,
    },
}

/// One entry of a deviation's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// When.
    pub at: NaiveDate,
    /// Who, in which role.
    pub by: Actor,
    /// Who may see this event. Events recorded before visibility was kept read back as
    /// internal, as they were treated then.
    #[serde(default = "internal")]
    pub visibility: Visibility,
    /// What.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What an event did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// The deviation entered the register.
    Recorded {
        /// What was reported.
        record: DeviationRecord,
    },
    /// The follow-up moved.
    Moved {
        /// State before.
        from: FollowUpState,
        /// The move, with its text.
        step: Move,
    },
    /// A person confirmed a suggested category.
    CategoryConfirmed {
        /// The category.
        code: CategoryCode,
    },
    /// A person added a category (confirmed).
    CategoryAdded {
        /// The category.
        code: CategoryCode,
    },
    /// A person removed a category.
    CategoryRemoved {
        /// The category.
        code: CategoryCode,
    },
    /// An improvement proposal was raised from the deviation.
    ProposalLinked {
        /// The proposal.
        proposal: ProposalRef,
    },
    /// Who may see the deviation changed (e.g. published after review).
    VisibilitySet {
        /// The new visibility (named apart from the event's own `visibility`, as both
        /// share one JSON object).
        to: Visibility,
    },
}

fn internal() -> Visibility {
    Visibility::Internal
}

impl Event {
    /// Whether a reader cleared for `audience` may see this event of `deviation`: both the
    /// event and the deviation must be at most that restricted. The record of what was
    /// reported goes with the deviation: publishing a deviation publishes its (redacted)
    /// record.
    pub fn visible_to(&self, deviation: &Deviation, audience: Visibility) -> bool {
        let own = match self.kind {
            EventKind::Recorded { .. } => true,
            _ => self.visibility <= audience,
        };
        own && deviation.visibility() <= audience
    }
}

impl EventKind {
    /// Stable code of the event kind.
    pub fn code(&self) -> &'static str {
        match self {
            EventKind::Recorded { .. } => "recorded",
            EventKind::Moved { .. } => "moved",
            EventKind::CategoryConfirmed { .. } => "category_confirmed",
            EventKind::CategoryAdded { .. } => "category_added",
            EventKind::CategoryRemoved { .. } => "category_removed",
            EventKind::ProposalLinked { .. } => "proposal_linked",
            EventKind::VisibilitySet { .. } => "visibility_set",
        }
    }
}

/// A change a person asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", content = "arg", rename_all = "snake_case")]
pub enum Command {
    /// Move the follow-up to a state, with the text the move requires (as from a command line).
    MoveTo(MoveSpec),
    /// Make a move built in code.
    Step(Move),
    /// Confirm a suggested category.
    ConfirmCategory(CategoryCode),
    /// Add a category (confirmed).
    AddCategory(CategoryCode),
    /// Remove a category (at least one must remain).
    RemoveCategory(CategoryCode),
    /// Link an improvement proposal raised from the deviation.
    LinkProposal(ProposalRef),
    /// Change who may see the deviation.
    SetVisibility(Visibility),
}

impl Command {
    /// What the policy is asked about for this command.
    pub fn action(&self) -> DeviationAction {
        match self {
            Command::MoveTo(_) | Command::Step(_) => DeviationAction::FollowUp,
            Command::ConfirmCategory(_) | Command::AddCategory(_) | Command::RemoveCategory(_) => {
                DeviationAction::Categorise
            }
            Command::LinkProposal(_) => DeviationAction::LinkProposal,
            Command::SetVisibility(_) => DeviationAction::Publish,
        }
    }
}

/// A command with who asks, when, and optionally the visibility of the event it makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// What to do.
    pub command: Command,
    /// When (the date recorded in the history).
    pub at: NaiveDate,
    /// Who asks, in which role.
    pub by: Actor,
    /// Visibility of the event; default: the deviation's (for a visibility change: the new
    /// one).
    pub visibility: Option<Visibility>,
}

impl Request {
    /// A request whose event gets the deviation's visibility.
    pub fn new(command: Command, at: NaiveDate, by: Actor) -> Request {
        Request {
            command,
            at,
            by,
            visibility: None,
        }
    }

    /// The same request with an explicit event visibility.
    pub fn with_visibility(mut self, visibility: Visibility) -> Request {
        self.visibility = Some(visibility);
        self
    }
}

/// Why a command or event was refused. Every variant names the deviation; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeviationError {
    /// The actor's role may not do this under the register's policy.
    #[error(transparent)]
    NotPermitted(#[from] PermissionError),
    /// A visibility change to the visibility the deviation already has.
    #[error("deviation {id} is already {visibility}")]
    VisibilityUnchanged {
        /// Deviation.
        id: DeviationId,
        /// Its visibility.
        visibility: Visibility,
    },
    /// The move is not in the transition table.
    #[error(
        "deviation {id} cannot move from {from} to {to}: allowed targets are {}",
        list_states(allowed)
    )]
    NotAllowed {
        /// Deviation.
        id: DeviationId,
        /// Current state.
        from: FollowUpState,
        /// Requested state.
        to: FollowUpState,
        /// What the table allows from `from`.
        allowed: Vec<FollowUpState>,
    },
    /// A move that takes no text was given one.
    #[error("moving deviation {id} to {to} takes no text: leave it out")]
    UnexpectedText {
        /// Deviation.
        id: DeviationId,
        /// Requested state.
        to: FollowUpState,
    },
    /// The outcome of a resolution was missing or refused.
    #[error("resolving deviation {id} needs an outcome saying what the parties agreed: {source}")]
    Outcome {
        /// Deviation.
        id: DeviationId,
        /// What was wrong.
        source: TextError,
    },
    /// The justification of a closing or reopening was missing or refused.
    #[error("{action} deviation {id} needs a justification: {source}")]
    Justification {
        /// Deviation.
        id: DeviationId,
        /// "closing as not resolved" or "reopening".
        action: &'static str,
        /// What was wrong.
        source: TextError,
    },
    /// The category is not in the category list.
    #[error("deviation {id}: unknown category {code}: use one of {known}")]
    UnknownCategory {
        /// Deviation.
        id: DeviationId,
        /// The code given.
        code: CategoryCode,
        /// The known codes, comma-separated.
        known: String,
    },
    /// The category is not on the deviation.
    #[error("deviation {id} has no category {code}")]
    CategoryMissing {
        /// Deviation.
        id: DeviationId,
        /// The category.
        code: CategoryCode,
    },
    /// The category is already on the deviation.
    #[error("deviation {id} already has category {code}")]
    CategoryPresent {
        /// Deviation.
        id: DeviationId,
        /// The category.
        code: CategoryCode,
    },
    /// The category is already confirmed.
    #[error("category {code} of deviation {id} is already confirmed")]
    CategoryConfirmed {
        /// Deviation.
        id: DeviationId,
        /// The category.
        code: CategoryCode,
    },
    /// Removing the last category.
    #[error("category {code} is the last one of deviation {id}: add another before removing it")]
    LastCategory {
        /// Deviation.
        id: DeviationId,
        /// The category.
        code: CategoryCode,
    },
    /// The proposal is already linked.
    #[error("proposal {proposal} is already linked to deviation {id}")]
    ProposalLinked {
        /// Deviation.
        id: DeviationId,
        /// The proposal.
        proposal: ProposalRef,
    },
    /// An event dated before the previous one.
    #[error(
        "deviation {id}: an event dated {at} comes before the last one ({previous}); history is appended in date order"
    )]
    OutOfOrder {
        /// Deviation.
        id: DeviationId,
        /// Date of the new event.
        at: NaiveDate,
        /// Date of the last event.
        previous: NaiveDate,
    },
    /// The reported content cannot be registered.
    #[error("deviation {id} cannot be registered: {problem}")]
    Record {
        /// Deviation.
        id: DeviationId,
        /// What is wrong.
        problem: RecordProblem,
    },
    /// A stored history that does not start with exactly one record.
    #[error("stored history of deviation {id} is broken: {what}")]
    History {
        /// Deviation.
        id: DeviationId,
        /// What is wrong.
        what: &'static str,
    },
}

fn list_states(states: &[FollowUpState]) -> String {
    if states.is_empty() {
        return "none".to_owned();
    }
    states
        .iter()
        .map(|s| match s.requirement_label() {
            Some(r) => format!("{s} ({r})"),
            None => s.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl FollowUpState {
    fn requirement_label(self) -> Option<&'static str> {
        match self {
            FollowUpState::Resolved => Some("needs an outcome"),
            FollowUpState::NotResolved => Some("needs a justification"),
            _ => None,
        }
    }
}

/// A deviation: what was reported, its categories, where its follow-up stands, the proposals
/// raised from it, and its full history.
///
/// Serialised as its id, its current state (informative) and its events; reading it back
/// rebuilds everything from the events and refuses a history that does not check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "StoredDeviation", try_from = "StoredDeviation")]
pub struct Deviation {
    id: DeviationId,
    record: DeviationRecord,
    visibility: Visibility,
    categories: Vec<CategoryMark>,
    state: FollowUpState,
    state_since: NaiveDate,
    proposals: Vec<ProposalRef>,
    events: Vec<Event>,
}

/// The stored form of a [`Deviation`]: id, state and events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredDeviation {
    /// Id.
    pub id: DeviationId,
    /// Current state (checked against the fold of `events` when read).
    pub state: FollowUpState,
    /// The history.
    pub events: Vec<Event>,
}

impl From<Deviation> for StoredDeviation {
    fn from(d: Deviation) -> StoredDeviation {
        StoredDeviation {
            id: d.id,
            state: d.state,
            events: d.events,
        }
    }
}

impl TryFrom<StoredDeviation> for Deviation {
    type Error = DeviationError;
    fn try_from(s: StoredDeviation) -> Result<Self, Self::Error> {
        let d = Deviation::from_history(s.id, s.events)?;
        if d.state != s.state {
            return Err(DeviationError::History {
                id: s.id,
                what: "the stated state differs from the state its events lead to",
            });
        }
        Ok(d)
    }
}

impl Deviation {
    /// Registers a reported deviation, visible as `visibility` says. `by` must be allowed to
    /// report (and, for a public deviation, to publish) under `settings.policy`; the
    /// categories must be in `settings.categories`.
    pub fn open(
        id: DeviationId,
        record: DeviationRecord,
        visibility: Visibility,
        at: NaiveDate,
        by: Actor,
        settings: &Settings,
    ) -> Result<Deviation, DeviationError> {
        settings
            .policy
            .check(&by, DeviationAction::Record, Some(id))?;
        if visibility.is_public() {
            settings
                .policy
                .check(&by, DeviationAction::Publish, Some(id))?;
        }
        for c in &record.categories {
            if settings.categories.get(&c.code).is_none() {
                return Err(unknown(id, &c.code, &settings.categories));
            }
        }
        let event = Event {
            at,
            by,
            visibility,
            kind: EventKind::Recorded { record },
        };
        Deviation::from_history(id, vec![event])
    }

    /// Rebuilds a deviation from its stored history, checking every event.
    pub fn from_history(id: DeviationId, events: Vec<Event>) -> Result<Deviation, DeviationError> {
        let mut it = events.into_iter();
        let Some(first) = it.next() else {
            return Err(DeviationError::History {
                id,
                what: "it has no events",
            });
        };
        let EventKind::Recorded { record } = &first.kind else {
            return Err(DeviationError::History {
                id,
                what: "the first event is not the record of what was reported",
            });
        };
        if let Some(problem) = record.problem(first.at) {
            return Err(DeviationError::Record { id, problem });
        }
        let mut d = Deviation {
            id,
            record: record.clone(),
            visibility: first.visibility,
            categories: record.categories.clone(),
            state: FollowUpState::Received,
            state_since: first.at,
            proposals: Vec::new(),
            events: vec![first],
        };
        for e in it {
            d.apply_checked(e, None)?;
        }
        Ok(d)
    }

    /// Turns a command into the event it would append, or says why it is refused (not
    /// permitted, not allowed, a text missing…). Nothing changes. The event gets the
    /// deviation's visibility; see [`Deviation::decide_request`] to choose another.
    pub fn decide(
        &self,
        command: Command,
        at: NaiveDate,
        by: Actor,
        settings: &Settings,
    ) -> Result<Event, DeviationError> {
        self.decide_request(Request::new(command, at, by), settings)
    }

    /// [`Deviation::decide`] for a [`Request`], which may set the event's visibility.
    pub fn decide_request(
        &self,
        request: Request,
        settings: &Settings,
    ) -> Result<Event, DeviationError> {
        let id = self.id;
        let Request {
            command,
            at,
            by,
            visibility,
        } = request;
        settings.policy.check(&by, command.action(), Some(id))?;
        let kind = match command {
            Command::MoveTo(spec) => {
                let step = spec
                    .build(self.state, &settings.rules)
                    .map_err(|e| self.spec_error(e))?;
                EventKind::Moved {
                    from: self.state,
                    step,
                }
            }
            Command::Step(step) => EventKind::Moved {
                from: self.state,
                step,
            },
            Command::ConfirmCategory(code) => EventKind::CategoryConfirmed { code },
            Command::AddCategory(code) => {
                if settings.categories.get(&code).is_none() {
                    return Err(unknown(id, &code, &settings.categories));
                }
                EventKind::CategoryAdded { code }
            }
            Command::RemoveCategory(code) => EventKind::CategoryRemoved { code },
            Command::LinkProposal(proposal) => EventKind::ProposalLinked { proposal },
            Command::SetVisibility(to) => EventKind::VisibilitySet { to },
        };
        let visibility = match (&kind, visibility) {
            (_, Some(v)) => v,
            // A visibility change is itself as visible as the deviation becomes.
            (EventKind::VisibilitySet { to }, None) => *to,
            (_, None) => self.visibility,
        };
        let event = Event {
            at,
            by,
            visibility,
            kind,
        };
        self.check(&event, Some(&settings.rules))?;
        Ok(event)
    }

    /// Decides and applies a command; returns the appended event.
    pub fn execute(
        &mut self,
        command: Command,
        at: NaiveDate,
        by: Actor,
        settings: &Settings,
    ) -> Result<&Event, DeviationError> {
        self.execute_request(Request::new(command, at, by), settings)
    }

    /// Decides and applies a [`Request`]; returns the appended event.
    pub fn execute_request(
        &mut self,
        request: Request,
        settings: &Settings,
    ) -> Result<&Event, DeviationError> {
        let e = self.decide_request(request, settings)?;
        self.apply_checked(e, Some(&settings.rules))?;
        self.events.last().ok_or(DeviationError::History {
            id: self.id,
            what: "it has no events",
        })
    }

    /// Checks an event (for example one read from storage) and folds it in.
    pub fn apply(&mut self, event: Event) -> Result<(), DeviationError> {
        self.apply_checked(event, None)
    }

    /// Checks whether `event` may follow the current history. Texts in moves are checked
    /// against `rules` when given (new events), else they were checked when made.
    pub fn check(
        &self,
        event: &Event,
        rules: Option<&JustificationRules>,
    ) -> Result<(), DeviationError> {
        let id = self.id;
        let previous = self.events.last().map(|e| e.at);
        if let Some(previous) = previous.filter(|p| event.at < *p) {
            return Err(DeviationError::OutOfOrder {
                id,
                at: event.at,
                previous,
            });
        }
        let mark = |code: &CategoryCode| self.categories.iter().find(|m| &m.code == code);
        match &event.kind {
            EventKind::Recorded { .. } => Err(DeviationError::History {
                id,
                what: "it is recorded a second time",
            }),
            EventKind::Moved { from, step } => {
                if *from != self.state {
                    return Err(DeviationError::History {
                        id,
                        what: "a move starts from a state the deviation was not in",
                    });
                }
                let to = step.target();
                match self.state.requirement(to) {
                    Some(req) if req == step.requirement() => {}
                    Some(Requirement::Nothing) => {
                        return Err(DeviationError::UnexpectedText { id, to });
                    }
                    Some(Requirement::Reopening) => {
                        return Err(DeviationError::Justification {
                            id,
                            action: "reopening",
                            source: TextError::Empty,
                        });
                    }
                    _ => {
                        return Err(DeviationError::NotAllowed {
                            id,
                            from: self.state,
                            to,
                            allowed: self.state.allowed_targets(),
                        });
                    }
                }
                let checked = match (rules, step.text()) {
                    (Some(rules), Some(text)) => rules.check(text).map(|_| ()),
                    _ => Ok(()),
                };
                if let Err(source) = checked {
                    return Err(self.text_error(step.requirement(), source));
                }
                Ok(())
            }
            EventKind::CategoryConfirmed { code } => match mark(code) {
                None => Err(DeviationError::CategoryMissing {
                    id,
                    code: code.clone(),
                }),
                Some(m) if m.status == CategoryStatus::Confirmed => {
                    Err(DeviationError::CategoryConfirmed {
                        id,
                        code: code.clone(),
                    })
                }
                Some(_) => Ok(()),
            },
            EventKind::CategoryAdded { code } => match mark(code) {
                Some(_) => Err(DeviationError::CategoryPresent {
                    id,
                    code: code.clone(),
                }),
                None => Ok(()),
            },
            EventKind::CategoryRemoved { code } => match mark(code) {
                None => Err(DeviationError::CategoryMissing {
                    id,
                    code: code.clone(),
                }),
                Some(_) if self.categories.len() == 1 => Err(DeviationError::LastCategory {
                    id,
                    code: code.clone(),
                }),
                Some(_) => Ok(()),
            },
            EventKind::ProposalLinked { proposal } => {
                if self.proposals.contains(proposal) {
                    Err(DeviationError::ProposalLinked {
                        id,
                        proposal: proposal.clone(),
                    })
                } else {
                    Ok(())
                }
            }
            EventKind::VisibilitySet { to } => {
                if *to == self.visibility {
                    Err(DeviationError::VisibilityUnchanged {
                        id,
                        visibility: *to,
                    })
                } else {
                    Ok(())
                }
            }
        }
    }

    fn apply_checked(
        &mut self,
        event: Event,
        rules: Option<&JustificationRules>,
    ) -> Result<(), DeviationError> {
        self.check(&event, rules)?;
        match &event.kind {
            EventKind::Recorded { .. } => {}
            EventKind::Moved { step, .. } => {
                self.state = step.target();
                self.state_since = event.at;
            }
            EventKind::CategoryConfirmed { code } => {
                for m in self.categories.iter_mut().filter(|m| &m.code == code) {
                    m.status = CategoryStatus::Confirmed;
                }
            }
            EventKind::CategoryAdded { code } => self.categories.push(CategoryMark {
                code: code.clone(),
                status: CategoryStatus::Confirmed,
            }),
            EventKind::CategoryRemoved { code } => self.categories.retain(|m| &m.code != code),
            EventKind::ProposalLinked { proposal } => self.proposals.push(proposal.clone()),
            EventKind::VisibilitySet { to } => self.visibility = *to,
        }
        self.events.push(event);
        Ok(())
    }

    fn text_error(&self, req: Requirement, source: TextError) -> DeviationError {
        let id = self.id;
        match req {
            Requirement::Outcome => DeviationError::Outcome { id, source },
            Requirement::Reopening => DeviationError::Justification {
                id,
                action: "reopening",
                source,
            },
            _ => DeviationError::Justification {
                id,
                action: "closing as not resolved",
                source,
            },
        }
    }

    fn spec_error(&self, e: MoveSpecError) -> DeviationError {
        match e {
            MoveSpecError::NotAllowed { from, to, allowed } => DeviationError::NotAllowed {
                id: self.id,
                from,
                to,
                allowed,
            },
            MoveSpecError::UnexpectedText { to } => {
                DeviationError::UnexpectedText { id: self.id, to }
            }
            MoveSpecError::Text { required, source } => self.text_error(required, source),
        }
    }

    /// Id.
    pub fn id(&self) -> DeviationId {
        self.id
    }

    /// What was reported.
    pub fn record(&self) -> &DeviationRecord {
        &self.record
    }

    /// Who may see the deviation now.
    pub fn visibility(&self) -> Visibility {
        self.visibility
    }

    /// The events a reader cleared for `audience` may see (none when the deviation itself
    /// is more restricted), oldest first.
    pub fn events_visible_to(&self, audience: Visibility) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |e| e.visible_to(self, audience))
    }

    /// Current categories, suggested or confirmed.
    pub fn categories(&self) -> &[CategoryMark] {
        &self.categories
    }

    /// Whether every category has been confirmed by a person.
    pub fn categories_confirmed(&self) -> bool {
        self.categories
            .iter()
            .all(|m| m.status == CategoryStatus::Confirmed)
    }

    /// Current follow-up state.
    pub fn state(&self) -> FollowUpState {
        self.state
    }

    /// Date of the last move (or of registration).
    pub fn state_since(&self) -> NaiveDate {
        self.state_since
    }

    /// The follow-up state on a date (the registration state before it was registered).
    pub fn state_on(&self, date: NaiveDate) -> FollowUpState {
        self.events
            .iter()
            .rev()
            .filter(|e| e.at <= date)
            .find_map(|e| match &e.kind {
                EventKind::Moved { step, .. } => Some(step.target()),
                _ => None,
            })
            .unwrap_or(FollowUpState::Received)
    }

    /// Proposals linked on or before a date.
    pub fn proposals_on(&self, date: NaiveDate) -> Vec<&ProposalRef> {
        // A reader cleared for confidential sees every event.
        self.proposals_visible_on(date, Visibility::Confidential)
    }

    /// Proposals linked on or before a date by events a reader cleared for `audience` may
    /// see.
    pub fn proposals_visible_on(&self, date: NaiveDate, audience: Visibility) -> Vec<&ProposalRef> {
        self.events_visible_to(audience)
            .filter(|e| e.at <= date)
            .filter_map(|e| match &e.kind {
                EventKind::ProposalLinked { proposal } => Some(proposal),
                _ => None,
            })
            .collect()
    }

    /// Proposals raised from the deviation.
    pub fn proposals(&self) -> &[ProposalRef] {
        &self.proposals
    }

    /// The last move, with its outcome or justification.
    pub fn last_move(&self) -> Option<&Move> {
        self.events.iter().rev().find_map(|e| match &e.kind {
            EventKind::Moved { step, .. } => Some(step),
            _ => None,
        })
    }

    /// The full history, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// A flat summary for listings and JSON output, for a reader who may see everything.
    pub fn summary(&self, catalog: &CategoryCatalog, lang: Lang) -> DeviationSummary {
        self.summary_for(catalog, lang, Visibility::Confidential)
    }

    /// A flat summary for a reader cleared for `audience`: the text of the last move is left
    /// out when its event is hidden from them.
    pub fn summary_for(
        &self,
        catalog: &CategoryCatalog,
        lang: Lang,
        audience: Visibility,
    ) -> DeviationSummary {
        let last_move = self
            .events
            .iter()
            .rev()
            .find(|e| matches!(e.kind, EventKind::Moved { .. }));
        let text = last_move
            .filter(|e| e.visible_to(self, audience))
            .and_then(|e| match &e.kind {
                EventKind::Moved { step, .. } => step.text().map(str::to_owned),
                _ => None,
            });
        DeviationSummary {
            id: self.id,
            visibility: self.visibility,
            event_date: self.record.event_date,
            report_date: self.record.report_date,
            reporting_party: self.record.reporting_party.name().to_owned(),
            involved: self
                .record
                .involved
                .iter()
                .map(|p| p.name().to_owned())
                .collect(),
            categories: self
                .categories
                .iter()
                .map(|m| SummaryCategory {
                    code: m.code.clone(),
                    label: catalog
                        .get(&m.code)
                        .map_or_else(|| m.code.to_string(), |c| c.label(lang).to_owned()),
                    status: m.status,
                })
                .collect(),
            state: self.state,
            state_label: self.state.label(lang).to_owned(),
            state_since: self.state_since,
            text,
            proposals: self
                .events_visible_to(audience)
                .filter_map(|e| match &e.kind {
                    EventKind::ProposalLinked { proposal } => Some(proposal.clone()),
                    _ => None,
                })
                .collect(),
        }
    }
}

fn unknown(id: DeviationId, code: &CategoryCode, catalog: &CategoryCatalog) -> DeviationError {
    DeviationError::UnknownCategory {
        id,
        code: code.clone(),
        known: catalog
            .categories()
            .iter()
            .map(|c| c.code.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A flat view of a deviation for listings (`delaktig deviation list --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviationSummary {
    /// Id.
    pub id: DeviationId,
    /// Who may see it.
    pub visibility: Visibility,
    /// Event date.
    pub event_date: NaiveDate,
    /// Report date.
    pub report_date: NaiveDate,
    /// Reporting party's name.
    pub reporting_party: String,
    /// Involved parties' names.
    pub involved: Vec<String>,
    /// Categories.
    pub categories: Vec<SummaryCategory>,
    /// State code.
    pub state: FollowUpState,
    /// State label.
    pub state_label: String,
    /// Date of the last move.
    pub state_since: NaiveDate,
    /// Outcome or justification of the last move, if any and visible to the reader.
    pub text: Option<String>,
    /// Linked proposals.
    pub proposals: Vec<ProposalRef>,
}

/// A category in a [`DeviationSummary`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryCategory {
    /// Code.
    pub code: CategoryCode,
    /// Label.
    pub label: String,
    /// Suggested or confirmed.
    pub status: CategoryStatus,
}
