//! Loads the yearly fixture: intakes every deviation text and applies `followup.txt`.

use delaktig_deviation::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/yearly")
}

/// Replaces the one personal name in the fixture, as the confidentiality module would.
pub fn redactor(text: &str) -> String {
    text.replace("Anna Berg", "[namn]")
}

/// Every deviation of the fixture after its follow-up, by id.
pub fn load() -> BTreeMap<DeviationId, Deviation> {
    let settings = Settings::default();
    let intake = Intake::default();
    let coordinator = Actor::new("Samordnaren", Role::Staff).unwrap();
    let script = std::fs::read_to_string(data_dir().join("followup.txt")).unwrap();
    let mut devs: BTreeMap<DeviationId, Deviation> = BTreeMap::new();
    for (n, line) in script.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(4, ' ');
        let (Some(id), Some(date), Some(cmd)) = (parts.next(), parts.next(), parts.next()) else {
            panic!("followup.txt:{}: too few fields", n + 1);
        };
        let rest = parts.next().unwrap_or("").trim();
        let id: DeviationId = id.parse().unwrap();
        let at: chrono::NaiveDate = date.parse().unwrap();
        let ctx = format!("followup.txt:{} ({line})", n + 1);
        if cmd == "intake" {
            let path = data_dir().join("deviations").join(format!("{id}.txt"));
            let text = std::fs::read_to_string(&path).unwrap();
            let draft = intake.parse(&text, at);
            if let Some(stated) = draft.id {
                assert_eq!(stated, id, "{ctx}: id on the form");
            }
            let record = draft
                .complete(at, &redactor)
                .unwrap_or_else(|e| panic!("{ctx}: {e}"));
            let d = Deviation::open(
                id,
                record,
                Visibility::Internal,
                at,
                coordinator.clone(),
                &settings,
            )
            .unwrap_or_else(|e| panic!("{ctx}: {e}"));
            devs.insert(id, d);
            continue;
        }
        let d = devs
            .get_mut(&id)
            .unwrap_or_else(|| panic!("{ctx}: not taken in"));
        let commands = match cmd {
            "confirm" => d
                .categories()
                .iter()
                .filter(|m| m.status == CategoryStatus::Suggested)
                .map(|m| Command::ConfirmCategory(m.code.clone()))
                .collect(),
            "add" => vec![Command::AddCategory(CategoryCode::new(rest).unwrap())],
            "remove" => vec![Command::RemoveCategory(CategoryCode::new(rest).unwrap())],
            "link" => vec![Command::LinkProposal(ProposalRef::new(rest).unwrap())],
            "move" => {
                let (state, text) = rest.split_once(' ').unwrap_or((rest, ""));
                let text = (!text.is_empty()).then_some(text);
                vec![Command::MoveTo(MoveSpec::new(state.parse().unwrap(), text))]
            }
            other => panic!("{ctx}: unknown command {other}"),
        };
        for c in commands {
            d.execute(c, at, coordinator.clone(), &settings)
                .unwrap_or_else(|e| panic!("{ctx}: {e}"));
        }
    }
    devs
}
