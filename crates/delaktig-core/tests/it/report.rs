//! Public reports: only public items, escaped, filtered, in sv and en.

use crate::common::*;
use delaktig_core::*;
use std::borrow::Cow;

fn sample() -> Vec<Proposal> {
    let s = Settings::default();
    let mut done = reach(1, State::Accepted);
    move_to(
        &mut done,
        State::Implemented,
        Some("Checklistan <b>används</b> & sprids"),
        30,
    )
    .unwrap();
    let mut no = raise(2, "Gratis <script>alert(1)</script> kaffe");
    move_to(
        &mut no,
        State::Rejected,
        Some("Ryms inte i budgeten för 2025"),
        40,
    )
    .unwrap();
    no.execute(
        Request::new(
            staff(),
            day(41),
            Command::Comment {
                text: "HEMLIG intern kommentar".into(),
            },
        )
        .with_visibility(Visibility::Internal),
        &s,
    )
    .unwrap();
    let mut hidden = NewProposal::titled("KONFIDENTIELLT förslag om klient");
    hidden.visibility = Visibility::Confidential;
    let hidden = Proposal::raise(ProposalId::new(3), hidden, &staff(), day(0), &s).unwrap();
    let mut internal = NewProposal::titled("INTERNT förslag");
    internal.visibility = Visibility::Internal;
    let internal = Proposal::raise(ProposalId::new(4), internal, &staff(), day(0), &s).unwrap();
    let quiet = raise(5, "Fler bänkar i parken");
    vec![done, no, hidden, internal, quiet]
}

fn opts(lang: Lang) -> ReportOptions {
    ReportOptions {
        lang,
        ..ReportOptions::new(day(120))
    }
}

#[test]
fn only_public_items_reach_any_rendering() {
    let ps = sample();
    let r = PublicReport::build(&ps, &opts(Lang::Sv), &NoFilter);
    assert_eq!(r.total, 3);
    for out in [r.to_markdown(), r.to_html(), r.to_json()] {
        for secret in ["HEMLIG", "KONFIDENTIELLT", "INTERNT", "Kim"] {
            assert!(!out.contains(secret), "{secret} leaked");
        }
        assert!(out.contains("Ryms inte i budgeten för 2025"));
    }
}

#[test]
fn counts_state_since_justification_outcome_and_stalled() {
    let ps = sample();
    let r = PublicReport::build(&ps, &opts(Lang::Sv), &NoFilter);
    let count = |s: State| r.counts.iter().find(|c| c.state == s).unwrap().count;
    assert_eq!(
        (
            count(State::Implemented),
            count(State::Rejected),
            count(State::Received)
        ),
        (1, 1, 1)
    );
    let no = r.proposals.iter().find(|p| p.id.get() == 2).unwrap();
    assert_eq!(no.since, day(40));
    assert_eq!(
        no.justification.as_deref(),
        Some("Ryms inte i budgeten för 2025")
    );
    assert_eq!(
        no.timeline.len(),
        2,
        "internal comment must not be in the timeline"
    );
    let done = r.proposals.iter().find(|p| p.id.get() == 1).unwrap();
    assert_eq!(
        done.outcome.as_deref(),
        Some("Checklistan <b>används</b> & sprids")
    );
    assert_eq!(
        r.stalled.iter().map(|s| s.id.get()).collect::<Vec<_>>(),
        [5]
    );
    assert_eq!(r.stalled[0].reason_text, ["ingen förändring på 120 dagar"]);
}

#[test]
fn html_is_one_escaped_page_and_markdown_is_escaped() {
    let ps = sample();
    let r = PublicReport::build(&ps, &opts(Lang::Sv), &NoFilter);
    let html = r.to_html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("name=\"viewport\""));
    assert!(!html.contains("<script>") && !html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("http"), "the page must not load anything");
    let md = r.to_markdown();
    assert!(!md.contains("<script>") && md.contains("&lt;b&gt;används&lt;/b&gt; &amp; sprids"));
}

#[test]
fn english_on_request() {
    let ps = sample();
    let sv = PublicReport::build(&ps, &opts(Lang::Sv), &NoFilter).to_markdown();
    let en = PublicReport::build(&ps, &opts(Lang::En), &NoFilter).to_markdown();
    assert!(sv.contains("Genomförd") && sv.contains("Motivering"));
    assert!(
        en.contains("Implemented") && en.contains("Justification") && !en.contains("Genomförd")
    );
}

#[test]
fn since_limits_to_recent_activity() {
    let ps = sample();
    let r = PublicReport::build(
        &ps,
        &ReportOptions {
            since: Some(day(35)),
            ..opts(Lang::Sv)
        },
        &NoFilter,
    );
    assert_eq!(r.recent.len(), 1);
    assert_eq!((r.recent[0].id.get(), r.recent[0].to), (2, State::Rejected));
    assert_eq!(
        r.proposals.iter().map(|p| p.id.get()).collect::<Vec<_>>(),
        [2]
    );
    assert_eq!(r.total, 3, "counts still cover every public proposal");
}

struct Shout;
impl TextFilter for Shout {
    fn filter<'a>(&self, text: &'a str) -> Cow<'a, str> {
        Cow::Owned(text.replace("budgeten", "[REDACTED]"))
    }
}

#[test]
fn the_text_filter_sees_every_free_text() {
    let ps = sample();
    let r = PublicReport::build(&ps, &opts(Lang::Sv), &Shout);
    for out in [r.to_markdown(), r.to_html(), r.to_json()] {
        assert!(
            !out.contains("budgeten") && out.contains("[REDACTED]")
                || out.contains("\\[REDACTED\\]")
        );
    }
}

#[test]
fn json_has_the_documented_fields() {
    let ps = sample();
    let v: serde_json::Value =
        serde_json::from_str(&PublicReport::build(&ps, &opts(Lang::En), &NoFilter).to_json())
            .unwrap();
    assert_eq!(v["format"], "delaktig-public-report");
    assert_eq!(v["version"], 1);
    for k in [
        "lang",
        "generated",
        "since",
        "total",
        "counts",
        "proposals",
        "stalled",
        "recent",
    ] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    let p = &v["proposals"][0];
    for k in [
        "id",
        "title",
        "state",
        "state_label",
        "since",
        "responsible",
        "justification",
        "outcome",
        "timeline",
    ] {
        assert!(p.get(k).is_some(), "missing proposal field {k}");
    }
    assert_eq!(p["id"], 1);
}

/// The three renderings of a fixed register, checked in as files so changes to the
/// public output are reviewed in the diff (`UPDATE_EXPECT=1` rewrites them).
#[test]
fn renderings_match_expectations() {
    let ps = sample();
    let sv = PublicReport::build(
        &ps,
        &ReportOptions {
            since: Some(day(35)),
            ..opts(Lang::Sv)
        },
        &NoFilter,
    );
    expect_file("report.sv.md", &sv.to_markdown());
    expect_file("report.sv.html", &sv.to_html());
    expect_file("report.sv.json", &sv.to_json());
    let en = PublicReport::build(&ps, &opts(Lang::En), &NoFilter);
    expect_file("report.en.md", &en.to_markdown());
}

#[test]
fn a_partial_acceptance_is_labelled_and_shows_its_justification() {
    let why = "Kvällsöppet ryms inte i budgeten, lördagar prövas";
    let mut p = raise(7, "Kvällsöppet på mottagningen");
    p.execute(
        Request::new(
            staff(),
            day(3),
            Command::MoveTo(MoveSpec {
                partly: true,
                ..MoveSpec::new(State::Accepted, Some(why))
            }),
        ),
        &Settings::default(),
    )
    .unwrap();
    let plain = reach(8, State::Accepted);
    for (lang, label) in [
        (Lang::Sv, "Delvis beslutad – resten genomförs inte"),
        (
            Lang::En,
            "Accepted in part – the rest will not be carried out",
        ),
    ] {
        let r = PublicReport::build([&p, &plain], &opts(lang), &NoFilter);
        let partial = r.proposals.iter().find(|x| x.id == p.id()).unwrap();
        assert!(partial.partly);
        assert_eq!(partial.state, State::Accepted);
        assert_eq!(partial.state_label, label);
        assert_eq!(partial.justification.as_deref(), Some(why));
        let whole = r.proposals.iter().find(|x| x.id == plain.id()).unwrap();
        assert!(!whole.partly);
        assert_eq!(whole.state_label, State::Accepted.label(lang));
        for out in [r.to_markdown(), r.to_html(), r.to_json()] {
            assert!(out.contains(label) && out.contains(why), "{out}");
        }
    }
}
