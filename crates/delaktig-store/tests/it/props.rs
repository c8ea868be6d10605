//! Property test: random command sequences against a file register, checked against the
//! domain model and across reopening.

use crate::common::*;
use delaktig_core::*;
use delaktig_store::*;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Raise,
    Move(usize, State, u8, bool),
    Discuss(usize, u64),
    Comment(usize, bool),
}

fn op() -> impl Strategy<Value = Op> {
    let state = prop::sample::select(State::ALL.to_vec());
    prop_oneof![
        1 => Just(Op::Raise),
        5 => (0usize..4, state, 0u8..3, any::<bool>()).prop_map(|(p, s, t, st)| Op::Move(p, s, t, st)),
        1 => (0usize..4, 1u64..4).prop_map(|(p, m)| Op::Discuss(p, m)),
        1 => (0usize..4, any::<bool>()).prop_map(|(p, i)| Op::Comment(p, i)),
    ]
}

const TEXTS: [&str; 3] = ["", "ok", "Ryms inte i årets budget"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn store_matches_the_domain_model_and_survives_reopen(ops in prop::collection::vec(op(), 1..30)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reg.db");
        let settings = Settings::default();
        let mut reg = Register::create(&path).unwrap();
        let mut model: Vec<Proposal> = Vec::new();
        for (i, o) in ops.into_iter().enumerate() {
            let at = day(i as i64);
            match o {
                Op::Raise => {
                    let id = reg.raise(draft("Förslag"), &kim(), at).unwrap();
                    model.push(Proposal::raise(id, draft("Förslag"), &kim(), at, &settings).unwrap());
                }
                Op::Move(p, to, t, as_staff) if p < model.len() => {
                    let who = if as_staff { staff() } else { kim() };
                    let spec = MoveSpec { to: Some(to), text: Some(TEXTS[t as usize].into()), merged_into: Some(model[0].id()), ..MoveSpec::default() };
                    let req = Request::new(who, at, Command::MoveTo(spec));
                    let id = model[p].id();
                    let expected = model[p].execute(req.clone(), &settings).cloned();
                    let got = reg.execute(id, req);
                    match (&expected, &got) {
                        (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
                        (Err(_), Err(_)) => {}
                        _ => prop_assert!(false, "model {:?} vs store {:?}", expected, got),
                    }
                }
                Op::Discuss(p, m) if p < model.len() => {
                    let req = Request::new(staff(), at, Command::Discuss { meeting: Some(MeetingId::new(m)), note: None });
                    let id = model[p].id();
                    model[p].execute(req.clone(), &settings).unwrap();
                    reg.execute(id, req).unwrap();
                }
                Op::Comment(p, internal) if p < model.len() => {
                    let mut req = Request::new(kim(), at, Command::Comment { text: "Bra".into() });
                    if internal { req = req.with_visibility(Visibility::Internal); }
                    let id = model[p].id();
                    model[p].execute(req.clone(), &settings).unwrap();
                    reg.execute(id, req).unwrap();
                }
                _ => {}
            }
        }
        drop(reg);
        let reg = Register::open(&path).unwrap();
        let stored = reg.proposals().unwrap();
        prop_assert_eq!(&stored, &model);
        for (p, s) in stored.iter().zip(reg.list(&ListFilter::default()).unwrap()) {
            prop_assert_eq!(p.state(), s.state);
            prop_assert_eq!(p.state_since(), s.state_since);
            for e in p.events() {
                if e.to_state() == Some(State::Rejected) {
                    prop_assert!(e.justification().is_some());
                }
            }
        }
    }
}
