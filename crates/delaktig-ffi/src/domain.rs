//! FFI mirrors of the domain's types (`delaktig-core`): states, roles, actors, proposals and
//! their history as records and enums the foreign languages can hold. Conversions are
//! exhaustive matches, so a new state or role in the core fails to compile here until bound.

use delaktig_core as core;
use delaktig_core::{MeetingId, ProposalId};

use crate::types::Day;

/// Where a proposal stands (stable codes `received`, `under_review`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ProposalState {
    /// Raised and registered, not yet looked at (Inkommen).
    Received,
    /// Being prepared for a decision (Under beredning).
    UnderReview,
    /// Decided to be carried out (Beslutad).
    Accepted,
    /// Being carried out (Pågår).
    InProgress,
    /// Carried out (Genomförd).
    Implemented,
    /// Will not be carried out (Avslagen); needs a justification.
    Rejected,
    /// Put to rest, to be looked at again (Vilande); needs a justification.
    Parked,
    /// Taken back (Återtagen); needs a justification.
    Withdrawn,
    /// Joined into another proposal (Sammanslagen); needs a justification.
    Merged,
}

impl From<core::State> for ProposalState {
    fn from(s: core::State) -> Self {
        use core::State as S;
        match s {
            S::Received => Self::Received,
            S::UnderReview => Self::UnderReview,
            S::Accepted => Self::Accepted,
            S::InProgress => Self::InProgress,
            S::Implemented => Self::Implemented,
            S::Rejected => Self::Rejected,
            S::Parked => Self::Parked,
            S::Withdrawn => Self::Withdrawn,
            S::Merged => Self::Merged,
        }
    }
}

impl From<ProposalState> for core::State {
    fn from(s: ProposalState) -> Self {
        use ProposalState as S;
        match s {
            S::Received => Self::Received,
            S::UnderReview => Self::UnderReview,
            S::Accepted => Self::Accepted,
            S::InProgress => Self::InProgress,
            S::Implemented => Self::Implemented,
            S::Rejected => Self::Rejected,
            S::Parked => Self::Parked,
            S::Withdrawn => Self::Withdrawn,
            S::Merged => Self::Merged,
        }
    }
}

/// Language of labels and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Lang {
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl From<Lang> for core::Lang {
    fn from(l: Lang) -> Self {
        match l {
            Lang::Sv => core::Lang::Sv,
            Lang::En => core::Lang::En,
        }
    }
}

/// The label of `state` in `lang` ("Avslagen", "Rejected").
#[uniffi::export]
pub fn state_label(state: ProposalState, lang: Lang) -> String {
    core::State::from(state).label(lang.into()).to_owned()
}

/// The stable code of `state` ("under_review"), as in reports and exports.
#[uniffi::export]
pub fn state_code(state: ProposalState) -> String {
    core::State::from(state).code().to_owned()
}

/// Who may see an item, from most to least open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Visibility {
    /// Anyone: may appear in public reports and open data.
    Public,
    /// The group and the administration; never in a public report.
    Internal,
    /// Only those handling the case.
    Confidential,
}

impl From<core::Visibility> for Visibility {
    fn from(v: core::Visibility) -> Self {
        match v {
            core::Visibility::Public => Self::Public,
            core::Visibility::Internal => Self::Internal,
            core::Visibility::Confidential => Self::Confidential,
        }
    }
}

impl From<Visibility> for core::Visibility {
    fn from(v: Visibility) -> Self {
        match v {
            Visibility::Public => Self::Public,
            Visibility::Internal => Self::Internal,
            Visibility::Confidential => Self::Confidential,
        }
    }
}

/// The role an actor acts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Role {
    /// Staff of the administration (förvaltningen); decides by default.
    Staff,
    /// Represents a user organisation (brukarrepresentant).
    UserRepresentative,
    /// Raised the proposal in question.
    Proposer,
    /// Member of a group.
    Member,
}

impl From<core::Role> for Role {
    fn from(r: core::Role) -> Self {
        match r {
            core::Role::Staff => Self::Staff,
            core::Role::UserRepresentative => Self::UserRepresentative,
            core::Role::Proposer => Self::Proposer,
            core::Role::Member => Self::Member,
        }
    }
}

impl From<Role> for core::Role {
    fn from(r: Role) -> Self {
        match r {
            Role::Staff => Self::Staff,
            Role::UserRepresentative => Self::UserRepresentative,
            Role::Proposer => Self::Proposer,
            Role::Member => Self::Member,
        }
    }
}

/// Someone acting on the register: a name and the role they act in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct Actor {
    /// Name of the person or unit ("Socialförvaltningen", "Bryggan").
    pub name: String,
    /// The role they act in.
    pub role: Role,
}

impl From<&Actor> for core::Actor {
    fn from(a: &Actor) -> Self {
        core::Actor::new(&a.name, a.role.into())
    }
}

impl From<&core::Actor> for Actor {
    fn from(a: &core::Actor) -> Self {
        Actor {
            name: a.name.clone(),
            role: a.role.into(),
        }
    }
}

/// Why a proposal was withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum WithdrawalReason {
    /// The same thing was already proposed.
    Duplicate,
    /// The need was met another way.
    SolvedOtherwise,
    /// The need is gone.
    NoLongerRelevant,
    /// Something else, told in the justification.
    Other,
}

impl From<WithdrawalReason> for core::WithdrawalReason {
    fn from(r: WithdrawalReason) -> Self {
        match r {
            WithdrawalReason::Duplicate => Self::Duplicate,
            WithdrawalReason::SolvedOtherwise => Self::SolvedOtherwise,
            WithdrawalReason::NoLongerRelevant => Self::NoLongerRelevant,
            WithdrawalReason::Other => Self::Other,
        }
    }
}

/// What is needed to raise a proposal.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NewProposal {
    /// Short title.
    pub title: String,
    /// Longer description.
    #[uniffi(default = None)]
    pub description: Option<String>,
    /// The group it came from ("Bryggan").
    #[uniffi(default = None)]
    pub group: Option<String>,
    /// The organisation of whoever raised it.
    #[uniffi(default = None)]
    pub organisation: Option<String>,
    /// The responsible unit or person.
    #[uniffi(default = None)]
    pub responsible: Option<String>,
    /// Tags.
    #[uniffi(default = [])]
    pub tags: Vec<String>,
    /// Who may see it (default `Public`).
    #[uniffi(default = None)]
    pub visibility: Option<Visibility>,
}

impl From<NewProposal> for core::NewProposal {
    fn from(p: NewProposal) -> Self {
        let mut draft = core::NewProposal::titled(&p.title);
        draft.description = p.description;
        draft.origin.group = p.group;
        draft.origin.organisation = p.organisation;
        draft.responsible = p.responsible;
        draft.tags = p.tags;
        draft.visibility = p.visibility.unwrap_or(Visibility::Public).into();
        draft
    }
}

/// A move to another state, with what the target requires: a justification for `Rejected`,
/// `Parked`, `Withdrawn`, `Merged` and every reopening, an outcome for `Implemented`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MoveRequest {
    /// Target state.
    pub to: ProposalState,
    /// Justification, outcome or note, depending on the target.
    #[uniffi(default = None)]
    pub text: Option<String>,
    /// For `Parked`: when to look at it again.
    #[uniffi(default = None)]
    pub revisit: Option<Day>,
    /// For `Withdrawn`: why (default `Other`).
    #[uniffi(default = None)]
    pub reason: Option<WithdrawalReason>,
    /// For `Merged`: the proposal it joins.
    #[uniffi(default = None)]
    pub merged_into: Option<ProposalId>,
    /// For `Accepted`: only in part; `text` then says what will not be carried out and why
    /// (a justification, as for `Rejected`).
    #[uniffi(default = false)]
    pub partly: bool,
}

impl From<MoveRequest> for core::MoveSpec {
    fn from(m: MoveRequest) -> Self {
        core::MoveSpec {
            to: Some(m.to.into()),
            text: m.text,
            revisit: m.revisit.map(Into::into),
            reason: m.reason.map(Into::into),
            merged_into: m.merged_into,
            partly: m.partly,
        }
    }
}

/// The kind of a history event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum EventKind {
    /// The proposal was raised.
    Raised,
    /// The state changed.
    Moved,
    /// Someone commented.
    Commented,
    /// Discussed at a meeting without a state change.
    Discussed,
    /// A milestone was added.
    MilestoneAdded,
    /// A milestone was done.
    MilestoneDone,
    /// Progress was set.
    ProgressSet,
    /// The responsible unit or person was set.
    ResponsibleSet,
    /// Who may see the proposal changed.
    VisibilitySet,
    /// Someone follows the proposal.
    Followed,
    /// A tag was added.
    Tagged,
}

/// One entry of a proposal's append-only history.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HistoryEvent {
    /// When.
    pub at: Day,
    /// Who.
    pub by: Actor,
    /// Who may see this event.
    pub visibility: Visibility,
    /// What kind of event.
    pub kind: EventKind,
    /// State before, for a move.
    pub from_state: Option<ProposalState>,
    /// State after: the new state for a move, `Received` for raising.
    pub to_state: Option<ProposalState>,
    /// The justification of a "no" (rejection, parking, withdrawal, merge, reopening).
    pub justification: Option<String>,
    /// The outcome summary of an implementation.
    pub outcome: Option<String>,
    /// Other free text: a move's note, a comment, a discussion note, a milestone title.
    pub text: Option<String>,
    /// The meeting a discussion took place at.
    pub meeting: Option<MeetingId>,
    /// The whole event as JSON (the register's export format), for anything not above.
    pub json: String,
}

impl From<&core::Event> for HistoryEvent {
    fn from(e: &core::Event) -> Self {
        use core::EventKind as K;
        let (kind, text, meeting) = match &e.change {
            K::Raised(p) => (EventKind::Raised, Some(p.title.clone()), None),
            K::Moved(t) => (EventKind::Moved, t.note().map(str::to_owned), None),
            K::Commented { text } => (EventKind::Commented, Some(text.clone()), None),
            K::Discussed { meeting, note } => (EventKind::Discussed, note.clone(), *meeting),
            K::MilestoneAdded { title, .. } => {
                (EventKind::MilestoneAdded, Some(title.clone()), None)
            }
            K::MilestoneDone { .. } => (EventKind::MilestoneDone, None, None),
            K::ProgressSet { .. } => (EventKind::ProgressSet, None, None),
            K::ResponsibleSet { responsible } => {
                (EventKind::ResponsibleSet, Some(responsible.clone()), None)
            }
            K::VisibilitySet { .. } => (EventKind::VisibilitySet, None, None),
            K::Followed { who } => (EventKind::Followed, Some(who.clone()), None),
            K::Tagged { tag } => (EventKind::Tagged, Some(tag.clone()), None),
        };
        HistoryEvent {
            at: e.at.into(),
            by: (&e.by).into(),
            visibility: e.visibility.into(),
            kind,
            from_state: e.from_state().map(Into::into),
            to_state: e.to_state().map(Into::into),
            justification: e.justification().map(|j| j.as_str().to_owned()),
            outcome: e.outcome().map(|o| o.as_str().to_owned()),
            text,
            meeting,
            // Serialising a plain data event cannot fail; an empty object is the honest
            // fallback rather than a panic.
            json: serde_json::to_string(e).unwrap_or_else(|_| "{}".to_owned()),
        }
    }
}

/// A follow-up milestone of an accepted proposal.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Milestone {
    /// What is to be done.
    pub title: String,
    /// When it is due.
    pub due: Option<Day>,
    /// When it was done.
    pub done: Option<Day>,
}

/// A proposal with its whole history, as `show` gives it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ProposalDetails {
    /// Id ("P-12").
    pub id: ProposalId,
    /// Title.
    pub title: String,
    /// Description.
    pub description: Option<String>,
    /// Current state.
    pub state: ProposalState,
    /// Day the current state began.
    pub state_since: Day,
    /// Day raised.
    pub created: Day,
    /// Who may see it.
    pub visibility: Visibility,
    /// Group it came from.
    pub group: Option<String>,
    /// Meeting it came from.
    pub meeting: Option<MeetingId>,
    /// Responsible unit or person.
    pub responsible: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Followers (told of new events).
    pub followers: Vec<String>,
    /// Milestones, in the order added.
    pub milestones: Vec<Milestone>,
    /// Progress percentage, once set.
    pub progress: Option<u8>,
    /// The justification or outcome of the current state, if it carries one.
    pub current_text: Option<String>,
    /// The proposal it was merged into.
    pub merged_into: Option<ProposalId>,
    /// Meetings it was discussed at since its last state change.
    pub discussions_since_change: u32,
    /// The whole history, oldest first.
    pub events: Vec<HistoryEvent>,
}

impl From<&core::Proposal> for ProposalDetails {
    fn from(p: &core::Proposal) -> Self {
        ProposalDetails {
            id: p.id(),
            title: p.title().to_owned(),
            description: p.description().map(str::to_owned),
            state: p.state().into(),
            state_since: p.state_since().into(),
            created: p.created().into(),
            visibility: p.visibility().into(),
            group: p.origin().group.clone(),
            meeting: p.origin().meeting,
            responsible: p.responsible().map(str::to_owned),
            tags: p.tags().to_vec(),
            followers: p.followers().to_vec(),
            milestones: p
                .milestones()
                .iter()
                .map(|m| Milestone {
                    title: m.title.clone(),
                    due: m.due.map(Into::into),
                    done: m.done.map(Into::into),
                })
                .collect(),
            progress: p.progress().map(|pr| pr.get()),
            current_text: p.current_text().map(str::to_owned),
            merged_into: p.merged_into(),
            discussions_since_change: u32::try_from(p.discussions_since_change())
                .unwrap_or(u32::MAX),
            events: p.events().iter().map(HistoryEvent::from).collect(),
        }
    }
}
