//! Who does what by when, in the forms notes write it: task lists, tables, "Ansvarig:" lines,
//! week numbers; and minutes numbered with paragraph signs.

use delaktig_notes::{ParseOptions, parse};

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// Who, what and by when of each action of `doc`.
fn who_what_due(doc: &delaktig_notes::Document) -> Vec<(&str, &str, Option<chrono::NaiveDate>)> {
    doc.actions
        .iter()
        .map(|a| (a.who.as_str(), a.what.as_str(), a.due))
        .collect()
}

/// Who, what, by when and whether done, of each action of `doc`.
fn who_what_due_done(
    doc: &delaktig_notes::Document,
) -> Vec<(&str, &str, Option<chrono::NaiveDate>, bool)> {
    doc.actions
        .iter()
        .map(|a| (a.who.as_str(), a.what.as_str(), a.due, a.done))
        .collect()
}

#[test]
fn a_ticked_task_box_is_a_done_promise_and_a_date_in_it_is_due() {
    let note = "Att göra\n\n- [ ] Kalle kollar lokalen senast vecka 8.\n- [x] Maria skickar ut inbjudan.\n";
    let doc = parse(note, &ParseOptions::new().with_year(2025));
    let got: Vec<_> = doc
        .actions
        .iter()
        .map(|a| (a.who.as_str(), a.done, a.due))
        .collect();
    assert_eq!(
        got,
        [("Kalle", false, day("2025-02-17")), ("Maria", true, None)]
    );
    assert_eq!(doc.actions[1].what, "skickar ut inbjudan");
}

#[test]
fn a_tables_rows_under_a_what_and_who_header_are_promises() {
    let note = "Åtgärdslista\n\n| Vad | Vem | När | Status |\n|---|---|---|---|\n\
                | Boka lokal | Kalle | v. 37 | |\n| Skriva inbjudan | Maria | 10 september | klar |\n\n\
                Uppgift | Ansvarig | Klart till\nRinga hyresvärden | Ahmed | 1 oktober\n";
    let doc = parse(note, &ParseOptions::new().with_year(2025));
    let got = who_what_due_done(&doc);
    assert_eq!(
        got,
        [
            ("Kalle", "Boka lokal", day("2025-09-08"), false),
            ("Maria", "Skriva inbjudan", day("2025-09-10"), true),
            ("Ahmed", "Ringa hyresvärden", day("2025-10-01"), false),
        ]
    );
    let week = doc.dates.iter().find(|d| d.week.is_some()).unwrap();
    assert_eq!((week.text.as_str(), week.week), ("v. 37", Some(37)));
    // The rows are kept as the section's paragraphs; the separator is not.
    assert!(
        doc.sections
            .iter()
            .all(|s| s.paragraphs.iter().all(|p| !p.contains("---")))
    );
    // A row's span is its line.
    let a = &doc.actions[0];
    assert_eq!(
        &note[a.span.start..a.span.end],
        "| Boka lokal | Kalle | v. 37 | |"
    );
}

#[test]
fn a_table_copied_with_tabs_is_read_as_one_with_bars() {
    // Cells parted by tabs, as a word processor or a spreadsheet gives them: one tab per
    // cell (an empty cell keeps its column) or several to line the columns up. A form's
    // "Label:<tab>value" lines stay fields.
    let note = "Arbetsgruppen 3 mars 2026\n\nTid:\tkl. 13.00–15.00\nPlats:\tRummet Ekorren\n\n\
                Närvarande: Kalle Ek, Maria Öst\n\nVad\tVem\tStatus\tNär\nBoka lokal\tKalle\t\tv. 12\nSkriva inbjudan\tMaria\tklar\t\n\n\
                Förslag\t\t\tFrån\t\tBeslut\nKvällsöppet\t\t\tRSMH\t\tBifalls delvis: bara fredagar\n\
                Gratis busskort\tHodan Ali\t\tAvslås eftersom pengarna saknas\n";
    let doc = parse(note, &ParseOptions::new());
    let got = who_what_due_done(&doc);
    assert_eq!(
        got,
        [
            ("Kalle", "Boka lokal", day("2026-03-16"), false),
            ("Maria", "Skriva inbjudan", None, true),
        ]
    );
    let meeting = &doc.meetings[0];
    assert_eq!(
        meeting.start.map(|t| t.to_string()).as_deref(),
        Some("13:00")
    );
    assert_eq!(meeting.place.as_deref(), Some("Rummet Ekorren"));
    let proposals: Vec<_> = doc
        .proposals
        .iter()
        .map(|p| (p.text.as_str(), p.by.as_deref()))
        .collect();
    assert_eq!(
        proposals,
        [
            ("Kvällsöppet", Some("RSMH")),
            ("Gratis busskort", Some("Hodan Ali"))
        ]
    );
    let decisions: Vec<_> = doc
        .decisions
        .iter()
        .map(|d| (d.proposal, d.outcome, d.justification.as_deref()))
        .collect();
    use delaktig_notes::DecisionOutcome::{PartlyAccepted, Rejected};
    assert_eq!(
        decisions,
        [
            (Some(0), PartlyAccepted, Some("bara fredagar")),
            (Some(1), Rejected, Some("pengarna saknas")),
        ]
    );
    // A row's span is its line.
    let a = &doc.actions[0];
    assert_eq!(
        &note[a.span.start..a.span.end],
        "Boka lokal\tKalle\t\tv. 12"
    );
}

#[test]
fn a_table_without_a_who_column_promises_nothing() {
    let note = "Program\n\nTid | Aktivitet | Plats\n10.00 | Fika | Caféet\n";
    let doc = parse(note, &ParseOptions::new());
    assert!(doc.actions.is_empty(), "{:?}", doc.actions);
}

#[test]
fn a_responsible_line_gives_the_item_above_to_someone() {
    let note = "Protokoll 12 mars 2025\n\n§ 4 Övriga frågor\n\n\
                Det behövs information om boendestöd på lätt svenska.\n\
                Ansvarig: Anna Lindqvist. Klart till: v. 16.\n\n\
                § 5 Lokalfrågan\n\nAnsvarig: Per\n";
    let doc = parse(note, &ParseOptions::new());
    let got = who_what_due(&doc);
    assert_eq!(
        got,
        [
            (
                "Anna Lindqvist",
                "Det behövs information om boendestöd på lätt svenska",
                day("2025-04-14")
            ),
            ("Per", "Lokalfrågan", None),
        ]
    );
    // "§ 4 Övriga frågor" is a numbered heading.
    let s = doc.sections.iter().find(|s| s.number == Some(4)).unwrap();
    assert_eq!(s.heading, "Övriga frågor");
}

#[test]
fn the_next_meeting_told_in_a_sentence_or_under_its_heading() {
    let said = "Gruppen 3 mars 2025\n\nVi pratade.\n\nNästa möte hålls tisdag 8 april kl. 13.00 i samma lokal.\n";
    let doc = parse(said, &ParseOptions::new());
    let next = doc.meetings[0].next_meeting.as_ref().unwrap();
    assert_eq!(
        (next.date, next.start.map(|t| t.to_string())),
        (day("2025-04-08"), Some("13:00".into()))
    );

    let headed = "Gruppen 3 mars 2025\n\n§ 5 Nästa möte\n\nTisdag 8 april kl. 13 i samma lokal.\n";
    let doc = parse(headed, &ParseOptions::new());
    let next = doc.meetings[0].next_meeting.as_ref().unwrap();
    assert_eq!(next.date, day("2025-04-08"));

    // A sentence about an earlier meeting is no next meeting.
    let other = "Gruppen 3 mars 2025\n\nFörra mötet hölls 3 februari.\n";
    assert!(
        parse(other, &ParseOptions::new())
            .meetings
            .iter()
            .all(|m| m.next_meeting.is_none())
    );
}

/// The OCR renderings in `tests/data/ocr-tasks` (tesseract's English model reading the
/// fixtures `tasks-and-action-table`, `protocol-with-paragraph-signs`,
/// `decisions-with-reasons` and `proposal-table-with-status` in three fonts: the
/// table's separator row comes out as "pone]", "|---[-—-|-—|" or specks of no bars
/// ("bofesbb", "ated dl eel bed ba") in a paragraph of its own, a header row may lose its
/// last bar, a long row is wrapped onto a
/// second line, every row stands in a paragraph of its own) give, once restored, the clean
/// note's actions, their due days and done marks, its decisions with their reasons, its next
/// meeting and its other facts (an
/// attendee list on its label's line wrapped inside an entry, "… Per Nilsson" /
/// "(enhetschef)", included).
#[test]
fn scanned_tasks_and_tables_give_the_clean_notes_actions() {
    use crate::ocr::{exact, facts, normalise, pairs_in};
    let dir = crate::support::data_dir();
    let pairs = pairs_in(&dir.join("ocr-tasks"), &dir.join("notes"));
    assert_eq!(pairs.len(), 12);
    let options = ParseOptions::new();
    let actions = |doc: &delaktig_notes::Document| -> Vec<String> {
        doc.actions
            .iter()
            // The task in small letters: tesseract reads the mono font's "IVO" as "Ivo",
            // which no restorer can tell from the name.
            .map(|a| {
                format!(
                    "{} | {} | {:?} | {}",
                    a.who,
                    a.what.to_lowercase(),
                    a.due,
                    a.done
                )
            })
            .collect()
    };
    let mut failures = Vec::new();
    for (name, clean, scanned) in pairs {
        let want = parse(&clean, &options);
        let got = parse(&normalise(&scanned), &options);
        let next = |d: &delaktig_notes::Document| {
            d.meetings
                .first()
                .and_then(|m| m.next_meeting.as_ref().map(|n| (n.date, n.start)))
        };
        let decisions = |d: &delaktig_notes::Document| -> Vec<String> {
            d.decisions
                .iter()
                .map(|x| format!("{:?} {:?} {:?}", x.outcome, x.proposal, x.justification))
                .collect()
        };
        if actions(&want) != actions(&got)
            || decisions(&want) != decisions(&got)
            || facts(&want, exact) != facts(&got, exact)
            || next(&want) != next(&got)
        {
            failures.push(format!(
                "{name}:\n  clean: {:?} {:?} {:?}\n  ocr:   {:?} {:?} {:?}",
                actions(&want),
                facts(&want, exact),
                next(&want),
                actions(&got),
                facts(&got, exact),
                next(&got)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_question_answered_on_its_line_or_the_next_is_not_open() {
    let note = "Övrigt\n\nKim undrar om det finns pengar till studiebesök? Svar: Omar kollar budgeten.\n\
                Hur många kommer?\nSvar: ett tjugotal.\n\nVem bokar bussen?\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.questions, ["Vem bokar bussen?"]);
    assert_eq!(doc.actions[0].who, "Omar");
}

#[test]
fn an_agenda_listed_under_its_label_is_no_headings_and_signatures_are_no_sections() {
    let note = "Samverkansmöte 12 mars 2025\n\nDagordning\n1. Välkommen\n2. Boendestöd\n3. Övrigt\n\n\
                Boendestöd\nLena föreslår en fast kontaktperson.\n\nNästa möte: 10 april.\n\n\
                Vid anteckningarna\nKim Nilsson\n";
    let doc = parse(note, &ParseOptions::new());
    let headings: Vec<_> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        ["Samverkansmöte 12 mars 2025", "Dagordning", "Boendestöd"]
    );
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    assert_eq!(doc.meetings.len(), 1);
    let next = doc.meetings[0].next_meeting.as_ref().unwrap();
    assert_eq!(next.date, day("2025-04-10"));
}

#[test]
fn a_decision_line_is_known_by_its_label_in_capitals_too() {
    // "Beslut" opening the line names what is decided, with a space before its colon or in
    // capitals too: what follows is a decision even when it names no proposal.
    for line in ["Beslut : Rådet bifaller.", "BESLUT: Rådet bifaller."] {
        let note = format!("Möte 3 mars 2025\n\n1. Kaffe\n\nVi bör köpa kaffe.\n{line}\n");
        let doc = parse(&note, &ParseOptions::new());
        assert_eq!(doc.decisions.len(), 1, "{line}: {:?}", doc.decisions);
        assert_eq!(doc.decisions[0].proposal, Some(0));
    }
}

/// What the register and a reader of the calendar need from a note, robust to a restored
/// word's spelling: each event's day, times and cancellation, each decision's outcome, its
/// proposal, whether it gives a reason and its day, each message's day and whether it is a
/// reply, who proposed, who promised by when, the meetings' days, their next meeting and
/// how many attended.
fn structure(doc: &delaktig_notes::Document) -> Vec<String> {
    let mut out = Vec::new();
    for e in &doc.events {
        out.push(format!(
            "event {:?} {:?} {:?} {}",
            e.date, e.start, e.end, e.cancelled
        ));
    }
    for d in &doc.decisions {
        out.push(format!(
            "decision {:?} {:?} {} {:?}",
            d.outcome,
            d.proposal,
            d.justification.is_some(),
            d.date
        ));
    }
    for m in &doc.messages {
        out.push(format!(
            "message {:?} {:?} {}",
            m.from.is_some(),
            m.date,
            m.reply
        ));
    }
    for p in &doc.proposals {
        out.push(format!("proposal by {:?}", p.by));
    }
    for a in &doc.actions {
        out.push(format!("action {} {:?}", a.who, a.due));
    }
    for m in &doc.meetings {
        out.push(format!(
            "meeting {:?} next {:?}, {} attendees",
            m.date,
            m.next_meeting.as_ref().map(|n| n.date),
            m.attendees.len()
        ));
    }
    out
}

/// The OCR renderings in `tests/data/ocr-forms` (tesseract's English model reading the
/// fixtures `newsletter-calendar`, `reply-letter-yes-and-no`, `reply-letter-under-letterhead`
/// and `minutes-earlier-notes-and-responsible-sentence` in three fonts, `email-thread-refusal`
/// and `email-outlook-header` in two, whose scans leave blank lines inside headers and
/// signatures) give, once restored, the clean note's calendar, decisions, proposers,
/// promises, meetings and messages. One rendering is
/// known to lose one event: the serif scan glues the time to the day ("8/4k1. 18.00:"), and
/// that item is read as no event.
#[test]
fn scanned_calendars_replies_and_labels_give_the_clean_notes_structure() {
    use crate::ocr::{normalise, pairs_in};
    let dir = crate::support::data_dir();
    let pairs = pairs_in(&dir.join("ocr-forms"), &dir.join("notes"));
    assert_eq!(pairs.len(), 16);
    let options = ParseOptions::new();
    let mut failures = Vec::new();
    for (name, clean, scanned) in pairs {
        let mut want = structure(&parse(&clean, &options));
        let got = structure(&parse(&normalise(&scanned), &options));
        assert!(
            !want.is_empty(),
            "{name}: the clean note gives nothing to compare"
        );
        if name == "newsletter-calendar.serif.txt" {
            // The glued "8/4k1." item: the first event.
            want.remove(0);
        }
        if want != got {
            failures.push(format!("{name}:\n  clean: {want:?}\n  ocr:   {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_reply_with_no_blank_lines_keeps_each_question_and_answer_apart() {
    // "Fråga 3:" opens a line of its own even right under the answer before it.
    let note = "Svar till Föreningen Ankaret om era frågor\n\n\
                Fråga 1: Kan ni öppna på lördagar?\n\
                Svar: Nej. Vi har ingen personal på helgerna som kan ta emot besökare.\n\
                Fråga 2: Kan vi få en anslagstavla?\n\
                Svar: Ja.\n";
    let doc = parse(note, &ParseOptions::new());
    let proposals: Vec<_> = doc.proposals.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        proposals,
        ["Kan ni öppna på lördagar?", "Kan vi få en anslagstavla?"]
    );
    assert_eq!(doc.proposals[0].by.as_deref(), Some("Föreningen Ankaret"));
    assert_eq!(doc.decisions.len(), 2);
    assert!(doc.decisions[0].justification.is_some());
}

#[test]
fn a_list_under_a_question_answers_it_and_questions_in_a_list_stay_open() {
    // Restored notes write an interview's "– " answers as list items: the question above is
    // answered, like one a list of findings answers; a question that is an item of a list
    // of questions stays open.
    let note = "Intervju med Eva\n\nVad gör du på dagarna?\n\n- Jag arbetar på kaféet.\n\n\
                Frågor till nästa möte:\n\n- Vem bokar lokalen?\n- Vem tar med fika?\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.questions, ["Vem bokar lokalen?", "Vem tar med fika?"]);
}

#[test]
fn a_programme_written_as_headings_gives_dated_events() {
    // "Träff 1 – tisdag 3/2" on a line of its own, its topic under it: an event of the
    // series, on its day ("Träff 6 – 14 april" is the 14th, no range from the 6th).
    let note = "Studiecirkel våren 2026\n\nPROGRAM\n\nTräff 1 – tisdag 3/2\n\
                Att lära känna varandra.\n\nTräff 3 – den 3 mars kl. 18.00–20.00\n\
                Kommunikation.\n\nTräff 6 – 14 april\nAvslutning.\n\n\
                Möte om boende – vi ses 3 mars\nVi pratar om boende.\n";
    let doc = parse(note, &ParseOptions::new());
    // (The note itself, whose "PROGRAM" makes it an invitation, is an undated event too.)
    let events: Vec<_> = doc
        .events
        .iter()
        .filter(|e| e.date.is_some())
        .map(|e| (e.title.as_str(), e.date))
        .collect();
    assert_eq!(
        events,
        [
            ("Träff 1", day("2026-02-03")),
            // (The stop of "kl." ends no sentence in a heading.)
            ("Träff 3", day("2026-03-03")),
            ("Träff 6", day("2026-04-14"))
        ]
    );
}

#[test]
fn a_scanned_tables_rows_parted_by_blank_lines_stay_a_table() {
    // Tesseract leaves a blank line between a table's rows and drops some edge bars; the
    // normaliser keeps the bars, and every row is a promise.
    let scan = "5. Fordelning av uppgifter\n\nVad | Vem | Nar\n\n\
                Boka simhallen fér resten av terminen | Goran | 12/11\n\n\
                Sammanstalla halsosamtalen till styrgruppen | Ines | den 3 december\n\n\
                Kontakta vardcentralen om tobaksavvanjning | Wilma | 28/11\n";
    let restored = delaktig_normalize::Normalizer::new().normalize(scan).text;
    let doc = parse(&restored, &ParseOptions::new().with_year(2025));
    let got: Vec<_> = doc
        .actions
        .iter()
        .map(|a| (a.who.as_str(), a.due))
        .collect();
    assert_eq!(
        got,
        [
            ("Göran", day("2025-11-12")),
            ("Ines", day("2025-12-03")),
            ("Wilma", day("2025-11-28")),
        ]
    );
    assert_eq!(doc.actions[0].what, "Boka simhallen för resten av terminen");
}

#[test]
fn a_header_a_scan_read_without_its_bars_still_names_the_columns_of_the_rows_under_it() {
    let scan = "3. Forslagslistan\n\nForslag Fran Beslut Motivering Ansvarig\n\n\
                | Langre oppettider pa Fyren | RSMH | Avslaget | Personal saknas pa kvallarna | Per Ek |\n\n\
                | Gratis busskort | RSMH | Utreds | | |\n";
    let restored = delaktig_normalize::Normalizer::new().normalize(scan).text;
    let doc = parse(&restored, &ParseOptions::new().with_year(2025));
    let proposals: Vec<_> = doc
        .proposals
        .iter()
        .map(|p| (p.text.as_str(), p.by.as_deref()))
        .collect();
    assert_eq!(
        proposals,
        [
            ("Längre öppettider på Fyren", Some("RSMH")),
            ("Gratis busskort", Some("RSMH"))
        ]
    );
    let decisions: Vec<_> = doc
        .decisions
        .iter()
        .map(|d| (d.outcome, d.justification.as_deref()))
        .collect();
    assert_eq!(
        decisions,
        [
            (
                delaktig_notes::DecisionOutcome::Rejected,
                Some("Personal saknas på kvällarna")
            ),
            (delaktig_notes::DecisionOutcome::Referred, None),
        ]
    );
    // A line of column names over no row is a line of text.
    let doc = parse(
        "Förslag Från Beslut Motivering Ansvarig\n\nVi gick igenom listan.\n",
        &ParseOptions::new(),
    );
    assert!(doc.proposals.is_empty() && doc.decisions.is_empty());
}

#[test]
fn a_citizens_numbered_proposals_in_small_letters_finish_the_sentence_before_them() {
    let note = "Medborgarförslag\n\nJag föreslår därför att kommunen:\n\
                1. öppnar en mötesplats två dagar i veckan,\n\
                2. låter en brukarförening driva den, och\n\
                3. ser till att ingen behöver något biståndsbeslut.\n\n\
                Jag tror att det kan minska behovet av dyrare insatser.\n";
    let doc = parse(note, &ParseOptions::new().with_year(2025));
    let got: Vec<_> = doc.proposals.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        got,
        [
            "Kommunen öppnar en mötesplats två dagar i veckan.",
            "Kommunen låter en brukarförening driva den.",
            "Kommunen ser till att ingen behöver något biståndsbeslut.",
        ]
    );
    // Each keeps the span of its item.
    let p = &doc.proposals[0];
    assert_eq!(
        &note[p.span.start..p.span.end],
        "öppnar en mötesplats två dagar i veckan,"
    );
}

#[test]
fn two_people_responsible_share_the_item_above() {
    let note = "Åtgärdslista\n\nÅTGÄRD 3: Ta fram ett första utkast till kamratstödjarlöfte.\n\
                Ansvarig: Märta Ekström och Ingrid Åkesson. Klart: 15 maj.\n";
    let doc = parse(note, &ParseOptions::new().with_year(2026));
    let got = who_what_due(&doc);
    assert_eq!(
        got,
        [(
            "Märta Ekström och Ingrid Åkesson",
            "Ta fram ett första utkast till kamratstödjarlöfte",
            day("2026-05-15")
        )]
    );
}

#[test]
fn an_item_that_ends_by_naming_who_is_responsible_is_their_promise() {
    let note = "Överenskomna åtgärder\n\n\
                1. Polisen fortsätter med förstärkt närvaro fredagar. Ansvarig: Johan Eklöf.\n\
                2. Bostadsbolaget installerar kodlås i trapphusen. Klart senast 2024-11-15. \
                Ansvarig: Kjell Åberg.\n\
                3. Information om naloxon tas fram på flera språk. Ansvariga: Leif Sjöström och \
                Malin Sandström.\n\
                4. Vi pratade om vem som är ansvarig för nyckeln.\n\
                5. Frågan tas upp i gruppen. Ansvar: Sara Nordin.\n";
    let doc = parse(note, &ParseOptions::new().with_year(2024));
    let got = who_what_due(&doc);
    assert_eq!(
        got,
        [
            (
                "Johan Eklöf",
                "Polisen fortsätter med förstärkt närvaro fredagar",
                None
            ),
            (
                "Kjell Åberg",
                "Bostadsbolaget installerar kodlås i trapphusen",
                day("2024-11-15")
            ),
            (
                "Leif Sjöström och Malin Sandström",
                "Information om naloxon tas fram på flera språk",
                None
            ),
            ("Sara Nordin", "Frågan tas upp i gruppen", None),
        ]
    );
}

#[test]
fn a_paragraph_ending_in_proposes_that_introduces_the_list_under_it() {
    let note = "Besöksrådets kommentarer\n\
                Rådet gick igenom resultatet på sitt möte. Rådet föreslår att\n\
                - söndagsöppet prövas under våren, med hjälp av volontärer,\n\
                - ett tyst rum inreds i det gamla kontoret.\n";
    let doc = parse(note, &ParseOptions::new().with_year(2026));
    let got: Vec<_> = doc
        .proposals
        .iter()
        .map(|p| (p.text.as_str(), p.by.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Söndagsöppet prövas under våren, med hjälp av volontärer.",
                Some("Rådet")
            ),
            ("Ett tyst rum inreds i det gamla kontoret.", Some("Rådet")),
        ]
    );
}

#[test]
fn a_citizens_proposal_is_the_proposers_named_on_its_own_line() {
    let note = "Medborgarförslag\n\nFörslagsställare: Göran Törnqvist, Öregrund\n\n\
                Jag föreslår därför att kommunen:\n1. öppnar en mötesplats,\n\
                2. erbjuder gemensam lunch.\n\nLisa föreslår att det finns kaffe.\n";
    let doc = parse(note, &ParseOptions::new());
    let got: Vec<_> = doc.proposals.iter().map(|p| p.by.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("Göran Törnqvist"),
            Some("Göran Törnqvist"),
            Some("Lisa")
        ]
    );
}

#[test]
fn a_responsible_lines_own_sentence_is_the_promise_whatever_the_scan_ran_on_to() {
    // A scan lost the blank line before the question, and the line ran on into it.
    let note = "Brukarrådet 22 maj 2025\n\n3. Härbärget\n\n\
                Ansvarig: Jöran Sjöqvist återkommer senast den 10 juni med besked om antalet platser. \
                Vem ser till att informationen når dem som inte har telefon?\n";
    let doc = parse(note, &ParseOptions::new());
    let a = &doc.actions[0];
    assert_eq!(a.who, "Jöran Sjöqvist");
    assert_eq!(
        a.text,
        "Ansvarig: Jöran Sjöqvist återkommer senast den 10 juni med besked om antalet platser."
    );
    assert_eq!(&note[a.span.start..a.span.end], a.text);
}

#[test]
fn a_register_records_responsible_person_sees_to_its_title() {
    let note = "FÖRSLAGSREGISTER\nStatuslista\n\nFörslag 2024:01\n\
                Titel: Skyltar på finska och arabiska i receptionen\nInkom: 2024-01-09\n\
                Grupp: Brukarrådet socialpsykiatri\nStatus: genomfört\n\
                Ansvarig: Jenny Nyström, enhetschef reception\n\n\
                Förslag 2024:02\nTitel: Drop-in en förmiddag i veckan\nStatus: under beredning\n\
                Ansvarig: Mattias Engström\n";
    let doc = parse(note, &ParseOptions::new());
    let got: Vec<(&str, &str)> = doc
        .actions
        .iter()
        .map(|a| (a.who.as_str(), a.what.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Jenny Nyström",
                "Skyltar på finska och arabiska i receptionen"
            ),
            ("Mattias Engström", "Drop-in en förmiddag i veckan")
        ]
    );
    // Outside a record a field line is the item, as before ("Beslut: …").
    let note = "Minnesanteckningar\n\nBeslut: Vi köper in en ny projektor till lokalen\n\
                Ansvarig: Per Nilsson\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(
        doc.actions[0].what,
        "Vi köper in en ny projektor till lokalen"
    );
}

#[test]
fn a_programme_whose_speakers_a_scan_parted_by_blank_lines_stays_one_programme() {
    // Who speaks under each entry, on a line of its own: a scan's blank lines between the
    // entries and these lines make no event of each speaker.
    let note = "Konferensdag om Bostad först\n\nNär: torsdagen den 16 april 2026, kl. 9.00–16.00\n\
                Var: Folkets hus, Falun\n\nSCHEMA\n\n08:30 Registrering\n\n09:00 Välkommen\n\n\
                Eva-Lotta Bergkvist, ordförande i socialnämnden\n\n09:15 Varför Bostad först?\n\n\
                Docent Mikael Sjöholm, Institutionen för socialt arbete\n\n10:00 Paus\n\n\
                Jonas Åkerlund och Ulrika Dahlgren\n\n11:00 Lunch\n\n12:00 Seminarier\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    let times: Vec<String> = doc.events[0]
        .schedule
        .iter()
        .map(|s| s.time.to_string())
        .collect();
    assert_eq!(
        times,
        ["08:30", "09:00", "09:15", "10:00", "11:00", "12:00"]
    );
}

#[test]
fn a_programmes_rooms_under_its_timed_entries_are_no_events() {
    // Each entry's room on the line under it, a field's room likewise, and a list under a
    // line ending with a colon: all belong to the day's programme, which is one event dated
    // by the line under its heading.
    let note = "PROGRAM\nTemadag om boende och återhämtning\n\n\
                Onsdagen den 22 april 2026, kl. 9.00–15.00\n\
                Plats: Stadshuset, Kungsgatan 3\n\n\
                9.00–9.30 Välkommen\nSal Ekoln (plan 1)\nFörvaltningschefen hälsar välkommen.\n\n\
                Pass A: Att hitta en bostad\nRum Mälaren (plan 2)\nLedare: boendestödjare.\n\n\
                13.00–14.00 Samtal i grupper\nGrupperna samlas så här:\n\
                Grupp 1–2: Rum Fyris\nGrupp 3–4: Rum Ekoln\n\n\
                14.00–15.00 Avslutning\nSal Ekoln\n";
    let doc = parse(note, &ParseOptions::new());
    // The kind of paper over the day's name titles the note.
    assert_eq!(
        doc.title.as_deref(),
        Some("Program – Temadag om boende och återhämtning")
    );
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    let e = &doc.events[0];
    assert_eq!(e.date, day("2026-04-22"));
    assert_eq!(e.start.map(|t| t.to_string()).as_deref(), Some("09:00"));
    assert_eq!(e.end.map(|t| t.to_string()).as_deref(), Some("15:00"));
    let times: Vec<String> = e.schedule.iter().map(|s| s.time.to_string()).collect();
    assert_eq!(times, ["09:00", "13:00", "14:00"]);
    // A scan's blank lines between an entry and its room change nothing; a heading under a
    // field whose blank line the scan dropped stays a heading.
    let scanned = note
        .replace("Välkommen\nSal Ekoln", "Välkommen\n\nSal Ekoln")
        .replace("Avslutning\nSal Ekoln", "Avslutning\n\nSal Ekoln");
    let doc = parse(&scanned, &ParseOptions::new());
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    let field = "Medborgarförslag\n\nFörslagsställare: Eva Lind, Ystad\n\
                 Inför en öppen mötesplats i Ystad\n\nJag föreslår att kommunen öppnar en.\n";
    let doc = parse(field, &ParseOptions::new());
    assert!(
        doc.sections
            .iter()
            .any(|s| s.heading == "Inför en öppen mötesplats i Ystad"),
        "{:?}",
        doc.sections
    );
}

/// The OCR renderings in `tests/data/ocr-board` (tesseract's English model reading the
/// fixture `board-minutes-extract`, a board's minutes, in three fonts) give, once restored,
/// the clean minutes' decisions item by item (outcome, the proposal decided on and the reason
/// under "Motivering"), their proposals and proposers, and the meeting's board, day, times,
/// place and who sat in with their parties and posts. The members' names are compared only
/// by count: a letter no OCR of Swedish makes ("Jasarević") does not come back.
#[test]
fn scanned_board_minutes_give_the_clean_minutes_decisions() {
    use crate::ocr::{normalise, pairs_in};
    let dir = crate::support::data_dir();
    let pairs = pairs_in(&dir.join("ocr-board"), &dir.join("notes"));
    assert_eq!(pairs.len(), 3);
    let options = ParseOptions::new();
    let read = |doc: &delaktig_notes::Document| -> Vec<String> {
        let mut out: Vec<String> = doc
            .decisions
            .iter()
            .map(|x| format!("{:?} {:?} {:?}", x.outcome, x.proposal, x.justification))
            .collect();
        out.extend(
            doc.proposals
                .iter()
                .map(|p| format!("proposal by {:?}", p.by)),
        );
        out.extend(doc.meetings.iter().map(|m| {
            format!(
                "{} {:?} {:?} {:?} {:?} {} attendees {:?}",
                m.group,
                m.date,
                m.start,
                m.end,
                m.place,
                m.attendees.len(),
                m.attendees
                    .iter()
                    .map(|a| a.organisation.clone())
                    .collect::<Vec<_>>()
            )
        }));
        out
    };
    let mut failures = Vec::new();
    for (name, clean, scanned) in pairs {
        let want = read(&parse(&clean, &options));
        let got = read(&parse(&normalise(&scanned), &options));
        assert!(
            want.iter().any(|l| l.starts_with("Rejected Some(")),
            "{want:?}"
        );
        if want != got {
            failures.push(format!("{name}:\n  clean: {want:?}\n  ocr:   {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_proposal_named_by_a_title_is_one_proposal_with_its_description_and_decision() {
    // "Förslag 1: <title>", the proposal's description in the words "föreslår att …", and the
    // decision: one proposal, whether the lines run on or a scan parted them by blank lines.
    let run_on = "Beslut om förslag från Brukarföreningen Blå Höjden\n\n\
Förslag 1: Brukarrevisioner inom boendestöd och på kommunens HVB-hem\n\
Föreningen föreslår att utbildade brukarrevisorer årligen granskar boendestödet.\n\
Förslaget bifalls.\n\n\
Förslag 2: Kvällsöppen mottagning\n\
Föreningen föreslår att mottagningen har öppet en kväll i veckan.\n\
Förslaget avslås.\nMotivering: Det saknas pengar i årets budget.\n";
    let parted = run_on.replace(".\n", ".\n\n").replace("-hem\n", "-hem\n\n");
    for note in [run_on.to_owned(), parted] {
        let doc = parse(&note, &ParseOptions::default());
        let proposals: Vec<&str> = doc.proposals.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            proposals,
            [
                "Brukarrevisioner inom boendestöd och på kommunens HVB-hem",
                "Kvällsöppen mottagning"
            ],
            "{note}"
        );
        let decided: Vec<(Option<usize>, Option<&str>)> = doc
            .decisions
            .iter()
            .map(|d| (d.proposal, d.justification.as_deref()))
            .collect();
        assert_eq!(
            decided,
            [
                (Some(0), None),
                (Some(1), Some("Det saknas pengar i årets budget"))
            ],
            "{note}"
        );
    }
}
