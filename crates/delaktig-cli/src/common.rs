//! What every command group shares: the error type, opening the register, dates, actors.

use chrono::NaiveDate;
use delaktig_core::{Actor, DomainError, Role};
use delaktig_store::{Register, StoreError};
use std::fmt;
use std::path::Path;

/// A command's failure, as printed on stderr.
#[derive(Debug)]
pub struct CliError(pub String);

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        // Point at the flag that supplies what is missing.
        let hint = match &e {
            StoreError::Domain(DomainError::Justification { .. })
            | StoreError::Domain(DomainError::ReopenNeedsJustification { .. }) => {
                " (give it with --why)"
            }
            StoreError::Domain(DomainError::Outcome { .. }) => " (give it with --why)",
            StoreError::Domain(DomainError::MergeNeedsTarget { .. }) => " (give it with --into)",
            StoreError::Domain(DomainError::NotPermitted { .. }) => {
                " (act in another role with --role)"
            }
            _ => "",
        };
        CliError(format!("{e}{hint}"))
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError(e.to_string())
    }
}

/// Result of a command.
pub type Result<T = ()> = std::result::Result<T, CliError>;

/// Opens the register, creating it if needed (for commands that write).
pub fn open(db: &Path) -> Result<Register> {
    Ok(Register::open(db)?)
}

/// Opens an existing register (for commands that only read).
pub fn open_existing(db: &Path) -> Result<Register> {
    Register::open_existing(db).map_err(|e| match e {
        StoreError::Io { .. } => CliError(format!(
            "there is no register at {}; create one with `delaktig proposal add` or `delaktig import`, or point --db at one",
            db.display()
        )),
        other => other.into(),
    })
}

/// Today's date in local time.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Parses YYYY-MM-DD for clap.
pub fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14"))
}

/// The actor from `--by` and `--role`; the name defaults as in [`actor_name`].
pub fn actor(by: Option<&str>, role: Role) -> Actor {
    Actor::new(&actor_name(by), role)
}

/// The name given with `--by`, else $DELAKTIG_USER, else $USER, else "okänd".
pub fn actor_name(by: Option<&str>) -> String {
    by.map(str::to_owned)
        .or_else(|| std::env::var("DELAKTIG_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "okänd".into())
}

/// Writes JSON to stdout, streamed (a long change list is never held as one string). A
/// closed pipe ends the program quietly, as with [`write_out`].
pub fn print_json<T: serde::Serialize>(value: &T) -> Result {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(CliError(format!("cannot write the output: {e}"))),
    }
}

/// Writes to stdout; a closed pipe (`delaktig report | head`) ends the program quietly
/// instead of panicking, as the reader has all it wanted.
pub fn write_out(args: fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write the output: {e}");
        std::process::exit(1);
    }
}

/// `println!` through [`write_out`].
macro_rules! outln {
    ($($t:tt)*) => {
        $crate::common::write_out(format_args!("{}\n", format_args!($($t)*)))
    };
}
pub(crate) use outln;
