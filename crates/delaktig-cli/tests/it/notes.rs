//! `normalize`, `parse`, `ingest`, `redact`, `demo`, and that no personal datum reaches a
//! public output.

use std::io::Write;
use std::process::{Command, Stdio};

use super::delaktig;

fn corpus(name: &str) -> String {
    format!(
        "{}/../../tests/data/corpus/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn with_stdin(args: &[&str], input: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_delaktig"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn normalize_restores_an_ocr_sentence_and_lists_changes() {
    let damaged = "Vi ses pa métet i férvaltningen 6ver lunch.";
    let (ok, text, _) = with_stdin(&["normalize"], damaged);
    assert!(ok);
    assert_eq!(text.trim(), "Vi ses på mötet i förvaltningen över lunch.");

    let (ok, json, _) = with_stdin(&["normalize", "--changes", "-"], damaged);
    assert!(ok);
    let changes: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes = changes.as_array().unwrap();
    assert_eq!(changes.len(), 4, "{json}");
    for c in changes {
        let (s, e) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&damaged[s..e], c["original"].as_str().unwrap());
    }
}

#[test]
fn word_and_name_lists_teach_the_normaliser_a_services_own_words() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let note = "Vi traffades pa forvaltningen for att prata om hur manga som far hjalp. \
                Det ar svart att na ut.\nAnhorigkonsulenten Idun Vasterbo kontaktar er. \
                Malarhem installerar kodlas.\n";
    std::fs::write(d.join("note.txt"), note).unwrap();
    std::fs::write(
        d.join("names.txt"),
        "# staff and landlords\nIdun Västerbo\nMälarhem\n",
    )
    .unwrap();
    // Without the list the surname and the landlord keep the scan's letters.
    let plain = delaktig(d, &["normalize", "note.txt"]).ok();
    assert!(
        plain.contains("Idun Vasterbo") && plain.contains("Malarhem"),
        "{plain}"
    );
    let named = delaktig(d, &["normalize", "--names", "names.txt", "note.txt"]).ok();
    assert!(
        named.contains("Idun Västerbo kontaktar er. Mälarhem installerar"),
        "{named}"
    );
    // The parser reads the same names, so the action's doer is written right.
    let parsed = delaktig(d, &["parse", "--json", "--names", "names.txt", "note.txt"]).ok();
    assert!(parsed.contains("Idun Västerbo"), "{parsed}");
    // A word list line with a frequency, and one that is no entry: the error names the
    // file and the line, and nothing is written.
    std::fs::write(d.join("words.txt"), "kodlås\t50000\n\nbad line here\n").unwrap();
    let err = delaktig(d, &["ingest", "--words", "words.txt", "note.txt"]).fails();
    assert!(err.contains("words.txt:3"), "{err}");
    assert!(!d.join("delaktig.db").exists());
    std::fs::write(d.join("names.txt"), "utan versal\n").unwrap();
    let err = delaktig(d, &["normalize", "--names", "names.txt", "note.txt"]).fails();
    assert!(err.contains("names.txt:1"), "{err}");
}

#[test]
fn normalize_refuses_invalid_utf8_with_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    std::fs::write(&path, b"Bra text \xff sen").unwrap();
    let err = delaktig(dir.path(), &["normalize", "--encoding", "utf-8", "bad.txt"]).fails();
    assert!(err.contains("bad.txt") && err.contains("offset 9"), "{err}");
    // Auto-detection refuses bytes no text holds, naming the first.
    std::fs::write(&path, b"Bra text \x01\xff sen").unwrap();
    let err = delaktig(dir.path(), &["normalize", "bad.txt"]).fails();
    assert!(
        err.contains("bad.txt: not text") && err.contains("offset 9"),
        "{err}"
    );
}

#[test]
fn parse_json_of_an_ocr_note_has_its_facts() {
    let dir = tempfile::tempdir().unwrap();
    let file = corpus("ocr/bryggangruppen-19-januari.serif.txt");
    let json = delaktig(dir.path(), &["parse", "--json", "--year", "2019", &file]).ok();
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let meeting = &doc["meetings"][0];
    assert_eq!(meeting["group"], "Bryggangruppen");
    assert_eq!(meeting["date"], "2019-01-19");
    assert!(doc["normalization"]["changes"].as_u64().unwrap() > 50);
    assert!(!doc["proposals"].as_array().unwrap().is_empty());
}

#[test]
fn parse_summary_says_which_proposal_each_decision_is_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("protokoll.txt"),
        "Socialnämnden\n\nPROTOKOLL\n\nSammanträdesdatum: 2025-05-20\n\n\
         § 61 Förslag från RSMH om fler platser på träffpunkten\n\n\
         RSMH har lämnat ett förslag om att träffpunkten ska ta emot fler besökare på helger.\n\n\
         Beslut\nSocialnämnden beslutar\n1. att avslå förslaget.\n\n\
         Motivering\nLokalen rymmer inte fler besökare.\n\n\
         Övrigt\nFörslaget om nya bänkar avslås eftersom pengarna är slut.\n",
    )
    .unwrap();
    let out = delaktig(dir.path(), &["parse", "protokoll.txt"]).ok();
    assert!(
        out.contains("proposal 1 (by RSMH): Träffpunkten ska ta emot fler besökare"),
        "{out}"
    );
    assert!(
        out.contains(
            "decision on proposal 1: rejected (reason: Lokalen rymmer inte fler besökare)"
        ),
        "{out}"
    );
    assert!(
        out.contains("decision on no proposal of these notes: rejected"),
        "{out}"
    );
}

#[test]
fn parse_json_of_several_notes_is_one_array() {
    let dir = tempfile::tempdir().unwrap();
    let a = corpus("clean/bryggangruppen-19-januari.txt");
    let b = corpus("clean/gemensam-utvecklingsgrupp-19-september.txt");
    let json = delaktig(dir.path(), &["parse", "--json", "--year", "2019", &a, &b]).ok();
    let docs: serde_json::Value = serde_json::from_str(&json).unwrap();
    let groups: Vec<_> = docs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["meetings"][0]["group"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(groups, ["Bryggangruppen", "Gemensam utvecklingsgrupp"]);
}

#[test]
fn ingest_twice_creates_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let file = corpus("ocr/gemensam-utvecklingsgrupp-19-september.sans.txt");
    let first = delaktig(dir.path(), &["ingest", "--year", "2019", &file]).ok();
    assert!(
        first.contains("meeting M-1") && first.contains("proposals created"),
        "{first}"
    );
    let listed = delaktig(dir.path(), &["proposal", "list", "--json"]).ok();
    let n = serde_json::from_str::<serde_json::Value>(&listed)
        .unwrap()
        .as_array()
        .unwrap()
        .len();
    assert!(n > 0);
    let again = delaktig(dir.path(), &["ingest", "--year", "2019", &file]).ok();
    assert!(again.contains("already imported"), "{again}");
    let listed = delaktig(dir.path(), &["proposal", "list", "--json"]).ok();
    let m = serde_json::from_str::<serde_json::Value>(&listed)
        .unwrap()
        .as_array()
        .unwrap()
        .len();
    assert_eq!(n, m);
}

/// Minutes of a user council deciding on its first proposal with the reason `reason`, then
/// `more`.
fn council_note(dir: &std::path::Path, reason: &str, more: &str) -> String {
    let note = dir.join("brukarradet.txt");
    std::fs::write(
        &note,
        format!(
            "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n\
             RSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\n\
             Beslut: Förslaget avslås eftersom {reason}.\n\n{more}"
        ),
    )
    .unwrap();
    note.to_str().unwrap().to_owned()
}

#[test]
fn ingest_records_the_notes_decisions_and_reports_a_no_without_reason() {
    let dir = tempfile::tempdir().unwrap();
    let note = council_note(
        dir.path(),
        "det saknas personal och budget för helgbemanning",
        "2. Busskort\n\nAnkaret föreslår gratis busskort för deltagare i dagverksamheten.\n\
         Förslaget avslogs.\n",
    );
    let out = delaktig(dir.path(), &["ingest", &note]).ok();
    assert!(
        out.contains("P-1: decided in the notes, now rejected"),
        "{out}"
    );
    assert!(
        out.contains("P-2: the notes decide \"Förslaget avslogs.\" (rejected), not recorded"),
        "{out}"
    );
    let listed = delaktig(dir.path(), &["proposal", "list", "--json"]).ok();
    let states: Vec<String> = serde_json::from_str::<serde_json::Value>(&listed)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["state"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(states, ["rejected", "received"]);
}

#[test]
fn a_boards_minutes_decide_the_proposal_a_groups_notes_raised() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("brukarradet.txt"),
        "Brukarrådet 2 september 2025

Närvarande
Anna Berg, RSMH
Per Ek, socialtjänsten

         1. Stödsamtal
Brukarrådet föreslår att öppenvården ska erbjuda stödsamtal en kväll i          veckan.
",
    )
    .unwrap();
    // The board names the matter in its own words in the heading; its description gives the
    // proposal as it was raised.
    std::fs::write(
        d.join("protokoll.txt"),
        "Individ- och familjenämnden

PROTOKOLLSUTDRAG

Sammanträdesdatum: 2025-10-14

         § 112
Förslag från brukarrådet om stödsamtal på kvällstid
Dnr IFN 2025/00231

         Brukarrådet lämnade den 2 september 2025 ett förslag om att öppenvården ska erbjuda          stödsamtal en kväll i veckan.

Beslut
Individ- och familjenämnden beslutar
         1. att avslå förslaget,
2. att frågan tas upp igen inför budgeten 2027.

         Motivering
Öppenvården saknar personal för kvällstid under 2026.
",
    )
    .unwrap();
    delaktig(d, &["ingest", "brukarradet.txt"]).ok();
    let out = delaktig(d, &["ingest", "protokoll.txt"]).ok();
    assert!(
        out.contains("P-1: decided in the notes, now rejected"),
        "{out}"
    );
    assert!(out.contains("0 proposals created"), "{out}");
    let shown = delaktig(d, &["proposal", "show", "P-1"]).ok();
    assert!(
        shown.contains("Öppenvården saknar personal för kvällstid under 2026"),
        "{shown}"
    );
}

#[test]
fn a_reply_letters_answer_moves_the_proposal_worded_in_other_forms() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("rad.txt"),
        "Brukarrådet 3 februari 2025\n\nNärvarande\nAnna Berg, Föreningen Kompassen\n\
         Per Ek, socialtjänsten\n\n1. Lokaler\nFöreningen Kompassen föreslår att föreningen \
         ska få låna konferensrummet på kvällarna.\n",
    )
    .unwrap();
    // The reply asks it back in other forms of the same words ("kvällar").
    std::fs::write(
        d.join("svar.txt"),
        "Svar till Föreningen Kompassen om era frågor från den 3 februari\n\n\
         Fråga 1: Kan föreningen få låna konferensrummet på kvällar?\n\
         Svar: Nej. Konferensrummet är bokat av kommunens kvällsgrupper alla vardagar.\n",
    )
    .unwrap();
    delaktig(d, &["ingest", "rad.txt"]).ok();
    let out = delaktig(d, &["ingest", "svar.txt"]).ok();
    assert!(
        out.contains("0 proposals created, 1 recorded as discussed again"),
        "{out}"
    );
    assert!(
        out.contains("P-1: decided in the notes, now rejected"),
        "{out}"
    );
}

#[test]
fn a_decision_on_a_proposal_of_earlier_notes_is_shown_for_a_person_to_record() {
    let dir = tempfile::tempdir().unwrap();
    let note = dir.path().join("december.txt");
    std::fs::write(
        &note,
        "Brukarrådet 2 december 2025\n\n1. Öppettider\n\n\
         Förslaget om lördagsöppet från förra mötet avslås eftersom det saknas personal.\n",
    )
    .unwrap();
    let out = delaktig(dir.path(), &["ingest", note.to_str().unwrap()]).ok();
    assert!(
        out.contains("(rejected) without saying on which proposal")
            && out.contains("delaktig proposal move"),
        "{out}"
    );
}

#[test]
fn reviewed_notes_ingested_public_show_their_decisions_reason_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let path = council_note(
        dir.path(),
        "Kalle Svensson på 070-123 45 67 inte kan jobba helger",
        "",
    );
    delaktig(dir.path(), &["ingest", "--visibility", "public", &path]).ok();
    let report = delaktig(dir.path(), &["report"]).ok();
    assert!(report.contains("Motivering:"), "{report}");
    assert!(report.contains("inte kan jobba helger"), "{report}");
    assert!(
        !report.contains("Kalle") && !report.contains("070-123"),
        "{report}"
    );
}

#[test]
fn a_published_no_whose_reason_stayed_internal_says_a_reason_exists() {
    let dir = tempfile::tempdir().unwrap();
    let path = council_note(dir.path(), "det saknas personal för helgerna", "");
    // Imported internal (before review), the decision's reason is internal; publishing the
    // proposal later publishes it, not the reason.
    delaktig(dir.path(), &["ingest", &path]).ok();
    delaktig(dir.path(), &["proposal", "publish", "P-1"]).ok();
    let report = delaktig(dir.path(), &["report"]).ok();
    assert!(
        report.contains("Motivering: finns, men är inte publicerad"),
        "{report}"
    );
    assert!(!report.contains("saknas personal"), "{report}");
    let json = delaktig(dir.path(), &["report", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["proposals"][0]["justification_withheld"], true);
    assert_eq!(v["proposals"][0]["justification"], serde_json::Value::Null);
}

#[test]
fn redact_replaces_identity_numbers_phones_and_names() {
    let (ok, out, _) = with_stdin(
        &["redact"],
        "Ring Anna Svensson på 070-123 45 67, pnr 19811218-9876.",
    );
    assert!(ok);
    assert_eq!(
        out.trim(),
        "Ring [namn 1] på [telefon], pnr [personnummer]."
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("public.txt"), "Anna Svensson\n").unwrap();
    std::fs::write(dir.path().join("in.txt"), "Ring Anna Svensson.").unwrap();
    let kept = delaktig(
        dir.path(),
        &["redact", "in.txt", "--public-names", "public.txt"],
    )
    .ok();
    assert_eq!(kept.trim(), "Ring Anna Svensson.");
}

#[test]
fn no_personal_datum_reaches_a_public_output() {
    let dir = tempfile::tempdir().unwrap();
    let personal = [
        "19811218-9876",
        "070-123 45 67",
        "kim.berg@example.se",
        "Stora Södergatan 20",
        "Kim Berg",
    ];
    let id = delaktig(
        dir.path(),
        &[
            "proposal",
            "add",
            "--title",
            "Återkoppling efter SIP",
            "--description",
            "Kim Berg (19811218-9876) bor på Stora Södergatan 20, nås på 070-123 45 67 och kim.berg@example.se.",
            "--at",
            "2025-02-01",
        ],
    )
    .ok();
    let id = id.trim();
    delaktig(
        dir.path(),
        &[
            "proposal",
            "move",
            id,
            "--to",
            "rejected",
            "--why",
            "Kim Berg på 070-123 45 67 har redan fått hjälp av enheten.",
            "--at",
            "2025-03-01",
        ],
    )
    .ok();
    // Notes with personal data, imported, reviewed and published.
    std::fs::write(
        dir.path().join("notes.txt"),
        "Bryggangruppen 19 januari 2025\n\nNärvarande\n\nKim Berg, Bryggan\n\n\
         Det bör finnas en kontaktperson som Kim Berg kan ringa på 070-123 45 67.\n",
    )
    .unwrap();
    let ingested = delaktig(dir.path(), &["ingest", "notes.txt"]).ok();
    assert!(ingested.contains("1 proposals created"), "{ingested}");
    delaktig(dir.path(), &["meeting", "publish", "M-1"]).ok();
    delaktig(dir.path(), &["proposal", "publish", "P-2"]).ok();

    let mut outputs = Vec::new();
    for format in ["md", "html", "json"] {
        outputs.push(delaktig(dir.path(), &["report", "--format", format]).ok());
    }
    outputs.push(delaktig(dir.path(), &["export"]).ok());
    for out in &outputs {
        assert!(out.contains("Återkoppling efter SIP"), "{out}");
        assert!(out.contains("Det bör finnas en kontaktperson"), "{out}");
        for datum in personal {
            assert!(!out.contains(datum), "{datum} leaked into:\n{out}");
        }
    }
    // The full backup keeps the texts as written: it is not a public output.
    let all = delaktig(dir.path(), &["export", "--all"]).ok();
    assert!(all.contains("19811218-9876"));
}

#[test]
fn demo_prints_a_report_with_imported_proposals() {
    let dir = tempfile::tempdir().unwrap();
    let out = delaktig(dir.path(), &["demo"]).ok();
    assert!(out.contains("Bryggangruppen"), "{out}");
    assert!(out.contains("Handläggarna bör specialisera sig"), "{out}");
    // The scanned note with decisions: a "no" with its reason in the report, and one without
    // a reason refused and named.
    assert!(
        out.contains("Motivering: det saknas personal och budget för helgbemanning"),
        "{out}"
    );
    assert!(
        out.contains("\"Förslaget avslogs.\" (rejected), not recorded"),
        "{out}"
    );
    // The scanned reply letter: the organisation's question refused with the letter's reason,
    // and a bare "Nej." refused by the register.
    assert!(
        out.contains("Kan föreningen få låna konferensrummet"),
        "{out}"
    );
    assert!(out.contains("\"Nej.\" (rejected), not recorded"), "{out}");
    // The scanned board's minutes: a refusal with the reason under its "Motivering".
    assert!(
        out.contains("Motivering: Parkeringen ägs av fastighetsbolaget"),
        "{out}"
    );
}

#[test]
fn several_files_come_out_in_the_order_given() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Long and short notes mixed, so the workers finish out of order.
    let mut names = Vec::new();
    for i in 0..12 {
        let name = format!("note-{i:02}.txt");
        let body = if i % 3 == 0 {
            "Vi ses pa motet och pratar om forslaget. ".repeat(400)
        } else {
            String::new()
        };
        std::fs::write(d.join(&name), format!("Anteckning {i}\n{body}\n")).unwrap();
        names.push(name);
    }
    let args: Vec<&str> = std::iter::once("normalize")
        .chain(names.iter().map(String::as_str))
        .collect();
    let out = delaktig(d, &args).ok();
    let order: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("Anteckning"))
        .collect();
    let expected: Vec<String> = (0..12).map(|i| format!("Anteckning {i}")).collect();
    assert_eq!(order, expected);
    assert!(out.contains("på mötet"), "restored");
    // A directory gives its notes in name order too.
    let out = delaktig(d, &["normalize", "."]).ok();
    let order: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("Anteckning"))
        .collect();
    assert_eq!(order, expected);
}

#[test]
fn a_missing_file_fails_before_any_note_is_worked_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = corpus("ocr/gemensam-utvecklingsgrupp-19-september.sans.txt");
    let e = delaktig(d, &["ingest", &file, "saknas.txt"]).fails();
    assert!(e.contains("cannot read saknas.txt"), "{e}");
    // Nothing was imported; not even the register was made.
    assert!(!d.join("delaktig.db").exists());
}

#[test]
fn notes_in_latin_1_are_read_and_strict_utf_8_refuses_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("l1.txt"), b"Vi ses p\xe5 m\xf6tet i \xc5rhus.\n").unwrap();
    let out = delaktig(d, &["normalize", "l1.txt"]).ok();
    assert_eq!(out.trim_end(), "Vi ses på mötet i Århus.");
    let out = delaktig(d, &["normalize", "--encoding", "latin-1", "l1.txt"]).ok();
    assert_eq!(out.trim_end(), "Vi ses på mötet i Århus.");
    let strict = delaktig(d, &["normalize", "--encoding", "utf-8", "l1.txt"]);
    assert!(!strict.out.status.success());
    let e = String::from_utf8_lossy(&strict.out.stderr);
    assert!(
        e.contains("l1.txt: not valid UTF-8: bad byte at offset 8"),
        "{e}"
    );
}

#[test]
fn ingest_imports_in_order_and_stops_at_a_bad_note() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(
        corpus("ocr/gemensam-utvecklingsgrupp-19-september.sans.txt"),
        d.join("1.txt"),
    )
    .unwrap();
    std::fs::write(d.join("2.txt"), b"Minnesanteckningar \x00\xff trasig\n").unwrap();
    std::fs::copy(
        corpus("ocr/bryggangruppen-19-januari.sans.txt"),
        d.join("3.txt"),
    )
    .unwrap();
    let run = delaktig(d, &["ingest", "--year", "2019", "1.txt", "2.txt", "3.txt"]);
    assert!(!run.out.status.success());
    let printed = String::from_utf8_lossy(&run.out.stdout);
    assert!(printed.starts_with("1.txt: meeting M-1"), "{printed}");
    assert!(!printed.contains("3.txt"), "{printed}");
    let e = String::from_utf8_lossy(&run.out.stderr);
    assert!(e.contains("2.txt: not text"), "{e}");
    // The note before the bad one is imported, the one after it is not.
    let again = delaktig(d, &["ingest", "--year", "2019", "1.txt"]).ok();
    assert!(again.contains("already imported"), "{again}");
    let third = delaktig(d, &["ingest", "--year", "2019", "3.txt"]).ok();
    assert!(third.contains("proposals created"), "{third}");
    assert!(!third.contains("already imported"), "{third}");
}

#[test]
fn an_archive_is_walked_into_subdirectories_and_keep_going_skips_bad_notes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("arkiv/2019/januari")).unwrap();
    std::fs::copy(
        corpus("ocr/gemensam-utvecklingsgrupp-19-september.sans.txt"),
        d.join("arkiv/2019/1.txt"),
    )
    .unwrap();
    std::fs::write(
        d.join("arkiv/2019/2.txt"),
        b"Minnesanteckningar \x00\xff trasig\n",
    )
    .unwrap();
    std::fs::copy(
        corpus("ocr/bryggangruppen-19-januari.sans.txt"),
        d.join("arkiv/2019/januari/3.txt"),
    )
    .unwrap();
    std::fs::write(d.join("arkiv/2019/läsmig.md"), "Inte anteckningar.\n").unwrap();
    // Without --keep-going the bad note ends the run, as before.
    let stop = delaktig(d, &["ingest", "--year", "2019", "arkiv"]);
    assert!(!stop.out.status.success());
    let printed = String::from_utf8_lossy(&stop.out.stdout);
    assert!(printed.contains("1.txt: meeting M-1"), "{printed}");
    assert!(!printed.contains("3.txt"), "{printed}");
    // With it, the bad note is reported and skipped, the note in the subdirectory imported,
    // and the exit status still says that a note was skipped.
    let run = delaktig(d, &["ingest", "--keep-going", "--year", "2019", "arkiv"]);
    assert!(!run.out.status.success());
    let printed = String::from_utf8_lossy(&run.out.stdout);
    assert!(
        printed.contains("1.txt: already imported as M-1"),
        "{printed}"
    );
    assert!(printed.contains("3.txt: meeting M-2"), "{printed}");
    let e = String::from_utf8_lossy(&run.out.stderr);
    assert!(
        e.contains("skipped: ") && e.contains("2.txt: not text"),
        "{e}"
    );
    assert!(e.contains("1 of 3 notes skipped"), "{e}");
    let parsed = delaktig(d, &["parse", "--keep-going", "--json", "arkiv"]);
    let all: serde_json::Value =
        serde_json::from_slice(&parsed.out.stdout).expect("the notes that could be read, as JSON");
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    let normalized = delaktig(d, &["normalize", "--keep-going", "arkiv"]);
    assert!(!normalized.out.status.success());
    assert!(String::from_utf8_lossy(&normalized.out.stdout).contains("Närvarande"));
}

#[test]
fn changes_of_several_files_are_one_json_document() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "Vi ses pa motet.\n").unwrap();
    std::fs::write(d.join("b.txt"), "Det ar bra for alla.\n").unwrap();
    let out = delaktig(d, &["normalize", "--changes", "a.txt", "b.txt"]).ok();
    let all: serde_json::Value = serde_json::from_str(&out).unwrap();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 2, "{out}");
    assert_eq!(all[0]["file"], "a.txt");
    assert_eq!(all[1]["file"], "b.txt");
    assert_eq!(all[0]["changes"][0]["replacement"], "på");
    assert_eq!(all[1]["changes"][0]["replacement"], "är");
    // One file: its array of changes, as before.
    let one = delaktig(d, &["normalize", "--changes", "a.txt"]).ok();
    let one: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(one.as_array().unwrap().len(), 2);
}
