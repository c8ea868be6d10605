//! The yearly report over the 34-deviation fixture, checked against hand-counted
//! expectations, and its Markdown rendering checked against a reviewed file.

use crate::{day, fixture};
use delaktig_deviation::*;

fn report(lang: Lang) -> YearlyReport {
    let devs = fixture::load();
    let options = ReportOptions {
        lang,
        as_of: day(2025, 1, 31),
        audience: Visibility::Internal,
    };
    YearlyReport::build(2024, devs.values(), &CategoryCatalog::default(), &options)
}

/// What `expected.txt` says, in the same shapes as the report for easy comparison.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    year: i32,
    as_of: String,
    total: usize,
    categories: Vec<(String, usize, String, usize)>,
    unconfirmed_deviations: usize,
    pairs: Vec<(String, String, usize)>,
    kinds: Vec<(String, String, usize, String)>,
    reporters: Vec<(String, usize)>,
    states: Vec<(String, usize)>,
    open: usize,
    proposals: Vec<(String, Vec<String>)>,
    deviations_with_proposals: usize,
}

fn expected() -> Counts {
    let text = std::fs::read_to_string(fixture::data_dir().join("expected.txt")).unwrap();
    let mut c = Counts::default();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, rest) = line.split_once(' ').unwrap();
        let w: Vec<&str> = rest.split_whitespace().collect();
        let bars: Vec<&str> = rest.split('|').map(str::trim).collect();
        let num = |s: &str| s.parse::<usize>().unwrap();
        match key {
            "year" => c.year = rest.parse().unwrap(),
            "as_of" => c.as_of = rest.to_owned(),
            "total" => c.total = num(rest),
            "category" => c
                .categories
                .push((w[0].into(), num(w[1]), w[2].into(), num(w[3]))),
            "unconfirmed_deviations" => c.unconfirmed_deviations = num(rest),
            "pair" => c.pairs.push((bars[0].into(), bars[1].into(), num(bars[2]))),
            "kinds" => c
                .kinds
                .push((w[0].into(), w[1].into(), num(w[2]), w[3].into())),
            "reporter" => c.reporters.push((bars[0].into(), num(bars[1]))),
            "state" => c.states.push((w[0].into(), num(w[1]))),
            "open" => c.open = num(rest),
            "proposal" => c
                .proposals
                .push((w[0].into(), w[1..].iter().map(|s| s.to_string()).collect())),
            "deviations_with_proposals" => c.deviations_with_proposals = num(rest),
            other => panic!("expected.txt: unknown key {other}"),
        }
    }
    c
}

fn actual(r: &YearlyReport) -> Counts {
    let f = &r.follow_up;
    Counts {
        year: r.year,
        as_of: r.as_of.to_string(),
        total: r.total,
        categories: r
            .categories
            .iter()
            .map(|c| {
                (
                    c.code.to_string(),
                    c.count,
                    format!("{:.1}", c.share_percent),
                    c.unconfirmed,
                )
            })
            .collect(),
        unconfirmed_deviations: r.deviations_with_unconfirmed_categories,
        pairs: r
            .party_pairs
            .iter()
            .map(|p| (p.a.clone(), p.b.clone(), p.count))
            .collect(),
        kinds: r
            .kind_pairs
            .iter()
            .map(|k| {
                (
                    k.a.code().to_owned(),
                    k.b.code().to_owned(),
                    k.count,
                    format!("{:.1}", k.share_percent),
                )
            })
            .collect(),
        reporters: r
            .reporting_parties
            .iter()
            .map(|p| (p.party.clone(), p.count))
            .collect(),
        states: vec![
            ("received".into(), f.received),
            ("in_dialogue".into(), f.in_dialogue),
            ("resolved".into(), f.resolved),
            ("not_resolved".into(), f.not_resolved),
        ],
        open: f.open,
        proposals: r
            .proposals
            .iter()
            .map(|p| {
                (
                    p.proposal.to_string(),
                    p.deviations.iter().map(ToString::to_string).collect(),
                )
            })
            .collect(),
        deviations_with_proposals: r.deviations_with_proposals,
    }
}

#[test]
fn yearly_report_matches_the_hand_counted_expectations() {
    let r = report(Lang::Sv);
    let (want, got) = (expected(), actual(&r));
    // Field by field first, so a failure points at the section that differs.
    assert_eq!(got.total, want.total, "total");
    assert_eq!(got.categories, want.categories, "categories");
    assert_eq!(got.unconfirmed_deviations, want.unconfirmed_deviations);
    assert_eq!(got.pairs, want.pairs, "party pairs");
    assert_eq!(got.kinds, want.kinds, "kind pairs");
    assert_eq!(got.reporters, want.reporters, "reporting parties");
    assert_eq!(got.states, want.states, "follow-up");
    assert_eq!(got.open, want.open, "open");
    assert_eq!(got.proposals, want.proposals, "proposals");
    assert_eq!(got, want);
    assert_eq!(r.deviations.len(), 32);
}

#[test]
fn the_fixture_has_more_than_thirty_deviations_and_a_redacted_name() {
    let devs = fixture::load();
    assert_eq!(devs.len(), 34);
    let all: String = devs
        .values()
        .map(|d| d.record().description.as_str())
        .collect();
    assert!(!all.contains("Anna Berg"));
    assert!(all.contains("[namn]"));
}

#[test]
fn every_stored_deviation_rebuilds_from_its_history() {
    for d in fixture::load().values() {
        let json = serde_json::to_string(d).unwrap();
        let back: Deviation = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, d);
        let again = Deviation::from_history(d.id(), d.events().to_vec()).unwrap();
        assert_eq!(&again, d);
        // Every closed case carries its text.
        match d.state() {
            FollowUpState::Resolved => assert!(matches!(d.last_move(), Some(Move::Resolve { .. }))),
            FollowUpState::NotResolved => {
                assert!(matches!(d.last_move(), Some(Move::NotResolved { .. })))
            }
            _ => {}
        }
    }
}

#[test]
fn summary_paragraph_reads_like_a_coordinators_report() {
    let r = report(Lang::Sv);
    assert_eq!(
        r.summary_text(),
        "Rapporten sammanfattar 32 inkomna avvikelser under 2024 om brister i samverkan \
         mellan kommunens och regionens verksamheter. De flesta handlade om helhetssyn (9), \
         kommunikation (7), information (7) och klientfokus (6). Den 2025-01-31 hade 21 lösts \
         i dialog mellan parterna, 4 kunde inte lösas och 7 var fortfarande öppna. \
         6 avvikelser har lett till 4 förbättringsförslag."
    );
    let en = report(Lang::En);
    assert!(
        en.summary_text()
            .starts_with("This report summarises 32 deviations reported in 2024")
    );
    assert!(
        en.to_markdown()
            .contains("| Holistic view | 9 | 28.1% | 1 |")
    );
}

fn check_expect(name: &str, actual: &str) {
    let path = fixture::data_dir().join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run with UPDATE_EXPECT=1 and review it",
            path.display()
        )
    });
    if want != actual {
        let first = want
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the rendering at line {}:\n  expected: {:?}\n  actual:   {:?}\nrun with UPDATE_EXPECT=1 to rewrite it, then review the diff",
            first + 1,
            want.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn markdown_report_matches_the_reviewed_expectation() {
    check_expect("expected-report.md", &report(Lang::Sv).to_markdown());
}

#[test]
fn json_report_has_the_documented_fields() {
    let r = report(Lang::Sv);
    let v: serde_json::Value = serde_json::from_str(&r.to_json().unwrap()).unwrap();
    for key in [
        "format",
        "version",
        "lang",
        "year",
        "as_of",
        "total",
        "categories",
        "deviations_with_unconfirmed_categories",
        "party_pairs",
        "kind_pairs",
        "reporting_parties",
        "follow_up",
        "proposals",
        "deviations_with_proposals",
        "deviations",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["format"], "delaktig-deviation-yearly-report");
    assert_eq!(v["total"], 32);
    assert_eq!(v["follow_up"]["resolved"], 21);
    assert_eq!(v["categories"][0]["code"], "helhetssyn");
    assert_eq!(v["categories"][0]["share_percent"], 28.1);
    let back: YearlyReport = serde_json::from_value(v).unwrap();
    assert_eq!(back, r);
}

#[test]
fn html_report_is_one_escaped_page() {
    let html = report(Lang::Sv).to_html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("src="));
    assert!(html.contains("<td>Psykiatrin – Socialtjänsten</td><td class=\"n\">13</td>"));

    // A hostile party name is escaped, in HTML and in Markdown.
    let settings = Settings::default();
    let mut draft = Intake::default().parse(
        "Datum: 2024-05-02\nRapporterande enhet: soc\nBerörda parter: Enhet \"<img src=x onerror=alert(1)>\" Syd\nBeskrivning: Ingen SIP.",
        day(2024, 5, 2),
    );
    draft.event_date = Some(day(2024, 5, 1));
    let rec = draft.complete(day(2024, 5, 2), &NoRedaction).unwrap();
    let d = Deviation::open(
        DeviationId::numbered(1).unwrap(),
        rec,
        Visibility::Internal,
        day(2024, 5, 2),
        Actor::staff("x").unwrap(),
        &settings,
    )
    .unwrap();
    let r = YearlyReport::build(
        2024,
        [&d],
        &settings.categories,
        &ReportOptions::new(day(2024, 12, 31)),
    );
    let html = r.to_html();
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("Enhet &quot;&lt;img src=x onerror=alert(1)&gt;&quot; Syd"),
        "{html}"
    );
    let md = r.to_markdown();
    assert!(
        md.contains("Enhet \"\\<img src=x onerror=alert(1)\\>\" Syd"),
        "{md}"
    );
}

#[test]
fn an_empty_year_says_so() {
    let r = YearlyReport::build(
        2019,
        fixture::load().values(),
        &CategoryCatalog::default(),
        &ReportOptions::new(day(2020, 1, 31)),
    );
    assert_eq!(r.total, 0);
    assert!(
        r.categories
            .iter()
            .all(|c| c.count == 0 && c.share_percent == 0.0)
    );
    assert_eq!(
        r.summary_text(),
        "Inga avvikelser om brister i samverkan kom in under 2019."
    );
    assert!(r.to_markdown().contains("Inga."));
}

#[test]
fn one_deviation_with_one_proposal_reads_in_the_singular() {
    let settings = Settings::default();
    let text = "Datum: 2024-03-01\nDatum för händelsen: 2024-02-28\n\
                Rapporterande enhet: soc\nBerörda parter: BUP\nBeskrivning: Ingen SIP.";
    let rec = Intake::default()
        .parse(text, day(2024, 3, 1))
        .complete(day(2024, 3, 1), &NoRedaction)
        .unwrap();
    let by = Actor::new("Samordnaren", Role::Staff).unwrap();
    let mut d = Deviation::open(
        DeviationId::numbered(1).unwrap(),
        rec,
        Visibility::Internal,
        day(2024, 3, 1),
        by.clone(),
        &settings,
    )
    .unwrap();
    d.execute(
        Command::LinkProposal(ProposalRef::new("P-1").unwrap()),
        day(2024, 3, 2),
        by,
        &settings,
    )
    .unwrap();
    let sv = YearlyReport::build(
        2024,
        [&d],
        &settings.categories,
        &ReportOptions::new(day(2024, 12, 31)),
    );
    assert!(
        sv.summary_text()
            .starts_with("Rapporten sammanfattar 1 inkommen avvikelse under 2024")
    );
    assert!(
        sv.summary_text().ends_with(
            "0 lösts i dialog mellan parterna, 0 kunde inte lösas och 1 var fortfarande öppna. \
         1 avvikelse har lett till 1 förbättringsförslag."
        ),
        "{}",
        sv.summary_text()
    );
    let en = YearlyReport::build(
        2024,
        [&d],
        &settings.categories,
        &ReportOptions {
            lang: Lang::En,
            as_of: day(2024, 12, 31),
            audience: Visibility::Internal,
        },
    );
    assert!(
        en.summary_text()
            .ends_with("1 deviation led to 1 improvement proposal."),
        "{}",
        en.summary_text()
    );
}
