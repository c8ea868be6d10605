//! `delaktig`: follow proposals from raised to done, from the command line.
//!
//! One module per command group; each exposes clap `Args`/`Subcommand` types and a `run`
//! function taking the parsed arguments. Only this crate knows about terminals.

mod common;
mod deviation;
mod meeting;
mod notes;
mod proposal;
mod report;
mod transfer;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Participatory development: follow every proposal, justify every no.
#[derive(Debug, Parser)]
#[command(name = "delaktig", version, about, long_about = None)]
struct Cli {
    /// The register file (created when a command writes to a new path).
    #[arg(
        long,
        global = true,
        env = "DELAKTIG_DB",
        default_value = "delaktig.db"
    )]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Raise, move, show and list proposals.
    #[command(subcommand)]
    Proposal(proposal::Cmd),
    /// Deviation reports on cooperation: add, move, confirm, list and the yearly report.
    #[command(subcommand)]
    Deviation(deviation::Cmd),
    /// List, show and publish meetings.
    #[command(subcommand)]
    Meeting(meeting::Cmd),
    /// The public follow-up report (Markdown, HTML or JSON).
    Report(report::Args),
    /// "Did we move up a notch?": raised, moved forward, stalled, closed in a month.
    Summary(report::SummaryArgs),
    /// Export the register as JSON to standard output.
    Export(transfer::ExportArgs),
    /// Import a JSON export into an empty register.
    Import(transfer::ImportArgs),
    /// Restore OCR-damaged Swedish notes (å, ä, ö, layout); text or --changes on stdout.
    Normalize(notes::NormalizeArgs),
    /// Restore and parse notes: meetings, attendees, proposals, actions, events, dates.
    Parse(notes::ParseArgs),
    /// Restore, parse and import notes into the register (internal until published).
    Ingest(notes::IngestArgs),
    /// Replace personal data (personnummer, phone, e-mail, addresses, names) with placeholders.
    Redact(notes::RedactArgs),
    /// Ingest the embedded sample of scanned notes and print the public follow-up report.
    Demo(notes::DemoArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Proposal(cmd) => proposal::run(&cli.db, cmd),
        Command::Deviation(cmd) => deviation::run(&cli.db, cmd),
        Command::Meeting(cmd) => meeting::run(&cli.db, cmd),
        Command::Report(args) => report::run(&cli.db, args),
        Command::Summary(args) => report::summary(&cli.db, args),
        Command::Export(args) => transfer::export(&cli.db, args),
        Command::Import(args) => transfer::import(&cli.db, args),
        Command::Normalize(args) => notes::normalize(args),
        Command::Parse(args) => notes::parse(args),
        Command::Ingest(args) => notes::ingest(&cli.db, args),
        Command::Redact(args) => notes::redact(args),
        Command::Demo(args) => notes::demo(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
