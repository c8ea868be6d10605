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

fn lines_of(out: &str) -> Vec<&str> {
    out.lines().collect()
}

#[test]
fn roles_decide_who_may_follow_up_and_a_refusal_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Anyone may report (default role: member) …
    add(d, "a.txt", TEMPLATE, "2024-03-12");
    let before = ok(delaktig(d, &["deviation", "list", "--json"]));
    // … but only staff move, confirm, link and publish.
    for args in [
        &["deviation", "move", "A-2024-001", "--to", "in_dialogue"][..],
        &["deviation", "confirm", "A-2024-001", "helhetssyn"][..],
        &["deviation", "link", "A-2024-001", "P-4"][..],
        &["deviation", "publish", "A-2024-001"][..],
    ] {
        let mut args = args.to_vec();
        args.extend(["--role", "user_representative", "--by", "Bryggan"]);
        let err = fails(delaktig(d, &args));
        assert!(err.contains("Bryggan (role user_representative)"), "{err}");
        assert!(err.contains("only staff may"), "{err}");
        assert!(err.contains("--role"), "{err}");
    }
    assert_eq!(ok(delaktig(d, &["deviation", "list", "--json"])), before);
    // A public deviation needs a role that may publish.
    std::fs::write(d.join("b.txt"), TEMPLATE).unwrap();
    let err = fails(delaktig(
        d,
        &[
            "deviation",
            "add",
            "b.txt",
            "--visibility",
            "public",
            "--date",
            "2024-03-12",
        ],
    ));
    assert!(err.contains("role member"), "{err}");
    let out = ok(delaktig(
        d,
        &[
            "deviation",
            "add",
            "b.txt",
            "--visibility",
            "public",
            "--role",
            "staff",
            "--date",
            "2024-03-12",
        ],
    ));
    assert_eq!(out.lines().next(), Some("A-2024-002"));
    ok(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-001",
            "--to",
            "in_dialogue",
            "--role",
            "staff",
        ],
    ));
    let listed: serde_json::Value =
        serde_json::from_str(&ok(delaktig(d, &["deviation", "list", "--json"]))).unwrap();
    assert_eq!(listed[0]["state"], "in_dialogue");
    assert_eq!(listed[0]["visibility"], "internal");
    assert_eq!(listed[1]["visibility"], "public");
}

#[test]
fn a_coordinator_keeps_the_category_list_and_known_parties_in_the_register() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    add(d, "a.txt", TEMPLATE, "2024-03-12");
    let listed = ok(delaktig(d, &["deviation", "categories", "list"]));
    for code in [
        "helhetssyn",
        "klientfokus",
        "kommunikation",
        "information",
        "aterkoppling",
        "utebliven_sip",
        "bemotande",
        "kompetens",
        "ovrigt",
    ] {
        assert!(
            lines_of(&listed).iter().any(|l| l.starts_with(code)),
            "{code}: {listed}"
        );
    }
    let err = fails(delaktig(
        d,
        &[
            "deviation",
            "categories",
            "add",
            "vantetid",
            "--label",
            "Väntetid",
            "--role",
            "member",
        ],
    ));
    assert!(
        err.contains("may not change the deviation settings"),
        "{err}"
    );
    ok(delaktig(
        d,
        &[
            "deviation",
            "categories",
            "add",
            "vantetid",
            "--label",
            "Väntetid",
            "--label-en",
            "Waiting time",
            "--keyword",
            "fick vänta",
        ],
    ));
    ok(delaktig(
        d,
        &[
            "deviation",
            "parties",
            "add",
            "Solgläntans boende",
            "--kind",
            "municipality",
            "--alias",
            "solgläntan",
        ],
    ));
    let parties: serde_json::Value = serde_json::from_str(&ok(delaktig(
        d,
        &["deviation", "parties", "list", "--json"],
    )))
    .unwrap();
    assert!(
        parties
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "solgläntans boende" && p["kind"] == "municipality"),
        "{parties}"
    );
    let text = "Datum: 2024-04-02\nDatum för händelsen: 2024-04-01\n\
                Rapporterande enhet: Socialtjänsten\nBerörda parter: Solgläntan\n\
                Beskrivning: Klienten fick vänta i tre veckor på besked.\n";
    let out = add(d, "w.txt", text, "2024-04-02");
    assert!(out.contains("vantetid (Väntetid): föreslagen"), "{out}");
    let rows: serde_json::Value =
        serde_json::from_str(&ok(delaktig(d, &["deviation", "list", "--json"]))).unwrap();
    assert_eq!(rows[1]["involved"][0], "solgläntans boende");
    ok(delaktig(
        d,
        &["deviation", "confirm", "A-2024-002", "Väntetid"],
    ));
    // In use: not removed.
    let err = fails(delaktig(
        d,
        &["deviation", "categories", "remove", "vantetid"],
    ));
    assert!(err.contains("A-2024-002"), "{err}");
    let err = fails(delaktig(
        d,
        &["deviation", "categories", "remove", "ovrigt"],
    ));
    assert!(err.contains("fallback"), "{err}");
    let report = ok(delaktig(
        d,
        &[
            "deviation",
            "report",
            "--year",
            "2024",
            "--format",
            "json",
            "--lang",
            "en",
        ],
    ));
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    let waiting = report["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "vantetid")
        .unwrap();
    assert_eq!(waiting["label"], "Waiting time");
    assert_eq!(waiting["count"], 1);
    // An unused one goes; the list shows it gone.
    ok(delaktig(
        d,
        &["deviation", "categories", "remove", "Kompetens"],
    ));
    let listed = ok(delaktig(d, &["deviation", "categories", "list"]));
    assert!(!listed.contains("kompetens"), "{listed}");
    ok(delaktig(
        d,
        &["deviation", "parties", "remove", "solgläntans boende"],
    ));
    let err = fails(delaktig(
        d,
        &["deviation", "parties", "remove", "solgläntans boende"],
    ));
    assert!(err.contains("not on the list"), "{err}");
}

#[test]
fn public_output_lists_only_public_deviations_and_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let personal = TEMPLATE.replace(
        "Anna Svensson skrevs",
        "Anna Svensson (personnummer 19850312-2395, tel 070-123 45 67) skrevs",
    );
    add(d, "a.txt", &personal, "2024-03-12");
    add(
        d,
        "b.txt",
        &TEMPLATE.replace("2024-03", "2024-04"),
        "2024-04-12",
    );
    ok(delaktig(
        d,
        &["deviation", "publish", "A-2024-002", "--at", "2024-04-13"],
    ));
    ok(delaktig(
        d,
        &[
            "deviation",
            "move",
            "A-2024-002",
            "--to",
            "not_resolved",
            "--why",
            "Anna Svensson vill inte att ärendet drivs vidare",
            "--visibility",
            "confidential",
            "--at",
            "2024-04-20",
        ],
    ));
    let secrets = ["Anna Svensson", "19850312-2395", "070-123 45 67"];
    let public_list = ok(delaktig(d, &["deviation", "list", "--public", "--json"]));
    let rows: serde_json::Value = serde_json::from_str(&public_list).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["id"], "A-2024-002");
    assert_eq!(rows[0]["state"], "not_resolved");
    assert!(rows[0]["text"].is_null(), "{public_list}");
    for format in ["md", "html", "json"] {
        let public = ok(delaktig(
            d,
            &["deviation", "report", "--year", "2024", "--format", format],
        ));
        assert!(public.contains("A-2024-002"), "{public}");
        assert!(!public.contains("A-2024-001"), "{format}: {public}");
        for s in secrets {
            assert!(!public.contains(s), "{format}: {s} in {public}");
        }
        let internal = ok(delaktig(
            d,
            &[
                "deviation",
                "report",
                "--year",
                "2024",
                "--format",
                format,
                "--internal",
            ],
        ));
        assert!(internal.contains("A-2024-001"), "{format}: {internal}");
    }
    // One deviation's history: the confidential step only for those who may see it.
    let shown = ok(delaktig(d, &["deviation", "show", "A-2024-002"]));
    assert!(
        shown.contains("Samordnaren (staff)  [confidential]"),
        "{shown}"
    );
    assert!(
        shown.contains("vill inte att ärendet drivs vidare"),
        "{shown}"
    );
    assert!(
        shown.contains("Samordnaren (member)  [internal]  registrerad"),
        "{shown}"
    );
    let public_show = ok(delaktig(
        d,
        &["deviation", "show", "A-2024-002", "--public"],
    ));
    assert!(!public_show.contains("drivs vidare"), "{public_show}");
    assert!(!public_show.contains("[confidential]"), "{public_show}");
    assert!(public_show.contains("synlighet public"), "{public_show}");
    let json: serde_json::Value = serde_json::from_str(&ok(delaktig(
        d,
        &["deviation", "show", "A-2024-002", "--public", "--json"],
    )))
    .unwrap();
    assert_eq!(json["visibility"], "public");
    assert!(json["text"].is_null());
    assert_eq!(json["events"].as_array().unwrap().len(), 2);
    let err = fails(delaktig(
        d,
        &["deviation", "show", "A-2024-001", "--public"],
    ));
    assert!(err.contains("internal, not public"), "{err}");
    let md = ok(delaktig(d, &["deviation", "report", "--year", "2024"]));
    assert!(md.contains("2 inkomna avvikelser"), "{md}");
    assert!(
        md.contains("1 av årets avvikelser räknas ovan men listas inte här"),
        "{md}"
    );
    // The full list (for those handling the cases) has the text; the description was
    // redacted on intake and never reaches the file.
    let full = ok(delaktig(d, &["deviation", "list", "--json"]));
    assert!(
        full.contains("vill inte att ärendet drivs vidare"),
        "{full}"
    );
    let raw = std::fs::read(d.join("delaktig.db")).unwrap();
    let hay = String::from_utf8_lossy(&raw);
    for s in ["19850312-2395", "070-123 45 67"] {
        assert!(!hay.contains(s), "{s} stored");
    }
}
