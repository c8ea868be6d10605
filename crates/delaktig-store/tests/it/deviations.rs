//! Deviation reports in the register: intake, follow-up, persistence, refusals, the report.

use chrono::NaiveDate;
use delaktig_deviation::{
    Actor, Command, DeviationId, FollowUpState, Intake, Lang, MoveSpec, NoRedaction, ProposalRef,
    ReportOptions, Role, Visibility,
};
use delaktig_store::{Register, StoreError};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, m, day).unwrap()
}

fn coordinator() -> Actor {
    Actor::new("Samordnaren", Role::Staff).unwrap()
}

fn record(text: &str, today: NaiveDate) -> delaktig_deviation::DeviationRecord {
    Intake::default()
        .parse(text, today)
        .complete(today, &NoRedaction)
        .unwrap()
}

/// Records `text` as an internal deviation by the coordinator on `today`.
fn add(reg: &mut Register, text: &str, today: NaiveDate) -> DeviationId {
    reg.add_deviation(
        record(text, today),
        Visibility::Internal,
        coordinator(),
        today,
    )
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
        let a = add(&mut reg, SIP, d(3, 12));
        let b = add(&mut reg, INFO, d(5, 2));
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
    let a = add(&mut reg, SIP, d(3, 12));
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
    add(&mut reg, SIP, d(3, 12));
    drop(reg);
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("DELETE FROM deviation_events", []).is_err());
    assert!(
        conn.execute("UPDATE deviation_events SET body = '{}'", [])
            .is_err()
    );
}

/// Turns a fresh register file into one as schema version 1 wrote it: no deviation
/// settings, no visibility columns, and (with `deviations`) the version-1 deviation tables.
fn make_version_1(path: &std::path::Path, deviations: bool) {
    drop(Register::create(path).unwrap());
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER deviation_events_append_only_update;
         DROP TRIGGER deviation_events_append_only_delete;
         DROP TABLE deviation_events; DROP TABLE deviations; DROP TABLE deviation_settings;
         PRAGMA user_version = 1;",
    )
    .unwrap();
    if deviations {
        conn.execute_batch(
            "CREATE TABLE deviations (id TEXT PRIMARY KEY, year INTEGER,
                 number INTEGER NOT NULL, state TEXT NOT NULL, state_since TEXT NOT NULL,
                 report_date TEXT NOT NULL, event_count INTEGER NOT NULL);
             CREATE TABLE deviation_events (deviation_id TEXT NOT NULL REFERENCES deviations(id),
                 seq INTEGER NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
                 PRIMARY KEY (deviation_id, seq)) WITHOUT ROWID;
             CREATE TRIGGER deviation_events_append_only_update BEFORE UPDATE ON deviation_events
             BEGIN SELECT RAISE(ABORT, 'append-only'); END;
             CREATE TRIGGER deviation_events_append_only_delete BEFORE DELETE ON deviation_events
             BEGIN SELECT RAISE(ABORT, 'append-only'); END;",
        )
        .unwrap();
    }
}

fn user_version(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

#[test]
fn a_version_1_register_without_deviation_tables_is_migrated_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    make_version_1(&path, false);
    assert_eq!(user_version(&path), 1);
    let mut reg = Register::open_existing(&path).unwrap();
    let a = add(&mut reg, SIP, d(3, 12));
    assert_eq!(reg.deviations().unwrap().len(), 1);
    assert_eq!(reg.deviation(a).unwrap().id(), a);
    assert_eq!(
        reg.deviation_settings().unwrap(),
        delaktig_deviation::Settings::default()
    );
    drop(reg);
    assert_eq!(user_version(&path), delaktig_store::SCHEMA_VERSION);
    // Opening again changes nothing.
    let reg = Register::open_existing(&path).unwrap();
    assert_eq!(reg.deviations().unwrap().len(), 1);
}

#[test]
fn a_version_1_register_with_deviations_keeps_them_as_internal_after_migration() {
    // The rows a version-1 build wrote: an actor named only, no visibility.
    let mut source = Register::open_in_memory().unwrap();
    let a = add(&mut source, SIP, d(3, 12));
    source
        .move_deviation(
            a,
            moved(FollowUpState::InDialogue, None),
            d(3, 20),
            coordinator(),
        )
        .unwrap();
    let events = source.deviation(a).unwrap().events().to_vec();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    make_version_1(&path, true);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "INSERT INTO deviations VALUES ('A-2024-001', 2024, 1, 'in_dialogue', '2024-03-20',
             '2024-03-12', 2)",
            [],
        )
        .unwrap();
        for (i, e) in events.iter().enumerate() {
            let mut v = serde_json::to_value(e).unwrap();
            let o = v.as_object_mut().unwrap();
            o.remove("visibility");
            o.insert("by".into(), "Samordnaren".into());
            conn.execute(
                "INSERT INTO deviation_events VALUES ('A-2024-001', ?1, ?2, ?3, ?4)",
                rusqlite::params![i as i64, e.at.to_string(), e.kind.code(), v.to_string()],
            )
            .unwrap();
        }
    }
    let mut reg = Register::open_existing(&path).unwrap();
    let old = reg.deviation(a).unwrap();
    assert_eq!(old.state(), FollowUpState::InDialogue);
    assert_eq!(old.visibility(), Visibility::Internal);
    assert!(old.events().iter().all(|e| e.by.role().is_none()));
    // Work goes on with roles and visibility.
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
        a,
        Command::SetVisibility(Visibility::Public),
        d(4, 3),
        coordinator(),
    )
    .unwrap();
    drop(reg);
    let reg = Register::open_existing(&path).unwrap();
    let now = reg.deviation(a).unwrap();
    assert_eq!(now.state(), FollowUpState::Resolved);
    assert_eq!(now.visibility(), Visibility::Public);
    assert_eq!(now.events().len(), 4);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let vis: Vec<String> = conn
        .prepare("SELECT visibility FROM deviation_events ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(vis, ["internal", "internal", "internal", "public"]);
    let snap: String = conn
        .query_row("SELECT visibility FROM deviations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(snap, "public");
}

#[test]
fn report_counts_the_stored_deviations() {
    let mut reg = Register::open_in_memory().unwrap();
    let a = add(&mut reg, SIP, d(3, 12));
    let b = add(&mut reg, INFO, d(5, 2));
    let c = add(&mut reg, INFO, d(6, 1));
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
    let report = reg
        .deviation_report(2024, &ReportOptions::new(d(12, 31)))
        .unwrap();
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
    let early = reg
        .deviation_report(2024, &ReportOptions::new(d(3, 31)))
        .unwrap();
    assert_eq!(early.follow_up.resolved, 0);
    assert_eq!(
        reg.deviation_report(
            2023,
            &ReportOptions {
                lang: Lang::En,
                ..ReportOptions::new(d(12, 31))
            }
        )
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
    let a = add(&mut reg, SIP, d(3, 12));
    reg.move_deviation(
        a,
        moved(FollowUpState::InDialogue, None),
        d(3, 20),
        coordinator(),
    )
    .unwrap();
    add(&mut reg, INFO, d(5, 2));
    // The register's own category list travels with a full export.
    let waiting = delaktig_deviation::Category {
        code: delaktig_deviation::CategoryCode::new("vantetid").unwrap(),
        label_sv: "Väntetid".into(),
        label_en: "Waiting time".into(),
        keywords: vec!["fick vänta".into()],
    };
    reg.change_deviation_settings(
        delaktig_deviation::SettingsChange::AddCategory(waiting),
        &coordinator(),
    )
    .unwrap();
    let json = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    // Deviations describe individual cases: never in a public export.
    let public = reg.export(ExportScope::Public, &NoFilter).unwrap();
    assert!(public.deviations.is_empty());
    assert!(public.deviation_settings.is_none());
    let mut copy = Register::open_in_memory().unwrap();
    let sum = copy.import_json(&json).unwrap();
    assert_eq!(sum.deviations, 2);
    assert_eq!(sum.events, 3);
    assert_eq!(copy.deviations().unwrap(), reg.deviations().unwrap());
    assert_eq!(
        copy.deviation_settings().unwrap(),
        reg.deviation_settings().unwrap()
    );
    assert!(
        copy.deviation_settings()
            .unwrap()
            .categories
            .categories()
            .iter()
            .any(|c| c.code.as_str() == "vantetid")
    );
    // A register holding only deviations is not empty.
    let err = copy.import_json(&json).unwrap_err();
    assert!(
        matches!(err, StoreError::NotEmpty { deviations: 2, .. }),
        "{err}"
    );
}

#[test]
fn roles_are_checked_in_the_store_and_a_refusal_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    let mut reg = Register::create(&path).unwrap();
    let member = Actor::new("Kim", Role::Member).unwrap();
    // Anyone may report; only staff may follow up or publish.
    let a = reg
        .add_deviation(
            record(SIP, d(3, 12)),
            Visibility::Internal,
            member.clone(),
            d(3, 12),
        )
        .unwrap();
    let err = reg
        .add_deviation(
            record(INFO, d(5, 2)),
            Visibility::Public,
            member.clone(),
            d(5, 2),
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("may not change the visibility"),
        "{err}"
    );
    assert_eq!(reg.deviations().unwrap().len(), 1);
    for cmd in [
        moved(FollowUpState::InDialogue, None),
        Command::LinkProposal(ProposalRef::new("P-1").unwrap()),
        Command::SetVisibility(Visibility::Public),
    ] {
        let err = reg
            .move_deviation(a, cmd, d(3, 20), member.clone())
            .unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Deviation(delaktig_deviation::DeviationError::NotPermitted(_))
            ),
            "{err:?}"
        );
    }
    drop(reg);
    let reg = Register::open_existing(&path).unwrap();
    let dev = reg.deviation(a).unwrap();
    assert_eq!(dev.events().len(), 1);
    assert_eq!(dev.events()[0].by, member);
    assert_eq!(dev.state(), FollowUpState::Received);
}

#[test]
fn deviation_settings_are_stored_in_the_register_and_used() {
    use delaktig_deviation::{Category, CategoryCode, KnownParty, PartyKind, SettingsChange};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    let waiting = Category {
        code: CategoryCode::new("vantetid").unwrap(),
        label_sv: "Väntetid".into(),
        label_en: "Waiting time".into(),
        keywords: vec!["fick vänta".into()],
    };
    {
        let mut reg = Register::create(&path).unwrap();
        let member = Actor::new("Kim", Role::Member).unwrap();
        let err = reg
            .change_deviation_settings(SettingsChange::AddCategory(waiting.clone()), &member)
            .unwrap_err();
        assert!(matches!(err, StoreError::DeviationSettings(_)), "{err:?}");
        reg.change_deviation_settings(SettingsChange::AddCategory(waiting), &coordinator())
            .unwrap();
        reg.change_deviation_settings(
            SettingsChange::AddParty(KnownParty::new(
                "solgläntans boende",
                PartyKind::Municipality,
                &["solgläntan"],
            )),
            &coordinator(),
        )
        .unwrap();
    }
    let mut reg = Register::open_existing(&path).unwrap();
    let settings = reg.deviation_settings().unwrap();
    assert!(settings.categories.lookup("Väntetid").is_some());
    let text = "Datum: 2024-03-12\nDatum för händelsen: 2024-03-08\n\
                Rapporterande enhet: Socialtjänsten\nBerörda parter: Solgläntan\n\
                Beskrivning: Klienten fick vänta i tre veckor.";
    let rec = settings
        .intake()
        .parse(text, d(3, 12))
        .complete(d(3, 12), &NoRedaction)
        .unwrap();
    assert_eq!(rec.involved[0].name(), "solgläntans boende");
    let a = reg
        .add_deviation(rec, Visibility::Internal, coordinator(), d(3, 12))
        .unwrap();
    assert_eq!(
        reg.deviation(a).unwrap().categories()[0].code.as_str(),
        "vantetid"
    );
    // In use: not removed, and the settings stay as they were.
    let err = reg
        .change_deviation_settings(
            SettingsChange::RemoveCategory(CategoryCode::new("vantetid").unwrap()),
            &coordinator(),
        )
        .unwrap_err();
    assert!(err.to_string().contains(&a.to_string()), "{err}");
    assert_eq!(reg.deviation_settings().unwrap(), settings);
    // The report labels it from the register's list.
    let report = reg
        .deviation_report(2024, &ReportOptions::new(d(12, 31)))
        .unwrap();
    assert!(report.to_markdown().contains("Väntetid"));
}

#[test]
fn the_public_report_lists_only_public_deviations() {
    let mut reg = Register::open_in_memory().unwrap();
    let a = add(&mut reg, SIP, d(3, 12));
    let b = add(&mut reg, INFO, d(5, 2));
    reg.move_deviation(
        b,
        Command::SetVisibility(Visibility::Public),
        d(5, 3),
        coordinator(),
    )
    .unwrap();
    let public = reg
        .deviation_report(2024, &ReportOptions::public(d(12, 31)))
        .unwrap();
    assert_eq!(public.total, 2);
    assert_eq!(public.unlisted, 1);
    let ids: Vec<_> = public.deviations.iter().map(|r| r.id).collect();
    assert_eq!(ids, [b]);
    assert!(!public.to_json().unwrap().contains(&a.to_string()));
}

#[test]
fn two_openers_of_a_version_1_file_migrate_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    make_version_1(&path, false);
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || Register::open_existing(&path).map(|_| ()))
        })
        .collect();
    for o in openers {
        o.join().unwrap().unwrap();
    }
    assert_eq!(user_version(&path), delaktig_store::SCHEMA_VERSION);
    let reg = Register::open_existing(&path).unwrap();
    assert_eq!(
        reg.deviation_settings().unwrap(),
        delaktig_deviation::Settings::default()
    );
}

#[test]
fn confirming_categories_confirms_suggestions_adds_the_rest_and_is_all_or_nothing() {
    use delaktig_deviation::{CategoryCode, CategoryStatus};
    let mut reg = Register::open_in_memory().unwrap();
    let a = add(&mut reg, SIP, d(3, 12));
    let marks = |reg: &Register| -> Vec<(CategoryCode, CategoryStatus)> {
        let dev = reg.deviation(a).unwrap();
        dev.categories()
            .iter()
            .map(|m| (m.code.clone(), m.status))
            .collect()
    };
    let before = marks(&reg);
    let suggested = before[0].0.clone();
    assert_eq!(before[0].1, CategoryStatus::Suggested);
    let settings = reg.deviation_settings().unwrap();
    let other = settings
        .categories
        .categories()
        .iter()
        .map(|c| c.code.clone())
        .find(|c| before.iter().all(|(b, _)| b != c))
        .unwrap();
    // A code outside the list refuses the whole call, also the valid code before it.
    let unknown = CategoryCode::new("finns_inte").unwrap();
    let events = reg.deviation(a).unwrap().events().len();
    reg.confirm_deviation_categories(
        a,
        vec![suggested.clone(), unknown],
        d(3, 13),
        &coordinator(),
    )
    .unwrap_err();
    assert_eq!(marks(&reg), before);
    assert_eq!(reg.deviation(a).unwrap().events().len(), events);
    reg.confirm_deviation_categories(
        a,
        vec![suggested.clone(), other.clone()],
        d(3, 13),
        &coordinator(),
    )
    .unwrap();
    let after = marks(&reg);
    assert!(
        after.contains(&(suggested.clone(), CategoryStatus::Confirmed)),
        "{after:?}"
    );
    assert!(
        after.contains(&(other.clone(), CategoryStatus::Confirmed)),
        "{after:?}"
    );
    let events = reg.deviation(a).unwrap().events().len();
    // Confirming again leaves the history as it is.
    reg.confirm_deviation_categories(a, vec![suggested, other], d(3, 14), &coordinator())
        .unwrap();
    assert_eq!(reg.deviation(a).unwrap().events().len(), events);
}
