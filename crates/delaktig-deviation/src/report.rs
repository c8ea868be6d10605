//! The yearly report on deviations: counts and shares per category, per party pair and per
//! kind of pair, how the follow-up went, and the proposals that came of it.
//!
//! The report is first computed as data ([`YearlyReport`]); Markdown, HTML and JSON are views
//! of that one value. It carries no free text from the deviations (descriptions, outcomes,
//! justifications), only dates, party names, codes and counts.
//!
//! The counts cover every deviation of the year, whoever reads the report: that is what a
//! yearly report is for, and a count says nothing about one case. The list of cases (and
//! the deviations named under each proposal) shows only the deviations, and the links, the
//! report's audience may see ([`ReportOptions::audience`]); `unlisted` says how many are left
//! out.
//!
//! # JSON fields
//! `format` ("delaktig-deviation-yearly-report"), `version` (1), `lang` ("sv"/"en"), `year`,
//! `as_of` (the date the follow-up state is taken at), `total` (deviations reported in the
//! year), `categories` (every category of the list: `code`, `label`, `count` of deviations
//! with it, `share_percent` of `total` with one decimal, `unconfirmed` of those still only
//! suggested), `deviations_with_unconfirmed_categories`, `party_pairs` (`a`, `b` party names,
//! `a_kind`, `b_kind`, `count` of deviations involving both, `share_percent`), `kind_pairs`
//! (`a`, `b` kinds "municipality"/"region"/"other", `label`, `count`, `share_percent`),
//! `reporting_parties` (`party`, `kind`, `count`, `share_percent`), `follow_up` (counts
//! `received`, `in_dialogue`, `resolved`, `not_resolved`, `open`, and `resolved_percent`,
//! `not_resolved_percent`, `open_percent`; see [`FollowUpCounts`]), `proposals` (`proposal`
//! id and the listed `deviations` it came from), `deviations_with_proposals`, `audience`
//! ("public", "internal" or "confidential": the most restricted visibility listed),
//! `unlisted` (deviations counted but not listed), and `deviations` (one row per listed
//! deviation, see [`ReportRow`]). Dates are `YYYY-MM-DD`; shares are percent of `total`, one decimal, and
//! add up to more than 100 for categories and pairs because a deviation can have several.
//!
//! The version changes only when a field changes meaning or goes away; fields are added
//! within a version (`audience` and `unlisted` came later in version 1), so a reader should
//! ignore fields it does not know.

use crate::category::{CategoryCatalog, CategoryCode, CategoryStatus};
use crate::deviation::Deviation;
use crate::followup::FollowUpState;
use crate::id::{DeviationId, ProposalRef};
use crate::lang::Lang;
use crate::party::PartyKind;
use crate::policy::Visibility;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// What the report covers and how it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportOptions {
    /// Language (Swedish by default).
    pub lang: Lang,
    /// The date the follow-up state and proposal links are taken at.
    pub as_of: NaiveDate,
    /// Who reads it: deviations and links more restricted than this are counted but not
    /// listed.
    #[serde(default = "internal")]
    pub audience: Visibility,
}

fn internal() -> Visibility {
    Visibility::Internal
}

impl ReportOptions {
    /// Swedish, state as of `as_of`, for the working group (public and internal deviations
    /// listed).
    pub fn new(as_of: NaiveDate) -> ReportOptions {
        ReportOptions {
            lang: Lang::Sv,
            as_of,
            audience: Visibility::Internal,
        }
    }

    /// Swedish, state as of `as_of`, for anyone: only public deviations listed.
    pub fn public(as_of: NaiveDate) -> ReportOptions {
        ReportOptions {
            audience: Visibility::Public,
            ..ReportOptions::new(as_of)
        }
    }
}

/// One category's count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryCount {
    /// Code.
    pub code: CategoryCode,
    /// Label in the report's language.
    pub label: String,
    /// Deviations with this category.
    pub count: usize,
    /// `count` as percent of all deviations, one decimal.
    pub share_percent: f64,
    /// Of `count`, how many still carry it only as a suggestion.
    pub unconfirmed: usize,
}

/// Deviations involving two given parties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairCount {
    /// First party (alphabetical).
    pub a: String,
    /// Kind of the first party.
    pub a_kind: PartyKind,
    /// Second party.
    pub b: String,
    /// Kind of the second party.
    pub b_kind: PartyKind,
    /// Deviations in which both took part (as reporter or involved).
    pub count: usize,
    /// Percent of all deviations.
    pub share_percent: f64,
}

/// Deviations between two kinds of party (municipality–region, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindPairCount {
    /// First kind.
    pub a: PartyKind,
    /// Second kind.
    pub b: PartyKind,
    /// "Kommun – Region".
    pub label: String,
    /// Deviations with at least one pair of parties of these kinds.
    pub count: usize,
    /// Percent of all deviations.
    pub share_percent: f64,
}

/// Deviations reported by one party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyCount {
    /// Party name.
    pub party: String,
    /// Its kind.
    pub kind: PartyKind,
    /// Deviations it reported.
    pub count: usize,
    /// Percent of all deviations.
    pub share_percent: f64,
}

/// Where the year's deviations stand on the report date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpCounts {
    /// Not yet taken up.
    pub received: usize,
    /// Parties in dialogue.
    pub in_dialogue: usize,
    /// Resolved in dialogue between the parties.
    pub resolved: usize,
    /// Could not be resolved (each with a justification).
    pub not_resolved: usize,
    /// `received` + `in_dialogue`.
    pub open: usize,
    /// `resolved` as percent of all deviations.
    pub resolved_percent: f64,
    /// `not_resolved` as percent of all deviations.
    pub not_resolved_percent: f64,
    /// `open` as percent of all deviations.
    pub open_percent: f64,
}

/// A proposal raised from deviations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalLink {
    /// The proposal.
    pub proposal: ProposalRef,
    /// The deviations it came from.
    pub deviations: Vec<DeviationId>,
}

/// One deviation in the report's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// Id.
    pub id: DeviationId,
    /// Event date.
    pub event_date: NaiveDate,
    /// Report date.
    pub report_date: NaiveDate,
    /// Reporting party.
    pub reporting_party: String,
    /// Involved parties.
    pub involved: Vec<String>,
    /// Category codes, with `confirmed` false for suggestions.
    pub categories: Vec<RowCategory>,
    /// State code on the report date.
    pub state: FollowUpState,
    /// State label.
    pub state_label: String,
    /// Linked proposals.
    pub proposals: Vec<ProposalRef>,
}

/// A category of a [`ReportRow`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowCategory {
    /// Code.
    pub code: CategoryCode,
    /// Label.
    pub label: String,
    /// Whether a person confirmed it.
    pub confirmed: bool,
}

/// The yearly report, as data. See the module docs for the JSON fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearlyReport {
    /// "delaktig-deviation-yearly-report".
    pub format: String,
    /// Format version (1).
    pub version: u32,
    /// Language.
    pub lang: Lang,
    /// Year covered (by report date).
    pub year: i32,
    /// Date the follow-up state is taken at.
    pub as_of: NaiveDate,
    /// Deviations reported in the year.
    pub total: usize,
    /// Counts per category, most frequent first (ties in list order), zeros included.
    pub categories: Vec<CategoryCount>,
    /// Deviations with at least one category not yet confirmed.
    pub deviations_with_unconfirmed_categories: usize,
    /// Counts per pair of parties, most frequent first.
    pub party_pairs: Vec<PairCount>,
    /// Counts per pair of party kinds, most frequent first.
    pub kind_pairs: Vec<KindPairCount>,
    /// Counts per reporting party, most frequent first.
    pub reporting_parties: Vec<PartyCount>,
    /// Follow-up on `as_of`.
    pub follow_up: FollowUpCounts,
    /// Proposals raised from the year's deviations, by id.
    pub proposals: Vec<ProposalLink>,
    /// Deviations that led to at least one proposal.
    pub deviations_with_proposals: usize,
    /// The most restricted visibility listed.
    pub audience: Visibility,
    /// Deviations counted but not listed, as the audience may not see them.
    pub unlisted: usize,
    /// Every deviation of the year the audience may see, by id.
    pub deviations: Vec<ReportRow>,
}

fn share(count: usize, total: usize) -> f64 {
    if total == 0 {
        return 0.0;
    }
    // Rounded to tenths in integers so every rendering shows the same figure.
    let tenths = (count * 1000 + total / 2) / total;
    tenths as f64 / 10.0
}

impl YearlyReport {
    /// Computes the report for deviations reported (by report date) in `year`; others are
    /// ignored, so the whole register can be passed in.
    pub fn build<'a>(
        year: i32,
        deviations: impl IntoIterator<Item = &'a Deviation>,
        catalog: &CategoryCatalog,
        options: &ReportOptions,
    ) -> YearlyReport {
        let lang = options.lang;
        let mut devs: Vec<&Deviation> = deviations
            .into_iter()
            .filter(|d| d.record().report_date.year() == year)
            .collect();
        devs.sort_by_key(|d| d.id());
        let total = devs.len();

        let mut categories: Vec<CategoryCount> = catalog
            .categories()
            .iter()
            .map(|c| CategoryCount {
                code: c.code.clone(),
                label: c.label(lang).to_owned(),
                count: 0,
                share_percent: 0.0,
                unconfirmed: 0,
            })
            .collect();
        let mut unconfirmed_devs = 0;
        let mut pairs: Vec<PairCount> = Vec::new();
        let mut kinds: Vec<KindPairCount> = Vec::new();
        let mut reporters: Vec<PartyCount> = Vec::new();
        let mut fu = [0usize; 4];
        let mut links: Vec<ProposalLink> = Vec::new();
        let mut with_proposals = 0;
        let mut rows = Vec::with_capacity(total);

        for d in &devs {
            for m in d.categories() {
                let label = catalog
                    .get(&m.code)
                    .map_or_else(|| m.code.to_string(), |c| c.label(lang).to_owned());
                let slot = match categories.iter_mut().position(|c| c.code == m.code) {
                    Some(i) => i,
                    None => {
                        // A code no longer in the list still counts, under its code.
                        categories.push(CategoryCount {
                            code: m.code.clone(),
                            label,
                            count: 0,
                            share_percent: 0.0,
                            unconfirmed: 0,
                        });
                        categories.len() - 1
                    }
                };
                if let Some(c) = categories.get_mut(slot) {
                    c.count += 1;
                    if m.status == CategoryStatus::Suggested {
                        c.unconfirmed += 1;
                    }
                }
            }
            if !d.categories_confirmed() {
                unconfirmed_devs += 1;
            }

            let parties = d.record().parties();
            let mut seen_kinds: Vec<(PartyKind, PartyKind)> = Vec::new();
            for (i, p) in parties.iter().enumerate() {
                for q in parties.iter().skip(i + 1) {
                    let (a, b) = if p.key() <= q.key() { (p, q) } else { (q, p) };
                    match pairs
                        .iter_mut()
                        .find(|c| c.a.to_lowercase() == a.key() && c.b.to_lowercase() == b.key())
                    {
                        Some(c) => c.count += 1,
                        None => pairs.push(PairCount {
                            a: a.name().to_owned(),
                            a_kind: a.kind(),
                            b: b.name().to_owned(),
                            b_kind: b.kind(),
                            count: 1,
                            share_percent: 0.0,
                        }),
                    }
                    let k = if a.kind() <= b.kind() {
                        (a.kind(), b.kind())
                    } else {
                        (b.kind(), a.kind())
                    };
                    if !seen_kinds.contains(&k) {
                        seen_kinds.push(k);
                    }
                }
            }
            for (a, b) in seen_kinds {
                match kinds.iter_mut().find(|c| c.a == a && c.b == b) {
                    Some(c) => c.count += 1,
                    None => kinds.push(KindPairCount {
                        a,
                        b,
                        label: format!("{} – {}", a.label(lang), b.label(lang)),
                        count: 1,
                        share_percent: 0.0,
                    }),
                }
            }

            let rep = &d.record().reporting_party;
            match reporters
                .iter_mut()
                .find(|r| r.party.to_lowercase() == rep.key())
            {
                Some(r) => r.count += 1,
                None => reporters.push(PartyCount {
                    party: rep.name().to_owned(),
                    kind: rep.kind(),
                    count: 1,
                    share_percent: 0.0,
                }),
            }

            let state = d.state_on(options.as_of);
            let slot = match state {
                FollowUpState::Received => 0,
                FollowUpState::InDialogue => 1,
                FollowUpState::Resolved => 2,
                FollowUpState::NotResolved => 3,
            };
            if let Some(n) = fu.get_mut(slot) {
                *n += 1;
            }

            if !d.proposals_on(options.as_of).is_empty() {
                with_proposals += 1;
            }
            if d.visibility() > options.audience {
                continue;
            }
            let props = d.proposals_visible_on(options.as_of, options.audience);
            for p in &props {
                match links.iter_mut().find(|l| &&l.proposal == p) {
                    Some(l) => l.deviations.push(d.id()),
                    None => links.push(ProposalLink {
                        proposal: (*p).clone(),
                        deviations: vec![d.id()],
                    }),
                }
            }

            rows.push(ReportRow {
                id: d.id(),
                event_date: d.record().event_date,
                report_date: d.record().report_date,
                reporting_party: rep.name().to_owned(),
                involved: d
                    .record()
                    .involved
                    .iter()
                    .map(|p| p.name().to_owned())
                    .collect(),
                categories: d
                    .categories()
                    .iter()
                    .map(|m| RowCategory {
                        code: m.code.clone(),
                        label: catalog
                            .get(&m.code)
                            .map_or_else(|| m.code.to_string(), |c| c.label(lang).to_owned()),
                        confirmed: m.status == CategoryStatus::Confirmed,
                    })
                    .collect(),
                state,
                state_label: state.label(lang).to_owned(),
                proposals: props.into_iter().cloned().collect(),
            });
        }

        for c in &mut categories {
            c.share_percent = share(c.count, total);
        }
        // Stable sort: ties keep list order.
        categories.sort_by_key(|c| std::cmp::Reverse(c.count));
        for p in &mut pairs {
            p.share_percent = share(p.count, total);
        }
        pairs.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then_with(|| x.a.to_lowercase().cmp(&y.a.to_lowercase()))
                .then_with(|| x.b.to_lowercase().cmp(&y.b.to_lowercase()))
        });
        for k in &mut kinds {
            k.share_percent = share(k.count, total);
        }
        kinds.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
        });
        for r in &mut reporters {
            r.share_percent = share(r.count, total);
        }
        reporters.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then_with(|| x.party.to_lowercase().cmp(&y.party.to_lowercase()))
        });
        links.sort_by(|x, y| proposal_order(&x.proposal, &y.proposal));

        let unlisted = total.saturating_sub(rows.len());
        let [received, in_dialogue, resolved, not_resolved] = fu;
        let open = received + in_dialogue;
        YearlyReport {
            format: "delaktig-deviation-yearly-report".to_owned(),
            version: 1,
            lang,
            year,
            as_of: options.as_of,
            total,
            categories,
            deviations_with_unconfirmed_categories: unconfirmed_devs,
            party_pairs: pairs,
            kind_pairs: kinds,
            reporting_parties: reporters,
            follow_up: FollowUpCounts {
                received,
                in_dialogue,
                resolved,
                not_resolved,
                open,
                resolved_percent: share(resolved, total),
                not_resolved_percent: share(not_resolved, total),
                open_percent: share(open, total),
            },
            proposals: links,
            deviations_with_proposals: with_proposals,
            audience: options.audience,
            unlisted,
            deviations: rows,
        }
    }

    /// The open-data JSON (fields in the module docs).
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }

    /// The report as Markdown.
    pub fn to_markdown(&self) -> String {
        let w = Words::of(self.lang);
        let mut out = String::new();
        let _ = writeln!(out, "# {} {}\n", w.title, self.year);
        let _ = writeln!(out, "{}\n", md(&self.summary_text()));
        for section in self.sections() {
            let _ = writeln!(out, "## {}\n", md(&section.heading));
            if let Some(note) = &section.note {
                let _ = writeln!(out, "{}\n", md(note));
            }
            if section.rows.is_empty() {
                let _ = writeln!(out, "{}\n", md(w.none));
                continue;
            }
            let cells = |r: &[String]| r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ");
            let _ = writeln!(out, "| {} |", cells(&section.header));
            let align: Vec<&str> = section
                .numeric
                .iter()
                .map(|n| if *n { "---:" } else { "---" })
                .collect();
            let _ = writeln!(out, "|{}|", align.join("|"));
            for r in &section.rows {
                let _ = writeln!(out, "| {} |", cells(r));
            }
            out.push('\n');
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    /// The report as one self-contained HTML page (inline style, readable on a phone). Every
    /// text is escaped.
    pub fn to_html(&self) -> String {
        let w = Words::of(self.lang);
        let mut out = String::new();
        let title = format!("{} {}", w.title, self.year);
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>\n\
             body{{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45}}\n\
             table{{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.95rem}}\n\
             th,td{{border-bottom:1px solid #ccc;padding:.3rem .4rem;text-align:left;vertical-align:top}}\n\
             td.n,th.n{{text-align:right}}\n\
             .wrap{{overflow-x:auto}}\n\
             </style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n",
            self.lang.code(),
            esc(&title),
            esc(&title),
            esc(&self.summary_text()),
        );
        for section in self.sections() {
            let _ = writeln!(out, "<h2>{}</h2>", esc(&section.heading));
            if let Some(note) = &section.note {
                let _ = writeln!(out, "<p>{}</p>", esc(note));
            }
            if section.rows.is_empty() {
                let _ = writeln!(out, "<p>{}</p>", esc(w.none));
                continue;
            }
            out.push_str("<div class=\"wrap\"><table>\n<thead><tr>");
            for (h, n) in section.header.iter().zip(&section.numeric) {
                let _ = write!(out, "<th{}>{}</th>", cls(*n), esc(h));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for r in &section.rows {
                out.push_str("<tr>");
                for (c, n) in r.iter().zip(&section.numeric) {
                    let _ = write!(out, "<td{}>{}</td>", cls(*n), esc(c));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table></div>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }

    /// The opening paragraph: how many came in, what they were mostly about, how the
    /// follow-up went and what came of it.
    pub fn summary_text(&self) -> String {
        let w = Words::of(self.lang);
        let mut s = String::new();
        if self.total == 0 {
            return w.nothing.replace("{year}", &self.year.to_string());
        }
        s.push_str(
            &(if self.total == 1 {
                w.intro_one
            } else {
                w.intro_many
            })
            .replace("{n}", &self.total.to_string())
            .replace("{year}", &self.year.to_string()),
        );
        let top: Vec<String> = self
            .categories
            .iter()
            .filter(|c| c.count > 0)
            .take(4)
            .map(|c| format!("{} ({})", lower_first(&c.label, self.lang), c.count))
            .collect();
        if !top.is_empty() {
            s.push(' ');
            s.push_str(&w.most.replace("{list}", &list(&top, w.and)));
        }
        let f = &self.follow_up;
        s.push(' ');
        s.push_str(
            &w.status
                .replace("{date}", &self.as_of.to_string())
                .replace("{resolved}", &f.resolved.to_string())
                .replace("{not}", &f.not_resolved.to_string())
                .replace("{open}", &f.open.to_string()),
        );
        s.push(' ');
        if self.proposals.is_empty() {
            s.push_str(w.no_proposals);
        } else {
            let template = if self.deviations_with_proposals == 1 {
                w.proposals_one
            } else {
                w.proposals
            };
            s.push_str(
                &template
                    .replace("{d}", &self.deviations_with_proposals.to_string())
                    .replace("{p}", &self.proposals.len().to_string()),
            );
            if self.lang == Lang::En && self.proposals.len() == 1 {
                s = s.replace("1 improvement proposals", "1 improvement proposal");
            }
        }
        s
    }

    fn sections(&self) -> Vec<Section> {
        let w = Words::of(self.lang);
        let pct = |p: f64| percent(p, self.lang);
        let kind = |k: PartyKind| k.label(self.lang).to_owned();
        let mut out = Vec::new();
        out.push(Section {
            heading: w.categories.to_owned(),
            note: Some(
                w.categories_note
                    .replace("{n}", &self.total.to_string())
                    .replace(
                        "{u}",
                        &self.deviations_with_unconfirmed_categories.to_string(),
                    ),
            ),
            header: strings(&[w.category, w.count, w.share, w.unconfirmed]),
            numeric: vec![false, true, true, true],
            rows: self
                .categories
                .iter()
                .map(|c| {
                    vec![
                        c.label.clone(),
                        c.count.to_string(),
                        pct(c.share_percent),
                        c.unconfirmed.to_string(),
                    ]
                })
                .collect(),
        });
        out.push(Section {
            heading: w.pairs.to_owned(),
            note: Some(w.pairs_note.to_owned()),
            header: strings(&[w.parties, w.count, w.share]),
            numeric: vec![false, true, true],
            rows: self
                .party_pairs
                .iter()
                .map(|p| {
                    vec![
                        format!("{} – {}", cap(&p.a), cap(&p.b)),
                        p.count.to_string(),
                        pct(p.share_percent),
                    ]
                })
                .collect(),
        });
        out.push(Section {
            heading: w.kinds.to_owned(),
            note: None,
            header: strings(&[w.between, w.count, w.share]),
            numeric: vec![false, true, true],
            rows: self
                .kind_pairs
                .iter()
                .map(|k| vec![k.label.clone(), k.count.to_string(), pct(k.share_percent)])
                .collect(),
        });
        out.push(Section {
            heading: w.reporters.to_owned(),
            note: None,
            header: strings(&[w.unit, w.kind, w.count, w.share]),
            numeric: vec![false, false, true, true],
            rows: self
                .reporting_parties
                .iter()
                .map(|r| {
                    vec![
                        cap(&r.party),
                        kind(r.kind),
                        r.count.to_string(),
                        pct(r.share_percent),
                    ]
                })
                .collect(),
        });
        let f = &self.follow_up;
        let st = |s: FollowUpState| s.label(self.lang).to_owned();
        out.push(Section {
            heading: w.follow_up.to_owned(),
            note: Some(w.follow_up_note.replace("{date}", &self.as_of.to_string())),
            header: strings(&[w.state, w.count, w.share]),
            numeric: vec![false, true, true],
            rows: vec![
                vec![
                    st(FollowUpState::Resolved),
                    f.resolved.to_string(),
                    pct(f.resolved_percent),
                ],
                vec![
                    st(FollowUpState::NotResolved),
                    f.not_resolved.to_string(),
                    pct(f.not_resolved_percent),
                ],
                vec![
                    st(FollowUpState::InDialogue),
                    f.in_dialogue.to_string(),
                    pct(share(f.in_dialogue, self.total)),
                ],
                vec![
                    st(FollowUpState::Received),
                    f.received.to_string(),
                    pct(share(f.received, self.total)),
                ],
                vec![
                    w.open_total.to_owned(),
                    f.open.to_string(),
                    pct(f.open_percent),
                ],
            ],
        });
        out.push(Section {
            heading: w.proposals_heading.to_owned(),
            note: None,
            header: strings(&[w.proposal, w.from_deviations]),
            numeric: vec![false, false],
            rows: self
                .proposals
                .iter()
                .map(|p| {
                    vec![
                        p.proposal.to_string(),
                        p.deviations
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        });
        out.push(Section {
            heading: w.all.to_owned(),
            note: Some(if self.unlisted == 0 {
                w.all_note.to_owned()
            } else {
                format!(
                    "{} {}",
                    w.all_note,
                    w.unlisted_note.replace("{n}", &self.unlisted.to_string())
                )
            }),
            header: strings(&[
                w.id, w.event, w.reported, w.reporter, w.involved, w.category, w.state, w.proposal,
            ]),
            numeric: vec![false; 8],
            rows: self
                .deviations
                .iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        r.event_date.to_string(),
                        r.report_date.to_string(),
                        cap(&r.reporting_party),
                        r.involved
                            .iter()
                            .map(|p| cap(p))
                            .collect::<Vec<_>>()
                            .join(", "),
                        r.categories
                            .iter()
                            .map(|c| {
                                if c.confirmed {
                                    c.label.clone()
                                } else {
                                    format!("{} ({})", c.label, w.suggested)
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                        r.state_label.clone(),
                        r.proposals
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        });
        out
    }
}

/// Register proposal ids ("P-12") sort by number, anything else after them by text.
fn proposal_order(a: &ProposalRef, b: &ProposalRef) -> std::cmp::Ordering {
    let num = |p: &ProposalRef| {
        p.as_str()
            .strip_prefix("P-")
            .and_then(|n| n.parse::<u64>().ok())
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

struct Section {
    heading: String,
    note: Option<String>,
    header: Vec<String>,
    numeric: Vec<bool>,
    rows: Vec<Vec<String>>,
}

fn strings(s: &[&str]) -> Vec<String> {
    s.iter().map(|x| (*x).to_owned()).collect()
}

fn cls(numeric: bool) -> &'static str {
    if numeric { " class=\"n\"" } else { "" }
}

fn percent(p: f64, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{p:.1} %").replace('.', ","),
        Lang::En => format!("{p:.1}%"),
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Category labels read as common nouns inside a Swedish sentence, except abbreviations.
fn lower_first(label: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return label.to_owned();
    }
    label
        .split(' ')
        .map(|w| {
            if w.chars().filter(|c| c.is_uppercase()).count() > 1 {
                w.to_owned()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// Escapes text for HTML element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a Markdown table cell or paragraph: markup characters are
/// backslash-escaped and line breaks become spaces.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

struct Words {
    title: &'static str,
    nothing: &'static str,
    intro_one: &'static str,
    intro_many: &'static str,
    most: &'static str,
    and: &'static str,
    status: &'static str,
    proposals: &'static str,
    proposals_one: &'static str,
    no_proposals: &'static str,
    none: &'static str,
    categories: &'static str,
    categories_note: &'static str,
    category: &'static str,
    count: &'static str,
    share: &'static str,
    unconfirmed: &'static str,
    pairs: &'static str,
    pairs_note: &'static str,
    parties: &'static str,
    kinds: &'static str,
    between: &'static str,
    reporters: &'static str,
    unit: &'static str,
    kind: &'static str,
    follow_up: &'static str,
    follow_up_note: &'static str,
    state: &'static str,
    open_total: &'static str,
    proposals_heading: &'static str,
    proposal: &'static str,
    from_deviations: &'static str,
    all: &'static str,
    all_note: &'static str,
    unlisted_note: &'static str,
    id: &'static str,
    event: &'static str,
    reported: &'static str,
    reporter: &'static str,
    involved: &'static str,
    suggested: &'static str,
}

impl Words {
    fn of(lang: Lang) -> Words {
        match lang {
            Lang::Sv => Words {
                title: "Avvikelser i samverkan",
                nothing: "Inga avvikelser om brister i samverkan kom in under {year}.",
                intro_one: "Rapporten sammanfattar {n} inkommen avvikelse under {year} om brister i samverkan mellan kommunens och regionens verksamheter.",
                intro_many: "Rapporten sammanfattar {n} inkomna avvikelser under {year} om brister i samverkan mellan kommunens och regionens verksamheter.",
                most: "De flesta handlade om {list}.",
                and: "och",
                status: "Den {date} hade {resolved} lösts i dialog mellan parterna, {not} kunde inte lösas och {open} var fortfarande öppna.",
                proposals: "{d} avvikelser har lett till {p} förbättringsförslag.",
                proposals_one: "1 avvikelse har lett till {p} förbättringsförslag.",
                no_proposals: "Inga avvikelser har ännu lett till förbättringsförslag.",
                none: "Inga.",
                categories: "Kategorier",
                categories_note: "En avvikelse kan ha flera kategorier; andelarna är räknade på alla {n} avvikelser. {u} avvikelser har kategorier som ännu inte bekräftats.",
                category: "Kategori",
                count: "Antal",
                share: "Andel",
                unconfirmed: "Ej bekräftade",
                pairs: "Mellan vilka parter",
                pairs_note: "Varje par av parter i en avvikelse (rapporterande och berörda) räknas en gång per avvikelse.",
                parties: "Parter",
                kinds: "Mellan kommun, region och andra",
                between: "Mellan",
                reporters: "Rapporterande enheter",
                unit: "Enhet",
                kind: "Huvudman",
                follow_up: "Uppföljning",
                follow_up_note: "Läget den {date}. En avvikelse som inte kunde lösas har alltid en skriftlig motivering.",
                state: "Läge",
                open_total: "Öppna totalt",
                proposals_heading: "Förbättringsförslag",
                proposal: "Förslag",
                from_deviations: "Från avvikelser",
                all: "Alla avvikelser",
                all_note: "Kategorier som ännu inte bekräftats är markerade (förslag).",
                unlisted_note: "{n} av årets avvikelser räknas ovan men listas inte här, eftersom rapportens läsare inte får se dem.",
                id: "Id",
                event: "Händelse",
                reported: "Rapporterad",
                reporter: "Rapporterande enhet",
                involved: "Berörda parter",
                suggested: "förslag",
            },
            Lang::En => Words {
                title: "Deviations in cooperation",
                nothing: "No deviations on failures in cooperation were reported in {year}.",
                intro_one: "This report summarises {n} deviation reported in {year} on failures in cooperation between the municipality's and the region's services.",
                intro_many: "This report summarises {n} deviations reported in {year} on failures in cooperation between the municipality's and the region's services.",
                most: "Most concerned {list}.",
                and: "and",
                status: "On {date}, {resolved} had been resolved in dialogue between the parties, {not} could not be resolved and {open} were still open.",
                proposals: "{d} deviations led to {p} improvement proposals.",
                proposals_one: "1 deviation led to {p} improvement proposals.",
                no_proposals: "No deviation has led to an improvement proposal yet.",
                none: "None.",
                categories: "Categories",
                categories_note: "A deviation can have several categories; shares are of all {n} deviations. {u} deviations have categories not yet confirmed.",
                category: "Category",
                count: "Count",
                share: "Share",
                unconfirmed: "Unconfirmed",
                pairs: "Between which parties",
                pairs_note: "Each pair of parties in a deviation (reporting and involved) counts once per deviation.",
                parties: "Parties",
                kinds: "Between municipality, region and others",
                between: "Between",
                reporters: "Reporting units",
                unit: "Unit",
                kind: "Organisation",
                follow_up: "Follow-up",
                follow_up_note: "State on {date}. A deviation that could not be resolved always has a written justification.",
                state: "State",
                open_total: "Open in total",
                proposals_heading: "Improvement proposals",
                proposal: "Proposal",
                from_deviations: "From deviations",
                all: "All deviations",
                all_note: "Categories not yet confirmed are marked (suggested).",
                unlisted_note: "{n} of the year's deviations are counted above but not listed here, as the report's readers may not see them.",
                id: "Id",
                event: "Event",
                reported: "Reported",
                reporter: "Reporting unit",
                involved: "Parties involved",
                suggested: "suggested",
            },
        }
    }
}
