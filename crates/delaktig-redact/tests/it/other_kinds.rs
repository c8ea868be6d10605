//! Phones, e-mail, addresses and bank numbers through the public API,
//! including the near misses that must stay.

use delaktig_redact::{Certainty, Kind, Redactor};

use crate::util::findings;

fn kinds_of(text: &str) -> Vec<(String, Kind)> {
    findings(&Redactor::default(), text)
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect()
}

#[test]
fn every_phone_format() {
    for n in [
        "070-123 45 67",
        "070-1234567",
        "0701234567",
        "070 123 45 67",
        "070-12 34 567",
        "+46 70 123 45 67",
        "+46 (0)70-123 45 67",
        "+46701234567",
        "+46 8 123 456 78",
        "0046 70 123 45 67",
        "0046701234567",
        "042-10 50 00",
        "042-105000",
        "08-123 456 78",
        "08-12 34 56",
        "010-123 45 67",
        "0771-23 45 67",
        "(08) 123 456 78",
        "076 - 123 45 67",
        "070–123 45 67",
    ] {
        let text = format!("Tel: {n}. Ring gärna.");
        assert_eq!(kinds_of(&text), vec![(n.to_string(), Kind::Phone)], "{n}");
        assert_eq!(
            Redactor::default().redact_text(&text),
            "Tel: [telefon]. Ring gärna."
        );
    }
}

#[test]
fn phone_at_start_and_end_of_text() {
    assert_eq!(
        Redactor::default().redact_text("070-123 45 67"),
        "[telefon]"
    );
    assert_eq!(
        Redactor::default().redact_text("ring 0701234567"),
        "ring [telefon]"
    );
}

#[test]
fn foreign_numbers_are_probable() {
    let f = findings(&Redactor::default(), "Ring +45 12 34 56 78 i Köpenhamn.");
    assert_eq!(
        f,
        vec![(
            "+45 12 34 56 78".to_string(),
            Kind::Phone,
            Certainty::Probable
        )]
    );
}

#[test]
fn dates_times_years_amounts_are_not_phones() {
    for t in [
        "Mötet 2019-06-04 kl. 10:00-12:00.",
        "Mötet 04-06-2019 och 08-06-2019.",
        "Mötet 2019/06/04.",
        "Åren 2018, 2019 och 2020.",
        "Vi har 27 inkomna avvikelser och 0 stängda.",
        "Budget 1 500 000 kr, 0,5 procent.",
        "Klockan 08.00 till 09.30.",
        "Punkterna 01 02 03 04.",
        "Mellan 0 och 100 personer.",
    ] {
        assert!(kinds_of(t).is_empty(), "{t}: {:?}", kinds_of(t));
    }
}

#[test]
fn emails() {
    for e in [
        "david.bergstrom@helsingborg.se",
        "a@b.se",
        "förnamn.efternamn@malmö.se",
        "first+tag@sub.example.org",
        "x_y-z@exempel-kommun.se",
    ] {
        let text = format!("Mejla {e}.");
        assert_eq!(kinds_of(&text), vec![(e.to_string(), Kind::Email)], "{e}");
    }
    for t in ["5 @ 10 kr", "user@localhost", "@handle", "a@b.c1"] {
        assert!(kinds_of(t).is_empty(), "{t}");
    }
}

#[test]
fn addresses_with_house_numbers() {
    for a in [
        "Stora Södergatan 20",
        "Storgatan 5B",
        "Storgatan 5",
        "Västra Vallgatan 14 B, 211 22 Malmö",
        "Drottninggatan 12 lgh 1102",
        "Drottninggatan 12, lgh 1102",
        "Kungsvägen 3, 252 23 Helsingborg",
        "Ringvägen 14 25223 Helsingborg",
        "Björkgränd 2",
        "Stortorget 8",
        "Kyrkbacken 4",
        "Björkstigen 11",
        "Parkallén 9",
        "Tegnérsplan 2",
        "Österleden 8",
        "Skogsväg 3",
        "Ågata 1",
        "Olof Palmes gata 7",
        "Lilla Torg 3",
    ] {
        let text = format!("Hen bor på {a}. Mer text.");
        assert_eq!(kinds_of(&text), vec![(a.to_string(), Kind::Address)], "{a}");
    }
}

#[test]
fn an_address_ends_at_the_number_when_a_word_follows() {
    assert_eq!(
        kinds_of("Storgatan 5 Bor han där?"),
        vec![("Storgatan 5".to_string(), Kind::Address)]
    );
}

#[test]
fn streets_without_house_number_are_kept() {
    // A bare street or square names a public place, not a home.
    for t in [
        "Vi ses på Stora Södergatan.",
        "Missbrukare på Hamntorget och Sundstorget.",
        "Vi ses på Hamntorget 13 september.",
        "Handlingsplan 2 antogs.",
        "Storgatan 5,5 procent",
    ] {
        assert!(kinds_of(t).is_empty(), "{t}: {:?}", kinds_of(t));
    }
}

#[test]
fn bank_and_giro_numbers_with_labels() {
    for (text, number, kind) in [
        ("Bankgiro 5050-1055", "5050-1055", Kind::Bankgiro),
        ("BG: 5050-1055", "5050-1055", Kind::Bankgiro),
        ("bankgironr 991-2346", "991-2346", Kind::Bankgiro),
        ("Plusgiro 90 01 22-3", "90 01 22-3", Kind::Plusgiro),
        ("PG 900122-3", "900122-3", Kind::Plusgiro),
        (
            "Kontonummer: 8327-9, 123 456 789-0",
            "8327-9, 123 456 789-0",
            Kind::BankAccount,
        ),
        (
            "konto 6000-123 456 789",
            "6000-123 456 789",
            Kind::BankAccount,
        ),
        (
            "IBAN SE45 5000 0000 0583 9825 7466",
            "SE45 5000 0000 0583 9825 7466",
            Kind::BankAccount,
        ),
    ] {
        assert_eq!(kinds_of(text), vec![(number.to_string(), kind)], "{text}");
        assert!(
            Redactor::default().redact_text(text).ends_with("[konto]"),
            "{text}"
        );
    }
}

#[test]
fn labelled_giro_with_bad_check_digit_is_probable() {
    let f = findings(&Redactor::default(), "Bankgiro 5050-1056");
    assert_eq!(
        f,
        vec![("5050-1056".to_string(), Kind::Bankgiro, Certainty::Probable)]
    );
}

#[test]
fn unlabelled_ranges_are_not_accounts() {
    for t in ["1200-1300 deltagare", "perioden 2018-2019", "rum 123-4567"] {
        assert!(kinds_of(t).is_empty(), "{t}: {:?}", kinds_of(t));
    }
}

#[test]
fn overlapping_detectors_pick_the_strongest() {
    // Ten digits that are both a valid personnummer and phone-shaped.
    let f = findings(&Redactor::default(), "nr 0701234569");
    let expected_kind = if crate::util::check_digit(&[0, 7, 0, 1, 2, 3, 4, 5, 6]) == 9 {
        Kind::Personnummer
    } else {
        Kind::Phone
    };
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].1, expected_kind);
}
