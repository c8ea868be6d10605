//! Importing meeting notes.

use crate::common::*;
use delaktig_core::*;
use delaktig_store::*;

fn notes(hash: &str, date: i64, proposals: &[&str]) -> MeetingImport {
    MeetingImport {
        content_hash: hash.into(),
        group: Some("Gemensam utvecklingsgrupp".into()),
        title: "Gemensam utvecklingsgrupp 19 september".into(),
        date: Some(day(date)),
        place: Some("Stadsbiblioteket".into()),
        attendees: vec![
            Attendee {
                name: "Kim".into(),
                organisation: Some("Bryggan".into()),
            },
            Attendee {
                name: "Stina".into(),
                organisation: None,
            },
        ],
        proposals: proposals
            .iter()
            .enumerate()
            .map(|(i, t)| ImportedProposal {
                text: (*t).into(),
                span: Some(Span {
                    start: i * 100,
                    end: i * 100 + t.len(),
                }),
                by: Some("Kim".into()),
                decision: None,
            })
            .collect(),
        visibility: Visibility::Internal,
    }
}

const P1: &str = "Det bör finnas en checklista för nya handläggare.";
const P2: &str = "Förslaget är att vi bildar en gemensam arbetsgrupp för boendefrågor.";

#[test]
fn import_creates_meeting_group_attendees_and_received_proposals() {
    let mut reg = Register::open_in_memory().unwrap();
    let out = reg
        .import_meeting(&notes("h1", 10, &[P1, P2]), &staff(), day(20))
        .unwrap();
    assert!(!out.already_imported);
    assert_eq!(out.created.len(), 2);
    let m = reg.meeting(out.meeting).unwrap();
    assert_eq!(m.group.as_deref(), Some("Gemensam utvecklingsgrupp"));
    assert_eq!(m.attendees.len(), 2);
    assert_eq!(m.visibility, Visibility::Internal);
    let p = reg.proposal(out.created[0]).unwrap();
    assert_eq!(p.state(), State::Received);
    assert_eq!(p.created(), day(10));
    assert_eq!(
        p.visibility(),
        Visibility::Internal,
        "imported notes are internal until reviewed"
    );
    assert_eq!(p.origin().meeting, Some(out.meeting));
    assert_eq!(
        p.origin().span,
        Some(Span {
            start: 0,
            end: P1.len()
        })
    );
    assert_eq!(p.origin().organisation.as_deref(), Some("Bryggan"));
}

#[test]
fn importing_the_same_notes_twice_creates_nothing() {
    let mut reg = Register::open_in_memory().unwrap();
    let a = reg
        .import_meeting(&notes("h1", 10, &[P1, P2]), &staff(), day(20))
        .unwrap();
    let before = snapshot(&reg);
    let b = reg
        .import_meeting(&notes("h1", 10, &[P1, P2]), &staff(), day(20))
        .unwrap();
    assert!(b.already_imported);
    assert_eq!(b.meeting, a.meeting);
    assert!(b.created.is_empty() && b.discussed.is_empty());
    assert_eq!(snapshot(&reg), before);
}

#[test]
fn a_matching_open_proposal_is_discussed_not_duplicated_and_stalls() {
    let mut reg = Register::open_in_memory().unwrap();
    let first = reg
        .import_meeting(&notes("h1", 10, &[P1]), &staff(), day(10))
        .unwrap();
    let id = first.created[0];
    for (i, h) in ["h2", "h3", "h4"].into_iter().enumerate() {
        let reworded = "det bör finnas en checklista för alla nya handläggare";
        let out = reg
            .import_meeting(
                &notes(h, 20 + i as i64 * 14, &[reworded, P2]),
                &staff(),
                day(60),
            )
            .unwrap();
        assert!(out.discussed.contains(&id), "{out:?}");
        assert!(out.created.len() <= 1);
    }
    assert_eq!(
        reg.count().unwrap(),
        2,
        "P2 is created once and then discussed"
    );
    let p = reg.proposal(id).unwrap();
    assert_eq!(p.state(), State::Received);
    assert_eq!(p.discussions_since_change(), 3);
    let stalled = reg.stalled(&StalledPolicy::default(), day(60)).unwrap();
    assert!(stalled.iter().any(|s| s.proposal.id == id));
}

#[test]
fn another_copy_of_a_meeting_adds_to_it_and_discusses_nothing() {
    let mut reg = Register::open_in_memory().unwrap();
    let first = reg
        .import_meeting(&notes("scan-1", 10, &[P1]), &staff(), day(10))
        .unwrap();
    // A second scan of the same notes (another content hash), with one proposal the first
    // scan lost and one it had, worded a little differently by the scan.
    let reworded = "Det bor finnas en checklista för nya handläggare.";
    let second = reg
        .import_meeting(&notes("scan-2", 10, &[reworded, P2]), &staff(), day(12))
        .unwrap();
    assert!(second.same_meeting && !second.already_imported);
    assert_eq!(second.meeting, first.meeting);
    assert!(second.discussed.is_empty(), "{second:?}");
    assert_eq!(second.created.len(), 1);
    assert_eq!(reg.count().unwrap(), 2);
    let p1 = reg.proposal(first.created[0]).unwrap();
    assert_eq!(p1.discussions_since_change(), 0);
    let p2 = reg.proposal(second.created[0]).unwrap();
    assert_eq!(p2.origin().meeting, Some(first.meeting));
    // Another date is another meeting of the group.
    let later = reg
        .import_meeting(&notes("scan-3", 24, &[P1]), &staff(), day(24))
        .unwrap();
    assert!(!later.same_meeting);
    assert_ne!(later.meeting, first.meeting);
    assert_eq!(later.discussed, vec![first.created[0]]);
}

#[test]
fn a_closed_proposal_is_not_matched() {
    let mut reg = Register::open_in_memory().unwrap();
    let id = reg
        .import_meeting(&notes("h1", 10, &[P1]), &staff(), day(10))
        .unwrap()
        .created[0];
    reg.move_to(id, spec(State::Rejected, Some(WHY)), &staff(), day(11))
        .unwrap();
    let out = reg
        .import_meeting(&notes("h2", 30, &[P1]), &staff(), day(30))
        .unwrap();
    assert_eq!(out.created.len(), 1);
    assert!(out.discussed.is_empty());
}

#[test]
fn the_same_proposal_twice_in_one_notes_is_one_proposal() {
    let mut reg = Register::open_in_memory().unwrap();
    let out = reg
        .import_meeting(&notes("h1", 10, &[P1, P1, "   "]), &staff(), day(10))
        .unwrap();
    assert_eq!(out.created.len(), 1);
    assert_eq!(reg.count().unwrap(), 1);
}

#[test]
fn long_texts_get_a_short_title_and_keep_the_full_description() {
    let mut reg = Register::open_in_memory().unwrap();
    let long = "Handläggarna bör specialisera sig ".repeat(10);
    let id = reg
        .import_meeting(&notes("h1", 10, &[&long]), &staff(), day(10))
        .unwrap()
        .created[0];
    let p = reg.proposal(id).unwrap();
    assert!(p.title().chars().count() <= 101 && p.title().ends_with('…'));
    assert_eq!(p.description(), Some(long.trim()));
}

#[test]
fn notes_without_a_hash_are_refused() {
    let mut reg = Register::open_in_memory().unwrap();
    assert!(
        reg.import_meeting(&notes(" ", 10, &[P1]), &staff(), day(10))
            .is_err()
    );
    assert_eq!(reg.count().unwrap(), 0);
}

#[test]
fn meetings_are_published_after_review_by_staff_only() {
    let mut reg = Register::open_in_memory().unwrap();
    let m = reg
        .import_meeting(&notes("h1", 10, &[P1]), &staff(), day(10))
        .unwrap()
        .meeting;
    let e = reg
        .set_meeting_visibility(m, Visibility::Public, &kim())
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("may not change the visibility of meeting M-1: only staff may"),
        "{e}"
    );
    assert_eq!(reg.meeting(m).unwrap().visibility, Visibility::Internal);
    reg.set_meeting_visibility(m, Visibility::Public, &staff())
        .unwrap();
    assert_eq!(reg.meeting(m).unwrap().visibility, Visibility::Public);
    let missing = reg.set_meeting_visibility(MeetingId::new(9), Visibility::Public, &staff());
    assert!(matches!(missing, Err(StoreError::MeetingNotFound(_))));
}

/// `notes` with `decision` recorded on the first proposal.
/// A decision the notes record.
fn decision(to: State, justification: Option<&str>, text: &str) -> ImportedDecision {
    ImportedDecision {
        partly: false,
        to,
        justification: justification.map(str::to_owned),
        text: text.to_owned(),
        date: None,
    }
}

fn decided(hash: &str, date: i64, decision: ImportedDecision) -> MeetingImport {
    let mut n = notes(hash, date, &[P1, P2]);
    n.proposals[0].decision = Some(decision);
    n
}

#[test]
fn a_decision_in_the_notes_moves_the_proposal_with_its_reason() {
    let mut reg = Register::open_in_memory().unwrap();
    let reason = "det saknas personal och budget för helgbemanning";
    let out = reg
        .import_meeting(
            &decided(
                "h1",
                10,
                decision(
                    State::Rejected,
                    Some(reason),
                    &format!("Beslut: Förslaget avslås eftersom {reason}."),
                ),
            ),
            &staff(),
            day(20),
        )
        .unwrap();
    let id = out.created[0];
    assert_eq!(out.decided, [(id, State::Rejected)]);
    assert!(out.undecided.is_empty());
    let p = reg.proposal(id).unwrap();
    assert_eq!(p.state(), State::Rejected);
    let last = p.events().last().unwrap();
    assert_eq!(last.justification().map(|j| j.as_str()), Some(reason));
    // The other proposal is untouched.
    assert_eq!(
        reg.proposal(out.created[1]).unwrap().state(),
        State::Received
    );
}

#[test]
fn a_no_without_a_reason_is_not_recorded_and_is_reported() {
    let mut reg = Register::open_in_memory().unwrap();
    let out = reg
        .import_meeting(
            &decided(
                "h1",
                10,
                decision(State::Rejected, None, "Förslaget avslogs."),
            ),
            &staff(),
            day(20),
        )
        .unwrap();
    let id = out.created[0];
    assert!(out.decided.is_empty());
    assert_eq!(out.undecided.len(), 1);
    let u = &out.undecided[0];
    assert_eq!((u.proposal, u.to), (id, State::Rejected));
    assert!(u.why.contains("justification"), "{}", u.why);
    // The proposal is registered, still received: the notes' "no" waits for its reason.
    assert_eq!(reg.proposal(id).unwrap().state(), State::Received);
    // A reason too short for the register's rules is refused the same way.
    let out = reg
        .import_meeting(
            &decided(
                "h2",
                30,
                decision(
                    State::Parked,
                    Some("ingen tid"),
                    "Förslaget bordläggs då ingen tid.",
                ),
            ),
            &staff(),
            day(30),
        )
        .unwrap();
    assert!(
        out.decided.is_empty() && out.undecided.len() == 1,
        "{out:?}"
    );
    assert_eq!(reg.proposal(id).unwrap().state(), State::Received);
}

#[test]
fn a_corrected_copy_of_the_notes_adds_its_decision_once() {
    let mut reg = Register::open_in_memory().unwrap();
    let first = reg
        .import_meeting(&notes("h1", 10, &[P1, P2]), &staff(), day(10))
        .unwrap();
    let id = first.created[0];
    let reason = "det finns redan en checklista i handboken";
    let corrected = decided(
        "h2",
        10,
        decision(
            State::Rejected,
            Some(reason),
            &format!("Förslaget avslås eftersom {reason}."),
        ),
    );
    let out = reg.import_meeting(&corrected, &staff(), day(12)).unwrap();
    assert!(out.same_meeting && out.created.is_empty());
    assert_eq!(out.decided, [(id, State::Rejected)]);
    // A third copy with the same decision finds it recorded: nothing to do, nothing refused.
    let mut third = corrected.clone();
    third.content_hash = "h3".into();
    let out = reg.import_meeting(&third, &staff(), day(13)).unwrap();
    assert!(
        out.decided.is_empty() && out.undecided.is_empty(),
        "{out:?}"
    );
}

#[test]
fn a_decision_on_a_proposal_discussed_again_moves_it() {
    let mut reg = Register::open_in_memory().unwrap();
    let first = reg
        .import_meeting(&notes("h1", 10, &[P1]), &staff(), day(10))
        .unwrap();
    let id = first.created[0];
    let mut later = notes("h2", 40, &[P1]);
    later.proposals[0].decision = Some(decision(
        State::Accepted,
        None,
        "Beslut: Förslaget bifalls.",
    ));
    let out = reg.import_meeting(&later, &staff(), day(40)).unwrap();
    assert_eq!(out.discussed, [id]);
    assert_eq!(out.decided, [(id, State::Accepted)]);
    assert_eq!(reg.proposal(id).unwrap().state(), State::Accepted);
    // The same decision again (a second copy of the notes) changes nothing.
    let again = reg.import_meeting(&later, &staff(), day(41)).unwrap();
    assert!(again.already_imported && again.decided.is_empty());
}

#[test]
fn the_import_names_every_history_entry_it_appended() {
    let mut reg = Register::open_in_memory().unwrap();
    let first = reg
        .import_meeting(&notes("h1", 10, &[P1]), &staff(), day(10))
        .unwrap();
    let id = first.created[0];
    assert_eq!(first.appended.len(), 1, "the raising");
    let before = reg.proposal(id).unwrap().events().len();
    // Two wordings of the same open proposal at a later meeting: two discussions.
    let later = notes(
        "h2",
        40,
        &[
            "det bör finnas en checklista för alla nya handläggare",
            "Det borde finnas en checklista för nya handläggare.",
        ],
    );
    let out = reg.import_meeting(&later, &staff(), day(40)).unwrap();
    let after = reg.proposal(id).unwrap().events().to_vec();
    let appended: Vec<_> = out
        .appended
        .iter()
        .filter(|(p, _)| *p == id)
        .map(|(_, e)| e.clone())
        .collect();
    assert_eq!(after.len() - before, 2, "{out:?}");
    assert_eq!(out.discussed, [id], "listed once");
    assert_eq!(appended, after[before..]);
}
