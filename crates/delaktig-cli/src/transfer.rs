//! `delaktig export` and `delaktig import`: the register as JSON.
//!
//! Export is public-only unless asked otherwise; a full backup needs `--all`.

use crate::common::{CliError, Result, open, open_existing, outln};
use delaktig_core::NoFilter;
use delaktig_store::ExportScope;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Include internal items (not confidential ones).
    #[arg(long, conflicts_with = "all")]
    internal: bool,
    /// Include everything, confidential items too: a full backup that imports to the same state.
    #[arg(long)]
    all: bool,
}

/// `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The JSON export, or - for standard input.
    file: PathBuf,
}

/// Prints the export.
pub fn export(db: &Path, args: ExportArgs) -> Result {
    let scope = if args.all {
        ExportScope::All
    } else if args.internal {
        ExportScope::Internal
    } else {
        ExportScope::Public
    };
    // A public export is redacted; internal and full exports keep the texts as written.
    let json = if matches!(scope, ExportScope::Public) {
        open_existing(db)?.export_json(scope, &delaktig::public::RedactingFilter::default())?
    } else {
        open_existing(db)?.export_json(scope, &NoFilter)?
    };
    outln!("{json}");
    Ok(())
}

/// Imports an export into an empty register.
pub fn import(db: &Path, args: ImportArgs) -> Result {
    let json = if args.file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        std::fs::read_to_string(&args.file)
            .map_err(|e| CliError(format!("cannot read {}: {e}", args.file.display())))?
    };
    let sum = open(db)?.import_json(&json)?;
    outln!(
        "imported {} proposals ({} events) and {} meetings",
        sum.proposals,
        sum.events,
        sum.meetings
    );
    Ok(())
}
