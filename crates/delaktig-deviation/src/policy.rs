//! Who acts on a deviation, in which role, and the policy saying who may do what.
//!
//! Roles and visibility levels are the proposal domain's (`delaktig-core`), so one person has
//! one role across the register. By default anyone may report a deviation; only staff move
//! its follow-up, settle its categories, link proposals, publish it or change the settings.

use crate::id::DeviationId;
pub use delaktig_core::{Role, Visibility};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Who did something, and in which role: a person's or unit's name (trimmed, 1–120
/// characters) and a [`Role`].
///
/// Serialised as `{"name": …, "role": …}`. Histories recorded before roles were kept name
/// only the person (a plain string); they read back with no role, and such an actor may do
/// nothing new.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ActorData", into = "ActorData")]
pub struct Actor {
    name: String,
    role: Option<Role>,
}

/// An actor name that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a name: say who acted, for example \"Samordnaren\"")]
pub struct ActorError(pub String);

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ActorData {
    Full {
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<Role>,
    },
    NameOnly(String),
}

impl Actor {
    /// A name acting in a role; the name is checked.
    pub fn new(name: &str, role: Role) -> Result<Actor, ActorError> {
        Ok(Actor {
            name: check_name(name)?,
            role: Some(role),
        })
    }

    /// A staff member.
    pub fn staff(name: &str) -> Result<Actor, ActorError> {
        Actor::new(name, Role::Staff)
    }

    /// The name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The role acted in; `None` only for events recorded before roles were kept.
    pub fn role(&self) -> Option<Role> {
        self.role
    }
}

fn check_name(name: &str) -> Result<String, ActorError> {
    let t = name.trim();
    if t.chars().any(char::is_alphanumeric) && t.chars().count() <= 120 {
        Ok(t.to_owned())
    } else {
        Err(ActorError(name.to_owned()))
    }
}

impl TryFrom<&delaktig_core::Actor> for Actor {
    type Error = ActorError;
    fn try_from(a: &delaktig_core::Actor) -> Result<Self, Self::Error> {
        Actor::new(&a.name, a.role)
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl TryFrom<ActorData> for Actor {
    type Error = ActorError;
    fn try_from(d: ActorData) -> Result<Self, Self::Error> {
        let (name, role) = match d {
            ActorData::Full { name, role } => (name, role),
            ActorData::NameOnly(name) => (name, None),
        };
        Ok(Actor {
            name: check_name(&name)?,
            role,
        })
    }
}

impl From<Actor> for ActorData {
    fn from(a: Actor) -> ActorData {
        ActorData::Full {
            name: a.name,
            role: a.role,
        }
    }
}

/// Something done to deviations, as the policy sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviationAction {
    /// Report (register) a deviation.
    Record,
    /// Move a deviation's follow-up.
    FollowUp,
    /// Confirm, add or remove a deviation's categories.
    Categorise,
    /// Link an improvement proposal raised from a deviation.
    LinkProposal,
    /// Change who may see a deviation, or register one as public.
    Publish,
    /// Change the register's deviation settings (category list, known parties).
    Configure,
}

impl DeviationAction {
    /// Every action.
    pub const ALL: [DeviationAction; 6] = [
        DeviationAction::Record,
        DeviationAction::FollowUp,
        DeviationAction::Categorise,
        DeviationAction::LinkProposal,
        DeviationAction::Publish,
        DeviationAction::Configure,
    ];

    /// A verb phrase for messages.
    pub fn verb(self) -> &'static str {
        match self {
            DeviationAction::Record => "report",
            DeviationAction::FollowUp => "move the follow-up of",
            DeviationAction::Categorise => "confirm or change the categories of",
            DeviationAction::LinkProposal => "link a proposal to",
            DeviationAction::Publish => "change the visibility of",
            DeviationAction::Configure => "change the deviation settings",
        }
    }
}

/// Which roles may do what to deviations. Stored with the register's deviation settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviationPolicy {
    /// Roles that may report deviations.
    pub record: Vec<Role>,
    /// Roles that may move the follow-up.
    pub follow_up: Vec<Role>,
    /// Roles that may confirm, add and remove categories.
    pub categorise: Vec<Role>,
    /// Roles that may link proposals.
    pub link_proposal: Vec<Role>,
    /// Roles that may change visibility (and register a deviation as public).
    pub publish: Vec<Role>,
    /// Roles that may change the deviation settings.
    pub configure: Vec<Role>,
}

impl Default for DeviationPolicy {
    fn default() -> Self {
        DeviationPolicy {
            record: Role::ALL.to_vec(),
            follow_up: vec![Role::Staff],
            categorise: vec![Role::Staff],
            link_proposal: vec![Role::Staff],
            publish: vec![Role::Staff],
            configure: vec![Role::Staff],
        }
    }
}

/// An actor whose role may not do what they asked. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{actor} ({}) may not {action}{}: only {rule} may", role_text(*.role), subject_text(*.subject))]
pub struct PermissionError {
    /// The deviation, when the action concerns one.
    pub subject: Option<DeviationId>,
    /// Who tried.
    pub actor: String,
    /// In which role (`None`: an actor recorded before roles were kept).
    pub role: Option<Role>,
    /// What they tried.
    pub action: DeviationAction,
    /// The roles that may, as text ("staff or member").
    pub rule: String,
}

fn role_text(role: Option<Role>) -> String {
    match role {
        Some(r) => format!("role {r}"),
        None => "no role given".to_owned(),
    }
}

fn subject_text(subject: Option<DeviationId>) -> String {
    match subject {
        Some(id) => format!(" deviation {id}"),
        None => String::new(),
    }
}

impl fmt::Display for DeviationAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.verb())
    }
}

impl DeviationPolicy {
    /// The roles that may do `action`.
    pub fn roles(&self, action: DeviationAction) -> &[Role] {
        match action {
            DeviationAction::Record => &self.record,
            DeviationAction::FollowUp => &self.follow_up,
            DeviationAction::Categorise => &self.categorise,
            DeviationAction::LinkProposal => &self.link_proposal,
            DeviationAction::Publish => &self.publish,
            DeviationAction::Configure => &self.configure,
        }
    }

    /// Checks whether `actor` may do `action` (on deviation `subject`, when there is one).
    pub fn check(
        &self,
        actor: &Actor,
        action: DeviationAction,
        subject: Option<DeviationId>,
    ) -> Result<(), PermissionError> {
        let roles = self.roles(action);
        if actor.role.is_some_and(|r| roles.contains(&r)) {
            return Ok(());
        }
        let rule = if roles.is_empty() {
            "nobody".to_owned()
        } else {
            roles
                .iter()
                .map(|r| r.code())
                .collect::<Vec<_>>()
                .join(" or ")
        };
        Err(PermissionError {
            subject,
            actor: actor.name.clone(),
            role: actor.role,
            action,
            rule,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_only_actors_read_back_without_a_role_and_may_do_nothing() {
        let a: Actor = serde_json::from_str("\"Samordnaren\"").unwrap();
        assert_eq!(a.role(), None);
        let err = DeviationPolicy::default()
            .check(&a, DeviationAction::Record, None)
            .unwrap_err();
        assert!(err.to_string().contains("no role given"), "{err}");
        let b = Actor::new("Kim", Role::Member).unwrap();
        let json = serde_json::to_string(&b).unwrap();
        assert_eq!(json, r#"{"name":"Kim","role":"member"}"#);
        assert_eq!(serde_json::from_str::<Actor>(&json).unwrap(), b);
        assert!(serde_json::from_str::<Actor>("\"  \"").is_err());
    }
}
