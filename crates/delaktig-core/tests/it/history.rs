//! The append-only history: fold, rebuild, follow-up details, serde.

use crate::common::*;
use delaktig_core::*;

#[test]
fn state_is_the_fold_of_the_history() {
    let mut p = reach(1, State::Accepted);
    move_to(&mut p, State::InProgress, None, 10).unwrap();
    move_to(
        &mut p,
        State::Implemented,
        Some("Rutinen är införd i alla enheter"),
        20,
    )
    .unwrap();
    let rebuilt = Proposal::from_events(p.id(), p.events().to_vec()).unwrap();
    assert_eq!(rebuilt, p);
    let states: Vec<_> = p.events().iter().filter_map(Event::to_state).collect();
    assert_eq!(
        states,
        [
            State::Received,
            State::Accepted,
            State::InProgress,
            State::Implemented
        ]
    );
    assert_eq!(p.state_since(), day(20));
}

#[test]
fn a_history_that_does_not_fold_is_refused() {
    let p = reach(1, State::Rejected);
    let mut events = p.events().to_vec();
    // Drop the raising: a history must start with it.
    assert!(Proposal::from_events(p.id(), events[1..].to_vec()).is_err());
    // Reorder: a move recorded from the wrong state.
    events.push(events[1].clone());
    let e = Proposal::from_events(p.id(), events).unwrap_err();
    assert!(
        e.to_string()
            .contains("a move from received recorded while the state is rejected"),
        "{e}"
    );
    assert!(Proposal::from_events(p.id(), vec![]).is_err());
}

#[test]
fn moves_cannot_be_backdated_before_the_current_state() {
    let mut p = reach(1, State::Accepted); // accepted on day 1
    let e = move_to(&mut p, State::InProgress, None, 0).unwrap_err();
    assert!(
        e.to_string().contains("before the current state began"),
        "{e}"
    );
}

#[test]
fn milestones_and_progress_only_after_acceptance() {
    let s = Settings::default();
    let mut p = raise(1, "Checklista");
    let add = Command::AddMilestone {
        title: "Utkast".into(),
        due: Some(day(30)),
    };
    let e = p
        .execute(Request::new(staff(), day(2), add.clone()), &s)
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("milestones follow up an accepted proposal"),
        "{e}"
    );
    let pct = Progress::try_from(40).unwrap();
    assert!(
        p.execute(Request::new(staff(), day(2), Command::SetProgress(pct)), &s)
            .is_err()
    );

    move_to(&mut p, State::Accepted, None, 3).unwrap();
    p.execute(Request::new(staff(), day(4), add), &s).unwrap();
    p.execute(Request::new(staff(), day(5), Command::SetProgress(pct)), &s)
        .unwrap();
    p.execute(
        Request::new(staff(), day(9), Command::CompleteMilestone { index: 0 }),
        &s,
    )
    .unwrap();
    assert_eq!(p.milestones()[0].done, Some(day(9)));
    assert_eq!(p.progress(), Some(pct));
    assert!(
        p.execute(
            Request::new(staff(), day(9), Command::CompleteMilestone { index: 0 }),
            &s
        )
        .is_err()
    );
    assert!(
        p.execute(
            Request::new(staff(), day(9), Command::CompleteMilestone { index: 3 }),
            &s
        )
        .is_err()
    );
    assert!(Progress::try_from(101).is_err());
}

#[test]
fn discussions_do_not_change_state_and_count_distinct_meetings() {
    let s = Settings::default();
    let mut p = raise(1, "Checklista");
    for m in [1, 2, 2, 3] {
        let cmd = Command::Discuss {
            meeting: Some(MeetingId::new(m)),
            note: Some("Togs upp igen".into()),
        };
        p.execute(Request::new(staff(), day(m as i64), cmd), &s)
            .unwrap();
    }
    assert_eq!(p.state(), State::Received);
    assert_eq!(p.state_since(), day(0));
    assert_eq!(p.discussions_since_change(), 3);
    move_to(&mut p, State::UnderReview, None, 5).unwrap();
    assert_eq!(p.discussions_since_change(), 0);
}

#[test]
fn proposal_json_round_trips_through_its_history() {
    let mut p = reach(1, State::Parked);
    p.execute(
        Request::new(staff(), day(3), Command::Tag("boende".into())),
        &Settings::default(),
    )
    .unwrap();
    p.execute(
        Request::new(
            staff(),
            day(3),
            Command::Comment {
                text: "Intern anteckning".into(),
            },
        )
        .with_visibility(Visibility::Internal),
        &Settings::default(),
    )
    .unwrap();
    let json = serde_json::to_string(&p).unwrap();
    let back: Proposal = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
    assert_eq!(back.events()[3].visibility, Visibility::Internal);
}
