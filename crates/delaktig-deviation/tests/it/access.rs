//! Who may do what (the deviation policy over the proposal domain's roles), visibility of
//! deviations and their events, and changes to the deviation settings.

use crate::day;
use FollowUpState::*;
use delaktig_deviation::*;

const TEXT: &str = "Datum: 2024-01-10\nDatum för händelsen: 2024-01-08\n\
                    Rapporterande enhet: Socialtjänsten\nBerörda parter: Psykiatrin\n\
                    Beskrivning: Ingen SIP och ingen återkoppling.";

fn staff() -> Actor {
    Actor::staff("Samordnaren").unwrap()
}

fn as_role(role: Role) -> Actor {
    Actor::new("Kim", role).unwrap()
}

fn record() -> DeviationRecord {
    Intake::default()
        .parse(TEXT, day(2024, 1, 10))
        .complete(day(2024, 1, 10), &NoRedaction)
        .unwrap()
}

fn open_as(
    by: Actor,
    visibility: Visibility,
    settings: &Settings,
) -> Result<Deviation, DeviationError> {
    Deviation::open(
        DeviationId::in_year(2024, 1).unwrap(),
        record(),
        visibility,
        day(2024, 1, 10),
        by,
        settings,
    )
}

fn fresh() -> Deviation {
    open_as(staff(), Visibility::Internal, &Settings::default()).unwrap()
}

/// One command of every kind, each valid on a fresh deviation for an actor allowed to run it.
fn one_of_each() -> Vec<Command> {
    vec![
        Command::MoveTo(MoveSpec::new(InDialogue, None)),
        Command::ConfirmCategory(CategoryCode::new("utebliven_sip").unwrap()),
        Command::AddCategory(CategoryCode::new("helhetssyn").unwrap()),
        Command::LinkProposal(ProposalRef::new("P-3").unwrap()),
        Command::SetVisibility(Visibility::Public),
    ]
}

#[test]
fn by_default_anyone_reports_and_only_staff_do_the_rest() {
    let settings = Settings::default();
    for role in Role::ALL {
        let d = open_as(as_role(role), Visibility::Internal, &settings)
            .unwrap_or_else(|e| panic!("{role} may report: {e}"));
        for cmd in one_of_each() {
            let mut tried = d.clone();
            let got = tried.execute(cmd.clone(), day(2024, 1, 11), as_role(role), &settings);
            if role == Role::Staff {
                got.unwrap_or_else(|e| panic!("staff may {cmd:?}: {e}"));
                assert_eq!(tried.events().len(), 2);
            } else {
                let err = got.unwrap_err();
                assert!(
                    matches!(&err, DeviationError::NotPermitted(p)
                        if p.action == cmd.action() && p.role == Some(role)),
                    "{role} {cmd:?}: {err:?}"
                );
                let msg = err.to_string();
                assert!(msg.contains("Kim"), "{msg}");
                assert!(msg.contains(&format!("role {role}")), "{msg}");
                assert!(msg.contains("A-2024-001"), "{msg}");
                assert!(msg.ends_with("only staff may"), "{msg}");
                assert_eq!(tried, d, "a refused command changed the deviation");
            }
        }
    }
}

#[test]
fn a_public_deviation_needs_the_right_to_publish() {
    let settings = Settings::default();
    let err = open_as(
        as_role(Role::UserRepresentative),
        Visibility::Public,
        &settings,
    )
    .unwrap_err();
    assert!(
        matches!(&err, DeviationError::NotPermitted(p) if p.action == DeviationAction::Publish),
        "{err:?}"
    );
    let d = open_as(staff(), Visibility::Public, &settings).unwrap();
    assert_eq!(d.visibility(), Visibility::Public);
    assert_eq!(d.events()[0].visibility, Visibility::Public);
}

#[test]
fn a_register_policy_can_let_members_settle_categories() {
    let mut settings = Settings::default();
    settings.policy.categorise.push(Role::Member);
    settings.policy.record = vec![Role::Staff];
    let mut d = fresh();
    let code = CategoryCode::new("utebliven_sip").unwrap();
    d.execute(
        Command::ConfirmCategory(code),
        day(2024, 1, 11),
        as_role(Role::Member),
        &settings,
    )
    .unwrap();
    let sip = d
        .categories()
        .iter()
        .find(|m| m.code.as_str() == "utebliven_sip");
    assert_eq!(sip.map(|m| m.status), Some(CategoryStatus::Confirmed));
    let err = d
        .execute(
            Command::MoveTo(MoveSpec::new(InDialogue, None)),
            day(2024, 1, 11),
            as_role(Role::Member),
            &settings,
        )
        .unwrap_err();
    assert!(err.to_string().contains("only staff may"), "{err}");
    let err = open_as(as_role(Role::Member), Visibility::Internal, &settings).unwrap_err();
    assert!(err.to_string().contains("may not report"), "{err}");
    // The recorded role travels with the event.
    assert_eq!(d.events()[1].by.role(), Some(Role::Member));
}

#[test]
fn histories_written_before_roles_and_visibility_read_back_as_internal() {
    let d = fresh();
    let mut json: serde_json::Value = serde_json::to_value(&d).unwrap();
    for e in json["events"].as_array_mut().unwrap() {
        let obj = e.as_object_mut().unwrap();
        obj.remove("visibility");
        obj.insert("by".into(), serde_json::Value::String("Samordnaren".into()));
    }
    let old: Deviation = serde_json::from_value(json).unwrap();
    assert_eq!(old.visibility(), Visibility::Internal);
    assert_eq!(old.events()[0].by.role(), None);
    assert_eq!(old.events()[0].by.name(), "Samordnaren");
    // Such an actor may do nothing new.
    let mut again = old.clone();
    let err = again
        .execute(
            Command::MoveTo(MoveSpec::new(InDialogue, None)),
            day(2024, 1, 12),
            old.events()[0].by.clone(),
            &Settings::default(),
        )
        .unwrap_err();
    assert!(err.to_string().contains("no role given"), "{err}");
}

#[test]
fn visibility_changes_are_events_and_a_repeat_is_refused() {
    let settings = Settings::default();
    let mut d = fresh();
    assert_eq!(d.visibility(), Visibility::Internal);
    let e = d
        .execute(
            Command::SetVisibility(Visibility::Public),
            day(2024, 1, 12),
            staff(),
            &settings,
        )
        .unwrap()
        .clone();
    assert_eq!(e.visibility, Visibility::Public);
    assert_eq!(e.kind.code(), "visibility_set");
    assert_eq!(d.visibility(), Visibility::Public);
    let before = d.clone();
    let err = d
        .execute(
            Command::SetVisibility(Visibility::Public),
            day(2024, 1, 12),
            staff(),
            &settings,
        )
        .unwrap_err();
    assert!(
        matches!(err, DeviationError::VisibilityUnchanged { .. }),
        "{err:?}"
    );
    assert_eq!(d, before);
    // The event survives serialisation (its own visibility and the new one are apart).
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(serde_json::from_str::<Deviation>(&json).unwrap(), d);
    // The fold of the history gives the same visibility.
    let back = Deviation::from_history(d.id(), d.events().to_vec()).unwrap();
    assert_eq!(back.visibility(), Visibility::Public);
}

#[test]
fn a_hidden_event_keeps_its_text_from_readers_who_may_not_see_it() {
    let settings = Settings::default();
    let mut d = fresh();
    d.execute(
        Command::SetVisibility(Visibility::Public),
        day(2024, 1, 11),
        staff(),
        &settings,
    )
    .unwrap();
    let secret = "Klienten vill inte att detaljerna sprids vidare";
    d.execute_request(
        Request::new(
            Command::MoveTo(MoveSpec::new(NotResolved, Some(secret))),
            day(2024, 1, 12),
            staff(),
        )
        .with_visibility(Visibility::Confidential),
        &settings,
    )
    .unwrap();
    d.execute_request(
        Request::new(
            Command::LinkProposal(ProposalRef::new("P-7").unwrap()),
            day(2024, 1, 12),
            staff(),
        )
        .with_visibility(Visibility::Internal),
        &settings,
    )
    .unwrap();
    let catalog = &settings.categories;
    let public = d.summary_for(catalog, Lang::Sv, Visibility::Public);
    assert_eq!(public.visibility, Visibility::Public);
    assert_eq!(public.state, NotResolved);
    assert_eq!(public.text, None);
    assert!(public.proposals.is_empty());
    let internal = d.summary_for(catalog, Lang::Sv, Visibility::Internal);
    assert_eq!(internal.text, None);
    assert_eq!(internal.proposals.len(), 1);
    let all = d.summary(catalog, Lang::Sv);
    assert_eq!(all.text.as_deref(), Some(secret));
    assert_eq!(d.events_visible_to(Visibility::Public).count(), 2);
}

#[test]
fn the_public_report_counts_everything_and_lists_only_public_deviations() {
    let settings = Settings::default();
    let internal = fresh();
    let mut public = Deviation::open(
        DeviationId::in_year(2024, 2).unwrap(),
        record(),
        Visibility::Public,
        day(2024, 1, 10),
        staff(),
        &settings,
    )
    .unwrap();
    public
        .execute_request(
            Request::new(
                Command::LinkProposal(ProposalRef::new("P-2").unwrap()),
                day(2024, 1, 11),
                staff(),
            )
            .with_visibility(Visibility::Internal),
            &settings,
        )
        .unwrap();
    let devs = [&internal, &public];
    let r = YearlyReport::build(
        2024,
        devs,
        &settings.categories,
        &ReportOptions::public(day(2024, 12, 31)),
    );
    assert_eq!(r.total, 2);
    assert_eq!(r.audience, Visibility::Public);
    assert_eq!(r.unlisted, 1);
    assert_eq!(r.deviations.len(), 1);
    assert_eq!(r.deviations[0].id, public.id());
    // The link is counted but, being internal, neither listed nor named.
    assert_eq!(r.deviations_with_proposals, 1);
    assert!(r.proposals.is_empty());
    assert!(r.deviations[0].proposals.is_empty());
    let md = r.to_markdown();
    assert!(
        md.contains("Rapporten sammanfattar 2 inkomna avvikelser"),
        "{md}"
    );
    assert!(
        md.contains("1 av årets avvikelser räknas ovan men listas inte här"),
        "{md}"
    );
    assert!(!md.contains("A-2024-001"), "{md}");
    let json = r.to_json().unwrap();
    assert!(!json.contains("A-2024-001"), "{json}");
    assert!(!r.to_html().contains("A-2024-001"));

    let working = YearlyReport::build(
        2024,
        devs,
        &settings.categories,
        &ReportOptions::new(day(2024, 12, 31)),
    );
    assert_eq!(working.unlisted, 0);
    assert_eq!(working.deviations.len(), 2);
    assert_eq!(working.proposals.len(), 1);
}

#[test]
fn a_coordinator_adds_a_category_and_intake_suggests_it() {
    let settings = Settings::default();
    let waiting = Category {
        code: CategoryCode::new("vantetid").unwrap(),
        label_sv: " Väntetid ".into(),
        label_en: String::new(),
        keywords: vec!["väntetid*".into(), "fick vänta".into()],
    };
    let err = settings
        .change(
            &as_role(Role::Member),
            SettingsChange::AddCategory(waiting.clone()),
            &[],
        )
        .unwrap_err();
    assert!(matches!(err, SettingsError::NotPermitted(_)), "{err:?}");
    let next = settings
        .change(&staff(), SettingsChange::AddCategory(waiting.clone()), &[])
        .unwrap();
    let added = next.categories.categories().last().unwrap();
    assert_eq!(added.label_sv, "Väntetid");
    assert_eq!(added.label_en, "Väntetid");
    let text = format!("{TEXT} Klienten fick vänta i tre veckor.");
    let draft = next.intake().parse(&text, day(2024, 1, 10));
    let codes: Vec<&str> = draft.categories.iter().map(|m| m.code.as_str()).collect();
    assert!(codes.contains(&"vantetid"), "{codes:?}");
    // The old settings did not know it.
    let old = settings.intake().parse(&text, day(2024, 1, 10));
    assert!(old.categories.iter().all(|m| m.code.as_str() != "vantetid"));
    // Twice is refused.
    let err = next
        .change(&staff(), SettingsChange::AddCategory(waiting), &[])
        .unwrap_err();
    assert!(err.to_string().contains("vantetid appears twice"), "{err}");
    let nameless = Category {
        code: CategoryCode::new("tomt").unwrap(),
        label_sv: "  ".into(),
        label_en: "x".into(),
        keywords: vec![],
    };
    let err = next
        .change(&staff(), SettingsChange::AddCategory(nameless), &[])
        .unwrap_err();
    assert!(matches!(err, SettingsError::NoLabel(_)), "{err:?}");
}

#[test]
fn a_category_in_use_or_the_fallback_is_not_removed() {
    let settings = Settings::default();
    let d = fresh();
    let sip = CategoryCode::new("utebliven_sip").unwrap();
    let err = settings
        .change(
            &staff(),
            SettingsChange::RemoveCategory(sip.clone()),
            std::slice::from_ref(&d),
        )
        .unwrap_err();
    assert!(
        matches!(&err, SettingsError::CategoryInUse { deviations, .. } if deviations == &[d.id()]),
        "{err:?}"
    );
    assert!(err.to_string().contains("A-2024-001"), "{err}");
    let err = settings
        .change(
            &staff(),
            SettingsChange::RemoveCategory(settings.categories.fallback().clone()),
            &[],
        )
        .unwrap_err();
    assert!(matches!(err, SettingsError::Fallback(_)), "{err:?}");
    let err = settings
        .change(
            &staff(),
            SettingsChange::RemoveCategory(CategoryCode::new("nej").unwrap()),
            &[],
        )
        .unwrap_err();
    assert!(err.to_string().contains("helhetssyn"), "{err}");
    let next = settings
        .change(&staff(), SettingsChange::RemoveCategory(sip.clone()), &[])
        .unwrap();
    assert!(next.categories.get(&sip).is_none());
    assert_eq!(
        next.categories.categories().len(),
        settings.categories.categories().len() - 1
    );
    // A deviation that names a category no longer on the list is refused at intake.
    let err = Deviation::open(
        DeviationId::in_year(2024, 5).unwrap(),
        record(),
        Visibility::Internal,
        day(2024, 1, 10),
        staff(),
        &next,
    )
    .unwrap_err();
    assert!(
        matches!(err, DeviationError::UnknownCategory { .. }),
        "{err:?}"
    );
}

#[test]
fn known_parties_are_added_and_removed_and_drive_intake() {
    let settings = Settings::default();
    let text = "Datum: 2024-01-10\nDatum för händelsen: 2024-01-08\n\
                Rapporterande enhet: Socialtjänsten\nBerörda parter: Solgläntan\n\
                Beskrivning: Ingen återkoppling.";
    let before = settings.intake().parse(text, day(2024, 1, 10));
    assert_eq!(before.involved[0].listing(), Listing::Unlisted);
    let norr = KnownParty::new(
        "Solgläntans boende",
        PartyKind::Municipality,
        &["solgläntan"],
    );
    let next = settings
        .change(&staff(), SettingsChange::AddParty(norr.clone()), &[])
        .unwrap();
    let after = next.intake().parse(text, day(2024, 1, 10));
    assert_eq!(after.involved[0].name(), "solgläntans boende");
    assert_eq!(after.involved[0].listing(), Listing::Known);
    assert_eq!(after.involved[0].kind(), PartyKind::Municipality);
    let err = next
        .change(&staff(), SettingsChange::AddParty(norr), &[])
        .unwrap_err();
    assert!(matches!(err, SettingsError::PartyPresent(_)), "{err:?}");
    let err = next
        .change(
            &staff(),
            SettingsChange::RemoveParty("okänd enhet".into()),
            &[],
        )
        .unwrap_err();
    assert!(err.to_string().contains("solgläntans boende"), "{err}");
    let back = next
        .change(
            &staff(),
            SettingsChange::RemoveParty("Solgläntans boende".into()),
            &[],
        )
        .unwrap();
    assert_eq!(back.parties, settings.parties);
    let err = settings
        .change(
            &as_role(Role::Proposer),
            SettingsChange::RemoveParty("socialtjänsten".into()),
            &[],
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("may not change the deviation settings"),
        "{err}"
    );
}

#[test]
fn settings_survive_serialisation() {
    let mut settings = Settings::default();
    settings.policy.link_proposal.push(Role::UserRepresentative);
    let json = serde_json::to_string(&settings).unwrap();
    let back: Settings = serde_json::from_str(&json).unwrap();
    assert_eq!(back, settings);
    // Missing parts read as the defaults.
    let partial: Settings = serde_json::from_str("{}").unwrap();
    assert_eq!(partial, Settings::default());
}
