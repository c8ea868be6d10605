//! Stalled proposals and the monthly summary.

use crate::common::*;
use delaktig_core::*;

#[test]
fn each_stall_rule_fires_at_its_threshold() {
    let policy = StalledPolicy::default();
    let p = raise(1, "Checklista");
    let facts = StallFacts::of(&p);
    assert!(policy.reasons(&facts, day(89)).is_empty());
    assert_eq!(
        policy.reasons(&facts, day(90)),
        [StallReason::NoChange { days: 90 }]
    );
    assert_eq!(
        policy.reasons(&facts, day(365)),
        [
            StallReason::NoChange { days: 365 },
            StallReason::Undecided { days: 365 }
        ]
    );

    let mut d = raise(2, "Kaffe");
    for m in 1..=3u64 {
        let cmd = Command::Discuss {
            meeting: Some(MeetingId::new(m)),
            note: None,
        };
        d.execute(
            Request::new(staff(), day(m as i64), cmd),
            &Settings::default(),
        )
        .unwrap();
    }
    assert_eq!(
        policy.reasons(&StallFacts::of(&d), day(10)),
        [StallReason::DiscussedWithoutChange { meetings: 3 }]
    );
    let strict = StalledPolicy {
        no_change_days: 5,
        discussed_meetings: 4,
        undecided_days: 1000,
    };
    assert_eq!(
        strict.reasons(&StallFacts::of(&d), day(10)),
        [StallReason::NoChange { days: 10 }]
    );
}

#[test]
fn accepted_proposals_stall_but_are_never_undecided_and_closed_ones_never_stall() {
    let policy = StalledPolicy::default();
    let a = reach(1, State::Accepted);
    assert_eq!(
        policy.reasons(&StallFacts::of(&a), day(401)),
        [StallReason::NoChange { days: 400 }]
    );
    for s in [
        State::Implemented,
        State::Rejected,
        State::Parked,
        State::Withdrawn,
        State::Merged,
    ] {
        assert!(
            policy
                .reasons(&StallFacts::of(&reach(1, s)), day(2000))
                .is_empty(),
            "{s}"
        );
    }
}

#[test]
fn stalled_list_is_oldest_first() {
    let a = reach(1, State::Accepted); // since day 1
    let b = raise(2, "Kaffe"); // since day 0
    let c = reach(3, State::Rejected);
    let list = StalledPolicy::default().stalled([&a, &b, &c], day(200));
    let ids: Vec<_> = list.iter().map(|(id, _)| id.get()).collect();
    assert_eq!(ids, [2, 1]);
}

#[test]
fn monthly_summary_counts_raised_forward_closed_and_stalled() {
    // January 2025: day(0) = Jan 1.
    let a = reach(1, State::Implemented); // raised, accepted (fwd), implemented (fwd, closed)
    let b = reach(2, State::Rejected); // raised, closed
    let c = raise(3, "Kaffe"); // raised, quiet
    let s = MonthlySummary::compute([&a, &b, &c], day(10), &StalledPolicy::default()).unwrap();
    assert_eq!((s.year, s.month), (2025, 1));
    assert_eq!(
        (s.raised, s.moved_forward, s.closed, s.stalled),
        (3, 2, 2, 0)
    );
    // April: nothing happens; c has been quiet since Jan 1 -> stalled at end of April.
    let s = MonthlySummary::compute([&a, &b, &c], day(100), &StalledPolicy::default()).unwrap();
    assert_eq!(
        (s.raised, s.moved_forward, s.closed, s.stalled),
        (0, 0, 0, 1)
    );
}
