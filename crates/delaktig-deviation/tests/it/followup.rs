//! The follow-up state machine: every pair of states, the texts each move requires, the
//! append-only history, categories and proposal links.

use crate::day;
use FollowUpState::*;
use delaktig_deviation::*;

fn settings() -> Settings {
    Settings::default()
}

fn by() -> Actor {
    Actor::new("Samordnaren", Role::Staff).unwrap()
}

fn fresh() -> Deviation {
    let text = "Avvikelse nr: A-2024-001\nDatum: 2024-01-10\nDatum för händelsen: 2024-01-08\n\
                Rapporterande enhet: Socialtjänsten\nBerörda parter: Psykiatrin\n\
                Beskrivning: Ingen SIP och ingen återkoppling.";
    let rec = Intake::default()
        .parse(text, day(2024, 1, 10))
        .complete(day(2024, 1, 10), &NoRedaction)
        .unwrap();
    Deviation::open(
        DeviationId::in_year(2024, 1).unwrap(),
        rec,
        Visibility::Internal,
        day(2024, 1, 10),
        by(),
        &settings(),
    )
    .unwrap()
}

const GOOD: &str = "Parterna kom överens om en gemensam rutin";

fn mv(d: &mut Deviation, to: FollowUpState, text: Option<&str>) -> Result<(), DeviationError> {
    let at = d.events().last().unwrap().at;
    d.execute(
        Command::MoveTo(MoveSpec::new(to, text)),
        at,
        by(),
        &settings(),
    )
    .map(|_| ())
}

/// A deviation brought into `state` through allowed moves.
fn in_state(state: FollowUpState) -> Deviation {
    let mut d = fresh();
    let path: &[FollowUpState] = match state {
        Received => &[],
        InDialogue => &[InDialogue],
        Resolved => &[InDialogue, Resolved],
        NotResolved => &[NotResolved],
    };
    for s in path {
        let text = (*s != InDialogue).then_some(GOOD);
        mv(&mut d, *s, text).unwrap();
    }
    assert_eq!(d.state(), state);
    d
}

#[test]
fn every_pair_of_states_follows_the_table() {
    for from in ALL_STATES {
        for to in ALL_STATES {
            let req = from.requirement(to);
            let mut d = in_state(from);
            let before = d.clone();
            let needs_text = matches!(
                req,
                Some(Requirement::Outcome | Requirement::Justification | Requirement::Reopening)
            );
            let text = needs_text.then_some(GOOD);
            let got = mv(&mut d, to, text);
            match req {
                None => {
                    let err = got.unwrap_err();
                    assert!(
                        matches!(err, DeviationError::NotAllowed { .. }),
                        "{from} → {to}: {err}"
                    );
                    // The error names what is allowed.
                    for allowed in from.allowed_targets() {
                        assert!(err.to_string().contains(allowed.code()), "{err}");
                    }
                    assert_eq!(d, before, "a refused move changes nothing");
                }
                Some(_) => {
                    got.unwrap_or_else(|e| panic!("{from} → {to}: {e}"));
                    assert_eq!(d.state(), to);
                    assert_eq!(d.events().len(), before.events().len() + 1);
                    assert_eq!(&d.events()[..before.events().len()], before.events());
                }
            }
        }
    }
}

#[test]
fn required_texts_are_checked_for_every_move_that_needs_one() {
    let cases = [
        (
            InDialogue,
            Resolved,
            "resolving deviation A-2024-001 needs an outcome",
        ),
        (
            InDialogue,
            NotResolved,
            "closing as not resolved deviation A-2024-001 needs a justification",
        ),
        (
            Received,
            NotResolved,
            "closing as not resolved deviation A-2024-001 needs a justification",
        ),
        (
            Resolved,
            InDialogue,
            "reopening deviation A-2024-001 needs a justification",
        ),
        (
            NotResolved,
            InDialogue,
            "reopening deviation A-2024-001 needs a justification",
        ),
    ];
    for (from, to, msg) in cases {
        for bad in [
            None,
            Some(""),
            Some("  "),
            Some("-"),
            Some("n/a"),
            Some("OK"),
            Some("saknas"),
            Some("två ord"),
        ] {
            let mut d = in_state(from);
            let before = d.clone();
            let err = mv(&mut d, to, bad).unwrap_err();
            assert!(
                err.to_string().starts_with(msg),
                "{from} → {to} with {bad:?}: {err}"
            );
            assert_eq!(d, before);
        }
        let mut d = in_state(from);
        mv(&mut d, to, Some(GOOD)).unwrap();
        assert_eq!(d.last_move().and_then(Move::text), Some(GOOD));
    }
}

#[test]
fn starting_dialogue_takes_no_text() {
    let mut d = fresh();
    let err = mv(&mut d, InDialogue, Some("Vi ringer dem imorgon")).unwrap_err();
    assert!(
        matches!(err, DeviationError::UnexpectedText { .. }),
        "{err}"
    );
    mv(&mut d, InDialogue, Some("  ")).unwrap();
}

#[test]
fn moves_built_in_code_are_checked_against_the_table_too() {
    let rules = JustificationRules::default();
    let j = Justification::new(GOOD, &rules).unwrap();
    let o = Outcome::new(GOOD, &rules).unwrap();
    let s = settings();
    // Resolve straight from received is not in the table.
    let mut d = fresh();
    let err = d
        .execute(
            Command::Step(Move::Resolve { outcome: o }),
            day(2024, 2, 1),
            by(),
            &s,
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("allowed targets are in_dialogue, not_resolved"),
        "{err}"
    );
    // A plain start of dialogue out of a closed state must be a reopening.
    let mut d = in_state(NotResolved);
    let err = d
        .execute(
            Command::Step(Move::StartDialogue),
            day(2024, 2, 1),
            by(),
            &s,
        )
        .unwrap_err();
    assert!(err.to_string().contains("reopening"), "{err}");
    d.execute(
        Command::Step(Move::Reopen {
            justification: j.clone(),
        }),
        day(2024, 2, 1),
        by(),
        &s,
    )
    .unwrap();
    // Reopening something open is not a move the table knows.
    let err = d
        .execute(
            Command::Step(Move::Reopen { justification: j }),
            day(2024, 2, 2),
            by(),
            &s,
        )
        .unwrap_err();
    assert!(matches!(err, DeviationError::NotAllowed { .. }), "{err}");
}

#[test]
fn the_justification_minimum_is_configurable() {
    let strict = Settings {
        rules: JustificationRules { min_words: 6 },
        ..Settings::default()
    };
    let mut d = in_state(InDialogue);
    let at = day(2024, 2, 1);
    let spec = MoveSpec::new(NotResolved, Some("Parterna är inte överens"));
    let err = d
        .execute(Command::MoveTo(spec.clone()), at, by(), &strict)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("at least 6 words are needed, got 4"),
        "{err}"
    );
    d.execute(Command::MoveTo(spec), at, by(), &settings())
        .unwrap();
}

#[test]
fn history_is_appended_in_date_order() {
    let mut d = fresh();
    let err = d
        .execute(
            Command::MoveTo(MoveSpec::new(InDialogue, None)),
            day(2024, 1, 9),
            by(),
            &settings(),
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("comes before the last one (2024-01-10)"),
        "{err}"
    );
    assert_eq!(d.events().len(), 1);
}

#[test]
fn state_on_a_date_is_the_fold_up_to_that_date() {
    let mut d = fresh();
    let s = settings();
    d.execute(
        Command::MoveTo(MoveSpec::new(InDialogue, None)),
        day(2024, 2, 1),
        by(),
        &s,
    )
    .unwrap();
    d.execute(
        Command::MoveTo(MoveSpec::new(Resolved, Some(GOOD))),
        day(2024, 3, 1),
        by(),
        &s,
    )
    .unwrap();
    assert_eq!(d.state_on(day(2024, 1, 31)), Received);
    assert_eq!(d.state_on(day(2024, 2, 29)), InDialogue);
    assert_eq!(d.state_on(day(2024, 3, 1)), Resolved);
    assert_eq!(d.state_since(), day(2024, 3, 1));
}

#[test]
fn categories_are_confirmed_added_and_removed_by_people() {
    let mut d = fresh();
    let s = settings();
    let at = day(2024, 1, 11);
    let code = |c: &str| CategoryCode::new(c).unwrap();
    let marks = |d: &Deviation| {
        d.categories()
            .iter()
            .map(|m| (m.code.to_string(), m.status))
            .collect::<Vec<_>>()
    };
    use CategoryStatus::*;
    assert_eq!(
        marks(&d),
        [
            ("aterkoppling".into(), Suggested),
            ("utebliven_sip".into(), Suggested)
        ]
    );
    assert!(!d.categories_confirmed());
    d.execute(
        Command::ConfirmCategory(code("utebliven_sip")),
        at,
        by(),
        &s,
    )
    .unwrap();
    let err = d
        .execute(
            Command::ConfirmCategory(code("utebliven_sip")),
            at,
            by(),
            &s,
        )
        .unwrap_err();
    assert!(err.to_string().contains("already confirmed"), "{err}");
    let err = d
        .execute(Command::ConfirmCategory(code("bemotande")), at, by(), &s)
        .unwrap_err();
    assert!(
        err.to_string().contains("has no category bemotande"),
        "{err}"
    );
    let err = d
        .execute(Command::AddCategory(code("vader")), at, by(), &s)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown category vader: use one of helhetssyn"),
        "{err}"
    );
    let err = d
        .execute(Command::AddCategory(code("aterkoppling")), at, by(), &s)
        .unwrap_err();
    assert!(err.to_string().contains("already has category"), "{err}");
    d.execute(Command::RemoveCategory(code("aterkoppling")), at, by(), &s)
        .unwrap();
    let err = d
        .execute(Command::RemoveCategory(code("utebliven_sip")), at, by(), &s)
        .unwrap_err();
    assert!(err.to_string().contains("is the last one"), "{err}");
    d.execute(Command::AddCategory(code("helhetssyn")), at, by(), &s)
        .unwrap();
    assert_eq!(
        marks(&d),
        [
            ("utebliven_sip".into(), Confirmed),
            ("helhetssyn".into(), Confirmed)
        ]
    );
    assert!(d.categories_confirmed());
    // The record keeps what was reported; the history says what people changed.
    assert_eq!(d.record().categories.len(), 2);
    let kinds: Vec<&str> = d.events().iter().map(|e| e.kind.code()).collect();
    assert_eq!(
        kinds,
        [
            "recorded",
            "category_confirmed",
            "category_removed",
            "category_added"
        ]
    );
}

#[test]
fn proposals_are_linked_once() {
    let mut d = fresh();
    let s = settings();
    let at = day(2024, 1, 12);
    d.execute(
        Command::LinkProposal(ProposalRef::new("P-4").unwrap()),
        at,
        by(),
        &s,
    )
    .unwrap();
    let err = d
        .execute(
            Command::LinkProposal(ProposalRef::new("p4").unwrap()),
            at,
            by(),
            &s,
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("proposal P-4 is already linked to deviation A-2024-001")
    );
    assert_eq!(d.proposals().len(), 1);
}

#[test]
fn stored_histories_are_checked_when_read() {
    let mut d = in_state(Resolved);
    d.execute(
        Command::LinkProposal(ProposalRef::new("P-2").unwrap()),
        day(2024, 1, 10),
        by(),
        &settings(),
    )
    .unwrap();
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["state"], "resolved");
    assert_eq!(
        serde_json::from_value::<Deviation>(json.clone()).unwrap(),
        d
    );

    // A resolution whose outcome was emptied is refused.
    let mut bad = json.clone();
    bad["events"][2]["step"]["outcome"] = "".into();
    assert!(serde_json::from_value::<Deviation>(bad).is_err());
    // A state that is not the fold of the events is refused.
    let mut bad = json.clone();
    bad["state"] = "not_resolved".into();
    let err = serde_json::from_value::<Deviation>(bad).unwrap_err();
    assert!(
        err.to_string()
            .contains("differs from the state its events lead to"),
        "{err}"
    );
    // A move the table does not allow is refused.
    let mut bad = json.clone();
    bad["events"][1]["step"] = serde_json::json!({"move": "resolve", "outcome": GOOD});
    assert!(serde_json::from_value::<Deviation>(bad).is_err());
    // A history without its record is refused.
    let events: Vec<Event> = d.events()[1..].to_vec();
    let err = Deviation::from_history(d.id(), events).unwrap_err();
    assert!(
        err.to_string().contains("first event is not the record"),
        "{err}"
    );
    assert!(Deviation::from_history(d.id(), vec![]).is_err());
}

#[test]
fn a_record_without_another_party_is_refused() {
    let mut rec = fresh().record().clone();
    rec.involved.clear();
    let err = Deviation::open(
        DeviationId::numbered(9).unwrap(),
        rec,
        Visibility::Internal,
        day(2024, 1, 10),
        by(),
        &settings(),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("deviation A-9 cannot be registered: no other party"),
        "{err}"
    );
}

#[test]
fn summaries_serve_listings() {
    let d = in_state(NotResolved);
    let s = d.summary(&CategoryCatalog::default(), Lang::Sv);
    assert_eq!(s.state_label, "Ej löst");
    assert_eq!(s.text.as_deref(), Some(GOOD));
    assert_eq!(s.categories[0].label, "Återkoppling");
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(v["id"], "A-2024-001");
    assert_eq!(v["state"], "not_resolved");
}
