//! Export and import of a whole register as JSON.
//!
//! A full export (`ExportScope::All`) imported into an empty register gives the same
//! state. Narrower scopes leave out what their readers may not see; they are for sharing,
//! not for backup.

use crate::error::{Result, StoreError};
use crate::notes::insert_meeting;
use crate::register::{Register, load_all, write_settings};
use delaktig_core::{
    Event, EventKind, JustificationRules, Meeting, MoveSpec, Proposal, Settings, TextFilter,
    Visibility,
};
use serde::{Deserialize, Serialize};

/// What an export includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportScope {
    /// Public proposals, meetings and events only; texts of hidden state changes withheld.
    #[default]
    Public,
    /// Public and internal items.
    Internal,
    /// Everything, including confidential items: a full backup.
    All,
}

impl ExportScope {
    fn admits(self, v: Visibility) -> bool {
        match self {
            ExportScope::Public => v == Visibility::Public,
            ExportScope::Internal => v <= Visibility::Internal,
            ExportScope::All => true,
        }
    }
}

/// A register as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterExport {
    /// Always "delaktig-register".
    pub format: String,
    /// Format version, 1.
    pub version: u32,
    /// What the export includes.
    pub scope: ExportScope,
    /// The register's rules.
    pub settings: Settings,
    /// Meetings, by id.
    pub meetings: Vec<Meeting>,
    /// Proposals with their full histories, by id.
    pub proposals: Vec<Proposal>,
    /// Deviation reports with their full histories, by id; only in a full export
    /// (`ExportScope::All`), as they describe individual cases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deviations: Vec<delaktig_deviation::Deviation>,
    /// The deviation settings (categories, known parties, policy, text rules); only in a full
    /// export. An import without them keeps the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deviation_settings: Option<delaktig_deviation::Settings>,
}

/// What an import brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    /// Proposals imported.
    pub proposals: usize,
    /// Meetings imported.
    pub meetings: usize,
    /// History events imported (proposals' and deviations').
    pub events: usize,
    /// Deviation reports imported.
    pub deviations: usize,
}

/// Text standing in for a hidden state change's justification or outcome.
const WITHHELD: &str = "withheld";

impl Register {
    /// Exports the register. Narrower scopes leave out proposals and meetings they do not
    /// admit, and events such as comments; state changes of an exported proposal stay (its
    /// history must still add up) with their texts withheld. `filter` is applied to every
    /// free text and name of a `Public` export (plug in the personal-data redactor), and
    /// attendee lists are left out of it; other scopes are exported as stored. A public
    /// export of a register whose items are all public, with [`delaktig_core::NoFilter`],
    /// equals the full export.
    pub fn export(&self, scope: ExportScope, filter: &dyn TextFilter) -> Result<RegisterExport> {
        let meetings = self
            .meetings()?
            .into_iter()
            .filter(|m| scope.admits(m.visibility))
            .map(|m| {
                if scope != ExportScope::Public {
                    return m;
                }
                Meeting {
                    title: filter.filter(&m.title).into_owned(),
                    place: m.place.as_deref().map(|p| filter.filter(p).into_owned()),
                    // Attendee lists are personal data: never in a public export.
                    attendees: Vec::new(),
                    ..m
                }
            })
            .collect();
        let mut proposals = Vec::new();
        for p in load_all(self.conn(), None)? {
            if !scope.admits(p.visibility()) {
                continue;
            }
            if scope == ExportScope::All {
                proposals.push(p);
                continue;
            }
            let events: Vec<Event> = p
                .events()
                .iter()
                .filter_map(|e| narrow(e, scope, filter))
                .collect();
            proposals.push(Proposal::from_events(p.id(), events).map_err(|e| {
                StoreError::BadData {
                    what: format!("the narrowed history of {}", p.id()),
                    detail: e.to_string(),
                }
            })?);
        }
        Ok(RegisterExport {
            format: "delaktig-register".into(),
            version: 1,
            scope,
            settings: self.settings().clone(),
            meetings,
            proposals,
            deviations: if scope == ExportScope::All {
                self.deviations()?
            } else {
                Vec::new()
            },
            deviation_settings: if scope == ExportScope::All {
                Some(self.deviation_settings()?)
            } else {
                None
            },
        })
    }

    /// The export as pretty JSON.
    pub fn export_json(&self, scope: ExportScope, filter: &dyn TextFilter) -> Result<String> {
        serde_json::to_string_pretty(&self.export(scope, filter)?)
            .map_err(|e| StoreError::BadExport(e.to_string()))
    }

    /// Imports an export into this register, which must be empty. All or nothing.
    pub fn import(&mut self, data: &RegisterExport) -> Result<ImportSummary> {
        if data.format != "delaktig-register" {
            return Err(StoreError::BadExport(format!(
                "format is \"{}\", expected \"delaktig-register\"",
                data.format
            )));
        }
        if data.version > 1 {
            return Err(StoreError::BadExport(format!(
                "format version {} is newer than this delaktig reads (1); upgrade delaktig",
                data.version
            )));
        }
        let (proposals, meetings): (i64, i64) = self.conn().query_row(
            "SELECT (SELECT count(*) FROM proposals), (SELECT count(*) FROM meetings)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let deviations: i64 =
            self.conn()
                .query_row("SELECT count(*) FROM deviations", [], |r| r.get(0))?;
        if proposals + meetings + deviations > 0 {
            return Err(StoreError::NotEmpty {
                proposals,
                meetings,
                deviations,
            });
        }
        // The imported rules govern the imported histories, and are kept only if all of it
        // is stored.
        let previous = std::mem::replace(self.settings_mut(), data.settings.clone());
        let imported = self.batch(|b| {
            write_settings(b.tx(), &data.settings)?;
            if let Some(settings) = &data.deviation_settings {
                crate::deviation::write_settings(b.tx(), settings).map_err(|e| {
                    StoreError::BadExport(format!("the deviation settings cannot be stored: {e}"))
                })?;
            }
            for m in &data.meetings {
                insert_meeting(&b.tx, m).map_err(|e| {
                    StoreError::BadExport(format!("meeting {} cannot be stored: {e}", m.id))
                })?;
            }
            let mut events = 0;
            for p in &data.proposals {
                b.insert_proposal(p).map_err(|e| {
                    StoreError::BadExport(format!("proposal {} cannot be stored: {e}", p.id()))
                })?;
                events += p.events().len();
            }
            for d in &data.deviations {
                b.insert_deviation(d).map_err(|e| {
                    StoreError::BadExport(format!("deviation {} cannot be stored: {e}", d.id()))
                })?;
                events += d.events().len();
            }
            Ok(ImportSummary {
                proposals: data.proposals.len(),
                meetings: data.meetings.len(),
                events,
                deviations: data.deviations.len(),
            })
        });
        if imported.is_err() {
            *self.settings_mut() = previous;
        }
        imported
    }

    /// Imports an export from JSON; see [`Register::import`].
    pub fn import_json(&mut self, json: &str) -> Result<ImportSummary> {
        let data: RegisterExport =
            serde_json::from_str(json).map_err(|e| StoreError::BadExport(e.to_string()))?;
        self.import(&data)
    }
}

/// One event as a narrower scope may see it, or `None` to leave it out.
fn narrow(e: &Event, scope: ExportScope, filter: &dyn TextFilter) -> Option<Event> {
    let public = scope == ExportScope::Public;
    let f = |s: &str| {
        if public {
            filter.filter(s).into_owned()
        } else {
            s.to_owned()
        }
    };
    let visible = scope.admits(e.visibility);
    let change = match &e.change {
        EventKind::Raised(d) => {
            let mut d = d.clone();
            d.title = f(&d.title);
            d.description = if visible {
                d.description.as_deref().map(f)
            } else {
                None
            };
            // Names are filtered, not dropped: the redactor keeps public persons (staff in
            // their role) and replaces the rest, and an export of a register whose every
            // item is public stays identical to the full export.
            d.origin.raised_by = d.origin.raised_by.as_deref().map(f);
            d.origin.organisation = d.origin.organisation.as_deref().map(f);
            d.responsible = d.responsible.as_deref().map(f);
            EventKind::Raised(d)
        }
        EventKind::Moved(t) => {
            let text = if visible {
                t.text().map(f)
            } else {
                t.text().map(|_| WITHHELD.to_owned())
            };
            let spec = MoveSpec {
                to: Some(t.to()),
                text,
                revisit: t.revisit(),
                reason: t.reason(),
                merged_into: t.merged_into(),
                partly: t.is_partial(),
            };
            // The id only appears in messages; the move was valid when stored. A filter
            // that leaves no words makes the text withheld rather than break the history.
            let id = delaktig_core::ProposalId::new(0);
            let rules = JustificationRules::BASELINE;
            let rebuilt = spec.build(id, t.from(), &rules).or_else(|_| {
                let spec = MoveSpec {
                    text: t.text().map(|_| WITHHELD.to_owned()),
                    ..spec.clone()
                };
                spec.build(id, t.from(), &rules)
            });
            EventKind::Moved(rebuilt.ok()?)
        }
        EventKind::MilestoneAdded { title, due } => EventKind::MilestoneAdded {
            title: if visible {
                f(title)
            } else {
                WITHHELD.to_owned()
            },
            due: *due,
        },
        // Milestone completion keeps milestone indices meaningful.
        EventKind::MilestoneDone { .. } => e.change.clone(),
        // A visibility change may be what made the proposal exportable.
        EventKind::VisibilitySet { .. } => e.change.clone(),
        _ if !visible => return None,
        EventKind::Commented { text } => EventKind::Commented { text: f(text) },
        EventKind::Discussed { meeting, note } => EventKind::Discussed {
            meeting: *meeting,
            note: note.as_deref().map(f),
        },
        EventKind::ResponsibleSet { responsible } => EventKind::ResponsibleSet {
            responsible: f(responsible),
        },
        EventKind::Followed { .. } if public => return None,
        other => other.clone(),
    };
    Some(Event {
        at: e.at,
        by: delaktig_core::Actor {
            name: f(&e.by.name),
            role: e.by.role,
        },
        visibility: e.visibility,
        change,
    })
}
