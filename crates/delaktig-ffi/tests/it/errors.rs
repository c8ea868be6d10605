//! Errors reach the caller as the area's own error, with the library's own message.

use delaktig_ffi::{
    NormalizeError, NormalizeMode, NormalizeOptions, Normalizer, ParseError, ParseOptions,
    ProposalState, Register, RegisterError, Vocabulary, VocabularyError, parse_notes,
    parse_notes_bytes,
};

use crate::common::*;

#[test]
fn a_rejection_without_justification_is_the_stores_own_message() {
    // The same command on the store directly gives the message the FFI error must carry.
    let mut store = delaktig_store::Register::open_in_memory().unwrap();
    let sid = store
        .raise(
            delaktig_core::NewProposal::titled("Checklista"),
            &delaktig_core::Actor::new("Bryggan", delaktig_core::Role::UserRepresentative),
            day(2026, 1, 19).0,
        )
        .unwrap();
    let expected = store
        .move_to(
            sid,
            delaktig_core::MoveSpec::new(delaktig_core::State::Rejected, None),
            &delaktig_core::Actor::staff("Socialförvaltningen"),
            day(2026, 1, 20).0,
        )
        .unwrap_err()
        .to_string();

    let reg = Register::in_memory().unwrap();
    let id = reg
        .raise_proposal(draft("Checklista"), bryggan(), day(2026, 1, 19))
        .unwrap();
    let err = reg
        .move_proposal(
            id,
            move_to(ProposalState::Rejected, None),
            staff(),
            day(2026, 1, 20),
        )
        .unwrap_err();
    assert!(
        matches!(err, RegisterError::Justification { .. }),
        "{err:?}"
    );
    assert_eq!(err.to_string(), expected);
    assert!(
        expected.contains("rejection of proposal P-1 needs a justification"),
        "{expected}"
    );
    // Nothing changed.
    let p = reg.show(id).unwrap();
    assert_eq!((p.state, p.events.len()), (ProposalState::Received, 1));
}

#[test]
fn each_domain_refusal_has_its_variant() {
    let reg = Register::in_memory().unwrap();
    let id = reg
        .raise_proposal(draft("Checklista"), bryggan(), day(2026, 1, 19))
        .unwrap();
    let at = day(2026, 1, 20);

    let err = reg.move_proposal(id, move_to(ProposalState::Implemented, None), staff(), at);
    assert!(
        matches!(err, Err(RegisterError::NotAllowed { .. })),
        "{err:?}"
    );

    let err = reg.move_proposal(id, move_to(ProposalState::Accepted, None), bryggan(), at);
    assert!(
        matches!(err, Err(RegisterError::NotPermitted { .. })),
        "{err:?}"
    );

    let err = reg.move_proposal(
        id,
        move_to(ProposalState::Merged, Some("Samma sak som P-2")),
        staff(),
        at,
    );
    assert!(
        matches!(err, Err(RegisterError::InvalidInput { .. })),
        "{err:?}"
    );

    reg.move_proposal(id, move_to(ProposalState::Accepted, None), staff(), at)
        .unwrap();
    reg.move_proposal(id, move_to(ProposalState::InProgress, None), staff(), at)
        .unwrap();
    let err = reg.move_proposal(
        id,
        move_to(ProposalState::Implemented, Some("")),
        staff(),
        at,
    );
    assert!(matches!(err, Err(RegisterError::Outcome { .. })), "{err:?}");

    let missing: delaktig_core::ProposalId = "P-99".parse().unwrap();
    let err = reg.show(missing).unwrap_err();
    assert!(matches!(err, RegisterError::NotFound { .. }), "{err:?}");
    assert!(
        err.to_string().contains("there is no proposal P-99"),
        "{err}"
    );
}

#[test]
fn files_that_are_not_registers_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "Bryggangruppen 19 januari\n".repeat(200)).unwrap();
    let err = Register::open(text.display().to_string()).err().unwrap();
    assert!(matches!(err, RegisterError::NotARegister { .. }), "{err:?}");
    assert!(
        err.to_string().contains("is not a delaktig register"),
        "{err}"
    );

    let path = dir.path().join("r.db").display().to_string();
    drop(Register::create(path.clone()).unwrap());
    let err = Register::create(path.clone()).err().unwrap();
    assert!(
        matches!(err, RegisterError::AlreadyExists { .. }),
        "{err:?}"
    );

    let err = Register::open_existing(dir.path().join("none.db").display().to_string())
        .err()
        .unwrap();
    assert!(matches!(err, RegisterError::Storage { .. }), "{err:?}");

    let err = Register::open("  ".into()).err().unwrap();
    assert!(matches!(err, RegisterError::InvalidInput { .. }), "{err:?}");
}

#[test]
fn bad_input_to_the_other_areas_is_their_own_error() {
    let err = Normalizer::new()
        .normalize_bytes(vec![b'p', b'a', 0xff, b' '])
        .unwrap_err();
    assert!(matches!(err, NormalizeError::InvalidUtf8 { .. }), "{err:?}");
    assert!(err.to_string().contains("offset 2"), "{err}");

    for bad in [-0.1, 1.5, f32::NAN] {
        let err = Normalizer::with_options(NormalizeOptions {
            mode: Some(NormalizeMode::Review),
            min_confidence: bad,
        })
        .err()
        .unwrap();
        assert!(
            matches!(err, NormalizeError::InvalidOptions { .. }),
            "{bad}: {err:?}"
        );
    }

    let err = parse_notes("x".into(), ParseOptions { year: Some(0) }).unwrap_err();
    assert!(matches!(err, ParseError::InvalidYear { .. }), "{err:?}");
    let err = parse_notes_bytes(vec![0xc3, 0x28], ParseOptions::default()).unwrap_err();
    assert!(matches!(err, ParseError::InvalidUtf8 { .. }), "{err:?}");

    let vocab = Vocabulary::new();
    let err = vocab.add_word("två ord".into(), 10).unwrap_err();
    assert!(matches!(err, VocabularyError::NotOneWord { .. }), "{err:?}");
    let err = vocab.add_name("".into()).unwrap_err();
    assert!(matches!(err, VocabularyError::Empty { .. }), "{err:?}");
    let err = vocab.add_word("a".repeat(500), 10).unwrap_err();
    assert!(matches!(err, VocabularyError::TooLong { .. }), "{err:?}");
    assert_eq!(vocab.added_word_count(), 0);
}
