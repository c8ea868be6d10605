//! `delaktig deviation`: deviation reports on cooperation (avvikelser) — intake from a
//! template or free text, follow-up moves, category confirmation, listing and the yearly
//! report. Descriptions pass through the personal-data redactor before they are stored.

use crate::common::{CliError, Result, open, open_existing, outln, parse_date, print_json, today};
use chrono::{Datelike, NaiveDate};
use delaktig_deviation::{
    Actor, CategoryStatus, Command, DeviationError, DeviationId, FollowUpState, Intake, Lang,
    MoveSpec, PartyCatalog, ProposalRef, Settings,
};
use delaktig_store::StoreError;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `deviation` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record a deviation written on the template or as free text; prints its id and
    /// the suggested categories.
    Add {
        /// The text file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Who records it (default: $DELAKTIG_USER or $USER).
        #[arg(long)]
        by: Option<String>,
        /// The reporting unit, when the text does not name it (e.g. a free text).
        #[arg(long)]
        reporter: Option<String>,
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
        /// Who moves it.
        #[arg(long)]
        by: Option<String>,
        /// Date of the move, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_date)]
        at: Option<NaiveDate>,
    },
    /// Confirm suggested categories (or add categories) of a deviation.
    Confirm {
        /// Deviation id.
        id: DeviationId,
        /// Categories, by code or label (e.g. helhetssyn, "utebliven SIP").
        #[arg(required = true)]
        categories: Vec<String>,
        /// Who confirms.
        #[arg(long)]
        by: Option<String>,
        /// Date, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_date)]
        at: Option<NaiveDate>,
    },
    /// Record that an improvement proposal was raised from a deviation.
    Link {
        /// Deviation id.
        id: DeviationId,
        /// Proposal id, e.g. P-12.
        proposal: String,
        /// Who links it.
        #[arg(long)]
        by: Option<String>,
        /// Date, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = parse_date)]
        at: Option<NaiveDate>,
    },
    /// List deviations.
    List {
        /// Only deviations reported in this year.
        #[arg(long)]
        year: Option<i32>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Language of labels: sv (default) or en.
        #[arg(long, default_value = "sv")]
        lang: Lang,
    },
    /// The yearly report over the deviations reported in a year.
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
    },
}

/// Runs a `deviation` subcommand.
pub fn run(db: &Path, cmd: Cmd) -> Result {
    match cmd {
        Cmd::Add {
            file,
            by,
            reporter,
            date,
        } => add(db, file, by, reporter, date),
        Cmd::Move {
            id,
            to,
            why,
            by,
            at,
        } => {
            let mut reg = open_existing(db)?;
            let spec = MoveSpec::new(to, why.as_deref());
            let event = reg
                .move_deviation(
                    id,
                    Command::MoveTo(spec),
                    at.unwrap_or_else(today),
                    actor(by)?,
                )
                .map_err(with_hint)?;
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
            by,
            at,
        } => confirm(db, id, &categories, by, at),
        Cmd::Link {
            id,
            proposal,
            by,
            at,
        } => {
            let mut reg = open_existing(db)?;
            let p = ProposalRef::new(&proposal).map_err(|e| CliError(e.to_string()))?;
            reg.move_deviation(
                id,
                Command::LinkProposal(p),
                at.unwrap_or_else(today),
                actor(by)?,
            )?;
            outln!("{id}: {proposal}");
            Ok(())
        }
        Cmd::List { year, json, lang } => list(db, year, json, lang),
        Cmd::Report {
            year,
            format,
            lang,
            as_of,
        } => {
            let reg = open_existing(db)?;
            let end = NaiveDate::from_ymd_opt(year, 12, 31)
                .ok_or_else(|| CliError(format!("{year} is not a year delaktig can report on")))?;
            let as_of = as_of.unwrap_or_else(|| end.min(today()));
            let report = reg.deviation_report(year, lang, as_of)?;
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
    }
}

/// Points at the flag that supplies a missing outcome or justification.
fn with_hint(e: StoreError) -> CliError {
    match &e {
        StoreError::Deviation(
            DeviationError::Outcome { .. } | DeviationError::Justification { .. },
        ) => CliError(format!("{e} (give it with --why)")),
        _ => e.into(),
    }
}

fn actor(by: Option<String>) -> Result<Actor> {
    let name = by
        .or_else(|| std::env::var("DELAKTIG_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "okänd".into());
    Actor::new(&name).map_err(|e| CliError(format!("{e} (give a name with --by)")))
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
    by: Option<String>,
    reporter: Option<String>,
    date: Option<NaiveDate>,
) -> Result {
    let text = read_input(file)?;
    let day = date.unwrap_or_else(today);
    let mut draft = Intake::default().parse(&text, day);
    if let Some(r) = reporter.as_deref() {
        draft.reporting_party = Some(PartyCatalog::default().normalise(r).ok_or_else(|| {
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
    let by = actor(by)?;
    let mut reg = open(db)?;
    let id = reg.add_deviation(record, by, day)?;
    outln!("{id}");
    let d = reg.deviation(id)?;
    let catalog = &Settings::default().categories;
    for mark in d.categories() {
        let label = catalog
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

fn confirm(
    db: &Path,
    id: DeviationId,
    written: &[String],
    by: Option<String>,
    at: Option<NaiveDate>,
) -> Result {
    let settings = Settings::default();
    let mut codes = Vec::new();
    for w in written {
        let c = settings.categories.lookup(w).ok_or_else(|| {
            let known: Vec<&str> = settings
                .categories
                .categories()
                .iter()
                .map(|c| c.code.as_str())
                .collect();
            CliError(format!(
                "unknown category \"{w}\": use one of {}",
                known.join(", ")
            ))
        })?;
        codes.push(c.code.clone());
    }
    let by = actor(by)?;
    let at = at.unwrap_or_else(today);
    let mut reg = open_existing(db)?;
    reg.batch(|b| confirm_all(b, id, codes, at, &by))?;
    outln!("{id}: {}", written.join(", "));
    Ok(())
}

fn confirm_all(
    b: &mut delaktig_store::Batch<'_>,
    id: DeviationId,
    codes: Vec<delaktig_deviation::CategoryCode>,
    at: NaiveDate,
    by: &Actor,
) -> delaktig_store::Result<()> {
    for code in codes {
        // A suggested category is confirmed; one not on the deviation yet is added.
        let present = b
            .deviation(id)?
            .categories()
            .iter()
            .find(|m| m.code == code)
            .map(|m| m.status);
        let command = match present {
            Some(CategoryStatus::Confirmed) => continue,
            Some(CategoryStatus::Suggested) => Command::ConfirmCategory(code),
            None => Command::AddCategory(code),
        };
        b.deviation_command(id, command, at, by.clone())?;
    }
    Ok(())
}

fn list(db: &Path, year: Option<i32>, json: bool, lang: Lang) -> Result {
    let reg = open_existing(db)?;
    let catalog = &Settings::default().categories;
    let rows: Vec<_> = reg
        .deviations()?
        .iter()
        .filter(|d| year.is_none_or(|y| d.record().report_date.year() == y))
        .map(|d| d.summary(catalog, lang))
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
            "{}  {}  {:<12}  {} → {}  [{}]",
            r.id,
            r.report_date,
            r.state.code(),
            r.reporting_party,
            r.involved.join(", "),
            cats.join(", ")
        );
    }
    Ok(())
}
