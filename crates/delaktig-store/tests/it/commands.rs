//! Commands through the store: transitions, justifications, permissions; refusals change nothing.

use crate::common::*;
use delaktig_core::*;
use delaktig_store::*;

#[test]
fn every_transition_pair_is_stored_or_refused_as_the_table_says() {
    for from in State::ALL {
        for to in State::ALL {
            let (mut reg, id) = with_state(from);
            let before = snapshot(&reg);
            let r = reg.move_to(id, spec(to, Some(WHY)), &staff(), day(10));
            if from.can_move_to(to) {
                let e = r.unwrap_or_else(|e| panic!("{from} -> {to}: {e}"));
                assert_eq!(e.to_state(), Some(to));
                let p = reg.proposal(id).unwrap();
                assert_eq!((p.state(), p.state_since()), (to, day(10)));
                let row = &reg
                    .list(&ListFilter {
                        state: Some(to),
                        ..ListFilter::default()
                    })
                    .unwrap();
                assert!(
                    row.iter().any(|s| s.id == id),
                    "snapshot not updated for {from} -> {to}"
                );
            } else {
                let e = r.unwrap_err();
                assert!(
                    e.to_string().contains("allowed targets are"),
                    "{from} -> {to}: {e}"
                );
                assert_eq!(
                    snapshot(&reg),
                    before,
                    "refused {from} -> {to} changed the register"
                );
            }
        }
    }
}

#[test]
fn justification_rules_apply_in_the_store_and_refusals_change_nothing() {
    for bad in [
        "",
        "  ",
        "-",
        "n/a",
        "ok",
        "saknas",
        "inget",
        "?",
        "För dyrt",
    ] {
        let (mut reg, id) = with_state(State::Received);
        let before = snapshot(&reg);
        let e = reg
            .move_to(id, spec(State::Rejected, Some(bad)), &staff(), day(5))
            .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("rejection of proposal P-2 needs a justification"),
            "{bad:?}: {e}"
        );
        assert_eq!(snapshot(&reg), before);
    }
    let mut settings = Settings::default();
    settings.justification.min_words = 7;
    let (mut reg, id) = with_state(State::Received);
    reg.set_settings(settings).unwrap();
    assert!(
        reg.move_to(id, spec(State::Rejected, Some(WHY)), &staff(), day(5))
            .is_err()
    );
    reg.move_to(
        id,
        spec(State::Rejected, Some("Beslut i nämnden den 12 mars 2025")),
        &staff(),
        day(5),
    )
    .unwrap();
}

#[test]
fn refused_permissions_leave_the_register_unchanged() {
    let (mut reg, id) = with_state(State::Received);
    let before = snapshot(&reg);
    let e = reg
        .move_to(id, spec(State::Accepted, None), &kim(), day(3))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Kim (role user_representative) may not decide on proposal P-2: only staff may"
    );
    let stranger = Actor::new("Olle", Role::Proposer);
    assert!(
        reg.move_to(
            id,
            spec(State::Withdrawn, Some("Löst på annat sätt")),
            &stranger,
            day(3)
        )
        .is_err()
    );
    assert_eq!(snapshot(&reg), before);
    let own = Actor::new("Kim", Role::Proposer);
    reg.move_to(
        id,
        spec(State::Withdrawn, Some("Löst på annat sätt")),
        &own,
        day(3),
    )
    .unwrap();
}

#[test]
fn merge_target_must_exist() {
    let (mut reg, id) = with_state(State::Received);
    let mut s = spec(State::Merged, Some("Samma fråga som P-9"));
    s.merged_into = Some(ProposalId::new(9));
    let e = reg.move_to(id, s, &staff(), day(2)).unwrap_err();
    assert!(e.to_string().contains("P-9, which does not exist"), "{e}");
}

#[test]
fn unknown_proposal_is_a_clear_error() {
    let mut reg = Register::open_in_memory().unwrap();
    let e = reg
        .move_to(
            ProposalId::new(7),
            spec(State::Accepted, None),
            &staff(),
            day(1),
        )
        .unwrap_err();
    assert!(matches!(e, StoreError::NotFound(_)));
    assert!(e.to_string().contains("no proposal P-7"));
}

#[test]
fn follow_up_comments_and_discussions_are_stored() {
    let (mut reg, id) = with_state(State::Accepted);
    let s = |c| Request::new(staff(), day(5), c);
    reg.execute(
        id,
        s(Command::AddMilestone {
            title: "Utkast".into(),
            due: Some(day(30)),
        }),
    )
    .unwrap();
    reg.execute(id, s(Command::SetProgress(Progress::try_from(50).unwrap())))
        .unwrap();
    reg.execute(id, s(Command::CompleteMilestone { index: 0 }))
        .unwrap();
    reg.execute(
        id,
        Request::new(
            kim(),
            day(6),
            Command::Comment {
                text: "Bra jobbat".into(),
            },
        ),
    )
    .unwrap();
    reg.execute(
        id,
        s(Command::SetResponsible(
            "Enheten för socialpsykiatri".into(),
        )),
    )
    .unwrap();
    let p = reg.proposal(id).unwrap();
    assert_eq!(p.milestones()[0].done, Some(day(5)));
    assert_eq!(p.progress().map(Progress::get), Some(50));
    assert_eq!(p.responsible(), Some("Enheten för socialpsykiatri"));
    assert_eq!(p.events().len(), 7);
}

#[test]
fn stalled_query_and_monthly_summary() {
    let mut reg = Register::open_in_memory().unwrap();
    let quiet = reg.raise(draft("Fler bänkar"), &kim(), day(0)).unwrap();
    let talked = reg
        .raise(draft("Kaffe på mötena"), &kim(), day(100))
        .unwrap();
    let done = reg.raise(draft("Checklista"), &kim(), day(0)).unwrap();
    for m in 1..=3u64 {
        let cmd = Command::Discuss {
            meeting: Some(MeetingId::new(m)),
            note: None,
        };
        reg.execute(talked, Request::new(staff(), day(100 + m as i64), cmd))
            .unwrap();
    }
    reg.move_to(done, spec(State::Rejected, Some(WHY)), &staff(), day(10))
        .unwrap();
    let st = reg.stalled(&StalledPolicy::default(), day(110)).unwrap();
    let ids: Vec<_> = st.iter().map(|s| s.proposal.id).collect();
    assert_eq!(ids, [quiet, talked]);
    assert_eq!(
        st[1].reasons,
        [StallReason::DiscussedWithoutChange { meetings: 3 }]
    );
    let m = reg
        .monthly_summary(day(5), &StalledPolicy::default())
        .unwrap();
    assert_eq!((m.raised, m.closed, m.moved_forward), (2, 1, 0));
}

#[test]
fn report_reads_only_public_proposals() {
    let mut reg = Register::open_in_memory().unwrap();
    reg.raise(draft("Öppet förslag"), &kim(), day(0)).unwrap();
    let mut hidden = draft("Hemligt förslag om en klient");
    hidden.visibility = Visibility::Confidential;
    reg.raise(hidden, &kim(), day(0)).unwrap();
    let r = reg.report(&ReportOptions::new(day(10)), &NoFilter).unwrap();
    assert_eq!(r.total, 1);
    assert!(!r.to_html().contains("Hemligt"));
}

#[test]
fn register_is_send() {
    fn assert_send<T: Send>() {}
    assert_send::<Register>();
    assert_send::<StoreError>();
    let reg = std::sync::Mutex::new(Register::open_in_memory().unwrap());
    std::thread::scope(|s| {
        for i in 0..4 {
            let reg = &reg;
            s.spawn(move || {
                reg.lock()
                    .unwrap()
                    .raise(draft(&format!("Förslag {i}")), &kim(), day(0))
                    .unwrap()
            });
        }
    });
    assert_eq!(reg.lock().unwrap().count().unwrap(), 4);
}
