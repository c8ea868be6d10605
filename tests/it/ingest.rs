//! From notes to the register's import form: restore, parse, convert.

use delaktig::core::Visibility;
use delaktig::ingest::prepare;
use delaktig::normalize::Normalizer;
use delaktig::notes::ParseOptions;

#[test]
fn an_invitation_is_dated_and_placed_by_its_event() {
    let text = "Välkommen till Vardagskaféet!\n\n\
                När: torsdagen den 6 november 2025, klockan 14.00–17.00\n\
                Var: Kulturhuset Spira, lokal Vättern\n\n\
                Det bör finnas fler träffar på kvällstid.\n\n\
                Sommarfesten den 14 juni är inställd.\n";
    let prepared = prepare(
        text,
        Some(&Normalizer::new()),
        ParseOptions::new(),
        Visibility::Internal,
    )
    .unwrap();
    let import = prepared.import;
    assert_eq!(import.title, "Välkommen till Vardagskaféet!");
    assert_eq!(
        import.date.map(|d| d.to_string()).as_deref(),
        Some("2025-11-06")
    );
    assert_eq!(
        import.place.as_deref(),
        Some("Kulturhuset Spira, lokal Vättern")
    );
    assert_eq!(import.proposals.len(), 1);
}
