//! Deviation calls as the foreign languages make them: roles, categories, links, visibility,
//! settings, and each refusal as its own error kind with nothing changed.

use crate::common::{bryggan, day, staff};
use delaktig_ffi::{
    DeviationCategoryDefinition, KnownParty, PartyKind, Register, RegisterError, ReportFormat,
    Visibility,
};

const TEXT: &str = "Datum: 2025-02-03\nDatum för händelsen: 2025-02-01\n\
    Rapporterande enhet: Socialtjänsten\nBerörda parter: Psykiatrin\n\
    Beskrivning: Ingen SIP gjordes trots att klienten bad om det.\n";

#[test]
fn refusals_map_to_their_error_kinds_and_change_nothing() {
    let reg = Register::in_memory().unwrap();
    let id = reg
        .add_deviation(TEXT.into(), None, bryggan(), None, day(2025, 2, 3))
        .unwrap();
    let move_to = |to: &str, text: Option<&str>, by| {
        reg.move_deviation(
            id.clone(),
            to.into(),
            text.map(Into::into),
            by,
            day(2025, 2, 4),
            None,
        )
    };
    let err = reg
        .add_deviation(
            TEXT.into(),
            None,
            bryggan(),
            Some(Visibility::Public),
            day(2025, 2, 3),
        )
        .unwrap_err();
    assert!(matches!(err, RegisterError::NotPermitted { .. }), "{err:?}");
    let err = move_to("in_dialogue", None, bryggan()).unwrap_err();
    assert!(matches!(err, RegisterError::NotPermitted { .. }), "{err:?}");
    let err = move_to("resolved", None, staff()).unwrap_err();
    assert!(matches!(err, RegisterError::NotAllowed { .. }), "{err:?}");
    move_to("in_dialogue", None, staff()).unwrap();
    let err = move_to("resolved", None, staff()).unwrap_err();
    assert!(matches!(err, RegisterError::Outcome { .. }), "{err:?}");
    let err = move_to("not_resolved", Some("-"), staff()).unwrap_err();
    assert!(
        matches!(err, RegisterError::Justification { .. }),
        "{err:?}"
    );
    let err = reg
        .confirm_deviation_categories(id.clone(), vec![], staff(), day(2025, 2, 4))
        .unwrap_err();
    assert!(matches!(err, RegisterError::InvalidInput { .. }), "{err:?}");
    let err = reg.show_deviation("A-2025-009".into()).unwrap_err();
    assert!(matches!(err, RegisterError::NotFound { .. }), "{err:?}");
    let err = reg.show_deviation("nonsense".into()).unwrap_err();
    assert!(matches!(err, RegisterError::InvalidInput { .. }), "{err:?}");
    assert_eq!(reg.show_deviation(id).unwrap().events, 2);
}

#[test]
fn a_confidential_step_stays_out_of_every_report() {
    let reg = Register::in_memory().unwrap();
    let id = reg
        .add_deviation(
            TEXT.into(),
            None,
            staff(),
            Some(Visibility::Public),
            day(2025, 2, 3),
        )
        .unwrap();
    let secret = "Klienten vill inte att ärendet drivs vidare";
    reg.move_deviation(
        id.clone(),
        "not_resolved".into(),
        Some(secret.into()),
        staff(),
        day(2025, 2, 4),
        Some(Visibility::Confidential),
    )
    .unwrap();
    reg.link_deviation_proposal(id.clone(), "P-9".into(), staff(), day(2025, 2, 5))
        .unwrap();
    let shown = reg.show_deviation(id.clone()).unwrap();
    assert_eq!(shown.state, "not_resolved");
    assert_eq!(shown.text.as_deref(), Some(secret));
    for audience in [
        None,
        Some(Visibility::Internal),
        Some(Visibility::Confidential),
    ] {
        for format in [
            ReportFormat::Markdown,
            ReportFormat::Html,
            ReportFormat::Json,
        ] {
            let report = reg
                .deviation_report(2025, format, None, day(2025, 12, 31), audience)
                .unwrap();
            assert!(report.contains(&id), "{report}");
            assert!(report.contains("P-9"), "{report}");
            assert!(!report.contains(secret), "{report}");
        }
    }
}

#[test]
fn settings_are_edited_through_the_register() {
    let reg = Register::in_memory().unwrap();
    let before = reg.deviation_settings().unwrap();
    assert_eq!(before.categories.len(), 9);
    let bad = DeviationCategoryDefinition {
        code: "Väntetid".into(),
        label_sv: "Väntetid".into(),
        label_en: String::new(),
        keywords: vec![],
    };
    let err = reg.add_deviation_category(bad, staff()).unwrap_err();
    assert!(matches!(err, RegisterError::InvalidInput { .. }), "{err:?}");
    let party = KnownParty {
        name: "solgläntans boende".into(),
        kind: PartyKind::Municipality,
        aliases: vec!["solgläntan".into()],
    };
    let err = reg.add_known_party(party.clone(), bryggan()).unwrap_err();
    assert!(matches!(err, RegisterError::NotPermitted { .. }), "{err:?}");
    let after = reg.add_known_party(party.clone(), staff()).unwrap();
    assert_eq!(after.parties.last(), Some(&party));
    let err = reg.add_known_party(party, staff()).unwrap_err();
    assert!(matches!(err, RegisterError::InvalidInput { .. }), "{err:?}");
    let back = reg
        .remove_known_party("solgläntans boende".into(), staff())
        .unwrap();
    assert_eq!(back, before);
}
