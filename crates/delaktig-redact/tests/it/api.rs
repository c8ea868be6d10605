//! The public API: thread safety, serde shape, options, errors.

use delaktig_redact::{
    Certainty, Kind, Kinds, RedactError, RedactOptions, Redacted, Redactor, public_names_from_list,
};

#[test]
fn redactor_and_results_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Redactor>();
    assert_send_sync::<Redacted>();
    assert_send_sync::<RedactError>();
}

#[test]
fn one_redactor_serves_many_threads() {
    let r = std::sync::Arc::new(Redactor::default());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let r = r.clone();
            std::thread::spawn(move || r.redact_text(&format!("Ring 070-123 45 6{i}.")))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().expect("thread finished"), "Ring [telefon].");
    }
}

#[test]
fn json_shape_is_snake_case_with_byte_spans() {
    let r = Redactor::default();
    let out = r.redact("Pnr 811278-9873, mejl a@b.se, handläggaren Anna Svensson.");
    let json = serde_json::to_value(&out).expect("serialisable");
    let reds = json["redactions"].as_array().expect("array");
    assert_eq!(reds.len(), 3);
    assert_eq!(reds[0]["kind"], "samordningsnummer");
    assert_eq!(reds[0]["certainty"], "certain");
    assert_eq!(reds[0]["span"]["start"], 4);
    assert_eq!(reds[0]["span"]["end"], 15);
    assert_eq!(reds[0]["placeholder"], "[personnummer]");
    assert_eq!(reds[1]["kind"], "email");
    assert_eq!(reds[2]["kind"], "name");
    assert_eq!(reds[2]["placeholder"], "[namn 1]");
    let back: Redacted = serde_json::from_value(json).expect("round trip");
    assert_eq!(back, out);
    for k in Kind::ALL {
        assert_eq!(serde_json::to_value(k).expect("kind"), k.as_str());
    }
    assert_eq!(
        serde_json::to_value(Kind::BankAccount).expect("kind"),
        "bank_account"
    );
    assert_eq!(
        serde_json::to_value(Certainty::Probable).expect("c"),
        "probable"
    );
}

#[test]
fn redact_text_is_the_text_of_redact() {
    let r = Redactor::default();
    let t = "Bor på Storgatan 5B, tel 08-123 456 78.";
    assert_eq!(r.redact_text(t), r.redact(t).text);
    assert_eq!(r.redact_text(t), "Bor på [adress], tel [telefon].");
}

#[test]
fn find_reports_the_spans_redact_replaces() {
    let r = Redactor::default();
    let t = "Anna Svensson (brukare), 811218-9876, anna@example.se";
    let found = r.find(t);
    let red = r.redact(t).redactions;
    assert_eq!(found.len(), red.len());
    for (f, r) in found.iter().zip(&red) {
        assert_eq!(
            (f.span.clone(), f.kind, f.certainty),
            (r.span.clone(), r.kind, r.certainty)
        );
    }
}

#[test]
fn kinds_select_detectors() {
    let only_phone = Redactor::new(RedactOptions {
        kinds: Kinds::only(&[Kind::Phone]),
        ..RedactOptions::default()
    })
    .expect("valid");
    assert_eq!(
        only_phone.redact_text("Anna Svensson (brukare) 070-123 45 67, 811218-9876"),
        "Anna Svensson (brukare) [telefon], 811218-9876"
    );
    let no_names = Redactor::new(RedactOptions {
        kinds: Kinds::all().without(Kind::Name),
        ..RedactOptions::default()
    })
    .expect("valid");
    assert!(!no_names.kinds().contains(Kind::Name));
    assert_eq!(
        no_names.redact_text("handläggaren Anna Svensson, 811218-9876"),
        "handläggaren Anna Svensson, [personnummer]"
    );
    assert!(Kinds::none().is_empty());
    assert_eq!(
        Redactor::new(RedactOptions {
            kinds: Kinds::none(),
            ..RedactOptions::default()
        })
        .expect("valid")
        .redact_text("811218-9876"),
        "811218-9876"
    );
}

#[test]
fn a_public_name_without_letters_is_rejected_with_its_position() {
    let err = Redactor::new(RedactOptions {
        public_names: vec!["Leif Redestig".into(), " 12 ".into()],
        ..RedactOptions::default()
    })
    .expect_err("no letters");
    assert_eq!(
        err,
        RedactError::InvalidPublicName {
            index: 1,
            name: " 12 ".into()
        }
    );
    let msg = err.to_string();
    assert!(msg.contains("#1") && msg.contains("no letter"), "{msg}");
}

#[test]
fn public_name_list_skips_comments_and_blanks() {
    let list = "# staff\nLeif Redestig\n\n  David Bergström  \n";
    assert_eq!(
        public_names_from_list(list),
        vec!["Leif Redestig", "David Bergström"]
    );
    let r = Redactor::new(RedactOptions {
        public_names: public_names_from_list(list),
        ..RedactOptions::default()
    })
    .expect("valid");
    assert_eq!(r.public_name_count(), 2);
}

#[test]
fn empty_and_plain_texts_are_unchanged() {
    let r = Redactor::default();
    for t in ["", " ", "\n\n", "Inget känsligt här.", "ÅÄÖ åäö 😀"] {
        let out = r.redact(t);
        assert_eq!(out.text, t);
        assert!(out.redactions.is_empty() && out.flags.is_empty());
    }
}

#[test]
fn redact_cow_borrows_clean_text() {
    let r = Redactor::default();
    assert!(matches!(
        r.redact_cow("Inget här."),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(r.redact_cow("Ring 070-123 45 67"), "Ring [telefon]");
}

#[test]
fn numbers_flagged_for_review_are_redacted_for_publication() {
    let r = Redactor::default();
    // Shaped and dated like a personnummer, but its check digit is wrong (a typing error or
    // a digit a scan misread): flagged for a reviewer, and left in the text by `redact`.
    let text = "Kontakt för 19800101-1234 ordnas. Ärende 2025-1234 och tel 070-123 45 67.";
    let reviewed = r.redact(text);
    assert_eq!(reviewed.flags.len(), 1, "{reviewed:?}");
    assert!(reviewed.text.contains("19800101-1234"));
    // An output nobody reviews leaves it out too, and nothing else changes.
    let public = r.redact_for_publication(text);
    assert!(public.flags.is_empty());
    assert_eq!(
        public.text,
        "Kontakt för [personnummer] ordnas. Ärende 2025-1234 och tel [telefon]."
    );
    assert_eq!(public.redactions.len(), 2);
    assert!(
        public
            .redactions
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start)
    );
    assert!(matches!(
        r.redact_for_publication_cow("Inget här."),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn redact_all_numbers_persons_across_texts() {
    let r = Redactor::default();
    let texts = [
        "Handläggaren Anna Svensson tog emot förslaget.",
        "Inget känsligt.",
        "Zoran Jovic (brukare) håller med. Svensson återkommer, tel 070-123 45 67.",
    ];
    let out = r.redact_all(&texts);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0].text, "Handläggaren [namn 1] tog emot förslaget.");
    assert_eq!(out[1].text, "Inget känsligt.");
    assert!(out[1].redactions.is_empty());
    assert_eq!(
        out[2].text,
        "[namn 2] (brukare) håller med. [namn 1] återkommer, tel [telefon]."
    );
    // Spans are relative to each text.
    let phone = out[2].redactions.last().expect("phone");
    assert_eq!(&texts[2][phone.span.clone()], "070-123 45 67");
    // Alone, the third text cannot know who "Svensson" is.
    assert!(r.redact_text(texts[2]).contains("Svensson"));
    assert!(r.redact_all::<&str>(&[]).is_empty());
}

#[test]
fn kinds_by_name() {
    for k in Kind::ALL {
        assert_eq!(Kind::from_name(k.as_str()), Some(k));
    }
    assert_eq!(Kind::from_name("telefon"), None);
    let set = Kinds::only(&[Kind::Email, Kind::Phone]);
    assert_eq!(set.iter().collect::<Vec<_>>(), [Kind::Phone, Kind::Email]);
    assert_eq!(Kinds::all().iter().count(), Kind::ALL.len());
}

#[test]
fn a_first_name_joined_by_och_to_a_name_is_a_name() {
    let r = Redactor::default();
    // "träffade" marks Ahmed, "kommer" marks Pernilla; the name beside each by "och" has
    // no such word of its own.
    assert_eq!(
        r.redact("Vi träffade Ahmed och Sarah i går. Håkan och Pernilla kommer.")
            .text,
        "Vi träffade [namn 1] och [namn 2] i går. [namn 3] och [namn 4] kommer."
    );
    // Not a word that is also a name at a sentence start, and not an organisation.
    assert_eq!(
        r.redact("Vi träffade Ahmed och Ria i går.").text,
        "Vi träffade [namn 1] och Ria i går."
    );
}
