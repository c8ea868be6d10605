//! Deviation reports on cooperation (brister i samverkan) through the register: intake, the
//! follow-up, categories, proposal links, visibility, the register's deviation settings and
//! the yearly report. Every call runs under the panic guard; refusals map onto
//! [`RegisterError`] like proposal refusals do.

use delaktig_deviation as dev;

use crate::domain::{Actor, Lang, Visibility};
use crate::guard::guard;
use crate::register::{Register, RegisterError, ReportFormat};
use crate::types::Day;

/// Maps a refused deviation command onto the register's error kinds.
pub(crate) fn deviation_error(e: dev::DeviationError, message: String) -> RegisterError {
    use dev::DeviationError as E;
    match e {
        E::NotPermitted(_) => RegisterError::NotPermitted { message },
        E::Outcome { .. } => RegisterError::Outcome { message },
        E::Justification { .. } => RegisterError::Justification { message },
        E::NotAllowed { .. } => RegisterError::NotAllowed { message },
        E::History { .. } => RegisterError::Corrupt { message },
        E::UnexpectedText { .. }
        | E::UnknownCategory { .. }
        | E::CategoryMissing { .. }
        | E::CategoryPresent { .. }
        | E::CategoryConfirmed { .. }
        | E::LastCategory { .. }
        | E::ProposalLinked { .. }
        | E::VisibilityUnchanged { .. }
        | E::OutOfOrder { .. }
        | E::Record { .. } => RegisterError::InvalidInput { message },
    }
}

/// Maps a refused settings change onto the register's error kinds.
pub(crate) fn settings_error(e: dev::SettingsError, message: String) -> RegisterError {
    use dev::SettingsError as E;
    match e {
        E::NotPermitted(_) => RegisterError::NotPermitted { message },
        E::Catalog(_)
        | E::NoLabel(_)
        | E::UnknownCategory { .. }
        | E::Fallback(_)
        | E::CategoryInUse { .. }
        | E::PartyName(_)
        | E::PartyPresent(_)
        | E::UnknownParty { .. } => RegisterError::InvalidInput { message },
    }
}

fn invalid(message: String) -> RegisterError {
    RegisterError::InvalidInput { message }
}

fn actor(a: &Actor) -> Result<dev::Actor, RegisterError> {
    dev::Actor::try_from(&delaktig_core::Actor::from(a)).map_err(|e| invalid(e.to_string()))
}

fn deviation_id(id: &str) -> Result<dev::DeviationId, RegisterError> {
    id.parse()
        .map_err(|e: dev::DeviationIdError| invalid(e.to_string()))
}

/// A category on a deviation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeviationCategory {
    /// Stable code ("utebliven_sip").
    pub code: String,
    /// Label in the register's list ("Utebliven SIP"), or the code when no longer listed.
    pub label: String,
    /// Whether a person confirmed it (else it is a suggestion from the text).
    pub confirmed: bool,
}

/// A deviation as its follow-up stands.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeviationDetails {
    /// Id ("A-2025-001").
    pub id: String,
    /// Follow-up state code: received, in_dialogue, resolved, not_resolved.
    pub state: String,
    /// Who may see it.
    pub visibility: Visibility,
    /// Reporting party's name.
    pub reporting_party: String,
    /// Involved parties' names.
    pub involved: Vec<String>,
    /// Categories, suggested or confirmed.
    pub categories: Vec<DeviationCategory>,
    /// Proposals raised from it ("P-12").
    pub proposals: Vec<String>,
    /// Outcome or justification of the last move, if any.
    pub text: Option<String>,
    /// Number of history events.
    pub events: u32,
}

/// A category of the register's list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeviationCategoryDefinition {
    /// Stable code: lowercase a-z, digits and `_`.
    pub code: String,
    /// Swedish label.
    pub label_sv: String,
    /// English label (empty: the Swedish one).
    pub label_en: String,
    /// Keywords that suggest it (a trailing `*` matches any word starting with it).
    pub keywords: Vec<String>,
}

/// Kind of party in a deviation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PartyKind {
    /// The municipality's social services and their units.
    Municipality,
    /// The region's psychiatric and addiction care.
    Region,
    /// Anyone else.
    Other,
}

impl From<dev::PartyKind> for PartyKind {
    fn from(k: dev::PartyKind) -> Self {
        match k {
            dev::PartyKind::Municipality => PartyKind::Municipality,
            dev::PartyKind::Region => PartyKind::Region,
            dev::PartyKind::Other => PartyKind::Other,
        }
    }
}

impl From<PartyKind> for dev::PartyKind {
    fn from(k: PartyKind) -> Self {
        match k {
            PartyKind::Municipality => dev::PartyKind::Municipality,
            PartyKind::Region => dev::PartyKind::Region,
            PartyKind::Other => dev::PartyKind::Other,
        }
    }
}

/// A party on the register's known list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct KnownParty {
    /// Canonical name ("psykiatrin").
    pub name: String,
    /// Kind.
    pub kind: PartyKind,
    /// Other ways of writing it.
    pub aliases: Vec<String>,
}

/// The register's deviation settings that a coordinator edits.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeviationSettings {
    /// The category list, in report order.
    pub categories: Vec<DeviationCategoryDefinition>,
    /// Code of the category suggested when no keyword matches.
    pub fallback_category: String,
    /// The known parties.
    pub parties: Vec<KnownParty>,
}

impl From<&dev::Settings> for DeviationSettings {
    fn from(s: &dev::Settings) -> Self {
        DeviationSettings {
            categories: s
                .categories
                .categories()
                .iter()
                .map(|c| DeviationCategoryDefinition {
                    code: c.code.to_string(),
                    label_sv: c.label_sv.clone(),
                    label_en: c.label_en.clone(),
                    keywords: c.keywords.clone(),
                })
                .collect(),
            fallback_category: s.categories.fallback().to_string(),
            parties: s
                .parties
                .entries()
                .iter()
                .map(|p| KnownParty {
                    name: p.name.clone(),
                    kind: p.kind.into(),
                    aliases: p.aliases.clone(),
                })
                .collect(),
        }
    }
}

fn details(d: &dev::Deviation, settings: &dev::Settings) -> DeviationDetails {
    let s = d.summary(&settings.categories, dev::Lang::Sv);
    DeviationDetails {
        id: s.id.to_string(),
        state: s.state.code().to_owned(),
        visibility: s.visibility.into(),
        reporting_party: s.reporting_party,
        involved: s.involved,
        categories: s
            .categories
            .into_iter()
            .map(|c| DeviationCategory {
                code: c.code.to_string(),
                label: c.label,
                confirmed: c.status == dev::CategoryStatus::Confirmed,
            })
            .collect(),
        proposals: s.proposals.iter().map(ToString::to_string).collect(),
        text: s.text,
        events: u32::try_from(d.events().len()).unwrap_or(u32::MAX),
    }
}

impl Register {
    fn deviation_command(
        &self,
        id: &str,
        command: dev::Command,
        by: &Actor,
        at: Day,
        visibility: Option<Visibility>,
    ) -> Result<DeviationDetails, RegisterError> {
        let id = deviation_id(id)?;
        let mut request = dev::Request::new(command, at.into(), actor(by)?);
        request.visibility = visibility.map(Into::into);
        let mut reg = self.store();
        reg.deviation_request(id, request)?;
        let settings = reg.deviation_settings()?;
        Ok(details(&reg.deviation(id)?, &settings))
    }

    fn change_settings(
        &self,
        change: dev::SettingsChange,
        by: &Actor,
    ) -> Result<DeviationSettings, RegisterError> {
        let by = actor(by)?;
        let next = self.store().change_deviation_settings(change, &by)?;
        Ok(DeviationSettings::from(&next))
    }
}

/// Deviation reports on cooperation (brister i samverkan), kept in the same register.
#[uniffi::export]
impl Register {
    /// Takes in a deviation written on the template (or as free text naming the reporting
    /// unit, or with `reporter`), with the register's category list and known parties; the
    /// description is redacted on intake. `visibility` defaults to internal; public needs a
    /// role that may publish. Returns its id ("A-2025-001"); the categories suggested from
    /// the text wait for a person to confirm them.
    pub fn add_deviation(
        &self,
        text: String,
        reporter: Option<String>,
        by: Actor,
        visibility: Option<Visibility>,
        today: Day,
    ) -> Result<String, RegisterError> {
        guard(|| {
            let day: chrono::NaiveDate = today.into();
            let by = actor(&by)?;
            let mut reg = self.store();
            let settings = reg.deviation_settings()?;
            let mut draft = settings.intake().parse(&text, day);
            if let Some(r) = reporter.as_deref() {
                draft.reporting_party = Some(settings.parties.normalise(r).ok_or_else(|| {
                    invalid(format!(
                        "\"{r}\" is not a party name: give the reporting unit's name"
                    ))
                })?);
            }
            let redactor = delaktig_redact::Redactor::default();
            let redact = |s: &str| redactor.redact_text(s);
            let record = draft
                .complete(day, &redact)
                .map_err(|e| invalid(e.to_string()))?;
            let visibility = visibility.map_or(dev::Visibility::Internal, Into::into);
            let id = reg.add_deviation(record, visibility, by, day)?;
            Ok(id.to_string())
        })
    }

    /// Moves a deviation's follow-up (`in_dialogue`, `resolved` with an outcome,
    /// `not_resolved` with a justification, a reopening with a justification); returns the
    /// new state's code. `visibility` of this step defaults to the deviation's. A refused
    /// move changes nothing.
    pub fn move_deviation(
        &self,
        id: String,
        to: String,
        text: Option<String>,
        by: Actor,
        at: Day,
        visibility: Option<Visibility>,
    ) -> Result<String, RegisterError> {
        guard(|| {
            let to: dev::FollowUpState = to
                .parse()
                .map_err(|e: dev::StateParseError| invalid(e.to_string()))?;
            let command = dev::Command::MoveTo(dev::MoveSpec::new(to, text.as_deref()));
            Ok(self
                .deviation_command(&id, command, &by, at, visibility)?
                .state)
        })
    }

    /// Confirms categories of a deviation, by code or label ("utebliven SIP"): a suggested
    /// one is confirmed, one not on it yet is added. All or nothing; returns the deviation.
    pub fn confirm_deviation_categories(
        &self,
        id: String,
        categories: Vec<String>,
        by: Actor,
        at: Day,
    ) -> Result<DeviationDetails, RegisterError> {
        guard(|| {
            let did = deviation_id(&id)?;
            let by = actor(&by)?;
            let mut reg = self.store();
            let settings = reg.deviation_settings()?;
            let mut codes = Vec::with_capacity(categories.len());
            for written in &categories {
                let c = settings.categories.lookup(written).ok_or_else(|| {
                    invalid(format!(
                        "unknown category \"{written}\": use one of {}",
                        settings.categories.code_list()
                    ))
                })?;
                codes.push(c.code.clone());
            }
            if codes.is_empty() {
                return Err(invalid(format!(
                    "no category given to confirm on deviation {did}"
                )));
            }
            reg.confirm_deviation_categories(did, codes, at.into(), &by)?;
            Ok(details(&reg.deviation(did)?, &settings))
        })
    }

    /// Records that an improvement proposal ("P-12") was raised from a deviation; returns
    /// the deviation.
    pub fn link_deviation_proposal(
        &self,
        id: String,
        proposal: String,
        by: Actor,
        at: Day,
    ) -> Result<DeviationDetails, RegisterError> {
        guard(|| {
            let p = dev::ProposalRef::new(&proposal).map_err(|e| invalid(e.to_string()))?;
            self.deviation_command(&id, dev::Command::LinkProposal(p), &by, at, None)
        })
    }

    /// Changes who may see a deviation (e.g. publishes it after review); returns it.
    pub fn publish_deviation(
        &self,
        id: String,
        visibility: Visibility,
        by: Actor,
        at: Day,
    ) -> Result<DeviationDetails, RegisterError> {
        guard(|| {
            self.deviation_command(
                &id,
                dev::Command::SetVisibility(visibility.into()),
                &by,
                at,
                None,
            )
        })
    }

    /// One deviation as its follow-up stands.
    pub fn show_deviation(&self, id: String) -> Result<DeviationDetails, RegisterError> {
        guard(|| {
            let did = deviation_id(&id)?;
            let reg = self.store();
            let settings = reg.deviation_settings()?;
            Ok(details(&reg.deviation(did)?, &settings))
        })
    }

    /// The register's category list and known parties.
    pub fn deviation_settings(&self) -> Result<DeviationSettings, RegisterError> {
        guard(|| Ok(DeviationSettings::from(&self.store().deviation_settings()?)))
    }

    /// Adds a category to the register's list; returns the settings after it.
    pub fn add_deviation_category(
        &self,
        category: DeviationCategoryDefinition,
        by: Actor,
    ) -> Result<DeviationSettings, RegisterError> {
        guard(|| {
            let c = dev::Category {
                code: dev::CategoryCode::new(&category.code).map_err(|e| invalid(e.to_string()))?,
                label_sv: category.label_sv,
                label_en: category.label_en,
                keywords: category.keywords,
            };
            self.change_settings(dev::SettingsChange::AddCategory(c), &by)
        })
    }

    /// Removes a category no deviation has; returns the settings after it.
    pub fn remove_deviation_category(
        &self,
        code: String,
        by: Actor,
    ) -> Result<DeviationSettings, RegisterError> {
        guard(|| {
            let code = dev::CategoryCode::new(&code).map_err(|e| invalid(e.to_string()))?;
            self.change_settings(dev::SettingsChange::RemoveCategory(code), &by)
        })
    }

    /// Adds a known party; returns the settings after it.
    pub fn add_known_party(
        &self,
        party: KnownParty,
        by: Actor,
    ) -> Result<DeviationSettings, RegisterError> {
        guard(|| {
            let aliases: Vec<&str> = party.aliases.iter().map(String::as_str).collect();
            let p = dev::KnownParty::new(&party.name, party.kind.into(), &aliases);
            self.change_settings(dev::SettingsChange::AddParty(p), &by)
        })
    }

    /// Removes a known party (deviations that name it keep the name); returns the settings
    /// after it.
    pub fn remove_known_party(
        &self,
        name: String,
        by: Actor,
    ) -> Result<DeviationSettings, RegisterError> {
        guard(|| self.change_settings(dev::SettingsChange::RemoveParty(name), &by))
    }

    /// The yearly report over the deviations reported in `year`, as of `as_of`. The counts
    /// cover every deviation; the list of cases holds only those `audience` may see
    /// (default: public).
    pub fn deviation_report(
        &self,
        year: i32,
        format: ReportFormat,
        lang: Option<Lang>,
        as_of: Day,
        audience: Option<Visibility>,
    ) -> Result<String, RegisterError> {
        guard(|| {
            let options = dev::ReportOptions {
                lang: lang.unwrap_or(Lang::Sv).into(),
                as_of: as_of.into(),
                audience: audience.map_or(dev::Visibility::Public, Into::into),
            };
            let report = self.store().deviation_report(year, &options)?;
            Ok(match format {
                ReportFormat::Markdown => report.to_markdown(),
                ReportFormat::Html => report.to_html(),
                ReportFormat::Json => report.to_json().map_err(|e| RegisterError::Storage {
                    message: e.to_string(),
                })?,
            })
        })
    }
}
