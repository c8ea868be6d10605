//! Every allowed and forbidden transition, and what each requires.

use crate::common::*;
use delaktig_core::*;

/// The whole 9×9 matrix, with and without a justification, is written to an
/// expectation file so the table is reviewed as a table.
#[test]
fn transition_matrix_matches_expectations() {
    let mut out = String::new();
    for from in State::ALL {
        for to in State::ALL {
            let mut bare = reach(1, from);
            let without = match move_to(&mut bare, to, None, 10) {
                Ok(()) => "ok".to_owned(),
                Err(e) => format!("refused: {e}"),
            };
            let mut p = reach(1, from);
            let with = match move_to(&mut p, to, Some("Beslut i nämnden 12 mars"), 10) {
                Ok(()) => "ok".to_owned(),
                Err(e) => format!("refused: {e}"),
            };
            out.push_str(&format!(
                "{from} -> {to}\n  without text: {without}\n  with text:    {with}\n"
            ));
        }
    }
    expect_file("transitions.expect", &out);
}

#[test]
fn table_and_moves_agree_for_every_pair() {
    for from in State::ALL {
        for to in State::ALL {
            let mut p = reach(1, from);
            let r = move_to(&mut p, to, Some("Beslut i nämnden 12 mars"), 10);
            assert_eq!(r.is_ok(), from.can_move_to(to), "{from} -> {to}: {r:?}");
            if r.is_ok() {
                assert_eq!(p.state(), to);
                assert_eq!(p.events().len(), reach(1, from).events().len() + 1);
            } else {
                assert_eq!(p, reach(1, from), "refused move changed the proposal");
            }
        }
    }
}

#[test]
fn forbidden_move_names_the_allowed_targets() {
    let mut p = raise(4, "Kaffe på mötena");
    let e = move_to(
        &mut p,
        State::Implemented,
        Some("Kaffe beställs via Dunkers"),
        1,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "proposal P-4 cannot move from received to implemented: allowed targets are \
         under_review, accepted, rejected, parked, withdrawn, merged"
    );
}

#[test]
fn justification_required_exactly_for_rejected_parked_withdrawn_merged_and_reopenings() {
    for from in State::ALL {
        for &to in from.allowed_targets() {
            let mut p = reach(1, from);
            let needs = matches!(
                to,
                State::Rejected | State::Parked | State::Withdrawn | State::Merged
            ) || (from.is_resting() && to.is_open())
                || to == State::Implemented;
            let r = move_to(&mut p, to, None, 10);
            assert_eq!(r.is_err(), needs, "{from} -> {to}: {r:?}");
        }
    }
}

#[test]
fn typed_moves_cannot_skip_a_reopening() {
    let p = reach(1, State::Rejected);
    let e = Transition::new(p.id(), p.state(), Move::Review { note: None }).unwrap_err();
    assert!(
        matches!(e, DomainError::ReopenNeedsJustification { .. }),
        "{e}"
    );
    let why = Justification::new("Ny budget ger utrymme", &JustificationRules::default()).unwrap();
    let e = Transition::new(
        p.id(),
        State::Received,
        Move::Reopen {
            to: State::UnderReview,
            why: why.clone(),
        },
    )
    .unwrap_err();
    assert!(matches!(e, DomainError::NotAReopening { .. }), "{e}");
    let t = Transition::new(
        p.id(),
        p.state(),
        Move::Reopen {
            to: State::UnderReview,
            why,
        },
    )
    .unwrap();
    assert!(t.is_reopening());
}

#[test]
fn park_withdraw_and_merge_carry_their_details() {
    let rules = JustificationRules::default();
    let id = ProposalId::new(5);
    let spec = MoveSpec {
        to: Some(State::Parked),
        text: Some("Väntar på ny lokal".into()),
        revisit: Some(day(200)),
        ..MoveSpec::default()
    };
    let t = spec.build(id, State::Received, &rules).unwrap();
    assert_eq!(t.revisit(), Some(day(200)));

    let spec = MoveSpec {
        to: Some(State::Withdrawn),
        text: Some("Samma som förslag sju".into()),
        reason: Some(WithdrawalReason::Duplicate),
        ..MoveSpec::default()
    };
    assert_eq!(
        spec.build(id, State::Received, &rules).unwrap().reason(),
        Some(WithdrawalReason::Duplicate)
    );

    let mut spec = MoveSpec::new(State::Merged, Some("Samma fråga som P-2"));
    assert!(matches!(
        spec.build(id, State::Received, &rules),
        Err(DomainError::MergeNeedsTarget { .. })
    ));
    spec.merged_into = Some(id);
    assert!(matches!(
        spec.build(id, State::Received, &rules),
        Err(DomainError::MergeIntoSelf { .. })
    ));
    spec.merged_into = Some(ProposalId::new(2));
    assert_eq!(
        spec.build(id, State::Received, &rules)
            .unwrap()
            .merged_into(),
        Some(ProposalId::new(2))
    );
}

#[test]
fn transitions_round_trip_through_json_and_bad_ones_are_refused() {
    let mut p = reach(1, State::Rejected);
    move_to(
        &mut p,
        State::UnderReview,
        Some("Nya pengar i budgeten"),
        20,
    )
    .unwrap();
    for e in p.events() {
        let json = serde_json::to_string(e).unwrap();
        let back: Event = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, e);
    }
    let bad = r#"{"from":"received","to":"rejected"}"#;
    assert!(serde_json::from_str::<Transition>(bad).is_err());
    let bad = r#"{"from":"received","to":"implemented","outcome":"Gjort och klart nu"}"#;
    assert!(serde_json::from_str::<Transition>(bad).is_err());
}

#[test]
fn a_partial_acceptance_carries_what_is_not_done_and_why() {
    let rules = JustificationRules::default();
    let id = ProposalId::new(6);
    let partly = |to: State, text: Option<&str>| MoveSpec {
        to: Some(to),
        text: text.map(str::to_owned),
        partly: true,
        ..MoveSpec::default()
    };
    // Its "no" needs a justification like a rejection's.
    let e = partly(State::Accepted, None)
        .build(id, State::Received, &rules)
        .unwrap_err();
    assert!(matches!(e, DomainError::Justification { .. }), "{e}");
    let why = "Kvällsöppet ryms inte i budgeten, lördagar prövas";
    let t = partly(State::Accepted, Some(why))
        .build(id, State::UnderReview, &rules)
        .unwrap();
    assert_eq!(t.to(), State::Accepted);
    assert!(t.is_partial());
    assert_eq!(t.justification().map(Justification::as_str), Some(why));
    assert_eq!(t.note(), None);
    // A plain acceptance is no partial one, and only an acceptance can be partial.
    let plain = MoveSpec::new(State::Accepted, Some("Beslut i nämnden"))
        .build(id, State::Received, &rules)
        .unwrap();
    assert!(!plain.is_partial() && plain.justification().is_none());
    for (from, to) in [
        (State::Received, State::Rejected),
        (State::Accepted, State::InProgress),
        (State::Rejected, State::UnderReview),
        // A reopening carries its own justification: a parked proposal is reopened first.
        (State::Parked, State::Accepted),
    ] {
        let e = partly(to, Some(why)).build(id, from, &rules).unwrap_err();
        assert!(
            matches!(e, DomainError::Invalid { .. }),
            "{from} -> {to}: {e}"
        );
    }
    // The stored history keeps it partial.
    let mut p = raise(6, "Kvällsöppet på mottagningen");
    p.execute(
        Request::new(
            staff(),
            day(3),
            Command::MoveTo(partly(State::Accepted, Some(why))),
        ),
        &Settings::default(),
    )
    .unwrap();
    let back: Proposal = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
    assert_eq!(back, p);
    let last = back.last_move().and_then(Event::transition).unwrap();
    assert!(last.is_partial());
    assert_eq!(back.current_text(), Some(why));
}
