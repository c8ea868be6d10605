//! The register through the facade: a proposal's life on a file, across reopening, into
//! every public output and through export and import.

use chrono::NaiveDate;
use delaktig::core::*;
use delaktig::store::*;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).unwrap()
}

#[test]
fn a_proposal_followed_on_file_survives_reopening_and_reaches_public_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("register.db");
    let staff = Actor::staff("Socialförvaltningen");
    let (a, b, hidden) = {
        let mut reg = Register::create(&path).unwrap();
        let rep = Actor::new("Bryggan", Role::UserRepresentative);
        let a = reg
            .raise(
                NewProposal::titled("Checklista för nya handläggare"),
                &rep,
                date(1, 13),
            )
            .unwrap();
        let b = reg
            .raise(
                NewProposal::titled("Gratis kaffe i väntrummen"),
                &rep,
                date(1, 13),
            )
            .unwrap();
        let mut secret = NewProposal::titled("Ärende om en enskild klient");
        secret.visibility = Visibility::Confidential;
        let hidden = reg.raise(secret, &rep, date(1, 13)).unwrap();
        reg.move_to(a, MoveSpec::new(State::Accepted, None), &staff, date(2, 1))
            .unwrap();
        reg.move_to(
            a,
            MoveSpec::new(State::Implemented, Some("Checklistan används sedan april")),
            &staff,
            date(4, 1),
        )
        .unwrap();
        assert!(
            reg.move_to(b, MoveSpec::new(State::Rejected, None), &staff, date(2, 1))
                .is_err()
        );
        reg.move_to(
            b,
            MoveSpec::new(State::Rejected, Some("Ryms inte i budgeten")),
            &staff,
            date(2, 1),
        )
        .unwrap();
        (a, b, hidden)
    };

    let reg = Register::open(&path).unwrap();
    assert_eq!(reg.proposal(a).unwrap().state(), State::Implemented);
    assert_eq!(
        reg.proposal(b).unwrap().current_text(),
        Some("Ryms inte i budgeten")
    );
    assert_eq!(reg.proposal(hidden).unwrap().state(), State::Received);

    let report = reg
        .report(&ReportOptions::new(date(4, 30)), &NoFilter)
        .unwrap();
    let public_export = reg.export_json(ExportScope::Public, &NoFilter).unwrap();
    for out in [
        report.to_markdown(),
        report.to_html(),
        report.to_json(),
        public_export,
    ] {
        assert!(out.contains("Ryms inte i budgeten"));
        assert!(
            !out.contains("enskild klient"),
            "a confidential proposal leaked"
        );
    }

    let full = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    let mut copy = Register::open_in_memory().unwrap();
    copy.import_json(&full).unwrap();
    assert_eq!(copy.proposals().unwrap(), reg.proposals().unwrap());
}
