//! A meeting's facts in the forms notes give them.

use delaktig_notes::{ParseOptions, parse};

#[test]
fn a_next_meeting_heading_takes_the_day_and_times_on_the_line_under_it() {
    let note = "Anteckningar från dialogmöte om spelberoende\n\n\
                Datum: onsdag den 4 februari 2026\nTid: kl. 17.30–20.00\n\n\
                Synpunkter:\n- Väntetiden är lång.\n\n\
                Nästa möte:\nOnsdag den 6 maj 2026 kl. 17.30–20.00 på samma plats. Då följs \
                förslagen upp.\n";
    let doc = parse(note, &ParseOptions::new());
    let next = doc.meetings[0]
        .next_meeting
        .as_ref()
        .expect("a next meeting");
    assert_eq!(next.date, Some("2026-05-06".parse().unwrap()));
    assert_eq!(
        (
            next.start.map(|t| t.to_string()),
            next.end.map(|t| t.to_string())
        ),
        (Some("17:30".into()), Some("20:00".into()))
    );
    // A scan's blank line under the heading parts nothing.
    let scanned = note.replace("Nästa möte:\n", "Nästa möte:\n\n");
    let doc = parse(&scanned, &ParseOptions::new());
    let next = doc.meetings[0]
        .next_meeting
        .as_ref()
        .expect("a next meeting");
    assert_eq!(next.date, Some("2026-05-06".parse().unwrap()));
    // A line that does not open with a day gives none.
    let later = note.replace(
        "Onsdag den 6 maj 2026",
        "Vi hoppas att kunna ses igen den 6 maj 2026",
    );
    let doc = parse(&later, &ParseOptions::new());
    assert!(doc.meetings[0].next_meeting.is_none());
}
