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

#[test]
fn a_title_naming_only_the_kind_of_notes_takes_the_line_under_it() {
    let note = "MINNESANTECKNINGAR\nNätverksträff för kamratstödjare i västra Blekinge\n\n\
                Datum: torsdag den 16 april 2026\nTid: kl. 9.30–15.00\n\n\
                Närvarande\nEbba Lind, Hela Människan\nAli Hassan, RFHL\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(
        doc.title.as_deref(),
        Some("Minnesanteckningar – Nätverksträff för kamratstödjare i västra Blekinge")
    );
    let m = &doc.meetings[0];
    assert_eq!(
        m.group,
        "Nätverksträff för kamratstödjare i västra Blekinge"
    );
    assert_eq!(m.date, Some("2026-04-16".parse().unwrap()));
    // An addressee under the kind is no subject.
    let letter = parse(
        "PROTOKOLL\nTill socialnämnden\n\nÄrendet gäller öppettider.\n",
        &ParseOptions::new(),
    );
    assert_eq!(letter.title.as_deref(), Some("PROTOKOLL"));
}

#[test]
fn a_meetings_numbered_welcome_is_its_business_not_an_invitation() {
    let note = "Nätverksträff för kamratstödjare 16 april 2026\n\n\
                Närvarande\nEbba Lind, Hela Människan\nAli Hassan, RFHL\n\n\
                1. Välkomna och presentationsrunda\nEbba hälsade alla välkomna.\n\n\
                2. Uppföljning\nListan är utskickad.\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.meetings.len(), 1);
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    // Outside a meeting's notes a welcome heading is an invitation.
    let invitation = parse(
        "Välkomna till vårfesten!\n\nNär: lördag den 16 maj 2026 kl. 14.00–17.00\nVar: Folkets hus\n",
        &ParseOptions::new(),
    );
    assert_eq!(invitation.events.len(), 1);
}

#[test]
fn a_calendar_heading_whose_capital_a_scan_read_small_is_still_an_entry() {
    let note = "KURSPLAN\nVåren 2026\n\nAnmälan senast den 16 januari 2026.\n\nVeckoplan\n\n\
                Vecka 4 – välkommen och introduktion\n\nVi lär känna varandra.\n\n\
                Vecka 5 – Återhämtning\n\nVad är återhämtning?\n";
    let doc = parse(note, &ParseOptions::new());
    let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Välkommen och introduktion", "Återhämtning"]);
    assert_eq!(doc.events[0].date, Some("2026-01-19".parse().unwrap()));
    // Outside a calendar, a small letter after a date and a dash is a sentence's rest.
    let prose = "Anteckningar\n\nVi ses igen.\n\n12 mars – och sedan tar vi upp frågan igen.\n";
    assert!(parse(prose, &ParseOptions::new()).events.is_empty());
}

#[test]
fn an_official_paper_is_titled_by_its_matter_and_its_letterhead_dates_no_event() {
    let memo = "TJÄNSTESKRIVELSE\n\nTranås kommun\nSocialförvaltningen, avdelningen för vuxna\n\
                Handläggare: Märta Lövmark, utvecklingsledare\nDatum: 2025-09-18\n\
                Diarienummer: SN 2025/214\n\nTill socialnämnden\n\n\
                Riktlinje för brukarmedverkan 2026–2028\n\nFörslag till beslut\n\
                Socialnämnden föreslås anta riktlinjen.\n";
    let doc = parse(memo, &ParseOptions::new());
    assert_eq!(
        doc.title.as_deref(),
        Some("Tjänsteskrivelse – Riktlinje för brukarmedverkan 2026–2028")
    );
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    let answer = "REMISSVAR\n\nFrån: Brukarrådet, Hällefors kommun\n\
                  Till: Kommunstyrelsens förvaltning\nDatum: 2025-11-07\n\n\
                  Remiss: Handlingsplan för psykisk hälsa 2026–2029\n\n1. Inledning\n\
                  Brukarrådet tackar för möjligheten.\n";
    let doc = parse(answer, &ParseOptions::new());
    assert_eq!(
        doc.title.as_deref(),
        Some("Remissvar – Handlingsplan för psykisk hälsa 2026–2029")
    );
    assert!(doc.events.is_empty(), "{:?}", doc.events);
}

#[test]
fn notes_from_a_digital_meeting_belong_to_the_group_the_title_names() {
    let note = "Regionala nätverket för brukarinflytande i Västmanland\n\
                Anteckningar från digitalt möte\n\nDatum: tisdagen den 14 oktober 2025\n\
                Tid: kl. 13.00–15.30\n\nDeltagare\nBirgitta Öqvist, Region Västmanland\n\
                Lena Åhrén, Arboga kommun\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(
        doc.meetings[0].group,
        "Regionala nätverket för brukarinflytande i Västmanland"
    );
    assert_eq!(doc.meetings[0].date, Some("2025-10-14".parse().unwrap()));
}

#[test]
fn a_forms_blank_fields_make_no_event() {
    let guide = "Så lämnar du ett förslag\nEn guide för dig som får stöd\n\n\
                 Steg 3. Fyll i blanketten\nNamn: ______\nDatum: ______\n\n\
                 Steg 4. Vi tar emot ditt förslag\nInom en vecka får du en bekräftelse.\n";
    let doc = parse(guide, &ParseOptions::new());
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    // A filled-in date and time under a heading still date an event (a date alone in a
    // "Datum:" field dates the paper: `a_papers_own_date_field_makes_no_event`).
    let invitation = guide.replace("Datum: ______", "Datum: 4 juni 2026 kl. 18.00");
    assert!(!parse(&invitation, &ParseOptions::new()).events.is_empty());
}

#[test]
fn an_answer_grants_a_need_without_proposing_it_but_may_propose() {
    let letter = "Synpunkter på stödboendet\n\n1. Besöksregler\n\
                  Reglerna för besök är otydliga.\n\n\
                  Enhetens svar: Vi har sett att reglerna behöver bli tydligare och mer lika för alla.\n\n\
                  2. Kontakt med handläggaren\nDet tar lång tid att få svar.\n\n\
                  Enhetens svar: Vi föreslår att frågan tas upp i brukarrådet.\n";
    let doc = parse(letter, &ParseOptions::new());
    let texts: Vec<&str> = doc.proposals.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].ends_with("Vi föreslår att frågan tas upp i brukarrådet."),
        "{texts:?}"
    );
}

#[test]
fn a_title_keeps_its_own_line_whatever_specks_a_scan_left_around_it() {
    let title = |note: &str| parse(note, &ParseOptions::new()).title;
    // A full stop or comma a scan put after the short line under the title.
    assert_eq!(
        title(
            "ISBRYTAREN – Medlemstidning för Föreningen Isbrytaren\nNummer 1, 2026.\n\nText här.\n"
        )
        .as_deref(),
        Some("ISBRYTAREN – Medlemstidning för Föreningen Isbrytaren")
    );
    assert_eq!(
        title("ARBETSORDNING FÖR BRUKARRÅDET\nÅtvidabergs kommun,\n\nAntagen av nämnden.\n")
            .as_deref(),
        Some("ARBETSORDNING FÖR BRUKARRÅDET")
    );
    // Marks after the last word or an unclosed quote mark before the first.
    assert_eq!(
        title("Brukarföreningen Ådalsbron |\n\nText här.\n").as_deref(),
        Some("Brukarföreningen Ådalsbron")
    );
    assert_eq!(
        title("’Synpunkter och klagomål 2024 –\n\nText här.\n").as_deref(),
        Some("Synpunkter och klagomål 2024")
    );
    // A colon after a kind of press text in capitals.
    assert_eq!(
        title("PRESSMEDDELANDE:\n2026-03-02\n\nNytt team för unga med psykos\n\nText här.\n")
            .as_deref(),
        Some("Pressmeddelande – Nytt team för unga med psykos")
    );
    // A speck before an official paper's matter reads as a bullet.
    assert_eq!(
        title(
            "TJÄNSTESKRIVELSE\n\nTill socialnämnden\n- Riktlinje för brukarmedverkan\n\nText här.\n"
        )
        .as_deref(),
        Some("Tjänsteskrivelse – Riktlinje för brukarmedverkan")
    );
}

#[test]
fn a_place_ends_at_a_full_stop_and_loses_a_scans_mark_before_it() {
    let note = "Inbjudan till temadag\n\nNär: tisdagen den 4 juni 2024, klockan 10:00-12:00\n\
                Var: -Stadsbiblioteket, Stora Södergatan 20. ingången ligger mot parken\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(
        doc.events[0].place.as_deref(),
        Some("Stadsbiblioteket, Stora Södergatan 20")
    );
    // An abbreviation's stop stays inside the place.
    let note =
        "Inbjudan till temadag\n\nNär: tisdagen den 4 juni 2024\nVar: St. eriks gård, Lund\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.events[0].place.as_deref(), Some("St. eriks gård, Lund"));
}

#[test]
fn a_place_closed_by_its_bracket_takes_no_sentence_from_the_line_below() {
    let note = "KALLELSE OCH DAGORDNING\nStyrelsemöte torsdagen den 12 februari 2026, kl. 18.00–20.30\n\
                Plats: Föreningslokalen, Sågverksgatan 14, 671 31 Arvika (ingång från gården)\n\
                Det går också att delta via länk. Meddela sekreteraren om du behöver länken.\n";
    let doc = parse(note, &ParseOptions::new());
    // (A call to a board meeting is a meeting's paper.)
    assert_eq!(
        doc.meetings[0].place.as_deref(),
        Some("Föreningslokalen, Sågverksgatan 14, 671 31 Arvika (ingång från gården)")
    );
    // A value the page wrapped inside its bracket goes on.
    let note = "Inbjudan till temadag\n\nNär: tisdagen den 4 juni 2024\n\
                Var: Stadsbiblioteket, Stora Södergatan 20 (ingången mot parken, andra\n\
                våningen)\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(
        doc.events[0].place.as_deref(),
        Some("Stadsbiblioteket, Stora Södergatan 20 (ingången mot parken, andra våningen)")
    );
}

#[test]
fn the_next_meetings_theme_is_the_first_sentence_after_its_label() {
    let note = "Styrgruppen för återhämtningsskolan 9 oktober 2025\n\n\
                Nästa möte: 13 november 2025, Tema: Vårens kurskatalog och studenternas inflytande. \
                Kl. 13.00–15.30 i Medborgarhuset, Anderstorp.\n";
    let doc = parse(note, &ParseOptions::new());
    let next = doc.meetings[0].next_meeting.as_ref().unwrap();
    assert_eq!(
        next.theme.as_deref(),
        Some("Vårens kurskatalog och studenternas inflytande")
    );
    let note =
        "Gemensam utvecklingsgrupp 19 september 2019\n\nNästa möte: 7 oktober 2019, Tema: Boende\n";
    let doc = parse(note, &ParseOptions::new());
    let next = doc.meetings[0].next_meeting.as_ref().unwrap();
    assert_eq!(next.theme.as_deref(), Some("Boende"));
}

#[test]
fn a_year_no_note_writes_is_resolved_as_an_unwritten_one() {
    // A scan's "3924" for 2024: the day and month stand, the year comes from the note, and no
    // other date takes its year from the misread one.
    let note = "Lägesrapport\n\nRapportdatum: 2024-07-05\n\n\
                Rutinen infördes 3924-08-03. Nästa avstämning den 12 september.\n";
    let doc = parse(note, &ParseOptions::new());
    let dates: Vec<(String, Option<String>, bool)> = doc
        .dates
        .iter()
        .map(|d| {
            (
                d.text.clone(),
                d.date.map(|x| x.to_string()),
                d.inferred_year,
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            ("2024-07-05".into(), Some("2024-07-05".into()), false),
            ("3924-08-03".into(), Some("2024-08-03".into()), true),
            ("den 12 september".into(), Some("2024-09-12".into()), true),
        ]
    );
}

#[test]
fn a_meeting_line_under_a_heading_naming_the_paper_dates_the_meeting() {
    // The heading names only the kind of paper; the line under it names the meeting and when
    // it is, and the note's title names the group.
    let note = "BRUKARFÖRENINGEN LJUSPUNKTEN\n\nKALLELSE OCH DAGORDNING\n\
                Medlemsmöte tisdagen den 3 mars 2026, kl. 17.00–19.00\n\
                Plats: Föreningens lokal, Storgatan 5\n\n\
                1. Mötets öppnande\n2. Val av sekreterare\n";
    let doc = parse(note, &ParseOptions::new());
    let m = &doc.meetings[0];
    assert_eq!(m.group, "BRUKARFÖRENINGEN LJUSPUNKTEN");
    assert_eq!(m.date, Some("2026-03-03".parse().unwrap()));
    assert_eq!(
        (m.start.map(|t| t.to_string()), m.end.map(|t| t.to_string())),
        (Some("17:00".into()), Some("19:00".into()))
    );
    // A line under the heading that names no meeting lends it no date.
    let note = note.replace("Medlemsmöte tisdagen", "Utskick tisdagen");
    let doc = parse(&note, &ParseOptions::new());
    assert!(
        doc.meetings.iter().all(|m| m.date.is_none()),
        "{:?}",
        doc.meetings
    );
}

#[test]
fn a_line_opening_with_the_date_under_a_meetings_title_dates_it() {
    // An office's line between the title and the date line changes nothing.
    let note = "Anteckningar från fokusgruppen om hemtjänst\n\n\
                Ystads kommun, äldreomsorgen\n\
                Onsdag 11 mars 2026, kl. 13.00–15.00\n\
                Plats: Rådhuset, sal 2\n\n\
                Deltagarna berättade om sina erfarenheter.\n";
    let doc = parse(note, &ParseOptions::new());
    let m = &doc.meetings[0];
    assert_eq!(m.date, Some("2026-03-11".parse().unwrap()));
    assert_eq!(m.start.map(|t| t.to_string()).as_deref(), Some("13:00"));
    // A date inside a sentence under the title is no meeting's date.
    let note = note.replace(
        "Onsdag 11 mars 2026, kl. 13.00–15.00",
        "Beslutet togs den 11 mars 2026.",
    );
    let doc = parse(&note, &ParseOptions::new());
    assert_eq!(doc.meetings[0].date, None);
}

#[test]
fn a_papers_own_date_field_makes_no_event() {
    // A report's office line over "Datum:" dates the paper; a heading over a date and a place
    // (or a time) is still a happening.
    let note = "Lägesrapport om väntetider\n\nStatusrapport nr 3\n\
                Ystads kommun, Enheten för vuxna\nDatum: 2025-05-12\n\
                Projektledare: Eva Lind, enhetschef\n\nBakgrund\n\
                Väntetiden har minskat sedan i våras.\n";
    let doc = parse(note, &ParseOptions::new());
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    let note = "Föreningens nyheter\n\nSommarfest\nDatum: 2025-06-14\nPlats: Folkets park\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
    assert_eq!(doc.events[0].date, Some("2025-06-14".parse().unwrap()));
    let note = "Föreningens nyheter\n\nSommarfest\nDatum: 2025-06-14 kl. 15.00\n";
    let doc = parse(note, &ParseOptions::new());
    assert_eq!(doc.events.len(), 1, "{:?}", doc.events);
}

#[test]
fn papers_listed_under_bilagor_are_no_posts() {
    // A scan's blank lines between the attachments of an application make each look like a
    // heading; the minutes of an annual meeting attached are no meeting of this note.
    let note = "Ansökan om bidrag 2027\n\nFöreningen söker 40 000 kronor.\n\nBilagor\n\n\
                Stadgar\n\nProtokoll från årsmötet den 21 mars 2026\n\nOffert på ny entré\n";
    let doc = parse(note, &ParseOptions::new());
    assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
    assert!(doc.events.is_empty(), "{:?}", doc.events);
    // Without the heading the same line is a meeting's.
    let doc = parse(&note.replace("Bilagor\n\n", ""), &ParseOptions::new());
    assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
}

#[test]
fn a_written_weekday_picks_the_year_next_to_the_inferred_one() {
    // Notes of December 2025: "torsdag 8 januari" is a Thursday in 2026, not in 2025; a
    // weekday that fits neither year next to it leaves the year as inferred.
    let note = "Anteckningar från brukarrådet 3 december 2025\n\nVi gick igenom året.\n\n\
                Nästa möte: torsdag 8 januari kl. 14.00. Sedan tisdag 3/2 och lördag 9 januari.\n";
    let doc = parse(note, &ParseOptions::new());
    let dates: Vec<(String, Option<String>)> = doc
        .dates
        .iter()
        .map(|d| (d.text.clone(), d.date.map(|x| x.to_string())))
        .collect();
    assert_eq!(
        dates,
        [
            ("3 december 2025".into(), Some("2025-12-03".into())),
            ("torsdag 8 januari".into(), Some("2026-01-08".into())),
            ("3/2".into(), Some("2026-02-03".into())),
            // (9 January is a Thursday in 2025, a Friday in 2026 and a Tuesday in 2024.)
            ("lördag 9 januari".into(), Some("2025-01-09".into())),
        ]
    );
    let next = doc.meetings[0]
        .next_meeting
        .as_ref()
        .expect("a next meeting");
    assert_eq!(next.date, Some("2026-01-08".parse().unwrap()));
}

#[test]
fn attendees_with_a_tab_before_their_organisation_are_read() {
    // A list copied from a table: a tab between name and organisation makes no table row of
    // a list of names.
    let note = "Brukarrådet 14 april 2026\n\nNärvarande:\nAnna Svensson\tRSMH Kastanjen\n\
                Bo Ek\tSocialförvaltningen\nMärta Öberg\t\tFöreningen Vägen\n\n\
                Vi pratade om förslagen.\n";
    let doc = parse(note, &ParseOptions::new());
    let got: Vec<(&str, Option<&str>)> = doc.meetings[0]
        .attendees
        .iter()
        .map(|a| (a.name.as_str(), a.organisation.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Anna Svensson", Some("RSMH Kastanjen")),
            ("Bo Ek", Some("Socialförvaltningen")),
            ("Märta Öberg", Some("Föreningen Vägen")),
        ]
    );
}
