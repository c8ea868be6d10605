//! Proposals and their append-only history.
//!
//! A `Proposal` is the fold of its events: `decide` turns a request into the next event
//! (checking permission and rules, changing nothing), `apply` folds an event in. Storage
//! only ever appends the events `decide` made.

use crate::actor::{Action, Actor, Policy, Visibility};
use crate::error::DomainError;
use crate::id::{MeetingId, ProposalId};
use crate::state::State;
use crate::text::{Justification, JustificationRules, Outcome};
use crate::transition::{Move, MoveSpec, Transition};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A byte range in a source text (restored meeting notes), so a reader can jump to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Where a proposal came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Origin {
    /// Group it was raised in ("Gemensam utvecklingsgrupp").
    #[serde(default)]
    pub group: Option<String>,
    /// Meeting it was raised at.
    #[serde(default)]
    pub meeting: Option<MeetingId>,
    /// Where in the meeting notes.
    #[serde(default)]
    pub span: Option<Span>,
    /// Person who raised it.
    #[serde(default)]
    pub raised_by: Option<String>,
    /// Organisation that raised it ("Bryggan").
    #[serde(default)]
    pub organisation: Option<String>,
}

/// What is needed to raise a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NewProposal {
    /// Short title.
    pub title: String,
    /// Longer description.
    #[serde(default)]
    pub description: Option<String>,
    /// Where it came from.
    #[serde(default)]
    pub origin: Origin,
    /// Unit or person responsible for it.
    #[serde(default)]
    pub responsible: Option<String>,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Who may see it.
    #[serde(default)]
    pub visibility: Visibility,
}

impl NewProposal {
    /// A public proposal with only a title.
    pub fn titled(title: &str) -> NewProposal {
        NewProposal {
            title: title.to_owned(),
            ..NewProposal::default()
        }
    }
}

/// A follow-up milestone of an accepted proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// What is to be done.
    pub title: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// When it was done.
    pub done: Option<NaiveDate>,
}

/// A progress percentage, 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Progress(u8);

impl Progress {
    /// The percentage.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Progress {
    type Error = String;
    fn try_from(p: u8) -> Result<Self, String> {
        if p <= 100 {
            Ok(Progress(p))
        } else {
            Err(format!(
                "progress {p}% is over 100%: give a percentage from 0 to 100"
            ))
        }
    }
}

impl From<Progress> for u8 {
    fn from(p: Progress) -> u8 {
        p.0
    }
}

/// What happened in one history event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// The proposal was raised (always the first event, and only there).
    Raised(NewProposal),
    /// The state changed.
    Moved(Transition),
    /// Someone commented.
    Commented {
        /// The comment.
        text: String,
    },
    /// The proposal was discussed at a meeting; the state did not change.
    Discussed {
        /// The meeting, if registered.
        meeting: Option<MeetingId>,
        /// What was said.
        note: Option<String>,
    },
    /// A milestone was added.
    MilestoneAdded {
        /// What is to be done.
        title: String,
        /// When.
        due: Option<NaiveDate>,
    },
    /// A milestone was done (index into the milestones, in the order added).
    MilestoneDone {
        /// Which milestone.
        index: usize,
    },
    /// Progress was set.
    ProgressSet {
        /// The new percentage.
        percent: Progress,
    },
    /// The responsible unit or person was set.
    ResponsibleSet {
        /// Who is responsible now.
        responsible: String,
    },
    /// Who may see the proposal changed (e.g. published after review).
    VisibilitySet {
        /// The new visibility.
        visibility: Visibility,
    },
    /// Someone follows the proposal.
    Followed {
        /// Who.
        who: String,
    },
    /// A tag was added.
    Tagged {
        /// The tag.
        tag: String,
    },
}

/// One entry of the append-only history: who, when, what, and who may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// When.
    pub at: NaiveDate,
    /// Who.
    pub by: Actor,
    /// Who may see this event.
    pub visibility: Visibility,
    /// What happened.
    pub change: EventKind,
}

impl Event {
    /// The transition, if this event moved the state.
    pub fn transition(&self) -> Option<&Transition> {
        match &self.change {
            EventKind::Moved(t) => Some(t),
            _ => None,
        }
    }
    /// State before, for a state change.
    pub fn from_state(&self) -> Option<State> {
        self.transition().map(Transition::from)
    }
    /// State after: the new state for a move, `received` for raising.
    pub fn to_state(&self) -> Option<State> {
        match &self.change {
            EventKind::Raised(_) => Some(State::Received),
            EventKind::Moved(t) => Some(t.to()),
            _ => None,
        }
    }
    /// The justification carried, if any.
    pub fn justification(&self) -> Option<&Justification> {
        self.transition().and_then(Transition::justification)
    }
    /// The outcome carried, if any.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.transition().and_then(Transition::outcome)
    }
    /// Short stable code of the kind of event ("moved", "commented", …).
    pub fn kind_code(&self) -> &'static str {
        match &self.change {
            EventKind::Raised(_) => "raised",
            EventKind::Moved(_) => "moved",
            EventKind::Commented { .. } => "commented",
            EventKind::Discussed { .. } => "discussed",
            EventKind::MilestoneAdded { .. } => "milestone_added",
            EventKind::MilestoneDone { .. } => "milestone_done",
            EventKind::ProgressSet { .. } => "progress_set",
            EventKind::ResponsibleSet { .. } => "responsible_set",
            EventKind::VisibilitySet { .. } => "visibility_set",
            EventKind::Followed { .. } => "followed",
            EventKind::Tagged { .. } => "tagged",
        }
    }
}

/// Something to do to a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Move with a typed, already validated move.
    Move(Move),
    /// Move described by loose parts; validated against the settings' justification rules.
    MoveTo(MoveSpec),
    /// Comment.
    Comment {
        /// The comment.
        text: String,
    },
    /// Record a discussion at a meeting.
    Discuss {
        /// The meeting.
        meeting: Option<MeetingId>,
        /// What was said.
        note: Option<String>,
    },
    /// Add a milestone (after acceptance).
    AddMilestone {
        /// What is to be done.
        title: String,
        /// When.
        due: Option<NaiveDate>,
    },
    /// Mark a milestone done (index from 0, in the order added).
    CompleteMilestone {
        /// Which milestone.
        index: usize,
    },
    /// Set the progress (after acceptance).
    SetProgress(Progress),
    /// Set who is responsible.
    SetResponsible(String),
    /// Change who may see the proposal.
    SetVisibility(Visibility),
    /// Add a follower.
    Follow(String),
    /// Add a tag.
    Tag(String),
}

/// The rules of a register: permissions and what counts as a justification.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// Who may do what.
    pub policy: Policy,
    /// What a justification must meet.
    pub justification: JustificationRules,
}

/// A command with who asks, when, and optionally the visibility of the resulting event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Who asks.
    pub by: Actor,
    /// When (the date recorded in the history).
    pub at: NaiveDate,
    /// What to do.
    pub command: Command,
    /// Visibility of the event; default: the proposal's.
    pub visibility: Option<Visibility>,
}

impl Request {
    /// A request with the proposal's visibility.
    pub fn new(by: Actor, at: NaiveDate, command: Command) -> Request {
        Request {
            by,
            at,
            command,
            visibility: None,
        }
    }
    /// The same request with an explicit event visibility.
    pub fn with_visibility(mut self, visibility: Visibility) -> Request {
        self.visibility = Some(visibility);
        self
    }
}

/// A proposal: the fold of its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    id: ProposalId,
    title: String,
    description: Option<String>,
    origin: Origin,
    responsible: Option<String>,
    created: NaiveDate,
    followers: Vec<String>,
    tags: Vec<String>,
    visibility: Visibility,
    state: State,
    state_since: NaiveDate,
    milestones: Vec<Milestone>,
    progress: Option<Progress>,
    discussed_since_change: Vec<Option<MeetingId>>,
    events: Vec<Event>,
}

impl Proposal {
    /// Raises a new proposal: checks permission and title, and records the `Raised` event.
    pub fn raise(
        id: ProposalId,
        draft: NewProposal,
        by: &Actor,
        at: NaiveDate,
        settings: &Settings,
    ) -> Result<Proposal, DomainError> {
        settings.policy.check(by, Action::Raise, None, None)?;
        let visibility = draft.visibility;
        Proposal::from_events(
            id,
            vec![Event {
                at,
                by: by.clone(),
                visibility,
                change: EventKind::Raised(draft),
            }],
        )
    }

    /// Rebuilds a proposal from its history, checking every event.
    pub fn from_events(id: ProposalId, events: Vec<Event>) -> Result<Proposal, DomainError> {
        let mut it = events.into_iter();
        let first = it
            .next()
            .ok_or_else(|| history(id, "the history is empty"))?;
        let EventKind::Raised(draft) = &first.change else {
            return Err(history(
                id,
                "the history does not start with raising the proposal",
            ));
        };
        let title = draft.title.trim();
        if title.is_empty() {
            return Err(DomainError::Invalid {
                id: Some(id),
                what: "a proposal needs a title".into(),
            });
        }
        let mut p = Proposal {
            id,
            title: title.to_owned(),
            description: draft.description.clone().filter(|d| !d.trim().is_empty()),
            origin: draft.origin.clone(),
            responsible: draft.responsible.clone(),
            created: first.at,
            followers: Vec::new(),
            tags: draft.tags.clone(),
            visibility: draft.visibility,
            state: State::Received,
            state_since: first.at,
            milestones: Vec::new(),
            progress: None,
            discussed_since_change: Vec::new(),
            events: vec![first],
        };
        for e in it {
            p.apply(e)?;
        }
        Ok(p)
    }

    /// Turns a request into the next history event, without changing anything.
    pub fn decide(&self, req: Request, settings: &Settings) -> Result<Event, DomainError> {
        let id = Some(self.id);
        let raised_by = self.origin.raised_by.as_deref();
        let policy = &settings.policy;
        let change = match req.command {
            Command::Move(mv) => {
                let action = if mv.target() == State::Withdrawn {
                    Action::Withdraw
                } else {
                    Action::Decide
                };
                policy.check(&req.by, action, id, raised_by)?;
                EventKind::Moved(Transition::new(self.id, self.state, mv)?)
            }
            Command::MoveTo(spec) => {
                let action = if spec.to == Some(State::Withdrawn) {
                    Action::Withdraw
                } else {
                    Action::Decide
                };
                policy.check(&req.by, action, id, raised_by)?;
                EventKind::Moved(spec.build(self.id, self.state, &settings.justification)?)
            }
            Command::Comment { text } => {
                policy.check(&req.by, Action::Comment, id, raised_by)?;
                EventKind::Commented {
                    text: text.trim().to_owned(),
                }
            }
            Command::Discuss { meeting, note } => {
                policy.check(&req.by, Action::RecordDiscussion, id, raised_by)?;
                EventKind::Discussed {
                    meeting,
                    note: note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()),
                }
            }
            Command::AddMilestone { title, due } => {
                policy.check(&req.by, Action::FollowUp, id, raised_by)?;
                EventKind::MilestoneAdded {
                    title: title.trim().to_owned(),
                    due,
                }
            }
            Command::CompleteMilestone { index } => {
                policy.check(&req.by, Action::FollowUp, id, raised_by)?;
                EventKind::MilestoneDone { index }
            }
            Command::SetProgress(percent) => {
                policy.check(&req.by, Action::FollowUp, id, raised_by)?;
                EventKind::ProgressSet { percent }
            }
            Command::SetResponsible(r) => {
                policy.check(&req.by, Action::FollowUp, id, raised_by)?;
                EventKind::ResponsibleSet {
                    responsible: r.trim().to_owned(),
                }
            }
            Command::SetVisibility(visibility) => {
                policy.check(&req.by, Action::Publish, id, raised_by)?;
                EventKind::VisibilitySet { visibility }
            }
            Command::Follow(who) => {
                policy.check(&req.by, Action::Annotate, id, raised_by)?;
                EventKind::Followed {
                    who: who.trim().to_owned(),
                }
            }
            Command::Tag(tag) => {
                policy.check(&req.by, Action::Annotate, id, raised_by)?;
                EventKind::Tagged {
                    tag: tag.trim().to_owned(),
                }
            }
        };
        let visibility = match (&change, req.visibility) {
            (_, Some(v)) => v,
            // A visibility change is itself as visible as the proposal becomes.
            (EventKind::VisibilitySet { visibility }, None) => *visibility,
            (_, None) => self.visibility,
        };
        let event = Event {
            at: req.at,
            by: req.by,
            visibility,
            change,
        };
        self.check(&event)?;
        Ok(event)
    }

    /// Decides and applies in one step; returns the recorded event.
    pub fn execute(&mut self, req: Request, settings: &Settings) -> Result<&Event, DomainError> {
        let event = self.decide(req, settings)?;
        self.apply(event)?;
        self.events
            .last()
            .ok_or_else(|| history(self.id, "the history is empty after appending"))
    }

    /// Checks that `event` may follow the current history.
    pub fn check(&self, event: &Event) -> Result<(), DomainError> {
        let id = self.id;
        let invalid = |what: String| DomainError::Invalid { id: Some(id), what };
        if event.at < self.created {
            return Err(invalid(format!(
                "an event dated {} is before the proposal was raised ({})",
                event.at, self.created
            )));
        }
        let after_acceptance = matches!(self.state, State::Accepted | State::InProgress);
        match &event.change {
            EventKind::Raised(_) => return Err(history(id, "the proposal is already raised")),
            EventKind::Moved(t) => {
                if t.from() != self.state {
                    return Err(history(
                        id,
                        &format!(
                            "a move from {} recorded while the state is {}",
                            t.from(),
                            self.state
                        ),
                    ));
                }
                // Revalidate in context: the stored form cannot know its own proposal.
                Transition::new(id, t.from(), t.movement().clone())?;
                if event.at < self.state_since {
                    return Err(invalid(format!(
                        "a move dated {} is before the current state began ({}); date it {} or later",
                        event.at, self.state_since, self.state_since
                    )));
                }
            }
            EventKind::Commented { text } => {
                if text.trim().is_empty() {
                    return Err(invalid("a comment needs text".into()));
                }
            }
            EventKind::Discussed { .. } => {}
            EventKind::MilestoneAdded { title, .. } => {
                if !after_acceptance {
                    return Err(invalid(format!(
                        "milestones follow up an accepted proposal; it is {}",
                        self.state
                    )));
                }
                if title.trim().is_empty() {
                    return Err(invalid("a milestone needs a title".into()));
                }
            }
            EventKind::MilestoneDone { index } => match self.milestones.get(*index) {
                None => {
                    return Err(invalid(format!(
                        "there is no milestone {index}; it has {} milestones (numbered from 0)",
                        self.milestones.len()
                    )));
                }
                Some(m) if m.done.is_some() => {
                    return Err(invalid(format!("milestone {index} is already done")));
                }
                Some(_) => {}
            },
            EventKind::ProgressSet { .. } => {
                if !after_acceptance {
                    return Err(invalid(format!(
                        "progress follows up an accepted proposal; it is {}",
                        self.state
                    )));
                }
            }
            EventKind::ResponsibleSet { responsible } => {
                if responsible.trim().is_empty() {
                    return Err(invalid("name who is responsible".into()));
                }
            }
            EventKind::VisibilitySet { visibility } => {
                if *visibility == self.visibility {
                    return Err(invalid(format!("it is already {visibility}")));
                }
            }
            EventKind::Followed { who } => {
                if who.trim().is_empty() || self.followers.iter().any(|f| f == who.trim()) {
                    return Err(invalid(format!("\"{who}\" is empty or already follows it")));
                }
            }
            EventKind::Tagged { tag } => {
                if tag.trim().is_empty() || self.tags.iter().any(|t| t == tag.trim()) {
                    return Err(invalid(format!("tag \"{tag}\" is empty or already set")));
                }
            }
        }
        Ok(())
    }

    /// Folds the next event into the proposal, after checking it.
    pub fn apply(&mut self, event: Event) -> Result<(), DomainError> {
        self.check(&event)?;
        match &event.change {
            EventKind::Raised(_) => {}
            EventKind::Moved(t) => {
                self.state = t.to();
                self.state_since = event.at;
                self.discussed_since_change.clear();
            }
            EventKind::Commented { .. } => {}
            EventKind::Discussed { meeting, .. } => {
                // The same meeting recorded twice is one discussion.
                if meeting.is_none() || !self.discussed_since_change.contains(meeting) {
                    self.discussed_since_change.push(*meeting);
                }
            }
            EventKind::MilestoneAdded { title, due } => self.milestones.push(Milestone {
                title: title.trim().to_owned(),
                due: *due,
                done: None,
            }),
            EventKind::MilestoneDone { index } => {
                if let Some(m) = self.milestones.get_mut(*index) {
                    m.done = Some(event.at);
                }
            }
            EventKind::ProgressSet { percent } => self.progress = Some(*percent),
            EventKind::ResponsibleSet { responsible } => {
                self.responsible = Some(responsible.trim().to_owned());
            }
            EventKind::VisibilitySet { visibility } => self.visibility = *visibility,
            EventKind::Followed { who } => self.followers.push(who.trim().to_owned()),
            EventKind::Tagged { tag } => self.tags.push(tag.trim().to_owned()),
        }
        self.events.push(event);
        Ok(())
    }

    /// Id.
    pub fn id(&self) -> ProposalId {
        self.id
    }
    /// Title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// Description.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
    /// Where it came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }
    /// Responsible unit or person.
    pub fn responsible(&self) -> Option<&str> {
        self.responsible.as_deref()
    }
    /// Date raised.
    pub fn created(&self) -> NaiveDate {
        self.created
    }
    /// Followers.
    pub fn followers(&self) -> &[String] {
        &self.followers
    }
    /// Tags.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }
    /// Who may see it.
    pub fn visibility(&self) -> Visibility {
        self.visibility
    }
    /// Current state.
    pub fn state(&self) -> State {
        self.state
    }
    /// Date the current state began.
    pub fn state_since(&self) -> NaiveDate {
        self.state_since
    }
    /// Milestones, in the order added.
    pub fn milestones(&self) -> &[Milestone] {
        &self.milestones
    }
    /// Progress, if set.
    pub fn progress(&self) -> Option<Progress> {
        self.progress
    }
    /// Meetings at which it was discussed since the last state change.
    pub fn discussions_since_change(&self) -> usize {
        self.discussed_since_change.len()
    }
    /// The full history, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    /// The last state change (the raising if it never moved).
    pub fn last_move(&self) -> Option<&Event> {
        self.events.iter().rev().find(|e| e.to_state().is_some())
    }
    /// The justification or outcome of the move into the current state.
    pub fn current_text(&self) -> Option<&str> {
        self.last_move().and_then(Event::transition).and_then(|t| {
            t.justification()
                .map(|j| j.as_str())
                .or(t.outcome().map(|o| o.as_str()))
        })
    }
    /// The proposal it was merged into, if merged.
    pub fn merged_into(&self) -> Option<ProposalId> {
        if self.state != State::Merged {
            return None;
        }
        self.last_move()
            .and_then(Event::transition)
            .and_then(Transition::merged_into)
    }
    /// Events anyone may see: none unless the proposal itself is public.
    pub fn public_events(&self) -> impl Iterator<Item = &Event> {
        let public = self.visibility.is_public();
        self.events
            .iter()
            .filter(move |e| public && e.visibility.is_public())
    }
}

fn history(id: ProposalId, what: &str) -> DomainError {
    DomainError::Invalid {
        id: Some(id),
        what: format!("the history is inconsistent: {what}"),
    }
}

/// Full view, written for export and `show --json`; only `id` and `events` are read back.
#[derive(Serialize)]
struct ProposalOut<'a> {
    id: ProposalId,
    title: &'a str,
    description: Option<&'a str>,
    origin: &'a Origin,
    responsible: Option<&'a str>,
    created: NaiveDate,
    state: State,
    state_since: NaiveDate,
    visibility: Visibility,
    followers: &'a [String],
    tags: &'a [String],
    milestones: &'a [Milestone],
    progress: Option<Progress>,
    events: &'a [Event],
}

#[derive(Deserialize)]
struct ProposalIn {
    id: ProposalId,
    events: Vec<Event>,
}

impl Serialize for Proposal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ProposalOut {
            id: self.id,
            title: &self.title,
            description: self.description.as_deref(),
            origin: &self.origin,
            responsible: self.responsible.as_deref(),
            created: self.created,
            state: self.state,
            state_since: self.state_since,
            visibility: self.visibility,
            followers: &self.followers,
            tags: &self.tags,
            milestones: &self.milestones,
            progress: self.progress,
            events: &self.events,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Proposal {
    /// Rebuilds from `id` and `events` (the other fields are derived and ignored).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = ProposalIn::deserialize(d)?;
        Proposal::from_events(raw.id, raw.events).map_err(serde::de::Error::custom)
    }
}
