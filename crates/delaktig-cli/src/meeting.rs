//! `delaktig meeting …`: list and show imported meetings, and publish them after review.

use crate::common::{Result, actor, open, open_existing, outln, print_json};
use delaktig_core::{MeetingId, Role, Visibility};
use std::path::Path;

/// Meeting commands.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// List meetings.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one meeting with its attendees.
    Show {
        /// Meeting id (M-3 or 3).
        id: MeetingId,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Change who may see a meeting (imported notes are internal until reviewed).
    Publish {
        /// Meeting id.
        id: MeetingId,
        /// New visibility.
        #[arg(long, default_value = "public")]
        visibility: Visibility,
        /// Who acts (default: $DELAKTIG_USER or $USER).
        #[arg(long)]
        by: Option<String>,
        /// The role acted in.
        #[arg(long, default_value = "staff")]
        role: Role,
    },
}

/// Runs a meeting command.
pub fn run(db: &Path, cmd: Cmd) -> Result {
    match cmd {
        Cmd::List { json } => {
            let ms = open_existing(db)?.meetings()?;
            if json {
                return print_json(&ms);
            }
            for m in ms {
                let date = m.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
                outln!("{}\t{date}\t{}\t{}", m.id, m.visibility, m.title);
            }
            Ok(())
        }
        Cmd::Show { id, json } => {
            let m = open_existing(db)?.meeting(id)?;
            if json {
                return print_json(&m);
            }
            outln!("{} {}", m.id, m.title);
            for (k, v) in [("group", m.group.as_deref()), ("place", m.place.as_deref())] {
                if let Some(v) = v {
                    outln!("  {k}: {v}");
                }
            }
            if let Some(d) = m.date {
                outln!("  date: {d}");
            }
            outln!("  visibility: {}", m.visibility);
            for a in &m.attendees {
                match &a.organisation {
                    Some(o) => outln!("  - {}, {o}", a.name),
                    None => outln!("  - {}", a.name),
                }
            }
            Ok(())
        }
        Cmd::Publish {
            id,
            visibility,
            by,
            role,
        } => {
            open(db)?.set_meeting_visibility(id, visibility, &actor(by.as_deref(), role))?;
            outln!("{id}: now {visibility}");
            Ok(())
        }
    }
}
