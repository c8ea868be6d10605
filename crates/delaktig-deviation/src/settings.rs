//! A register's deviation settings: the category list, the known parties, who may do what,
//! and the rules for outcomes and justifications.
//!
//! A coordinator changes them one step at a time ([`SettingsChange`]); [`Settings::change`]
//! checks the permission and the step and returns the new settings, leaving the old ones as
//! they were when it refuses.

use crate::category::{CatalogError, Category, CategoryCatalog, CategoryCode};
use crate::deviation::Deviation;
use crate::id::DeviationId;
use crate::intake::Intake;
use crate::party::{KnownParty, PartyCatalog, PartyKind};
use crate::policy::{Actor, DeviationAction, DeviationPolicy, PermissionError};
use crate::text::JustificationRules;
use serde::{Deserialize, Serialize};

/// What commands are checked against, and what intake suggests from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Rules for outcomes and justifications.
    pub rules: JustificationRules,
    /// The category list.
    pub categories: CategoryCatalog,
    /// The known parties.
    pub parties: PartyCatalog,
    /// Who may do what.
    pub policy: DeviationPolicy,
}

/// One change to the settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum SettingsChange {
    /// Add a category at the end of the list.
    AddCategory(Category),
    /// Remove a category no deviation has.
    RemoveCategory(CategoryCode),
    /// Add a known party.
    AddParty(KnownParty),
    /// Remove a known party (deviations that name it keep the name).
    RemoveParty(String),
}

/// Why a settings change was refused. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// The actor may not change the settings.
    #[error(transparent)]
    NotPermitted(#[from] PermissionError),
    /// The category list would not be valid (for example a code given twice).
    #[error("{0}")]
    Catalog(#[from] CatalogError),
    /// A new category without a label.
    #[error("category {0} needs a Swedish label, e.g. \"Utebliven SIP\"")]
    NoLabel(CategoryCode),
    /// The category is not in the list.
    #[error("there is no category {code} in the list: use one of {known}")]
    UnknownCategory {
        /// The code given.
        code: CategoryCode,
        /// The known codes, comma-separated.
        known: String,
    },
    /// Removing the fallback category.
    #[error(
        "category {0} is the fallback, suggested when no keyword matches: it cannot be removed"
    )]
    Fallback(CategoryCode),
    /// Removing a category deviations have.
    #[error(
        "category {code} is on {} deviation(s) ({}): remove it from them first, or keep it", .deviations.len(), list_ids(.deviations)
    )]
    CategoryInUse {
        /// The category.
        code: CategoryCode,
        /// The deviations that have it.
        deviations: Vec<DeviationId>,
    },
    /// A party without a usable name.
    #[error("\"{0}\" is not a party name: give the unit's name, e.g. \"vuxenpsykiatrin\"")]
    PartyName(String),
    /// The party (or one of its names) is already known.
    #[error("\"{0}\" is already on the list of known parties")]
    PartyPresent(String),
    /// The party is not on the list.
    #[error("\"{name}\" is not on the list of known parties: known are {known}")]
    UnknownParty {
        /// The name given.
        name: String,
        /// The known names, comma-separated.
        known: String,
    },
}

fn list_ids(ids: &[DeviationId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Settings {
    /// The intake that suggests from these settings' parties and categories.
    pub fn intake(&self) -> Intake {
        Intake::new(self.parties.clone(), self.categories.clone())
    }

    /// Checks `change` and returns the settings after it. `deviations` are the register's,
    /// so a category still in use is not removed.
    pub fn change(
        &self,
        by: &Actor,
        change: SettingsChange,
        deviations: &[Deviation],
    ) -> Result<Settings, SettingsError> {
        self.policy.check(by, DeviationAction::Configure, None)?;
        let mut next = self.clone();
        match change {
            SettingsChange::AddCategory(mut c) => {
                c.label_sv = c.label_sv.trim().to_owned();
                c.label_en = c.label_en.trim().to_owned();
                if !c.label_sv.chars().any(char::is_alphanumeric) {
                    return Err(SettingsError::NoLabel(c.code));
                }
                if c.label_en.is_empty() {
                    c.label_en.clone_from(&c.label_sv);
                }
                c.keywords.retain(|k| !k.trim().is_empty());
                let mut list = self.categories.categories().to_vec();
                list.push(c);
                next.categories = CategoryCatalog::new(list, self.categories.fallback().clone())?;
            }
            SettingsChange::RemoveCategory(code) => {
                if self.categories.get(&code).is_none() {
                    return Err(SettingsError::UnknownCategory {
                        known: self.categories.code_list(),
                        code,
                    });
                }
                if &code == self.categories.fallback() {
                    return Err(SettingsError::Fallback(code));
                }
                let users: Vec<DeviationId> = deviations
                    .iter()
                    .filter(|d| {
                        d.categories().iter().any(|m| m.code == code)
                            || d.record().categories.iter().any(|m| m.code == code)
                    })
                    .map(Deviation::id)
                    .collect();
                if !users.is_empty() {
                    return Err(SettingsError::CategoryInUse {
                        code,
                        deviations: users,
                    });
                }
                let list = self
                    .categories
                    .categories()
                    .iter()
                    .filter(|c| c.code != code)
                    .cloned()
                    .collect();
                next.categories = CategoryCatalog::new(list, self.categories.fallback().clone())?;
            }
            SettingsChange::AddParty(mut p) => {
                p.name = p.name.trim().to_lowercase();
                if !p.name.chars().any(char::is_alphabetic) {
                    return Err(SettingsError::PartyName(p.name));
                }
                p.aliases.retain(|a| !a.trim().is_empty());
                let known = |n: &str| {
                    let n = n.trim().to_lowercase();
                    self.parties.entries().iter().any(|e| {
                        e.name.to_lowercase() == n
                            || e.aliases.iter().any(|a| a.to_lowercase() == n)
                    })
                };
                if let Some(dup) = std::iter::once(&p.name)
                    .chain(p.aliases.iter())
                    .find(|n| known(n))
                {
                    return Err(SettingsError::PartyPresent(dup.clone()));
                }
                let mut list = self.parties.entries().to_vec();
                list.push(p);
                next.parties = PartyCatalog::new(list);
            }
            SettingsChange::RemoveParty(name) => {
                let key = name.trim().to_lowercase();
                let list: Vec<KnownParty> = self
                    .parties
                    .entries()
                    .iter()
                    .filter(|e| e.name.to_lowercase() != key)
                    .cloned()
                    .collect();
                if list.len() == self.parties.entries().len() {
                    return Err(SettingsError::UnknownParty {
                        name,
                        known: self
                            .parties
                            .entries()
                            .iter()
                            .map(|e| e.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                }
                next.parties = PartyCatalog::new(list);
            }
        }
        Ok(next)
    }
}

impl KnownParty {
    /// A known party with its kind and other ways of writing it.
    pub fn new(name: &str, kind: PartyKind, aliases: &[&str]) -> KnownParty {
        KnownParty {
            name: name.to_owned(),
            kind,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        }
    }
}
