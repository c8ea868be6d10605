//! `delaktig report` and `delaktig summary`: the public follow-up and the monthly notch.
//!
//! Free texts pass through a `TextFilter`; [`run_with_filter`] is where a personal-data
//! redactor plugs in.

use crate::common::{CliError, Result, open_existing, outln, parse_date, print_json, today};
use chrono::NaiveDate;
use delaktig_core::{Lang, ReportOptions, StalledPolicy, TextFilter};
use std::path::Path;

/// Output format of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown.
    Md,
    /// One self-contained HTML page.
    Html,
    /// Open-data JSON.
    Json,
}

/// `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// Language: sv (default) or en.
    #[arg(long, default_value = "sv")]
    lang: Lang,
    /// Only what happened since this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    since: Option<NaiveDate>,
    /// The report's date, for stalling (default: today).
    #[arg(long, value_parser = parse_date)]
    today: Option<NaiveDate>,
    /// Days without a state change before an open proposal counts as stalled.
    #[arg(long, default_value_t = 90)]
    stalled_days: u32,
    /// Meetings discussing a proposal without a state change before it counts as stalled.
    #[arg(long, default_value_t = 3)]
    stalled_meetings: u32,
}

/// Prints the public report without filtering texts.
pub fn run(db: &Path, args: Args) -> Result {
    run_with_filter(db, args, &delaktig::public::RedactingFilter::default())
}

/// Prints the public report with every free text passed through `filter`.
pub fn run_with_filter(db: &Path, args: Args, filter: &dyn TextFilter) -> Result {
    let reg = open_existing(db)?;
    let opts = ReportOptions {
        lang: args.lang,
        since: args.since,
        today: args.today.unwrap_or_else(today),
        stalled: StalledPolicy {
            no_change_days: args.stalled_days,
            discussed_meetings: args.stalled_meetings,
            ..StalledPolicy::default()
        },
    };
    let report = reg.report(&opts, filter)?;
    let out = match args.format {
        Format::Md => report.to_markdown(),
        Format::Html => report.to_html(),
        Format::Json => report.to_json(),
    };
    outln!("{}", out.trim_end());
    Ok(())
}

/// `summary`.
#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    /// Month as YYYY-MM (default: this month).
    #[arg(long)]
    month: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Prints the monthly summary.
pub fn summary(db: &Path, args: SummaryArgs) -> Result {
    let day = match &args.month {
        Some(m) => parse_date(&format!("{m}-01"))
            .map_err(|_| CliError(format!("\"{m}\" is not a month: write it as YYYY-MM")))?,
        None => today(),
    };
    let s = open_existing(db)?.monthly_summary(day, &StalledPolicy::default())?;
    if args.json {
        return print_json(&s);
    }
    outln!("{}-{:02}", s.year, s.month);
    outln!("raised:        {}", s.raised);
    outln!("moved forward: {}", s.moved_forward);
    outln!("stalled:       {}", s.stalled);
    outln!("closed:        {}", s.closed);
    Ok(())
}
