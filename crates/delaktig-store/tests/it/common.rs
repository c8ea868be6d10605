//! Shared helpers.

use chrono::NaiveDate;
use delaktig_core::*;
use delaktig_store::*;

pub fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(n)
}

pub fn staff() -> Actor {
    Actor::staff("Stina Handläggare")
}

pub fn kim() -> Actor {
    Actor::new("Kim", Role::UserRepresentative)
}

pub fn draft(title: &str) -> NewProposal {
    let mut d = NewProposal::titled(title);
    d.origin.raised_by = Some("Kim".into());
    d.origin.group = Some("Gemensam utvecklingsgrupp".into());
    d
}

pub const WHY: &str = "Beslut i nämnden den 12 mars";

pub fn spec(to: State, text: Option<&str>) -> MoveSpec {
    MoveSpec {
        to: Some(to),
        text: text.map(str::to_owned),
        merged_into: Some(ProposalId::new(1)),
        ..MoveSpec::default()
    }
}

/// A register whose proposal P-2 is in `target` (P-1 exists as a merge target).
pub fn with_state(target: State) -> (Register, ProposalId) {
    use State::*;
    let mut reg = Register::open_in_memory().unwrap();
    reg.raise(draft("Målproposal för sammanslagning"), &kim(), day(0))
        .unwrap();
    let id = reg
        .raise(draft("Checklista för nya handläggare"), &kim(), day(0))
        .unwrap();
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
    for (i, s) in path.iter().enumerate() {
        reg.move_to(id, spec(*s, Some(WHY)), &staff(), day(i as i64 + 1))
            .unwrap();
    }
    (reg, id)
}

/// Everything in the register, for "unchanged" comparisons.
pub fn snapshot(reg: &Register) -> String {
    let mut s = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    s.push_str(&format!("{:?}", reg.list(&ListFilter::default()).unwrap()));
    s
}
