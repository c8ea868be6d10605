//! From notes to the register's import form: restore, parse, convert.

use delaktig::core::Visibility;
use delaktig::ingest::prepare;
use delaktig::normalize::Normalizer;
use delaktig::notes::ParseOptions;

/// `text` restored, parsed and converted, internal as imported notes are.
fn restored_import(text: &str) -> delaktig::ingest::Prepared {
    prepare(
        text,
        Some(&Normalizer::new()),
        ParseOptions::new(),
        Visibility::Internal,
    )
    .unwrap()
}

/// Who imports and reviews in these tests.
fn staff() -> delaktig::core::Actor {
    delaktig::core::Actor {
        name: "Stina".into(),
        role: delaktig::core::Role::Staff,
    }
}

/// The register's public report on `today` as Markdown, HTML and JSON, redacted as every
/// public output is.
fn public_reports(reg: &delaktig::store::Register, today: chrono::NaiveDate) -> [String; 3] {
    use delaktig::core::{Lang, ReportOptions, StalledPolicy};
    let options = ReportOptions {
        lang: Lang::Sv,
        since: None,
        today,
        stalled: StalledPolicy::default(),
    };
    let report = reg
        .report(&options, &delaktig::public::RedactingFilter::default())
        .unwrap();
    [report.to_markdown(), report.to_html(), report.to_json()]
}

#[test]
fn an_invitation_is_dated_and_placed_by_its_event() {
    let text = "Välkommen till Vardagskaféet!\n\n\
                När: torsdagen den 6 november 2025, klockan 14.00–17.00\n\
                Var: Kulturhuset Spira, lokal Vättern\n\n\
                Det bör finnas fler träffar på kvällstid.\n\n\
                Sommarfesten den 14 juni är inställd.\n";
    let prepared = restored_import(text);
    let import = prepared.import;
    assert_eq!(import.title, "Välkommen till Vardagskaféet!");
    assert_eq!(
        import.date.map(|d| d.to_string()).as_deref(),
        Some("2025-11-06")
    );
    assert_eq!(
        import.place.as_deref(),
        Some("Kulturhuset Spira, lokal Vättern")
    );
    assert_eq!(import.proposals.len(), 1);
}

#[test]
fn an_officers_report_is_dated_by_its_decision_and_its_draft_decides_nothing() {
    let text = "Tjänsteskrivelse\n\nSvar på medborgarförslag om en mötesplats i Gamleby\n\n\
                Förslag till beslut\nSocialnämnden beslutar att avslå medborgarförslaget.\n\n\
                Ärendet\nEn medborgare föreslår att kommunen öppnar en mötesplats i Gamleby två \
                dagar i veckan.\n\nBeslut\nSocialnämnden beslutade den 11 februari 2026 att \
                avslå medborgarförslaget eftersom Träffpunkten redan har plats för fler.\n";
    let prepared = restored_import(text);
    // One decision, the board's, not the officer's draft; on the paper's one proposal.
    assert_eq!(prepared.document.decisions.len(), 1);
    let import = prepared.import;
    assert_eq!(
        import.date.map(|d| d.to_string()).as_deref(),
        Some("2026-02-11")
    );
    let decision = import.proposals[0].decision.as_ref().unwrap();
    assert_eq!(
        decision.justification.as_deref(),
        Some("Träffpunkten redan har plats för fler")
    );
}

#[test]
fn a_board_minutes_meeting_is_titled_by_its_board() {
    let text = "Socialnämnden\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-05-20\n\n\
                § 61 Förslag från RSMH om fler platser på träffpunkten\n\n\
                Beslut\nSocialnämnden beslutar att bifalla förslaget.\n";
    let import = restored_import(text).import;
    assert_eq!(import.title, "Socialnämnden, protokollsutdrag");
    assert_eq!(import.group.as_deref(), Some("Socialnämnden"));
    // A meeting's own title stays as written.
    let import = restored_import("Brukarrådet 3 mars 2025\n\nNärvarande\nAnna Berg, RSMH\n").import;
    assert_eq!(import.title, "Brukarrådet 3 mars 2025");
}

#[test]
fn an_identity_number_with_a_wrong_check_digit_reaches_no_public_report() {
    use delaktig::core::{Command, Request, Visibility};
    use delaktig::store::Register;
    let text = "Brukarrådet 12 mars 2025\n\n\
                Det bör finnas en kontaktperson för den som har personnummer 19800101-1234 \
                och bor på Storgatan 12.\n";
    let prepared = restored_import(text);
    let mut reg = Register::open_in_memory().unwrap();
    let staff = staff();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
    let done = reg.import_meeting(&prepared.import, &staff, today).unwrap();
    reg.set_meeting_visibility(done.meeting, Visibility::Public, &staff)
        .unwrap();
    for id in done.created {
        reg.execute(
            id,
            Request::new(
                staff.clone(),
                today,
                Command::SetVisibility(Visibility::Public),
            ),
        )
        .unwrap();
    }
    for out in public_reports(&reg, today) {
        assert!(out.contains("kontaktperson"), "{out}");
        assert!(!out.contains("19800101-1234"), "{out}");
        assert!(!out.contains("Storgatan 12"), "{out}");
    }
}

#[test]
fn a_decision_from_reviewed_notes_reaches_the_public_report_with_its_reason_redacted() {
    use delaktig::core::State;
    use delaktig::store::Register;
    let text = "Brukarrådet 4 november 2025\n\n1. Öppettider\n\n\
                RSMH föreslår att träfflokalen ska hålla öppet även på lördagar.\n\
                Beslut: Förslaget avslås eftersom Kalle Svensson på 070-123 45 67 inte kan \
                arbeta helger och ingen annan personal finns.\n";
    // Notes a reviewer has read are imported public.
    let prepared = prepare(
        text,
        Some(&Normalizer::new()),
        ParseOptions::new(),
        Visibility::Public,
    )
    .unwrap();
    let decision = prepared.import.proposals[0].decision.as_ref().unwrap();
    assert_eq!(decision.to, State::Rejected);
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 11, 10).unwrap();
    let done = reg
        .import_meeting(&prepared.import, &staff(), today)
        .unwrap();
    assert_eq!(done.decided.len(), 1);
    for out in public_reports(&reg, today) {
        assert!(out.contains("inte kan arbeta helger"), "{out}");
        assert!(!out.contains("Kalle Svensson"), "{out}");
        assert!(!out.contains("070-123 45 67"), "{out}");
    }
}

#[test]
fn a_reply_letters_answers_are_decisions_and_a_bare_no_is_refused() {
    use delaktig::core::State;
    use delaktig::store::Register;
    // A reply to a user organisation, as scanned: its questions are their proposals, its
    // "Nej." with words after it a justified rejection, a bare "Nej." none.
    let text = "Svar till Brukarforeningen Kompassen om era fragor\n\n\
                Fraga 1: Kan foreningen fa lana konferensrummet pa lordagar?\n\n\
                Svar: Nej. Huset ar larmat pa helgerna och ingen personal kan lasa upp.\n\n\
                Fraga 2: Kan vi fa en egen kontaktperson pa enheten?\n\n\
                Svar: Nej.\n";
    let prepared = restored_import(text);
    assert_eq!(prepared.import.proposals.len(), 2);
    let decision = prepared.import.proposals[0].decision.as_ref().unwrap();
    assert_eq!(decision.to, State::Rejected);
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let done = reg
        .import_meeting(&prepared.import, &staff(), today)
        .unwrap();
    assert_eq!(done.created.len(), 2);
    assert_eq!(done.decided.len(), 1);
    assert_eq!(done.undecided.len(), 1);
    assert_eq!(done.decided[0].1, State::Rejected);
    let rejected = reg.proposal(done.decided[0].0).unwrap();
    assert_eq!(rejected.state(), State::Rejected);
    let refused = reg.proposal(done.undecided[0].proposal).unwrap();
    assert_eq!(refused.state(), State::Received);
}

#[test]
fn a_reply_letters_partly_is_an_acceptance_in_part_justified_like_a_no() {
    use delaktig::core::{State, Visibility};
    use delaktig::store::Register;
    // "Svar: Delvis." with words after it: accepted in part, the words the reason for the
    // rest; a bare "Delvis." is a "no" to part of it without a reason, and is refused.
    let text = "Svar till Brukarforeningen Kompassen om era fragor\n\n\
                Fraga 1: Kan mottagningen ha kvallsoppet tva dagar i veckan?\n\n\
                Svar: Delvis. Fran april har vi oppet till kl. 19 pa torsdagar, men en \
                andra kvall ryms inte i arets budget.\n\n\
                Fraga 2: Kan vi fa en egen kontaktperson pa enheten?\n\n\
                Svar: Delvis.\n";
    let mut prepared = restored_import(text);
    prepared.import.visibility = Visibility::Public;
    assert_eq!(prepared.import.proposals.len(), 2);
    let decision = prepared.import.proposals[0].decision.as_ref().unwrap();
    assert_eq!((decision.to, decision.partly), (State::Accepted, true));
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    let done = reg
        .import_meeting(&prepared.import, &staff(), today)
        .unwrap();
    assert_eq!((done.decided.len(), done.undecided.len()), (1, 1));
    let partly = reg.proposal(done.decided[0].0).unwrap();
    assert_eq!(partly.state(), State::Accepted);
    assert!(
        partly
            .current_text()
            .is_some_and(|t| t.contains("andra kväll ryms inte i årets budget")),
        "{:?}",
        partly.current_text()
    );
    let refused = reg.proposal(done.undecided[0].proposal).unwrap();
    assert_eq!(refused.state(), State::Received);
    for out in public_reports(&reg, today) {
        assert!(
            out.contains("Delvis beslutad – resten genomförs inte"),
            "{out}"
        );
        assert!(out.contains("ryms inte i årets budget"), "{out}");
    }
}

#[test]
fn an_email_threads_refusal_is_a_justified_no_recorded_on_the_replys_day() {
    use delaktig::core::State;
    use delaktig::store::Register;
    // A printed e-mail and its answer, as scanned: the note is titled by the subject and
    // dated by the first message; the proposal is its sender's; the reply's "kan tyvärr
    // inte … eftersom …" rejects it with that reason, on the reply's day.
    let text = "Fran: Gunnel Oberg <gunnel.oberg@exempel.se>\n\
                Till: Socialforvaltningen\n\
                Datum: 3 februari 2026\n\
                Amne: Forslag om oppettider\n\n\
                Hej!\n\n\
                Vi foreslar att traffpunkten haller oppet aven pa lordagar.\n\n\
                Med vanliga halsningar\n\
                Gunnel Oberg\n\
                070-123 45 67\n\n\
                Fran: Lars Sjostrom\n\
                Till: Gunnel Oberg\n\
                Datum: 18 februari 2026\n\
                Amne: Sv: Forslag om oppettider\n\n\
                Vi kan tyvarr inte oppna pa lordagar i ar eftersom budgeten redan ar faststalld.\n";
    let prepared = restored_import(text);
    let import = &prepared.import;
    assert_eq!(import.title, "Förslag om öppettider");
    assert_eq!(
        import.date.map(|d| d.to_string()).as_deref(),
        Some("2026-02-03")
    );
    assert_eq!(import.proposals.len(), 1);
    assert_eq!(import.proposals[0].by.as_deref(), Some("Gunnel Öberg"));
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let done = reg.import_meeting(import, &staff(), today).unwrap();
    assert_eq!(done.decided, vec![(done.created[0], State::Rejected)]);
    let p = reg.proposal(done.created[0]).unwrap();
    let last = p.events().last().unwrap();
    assert_eq!(last.at.to_string(), "2026-02-18");
    assert!(
        p.current_text()
            .is_some_and(|t| t.contains("budgeten redan är fastställd")),
        "{:?}",
        p.current_text()
    );
}

#[test]
fn a_matter_considered_answered_is_a_no_justified_by_its_answer() {
    use delaktig::core::State;
    use delaktig::store::Register;
    // A council's minutes: "att anse medborgarförslaget besvarat" under its
    // "Motivering" is a "no" that keeps what the council called it; one with no reason given
    // is refused, as any "no" without one.
    let text = "Kommunfullmäktige\n\nPROTOKOLLSUTDRAG\n\nSammanträdesdatum: 2025-11-24\n\n\
                § 141 Medborgarförslag om fler bänkar vid Lindåsen\n\n\
                Ärendebeskrivning\nEn medborgare föreslår att kommunen sätter upp fler \
                bänkar längs promenadstråket vid Lindåsen.\n\n\
                Beslut\nKommunfullmäktige beslutar\n1. att anse medborgarförslaget besvarat.\n\n\
                Motivering\nTekniska förvaltningen sätter upp sex nya bänkar under våren 2026.\n\n\
                § 142 Medborgarförslag om en hundrastgård vid Lindåsen\n\n\
                Ärendebeskrivning\nEn medborgare föreslår att kommunen bygger en \
                hundrastgård vid Lindåsen.\n\n\
                Beslut\nKommunfullmäktige beslutar\n1. att anse medborgarförslaget besvarat.\n";
    let prepared = restored_import(text);
    assert_eq!(prepared.import.proposals.len(), 2);
    let decision = prepared.import.proposals[0].decision.as_ref().unwrap();
    assert_eq!(decision.to, State::Rejected);
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    let done = reg
        .import_meeting(&prepared.import, &staff(), today)
        .unwrap();
    assert_eq!(done.decided, vec![(done.created[0], State::Rejected)]);
    assert_eq!(done.undecided.len(), 1);
    assert_eq!(done.undecided[0].proposal, done.created[1]);
    let answered = reg.proposal(done.created[0]).unwrap();
    assert_eq!(
        answered.current_text(),
        Some("Anses besvarat: Tekniska förvaltningen sätter upp sex nya bänkar under våren 2026")
    );
    assert_eq!(
        reg.proposal(done.created[1]).unwrap().state(),
        State::Received
    );
}

#[test]
fn a_citizens_proposal_of_several_decided_as_a_whole_moves_each() {
    use delaktig::core::State;
    use delaktig::store::Register;
    // An officer's report on a citizen's proposal of two: the council's "no" to the
    // citizen's proposal is a "no" to each, with the reason under it.
    let text = "Tjänsteskrivelse\n\nSvar på medborgarförslag om Träffpunkten Sjöbo\n\n\
                Ärendet\nEn medborgare har lämnat ett medborgarförslag med två förslag:\n\
                - Träffpunkten bör ha öppet även på lördagar.\n\
                - Det bör finnas en fast kontaktperson för nya besökare.\n\n\
                Beslut\nKommunfullmäktige behandlade ärendet den 10 mars 2026, § 41, och \
                avslog medborgarförslaget.\nMotivering: Budgeten för 2026 rymmer inte mer.\n";
    let prepared = restored_import(text);
    assert_eq!(prepared.import.proposals.len(), 2);
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
    let done = reg
        .import_meeting(&prepared.import, &staff(), today)
        .unwrap();
    assert_eq!(
        done.decided,
        vec![
            (done.created[0], State::Rejected),
            (done.created[1], State::Rejected)
        ]
    );
    for id in &done.created {
        assert_eq!(
            reg.proposal(*id).unwrap().current_text(),
            Some("Budgeten för 2026 rymmer inte mer")
        );
    }
    // Accepted in part, it says not which part: nothing is decided by guess.
    let partly = text.replace(
        "avslog medborgarförslaget",
        "biföll delvis medborgarförslaget",
    );
    let prepared = restored_import(&partly);
    assert!(
        prepared
            .import
            .proposals
            .iter()
            .all(|p| p.decision.is_none())
    );
}

#[test]
fn a_reply_letter_under_a_letterhead_is_dated_and_named_by_its_head() {
    use delaktig::core::State;
    use delaktig::store::Register;
    let text = "Socialförvaltningen\nIndivid- och familjeomsorgen\nDatum: 2025-04-02\n\n\
                Till Brukarföreningen Ankaret\n\nSvar på era frågor\n\n\
                Fråga 1: Kan träffpunkten ha öppet på lördagar?\n\
                Svar: Nej. Det finns ingen personal på helgerna under 2025.\n\n\
                Fråga 2: Kan ni informera om boendestöd på lätt svenska?\n\
                Svar: Ja. Broschyren finns från maj.\n";
    let prepared = restored_import(text);
    let import = &prepared.import;
    assert_eq!(import.title, "Socialförvaltningen, svar på era frågor");
    assert_eq!(
        import.date.map(|d| d.to_string()).as_deref(),
        Some("2025-04-02")
    );
    assert!(
        import
            .proposals
            .iter()
            .all(|p| p.by.as_deref() == Some("Brukarföreningen Ankaret"))
    );
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
    let done = reg.import_meeting(import, &staff(), today).unwrap();
    assert_eq!(
        done.decided,
        vec![
            (done.created[0], State::Rejected),
            (done.created[1], State::Accepted)
        ]
    );
    let raised = reg.proposal(done.created[0]).unwrap();
    assert_eq!(raised.events()[0].at.to_string(), "2025-04-02");
}

#[test]
fn a_referral_puts_the_proposal_under_review_not_accepted() {
    use delaktig::core::State;
    use delaktig::store::Register;
    let text = "Brukarrådet 4 februari 2026\n\n§ 13 Boendestöd på helger\n\
                Åsa föreslår att boendestödet ska finnas även på lördagar. Brukarrådet \
                beslutar att ge förvaltningen i uppdrag att utreda frågan till nästa möte.\n";
    let prepared = restored_import(text);
    let decision = prepared.import.proposals[0].decision.as_ref().unwrap();
    assert_eq!(decision.to, State::UnderReview);
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let done = reg
        .import_meeting(&prepared.import, &staff(), today)
        .unwrap();
    assert_eq!(done.decided, vec![(done.created[0], State::UnderReview)]);
}

#[test]
fn a_follow_up_reports_status_moves_the_proposals_it_names() {
    use delaktig::core::State;
    use delaktig::store::Register;
    let mut reg = Register::open_in_memory().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let minutes = "Brukarrådet 4 februari 2026\n\n§ 3 Kvällsöppet\n\
                   RSMH föreslår att det ordnas ett anhörigkafé på kvällstid en gång i månaden.\n\n\
                   § 4 Busskort\n\
                   Attention föreslår gratis busskort för deltagare i daglig verksamhet.\n";
    let raised = reg
        .import_meeting(&restored_import(minutes).import, &staff(), today)
        .unwrap();
    assert_eq!(raised.created.len(), 2);
    // The follow-up, as scanned: one carried out, one refused with its reason, one left.
    let follow_up = "Uppfoljning av brukarradets forslag 2026\n\n\
                     Forslag 1: Ett anhorigkafe pa kvallstid en gang i manaden.\n\
                     Status: Genomfort. Kafeet startade i mars och har tolv besokare.\n\n\
                     Forslag 2: Gratis busskort for deltagare i daglig verksamhet.\n\
                     Status: Avslaget. Namnden avslog forslaget eftersom kostnaden inte ryms i budgeten.\n\n\
                     Forslag 3: Fler bankar vid Stortorget.\n\
                     Status: Ej paborjat.\n";
    let done = reg
        .import_meeting(&restored_import(follow_up).import, &staff(), today)
        .unwrap();
    // The two it names are the proposals raised before; the third is new.
    assert_eq!(done.discussed, raised.created);
    assert_eq!(done.created.len(), 1);
    let cafe = reg.proposal(raised.created[0]).unwrap();
    assert_eq!(cafe.state(), State::Implemented);
    let states: Vec<_> = cafe.events().iter().filter_map(|e| e.to_state()).collect();
    assert_eq!(
        states,
        [State::Received, State::Accepted, State::Implemented]
    );
    let bus = reg.proposal(raised.created[1]).unwrap();
    assert_eq!(bus.state(), State::Rejected);
    assert!(
        bus.current_text()
            .is_some_and(|t| t.contains("kostnaden inte ryms i budgeten")),
        "{:?}",
        bus.current_text()
    );
    assert_eq!(
        reg.proposal(done.created[0]).unwrap().state(),
        State::Received
    );
}

#[test]
fn a_meetings_own_business_is_no_decision_left_for_a_person() {
    // "fastställa röstlängden" decides on no proposal; a decision on a proposal of earlier
    // notes is handed back to be recorded by hand.
    let prepared = restored_import(
        "Årsmöte i Föreningen Ljuset 14 mars 2026\n\n§ 2 Röstlängd\n\
         Årsmötet beslutade att fastställa röstlängden till 21 medlemmar.\n\n§ 3 Busskort\n\
         Förslaget om busskort från förra årsmötet bifalls.\n",
    );
    let left: Vec<&str> = prepared
        .unlinked_decisions()
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(left, ["Förslaget om busskort från förra årsmötet bifalls."]);
}
