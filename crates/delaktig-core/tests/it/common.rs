//! Shared helpers and the expectation-file runner (`UPDATE_EXPECT=1` rewrites).

use chrono::NaiveDate;
use delaktig_core::*;
use std::path::PathBuf;

pub fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(n)
}

pub fn staff() -> Actor {
    Actor::staff("Handläggare Stina")
}

pub fn raise(id: u64, title: &str) -> Proposal {
    let mut draft = NewProposal::titled(title);
    draft.origin.raised_by = Some("Kim".into());
    draft.origin.organisation = Some("Bryggan".into());
    Proposal::raise(
        ProposalId::new(id),
        draft,
        &Actor::new("Kim", Role::UserRepresentative),
        day(0),
        &Settings::default(),
    )
    .unwrap()
}

pub fn move_to(
    p: &mut Proposal,
    to: State,
    text: Option<&str>,
    at: i64,
) -> Result<(), DomainError> {
    let cmd = Command::MoveTo(MoveSpec {
        to: Some(to),
        text: text.map(str::to_owned),
        merged_into: Some(ProposalId::new(999)),
        ..MoveSpec::default()
    });
    p.execute(Request::new(staff(), day(at), cmd), &Settings::default())
        .map(|_| ())
}

/// Brings a fresh proposal to `target` along a shortest allowed path with valid texts.
pub fn reach(id: u64, target: State) -> Proposal {
    use State::*;
    let path: &[State] = match target {
        Received => &[],
        UnderReview => &[UnderReview],
        Accepted => &[Accepted],
        InProgress => &[Accepted, InProgress],
        Implemented => &[Accepted, Implemented],
        Rejected => &[Rejected],
        Parked => &[Parked],
        Withdrawn => &[Withdrawn],
        Merged => &[Merged],
    };
    let mut p = raise(id, "Checklista för nya handläggare");
    for (i, s) in path.iter().enumerate() {
        move_to(&mut p, *s, Some("Beslutat av nämnden i mars"), i as i64 + 1).unwrap();
    }
    assert_eq!(p.state(), target);
    p
}

/// Compares `actual` with the file `tests/data/<name>`; `UPDATE_EXPECT=1` rewrites it.
pub fn expect_file(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing; run with UPDATE_EXPECT=1", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("- {a}\n+ {b}"))
            .collect();
        panic!(
            "{} differs from the computed output (UPDATE_EXPECT=1 rewrites it):\n{}",
            path.display(),
            diff.join("\n")
        );
    }
}
