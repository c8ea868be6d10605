//! `delaktig deviation`: runs the built binary on a register in a temporary directory.

use std::path::Path;
use std::process::{Command, Output};

fn delaktig(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_delaktig"))
        .current_dir(dir)
        .env_remove("DELAKTIG_DB")
        .env("DELAKTIG_USER", "Samordnaren")
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "command failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fails(out: Output) -> String {
    assert!(!out.status.success(), "command should have failed");
    assert!(out.stdout.is_empty(), "a failed command printed to stdout");
    String::from_utf8(out.stderr).unwrap()
}

const TEMPLATE: &str = "Datum: 2024-03-12\n\
Datum för händelsen: 2024-03-08\n\
Rapporterande enhet: Socialtjänsten\n\
Berörda parter: Vuxenpsykiatrin\n\
Beskrivning: Anna Svensson skrevs ut från avdelningen utan att någon SIP gjordes.\n\
Åtgärd: Kallelse till SIP skickas.\n";

const FREE: &str = "Vi på beroendemottagningen vill rapportera att klienten den 2 maj 2024 \
skrevs ut från psykiatrin utan att socialtjänsten fick information. Ingen återkoppling har kommit.\n";

fn add(dir: &Path, name: &str, text: &str, date: &str) -> String {
    std::fs::write(dir.join(name), text).unwrap();
    ok(delaktig(
        dir,
        &[
            "deviation",
            "add",
            name,
            "--by",
            "Samordnaren",
            "--date",
            date,
        ],
    ))
}

#[test]
fn template_intake_prints_the_id_and_suggested_categories_and_redacts() {
    let dir = tempfile::tempdir().unwrap();
    let out = add(dir.path(), "a.txt", TEMPLATE, "2024-03-12");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("A-2024-001"));
    assert!(out.contains("utebliven_sip"), "{out}");
    assert!(out.contains("föreslagen"), "{out}");
    let listed = ok(delaktig(dir.path(), &["deviation", "list", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["state"], "received");
    // The name in the description never reaches the register file.
    let raw = std::fs::read(dir.path().join("delaktig.db")).unwrap();
    let hay = String::from_utf8_lossy(&raw);
    assert!(!hay.contains("Anna Svensson"));
    assert!(hay.contains("skrevs ut från avdelningen"));
}

#[test]
fn resolving_needs_an_outcome_and_a_refusal_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    add(d, "a.txt", TEMPLATE, "2024-03-12");
    ok(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-001",
            "--to",
            "in_dialogue",
            "--at",
            "2024-03-20",
        ],
    ));
    let before = ok(delaktig(d, &["deviation", "list", "--json"]));
    let err = fails(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-001",
            "--to",
            "resolved",
            "--at",
            "2024-03-21",
        ],
    ));
    assert!(err.contains("needs an outcome"), "{err}");
    assert!(err.contains("--why"), "{err}");
    assert_eq!(ok(delaktig(d, &["deviation", "list", "--json"])), before);
    let err = fails(delaktig(
        d,
        &["deviation", "move", "A-2024-009", "--to", "in_dialogue"],
    ));
    assert!(err.contains("A-2024-009"), "{err}");
    ok(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-001",
            "--to",
            "resolved",
            "--why",
            "SIP hölls den 2 april med alla parter",
            "--at",
            "2024-04-02",
        ],
    ));
    let listed: serde_json::Value =
        serde_json::from_str(&ok(delaktig(d, &["deviation", "list", "--json"]))).unwrap();
    assert_eq!(listed[0]["state"], "resolved");
}

#[test]
fn confirm_and_report_count_the_year() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    add(d, "a.txt", TEMPLATE, "2024-03-12");
    let free = add(d, "b.txt", FREE, "2024-05-03");
    assert_eq!(free.lines().next(), Some("A-2024-002"));
    // A free text without its reporter is refused until --reporter names it.
    let unsigned = "2024-06-02: psykiatrin och socialtjänsten kallade inte till SIP trots begäran.";
    std::fs::write(d.join("u.txt"), unsigned).unwrap();
    let err = fails(delaktig(
        d,
        &["deviation", "add", "u.txt", "--date", "2024-06-05"],
    ));
    assert!(err.contains("reporting party"), "{err}");
    let signed = ok(delaktig(
        d,
        &[
            "deviation",
            "add",
            "u.txt",
            "--date",
            "2024-06-05",
            "--reporter",
            "Beroendecentrum",
        ],
    ));
    assert_eq!(signed.lines().next(), Some("A-2024-003"));
    let next_year = add(
        d,
        "c.txt",
        &TEMPLATE.replace("2024-03", "2025-01"),
        "2025-01-15",
    );
    assert_eq!(next_year.lines().next(), Some("A-2025-001"));
    ok(delaktig(
        d,
        &[
            "deviation",
            "confirm",
            "A-2024-001",
            "utebliven SIP",
            "helhetssyn",
            "--at",
            "2024-03-13",
        ],
    ));
    let err = fails(delaktig(
        d,
        &["deviation", "confirm", "A-2024-001", "väder"],
    ));
    assert!(err.contains("unknown category"), "{err}");
    ok(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-001",
            "--to",
            "in_dialogue",
            "--at",
            "2024-03-20",
        ],
    ));
    ok(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-001",
            "--to",
            "resolved",
            "--why",
            "SIP hölls den 2 april med alla parter",
            "--at",
            "2024-04-02",
        ],
    ));
    let listed = ok(delaktig(d, &["deviation", "list", "--year", "2024"]));
    assert_eq!(listed.lines().count(), 3, "{listed}");
    let json = ok(delaktig(
        d,
        &["deviation", "report", "--year", "2024", "--format", "json"],
    ));
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["total"], 3);
    assert_eq!(report["follow_up"]["resolved"], 1);
    assert_eq!(report["follow_up"]["open"], 2);
    let helhet = report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "helhetssyn")
        .unwrap();
    assert_eq!(helhet["count"], 1);
    let md = ok(delaktig(d, &["deviation", "report", "--year", "2024"]));
    assert!(md.contains("3 inkomna avvikelser under 2024"), "{md}");
    let html = ok(delaktig(
        d,
        &[
            "deviation",
            "report",
            "--year",
            "2024",
            "--format",
            "html",
            "--lang",
            "en",
        ],
    ));
    assert!(html.contains("<html"), "{html}");
}
