//! Names of people: attendee lists, roles, verbs, titles, first names,
//! public persons, placeholder numbering, and organisations that must stay.

use delaktig_redact::{Certainty, FlagReason, Kind, Redactor};

use crate::util::{findings, with_public};

fn names(r: &Redactor, text: &str) -> Vec<String> {
    findings(r, text)
        .into_iter()
        .filter(|f| f.1 == Kind::Name)
        .map(|f| f.0)
        .collect()
}

#[test]
fn attendee_list_lines() {
    let text = "Närvarande\n\nPer Norbeck, Bryggan\n\nMerja Kaupila, Ria\nHerbert Tinz (RSMH)\n\nSkåneveckan för psykisk hälsa\n";
    assert_eq!(
        names(&Redactor::default(), text),
        ["Per Norbeck", "Merja Kaupila", "Herbert Tinz"]
    );
}

#[test]
fn attendee_list_inline_and_other_headings() {
    let r = Redactor::default();
    assert_eq!(
        names(
            &r,
            "Närvarande: Herbert Tinz, Bryggan, Kalle Anka och Zoran Jovic (Ria)\nText."
        ),
        ["Herbert Tinz", "Kalle Anka", "Zoran Jovic"]
    );
    assert_eq!(
        names(
            &r,
            "Deltagare:\n- Zoran Jovic, Ria\n- Ylva Ek\n- Bo Berggren\n\nÖvriga Frågor\nInga."
        ),
        ["Zoran Jovic", "Ylva Ek", "Bo Berggren"]
    );
    // OCR drops the ring and dots: "Narvarande" still opens the list.
    assert_eq!(
        names(&r, "Narvarande\nHerbert Tinz, Bryggan\n"),
        ["Herbert Tinz"]
    );
}

#[test]
fn attendee_names_are_certain() {
    let f = findings(&Redactor::default(), "Närvarande:\nHerbert Tinz, Bryggan\n");
    assert_eq!(
        f,
        vec![("Herbert Tinz".to_string(), Kind::Name, Certainty::Certain)]
    );
}

#[test]
fn roles_before_and_after() {
    let r = Redactor::default();
    for (text, name) in [
        (
            "Vi pratade med handläggaren Zoran Jovic i går.",
            "Zoran Jovic",
        ),
        ("Hon träffade socialsekreteraren Ylva Ek.", "Ylva Ek"),
        ("Zoran Jovic (brukare) berättade.", "Zoran Jovic"),
        ("Zoran Jovic, enhetschef, svarade.", "Zoran Jovic"),
        ("Kontaktperson: Zoran Jovic", "Zoran Jovic"),
        ("Kontaktperson: Jovic", "Jovic"),
        ("Enligt Zoran Jovic är det klart.", "Zoran Jovic"),
        ("Vi ska fråga Zoran Jovic om lokalen.", "Zoran Jovic"),
        ("Sedan berättar Zoran Jovic om läget.", "Zoran Jovic"),
        (
            "Mötet leddes av arbetsmarknadsdirektör Zoran Jovic.",
            "Zoran Jovic",
        ),
    ] {
        assert_eq!(names(&r, text), [name], "{text}");
    }
}

#[test]
fn verbs_after_names() {
    let r = Redactor::default();
    assert_eq!(
        names(&r, "Sedan: Zoran Jovic berättar om läget."),
        ["Zoran Jovic"]
    );
    assert_eq!(names(&r, "I går. Anna ska ringa."), ["Anna"]);
    // A capitalised noun before a verb is not a person.
    assert!(
        names(
            &r,
            "Organisationerna ska fundera. Socialförvaltningen måste förstå."
        )
        .is_empty()
    );
}

#[test]
fn kinship_words_and_single_first_names_recur() {
    assert_eq!(
        Redactor::default().redact_text(
            "Hans dotter Maja ringde. Lisa var där. Tel 070-123 45 67 (Lisa), Maja igen."
        ),
        "Hans dotter [namn 1] ringde. [namn 2] var där. Tel [telefon] ([namn 2]), [namn 1] igen."
    );
}

#[test]
fn surname_particles() {
    let r = Redactor::default();
    assert_eq!(
        r.redact_text("Brukaren Carl von Linné och Anna af Klint kom. Linné gick."),
        "Brukaren [namn 1] och [namn 2] kom. [namn 1] gick."
    );
    // Prepositions around names are not particles.
    assert_eq!(
        r.redact_text("Inbjudan av Anna Svensson (brukare) och en bok av Astrid Lindgren."),
        "Inbjudan av [namn 1] (brukare) och en bok av [namn 2]."
    );
}

#[test]
fn known_first_name_and_surname() {
    let f = findings(
        &Redactor::default(),
        "I projektet deltog Åsa Öberg och Örjan Ståhl.",
    );
    assert_eq!(
        f,
        vec![
            ("Åsa Öberg".to_string(), Kind::Name, Certainty::Probable),
            ("Örjan Ståhl".to_string(), Kind::Name, Certainty::Probable),
        ]
    );
}

#[test]
fn public_persons_are_kept_with_their_partial_mentions() {
    let r = with_public(&["Leif Redestig", "Per Skålén"]);
    let text = "Leif Redestig berättar om professor Per Skålén. Skålén kommer i februari. \
                Leif tar emot anmälningar. Handläggaren Anna Svensson deltar.";
    assert_eq!(
        r.redact_text(text),
        "Leif Redestig berättar om professor Per Skålén. Skålén kommer i februari. \
         Leif tar emot anmälningar. Handläggaren [namn 1] deltar."
    );
    // Without the public list every one of them is redacted.
    let out = Redactor::default().redact_text(text);
    assert!(
        !out.contains("Redestig") && !out.contains("Skålén") && !out.contains("Leif"),
        "{out}"
    );
}

#[test]
fn public_names_may_be_written_surname_first() {
    let r = with_public(&["Bergström, David"]);
    assert_eq!(
        r.redact_text("Närvarande:\nDavid Bergström, socialförvaltningen\nHerbert Tinz, Bryggan"),
        "Närvarande:\nDavid Bergström, socialförvaltningen\n[namn 1], Bryggan"
    );
}

#[test]
fn public_names_match_ocr_without_diacritics() {
    let r = with_public(&["David Bergström", "Per Skålén"]);
    let text = "Närvarande\nDavid Bergstrom, socialforvaltningen\nHerbert Tinz, Bryggan\nPer Skalén föreläser.";
    assert_eq!(
        r.redact_text(text),
        "Närvarande\nDavid Bergstrom, socialforvaltningen\n[namn 1], Bryggan\nPer Skalén föreläser."
    );
}

#[test]
fn one_person_one_placeholder() {
    let text = "Handläggaren Anna Svensson ringde Zoran Jovic (brukare). \
                Svensson lovade svar. Sedan berättar Anna Svensson mer, och Jovic undrar. \
                Zorans fråga kvarstår.";
    assert_eq!(
        Redactor::default().redact_text(text),
        "Handläggaren [namn 1] ringde [namn 2] (brukare). \
         [namn 1] lovade svar. Sedan berättar [namn 1] mer, och [namn 2] undrar. \
         [namn 2] fråga kvarstår."
    );
}

#[test]
fn shared_first_names_go_to_the_latest_full_mention() {
    // Two Annas: a lone "Anna" is redacted all the same, attributed to the
    // Anna mentioned most recently before it.
    let text = "Handläggaren Anna Svensson (brukare) kom. Sedan kom Anna Berg (brukare). \
                Anna gick hem. Handläggaren Anna Svensson stannade, Anna också.";
    let out = Redactor::default().redact(text);
    assert_eq!(
        out.text,
        "Handläggaren [namn 1] (brukare) kom. Sedan kom [namn 2] (brukare). \
         [namn 2] gick hem. Handläggaren [namn 1] stannade, [namn 1] också."
    );
}

#[test]
fn a_private_person_sharing_a_public_surname_is_still_redacted() {
    let r = with_public(&["Leif Redestig"]);
    let text = "Brukaren Anna Redestig (brukare) kom. Redestig ville ha svar.";
    assert_eq!(
        r.redact_text(text),
        "Brukaren [namn 1] (brukare) kom. [namn 1] ville ha svar."
    );
}

#[test]
fn ocr_first_names_without_diacritics() {
    let f = findings(
        &Redactor::default(),
        "Vi träffade Goran Ekstrand och Asa Nyqvist.",
    );
    let names: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(names, ["Goran Ekstrand", "Asa Nyqvist"]);
}

#[test]
fn organisations_places_and_sentence_openers_stay() {
    let r = Redactor::default();
    for t in [
        "Socialförvaltningen beställer kaffe via Dunkers.",
        "Stadsbiblioteket i Malmö har öppet.",
        "Vi planerade vår medverkan.",
        "Gemensam utvecklingsgrupp möts på Bryggan.",
        "Ria – Hela människan hade en lokal vid The Tivoli.",
        "Centrum för tjänsteforskning vid Karlstads universitet.",
        "Forskare vid Campus Helsingborg.",
        "Per person blir det 150 kr.",
        "Bo kvar i lägenheten, sa de.",
        "Vi möts på Olof Palmes plats.",
        "Konsert i Maria Magdalena kyrka.",
        "Samordnad individuell plan (SIP) gäller.",
        "Hos Andersson? Nej, hos soc.",
        "Se dokumentärserien Djävulsdansen på SVT.",
        "attitydambassadör Hjärnkoll",
    ] {
        assert!(names(&r, t).is_empty(), "{t}: {:?}", names(&r, t));
    }
}

/// Every person named in the workspace's corpus notes, as written there.
const CORPUS_PERSONS: &[&str] = &[
    "Per Skålén",
    "Leif Redestig",
    "David Bergström",
    "Helena Horvath",
    "Jennie Malmgren",
    "Per Norbeck",
    "Johnny Nyander",
    "Bo Pettersson",
    "Merja Kaupila",
    "Herbert Tinz",
    "Dinah Åbinger",
    "Eva Åström",
    "Malin Jensen",
    "Tomas Berggren",
    "Jesper Theander",
];

#[test]
fn no_person_of_the_corpus_survives_without_a_public_list() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus/clean");
    let r = Redactor::default();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus present") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
        let out = r.redact_text(&text);
        let words: Vec<&str> = out
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .collect();
        for person in CORPUS_PERSONS {
            for part in person.split(' ') {
                // "Per" and "Bo" are also ordinary words; their surnames carry the test.
                if ["Per", "Bo"].contains(&part) {
                    continue;
                }
                assert!(
                    !words.contains(&part),
                    "{part} of {person} survives in:\n{out}"
                );
            }
        }
        seen += 1;
    }
    assert_eq!(seen, 3);
}

#[test]
fn no_person_of_the_ocr_corpus_survives_without_a_public_list() {
    // OCR drops diacritics ("Skalén", "Bergstrom"): compare folded words.
    fn fold(s: &str) -> String {
        s.to_lowercase()
            .chars()
            .map(|c| match c {
                'å' | 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                c => c,
            })
            .collect()
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/corpus/ocr");
    let r = Redactor::default();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("corpus present") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
        let out = r.redact_text(&text);
        let words: Vec<String> = out
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(fold)
            .collect();
        for person in CORPUS_PERSONS {
            for part in person.split(' ').filter(|p| !["Per", "Bo"].contains(p)) {
                assert!(
                    !words.contains(&fold(part)),
                    "{part} of {person} survives in:\n{out}"
                );
            }
        }
        seen += 1;
    }
    assert_eq!(seen, 6);
}

#[test]
fn a_lone_first_name_is_flagged_for_review_and_redacted_for_publication() {
    let r = Redactor::default();
    for text in [
        "Ring Kalle om lokalen.",
        "Hälsningar Lena",
        "Kalle ringer i morgon.",
    ] {
        let reviewed = r.redact(text);
        assert!(reviewed.redactions.is_empty(), "{text}: {reviewed:?}");
        assert_eq!(reviewed.flags.len(), 1, "{text}");
        assert_eq!(reviewed.flags[0].reason, FlagReason::LoneFirstName);
        assert_eq!(reviewed.flags[0].kind, Kind::Name);
        let published = r.redact_for_publication(text);
        assert!(
            published.text.contains("[namn]"),
            "{text}: {}",
            published.text
        );
        assert!(published.flags.is_empty());
    }
    // A first name that is a common word alone may be the word ("Hans förslag", "Dag för
    // dag"), and one after a law's or a room's word names that ("lex Sarah", "sal Gustav").
    for text in [
        "Hans förslag var bra.",
        "Dag för dag blir det bättre.",
        "Klara det själv.",
        "Avvikelsen anmäldes enligt lex Sarah.",
        "Mötet hålls i sal Gustav.",
    ] {
        let published = r.redact_for_publication(text);
        assert_eq!(published.text, text, "{published:?}");
    }
    // A name known as a person's elsewhere in the text is that person, not a flag.
    let out = r.redact("Vi träffade Lena Ek. Lena berättade om boendet.");
    assert!(out.flags.is_empty(), "{out:?}");
    assert_eq!(out.redactions.len(), 2);
}

#[test]
fn a_lone_surname_is_a_person_before_a_verb_and_flagged_otherwise() {
    let r = Redactor::default();
    // A verb after it: a person.
    for text in [
        "Bergström tar emot anmälningar.",
        "Vi bestämde att Lindqvist ska kontakta boendet.",
    ] {
        let out = r.redact(text);
        assert!(out.text.contains("[namn 1]"), "{text}: {out:?}");
        assert!(out.flags.is_empty(), "{text}: {out:?}");
    }
    // Nothing that says a person: flagged, redacted for publication (known surnames and
    // names shaped like Swedish ones, also in the genitive).
    for (text, name) in [
        ("Kontakta Nyström på förvaltningen.", "Nyström"),
        ("Frågor till Åberg.", "Åberg"),
        ("Enligt Hedlunds förslag blir det så.", "Hedlunds"),
        (
            "Mötet leddes av ordföranden. Hos Andersson fanns kaffe.",
            "Andersson",
        ),
    ] {
        let reviewed = r.redact(text);
        assert!(reviewed.redactions.is_empty(), "{text}: {reviewed:?}");
        assert_eq!(reviewed.flags.len(), 1, "{text}: {reviewed:?}");
        assert_eq!(reviewed.flags[0].reason, FlagReason::LoneSurname);
        assert_eq!(&text[reviewed.flags[0].span.clone()], name);
        let published = r.redact_for_publication(text);
        assert!(!published.text.contains(name), "{}", published.text);
    }
    // An unknown first name before a known surname: both are the name.
    let out = r.redact("Rapporten skrevs av Påvel Åberg.");
    assert!(out.text.ends_with("av [namn 1]."), "{out:?}");
    // Words that look like surnames but are ordinary words, places and named things are
    // neither flagged nor redacted.
    for text in [
        "Berg och dal är ett uttryck.",
        "Björk växer vid sjön.",
        "Mötet hölls vid Lindbergs gata.",
        "Olofström är en kommun i Blekinge.",
        "Vi åkte till Malm6 i höstas.",
        "Avvikelsen anmäldes enligt lex Sarah.",
    ] {
        let published = r.redact_for_publication(text);
        assert_eq!(published.text, text, "{published:?}");
    }
    // A surname of a person named in full elsewhere is that person, not a flag.
    let out = r.redact("Vi träffade Karin Nyström. Nyström berättade om boendet.");
    assert!(out.flags.is_empty(), "{out:?}");
    assert_eq!(out.redactions.len(), 2);
}
