//! Who acts, with what role, and the policy saying who may do what.
//!
//! The default policy mirrors how the groups work: only staff decide, a proposer may
//! withdraw their own proposal, anyone may raise, comment and record a discussion.

use crate::error::DomainError;
use crate::id::ProposalId;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Who may see an item. Ordered from most to least open.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Anyone: may appear in public reports and open data.
    #[default]
    Public,
    /// The group and the administration; never in a public report.
    Internal,
    /// Only those handling the case; never in a report or an export without an explicit flag.
    Confidential,
}

impl Visibility {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Internal => "internal",
            Visibility::Confidential => "confidential",
        }
    }
    /// Whether the item may reach a public report.
    pub fn is_public(self) -> bool {
        self == Visibility::Public
    }
}

/// A visibility code that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown visibility \"{0}\": use public, internal or confidential")]
pub struct VisibilityParseError(pub String);

impl FromStr for Visibility {
    type Err = VisibilityParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "public" | "offentlig" => Ok(Visibility::Public),
            "internal" | "intern" => Ok(Visibility::Internal),
            "confidential" | "sekretess" | "konfidentiell" => Ok(Visibility::Confidential),
            _ => Err(VisibilityParseError(s.to_owned())),
        }
    }
}

impl fmt::Display for Visibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The role an actor acts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [
        Role::Staff,
        Role::UserRepresentative,
        Role::Proposer,
        Role::Member,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::UserRepresentative => "user_representative",
            Role::Proposer => "proposer",
            Role::Member => "member",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A role code that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role \"{0}\": use staff, user_representative, proposer or member")]
pub struct RoleParseError(pub String);

impl FromStr for Role {
    type Err = RoleParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase().replace('-', "_");
        Role::ALL
            .into_iter()
            .find(|r| r.code() == t)
            .ok_or_else(|| RoleParseError(s.to_owned()))
    }
}

/// A person acting in a role.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Name as written (may be an organisation or a function, e.g. "Socialförvaltningen").
    pub name: String,
    /// Role acted in.
    pub role: Role,
}

impl Actor {
    /// An actor; the name is trimmed.
    pub fn new(name: &str, role: Role) -> Actor {
        Actor {
            name: name.trim().to_owned(),
            role,
        }
    }
    /// A staff member.
    pub fn staff(name: &str) -> Actor {
        Actor::new(name, Role::Staff)
    }
    /// Whether this actor is the named person (case-insensitive, trimmed).
    pub fn is(&self, name: &str) -> bool {
        let n = name.trim();
        !n.is_empty() && self.name.to_lowercase() == n.to_lowercase()
    }
}

/// Something an actor wants to do, as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Raise a new proposal.
    Raise,
    /// Comment on a proposal.
    Comment,
    /// Record that a proposal was discussed at a meeting.
    RecordDiscussion,
    /// Decide: move a proposal to another state (other than withdrawing one's own).
    Decide,
    /// Withdraw a proposal.
    Withdraw,
    /// Follow-up: milestones, progress, responsible.
    FollowUp,
    /// Change who may see a proposal or publish imported notes.
    Publish,
    /// Follow or tag a proposal.
    Annotate,
}

impl Action {
    /// A verb phrase for messages.
    pub fn verb(self) -> &'static str {
        match self {
            Action::Raise => "raise",
            Action::Comment => "comment on",
            Action::RecordDiscussion => "record a discussion of",
            Action::Decide => "decide on",
            Action::Withdraw => "withdraw",
            Action::FollowUp => "update the follow-up of",
            Action::Publish => "change the visibility of",
            Action::Annotate => "follow or tag",
        }
    }
}

/// Who may do what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Roles that may move proposals between states.
    pub decide: Vec<Role>,
    /// Roles that may raise proposals.
    pub raise: Vec<Role>,
    /// Roles that may comment.
    pub comment: Vec<Role>,
    /// Roles that may record discussions.
    pub record_discussion: Vec<Role>,
    /// Roles that may manage milestones, progress and responsible.
    pub follow_up: Vec<Role>,
    /// Roles that may change visibility.
    pub publish: Vec<Role>,
    /// Whether the person who raised a proposal may withdraw it, whatever their role.
    pub proposer_may_withdraw_own: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            decide: vec![Role::Staff],
            raise: Role::ALL.to_vec(),
            comment: Role::ALL.to_vec(),
            record_discussion: Role::ALL.to_vec(),
            follow_up: vec![Role::Staff],
            publish: vec![Role::Staff],
            proposer_may_withdraw_own: true,
        }
    }
}

impl Policy {
    /// Checks whether `actor` may do `action` on proposal `id` raised by `raised_by`.
    pub fn check(
        &self,
        actor: &Actor,
        action: Action,
        id: Option<ProposalId>,
        raised_by: Option<&str>,
    ) -> Result<(), DomainError> {
        let roles = match action {
            Action::Raise => &self.raise,
            Action::Comment | Action::Annotate => &self.comment,
            Action::RecordDiscussion => &self.record_discussion,
            Action::Decide | Action::Withdraw => &self.decide,
            Action::FollowUp => &self.follow_up,
            Action::Publish => &self.publish,
        };
        if roles.contains(&actor.role) {
            return Ok(());
        }
        let own = raised_by.is_some_and(|r| actor.is(r));
        if action == Action::Withdraw && self.proposer_may_withdraw_own && own {
            return Ok(());
        }
        let rule = if action == Action::Withdraw && self.proposer_may_withdraw_own {
            format!(
                "only {} or the person who raised it may withdraw",
                role_list(roles)
            )
        } else {
            format!("only {} may", role_list(roles))
        };
        Err(DomainError::NotPermitted {
            id,
            actor: actor.name.clone(),
            role: actor.role,
            action: action.verb(),
            rule,
        })
    }
}

fn role_list(roles: &[Role]) -> String {
    if roles.is_empty() {
        return "nobody".into();
    }
    roles
        .iter()
        .map(|r| r.code())
        .collect::<Vec<_>>()
        .join(" or ")
}
