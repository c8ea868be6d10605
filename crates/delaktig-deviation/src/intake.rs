//! Intake: a deviation written on the template, or as free text, read into a
//! [`DeviationDraft`] and completed into a [`DeviationRecord`].
//!
//! Reading is tolerant (any case, missing diacritics in labels, bullets, values over several
//! lines, fields in any order); completing is strict and names everything that is missing.
//! Free texts pass through a [`Redactor`] before they are stored.

use crate::category::{CategoryCatalog, CategoryMark, CategoryStatus};
use crate::date::{Found, find_dates};
use crate::deviation::{DeviationRecord, RecordProblem};
use crate::id::DeviationId;
use crate::party::{Party, PartyCatalog};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Removes personal data from free text before it is stored (the confidentiality module
/// plugs in here). Any `Fn(&str) -> String` is a redactor.
pub trait Redactor {
    /// The text with personal data replaced.
    fn redact(&self, text: &str) -> String;
}

impl<F: Fn(&str) -> String + ?Sized> Redactor for F {
    fn redact(&self, text: &str) -> String {
        self(text)
    }
}

/// Stores texts as written (for texts known to hold no personal data, and for tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoRedaction;

impl Redactor for NoRedaction {
    fn redact(&self, text: &str) -> String {
        text.to_owned()
    }
}

/// How the deviation was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// On the template, with labelled fields.
    Template,
    /// As free text.
    FreeText,
}

/// Where a draft's categories came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CategorySource {
    /// Written in the "Kategori:" field.
    Stated,
    /// Suggested by the keyword rules from the description and action.
    Keywords,
}

/// Something intake noticed but could work around.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum IntakeNote {
    /// A labelled field that is not on the template; its value was ignored.
    UnknownField {
        /// The label as written.
        label: String,
    },
    /// A date-shaped text that is not a date.
    BadDate {
        /// The text.
        text: String,
    },
    /// A field holding no readable date.
    NoDateIn {
        /// The label.
        label: String,
    },
    /// An id that could not be read.
    BadId {
        /// The text.
        text: String,
    },
    /// A category name that is not in the category list; it was left out.
    UnknownCategory {
        /// The text.
        text: String,
    },
    /// No event date field: the first date in the description was used.
    EventDateFromDescription,
    /// No involved-parties field: the known parties named in the description were used.
    InvolvedFromDescription,
}

/// A deviation as read from text, before it is complete. Fields are public so a person (or
/// the command line) can fill in what is missing before [`DeviationDraft::complete`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviationDraft {
    /// Template or free text.
    pub form: Form,
    /// An id written on the form.
    pub id: Option<DeviationId>,
    /// When the event happened.
    pub event_date: Option<NaiveDate>,
    /// When it was reported (the day of intake when absent).
    pub report_date: Option<NaiveDate>,
    /// Who reported it.
    pub reporting_party: Option<Party>,
    /// Other parties involved.
    pub involved: Vec<Party>,
    /// Categories, all [`CategoryStatus::Suggested`] until a person confirms them.
    pub categories: Vec<CategoryMark>,
    /// Where the categories came from.
    pub category_source: CategorySource,
    /// What happened, as written (not yet redacted).
    pub description: Option<String>,
    /// What was done or proposed, as written (not yet redacted).
    pub action: Option<String>,
    /// What intake noticed.
    pub notes: Vec<IntakeNote>,
}

/// A field a deviation cannot do without.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// No event date.
    EventDate,
    /// No reporting party.
    ReportingParty,
    /// No party besides the reporting one.
    InvolvedParty,
    /// No description.
    Description,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Missing::EventDate => "the event date (write \"Datum för händelsen: 2024-03-05\")",
            Missing::ReportingParty => {
                "the reporting party (write \"Rapporterande enhet: socialtjänsten\")"
            }
            Missing::InvolvedParty => {
                "a party involved besides the reporting one (write \"Berörda parter: psykiatrin\")"
            }
            Missing::Description => "the description (write \"Beskrivning: what happened\")",
        })
    }
}

/// Why a draft could not become a record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IntakeError {
    /// Fields are missing.
    #[error("the deviation cannot be registered; missing: {}", join(.0))]
    Missing(Vec<Missing>),
    /// The fields are there but do not fit together.
    #[error("the deviation cannot be registered: {0}")]
    Invalid(RecordProblem),
}

fn join(m: &[Missing]) -> String {
    m.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl DeviationDraft {
    /// What is still missing.
    pub fn missing(&self) -> Vec<Missing> {
        let mut m = Vec::new();
        if self.event_date.is_none() {
            m.push(Missing::EventDate);
        }
        if self.reporting_party.is_none() {
            m.push(Missing::ReportingParty);
        }
        let reporter = self.reporting_party.as_ref().map(Party::key);
        if self.involved.iter().all(|p| Some(p.key()) == reporter) {
            m.push(Missing::InvolvedParty);
        }
        if self
            .description
            .as_deref()
            .is_none_or(|d| d.trim().is_empty())
        {
            m.push(Missing::Description);
        }
        m
    }

    /// The record to register: texts redacted, the report date defaulting to `received`.
    /// Refused with everything missing named at once.
    pub fn complete(
        &self,
        received: NaiveDate,
        redactor: &dyn Redactor,
    ) -> Result<DeviationRecord, IntakeError> {
        let missing = self.missing();
        let (Some(event_date), Some(reporting_party), Some(description), true) = (
            self.event_date,
            self.reporting_party.clone(),
            self.description.as_deref(),
            missing.is_empty(),
        ) else {
            return Err(IntakeError::Missing(missing));
        };
        let report_date = self.report_date.unwrap_or(received);
        if event_date > report_date {
            return Err(IntakeError::Invalid(RecordProblem::EventAfterReport {
                event: event_date,
                report: report_date,
            }));
        }
        let reporter = reporting_party.key();
        Ok(DeviationRecord {
            event_date,
            report_date,
            involved: self
                .involved
                .iter()
                .filter(|p| p.key() != reporter)
                .cloned()
                .collect(),
            reporting_party,
            categories: self.categories.clone(),
            description: redactor.redact(description.trim()),
            action: self
                .action
                .as_deref()
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(|a| redactor.redact(a)),
        })
    }
}

/// Template fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    ReportDate,
    EventDate,
    ReportingParty,
    Involved,
    Description,
    Action,
    Category,
}

impl Field {
    /// Fields whose values are prose: inside them only a known label starts a new field.
    fn is_prose(self) -> bool {
        matches!(self, Field::Description | Field::Action)
    }
}

/// Labels as folded by [`label_key`] (lowercase, å/ä → a, ö → o, single spaces).
const LABELS: &[(&str, Field)] = &[
    ("avvikelse nr", Field::Id),
    ("avvikelsenr", Field::Id),
    ("avvikelsenummer", Field::Id),
    ("avvikelse id", Field::Id),
    ("id", Field::Id),
    ("nr", Field::Id),
    ("nummer", Field::Id),
    ("arendenummer", Field::Id),
    ("lopnummer", Field::Id),
    ("datum", Field::ReportDate),
    ("rapportdatum", Field::ReportDate),
    ("datum for rapport", Field::ReportDate),
    ("datum for rapportering", Field::ReportDate),
    ("rapporterad", Field::ReportDate),
    ("inrapporterad", Field::ReportDate),
    ("anmald", Field::ReportDate),
    ("anmalningsdatum", Field::ReportDate),
    ("datum for anmalan", Field::ReportDate),
    ("datum for handelsen", Field::EventDate),
    ("datum for handelse", Field::EventDate),
    ("handelsedatum", Field::EventDate),
    ("nar intraffade handelsen", Field::EventDate),
    ("handelsen intraffade", Field::EventDate),
    ("intraffade", Field::EventDate),
    ("tidpunkt for handelsen", Field::EventDate),
    ("rapporterande enhet", Field::ReportingParty),
    ("rapporterande part", Field::ReportingParty),
    ("rapporterande verksamhet", Field::ReportingParty),
    ("anmalande enhet", Field::ReportingParty),
    ("anmalande verksamhet", Field::ReportingParty),
    ("rapportor", Field::ReportingParty),
    ("rapporterad av", Field::ReportingParty),
    ("avsandare", Field::ReportingParty),
    ("fran", Field::ReportingParty),
    ("berorda parter", Field::Involved),
    ("berord part", Field::Involved),
    ("berorda enheter", Field::Involved),
    ("berord enhet", Field::Involved),
    ("berorda verksamheter", Field::Involved),
    ("berord verksamhet", Field::Involved),
    ("inblandade parter", Field::Involved),
    ("involverade parter", Field::Involved),
    ("motpart", Field::Involved),
    ("motparter", Field::Involved),
    ("beskrivning", Field::Description),
    ("beskrivning av handelsen", Field::Description),
    ("beskrivning av avvikelsen", Field::Description),
    ("handelseforlopp", Field::Description),
    ("vad hande", Field::Description),
    ("vad har hant", Field::Description),
    ("atgard", Field::Action),
    ("atgarder", Field::Action),
    ("vidtagen atgard", Field::Action),
    ("vidtagna atgarder", Field::Action),
    ("forslag till atgard", Field::Action),
    ("forslag pa atgard", Field::Action),
    ("atgardsforslag", Field::Action),
    ("kategori", Field::Category),
    ("kategorier", Field::Category),
    ("avvikelsetyp", Field::Category),
    ("typ av avvikelse", Field::Category),
];

fn label_key(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for w in label.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars().flat_map(char::to_lowercase) {
            out.push(match c {
                'å' | 'ä' | 'á' | 'à' => 'a',
                'ö' | 'ó' => 'o',
                'é' | 'è' => 'e',
                '-' | '_' => ' ',
                c => c,
            });
        }
    }
    out.trim_matches(|c: char| c.is_ascii_punctuation() || c == ' ')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a line into (label, value) when it starts with "Label:".
fn split_label(line: &str) -> Option<(&str, &str)> {
    let t = line
        .trim_start()
        .trim_start_matches(['-', '*', '•'])
        .trim_start();
    let colon = t.find(':')?;
    let label = t.get(..colon)?;
    let value = t.get(colon + 1..)?;
    let words = label.split_whitespace().count();
    let looks_like_label = (1..=5).contains(&words)
        && label.chars().count() <= 45
        && label.chars().any(char::is_alphabetic)
        && !label.chars().any(|c| c.is_ascii_digit());
    looks_like_label.then_some((label.trim(), value))
}

/// Reads deviation texts against a party list and a category list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Intake {
    /// Known parties.
    pub parties: PartyCatalog,
    /// Categories and their keyword rules.
    pub categories: CategoryCatalog,
}

impl Intake {
    /// Intake with the given lists.
    pub fn new(parties: PartyCatalog, categories: CategoryCatalog) -> Intake {
        Intake {
            parties,
            categories,
        }
    }

    /// Reads a deviation from text. `today` dates forms that give no year ("5 mars").
    /// Never fails: what cannot be read is left empty and shows in
    /// [`DeviationDraft::missing`] and [`DeviationDraft::notes`].
    pub fn parse(&self, text: &str, today: NaiveDate) -> DeviationDraft {
        let fields = read_fields(text);
        let known = fields.iter().filter(|(f, _)| f.is_some()).count();
        if known >= 2 {
            self.read_template(&fields, today)
        } else {
            self.read_free_text(text, today)
        }
    }

    fn read_template(
        &self,
        fields: &[(Option<Field>, FieldText)],
        today: NaiveDate,
    ) -> DeviationDraft {
        let mut d = empty_draft(Form::Template);
        let mut stated: Vec<String> = Vec::new();
        for (field, ft) in fields {
            let value = ft.value.trim();
            let Some(field) = field else {
                d.notes.push(IntakeNote::UnknownField {
                    label: ft.label.clone(),
                });
                continue;
            };
            if value.is_empty() {
                continue;
            }
            match field {
                Field::Id => match value.parse::<DeviationId>() {
                    Ok(id) => d.id = Some(id),
                    Err(_) => d.notes.push(IntakeNote::BadId {
                        text: value.to_owned(),
                    }),
                },
                Field::ReportDate | Field::EventDate => {
                    let date = first_date(value, today, &mut d.notes, &ft.label);
                    if *field == Field::EventDate {
                        d.event_date = d.event_date.or(date);
                    } else {
                        d.report_date = d.report_date.or(date);
                    }
                }
                Field::ReportingParty => {
                    if d.reporting_party.is_none() {
                        d.reporting_party = self.parties.normalise(value);
                    }
                }
                Field::Involved => d.involved.extend(self.parties.parse_list(value)),
                Field::Description => append(&mut d.description, value),
                Field::Action => append(&mut d.action, value),
                Field::Category => stated.push(value.to_owned()),
            }
        }
        let description = d.description.clone().unwrap_or_default();
        if d.event_date.is_none() {
            let found = find_dates(&description, today);
            if let Some(date) = found.iter().find_map(|(f, _)| match f {
                Found::Date(date) => Some(*date),
                Found::Invalid(_) => None,
            }) {
                d.event_date = Some(date);
                d.notes.push(IntakeNote::EventDateFromDescription);
            }
        }
        let reporter = d.reporting_party.as_ref().map(Party::key);
        d.involved.retain(|p| Some(p.key()) != reporter);
        dedupe(&mut d.involved);
        if d.involved.is_empty() {
            let named: Vec<Party> = self
                .parties
                .mentioned(&description)
                .into_iter()
                .filter(|p| Some(p.key()) != reporter)
                .collect();
            if !named.is_empty() {
                d.involved = named;
                d.notes.push(IntakeNote::InvolvedFromDescription);
            }
        }
        self.set_categories(&mut d, &stated);
        d
    }

    fn read_free_text(&self, text: &str, today: NaiveDate) -> DeviationDraft {
        let mut d = empty_draft(Form::FreeText);
        for (found, _) in find_dates(text, today) {
            match found {
                Found::Date(date) if d.event_date.is_none() => d.event_date = Some(date),
                Found::Date(_) => {}
                Found::Invalid(t) => d.notes.push(IntakeNote::BadDate { text: t }),
            }
        }
        let found = self.parties.find(text);
        d.reporting_party = found
            .iter()
            .find(|(_, (start, _))| reported_by_cue(text, *start))
            .map(|(p, _)| p.clone());
        let reporter = d.reporting_party.as_ref().map(Party::key);
        d.involved = found
            .into_iter()
            .map(|(p, _)| p)
            .filter(|p| Some(p.key()) != reporter)
            .collect();
        let t = text.trim();
        d.description = (!t.is_empty()).then(|| t.to_owned());
        self.set_categories(&mut d, &[]);
        d
    }

    fn set_categories(&self, d: &mut DeviationDraft, stated: &[String]) {
        let mut codes = Vec::new();
        for s in stated {
            for item in s.split([',', ';', '/', '\n']) {
                let item = item.trim().trim_start_matches(['-', '*', '•']).trim();
                if item.is_empty() {
                    continue;
                }
                match self.categories.lookup(item) {
                    Some(c) if !codes.contains(&c.code) => codes.push(c.code.clone()),
                    Some(_) => {}
                    None => d.notes.push(IntakeNote::UnknownCategory {
                        text: item.to_owned(),
                    }),
                }
            }
        }
        if codes.is_empty() {
            let mut text = d.description.clone().unwrap_or_default();
            if let Some(a) = &d.action {
                text.push('\n');
                text.push_str(a);
            }
            codes = self.categories.suggest(&text);
            d.category_source = CategorySource::Keywords;
        } else {
            codes.sort_by_key(|c| self.categories.position(c));
            d.category_source = CategorySource::Stated;
        }
        d.categories = codes
            .into_iter()
            .map(|code| CategoryMark {
                code,
                status: CategoryStatus::Suggested,
            })
            .collect();
    }
}

/// A field's label as written and its value lines.
#[derive(Debug)]
struct FieldText {
    label: String,
    value: String,
}

/// Splits a template into labelled fields; unknown labels keep `None`.
fn read_fields(text: &str) -> Vec<(Option<Field>, FieldText)> {
    let mut out: Vec<(Option<Field>, FieldText)> = Vec::new();
    for line in text.lines() {
        let current = out.last().map(|(f, _)| *f);
        let in_prose = current.flatten().is_some_and(Field::is_prose);
        if let Some((label, value)) = split_label(line) {
            let key = label_key(label);
            let field = LABELS.iter().find(|(l, _)| *l == key).map(|(_, f)| *f);
            if field.is_some() || !in_prose {
                out.push((
                    field,
                    FieldText {
                        label: label.to_owned(),
                        value: value.trim().to_owned(),
                    },
                ));
                continue;
            }
        }
        let keep = !line.trim().is_empty();
        if let Some((_, ft)) = out
            .last_mut()
            .filter(|(_, ft)| keep || !ft.value.is_empty())
        {
            ft.value.push('\n');
            ft.value.push_str(line.trim_end());
        }
    }
    // A known field with an unknown one right after it that held text is common in free
    // prose ("Obs: ..."), but outside prose fields we cannot tell; keep as read.
    out
}

fn first_date(
    value: &str,
    today: NaiveDate,
    notes: &mut Vec<IntakeNote>,
    label: &str,
) -> Option<NaiveDate> {
    let found = find_dates(value, today);
    for (f, _) in &found {
        match f {
            Found::Date(d) => return Some(*d),
            Found::Invalid(t) => notes.push(IntakeNote::BadDate { text: t.clone() }),
        }
    }
    if found.is_empty() {
        notes.push(IntakeNote::NoDateIn {
            label: label.to_owned(),
        });
    }
    None
}

/// Whether the words before a party mention say it is the reporter ("vi på", "rapporterad av").
fn reported_by_cue(text: &str, start: usize) -> bool {
    const CUES: &[&str] = &[
        "vi på",
        "vi inom",
        "vi i",
        "vi från",
        "rapporterad av",
        "rapporteras av",
        "anmäld av",
        "anmäls av",
        "avvikelse från",
        "avvikelsen från",
        "skickad från",
        "avsändare",
    ];
    let before = text.get(..start).unwrap_or("");
    let tail: String = before
        .split_whitespace()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let tail = tail.trim_end_matches(':');
    CUES.iter().any(|c| tail.ends_with(c))
}

fn append(slot: &mut Option<String>, value: &str) {
    match slot {
        Some(s) => {
            s.push('\n');
            s.push_str(value);
        }
        None => *slot = Some(value.to_owned()),
    }
}

fn dedupe(parties: &mut Vec<Party>) {
    let mut seen: Vec<String> = Vec::new();
    parties.retain(|p| {
        let k = p.key();
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
}

fn empty_draft(form: Form) -> DeviationDraft {
    DeviationDraft {
        form,
        id: None,
        event_date: None,
        report_date: None,
        reporting_party: None,
        involved: Vec::new(),
        categories: Vec::new(),
        category_source: CategorySource::Keywords,
        description: None,
        action: None,
        notes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fold_case_diacritics_and_punctuation() {
        assert_eq!(label_key(" Berörda  Parter "), "berorda parter");
        assert_eq!(label_key("ATGARD"), "atgard");
        assert_eq!(label_key("Datum för händelsen"), "datum for handelsen");
        assert_eq!(split_label("- Åtgärd: ring"), Some(("Åtgärd", " ring")));
        assert_eq!(split_label("Klockan 14:30 ringde hon"), None);
    }

    #[test]
    fn reporter_cues_look_at_the_words_just_before() {
        let t = "Vi på socialtjänsten fick inget svar från psykiatrin.";
        let at = |w: &str| t.find(w).unwrap();
        assert!(reported_by_cue(t, at("socialtjänsten")));
        assert!(!reported_by_cue(t, at("psykiatrin")));
    }
}
