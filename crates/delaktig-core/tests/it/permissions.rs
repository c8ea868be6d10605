//! The policy: who may decide, withdraw, raise, comment and follow up.

use crate::common::*;
use delaktig_core::*;

fn try_as(p: &mut Proposal, who: Actor, cmd: Command) -> Result<(), DomainError> {
    p.execute(Request::new(who, day(3), cmd), &Settings::default())
        .map(|_| ())
}

fn reject() -> Command {
    Command::MoveTo(MoveSpec::new(State::Rejected, Some("Ryms inte i budgeten")))
}

fn withdraw() -> Command {
    Command::MoveTo(MoveSpec::new(
        State::Withdrawn,
        Some("Löst på annat sätt nu"),
    ))
}

#[test]
fn only_staff_decide_by_default_and_refusal_changes_nothing() {
    for role in [Role::UserRepresentative, Role::Proposer, Role::Member] {
        let mut p = raise(1, "Längre öppettider");
        let before = p.clone();
        let e = try_as(&mut p, Actor::new("Anna", role), reject()).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("Anna (role {role}) may not decide on proposal P-1: only staff may")
        );
        assert_eq!(p, before);
    }
    let mut p = raise(1, "Längre öppettider");
    try_as(&mut p, staff(), reject()).unwrap();
    assert_eq!(p.state(), State::Rejected);
}

#[test]
fn proposer_may_withdraw_own_but_not_others() {
    let mut p = raise(1, "Längre öppettider");
    // raise() records Kim as the one who raised it.
    let e = try_as(&mut p, Actor::new("Anna", Role::Proposer), withdraw()).unwrap_err();
    assert!(
        e.to_string()
            .contains("only staff or the person who raised it may withdraw"),
        "{e}"
    );
    try_as(&mut p, Actor::new("kim ", Role::Proposer), withdraw()).unwrap();
    assert_eq!(p.state(), State::Withdrawn);
}

#[test]
fn proposer_may_not_decide_other_moves_on_own_proposal() {
    let mut p = raise(1, "Längre öppettider");
    let e = try_as(&mut p, Actor::new("Kim", Role::Proposer), reject()).unwrap_err();
    assert!(matches!(e, DomainError::NotPermitted { .. }));
}

#[test]
fn anyone_may_raise_comment_and_record_discussions() {
    for role in Role::ALL {
        let who = Actor::new("Alex", role);
        let mut p = Proposal::raise(
            ProposalId::new(1),
            NewProposal::titled("Fika"),
            &who,
            day(0),
            &Settings::default(),
        )
        .unwrap();
        try_as(
            &mut p,
            who.clone(),
            Command::Comment {
                text: "Bra idé".into(),
            },
        )
        .unwrap();
        try_as(
            &mut p,
            who.clone(),
            Command::Discuss {
                meeting: Some(MeetingId::new(1)),
                note: None,
            },
        )
        .unwrap();
        assert_eq!(p.events().len(), 3);
    }
}

#[test]
fn follow_up_is_staff_only_by_default_and_policy_is_configurable() {
    let mut p = reach(1, State::Accepted);
    let rep = Actor::new("Bryggan", Role::UserRepresentative);
    let ms = Command::AddMilestone {
        title: "Ta fram utkast".into(),
        due: Some(day(60)),
    };
    assert!(try_as(&mut p, rep.clone(), ms.clone()).is_err());

    let mut settings = Settings::default();
    settings.policy.follow_up.push(Role::UserRepresentative);
    settings.policy.decide = vec![Role::Staff, Role::UserRepresentative];
    p.execute(Request::new(rep.clone(), day(4), ms), &settings)
        .unwrap();
    p.execute(
        Request::new(
            rep,
            day(5),
            Command::MoveTo(MoveSpec::new(State::InProgress, None)),
        ),
        &settings,
    )
    .unwrap();
    assert_eq!(p.state(), State::InProgress);

    let mut closed = Settings::default();
    closed.policy.raise = vec![Role::Staff];
    let e = Proposal::raise(
        ProposalId::new(2),
        NewProposal::titled("X"),
        &Actor::new("Ola", Role::Member),
        day(0),
        &closed,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "Ola (role member) may not raise a new proposal: only staff may"
    );
}
