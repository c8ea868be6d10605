//! Public follow-up reports: Markdown, one self-contained HTML page, and open-data JSON.
//!
//! A report is first built as data ([`PublicReport`]) from public items only, with every
//! free text passed through a [`TextFilter`] (the integrator plugs in a personal-data
//! redactor); the three renderings are views of that one value, so none can leak more.
//!
//! # Open-data JSON
//! `PublicReport` serialises to the documented JSON: `format` ("delaktig-public-report"),
//! `version` (1), `lang`, `generated` (date), `since` (date or null), `total`, `counts`
//! (per state: `state` code, `label`, `count`), `proposals` (see [`PublicProposal`]),
//! `stalled` (see [`StalledEntry`]) and `recent` (state changes since `since`, see
//! [`RecentEntry`]). Dates are `YYYY-MM-DD`; state codes are stable, labels follow `lang`.

use crate::follow::{StallFacts, StallReason, StalledPolicy};
use crate::id::ProposalId;
use crate::proposal::{Event, EventKind, Milestone, Proposal};
use crate::state::{Lang, State};
use crate::transition::Transition;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt::Write as _;

/// A filter applied to every free text before it enters a public report.
pub trait TextFilter {
    /// Returns the text as it may be published.
    fn filter<'a>(&self, text: &'a str) -> Cow<'a, str>;
}

/// The identity filter: publishes texts as written.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoFilter;

impl TextFilter for NoFilter {
    fn filter<'a>(&self, text: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(text)
    }
}

/// What a report covers and how it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// Language.
    pub lang: Lang,
    /// Only proposals with public events on or after this date, and the changes since then.
    pub since: Option<NaiveDate>,
    /// The date the report is made (for stalling and "generated").
    pub today: NaiveDate,
    /// When a proposal counts as stalled.
    pub stalled: StalledPolicy,
}

impl ReportOptions {
    /// Swedish, everything, default stalling policy.
    pub fn new(today: NaiveDate) -> ReportOptions {
        ReportOptions {
            lang: Lang::Sv,
            since: None,
            today,
            stalled: StalledPolicy::default(),
        }
    }
}

/// Number of public proposals in one state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateCount {
    /// State code.
    pub state: State,
    /// State label in the report's language.
    pub label: String,
    /// Number of public proposals in it.
    pub count: usize,
}

/// One line of a proposal's public timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// Date.
    pub date: NaiveDate,
    /// Event kind code: raised, moved, commented, discussed, milestone_added, …
    pub kind: String,
    /// State before (state changes only).
    pub from: Option<State>,
    /// State after (raising and state changes).
    pub to: Option<State>,
    /// What happened, in the report's language.
    pub summary: String,
    /// Justification, outcome, comment or note, filtered.
    pub text: Option<String>,
}

/// One proposal as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicProposal {
    /// Id number (12 for the proposal shown as "P-12").
    pub id: ProposalId,
    /// Title, filtered.
    pub title: String,
    /// Description, filtered.
    pub description: Option<String>,
    /// Group it was raised in.
    pub group: Option<String>,
    /// Organisation that raised it, filtered.
    pub organisation: Option<String>,
    /// State code.
    pub state: State,
    /// State label ("Delvis beslutad – resten genomförs inte" for a proposal accepted in
    /// part).
    pub state_label: String,
    /// Accepted only in part: `justification` says what will not be carried out and why.
    /// Left out of the JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partly: bool,
    /// Date the current state began.
    pub since: NaiveDate,
    /// Date raised.
    pub created: NaiveDate,
    /// Responsible unit or person, filtered.
    pub responsible: Option<String>,
    /// Justification of the current state (rejected, accepted in part, parked, withdrawn,
    /// merged, reopened), filtered.
    pub justification: Option<String>,
    /// The current state has a justification that is not public (the move into it was
    /// recorded internal, as moves from notes imported before review are): the report says
    /// a reason exists rather than showing a "no" without one.
    #[serde(default)]
    pub justification_withheld: bool,
    /// Outcome summary (implemented), filtered.
    pub outcome: Option<String>,
    /// Revisit date (parked).
    pub revisit: Option<NaiveDate>,
    /// Proposal it joined (merged).
    pub merged_into: Option<ProposalId>,
    /// Progress percentage (after acceptance).
    pub progress: Option<u8>,
    /// Milestones, titles filtered.
    pub milestones: Vec<Milestone>,
    /// Public timeline, oldest first.
    pub timeline: Vec<TimelineEntry>,
}

/// A stalled public proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StalledEntry {
    /// Id.
    pub id: ProposalId,
    /// Title, filtered.
    pub title: String,
    /// State code.
    pub state: State,
    /// Date the current state began.
    pub since: NaiveDate,
    /// Why it counts as stalled.
    pub reasons: Vec<StallReason>,
    /// The reasons in words.
    pub reason_text: Vec<String>,
}

/// A public state change since the report's `since` date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentEntry {
    /// Proposal.
    pub id: ProposalId,
    /// Its title, filtered.
    pub title: String,
    /// Date.
    pub date: NaiveDate,
    /// State before (none for a newly raised proposal).
    pub from: Option<State>,
    /// State after.
    pub to: State,
    /// Justification or outcome, filtered.
    pub text: Option<String>,
}

/// A public follow-up report, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicReport {
    /// Always "delaktig-public-report".
    pub format: String,
    /// Format version, 1.
    pub version: u32,
    /// Language of labels.
    pub lang: Lang,
    /// Date made.
    pub generated: NaiveDate,
    /// Start of the "since" window, if any.
    pub since: Option<NaiveDate>,
    /// Number of public proposals.
    pub total: usize,
    /// Public proposals per state, every state listed.
    pub counts: Vec<StateCount>,
    /// The public proposals (with activity since `since`, if given), by id.
    pub proposals: Vec<PublicProposal>,
    /// Stalled public proposals, longest-quiet first.
    pub stalled: Vec<StalledEntry>,
    /// Public state changes since `since` (empty without `since`), oldest first.
    pub recent: Vec<RecentEntry>,
}

fn f(filter: &dyn TextFilter, s: &str) -> String {
    filter.filter(s).into_owned()
}

impl PublicReport {
    /// Builds the report from `proposals`; only public proposals and public events are used.
    pub fn build<'a>(
        proposals: impl IntoIterator<Item = &'a Proposal>,
        opts: &ReportOptions,
        filter: &dyn TextFilter,
    ) -> PublicReport {
        let lang = opts.lang;
        let mut counts = [0usize; State::ALL.len()];
        let mut total = 0;
        let mut out = Vec::new();
        let mut stalled = Vec::new();
        let mut recent = Vec::new();
        for p in proposals {
            if !p.visibility().is_public() {
                continue;
            }
            total += 1;
            if let Some(c) = State::ALL
                .iter()
                .position(|s| *s == p.state())
                .and_then(|i| counts.get_mut(i))
            {
                *c += 1;
            }
            let reasons = opts.stalled.reasons(&StallFacts::of(p), opts.today);
            if !reasons.is_empty() {
                stalled.push(StalledEntry {
                    id: p.id(),
                    title: f(filter, p.title()),
                    state: p.state(),
                    since: p.state_since(),
                    reason_text: reasons.iter().map(|r| stall_text(r, lang)).collect(),
                    reasons,
                });
            }
            if let Some(since) = opts.since {
                for e in p.public_events().filter(|e| e.at >= since) {
                    if let Some(to) = e.to_state() {
                        recent.push(RecentEntry {
                            id: p.id(),
                            title: f(filter, p.title()),
                            date: e.at,
                            from: e.from_state(),
                            to,
                            text: e.transition().and_then(|t| t.text()).map(|t| f(filter, t)),
                        });
                    }
                }
                if !p.public_events().any(|e| e.at >= since) {
                    continue;
                }
            }
            out.push(public_proposal(p, lang, filter));
        }
        out.sort_by_key(|p| p.id);
        stalled.sort_by_key(|s| (s.since, s.id));
        recent.sort_by_key(|r| (r.date, r.id));
        PublicReport {
            format: "delaktig-public-report".into(),
            version: 1,
            lang,
            generated: opts.today,
            since: opts.since,
            total,
            counts: State::ALL
                .iter()
                .zip(counts)
                .map(|(s, count)| StateCount {
                    state: *s,
                    label: s.label(lang).into(),
                    count,
                })
                .collect(),
            proposals: out,
            stalled,
            recent,
        }
    }

    /// The open-data JSON (pretty-printed).
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail; an empty object is a safe
        // fallback rather than a panic.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }

    /// The report in Markdown.
    pub fn to_markdown(&self) -> String {
        let l = self.lang;
        let mut s = String::new();
        let _ = writeln!(s, "# {}\n", t(l, "title"));
        let _ = writeln!(s, "{}: {}", t(l, "generated"), self.generated);
        if let Some(since) = self.since {
            let _ = writeln!(s, "\n{}: {}", t(l, "since"), since);
        }
        let _ = writeln!(s, "\n## {}\n", t(l, "summary"));
        let _ = writeln!(s, "| {} | {} |\n|---|---:|", t(l, "state"), t(l, "count"));
        for c in &self.counts {
            let _ = writeln!(s, "| {} | {} |", md(&c.label), c.count);
        }
        let _ = writeln!(s, "| **{}** | **{}** |", t(l, "total"), self.total);
        if self.since.is_some() {
            let _ = writeln!(s, "\n## {}\n", t(l, "recent"));
            if self.recent.is_empty() {
                let _ = writeln!(s, "{}", t(l, "none"));
            }
            for r in &self.recent {
                let _ = write!(
                    s,
                    "- {} {} {}: {}",
                    r.date,
                    r.id,
                    md(&r.title),
                    r.to.label(l)
                );
                if let Some(x) = &r.text {
                    let _ = write!(s, " — {}", md(x));
                }
                s.push('\n');
            }
        }
        let _ = writeln!(s, "\n## {}\n", t(l, "stalled"));
        if self.stalled.is_empty() {
            let _ = writeln!(s, "{}", t(l, "none"));
        }
        for e in &self.stalled {
            let _ = writeln!(
                s,
                "- {} {} ({}, {} {}): {}",
                e.id,
                md(&e.title),
                e.state.label(l),
                t(l, "since_short"),
                e.since,
                md(&e.reason_text.join("; "))
            );
        }
        let _ = writeln!(s, "\n## {}\n", t(l, "proposals"));
        for p in &self.proposals {
            let _ = writeln!(s, "### {} {}\n", p.id, md(&p.title));
            let _ = writeln!(
                s,
                "- {}: **{}** {} {}",
                t(l, "state"),
                md(&p.state_label),
                t(l, "since_short"),
                p.since
            );
            for (k, v) in fields(p, l) {
                let _ = writeln!(s, "- {}: {}", k, md(&v));
            }
            if let Some(d) = &p.description {
                let _ = writeln!(s, "\n{}", md(d));
            }
            if !p.timeline.is_empty() {
                let _ = writeln!(s, "\n{}:\n", t(l, "timeline"));
                for e in &p.timeline {
                    let _ = write!(s, "- {} {}", e.date, md(&e.summary));
                    if let Some(x) = &e.text {
                        let _ = write!(s, ": {}", md(x));
                    }
                    s.push('\n');
                }
            }
            s.push('\n');
        }
        s
    }

    /// The report as one self-contained HTML page, readable on a phone.
    pub fn to_html(&self) -> String {
        let l = self.lang;
        let mut s = String::new();
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
            l.code(),
            esc(t(l, "title")),
            CSS
        );
        let _ = writeln!(s, "<h1>{}</h1>", esc(t(l, "title")));
        let _ = writeln!(
            s,
            "<p class=\"meta\">{}: {}</p>",
            esc(t(l, "generated")),
            self.generated
        );
        let _ = writeln!(s, "<h2>{}</h2>\n<table>", esc(t(l, "summary")));
        let _ = writeln!(
            s,
            "<tr><th>{}</th><th>{}</th></tr>",
            esc(t(l, "state")),
            esc(t(l, "count"))
        );
        for c in &self.counts {
            let _ = writeln!(s, "<tr><td>{}</td><td>{}</td></tr>", esc(&c.label), c.count);
        }
        let _ = writeln!(
            s,
            "<tr><th>{}</th><th>{}</th></tr>\n</table>",
            esc(t(l, "total")),
            self.total
        );
        if let Some(since) = self.since {
            let _ = writeln!(s, "<h2>{} {}</h2>\n<ul>", esc(t(l, "recent")), since);
            for r in &self.recent {
                let _ = write!(
                    s,
                    "<li>{} <a href=\"#{}\">{}</a> {}: {}",
                    r.date,
                    r.id,
                    r.id,
                    esc(&r.title),
                    esc(r.to.label(l))
                );
                if let Some(x) = &r.text {
                    let _ = write!(s, " — {}", esc(x));
                }
                s.push_str("</li>\n");
            }
            s.push_str("</ul>\n");
        }
        let _ = writeln!(s, "<h2>{}</h2>", esc(t(l, "stalled")));
        if self.stalled.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", esc(t(l, "none")));
        } else {
            s.push_str("<ul>\n");
            for e in &self.stalled {
                let _ = writeln!(
                    s,
                    "<li><a href=\"#{}\">{}</a> {} ({}): {}</li>",
                    e.id,
                    e.id,
                    esc(&e.title),
                    esc(e.state.label(l)),
                    esc(&e.reason_text.join("; "))
                );
            }
            s.push_str("</ul>\n");
        }
        let _ = writeln!(s, "<h2>{}</h2>", esc(t(l, "proposals")));
        for p in &self.proposals {
            let _ = writeln!(
                s,
                "<section id=\"{}\" class=\"{}\">\n<h3>{} {}</h3>",
                p.id,
                p.state.code(),
                p.id,
                esc(&p.title)
            );
            let _ = writeln!(
                s,
                "<p><span class=\"state\">{}</span> {} {}</p>\n<dl>",
                esc(&p.state_label),
                esc(t(l, "since_short")),
                p.since
            );
            for (k, v) in fields(p, l) {
                let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(&k), esc(&v));
            }
            s.push_str("</dl>\n");
            if let Some(d) = &p.description {
                let _ = writeln!(s, "<p>{}</p>", esc(d));
            }
            if !p.timeline.is_empty() {
                s.push_str("<ol class=\"timeline\">\n");
                for e in &p.timeline {
                    let _ = write!(s, "<li><time>{}</time> {}", e.date, esc(&e.summary));
                    if let Some(x) = &e.text {
                        let _ = write!(s, ": {}", esc(x));
                    }
                    s.push_str("</li>\n");
                }
                s.push_str("</ol>\n");
            }
            s.push_str("</section>\n");
        }
        s.push_str("</main>\n</body>\n</html>\n");
        s
    }
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:0;line-height:1.45;color:#1b1b1b}\
main{max-width:46rem;margin:auto;padding:1rem}table{border-collapse:collapse}\
td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}\
section{border-top:1px solid #ccc;padding:.5rem 0}.state{font-weight:bold}\
.rejected .state{color:#8a1c1c}.implemented .state{color:#1d6b2f}\
dt{font-weight:bold}dd{margin:0 0 .4rem 0}.meta{color:#555}h3{margin:.4rem 0}";

fn public_proposal(p: &Proposal, lang: Lang, filter: &dyn TextFilter) -> PublicProposal {
    let current = p.last_move().and_then(Event::transition);
    // The justification/outcome shown is that of the move into the current state,
    // and only if that move is itself public.
    let current_public = p.last_move().is_some_and(|e| e.visibility.is_public());
    let withheld = !current_public && current.is_some_and(|t| t.justification().is_some());
    let partly = current.is_some_and(Transition::is_partial);
    let current = current.filter(|_| current_public);
    PublicProposal {
        id: p.id(),
        title: f(filter, p.title()),
        description: p.description().map(|d| f(filter, d)),
        group: p.origin().group.as_deref().map(|g| f(filter, g)),
        organisation: p.origin().organisation.as_deref().map(|o| f(filter, o)),
        state: p.state(),
        state_label: if partly {
            t(lang, "accepted_in_part").into()
        } else {
            p.state().label(lang).into()
        },
        partly,
        since: p.state_since(),
        created: p.created(),
        responsible: p.responsible().map(|r| f(filter, r)),
        justification: current
            .and_then(|t| t.justification())
            .map(|j| f(filter, j.as_str())),
        justification_withheld: withheld,
        outcome: current
            .and_then(|t| t.outcome())
            .map(|o| f(filter, o.as_str())),
        revisit: current.and_then(|t| t.revisit()),
        merged_into: current.and_then(|t| t.merged_into()),
        progress: p.progress().map(|x| x.get()),
        milestones: p
            .milestones()
            .iter()
            .map(|m| Milestone {
                title: f(filter, &m.title),
                ..m.clone()
            })
            .collect(),
        timeline: p
            .public_events()
            .filter_map(|e| timeline_entry(e, lang, filter))
            .collect(),
    }
}

fn timeline_entry(e: &Event, l: Lang, filter: &dyn TextFilter) -> Option<TimelineEntry> {
    let (summary, text) = match &e.change {
        EventKind::Raised(_) => (t(l, "raised").to_owned(), None),
        EventKind::Moved(tr) => (
            format!("{} → {}", tr.from().label(l), tr.to().label(l)),
            tr.text().map(str::to_owned),
        ),
        EventKind::Commented { text } => (t(l, "comment").to_owned(), Some(text.clone())),
        EventKind::Discussed { meeting, note } => (
            match meeting {
                Some(m) => format!("{} ({m})", t(l, "discussed")),
                None => t(l, "discussed").to_owned(),
            },
            note.clone(),
        ),
        EventKind::MilestoneAdded { title, due } => (
            match due {
                Some(d) => format!("{} ({} {d})", t(l, "milestone"), t(l, "due")),
                None => t(l, "milestone").to_owned(),
            },
            Some(title.clone()),
        ),
        EventKind::MilestoneDone { index } => {
            (format!("{} {}", t(l, "milestone_done"), index + 1), None)
        }
        EventKind::ProgressSet { percent } => {
            (format!("{} {}%", t(l, "progress"), percent.get()), None)
        }
        EventKind::ResponsibleSet { responsible } => {
            (t(l, "responsible").to_owned(), Some(responsible.clone()))
        }
        // Visibility, followers and tags are bookkeeping, not follow-up.
        EventKind::VisibilitySet { .. } | EventKind::Followed { .. } | EventKind::Tagged { .. } => {
            return None;
        }
    };
    Some(TimelineEntry {
        date: e.at,
        kind: e.kind_code().into(),
        from: e.from_state(),
        to: e.to_state(),
        summary,
        text: text.map(|x| f(filter, &x)),
    })
}

fn fields(p: &PublicProposal, l: Lang) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut push = |k: &str, val: Option<String>| {
        if let Some(val) = val {
            v.push((t(l, k).to_owned(), val));
        }
    };
    push("responsible", p.responsible.clone());
    push("group", p.group.clone());
    push("organisation", p.organisation.clone());
    push("raised_on", Some(p.created.to_string()));
    push(
        "justification",
        p.justification.clone().or_else(|| {
            p.justification_withheld
                .then(|| t(l, "justification_withheld").to_owned())
        }),
    );
    push("outcome", p.outcome.clone());
    push("revisit", p.revisit.map(|d| d.to_string()));
    push("merged_into", p.merged_into.map(|d| d.to_string()));
    push("progress", p.progress.map(|x| format!("{x}%")));
    if !p.milestones.is_empty() {
        let ms: Vec<String> = p
            .milestones
            .iter()
            .map(|m| {
                let mark = if m.done.is_some() { "✓" } else { "○" };
                match m.due {
                    Some(d) => format!("{mark} {} ({} {d})", m.title, t(l, "due")),
                    None => format!("{mark} {}", m.title),
                }
            })
            .collect();
        push("milestones", Some(ms.join("; ")));
    }
    v
}

fn stall_text(r: &StallReason, l: Lang) -> String {
    match (r, l) {
        (StallReason::NoChange { days }, Lang::Sv) => format!("ingen förändring på {days} dagar"),
        (StallReason::NoChange { days }, Lang::En) => format!("no change for {days} days"),
        (StallReason::DiscussedWithoutChange { meetings }, Lang::Sv) => {
            format!("diskuterad på {meetings} möten utan förändring")
        }
        (StallReason::DiscussedWithoutChange { meetings }, Lang::En) => {
            format!("discussed at {meetings} meetings without change")
        }
        (StallReason::Undecided { days }, Lang::Sv) => format!("obeslutad efter {days} dagar"),
        (StallReason::Undecided { days }, Lang::En) => format!("undecided after {days} days"),
    }
}

fn t(l: Lang, key: &str) -> &'static str {
    let (sv, en) = match key {
        "title" => ("Uppföljning av förslag", "Follow-up of proposals"),
        "generated" => ("Sammanställd", "Generated"),
        "since" => ("Vad som hänt sedan", "What happened since"),
        "since_short" => ("sedan", "since"),
        "summary" => ("Översikt", "Summary"),
        "state" => ("Läge", "State"),
        "count" => ("Antal", "Count"),
        "total" => ("Totalt", "Total"),
        "recent" => ("Förändringar sedan", "Changes since"),
        "stalled" => ("Förslag som står still", "Stalled proposals"),
        "none" => ("Inga.", "None."),
        "proposals" => ("Förslag", "Proposals"),
        "timeline" => ("Historik", "Timeline"),
        "raised" => ("Förslaget lämnades", "Proposal raised"),
        "comment" => ("Kommentar", "Comment"),
        "discussed" => ("Diskuterat på möte", "Discussed at a meeting"),
        "milestone" => ("Delmål", "Milestone"),
        "milestones" => ("Delmål", "Milestones"),
        "milestone_done" => ("Klart delmål", "Milestone done"),
        "due" => ("senast", "due"),
        "progress" => ("Framsteg", "Progress"),
        "responsible" => ("Ansvarig", "Responsible"),
        "group" => ("Grupp", "Group"),
        "organisation" => ("Organisation", "Organisation"),
        "raised_on" => ("Inkom", "Raised"),
        "justification" => ("Motivering", "Justification"),
        "accepted_in_part" => (
            "Delvis beslutad – resten genomförs inte",
            "Accepted in part – the rest will not be carried out",
        ),
        "justification_withheld" => ("finns, men är inte publicerad", "recorded, not published"),
        "outcome" => ("Resultat", "Outcome"),
        "revisit" => ("Tas upp igen", "Revisit"),
        "merged_into" => ("Sammanslaget med", "Merged into"),
        _ => ("", ""),
    };
    match l {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(s);
    }
    let mut o = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    Cow::Owned(o)
}

/// Escapes text so Markdown shows it literally (no links, emphasis or raw HTML).
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' => {
                o.push('\\');
                o.push(c);
            }
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '\n' | '\r' => o.push(' '),
            _ => o.push(c),
        }
    }
    o
}
