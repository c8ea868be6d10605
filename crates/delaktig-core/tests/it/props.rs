//! Property tests: random command sequences never break the invariants.

use crate::common::*;
use delaktig_core::*;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Move(State, u8, Role),
    Comment(Role),
    Discuss(u64),
    Milestone,
    Progress(u8),
}

fn op() -> impl Strategy<Value = Op> {
    let state = prop::sample::select(State::ALL.to_vec());
    let role = prop::sample::select(Role::ALL.to_vec());
    prop_oneof![
        4 => (state, 0u8..4, role.clone()).prop_map(|(s, t, r)| Op::Move(s, t, r)),
        1 => role.prop_map(Op::Comment),
        1 => (1u64..5).prop_map(Op::Discuss),
        1 => Just(Op::Milestone),
        1 => (0u8..120).prop_map(Op::Progress),
    ]
}

const TEXTS: [&str; 4] = ["", "n/a", "för dyrt", "Ryms inte i budgeten för 2025"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn random_commands_keep_invariants(ops in prop::collection::vec(op(), 0..40)) {
        let s = Settings::default();
        let mut p = raise(1, "Checklista");
        for (i, o) in ops.into_iter().enumerate() {
            let before = p.clone();
            let by = |r: Role| Actor::new(if r == Role::Proposer { "Kim" } else { "Stina" }, r);
            let cmd = match o {
                Op::Move(to, t, r) => (by(r), Command::MoveTo(MoveSpec {
                    to: Some(to),
                    text: Some(TEXTS[t as usize].into()),
                    merged_into: Some(ProposalId::new(2)),
                    ..MoveSpec::default()
                })),
                Op::Comment(r) => (by(r), Command::Comment { text: "Bra".into() }),
                Op::Discuss(m) => (staff(), Command::Discuss { meeting: Some(MeetingId::new(m)), note: None }),
                Op::Milestone => (staff(), Command::AddMilestone { title: "Steg".into(), due: None }),
                Op::Progress(x) => match Progress::try_from(x) {
                    Ok(x) => (staff(), Command::SetProgress(x)),
                    Err(_) => continue,
                },
            };
            let r = p.execute(Request::new(cmd.0, day(i as i64), cmd.1), &s).map(|_| ());
            match r {
                // Append-only: exactly one event more, and the old ones untouched.
                Ok(()) => {
                    prop_assert_eq!(p.events().len(), before.events().len() + 1);
                    prop_assert_eq!(&p.events()[..before.events().len()], before.events());
                }
                // Refused: nothing changed.
                Err(_) => prop_assert_eq!(&p, &before),
            }
        }
        // Every move into rejected carries a justification of at least 3 words.
        for e in p.events() {
            if e.to_state() == Some(State::Rejected) {
                let j = e.justification();
                prop_assert!(j.is_some_and(|j| count_words(j.as_str()) >= 3));
            }
            if e.to_state() == Some(State::Implemented) {
                prop_assert!(e.outcome().is_some());
            }
        }
        // The state is the fold of the history.
        let last = p.events().iter().rev().find_map(Event::to_state);
        prop_assert_eq!(last, Some(p.state()));
        let rebuilt = Proposal::from_events(p.id(), p.events().to_vec()).unwrap();
        prop_assert_eq!(&rebuilt, &p);
        let json = serde_json::to_string(&p).unwrap();
        let back: Proposal = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, p);
    }
}
