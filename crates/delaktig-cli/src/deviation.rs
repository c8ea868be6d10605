//! `delaktig deviation`: deviation reports on cooperation (avvikelser) — intake from a
//! template or free text, follow-up moves, category confirmation, listing and the yearly
//! report. Descriptions pass through the personal-data redactor before they are stored.

use crate::common::{
    CliError, Result, actor_name, open, open_existing, outln, parse_date, print_json, today,
};
use chrono::{Datelike, NaiveDate};
use delaktig_deviation::{
    Actor, Category, CategoryCode, CategoryStatus, Command, DeviationError, DeviationId,
    FollowUpState, KnownParty, Lang, MoveSpec, PartyKind, ProposalRef, ReportOptions, Request,
    Role, Settings, SettingsChange, Visibility,
};
use delaktig_store::{Register, StoreError};
use std::io::Read;
use std::path::{Path, PathBuf};

/// `deviation` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record a deviation written on the template or as free text; prints its id and
    /// the suggested categories. Anyone may report; it is internal unless --visibility says
    /// otherwise (public needs a role that may publish).
    Add {
        /// The text file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Who records it (default: $DELAKTIG_USER or $USER).
        #[arg(long)]
        by: Option<String>,
        /// The role they act in: staff, user_representative, proposer, member.
        #[arg(long, default_value = "member")]
        role: Role,
        /// The reporting unit, when the text does not name it (e.g. a free text).
        #[arg(long)]
        reporter: Option<String>,
        /// Who may see it: public, internal, confidential.
        #[arg(long, default_value = "internal")]
        visibility: Visibility,
        /// Day of intake, YYYY-MM-DD (default: today); also the report date when the text
        /// gives none.
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Move a deviation's follow-up: in_dialogue, resolved (needs --why with the outcome),
    /// not_resolved (needs --why with a justification), reopening (needs --why).
    Move {
        /// Deviation id, e.g. A-2024-001.
        id: DeviationId,
        /// Target state.
        #[arg(long)]
        to: FollowUpState,
        /// The outcome or justification the move requires.
        #[arg(long)]
        why: Option<String>,
        /// Who may see this step (default: as the deviation).
        #[arg(long)]
        visibility: Option<Visibility>,
        #[command(flatten)]
        who: Who,
    },
    /// Confirm suggested categories (or add categories) of a deviation.
    Confirm {
        /// Deviation id.
        id: DeviationId,
        /// Categories, by code or label (e.g. helhetssyn, "utebliven SIP").
        #[arg(required = true)]
        categories: Vec<String>,
        #[command(flatten)]
        who: Who,
    },
    /// Record that an improvement proposal was raised from a deviation.
    Link {
        /// Deviation id.
        id: DeviationId,
        /// Proposal id, e.g. P-12.
        proposal: String,
        #[command(flatten)]
        who: Who,
    },
    /// Change who may see a deviation (e.g. publish it after review).
    Publish {
        /// Deviation id.
        id: DeviationId,
        /// New visibility.
        #[arg(long, default_value = "public")]
        visibility: Visibility,
        #[command(flatten)]
        who: Who,
    },
    /// Show one deviation with its history: who (in which role), when, what, and who may
    /// see each step.
    Show {
        /// Deviation id.
        id: DeviationId,
        /// Only what anyone may see (nothing for a deviation that is not public).
        #[arg(long)]
        public: bool,
        /// Print JSON: the summary and the visible events.
        #[arg(long)]
        json: bool,
    },
    /// List deviations.
    List {
        /// Only deviations reported in this year.
        #[arg(long)]
        year: Option<i32>,
        /// Only what anyone may see: public deviations, without hidden texts.
        #[arg(long)]
        public: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Language of labels: sv (default) or en.
        #[arg(long, default_value = "sv")]
        lang: Lang,
    },
    /// The yearly report over the deviations reported in a year. The counts cover every
    /// deviation; the list of cases holds only public ones unless --internal or --all.
    Report {
        /// Year.
        #[arg(long)]
        year: i32,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: crate::report::Format,
        /// Language: sv (default) or en.
        #[arg(long, default_value = "sv")]
        lang: Lang,
        /// Date the follow-up state is taken at (default: the end of the year, or today
        /// when that is earlier).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
        /// Also list internal deviations (for the working group).
        #[arg(long)]
        internal: bool,
        /// List every deviation, confidential ones too.
        #[arg(long, conflicts_with = "internal")]
        all: bool,
    },
    /// The register's category list: list, add or remove categories.
    Categories {
        #[command(subcommand)]
        cmd: CategoriesCmd,
    },
    /// The register's list of known parties: list, add or remove parties.
    Parties {
        #[command(subcommand)]
        cmd: PartiesCmd,
    },
}

/// `deviation categories` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum CategoriesCmd {
    /// List the categories with their labels and keywords.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add a category at the end of the list.
    Add {
        /// Code: lowercase letters, digits and `_` (e.g. vantetid).
        #[arg(value_parser = parse_code)]
        code: CategoryCode,
        /// Swedish label (e.g. "Väntetid").
        #[arg(long)]
        label: String,
        /// English label (default: the Swedish one).
        #[arg(long)]
        label_en: Option<String>,
        /// A keyword that suggests the category (repeatable; a trailing `*` matches any
        /// word starting with it).
        #[arg(long = "keyword")]
        keywords: Vec<String>,
        #[command(flatten)]
        who: Who,
    },
    /// Remove a category no deviation has.
    Remove {
        /// Code or label.
        category: String,
        #[command(flatten)]
        who: Who,
    },
}

/// `deviation parties` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum PartiesCmd {
    /// List the known parties with their kinds and other names.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add a known party.
    Add {
        /// Canonical name (e.g. "solgläntans boende").
        name: String,
        /// Kind: municipality, region or other.
        #[arg(long)]
        kind: PartyKind,
        /// Another way of writing it (repeatable).
        #[arg(long = "alias")]
        aliases: Vec<String>,
        #[command(flatten)]
        who: Who,
    },
    /// Remove a known party (deviations that name it keep the name).
    Remove {
        /// Its canonical name.
        name: String,
        #[command(flatten)]
        who: Who,
    },
}

/// Who acts, in which role, and when — as for proposal commands.
#[derive(Debug, clap::Args)]
pub struct Who {
    /// Who acts (default: $DELAKTIG_USER or $USER).
    #[arg(long)]
    by: Option<String>,
    /// The role acted in: staff, user_representative, proposer, member.
    #[arg(long, default_value = "staff")]
    role: Role,
    /// Date of the act, YYYY-MM-DD (default: today).
    #[arg(long, value_parser = parse_date)]
    at: Option<NaiveDate>,
}

impl Who {
    fn actor(&self) -> Result<Actor> {
        actor(self.by.clone(), self.role)
    }

    fn request(&self, command: Command) -> Result<Request> {
        Ok(Request::new(
            command,
            self.at.unwrap_or_else(today),
            self.actor()?,
        ))
    }
}

/// Runs a `deviation` subcommand.
pub fn run(db: &Path, cmd: Cmd) -> Result {
    match cmd {
        Cmd::Add {
            file,
            by,
            role,
            reporter,
            visibility,
            date,
        } => add(db, file, actor(by, role)?, reporter, visibility, date),
        Cmd::Move {
            id,
            to,
            why,
            visibility,
            who,
        } => {
            let mut reg = open_existing(db)?;
            let spec = MoveSpec::new(to, why.as_deref());
            let mut req = who.request(Command::MoveTo(spec))?;
            req.visibility = visibility;
            let event = reg.deviation_request(id, req).map_err(with_hint)?;
            let hint = match reg.deviation(id) {
                Ok(d) => d.state().label(Lang::Sv).to_owned(),
                Err(_) => to.to_string(),
            };
            outln!("{id}: {hint} ({})", event.at);
            Ok(())
        }
        Cmd::Confirm {
            id,
            categories,
            who,
        } => confirm(db, id, &categories, &who),
        Cmd::Link { id, proposal, who } => {
            let mut reg = open_existing(db)?;
            let p = ProposalRef::new(&proposal).map_err(|e| CliError(e.to_string()))?;
            reg.deviation_request(id, who.request(Command::LinkProposal(p))?)
                .map_err(with_hint)?;
            outln!("{id}: {proposal}");
            Ok(())
        }
        Cmd::Publish {
            id,
            visibility,
            who,
        } => {
            let mut reg = open_existing(db)?;
            reg.deviation_request(id, who.request(Command::SetVisibility(visibility))?)
                .map_err(with_hint)?;
            outln!("{id}: now {visibility}");
            Ok(())
        }
        Cmd::Show { id, public, json } => show(db, id, public, json),
        Cmd::List {
            year,
            public,
            json,
            lang,
        } => list(db, year, public, json, lang),
        Cmd::Report {
            year,
            format,
            lang,
            as_of,
            internal,
            all,
        } => {
            let reg = open_existing(db)?;
            let end = NaiveDate::from_ymd_opt(year, 12, 31)
                .ok_or_else(|| CliError(format!("{year} is not a year delaktig can report on")))?;
            let audience = if all {
                Visibility::Confidential
            } else if internal {
                Visibility::Internal
            } else {
                Visibility::Public
            };
            let options = ReportOptions {
                lang,
                as_of: as_of.unwrap_or_else(|| end.min(today())),
                audience,
            };
            let report = reg.deviation_report(year, &options)?;
            let out = match format {
                crate::report::Format::Md => report.to_markdown(),
                crate::report::Format::Html => report.to_html(),
                crate::report::Format::Json => report
                    .to_json()
                    .map_err(|e| CliError(format!("cannot write the report as JSON: {e}")))?,
            };
            outln!("{}", out.trim_end());
            Ok(())
        }
        Cmd::Categories { cmd } => categories(db, cmd),
        Cmd::Parties { cmd } => parties(db, cmd),
    }
}

/// Points at the flag that supplies a missing outcome or justification, or another role.
fn with_hint(e: StoreError) -> CliError {
    match &e {
        StoreError::Deviation(
            DeviationError::Outcome { .. } | DeviationError::Justification { .. },
        ) => CliError(format!("{e} (give it with --why)")),
        StoreError::Deviation(DeviationError::NotPermitted(_))
        | StoreError::DeviationSettings(delaktig_deviation::SettingsError::NotPermitted(_)) => {
            CliError(format!("{e} (act in another role with --role)"))
        }
        _ => e.into(),
    }
}

fn parse_code(s: &str) -> std::result::Result<CategoryCode, String> {
    CategoryCode::new(s).map_err(|e| e.to_string())
}

fn actor(by: Option<String>, role: Role) -> Result<Actor> {
    Actor::new(&actor_name(by.as_deref()), role)
        .map_err(|e| CliError(format!("{e} (give a name with --by)")))
}

fn read_input(file: Option<PathBuf>) -> Result<String> {
    match file {
        Some(p) if p.as_os_str() != "-" => std::fs::read_to_string(&p)
            .map_err(|e| CliError(format!("cannot read {}: {e}", p.display()))),
        _ => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| CliError(format!("cannot read standard input: {e}")))?;
            Ok(s)
        }
    }
}

fn add(
    db: &Path,
    file: Option<PathBuf>,
    by: Actor,
    reporter: Option<String>,
    visibility: Visibility,
    date: Option<NaiveDate>,
) -> Result {
    let text = read_input(file)?;
    let day = date.unwrap_or_else(today);
    let mut reg = open(db)?;
    let settings = reg.deviation_settings()?;
    let mut draft = settings.intake().parse(&text, day);
    if let Some(r) = reporter.as_deref() {
        draft.reporting_party = Some(settings.parties.normalise(r).ok_or_else(|| {
            CliError(format!(
                "\"{r}\" is not a party name: give the reporting unit's name"
            ))
        })?);
    }
    let redactor = delaktig_redact::Redactor::default();
    let redact = |s: &str| redactor.redact_text(s);
    let record = draft.complete(day, &redact).map_err(|e| {
        CliError(format!(
            "{e}; add the missing fields to the text (the reporting unit also with --reporter)"
        ))
    })?;
    let id = reg
        .add_deviation(record, visibility, by, day)
        .map_err(with_hint)?;
    outln!("{id}");
    let d = reg.deviation(id)?;
    for mark in d.categories() {
        let label = settings
            .categories
            .get(&mark.code)
            .map_or(mark.code.as_str(), |c| c.label(Lang::Sv));
        let status = match mark.status {
            CategoryStatus::Suggested => "föreslagen",
            CategoryStatus::Confirmed => "bekräftad",
        };
        outln!("  {} ({label}): {status}", mark.code);
    }
    Ok(())
}

fn lookup(settings: &Settings, written: &str) -> Result<CategoryCode> {
    let c = settings.categories.lookup(written).ok_or_else(|| {
        CliError(format!(
            "unknown category \"{written}\": use one of {} (`delaktig deviation categories list`)",
            settings.categories.code_list()
        ))
    })?;
    Ok(c.code.clone())
}

fn confirm(db: &Path, id: DeviationId, written: &[String], who: &Who) -> Result {
    let mut reg = open_existing(db)?;
    let settings = reg.deviation_settings()?;
    let codes = written
        .iter()
        .map(|w| lookup(&settings, w))
        .collect::<Result<Vec<_>>>()?;
    reg.confirm_deviation_categories(id, codes, who.at.unwrap_or_else(today), &who.actor()?)
        .map_err(with_hint)?;
    outln!("{id}: {}", written.join(", "));
    Ok(())
}

fn list(db: &Path, year: Option<i32>, public: bool, json: bool, lang: Lang) -> Result {
    let reg = open_existing(db)?;
    let settings = reg.deviation_settings()?;
    let audience = if public {
        Visibility::Public
    } else {
        Visibility::Confidential
    };
    let rows: Vec<_> = reg
        .deviations()?
        .iter()
        .filter(|d| year.is_none_or(|y| d.record().report_date.year() == y))
        .filter(|d| d.visibility() <= audience)
        .map(|d| d.summary_for(&settings.categories, lang, audience))
        .collect();
    if json {
        return print_json(&rows);
    }
    for r in &rows {
        let cats: Vec<String> = r
            .categories
            .iter()
            .map(|c| match c.status {
                CategoryStatus::Suggested => format!("{}?", c.code),
                CategoryStatus::Confirmed => c.code.to_string(),
            })
            .collect();
        outln!(
            "{}  {}  {:<12}  {:<12}  {} → {}  [{}]",
            r.id,
            r.report_date,
            r.state.code(),
            r.visibility.code(),
            r.reporting_party,
            r.involved.join(", "),
            cats.join(", ")
        );
    }
    Ok(())
}

fn show(db: &Path, id: DeviationId, public: bool, json: bool) -> Result {
    let reg = open_existing(db)?;
    let settings = reg.deviation_settings()?;
    let d = reg.deviation(id)?;
    let audience = if public {
        Visibility::Public
    } else {
        Visibility::Confidential
    };
    if d.visibility() > audience {
        return Err(CliError(format!(
            "deviation {id} is {}, not public: leave out --public to see it",
            d.visibility()
        )));
    }
    let summary = d.summary_for(&settings.categories, Lang::Sv, audience);
    let events: Vec<&delaktig_deviation::Event> = d.events_visible_to(audience).collect();
    if json {
        #[derive(serde::Serialize)]
        struct Shown<'a> {
            #[serde(flatten)]
            summary: &'a delaktig_deviation::DeviationSummary,
            events: &'a [&'a delaktig_deviation::Event],
        }
        return print_json(&Shown {
            summary: &summary,
            events: &events,
        });
    }
    outln!(
        "{id}  {} sedan {}  ({})",
        summary.state_label,
        summary.state_since,
        summary.visibility
    );
    outln!(
        "  {} → {}",
        summary.reporting_party,
        summary.involved.join(", ")
    );
    outln!("  {}", d.record().description);
    for e in events {
        let role =
            e.by.role()
                .map_or_else(|| "okänd roll".to_owned(), |r| r.to_string());
        let what = match &e.kind {
            delaktig_deviation::EventKind::Moved { step, .. } => match step.text() {
                Some(t) => format!("{} – {t}", step.target().label(Lang::Sv)),
                None => step.target().label(Lang::Sv).to_owned(),
            },
            delaktig_deviation::EventKind::CategoryConfirmed { code }
            | delaktig_deviation::EventKind::CategoryAdded { code }
            | delaktig_deviation::EventKind::CategoryRemoved { code } => {
                format!("{} {code}", e.kind.code())
            }
            delaktig_deviation::EventKind::ProposalLinked { proposal } => {
                format!("förslag {proposal}")
            }
            delaktig_deviation::EventKind::VisibilitySet { to } => format!("synlighet {to}"),
            delaktig_deviation::EventKind::Recorded { .. } => "registrerad".to_owned(),
        };
        outln!("  {}  {} ({role})  [{}]  {what}", e.at, e.by, e.visibility);
    }
    Ok(())
}

fn change(reg: &mut Register, change: SettingsChange, who: &Who) -> Result<Settings> {
    reg.change_deviation_settings(change, &who.actor()?)
        .map_err(with_hint)
}

fn categories(db: &Path, cmd: CategoriesCmd) -> Result {
    match cmd {
        CategoriesCmd::List { json } => {
            let settings = open_existing(db)?.deviation_settings()?;
            if json {
                return print_json(&settings.categories);
            }
            let fallback = settings.categories.fallback();
            for c in settings.categories.categories() {
                let mark = if &c.code == fallback {
                    "  (när inget nyckelord passar)"
                } else {
                    ""
                };
                outln!("{:<16}  {} / {}{mark}", c.code, c.label_sv, c.label_en);
                if !c.keywords.is_empty() {
                    outln!("{:<16}  nyckelord: {}", "", c.keywords.join(", "));
                }
            }
            Ok(())
        }
        CategoriesCmd::Add {
            code,
            label,
            label_en,
            keywords,
            who,
        } => {
            let mut reg = open(db)?;
            let category = Category {
                code: code.clone(),
                label_sv: label,
                label_en: label_en.unwrap_or_default(),
                keywords,
            };
            change(&mut reg, SettingsChange::AddCategory(category), &who)?;
            outln!("{code}: added");
            Ok(())
        }
        CategoriesCmd::Remove { category, who } => {
            let mut reg = open_existing(db)?;
            let code = lookup(&reg.deviation_settings()?, &category)?;
            change(&mut reg, SettingsChange::RemoveCategory(code.clone()), &who)?;
            outln!("{code}: removed");
            Ok(())
        }
    }
}

fn parties(db: &Path, cmd: PartiesCmd) -> Result {
    match cmd {
        PartiesCmd::List { json } => {
            let settings = open_existing(db)?.deviation_settings()?;
            if json {
                return print_json(&settings.parties);
            }
            for p in settings.parties.entries() {
                outln!(
                    "{:<28}  {:<12}  {}",
                    p.name,
                    p.kind.code(),
                    p.aliases.join(", ")
                );
            }
            Ok(())
        }
        PartiesCmd::Add {
            name,
            kind,
            aliases,
            who,
        } => {
            let mut reg = open(db)?;
            let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
            let party = KnownParty::new(&name, kind, &aliases);
            let after = change(&mut reg, SettingsChange::AddParty(party), &who)?;
            let added = after
                .parties
                .entries()
                .last()
                .map_or(name, |p| p.name.clone());
            outln!("{added}: added");
            Ok(())
        }
        PartiesCmd::Remove { name, who } => {
            let mut reg = open_existing(db)?;
            change(&mut reg, SettingsChange::RemoveParty(name.clone()), &who)?;
            outln!("{name}: removed");
            Ok(())
        }
    }
}
