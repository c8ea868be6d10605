//! Export and import.

use crate::common::*;
use delaktig_core::*;
use delaktig_store::*;
use std::borrow::Cow;

fn populated() -> Register {
    let (mut reg, id) = with_state(State::InProgress);
    let s = |c| Request::new(staff(), day(5), c);
    reg.execute(
        id,
        s(Command::AddMilestone {
            title: "Utkast klart".into(),
            due: Some(day(40)),
        }),
    )
    .unwrap();
    reg.execute(
        id,
        s(Command::Comment {
            text: "Intern: ring Kim på 070-123 45 67".into(),
        })
        .with_visibility(Visibility::Internal),
    )
    .unwrap();
    reg.move_to(
        id,
        spec(
            State::Implemented,
            Some("Checklistan används i alla enheter"),
        ),
        &staff(),
        day(9),
    )
    .unwrap();
    let mut conf = draft("Konfidentiellt ärende om en klient");
    conf.visibility = Visibility::Confidential;
    reg.raise(conf, &kim(), day(3)).unwrap();
    let imp = MeetingImport {
        content_hash: "abc".into(),
        group: Some("Bryggangruppen".into()),
        title: "Bryggangruppen 19 januari".into(),
        date: Some(day(18)),
        place: None,
        attendees: vec![Attendee {
            name: "Kim Svensson".into(),
            organisation: Some("Bryggan".into()),
        }],
        proposals: vec![ImportedProposal {
            text: "Vi skulle kunna ha öppet hus varje månad".into(),
            span: None,
            by: None,
            decision: None,
        }],
        visibility: Visibility::Public,
    };
    reg.import_meeting(&imp, &staff(), day(18)).unwrap();
    reg
}

#[test]
fn full_export_round_trips_to_the_same_state() {
    let reg = populated();
    let json = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    let mut copy = Register::open_in_memory().unwrap();
    let sum = copy.import_json(&json).unwrap();
    assert_eq!((sum.proposals, sum.meetings), (4, 1));
    assert_eq!(copy.export_json(ExportScope::All, &NoFilter).unwrap(), json);
    assert_eq!(copy.proposals().unwrap(), reg.proposals().unwrap());
    assert_eq!(
        copy.list(&ListFilter::default()).unwrap(),
        reg.list(&ListFilter::default()).unwrap()
    );
    assert_eq!(copy.meetings().unwrap(), reg.meetings().unwrap());
}

#[test]
fn public_export_holds_only_public_items_and_still_imports() {
    let reg = populated();
    let json = reg.export_json(ExportScope::Public, &NoFilter).unwrap();
    for secret in ["070-123", "Konfidentiellt", "Kim Svensson"] {
        assert!(
            !json.contains(secret),
            "{secret} leaked into the public export"
        );
    }
    assert!(json.contains("Checklistan används i alla enheter"));
    let mut copy = Register::open_in_memory().unwrap();
    copy.import_json(&json).unwrap();
    assert_eq!(copy.count().unwrap(), 3);
    assert_eq!(
        copy.proposal(ProposalId::new(2)).unwrap().state(),
        State::Implemented
    );

    let internal = reg.export_json(ExportScope::Internal, &NoFilter).unwrap();
    assert!(internal.contains("070-123") && !internal.contains("Konfidentiellt"));
}

struct Redact;
impl TextFilter for Redact {
    fn filter<'a>(&self, text: &'a str) -> Cow<'a, str> {
        Cow::Owned(
            text.replace("enheter", "[enhet]")
                .replace("Kim", "[namn 1]"),
        )
    }
}

#[test]
fn public_export_passes_texts_and_names_through_the_filter() {
    let reg = populated();
    let json = reg.export_json(ExportScope::Public, &Redact).unwrap();
    assert!(!json.contains("enheter") && json.contains("[enhet]"));
    assert!(!json.contains("Kim") && json.contains("[namn 1]"));
    let mut copy = Register::open_in_memory().unwrap();
    copy.import_json(&json).unwrap();
}

#[test]
fn public_export_of_an_all_public_register_is_the_full_export() {
    let (mut reg, id) = with_state(State::Accepted);
    reg.move_to(
        id,
        spec(State::Implemented, Some("Checklistan används nu")),
        &staff(),
        day(4),
    )
    .unwrap();
    let public = reg.export(ExportScope::Public, &NoFilter).unwrap();
    let all = reg.export(ExportScope::All, &NoFilter).unwrap();
    assert_eq!(public.proposals, all.proposals);
}

#[test]
fn import_needs_an_empty_register_and_a_valid_export() {
    let reg = populated();
    let json = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    let mut other = populated();
    let before = snapshot(&other);
    assert!(matches!(
        other.import_json(&json),
        Err(StoreError::NotEmpty { .. })
    ));
    assert_eq!(snapshot(&other), before);

    let mut empty = Register::open_in_memory().unwrap();
    assert!(matches!(
        empty.import_json("{\"format\":\"x\"}"),
        Err(StoreError::BadExport(_))
    ));
    // A tampered history (justification removed) is refused as a whole.
    let tampered = json.replacen(
        "\"outcome\": \"Checklistan används i alla enheter\"",
        "\"outcome\": \"n/a\"",
        1,
    );
    assert!(
        tampered != json,
        "the test must actually tamper with the export"
    );
    assert!(empty.import_json(&tampered).is_err());
    assert_eq!(empty.count().unwrap(), 0);
}

#[test]
fn a_refused_import_leaves_the_settings_as_they_were() {
    let reg = populated();
    let json = reg.export_json(ExportScope::All, &NoFilter).unwrap();
    // Stricter rules in the export, and a history that breaks them.
    let tampered = json
        .replacen("\"min_words\": 3", "\"min_words\": 40", 1)
        .replacen(
            "\"outcome\": \"Checklistan används i alla enheter\"",
            "\"outcome\": \"n/a\"",
            1,
        );
    assert!(tampered.contains("\"min_words\": 40") && tampered.contains("\"n/a\""));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reg.sqlite");
    {
        let mut empty = Register::create(&path).unwrap();
        assert!(empty.import_json(&tampered).is_err());
        assert_eq!(empty.settings(), &Settings::default());
    }
    let reopened = Register::open(&path).unwrap();
    assert_eq!(reopened.settings(), &Settings::default());
    assert_eq!(reopened.count().unwrap(), 0);
}
