//! Deviation reports in the register: intake, follow-up, persistence, refusals, the report.

use chrono::NaiveDate;
use delaktig_deviation::{
    Actor, Command, FollowUpState, Intake, Lang, MoveSpec, NoRedaction, ProposalRef,
};
use delaktig_store::{Register, StoreError};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, m, day).unwrap()
}

fn coordinator() -> Actor {
    Actor::new("Samordnaren").unwrap()
}

fn record(text: &str, today: NaiveDate) -> delaktig_deviation::DeviationRecord {
    Intake::default()
        .parse(text, today)
        .complete(today, &NoRedaction)
        .unwrap()
}

const SIP: &str = "Datum: 2024-03-12\nDatum för händelsen: 2024-03-08\n\
    Rapporterande enhet: Socialtjänsten\nBerörda parter: Vuxenpsykiatrin\n\
    Beskrivning: Klienten skrevs ut utan att någon SIP gjordes.";

const INFO: &str = "Datum: 2024-05-02\nDatum för händelsen: 2024-04-28\n\
    Rapporterande enhet: Beroendecentrum\nBerörda parter: Socialtjänsten\n\
    Beskrivning: Ingen information om utskrivningen nådde socialtjänsten, ingen återkoppling.";

fn moved(to: FollowUpState, text: Option<&str>) -> Command {
    Command::MoveTo(MoveSpec::new(to, text))
}

#[test]
fn ids_follow_the_report_year_and_history_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    let (a, b) = {
        let mut reg = Register::create(&path).unwrap();
        let a = reg
            .add_deviation(record(SIP, d(3, 12)), coordinator(), d(3, 12))
            .unwrap();
        let b = reg
            .add_deviation(record(INFO, d(5, 2)), coordinator(), d(5, 2))
            .unwrap();
        reg.move_deviation(
            a,
            moved(FollowUpState::InDialogue, None),
            d(3, 20),
            coordinator(),
        )
        .unwrap();
        reg.move_deviation(
            a,
            moved(
                FollowUpState::Resolved,
                Some("SIP hölls den 2 april med alla parter"),
            ),
            d(4, 2),
            coordinator(),
        )
        .unwrap();
        (a, b)
    };
    assert_eq!(a.to_string(), "A-2024-001");
    assert_eq!(b.to_string(), "A-2024-002");
    let reg = Register::open_existing(&path).unwrap();
    let dev = reg.deviation(a).unwrap();
    assert_eq!(dev.state(), FollowUpState::Resolved);
    assert_eq!(dev.events().len(), 3);
    assert_eq!(reg.deviation(b).unwrap().state(), FollowUpState::Received);
    let all = reg.deviations().unwrap();
    assert_eq!(all.iter().map(|x| x.id()).collect::<Vec<_>>(), vec![a, b]);
}

#[test]
fn refused_move_leaves_the_register_unchanged() {
    let mut reg = Register::open_in_memory().unwrap();
    let a = reg
        .add_deviation(record(SIP, d(3, 12)), coordinator(), d(3, 12))
        .unwrap();
    let before = reg.deviation(a).unwrap();
    // Received → resolved is not in the table; dialogue → resolved needs a real outcome.
    let err = reg
        .move_deviation(
            a,
            moved(
                FollowUpState::Resolved,
                Some("SIP hölls den 2 april med alla parter"),
            ),
            d(3, 20),
            coordinator(),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::Deviation(_)), "{err}");
    assert_eq!(reg.deviation(a).unwrap(), before);
    reg.move_deviation(
        a,
        moved(FollowUpState::InDialogue, None),
        d(3, 20),
        coordinator(),
    )
    .unwrap();
    let talking = reg.deviation(a).unwrap();
    let err = reg
        .move_deviation(
            a,
            moved(FollowUpState::Resolved, None),
            d(3, 21),
            coordinator(),
        )
        .unwrap_err();
    assert!(err.to_string().contains("needs an outcome"), "{err}");
    let err = reg
        .move_deviation(
            a,
            moved(FollowUpState::NotResolved, None),
            d(3, 21),
            coordinator(),
        )
        .unwrap_err();
    assert!(err.to_string().contains("justification"), "{err}");
    assert_eq!(reg.deviation(a).unwrap(), talking);
}

#[test]
fn unknown_deviation_is_a_clear_error() {
    let mut reg = Register::open_in_memory().unwrap();
    let id = "A-2024-009".parse().unwrap();
    let err = reg.deviation(id).unwrap_err();
    assert!(matches!(err, StoreError::DeviationNotFound(_)));
    assert!(err.to_string().contains("A-2024-009"));
    let err = reg
        .move_deviation(
            id,
            moved(FollowUpState::InDialogue, None),
            d(3, 20),
            coordinator(),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::DeviationNotFound(_)));
}

#[test]
fn history_rows_are_append_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    let mut reg = Register::create(&path).unwrap();
    reg.add_deviation(record(SIP, d(3, 12)), coordinator(), d(3, 12))
        .unwrap();
    drop(reg);
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("DELETE FROM deviation_events", []).is_err());
    assert!(
        conn.execute("UPDATE deviation_events SET body = '{}'", [])
            .is_err()
    );
}

#[test]
fn a_register_without_deviation_tables_gains_them_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    drop(Register::create(&path).unwrap());
    // Simulate a file written before deviations were stored.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER deviation_events_append_only_update;
         DROP TRIGGER deviation_events_append_only_delete;
         DROP TABLE deviation_events; DROP TABLE deviations;",
    )
    .unwrap();
    drop(conn);
    let mut reg = Register::open_existing(&path).unwrap();
    let a = reg
        .add_deviation(record(SIP, d(3, 12)), coordinator(), d(3, 12))
        .unwrap();
    assert_eq!(reg.deviations().unwrap().len(), 1);
    assert_eq!(reg.deviation(a).unwrap().id(), a);
}

#[test]
fn report_counts_the_stored_deviations() {
    let mut reg = Register::open_in_memory().unwrap();
    let a = reg
        .add_deviation(record(SIP, d(3, 12)), coordinator(), d(3, 12))
        .unwrap();
    let b = reg
        .add_deviation(record(INFO, d(5, 2)), coordinator(), d(5, 2))
        .unwrap();
    let c = reg
        .add_deviation(record(INFO, d(6, 1)), coordinator(), d(6, 1))
        .unwrap();
    reg.move_deviation(
        a,
        moved(FollowUpState::InDialogue, None),
        d(3, 20),
        coordinator(),
    )
    .unwrap();
    reg.move_deviation(
        a,
        moved(
            FollowUpState::Resolved,
            Some("SIP hölls den 2 april med alla parter"),
        ),
        d(4, 2),
        coordinator(),
    )
    .unwrap();
    reg.move_deviation(
        b,
        moved(FollowUpState::InDialogue, None),
        d(5, 10),
        coordinator(),
    )
    .unwrap();
    reg.move_deviation(
        c,
        Command::LinkProposal(ProposalRef::new("P-12").unwrap()),
        d(6, 3),
        coordinator(),
    )
    .unwrap();
    let report = reg.deviation_report(2024, Lang::Sv, d(12, 31)).unwrap();
    assert_eq!(report.total, 3);
    assert_eq!(report.follow_up.resolved, 1);
    assert_eq!(report.follow_up.open, 2);
    assert_eq!(report.deviations_with_proposals, 1);
    assert!(
        report
            .to_markdown()
            .contains("Rapporten sammanfattar 3 inkomna avvikelser under 2024")
    );
    // As of a date before the resolution, the first one was still open.
    let early = reg.deviation_report(2024, Lang::Sv, d(3, 31)).unwrap();
    assert_eq!(early.follow_up.resolved, 0);
    assert_eq!(
        reg.deviation_report(2023, Lang::En, d(12, 31))
            .unwrap()
            .total,
        0
    );
}

#[test]
fn full_export_carries_deviations_and_imports_to_the_same_state() {
    use delaktig_core::NoFilter;
    use delaktig_store::ExportScope;
    let mut reg = Register::open_in_memory().unwrap();
    let a = reg
        .add_deviation(record(SIP, d(3, 12)), coordinator(), d(3, 12))
        .unwrap();
    reg.move_deviation(
        a,
        moved(FollowUpState::InDialogue, None),
        d(3, 20),
        coordinator(),
    )
    .unwrap();
    reg.add_deviation(record(INFO, d(5, 2)), coordinator(), d(5, 2))
        .unwrap();
    let json = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    // Deviations describe individual cases: never in a public export.
    let public = reg.export(ExportScope::Public, &NoFilter).unwrap();
    assert!(public.deviations.is_empty());
    let mut copy = Register::open_in_memory().unwrap();
    let sum = copy.import_json(&json).unwrap();
    assert_eq!(sum.deviations, 2);
    assert_eq!(sum.events, 3);
    assert_eq!(copy.deviations().unwrap(), reg.deviations().unwrap());
    // A register holding only deviations is not empty.
    let err = copy.import_json(&json).unwrap_err();
    assert!(
        matches!(err, StoreError::NotEmpty { deviations: 2, .. }),
        "{err}"
    );
}
