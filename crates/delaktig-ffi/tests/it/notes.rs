//! Notes parsing through the FFI types.

use delaktig_ffi::{DecisionOutcome, ParseOptions, parse_notes};

use crate::common::*;

#[test]
fn a_short_note_gives_title_date_attendees_and_items() {
    let doc = parse_notes(NOTE.into(), ParseOptions::default()).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Bryggangruppen 19 januari 2019"));
    let m = &doc.meetings[0];
    assert_eq!(m.group, "Bryggangruppen");
    assert_eq!(m.date, Some(day(2019, 1, 19)));
    let names: Vec<&str> = m.attendees.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Per Norbeck", "Leif Redestig"]);
    assert_eq!(
        m.attendees[1].organisation.as_deref(),
        Some("socialförvaltningen")
    );
    assert_eq!(
        m.next_meeting.as_ref().unwrap().date,
        Some(day(2019, 10, 7))
    );
    assert_eq!(doc.proposals.len(), 1);
    assert_eq!(doc.actions[0].who, "David");
    assert_eq!(doc.questions, ["Vilka har tid att sitta med?"]);
    let json: serde_json::Value = serde_json::from_str(&doc.json).unwrap();
    assert_eq!(json["meetings"][0]["date"], "2019-01-19");
}

#[test]
fn decisions_due_days_done_marks_and_weeks_cross_the_boundary() {
    let doc = parse_notes("Brukarrådet 4 november 2025\n\n1. Öppettider\n\nRSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\nBeslut: Förslaget avslås eftersom det saknas personal för helgerna.\n\n- [x] Maria skickar ut protokollet senast vecka 46.\n".into(), ParseOptions::default()).unwrap();
    let d = &doc.decisions[0];
    assert_eq!(d.outcome, DecisionOutcome::Rejected);
    assert_eq!(
        d.justification.as_deref(),
        Some("det saknas personal för helgerna")
    );
    assert_eq!(d.proposal, Some(0));
    let a = &doc.actions[0];
    assert_eq!((a.who.as_str(), a.done), ("Maria", true));
    assert_eq!(a.due, Some(day(2025, 11, 10)));
    let week = doc.dates.iter().find(|m| m.week.is_some()).unwrap();
    assert_eq!((week.text.as_str(), week.week), ("vecka 46", Some(46)));
}
