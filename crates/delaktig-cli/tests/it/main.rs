//! Runs the built `delaktig` binary the way people and acceptance checks do.

use std::path::Path;
use std::process::{Command, Output};

struct Run {
    out: Output,
}

impl Run {
    fn ok(&self) -> String {
        assert!(
            self.out.status.success(),
            "command failed: {}",
            String::from_utf8_lossy(&self.out.stderr)
        );
        String::from_utf8(self.out.stdout.clone()).unwrap()
    }
    fn fails(&self) -> String {
        assert!(!self.out.status.success(), "command should have failed");
        assert!(
            self.out.stdout.is_empty(),
            "a failed command printed to stdout"
        );
        String::from_utf8(self.out.stderr.clone()).unwrap()
    }
}

fn delaktig(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_delaktig"))
        .current_dir(dir)
        .env_remove("DELAKTIG_DB")
        .env("DELAKTIG_USER", "Stina")
        .args(args)
        .output()
        .unwrap();
    Run { out }
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let id = delaktig(
        dir.path(),
        &[
            "proposal",
            "add",
            "--title",
            "Checklista för nya handläggare",
            "--group",
            "Gemensam utvecklingsgrupp",
            "--by",
            "Kim",
            "--org",
            "Bryggan",
            "--at",
            "2025-01-10",
        ],
    )
    .ok();
    assert_eq!(id.trim(), "P-1");
    dir
}

#[test]
fn add_prints_the_new_id_and_uses_the_default_db() {
    let dir = setup();
    assert!(dir.path().join("delaktig.db").exists());
    let id = delaktig(
        dir.path(),
        &["proposal", "add", "--title", "Kaffe på mötena"],
    )
    .ok();
    assert_eq!(id, "P-2\n");
}

#[test]
fn refused_moves_say_why_and_change_nothing() {
    let dir = setup();
    let d = dir.path();
    let before = delaktig(d, &["proposal", "show", "P-1", "--json"]).ok();

    let e = delaktig(d, &["proposal", "move", "P-1", "--to", "rejected"]).fails();
    assert!(
        e.contains("rejection of proposal P-1 needs a justification"),
        "{e}"
    );
    assert!(e.contains("--why"), "{e}");
    let e = delaktig(
        d,
        &[
            "proposal", "move", "P-1", "--to", "rejected", "--why", "n/a",
        ],
    )
    .fails();
    assert!(e.contains("placeholder"), "{e}");
    let e = delaktig(
        d,
        &[
            "proposal", "move", "P-1", "--to", "accepted", "--role", "member",
        ],
    )
    .fails();
    assert!(
        e.contains("may not decide on proposal P-1: only staff may"),
        "{e}"
    );
    let e = delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-1",
            "--to",
            "implemented",
            "--why",
            "Det är gjort nu",
        ],
    )
    .fails();
    assert!(
        e.contains("cannot move from received to implemented: allowed targets are"),
        "{e}"
    );
    let e = delaktig(d, &["proposal", "move", "P-1", "--to", "done"]).fails();
    assert!(e.contains("unknown state"), "{e}");
    let e = delaktig(d, &["proposal", "move", "P-9", "--to", "accepted"]).fails();
    assert!(e.contains("no proposal P-9"), "{e}");

    assert_eq!(
        delaktig(d, &["proposal", "show", "P-1", "--json"]).ok(),
        before
    );
}

#[test]
fn moves_are_recorded_and_shown() {
    let dir = setup();
    let d = dir.path();
    let out = delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-1",
            "--to",
            "accepted",
            "--at",
            "2025-02-01",
        ],
    )
    .ok();
    assert_eq!(out, "P-1: received -> accepted\n");
    delaktig(
        d,
        &[
            "proposal",
            "move",
            "1",
            "--to",
            "implemented",
            "--why",
            "Checklistan används i alla enheter",
            "--at",
            "2025-03-01",
        ],
    )
    .ok();
    let show = delaktig(d, &["proposal", "show", "P-1"]).ok();
    assert!(
        show.contains("Genomförd (implemented) since 2025-03-01"),
        "{show}"
    );
    assert!(show.contains("Checklistan används i alla enheter"));
    let v: serde_json::Value =
        serde_json::from_str(&delaktig(d, &["proposal", "show", "P-1", "--json"]).ok()).unwrap();
    assert_eq!(v["state"], "implemented");
    assert_eq!(v["events"].as_array().unwrap().len(), 3);

    // The proposer may withdraw their own proposal; a stranger may not.
    delaktig(
        d,
        &["proposal", "add", "--title", "Fler bänkar", "--by", "Kim"],
    )
    .ok();
    let e = delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-2",
            "--to",
            "withdrawn",
            "--why",
            "Löst på annat sätt",
            "--role",
            "proposer",
            "--by",
            "Ola",
        ],
    )
    .fails();
    assert!(e.contains("may not withdraw"), "{e}");
    delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-2",
            "--to",
            "withdrawn",
            "--why",
            "Löst på annat sätt",
            "--role",
            "proposer",
            "--by",
            "Kim",
            "--reason",
            "solved_otherwise",
        ],
    )
    .ok();
}

#[test]
fn list_filters_by_state_and_stalled() {
    let dir = setup();
    let d = dir.path();
    delaktig(
        d,
        &["proposal", "add", "--title", "Kaffe", "--at", "2025-06-01"],
    )
    .ok();
    delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-2",
            "--to",
            "under_review",
            "--at",
            "2025-06-02",
        ],
    )
    .ok();
    let all = delaktig(d, &["proposal", "list"]).ok();
    assert_eq!(all.lines().count(), 2);
    let rev = delaktig(d, &["proposal", "list", "--state", "under_review"]).ok();
    assert!(
        rev.starts_with("P-2\tunder_review\t2025-06-02\tKaffe"),
        "{rev}"
    );
    let stalled = delaktig(
        d,
        &["proposal", "list", "--stalled", "--today", "2025-07-01"],
    )
    .ok();
    assert!(
        stalled.starts_with("P-1\treceived") && stalled.lines().count() == 1,
        "{stalled}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&delaktig(d, &["proposal", "list", "--json"]).ok()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn report_in_every_format_and_language() {
    let dir = setup();
    let d = dir.path();
    delaktig(
        d,
        &[
            "proposal",
            "add",
            "--title",
            "Gratis <b>kaffe</b>",
            "--at",
            "2025-01-11",
        ],
    )
    .ok();
    delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-2",
            "--to",
            "rejected",
            "--why",
            "Ryms inte i budgeten",
            "--at",
            "2025-02-01",
        ],
    )
    .ok();
    delaktig(
        d,
        &[
            "proposal",
            "add",
            "--title",
            "Hemligt förslag",
            "--visibility",
            "internal",
        ],
    )
    .ok();
    let md = delaktig(d, &["report", "--today", "2025-03-01"]).ok();
    assert!(md.contains("# Uppföljning av förslag") && md.contains("Ryms inte i budgeten"));
    assert!(!md.contains("Hemligt"));
    let html = delaktig(
        d,
        &[
            "report",
            "--format",
            "html",
            "--lang",
            "en",
            "--today",
            "2025-03-01",
        ],
    )
    .ok();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Rejected"));
    assert!(html.contains("&lt;b&gt;kaffe&lt;/b&gt;") && !html.contains("<b>kaffe"));
    let json = delaktig(
        d,
        &[
            "report",
            "--format",
            "json",
            "--since",
            "2025-01-15",
            "--today",
            "2025-03-01",
        ],
    )
    .ok();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["total"], 2);
    assert_eq!(v["recent"].as_array().unwrap().len(), 1);
    assert_eq!(v["recent"][0]["to"], "rejected");
}

#[test]
fn export_import_round_trip() {
    let dir = setup();
    let d = dir.path();
    delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-1",
            "--to",
            "parked",
            "--why",
            "Väntar på ny lokal",
            "--revisit",
            "2025-09-01",
        ],
    )
    .ok();
    delaktig(
        d,
        &[
            "proposal",
            "comment",
            "P-1",
            "--text",
            "Bra förslag",
            "--role",
            "member",
        ],
    )
    .ok();
    // The public export is open data: redacted, so the name of who acted ("Stina", a first
    // name alone) is not in it, and it is no backup.
    let public = delaktig(d, &["export"]).ok();
    assert!(!public.contains("Stina"), "{public}");
    // The full export is the backup that imports to the same state.
    let export = delaktig(d, &["export", "--all"]).ok();
    let file = d.join("register.json");
    std::fs::write(&file, &export).unwrap();
    let out = delaktig(d, &["--db", "copy.db", "import", "register.json"]).ok();
    assert!(out.contains("imported 1 proposals"), "{out}");
    assert_eq!(
        delaktig(d, &["--db", "copy.db", "export", "--all"]).ok(),
        export
    );
    assert_eq!(
        delaktig(d, &["--db", "copy.db", "proposal", "show", "P-1", "--json"]).ok(),
        delaktig(d, &["proposal", "show", "P-1", "--json"]).ok()
    );
    let e = delaktig(d, &["--db", "copy.db", "import", "register.json"]).fails();
    assert!(e.contains("import into a new, empty register"), "{e}");
}

#[test]
fn internal_items_need_an_explicit_export_flag() {
    let dir = setup();
    let d = dir.path();
    delaktig(
        d,
        &[
            "proposal",
            "add",
            "--title",
            "Internt ärende",
            "--visibility",
            "internal",
        ],
    )
    .ok();
    assert!(!delaktig(d, &["export"]).ok().contains("Internt ärende"));
    assert!(
        delaktig(d, &["export", "--internal"])
            .ok()
            .contains("Internt ärende")
    );
    assert!(
        delaktig(d, &["export", "--all"])
            .ok()
            .contains("Internt ärende")
    );
}

#[test]
fn db_from_environment_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = Command::new(env!("CARGO_BIN_EXE_delaktig"))
        .current_dir(d)
        .env("DELAKTIG_DB", "env.db")
        .args(["proposal", "add", "--title", "X"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(d.join("env.db").exists());

    std::fs::write(
        d.join("notes.txt"),
        "Minnesanteckningar 3 mars\n".repeat(100),
    )
    .unwrap();
    let e = delaktig(d, &["--db", "notes.txt", "proposal", "list"]).fails();
    assert!(e.contains("is not a delaktig register"), "{e}");
    let e = delaktig(d, &["--db", "missing.db", "report"]).fails();
    assert!(e.contains("there is no register at missing.db"), "{e}");
    assert!(!d.join("missing.db").exists());
}

#[test]
fn follow_up_subcommands() {
    let dir = setup();
    let d = dir.path();
    let e = delaktig(d, &["proposal", "milestone", "P-1", "--title", "Utkast"]).fails();
    assert!(
        e.contains("milestones follow up an accepted proposal"),
        "{e}"
    );
    delaktig(d, &["proposal", "move", "P-1", "--to", "accepted"]).ok();
    delaktig(
        d,
        &[
            "proposal",
            "milestone",
            "P-1",
            "--title",
            "Utkast",
            "--due",
            "2030-01-01",
        ],
    )
    .ok();
    delaktig(d, &["proposal", "milestone", "P-1", "--done", "1"]).ok();
    delaktig(d, &["proposal", "progress", "P-1", "--percent", "60"]).ok();
    delaktig(
        d,
        &[
            "proposal",
            "discuss",
            "P-1",
            "--meeting",
            "M-2",
            "--note",
            "Togs upp",
        ],
    )
    .ok();
    let show = delaktig(d, &["proposal", "show", "P-1"]).ok();
    assert!(show.contains("1. Utkast (due 2030-01-01) done"), "{show}");
    assert!(
        show.contains("progress:    60%") && show.contains("discussed at M-2: Togs upp"),
        "{show}"
    );
    let s = delaktig(d, &["summary", "--month", "2025-01"]).ok();
    assert!(s.contains("raised:        1"), "{s}");
}

#[test]
fn meetings_come_from_imports_and_are_published_by_staff() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let export = r#"{"format":"delaktig-register","version":1,"scope":"all",
        "settings":{"policy":{"decide":["staff"],"raise":["staff","member"],"comment":["staff"],
        "record_discussion":["staff"],"follow_up":["staff"],"publish":["staff"],"proposer_may_withdraw_own":true},
        "justification":{"min_words":3}},
        "meetings":[{"id":1,"group":"Bryggangruppen","title":"Bryggangruppen 19 januari","date":"2019-01-19",
        "place":null,"attendees":[{"name":"Kim","organisation":"Bryggan"}],"content_hash":"x","visibility":"internal"}],
        "proposals":[]}"#;
    std::fs::write(d.join("in.json"), export).unwrap();
    delaktig(d, &["import", "in.json"]).ok();
    let list = delaktig(d, &["meeting", "list"]).ok();
    assert_eq!(
        list,
        "M-1\t2019-01-19\tinternal\tBryggangruppen 19 januari\n"
    );
    let e = delaktig(d, &["meeting", "publish", "M-1", "--role", "member"]).fails();
    assert!(
        e.contains("may not change the visibility of meeting M-1"),
        "{e}"
    );
    delaktig(d, &["meeting", "publish", "M-1"]).ok();
    assert!(
        delaktig(d, &["meeting", "show", "M-1"])
            .ok()
            .contains("visibility: public")
    );
    let e = delaktig(d, &["meeting", "show", "M-7"]).fails();
    assert!(e.contains("no meeting M-7"), "{e}");
}

#[test]
fn assign_follow_and_tag() {
    let dir = setup();
    let d = dir.path();
    delaktig(
        d,
        &[
            "proposal",
            "assign",
            "P-1",
            "--responsible",
            "Enheten för socialpsykiatri",
        ],
    )
    .ok();
    delaktig(
        d,
        &[
            "proposal",
            "follow",
            "P-1",
            "--follower",
            "Ria",
            "--role",
            "member",
        ],
    )
    .ok();
    delaktig(
        d,
        &[
            "proposal", "tag", "P-1", "--tag", "boende", "--role", "member",
        ],
    )
    .ok();
    let e = delaktig(d, &["proposal", "tag", "P-1", "--tag", "boende"]).fails();
    assert!(e.contains("already set"), "{e}");
    let e = delaktig(
        d,
        &[
            "proposal",
            "assign",
            "P-1",
            "--responsible",
            "X",
            "--role",
            "member",
        ],
    )
    .fails();
    assert!(e.contains("may not update the follow-up"), "{e}");
    let show = delaktig(d, &["proposal", "show", "P-1"]).ok();
    assert!(
        show.contains("responsible: Enheten för socialpsykiatri"),
        "{show}"
    );
    assert!(
        show.contains("followers:   Ria") && show.contains("tags:        boende"),
        "{show}"
    );
}

/// Kills writers mid-work with SIGKILL: the register still opens, and every proposal whose
/// id was printed (i.e. committed) is there with its history intact.
#[cfg(unix)]
#[test]
fn killing_a_writer_loses_nothing_committed() {
    use std::os::unix::process::CommandExt;
    const WRITES: usize = 100_000;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let script = format!(
        "i=0; while [ $i -lt {WRITES} ]; do i=$((i+1)); \"{}\" proposal add --title \"Förslag $i\" || exit 1; done",
        env!("CARGO_BIN_EXE_delaktig")
    );
    let child = Command::new("sh")
        .args(["-c", &script])
        .current_dir(d)
        .env_remove("DELAKTIG_DB")
        .stdout(std::fs::File::create(d.join("ids.txt")).unwrap())
        .process_group(0)
        .spawn()
        .unwrap();
    // Killed once a few proposals are committed, however fast the machine writes.
    let started = std::time::Instant::now();
    while std::fs::read_to_string(d.join("ids.txt")).map_or(0, |s| s.lines().count()) < 5
        && started.elapsed() < std::time::Duration::from_secs(60)
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // The whole group: the shell and the delaktig process that is writing right now.
    let status = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{}", child.id())])
        .status()
        .unwrap();
    assert!(status.success());
    let mut child = child;
    let _ = child.wait();
    let printed = std::fs::read_to_string(d.join("ids.txt")).unwrap();
    let ids: Vec<&str> = printed.lines().collect();
    assert!(!ids.is_empty(), "no proposal was committed before the kill");
    let listed = delaktig(d, &["proposal", "list"]).ok();
    let stored: Vec<&str> = listed
        .lines()
        .filter_map(|l| l.split('\t').next())
        .collect();
    for id in &ids {
        assert!(
            stored.contains(id),
            "{id} was committed but is missing after the kill"
        );
    }
    assert!(
        stored.len() < WRITES,
        "the writer finished before it was killed"
    );
    // At most the one killed mid-command may be missing from the printed list.
    assert!(stored.len() <= ids.len() + 1);
    let last = ids.last().unwrap();
    let show = delaktig(d, &["proposal", "show", last, "--json"]).ok();
    assert!(show.contains("\"state\": \"received\""));
}
mod notes;

#[test]
fn an_acceptance_in_part_needs_its_justification_and_is_reported_so() {
    let dir = setup();
    let d = dir.path();
    let partly = |why: Option<&str>| {
        let mut args = vec![
            "proposal",
            "move",
            "P-1",
            "--to",
            "accepted",
            "--partly",
            "--at",
            "2025-02-01",
        ];
        if let Some(why) = why {
            args.extend(["--why", why]);
        }
        delaktig(d, &args)
    };
    let e = partly(None).fails();
    assert!(e.contains("justification"), "{e}");
    let e = delaktig(
        d,
        &[
            "proposal",
            "move",
            "P-1",
            "--to",
            "rejected",
            "--partly",
            "--why",
            "Ryms inte i budgeten i år",
        ],
    )
    .fails();
    assert!(
        e.contains("only a decision to accept can be partial"),
        "{e}"
    );
    let out = partly(Some("Checklistan för LSS ryms inte i år")).ok();
    assert!(out.contains("P-1: received -> accepted"), "{out}");
    let md = delaktig(d, &["report", "--today", "2025-03-01"]).ok();
    assert!(
        md.contains("Delvis beslutad – resten genomförs inte")
            && md.contains("Checklistan för LSS ryms inte i år"),
        "{md}"
    );
}
