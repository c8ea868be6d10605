//! The register scenario: raise, refuse a bare "no", reject with a reason, queries, reports,
//! ingest and listeners.

use std::sync::{Arc, Mutex};

use delaktig_ffi::{
    DecidedProposal, EventKind, HistoryEvent, IngestOptions, Lang, ListFilter, ListenerError,
    ProposalState, Redaction, Register, RegisterListener, ReportFormat, ReportOptions, StallReason,
    Visibility,
};

use crate::common::*;

#[derive(Default)]
struct Recorder {
    seen: Mutex<Vec<(String, EventKind)>>,
}

impl RegisterListener for Recorder {
    fn on_event(
        &self,
        proposal: delaktig_core::ProposalId,
        event: HistoryEvent,
    ) -> Result<(), ListenerError> {
        self.seen
            .lock()
            .unwrap()
            .push((proposal.to_string(), event.kind));
        Ok(())
    }
}

/// Ingest options that restore OCR damage, the rest by default.
fn restoring() -> IngestOptions {
    IngestOptions {
        restore_ocr: true,
        year: None,
        visibility: None,
    }
}

struct Failing;

impl RegisterListener for Failing {
    fn on_event(&self, _: delaktig_core::ProposalId, _: HistoryEvent) -> Result<(), ListenerError> {
        Err(ListenerError::Failed {
            reason: "offline".into(),
        })
    }
}

struct Panicking;

impl RegisterListener for Panicking {
    fn on_event(&self, _: delaktig_core::ProposalId, _: HistoryEvent) -> Result<(), ListenerError> {
        panic!("listener bug")
    }
}

#[test]
fn the_scenario_rejects_only_with_a_justification_and_listeners_hear_it() {
    let reg = Register::in_memory().unwrap();
    let rec = Arc::new(Recorder::default());
    reg.add_listener(rec.clone());
    reg.add_listener(Arc::new(Failing));
    reg.add_listener(Arc::new(Panicking));

    let id = reg
        .raise_proposal(
            draft("Checklista för nya handläggare"),
            bryggan(),
            day(2026, 1, 19),
        )
        .unwrap();
    assert_eq!(id.to_string(), "P-1");
    assert!(
        reg.move_proposal(
            id,
            move_to(ProposalState::Rejected, None),
            staff(),
            day(2026, 2, 2)
        )
        .is_err()
    );
    let why = "Rutinen finns redan i handboken sedan 2024";
    let e = reg
        .move_proposal(
            id,
            move_to(ProposalState::Rejected, Some(why)),
            staff(),
            day(2026, 2, 2),
        )
        .unwrap();
    assert_eq!(e.kind, EventKind::Moved);
    assert_eq!(
        (e.from_state, e.to_state),
        (Some(ProposalState::Received), Some(ProposalState::Rejected))
    );
    assert_eq!(e.justification.as_deref(), Some(why));
    assert_eq!(e.at, day(2026, 2, 2));

    let p = reg.show(id).unwrap();
    assert_eq!(p.state, ProposalState::Rejected);
    assert_eq!(p.current_text.as_deref(), Some(why));
    assert_eq!(p.events.len(), 2);
    // The failing and panicking listeners did not stop the recorder or the commands.
    let seen = rec.seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            ("P-1".to_owned(), EventKind::Raised),
            ("P-1".to_owned(), EventKind::Moved)
        ]
    );
}

#[test]
fn queries_and_reports_cover_the_register() {
    let reg = Register::in_memory().unwrap();
    let a = reg
        .raise_proposal(draft("Fler bänkar vid entrén"), bryggan(), day(2025, 1, 10))
        .unwrap();
    let b = reg
        .raise_proposal(draft("Tolk vid möten"), bryggan(), day(2025, 3, 1))
        .unwrap();
    reg.move_proposal(
        b,
        move_to(ProposalState::Accepted, None),
        staff(),
        day(2025, 3, 15),
    )
    .unwrap();
    reg.comment(b, "Tolk bokas via växeln".into(), staff(), day(2025, 3, 16))
        .unwrap();
    reg.follow(b, "anna@example.org".into(), bryggan(), day(2025, 3, 16))
        .unwrap();

    let accepted = reg
        .list(ListFilter {
            state: Some(ProposalState::Accepted),
            visibility: None,
        })
        .unwrap();
    assert_eq!(accepted.iter().map(|s| s.id).collect::<Vec<_>>(), [b]);
    assert_eq!(reg.list(ListFilter::default()).unwrap().len(), 2);
    assert_eq!(reg.show(b).unwrap().followers, ["anna@example.org"]);

    let stalled = reg.stalled(day(2026, 6, 1), None).unwrap();
    let ids: Vec<_> = stalled.iter().map(|s| s.proposal.id).collect();
    assert_eq!(ids, [a, b]);
    assert!(
        stalled[0]
            .reasons
            .iter()
            .any(|r| matches!(r, StallReason::Undecided { .. }))
    );

    let march = reg.monthly_summary(day(2025, 3, 20), None).unwrap();
    assert_eq!(
        (march.year, march.month, march.raised, march.moved_forward),
        (2025, 3, 1, 1)
    );

    let opts = ReportOptions {
        today: day(2025, 4, 1),
        lang: Some(Lang::Sv),
        since: None,
        stalled: None,
        redact: None,
    };
    let md = reg.report(ReportFormat::Markdown, opts.clone()).unwrap();
    assert!(
        md.contains("Tolk vid möten") && md.contains("Beslutad"),
        "{md}"
    );
    let html = reg.report(ReportFormat::Html, opts.clone()).unwrap();
    assert!(html.contains("<html") && html.contains("Tolk vid möten"));
    let json: serde_json::Value =
        serde_json::from_str(&reg.report(ReportFormat::Json, opts).unwrap()).unwrap();
    assert_eq!(json["total"], 2);
}

#[test]
fn a_file_register_keeps_its_history_across_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("register.db").display().to_string();
    let id = {
        let reg = Register::create(path.clone()).unwrap();
        reg.raise_proposal(draft("Checklista"), bryggan(), day(2026, 1, 19))
            .unwrap()
    };
    let reg = Register::open_existing(path.clone()).unwrap();
    assert_eq!(reg.path(), path);
    assert_eq!(reg.show(id).unwrap().title, "Checklista");
}

#[test]
fn notes_are_ingested_once_and_their_proposals_raised() {
    let reg = Register::in_memory().unwrap();
    let rec = Arc::new(Recorder::default());
    reg.add_listener(rec.clone());
    let opts = restoring();
    let first = reg
        .ingest_notes(NOTE.into(), opts, staff(), day(2026, 1, 1))
        .unwrap();
    assert!(!first.already_imported);
    assert_eq!(first.created.len(), 1);
    let p = reg.show(first.created[0]).unwrap();
    assert_eq!(p.meeting, Some(first.meeting));
    assert_eq!(p.created, day(2019, 1, 19)); // the meeting's date, not "today"
    assert_eq!(p.visibility, Visibility::Internal);
    assert_eq!(rec.seen.lock().unwrap().len(), 1);

    let m = reg.meeting(first.meeting).unwrap();
    assert_eq!(m.group.as_deref(), Some("Bryggangruppen"));
    assert_eq!(m.date, Some(day(2019, 1, 19)));
    assert_eq!(m.attendees.len(), 2);
    assert_eq!(reg.meetings().unwrap(), [m]);

    let again = reg
        .ingest_notes(NOTE.into(), opts, staff(), day(2026, 1, 1))
        .unwrap();
    assert!(again.already_imported);
    assert_eq!(reg.count().unwrap(), 1);

    let err = reg
        .ingest_notes("\n\n".into(), opts, staff(), day(2026, 1, 1))
        .unwrap_err();
    assert!(
        matches!(err, delaktig_ffi::RegisterError::InvalidInput { .. }),
        "{err:?}"
    );
}

#[test]
fn a_redacted_report_keeps_public_names_only() {
    let reg = Register::in_memory().unwrap();
    let mut p = draft("Ring tillbaka inom en vecka");
    p.description = Some(
        "Handläggaren Anna Svensson lovade att Leif Redestig ringer upp på 070-123 45 67.".into(),
    );
    let id = reg.raise_proposal(p, bryggan(), day(2025, 3, 1)).unwrap();
    reg.move_proposal(
        id,
        move_to(ProposalState::Accepted, None),
        staff(),
        day(2025, 3, 2),
    )
    .unwrap();
    let opts = |redact| ReportOptions {
        today: day(2025, 4, 1),
        lang: None,
        since: None,
        stalled: None,
        redact,
    };
    // A public report is redacted even when the caller names no public persons.
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Json,
    ] {
        let default = reg.report(format, opts(None)).unwrap();
        assert!(
            default.contains("Ring tillbaka")
                && !default.contains("Anna Svensson")
                && !default.contains("Leif Redestig")
                && !default.contains("070-123 45 67"),
            "{default}"
        );
    }
    // JSON, where the placeholders are not escaped as in Markdown.
    let redacted = reg
        .report(
            ReportFormat::Json,
            opts(Some(Redaction {
                public_names: vec!["Leif Redestig".into()],
            })),
        )
        .unwrap();
    assert!(
        !redacted.contains("Anna Svensson") && !redacted.contains("070-123"),
        "{redacted}"
    );
    assert!(
        redacted
            .contains("Handläggaren [namn 1] lovade att Leif Redestig ringer upp på [telefon]."),
        "{redacted}"
    );

    let err = reg
        .report(
            ReportFormat::Json,
            opts(Some(Redaction {
                public_names: vec!["12".into()],
            })),
        )
        .unwrap_err();
    assert!(
        matches!(err, delaktig_ffi::RegisterError::InvalidInput { .. }),
        "{err:?}"
    );
}

/// Reads the proposal back from inside the callback, as an app sending notifications would.
struct Reader {
    register: Mutex<Option<Arc<Register>>>,
    titles: Mutex<Vec<String>>,
}

impl RegisterListener for Reader {
    fn on_event(
        &self,
        proposal: delaktig_core::ProposalId,
        _: HistoryEvent,
    ) -> Result<(), ListenerError> {
        let reg = self.register.lock().unwrap().clone();
        if let Some(reg) = reg {
            let p = reg.show(proposal).map_err(|e| ListenerError::Failed {
                reason: e.to_string(),
            })?;
            self.titles.lock().unwrap().push(p.title);
        }
        Ok(())
    }
}

#[test]
fn a_listener_may_query_the_register_it_listens_to() {
    let reg = Register::in_memory().unwrap();
    let reader = Arc::new(Reader {
        register: Mutex::new(Some(reg.clone())),
        titles: Mutex::new(Vec::new()),
    });
    reg.add_listener(reader.clone());
    reg.raise_proposal(draft("Tolk vid möten"), bryggan(), day(2025, 3, 1))
        .unwrap();
    assert_eq!(*reader.titles.lock().unwrap(), ["Tolk vid möten"]);
    // Break the cycle register → listener → register.
    reader.register.lock().unwrap().take();
}

#[test]
fn a_register_can_ask_for_longer_justifications() {
    let reg = Register::in_memory().unwrap();
    assert_eq!(reg.justification_min_words(), 3);
    let id = reg
        .raise_proposal(draft("Checklista"), bryggan(), day(2026, 1, 19))
        .unwrap();
    reg.set_justification_min_words(8).unwrap();
    let short = Some("Rutinen finns redan i handboken");
    let err = reg
        .move_proposal(
            id,
            move_to(ProposalState::Rejected, short),
            staff(),
            day(2026, 2, 2),
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("at least 8 words are needed, got 5"),
        "{err}"
    );
    assert!(matches!(
        reg.set_justification_min_words(0),
        Err(delaktig_ffi::RegisterError::InvalidInput { .. })
    ));
    assert_eq!(reg.justification_min_words(), 8);
}

#[test]
fn decisions_in_notes_move_proposals_and_a_no_without_reason_is_reported() {
    let note = "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n\
                RSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\n\
                Beslut: Förslaget avslås eftersom det saknas personal och budget för helgbemanning.\n\n\
                2. Busskort\n\nAnkaret föreslår gratis busskort för deltagare i dagverksamheten.\n\
                Förslaget avslogs.\n";
    let reg = Register::in_memory().unwrap();
    let rec = Arc::new(Recorder::default());
    reg.add_listener(rec.clone());
    let opts = restoring();
    let done = reg
        .ingest_notes(note.into(), opts, staff(), day(2026, 1, 1))
        .unwrap();
    assert_eq!(done.created.len(), 2);
    let (first, second) = (done.created[0], done.created[1]);
    assert_eq!(
        done.decided,
        [DecidedProposal {
            proposal: first,
            state: ProposalState::Rejected
        }]
    );
    assert_eq!(done.undecided.len(), 1);
    assert_eq!(done.undecided[0].proposal, second);
    assert_eq!(done.undecided[0].text, "Förslaget avslogs.");
    let p = reg.show(first).unwrap();
    assert_eq!(p.state, ProposalState::Rejected);
    assert_eq!(
        p.events.last().and_then(|e| e.justification.as_deref()),
        Some("det saknas personal och budget för helgbemanning")
    );
    assert_eq!(reg.show(second).unwrap().state, ProposalState::Received);
    // Listeners heard both raisings and the rejection.
    assert_eq!(rec.seen.lock().unwrap().len(), 3);
    assert!(done.unlinked_decisions.is_empty());
    // A decision on a proposal of earlier notes is handed back, not matched by guess.
    let later = "Brukarrådet 2 december 2025\n\n1. Busskort\n\n\
                 Förslaget om busskort från förra mötet bifalls.\n";
    let done = reg
        .ingest_notes(later.into(), opts, staff(), day(2026, 1, 1))
        .unwrap();
    assert!(done.decided.is_empty());
    assert_eq!(done.unlinked_decisions.len(), 1);
    assert_eq!(
        done.unlinked_decisions[0].text,
        "Förslaget om busskort från förra mötet bifalls."
    );
    assert_eq!(reg.show(second).unwrap().state, ProposalState::Received);
}
