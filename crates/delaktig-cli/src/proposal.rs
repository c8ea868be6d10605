//! `delaktig proposal …`: raise, move, comment, discuss, follow up, show and list.

use crate::common::{Result, actor, open, open_existing, outln, parse_date, print_json, today};
use chrono::NaiveDate;
use delaktig_core::{
    Command, Event, EventKind, Lang, MeetingId, MoveSpec, NewProposal, Origin, Progress, Proposal,
    ProposalId, Request, Role, StallReason, StalledPolicy, State, Visibility, WithdrawalReason,
};
use delaktig_store::{ListFilter, Register};
use std::path::Path;

/// Proposal commands.
#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Raise a new proposal; prints its id.
    Add(AddArgs),
    /// Move a proposal to another state.
    Move(MoveArgs),
    /// Show one proposal with its full history.
    Show(ShowArgs),
    /// List proposals.
    List(ListArgs),
    /// Comment on a proposal.
    Comment(CommentArgs),
    /// Record that a proposal was discussed at a meeting (no state change).
    Discuss(DiscussArgs),
    /// Add a milestone to an accepted proposal, or mark one done.
    Milestone(MilestoneArgs),
    /// Set the progress of an accepted proposal.
    Progress(ProgressArgs),
    /// Change who may see a proposal (e.g. publish after review).
    Publish(PublishArgs),
    /// Set the unit or person responsible for a proposal.
    Assign(AssignArgs),
    /// Follow a proposal (get named as one who wants to know what happens).
    Follow(FollowArgs),
    /// Tag a proposal.
    Tag(TagArgs),
}

/// `proposal assign`.
#[derive(Debug, clap::Args)]
pub struct AssignArgs {
    /// Proposal id.
    id: ProposalId,
    /// The responsible unit or person.
    #[arg(long)]
    responsible: String,
    #[command(flatten)]
    who: Who,
}

/// `proposal follow`.
#[derive(Debug, clap::Args)]
pub struct FollowArgs {
    /// Proposal id.
    id: ProposalId,
    /// Who follows it.
    #[arg(long)]
    follower: String,
    #[command(flatten)]
    who: Who,
}

/// `proposal tag`.
#[derive(Debug, clap::Args)]
pub struct TagArgs {
    /// Proposal id.
    id: ProposalId,
    /// The tag.
    #[arg(long)]
    tag: String,
    #[command(flatten)]
    who: Who,
}

/// Who acts, and when.
#[derive(Debug, clap::Args)]
pub struct Who {
    /// Who acts (default: $DELAKTIG_USER or $USER).
    #[arg(long)]
    by: Option<String>,
    /// The role acted in: staff, user_representative, proposer, member.
    #[arg(long, default_value = "staff")]
    role: Role,
    /// Date of the act (default: today).
    #[arg(long, value_parser = parse_date)]
    at: Option<NaiveDate>,
}

impl Who {
    fn request(&self, command: Command) -> Request {
        Request::new(
            actor(self.by.as_deref(), self.role),
            self.at.unwrap_or_else(today),
            command,
        )
    }
}

/// `proposal add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Short title.
    #[arg(long)]
    title: String,
    /// Longer description.
    #[arg(long)]
    description: Option<String>,
    /// Group it was raised in.
    #[arg(long)]
    group: Option<String>,
    /// Person who raised it.
    #[arg(long)]
    by: Option<String>,
    /// Organisation that raised it.
    #[arg(long)]
    org: Option<String>,
    /// Unit or person responsible.
    #[arg(long)]
    responsible: Option<String>,
    /// Role of the one who raises it.
    #[arg(long, default_value = "member")]
    role: Role,
    /// Who may see it: public, internal, confidential.
    #[arg(long, default_value = "public")]
    visibility: Visibility,
    /// Date raised (default: today).
    #[arg(long, value_parser = parse_date)]
    at: Option<NaiveDate>,
}

/// `proposal move`.
#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    /// Proposal id (P-12 or 12).
    id: ProposalId,
    /// Target state code: under_review, accepted, in_progress, implemented, rejected, parked, withdrawn, merged, …
    #[arg(long)]
    to: State,
    /// Justification (rejected, parked, withdrawn, merged, reopening, accepted --partly), outcome (implemented) or note.
    #[arg(long)]
    why: Option<String>,
    /// Revisit date for parked.
    #[arg(long, value_parser = parse_date)]
    revisit: Option<NaiveDate>,
    /// Withdrawal reason: duplicate, solved_otherwise, no_longer_relevant, other.
    #[arg(long)]
    reason: Option<WithdrawalReason>,
    /// Proposal a merged proposal joins.
    #[arg(long)]
    into: Option<ProposalId>,
    /// With --to accepted: accepted only in part; --why then says what will not be carried
    /// out and why (a justification, as for a rejection).
    #[arg(long)]
    partly: bool,
    /// Visibility of this history entry (default: the proposal's).
    #[arg(long)]
    visibility: Option<Visibility>,
    #[command(flatten)]
    who: Who,
}

/// `proposal show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// Proposal id.
    id: ProposalId,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Language of labels: sv, en.
    #[arg(long, default_value = "sv")]
    lang: Lang,
}

/// `proposal list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this state.
    #[arg(long)]
    state: Option<State>,
    /// Only stalled proposals (default policy: 90 days, 3 meetings, 365 days undecided).
    #[arg(long)]
    stalled: bool,
    /// Only public proposals.
    #[arg(long)]
    public: bool,
    /// Date the stalled query is judged on (default: today).
    #[arg(long, value_parser = parse_date)]
    today: Option<NaiveDate>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `proposal comment`.
#[derive(Debug, clap::Args)]
pub struct CommentArgs {
    /// Proposal id.
    id: ProposalId,
    /// The comment.
    #[arg(long)]
    text: String,
    /// Visibility of the comment (default: the proposal's).
    #[arg(long)]
    visibility: Option<Visibility>,
    #[command(flatten)]
    who: Who,
}

/// `proposal discuss`.
#[derive(Debug, clap::Args)]
pub struct DiscussArgs {
    /// Proposal id.
    id: ProposalId,
    /// Meeting id (M-3).
    #[arg(long)]
    meeting: Option<MeetingId>,
    /// What was said.
    #[arg(long)]
    note: Option<String>,
    #[command(flatten)]
    who: Who,
}

/// `proposal milestone`.
#[derive(Debug, clap::Args)]
pub struct MilestoneArgs {
    /// Proposal id.
    id: ProposalId,
    /// Title of a new milestone.
    #[arg(long, conflicts_with = "done")]
    title: Option<String>,
    /// Due date of the new milestone.
    #[arg(long, value_parser = parse_date, requires = "title")]
    due: Option<NaiveDate>,
    /// Mark milestone N done (numbered from 1, as `show` lists them).
    #[arg(long)]
    done: Option<usize>,
    #[command(flatten)]
    who: Who,
}

/// `proposal progress`.
#[derive(Debug, clap::Args)]
pub struct ProgressArgs {
    /// Proposal id.
    id: ProposalId,
    /// Percentage, 0–100.
    #[arg(long)]
    percent: u8,
    #[command(flatten)]
    who: Who,
}

/// `proposal publish`.
#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    /// Proposal id.
    id: ProposalId,
    /// New visibility.
    #[arg(long, default_value = "public")]
    visibility: Visibility,
    #[command(flatten)]
    who: Who,
}

/// Runs a proposal command.
pub fn run(db: &Path, cmd: Cmd) -> Result {
    match cmd {
        Cmd::Add(a) => add(db, a),
        Cmd::Move(a) => {
            let spec = MoveSpec {
                to: Some(a.to),
                text: a.why,
                revisit: a.revisit,
                reason: a.reason,
                merged_into: a.into,
                partly: a.partly,
            };
            let mut req = a.who.request(Command::MoveTo(spec));
            req.visibility = a.visibility;
            let event = open(db)?.execute(a.id, req)?;
            if let (Some(from), Some(to)) = (event.from_state(), event.to_state()) {
                outln!("{}: {from} -> {to}", a.id);
            }
            Ok(())
        }
        Cmd::Show(a) => show(db, a),
        Cmd::List(a) => list(db, a),
        Cmd::Comment(a) => {
            let mut req = a.who.request(Command::Comment { text: a.text });
            req.visibility = a.visibility;
            open(db)?.execute(a.id, req)?;
            outln!("{}: comment recorded", a.id);
            Ok(())
        }
        Cmd::Discuss(a) => {
            let req = a.who.request(Command::Discuss {
                meeting: a.meeting,
                note: a.note,
            });
            open(db)?.execute(a.id, req)?;
            outln!("{}: discussion recorded", a.id);
            Ok(())
        }
        Cmd::Milestone(a) => {
            let command = match (a.title, a.done) {
                (Some(title), _) => Command::AddMilestone { title, due: a.due },
                (None, Some(n)) if n >= 1 => Command::CompleteMilestone { index: n - 1 },
                _ => {
                    return Err(crate::common::CliError(
                        "give --title for a new milestone, or --done N (from 1) to complete one"
                            .into(),
                    ));
                }
            };
            open(db)?.execute(a.id, a.who.request(command))?;
            outln!("{}: milestone recorded", a.id);
            Ok(())
        }
        Cmd::Progress(a) => {
            let p = Progress::try_from(a.percent).map_err(crate::common::CliError)?;
            open(db)?.execute(a.id, a.who.request(Command::SetProgress(p)))?;
            outln!("{}: progress {}%", a.id, p.get());
            Ok(())
        }
        Cmd::Assign(a) => {
            let req = a
                .who
                .request(Command::SetResponsible(a.responsible.clone()));
            open(db)?.execute(a.id, req)?;
            outln!("{}: responsible {}", a.id, a.responsible.trim());
            Ok(())
        }
        Cmd::Follow(a) => {
            open(db)?.execute(a.id, a.who.request(Command::Follow(a.follower)))?;
            outln!("{}: follower added", a.id);
            Ok(())
        }
        Cmd::Tag(a) => {
            open(db)?.execute(a.id, a.who.request(Command::Tag(a.tag)))?;
            outln!("{}: tag added", a.id);
            Ok(())
        }
        Cmd::Publish(a) => {
            open(db)?.execute(a.id, a.who.request(Command::SetVisibility(a.visibility)))?;
            outln!("{}: now {}", a.id, a.visibility);
            Ok(())
        }
    }
}

fn add(db: &Path, a: AddArgs) -> Result {
    let raiser = a.by.as_deref().or(a.org.as_deref());
    let draft = NewProposal {
        title: a.title,
        description: a.description,
        origin: Origin {
            group: a.group,
            raised_by: a.by.clone(),
            organisation: a.org.clone(),
            ..Origin::default()
        },
        responsible: a.responsible,
        tags: Vec::new(),
        visibility: a.visibility,
    };
    let who = actor(raiser, a.role);
    let id = open(db)?.raise(draft, &who, a.at.unwrap_or_else(today))?;
    outln!("{id}");
    Ok(())
}

fn show(db: &Path, a: ShowArgs) -> Result {
    let p = open_existing(db)?.proposal(a.id)?;
    if a.json {
        return print_json(&p);
    }
    crate::common::write_out(format_args!("{}", render(&p, a.lang)));
    Ok(())
}

/// The human-readable view of a proposal, with every event (the CLI is an internal tool).
fn render(p: &Proposal, l: Lang) -> String {
    let mut s = format!("{} {}\n", p.id(), p.title());
    s += &format!(
        "  state:       {} ({}) since {}\n",
        p.state().label(l),
        p.state(),
        p.state_since()
    );
    s += &format!("  raised:      {}\n", p.created());
    s += &format!("  visibility:  {}\n", p.visibility());
    let o = p.origin();
    for (k, v) in [
        ("raised by", o.raised_by.as_deref()),
        ("organisation", o.organisation.as_deref()),
        ("group", o.group.as_deref()),
        ("responsible", p.responsible()),
    ] {
        if let Some(v) = v {
            s += &format!("  {:<12} {v}\n", format!("{k}:"));
        }
    }
    if !p.followers().is_empty() {
        s += &format!("  followers:   {}\n", p.followers().join(", "));
    }
    if !p.tags().is_empty() {
        s += &format!("  tags:        {}\n", p.tags().join(", "));
    }
    if let Some(m) = o.meeting {
        s += &format!("  meeting:     {m}\n");
    }
    if let Some(t) = p.current_text() {
        s += &format!("  why/outcome: {t}\n");
    }
    if let Some(x) = p.progress() {
        s += &format!("  progress:    {}%\n", x.get());
    }
    if let Some(d) = p.description() {
        s += &format!("\n  {d}\n");
    }
    if !p.milestones().is_empty() {
        s += "\nmilestones:\n";
        for (i, m) in p.milestones().iter().enumerate() {
            let due = m.due.map(|d| format!(" (due {d})")).unwrap_or_default();
            let done = m.done.map(|d| format!(" done {d}")).unwrap_or_default();
            s += &format!("  {}. {}{due}{done}\n", i + 1, m.title);
        }
    }
    s += "\nhistory:\n";
    for e in p.events() {
        s += &format!("  {}\n", event_line(e, l));
    }
    s
}

fn event_line(e: &Event, l: Lang) -> String {
    let what = match &e.change {
        EventKind::Raised(_) => "raised".to_owned(),
        EventKind::Moved(t) => {
            let mut w = format!("{} -> {}", t.from().label(l), t.to().label(l));
            if let Some(r) = t.reason() {
                w += &format!(" [{}]", r.label(l));
            }
            if let Some(into) = t.merged_into() {
                w += &format!(" into {into}");
            }
            if let Some(d) = t.revisit() {
                w += &format!(" (revisit {d})");
            }
            if let Some(x) = t.text() {
                w += &format!(": {x}");
            }
            w
        }
        EventKind::Commented { text } => format!("comment: {text}"),
        EventKind::Discussed { meeting, note } => {
            let m = meeting.map(|m| format!(" at {m}")).unwrap_or_default();
            let n = note
                .as_deref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default();
            format!("discussed{m}{n}")
        }
        EventKind::MilestoneAdded { title, due } => {
            let d = due.map(|d| format!(" (due {d})")).unwrap_or_default();
            format!("milestone added: {title}{d}")
        }
        EventKind::MilestoneDone { index } => format!("milestone {} done", index + 1),
        EventKind::ProgressSet { percent } => format!("progress {}%", percent.get()),
        EventKind::ResponsibleSet { responsible } => format!("responsible: {responsible}"),
        EventKind::VisibilitySet { visibility } => format!("visibility set to {visibility}"),
        EventKind::Followed { who } => format!("followed by {who}"),
        EventKind::Tagged { tag } => format!("tagged {tag}"),
    };
    let vis = if e.visibility.is_public() {
        String::new()
    } else {
        format!(" [{}]", e.visibility)
    };
    format!("{}  {} ({}){vis}  {what}", e.at, e.by.name, e.by.role)
}

fn reason_text(r: &StallReason) -> String {
    match r {
        StallReason::NoChange { days } => format!("no change for {days} days"),
        StallReason::DiscussedWithoutChange { meetings } => {
            format!("discussed at {meetings} meetings without change")
        }
        StallReason::Undecided { days } => format!("undecided after {days} days"),
    }
}

fn list(db: &Path, a: ListArgs) -> Result {
    let reg: Register = open_existing(db)?;
    let filter = ListFilter {
        state: a.state,
        visibility: a.public.then_some(Visibility::Public),
    };
    if a.stalled {
        let today = a.today.unwrap_or_else(today);
        let rows: Vec<_> = reg
            .stalled(&StalledPolicy::default(), today)?
            .into_iter()
            .filter(|s| filter.state.is_none_or(|st| s.proposal.state == st))
            .filter(|s| !a.public || s.proposal.visibility.is_public())
            .collect();
        if a.json {
            return print_json(&rows);
        }
        for s in rows {
            let p = &s.proposal;
            let why: Vec<String> = s.reasons.iter().map(reason_text).collect();
            outln!(
                "{}\t{}\t{}\t{}\t{}",
                p.id,
                p.state,
                p.state_since,
                p.title,
                why.join(", ")
            );
        }
        return Ok(());
    }
    let rows = reg.list(&filter)?;
    if a.json {
        return print_json(&rows);
    }
    for p in rows {
        outln!("{}\t{}\t{}\t{}", p.id, p.state, p.state_since, p.title);
    }
    Ok(())
}
