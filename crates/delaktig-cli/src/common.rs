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

/// Works out `work` for every item on all cores, and hands the results to `emit` one by one
/// in the items' order, as soon as each is ready (an archive of notes is restored in parallel
/// but printed, or imported, in the order given). Stops at the first error of `emit`; items
/// after it may have been worked out, but nothing of theirs is emitted.
pub fn in_order<I: Sync, T: Send>(
    items: &[I],
    work: impl Fn(&I) -> T + Sync,
    mut emit: impl FnMut(&I, T) -> Result,
) -> Result {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.iter().try_for_each(|item| emit(item, work(item)));
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, T)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, stop, work) = (&next, &stop, &work);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if tx.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut ready = std::collections::BTreeMap::new();
        let mut due = 0;
        let mut outcome = Ok(());
        for (i, result) in rx {
            ready.insert(i, result);
            while let Some(result) = ready.remove(&due) {
                if let Some(item) = items.get(due)
                    && outcome.is_ok()
                {
                    outcome = emit(item, result);
                }
                due += 1;
            }
            if outcome.is_err() {
                stop.store(true, Ordering::Relaxed);
                break;
            }
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_emits_every_result_in_the_items_order() {
        let items: Vec<u64> = (0..40).collect();
        let mut seen = Vec::new();
        // Later items finish first: the order must come from the items, not the threads.
        let work = |&i: &u64| {
            std::thread::sleep(std::time::Duration::from_millis((40 - i) % 7));
            i * i
        };
        in_order(&items, work, |&i, square| {
            assert_eq!(square, i * i);
            seen.push(i);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, items);
    }

    #[test]
    fn in_order_stops_at_the_first_failure() {
        let items: Vec<u32> = (0..100).collect();
        let mut seen = Vec::new();
        let outcome = in_order(
            &items,
            |&i| i,
            |&i, _| {
                if i == 10 {
                    return Err(CliError(format!("item {i} failed")));
                }
                seen.push(i);
                Ok(())
            },
        );
        assert_eq!(outcome.unwrap_err().0, "item 10 failed");
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
        // No items, one item.
        assert!(in_order(&[] as &[u32], |&i| i, |_, _| Err(CliError("x".into()))).is_ok());
        let mut one = Vec::new();
        in_order(
            &[7],
            |&i| i + 1,
            |_, r| {
                one.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(one, [8]);
    }
}
