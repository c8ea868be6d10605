//! Intake from the template and from free text, with missing fields and notes.

use crate::day;
use delaktig_deviation::*;

fn names(ps: &[Party]) -> Vec<&str> {
    ps.iter().map(Party::name).collect()
}

fn codes(d: &DeviationDraft) -> Vec<&str> {
    d.categories.iter().map(|m| m.code.as_str()).collect()
}

#[test]
fn a_full_template_is_read_field_by_field() {
    let text = "Avvikelserapport – brister i samverkan\n\
                Avvikelse nr: A-2024-007\n\
                Datum: 2024-03-06\n\
                Datum för händelsen: 4 mars 2024\n\
                Rapporterande enhet: Individ- och familjeomsorgen\n\
                Berörda parter: Vuxenpsykiatrin, Beroendecentrum\n\
                Beskrivning: Klienten skrevs ut utan att någon\n  samordnad individuell plan gjordes.\n\
                Åtgärd: Kallelse till SIP skickad.\n";
    let d = Intake::default().parse(text, day(2024, 3, 6));
    assert_eq!(d.form, Form::Template);
    assert_eq!(d.id, DeviationId::in_year(2024, 7));
    assert_eq!(d.report_date, Some(day(2024, 3, 6)));
    assert_eq!(d.event_date, Some(day(2024, 3, 4)));
    assert_eq!(
        d.reporting_party.as_ref().map(Party::name),
        Some("socialtjänsten")
    );
    assert_eq!(names(&d.involved), ["psykiatrin", "beroendevården"]);
    assert_eq!(
        d.description.as_deref(),
        Some("Klienten skrevs ut utan att någon\n  samordnad individuell plan gjordes.")
    );
    assert_eq!(d.action.as_deref(), Some("Kallelse till SIP skickad."));
    assert_eq!(codes(&d), ["utebliven_sip"]);
    assert_eq!(d.category_source, CategorySource::Keywords);
    assert!(
        d.categories
            .iter()
            .all(|m| m.status == CategoryStatus::Suggested)
    );
    assert!(d.missing().is_empty());
    assert!(d.notes.is_empty(), "{:?}", d.notes);
}

#[test]
fn labels_are_read_in_any_case_without_diacritics_and_in_any_order() {
    let text = "BESKRIVNING: Personalen var otrevlig.\n\
                berorda parter: psyk\n\
                RAPPORTERANDE ENHET: boendestöd\n\
                datum for handelsen: 2024-05-02\n\
                * Atgard: samtal bokat";
    let d = Intake::default().parse(text, day(2024, 5, 3));
    assert_eq!(d.form, Form::Template);
    assert_eq!(d.event_date, Some(day(2024, 5, 2)));
    assert_eq!(d.report_date, None);
    assert_eq!(
        d.reporting_party.as_ref().map(Party::name),
        Some("boendestödet")
    );
    assert_eq!(names(&d.involved), ["psykiatrin"]);
    assert_eq!(d.action.as_deref(), Some("samtal bokat"));
    assert_eq!(codes(&d), ["bemotande"]);
    // The report date falls back to the day of intake.
    let rec = d.complete(day(2024, 5, 3), &NoRedaction).unwrap();
    assert_eq!(rec.report_date, day(2024, 5, 3));
}

#[test]
fn multi_line_values_and_bulleted_party_lists() {
    let text = "Datum: 2024-06-10\n\
                Datum för händelsen: 2024-06-07\n\
                Rapporterande enhet: Psykiatrin\n\
                Berörda parter:\n  - Socialtjänsten\n  - Kriminalvården\n  - Kyrkans stadsmission\n\
                Beskrivning:\nFörsta raden.\n\nTredje raden: med kolon i texten.\n";
    let d = Intake::default().parse(text, day(2024, 6, 10));
    assert_eq!(
        names(&d.involved),
        ["socialtjänsten", "kriminalvården", "Kyrkans stadsmission"]
    );
    assert_eq!(d.involved[2].listing(), Listing::Unlisted);
    assert_eq!(
        d.description.as_deref(),
        Some("Första raden.\n\nTredje raden: med kolon i texten.")
    );
}

#[test]
fn missing_fields_are_all_named_at_once() {
    let d = Intake::default().parse("Datum: 2024-02-01\nÅtgärd: Ingen.", day(2024, 2, 1));
    assert_eq!(
        d.missing(),
        [
            Missing::EventDate,
            Missing::ReportingParty,
            Missing::InvolvedParty,
            Missing::Description
        ]
    );
    let err = d.complete(day(2024, 2, 1), &NoRedaction).unwrap_err();
    let msg = err.to_string();
    for part in [
        "Datum för händelsen:",
        "Rapporterande enhet:",
        "Berörda parter:",
        "Beskrivning:",
    ] {
        assert!(msg.contains(part), "{msg}");
    }
}

#[test]
fn a_party_listed_only_as_reporter_is_not_involved() {
    let text = "Datum för händelsen: 2024-02-01\nRapporterande enhet: Socialtjänsten\n\
                Berörda parter: soc\nBeskrivning: Något hände.";
    let d = Intake::default().parse(text, day(2024, 2, 2));
    assert_eq!(d.missing(), [Missing::InvolvedParty]);
}

#[test]
fn an_event_after_its_report_is_refused() {
    let text = "Datum: 2024-02-01\nDatum för händelsen: 2024-02-05\n\
                Rapporterande enhet: soc\nBerörda parter: BUP\nBeskrivning: Något hände.";
    let d = Intake::default().parse(text, day(2024, 2, 6));
    let err = d.complete(day(2024, 2, 6), &NoRedaction).unwrap_err();
    assert_eq!(
        err,
        IntakeError::Invalid(RecordProblem::EventAfterReport {
            event: day(2024, 2, 5),
            report: day(2024, 2, 1)
        })
    );
}

#[test]
fn notes_say_what_was_worked_around() {
    let text = "Avvikelse nr: B-12\n\
                Datum: 2024-02-30\n\
                Rapporterande enhet: Socialtjänsten\n\
                Kontaktperson: Anna\n\
                Kategori: Kommunikation; Väder\n\
                Beskrivning: Den 3/2 2024 blev det fel när psykiatrin inte svarade.";
    let d = Intake::default().parse(text, day(2024, 2, 10));
    assert_eq!(d.id, None);
    assert_eq!(d.report_date, None);
    assert_eq!(d.event_date, Some(day(2024, 2, 3)));
    assert_eq!(names(&d.involved), ["psykiatrin"]);
    assert_eq!(codes(&d), ["kommunikation"]);
    assert_eq!(d.category_source, CategorySource::Stated);
    assert_eq!(
        d.notes,
        [
            IntakeNote::BadId {
                text: "B-12".into()
            },
            IntakeNote::BadDate {
                text: "2024-02-30".into()
            },
            IntakeNote::UnknownField {
                label: "Kontaktperson".into()
            },
            IntakeNote::EventDateFromDescription,
            IntakeNote::InvolvedFromDescription,
            IntakeNote::UnknownCategory {
                text: "Väder".into()
            },
        ]
    );
}

#[test]
fn free_text_finds_dates_parties_and_the_reporter() {
    let text = "Vi på beroendemottagningen vill rapportera att klienten den 14 januari skrevs ut \
                från psykiatrin utan att socialtjänsten fick veta det. Ingen återkoppling har kommit.";
    let d = Intake::default().parse(text, day(2025, 1, 20));
    assert_eq!(d.form, Form::FreeText);
    assert_eq!(d.event_date, Some(day(2025, 1, 14)));
    assert_eq!(
        d.reporting_party.as_ref().map(Party::name),
        Some("beroendevården")
    );
    assert_eq!(names(&d.involved), ["psykiatrin", "socialtjänsten"]);
    assert_eq!(codes(&d), ["aterkoppling"]);
    let rec = d.complete(day(2025, 1, 20), &NoRedaction).unwrap();
    assert_eq!(rec.description, text);
}

#[test]
fn free_text_without_a_reporter_asks_for_one_and_can_be_completed() {
    let text = "2024-09-02: psykiatrin och socialtjänsten kallade inte till SIP trots begäran.";
    let mut d = Intake::default().parse(text, day(2024, 9, 5));
    assert_eq!(d.missing(), [Missing::ReportingParty]);
    assert_eq!(names(&d.involved), ["psykiatrin", "socialtjänsten"]);
    d.reporting_party = PartyCatalog::default().normalise("Socialtjänsten");
    let rec = d.complete(day(2024, 9, 5), &NoRedaction).unwrap();
    assert_eq!(rec.reporting_party.name(), "socialtjänsten");
    assert_eq!(names(&rec.involved), ["psykiatrin"]);
    assert_eq!(rec.event_date, day(2024, 9, 2));
}

#[test]
fn empty_text_is_missing_everything() {
    let d = Intake::default().parse("  \n ", day(2024, 1, 1));
    assert_eq!(d.missing().len(), 4);
}

#[test]
fn texts_pass_through_the_redactor_and_keywords_see_the_original() {
    let text = "Datum för händelsen: 2024-02-01\nRapporterande enhet: soc\nBerörda parter: BUP\n\
                Beskrivning: Lisa Ek fick ingen SIP.\nÅtgärd: Ring Lisa Ek.";
    let d = Intake::default().parse(text, day(2024, 2, 2));
    let redact = |t: &str| t.replace("Lisa Ek", "[namn]");
    let rec = d.complete(day(2024, 2, 2), &redact).unwrap();
    assert_eq!(rec.description, "[namn] fick ingen SIP.");
    assert_eq!(rec.action.as_deref(), Some("Ring [namn]."));
    assert_eq!(rec.categories[0].code.as_str(), "utebliven_sip");
}

#[test]
fn stated_categories_replace_keyword_suggestions_and_stay_suggested() {
    let text = "Datum för händelsen: 2024-02-01\nRapporterande enhet: soc\nBerörda parter: BUP\n\
                Kategorier: Bemötande, utebliven SIP\nBeskrivning: Ingen återkoppling.";
    let d = Intake::default().parse(text, day(2024, 2, 2));
    assert_eq!(codes(&d), ["utebliven_sip", "bemotande"]);
    assert!(
        d.categories
            .iter()
            .all(|m| m.status == CategoryStatus::Suggested)
    );
}

#[test]
fn a_configured_category_list_drives_suggestions() {
    let own = CategoryCatalog::new(
        vec![
            Category {
                code: CategoryCode::new("lakemedel").unwrap(),
                label_sv: "Läkemedel".into(),
                label_en: "Medication".into(),
                keywords: vec!["medicin*".into(), "läkemedel*".into()],
            },
            Category {
                code: CategoryCode::new("annat").unwrap(),
                label_sv: "Annat".into(),
                label_en: "Other".into(),
                keywords: vec![],
            },
        ],
        CategoryCode::new("annat").unwrap(),
    )
    .unwrap();
    let intake = Intake::new(PartyCatalog::default(), own);
    let d = intake.parse(
        "Rapporterande enhet: soc\nBerörda parter: psykiatrin\nBeskrivning: Fel medicinering.",
        day(2024, 1, 1),
    );
    assert_eq!(codes(&d), ["lakemedel"]);
    let d = intake.parse(
        "Rapporterande enhet: soc\nBerörda parter: psykiatrin\nBeskrivning: Ingen SIP.",
        day(2024, 1, 1),
    );
    assert_eq!(codes(&d), ["annat"]);
}

#[test]
fn the_fixture_texts_are_read_as_intended() {
    // Spot checks of forms the yearly test relies on.
    let dir = crate::fixture::data_dir().join("deviations");
    let read = |id: &str| std::fs::read_to_string(dir.join(format!("{id}.txt"))).unwrap();
    let intake = Intake::default();
    let d = intake.parse(&read("A-2024-007"), day(2024, 3, 6));
    assert_eq!(d.form, Form::FreeText);
    assert_eq!(d.event_date, Some(day(2024, 3, 4)));
    assert_eq!(
        d.reporting_party.as_ref().map(Party::name),
        Some("socialtjänsten")
    );
    assert_eq!(names(&d.involved), ["primärvården"]);
    let d = intake.parse(&read("A-2024-021"), day(2024, 8, 14));
    assert_eq!(
        d.reporting_party.as_ref().map(Party::name),
        Some("kriminalvården")
    );
    let d = intake.parse(&read("A-2024-006"), day(2024, 2, 21));
    assert_eq!(names(&d.involved), ["psykiatrin"]);
    let d = intake.parse(&read("A-2024-012"), day(2024, 4, 12));
    assert_eq!(codes(&d), ["kommunikation", "information"]);
    let d = intake.parse(&read("A-2024-027"), day(2024, 10, 2));
    assert_eq!(codes(&d), ["ovrigt"]);
}
