//! Property tests: intake never panics on any text, and random command sequences never
//! break the follow-up's invariants.

use crate::day;
use delaktig_deviation::*;
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "Datum:",
    "Datum för händelsen:",
    "DATUM FOR HANDELSEN:",
    "Rapporterande enhet:",
    "Berörda parter:",
    "Beskrivning:",
    "Åtgärd:",
    "Kategori:",
    "Avvikelse nr:",
    "A-2024-007",
    "2024-02-30",
    "2024-03-05",
    "5/3",
    "31 december",
    "12:e okt.",
    "socialtjänsten",
    "BUP",
    "barn- och ungdomspsykiatrin",
    "vi på",
    "rapporterad av",
    "SIP",
    "återkoppl",
    "och",
    "/",
    ",",
    ";",
    "-",
    "•",
    ":",
    "\n",
    "  ",
    "ß",
    "İ",
    "é",
    "\u{200b}",
    "Ω",
];

fn template_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
            "\\PC{0,12}",
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn intake_never_panics(text in prop_oneof!["\\PC*", template_like()]) {
        let intake = Intake::default();
        let draft = intake.parse(&text, day(2024, 6, 1));
        let missing = draft.missing();
        match draft.complete(day(2024, 6, 1), &NoRedaction) {
            Ok(rec) => {
                prop_assert!(missing.is_empty());
                prop_assert!(!rec.categories.is_empty());
                let opened = Deviation::open(
                    DeviationId::numbered(1).unwrap(),
                    rec,
                    Visibility::Internal,
                    day(2024, 6, 1),
                    Actor::staff("x").unwrap(),
                    &Settings::default(),
                );
                if let Ok(d) = opened {
                    let json = serde_json::to_string(&d).unwrap();
                    prop_assert_eq!(serde_json::from_str::<Deviation>(&json).unwrap(), d);
                }
            }
            Err(IntakeError::Missing(m)) => prop_assert_eq!(m, missing),
            Err(IntakeError::Invalid(_)) => prop_assert!(missing.is_empty()),
        }
    }
}

const GOOD: &str = "Parterna enades om en gemensam rutin";

fn command() -> impl Strategy<Value = Command> {
    let state = prop::sample::select(ALL_STATES.to_vec());
    let text = prop::sample::select(vec![
        None,
        Some(""),
        Some("ok"),
        Some("två ord"),
        Some(GOOD),
    ]);
    let code = prop::sample::select(vec![
        "helhetssyn",
        "utebliven_sip",
        "aterkoppling",
        "bemotande",
        "ovrigt",
        "okand",
    ]);
    prop_oneof![
        4 => (state, text).prop_map(|(s, t)| Command::MoveTo(MoveSpec::new(s, t))),
        1 => code.clone().prop_map(|c| Command::ConfirmCategory(CategoryCode::new(c).unwrap())),
        1 => code.clone().prop_map(|c| Command::AddCategory(CategoryCode::new(c).unwrap())),
        1 => code.prop_map(|c| Command::RemoveCategory(CategoryCode::new(c).unwrap())),
        1 => (1u64..4).prop_map(|n| Command::LinkProposal(ProposalRef::new(&n.to_string()).unwrap())),
        1 => prop::sample::select(vec![Visibility::Public, Visibility::Internal, Visibility::Confidential])
            .prop_map(Command::SetVisibility),
    ]
}

fn start() -> Deviation {
    let text = "Datum: 2024-01-10\nDatum för händelsen: 2024-01-08\n\
                Rapporterande enhet: soc\nBerörda parter: psykiatrin\n\
                Beskrivning: Ingen SIP och ingen återkoppling.";
    let rec = Intake::default()
        .parse(text, day(2024, 1, 10))
        .complete(day(2024, 1, 10), &NoRedaction)
        .unwrap();
    Deviation::open(
        DeviationId::numbered(1).unwrap(),
        rec,
        Visibility::Internal,
        day(2024, 1, 10),
        Actor::staff("x").unwrap(),
        &Settings::default(),
    )
    .unwrap()
}

proptest! {
    #[test]
    fn random_commands_keep_the_invariants(
        steps in prop::collection::vec((command(), 0i64..4, prop::sample::select(Role::ALL.to_vec())), 1..40)
    ) {
        let settings = Settings::default();
        let mut d = start();
        let mut at = day(2024, 1, 10);
        for (cmd, gap, role) in steps {
            at += chrono::Duration::days(gap);
            let before = d.clone();
            let action = cmd.action();
            match d.execute(cmd, at, Actor::new("x", role).unwrap(), &settings) {
                Err(e) => {
                    prop_assert_eq!(&d, &before, "a refused command changes nothing");
                    // Only a role the policy leaves out is refused for permission.
                    let permitted = settings.policy.roles(action).contains(&role);
                    prop_assert_eq!(matches!(e, DeviationError::NotPermitted(_)), !permitted);
                }
                Ok(_) => {
                    // Append-only: the old history is a prefix of the new one.
                    prop_assert_eq!(d.events().len(), before.events().len() + 1);
                    prop_assert_eq!(&d.events()[..before.events().len()], before.events());
                }
            }
            // The state is the fold of the history, and survives storage.
            prop_assert_eq!(&Deviation::from_history(d.id(), d.events().to_vec()).unwrap(), &d);
            prop_assert!(!d.categories().is_empty());
            // Every follow-up event was made by a role the default policy allows: staff.
            for e in d.events().iter().skip(1) {
                let role = e.by.role().unwrap();
                prop_assert_eq!(role, Role::Staff);
            }
            // Every closed case carries the text its state requires.
            match d.state() {
                FollowUpState::Resolved => {
                    let resolved = matches!(d.last_move(), Some(Move::Resolve { .. }));
                    prop_assert!(resolved)
                }
                FollowUpState::NotResolved => {
                    let closed = matches!(d.last_move(), Some(Move::NotResolved { .. }));
                    prop_assert!(closed)
                }
                _ => {}
            }
            for e in d.events() {
                let text = match &e.kind {
                    EventKind::Moved { step, .. } => step.text(),
                    _ => None,
                };
                if let Some(t) = text {
                    prop_assert_eq!(t, GOOD);
                }
            }
        }
    }
}
