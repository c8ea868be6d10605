//! Every justification rule, data-driven from tests/data/justifications.txt.

use crate::common::*;
use delaktig_core::*;

#[test]
fn justification_cases_match_expectations() {
    let input = include_str!("../data/justifications.txt");
    let rules = JustificationRules::default();
    let mut out = String::new();
    for line in input.lines() {
        let Some(text) = line.strip_prefix("| ").or(line.strip_prefix("|")) else {
            continue;
        };
        let verdict = match Justification::new(text, &rules) {
            Ok(j) => format!("ok: {j}"),
            Err(e) => format!("refused: {e}"),
        };
        out.push_str(&format!("{text:?} => {verdict}\n"));
    }
    expect_file("justifications.expect", &out);
}

#[test]
fn minimum_words_is_configurable() {
    let two = JustificationRules { min_words: 2 };
    assert!(Justification::new("För dyrt", &two).is_ok());
    assert!(Justification::new("För dyrt", &JustificationRules::default()).is_err());
    let five = JustificationRules { min_words: 5 };
    assert_eq!(
        Justification::new("Ryms inte i budgeten", &five),
        Err(TextError::TooShort { words: 4, min: 5 })
    );
    // Zero is raised to one: an empty "reason" is never enough.
    let zero = JustificationRules { min_words: 0 };
    assert_eq!(Justification::new("  ", &zero), Err(TextError::Empty));
}

#[test]
fn outcome_is_checked_like_a_justification() {
    let mut p = reach(1, State::Accepted);
    let err = move_to(&mut p, State::Implemented, Some("klart"), 5).unwrap_err();
    assert!(
        err.to_string()
            .contains("implementation of proposal P-1 needs an outcome summary"),
        "{err}"
    );
    assert_eq!(p.state(), State::Accepted);
    move_to(
        &mut p,
        State::Implemented,
        Some("Checklistan används sedan april"),
        5,
    )
    .unwrap();
    assert_eq!(p.current_text(), Some("Checklistan används sedan april"));
}

#[test]
fn stored_justifications_are_validated_on_read() {
    assert!(serde_json::from_str::<Justification>("\"n/a\"").is_err());
    assert!(serde_json::from_str::<Justification>("\"  \"").is_err());
    let j: Justification = serde_json::from_str("\"Dubblett av P-3\"").unwrap();
    assert_eq!(j.as_str(), "Dubblett av P-3");
}

#[test]
fn error_names_the_proposal_the_move_and_the_rule() {
    let mut p = raise(12, "Fler öppettider");
    let e = move_to(&mut p, State::Rejected, Some("nej tack"), 1).unwrap_err();
    assert_eq!(
        e.to_string(),
        "rejection of proposal P-12 needs a justification: at least 3 words are needed, got 2"
    );
}
