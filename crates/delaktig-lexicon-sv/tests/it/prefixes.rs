//! Prefix walks for compound splitting.

use delaktig_lexicon_sv::Lexicon;

#[test]
fn prefixes_come_shortest_first_with_frequencies() {
    let lex = Lexicon::from_entries(
        [
            ("soc", 1),
            ("social", 10),
            ("socialför", 2),
            ("socialförvaltningen", 7),
            ("förvaltning", 5),
        ],
        [],
    );
    let got: Vec<(usize, u32)> = lex.word_prefixes("socialförvaltningen").collect();
    assert_eq!(
        got,
        vec![
            (3, 1),
            (6, 10),
            ("socialför".len(), 2),
            ("socialförvaltningen".len(), 7)
        ]
    );
    // Unknown continuations stop the walk; no prefix is reported twice.
    let got: Vec<(usize, u32)> = lex.word_prefixes("socialxyz").collect();
    assert_eq!(got, vec![(3, 1), (6, 10)]);
    assert_eq!(lex.word_prefixes("").count(), 0);
    assert_eq!(lex.word_prefixes("xyz").count(), 0);
}

#[test]
fn prefixes_agree_with_probing_every_char_boundary() {
    let lex = Lexicon::embedded();
    for word in [
        "socialförvaltningen",
        "arbetsmarknadsförvaltningen",
        "brukarorganisationerna",
        "förändringsförslagen",
        "överenskommelsen",
        "åtgärdsplan",
        "x",
    ] {
        let walked: Vec<(usize, u32)> = lex.word_prefixes(word).collect();
        let probed: Vec<(usize, u32)> = word
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter_map(|end| lex.frequency(&word[..end]).map(|f| (end, f)))
            .collect();
        assert_eq!(walked, probed, "{word}");
    }
    let lengths: Vec<usize> = lex
        .word_prefixes("arbetsmarknadsförvaltningen")
        .map(|(l, _)| l)
        .collect();
    assert!(lengths.contains(&"arbet".len()) || lengths.contains(&"arbets".len()));
    assert!(lengths.contains(&"arbetsmarknad".len()));
}
