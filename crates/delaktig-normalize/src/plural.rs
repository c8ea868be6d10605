//! Compounds of "man" whose plural "män" lost its dots ("flera huvudman", "mellan
//! huvudmannen"): after a word that asks for a plural, the plural is read back when the
//! lexicon knows it. The singular and plural are both words, so only grammar tells them apart.

use crate::restore::Proposal;
use crate::token::{Kind, Token};
use crate::words::Words;
use crate::{Reason, WordEdit, words_and_edits};

/// Words after which a noun is plural: quantifiers and numbers ("flera huvudmän", "två
/// tjänstemän"), and "mellan", which takes two or more ("mellan huvudmännen").
const PLURAL_BEFORE: &[&str] = &[
    "flera", "många", "manga", "två", "tva", "tre", "fyra", "fem", "sex", "sju", "åtta", "atta",
    "nio", "tio", "alla", "olika", "samtliga", "dessa", "några", "nagra", "båda", "bada", "bägge",
    "mellan", "fler", "övriga", "ovriga",
];

/// Prepositions after which a bare "man" compound is plural: a singular count noun there
/// takes an article ("från en tjänsteman"), so "från tjänsteman" is "från tjänstemän". The
/// definite forms ("från tjänstemannen") are left as they are.
const PREPOSITIONS: &[&str] = &[
    "från", "fran", "av", "bland", "hos", "med", "för", "for", "till", "mot", "utan",
];

/// Confidence of a plural read back from the word before it.
const CONFIDENCE: f32 = 0.75;

/// Singular endings of a "man" compound and their plurals.
const ENDINGS: &[(&str, &str)] = &[
    ("mannen", "männen"),
    ("mannens", "männens"),
    ("man", "män"),
    ("mans", "mäns"),
];

/// Reads back the plural of "man" compounds after a word that asks for one, in a document
/// that is not intact. `edits` stay in text order.
pub(crate) fn correct(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>, words: &Words) {
    let mut added: Vec<WordEdit> = Vec::new();
    // The previous word token's index and reading.
    let mut prev: Option<(usize, &str)> = None;
    for (i, t, k) in words_and_edits(tokens, edits) {
        let reads = k
            .and_then(|k| edits.get(k))
            .map(|e| &*e.proposal.replacement)
            .or_else(|| laid.get(t.span.clone()));
        let Some(reads) = reads else {
            continue;
        };
        let before = prev.filter(|&(j, _)| j + 1 == i && !t.break_before);
        prev = Some((i, reads));
        // Most words end otherwise: the ending is looked at before the word before.
        if t.kind != Kind::Word
            || !reads.ends_with("man")
                && !reads.ends_with("mannen")
                && !reads.ends_with("mans")
                && !reads.ends_with("mannens")
        {
            continue;
        }
        let bare = reads.ends_with("man");
        if !before
            .is_some_and(|(_, b)| is_one_of(PLURAL_BEFORE, b) || bare && is_one_of(PREPOSITIONS, b))
        {
            continue;
        }
        if let Some(plural) = plural_of(reads, words) {
            added.push(WordEdit {
                span: t.span.clone(),
                proposal: Proposal {
                    replacement: plural.into(),
                    reason: Reason::Context,
                    confidence: CONFIDENCE,
                },
            });
        }
    }
    for edit in added {
        let span = edit.span.clone();
        crate::replace_edits(edits, span, edit);
    }
}

/// Whether `word` (any case) is one of `list` (small letters).
fn is_one_of(list: &[&str], word: &str) -> bool {
    list.iter()
        .any(|p| p.len() == word.len() && p.chars().eq(word.chars().flat_map(char::to_lowercase)))
}

/// The plural of a "man" compound (`word` at least six letters, lower-case after its
/// first letter), when the lexicon knows it.
fn plural_of(word: &str, words: &Words) -> Option<String> {
    if word.chars().count() < 6 || !word.chars().skip(1).all(char::is_lowercase) {
        return None;
    }
    let (stem, plural) = ENDINGS
        .iter()
        .find_map(|(one, many)| word.strip_suffix(one).map(|stem| (stem, many)))?;
    // A compound: something before "man" that is a word's beginning, not "ro|man".
    if stem.chars().count() < 3 {
        return None;
    }
    let candidate = format!("{stem}{plural}");
    let lower = candidate.to_lowercase();
    words.frequency(&lower).is_some().then_some(candidate)
}

#[cfg(test)]
mod tests {
    use crate::Normalizer;

    const DAMAGED: &str = "Vi traffades pa forvaltningen for att prata om hur manga som far \
hjalp. Det ar svart att na ut till alla, och handlaggarna behover mer tid. Nasta mote blir i \
mars. Vi berattade om arbetet och fragade hur vi kan fortsatta. Kontakten med foreningen \
fungerar.";

    #[test]
    fn a_man_compound_after_a_plural_word_is_plural() {
        let n = Normalizer::new();
        let out = n.normalize(&format!(
            "{DAMAGED} Fragor som ror flera huvudman tar tid. Samordning mellan huvudmannen \
behovs. Tva tjansteman var med. En huvudman ansvarar."
        ));
        assert!(out.text.contains("flera huvudmän tar"), "{}", out.text);
        assert!(
            out.text.contains("mellan huvudmännen behövs"),
            "{}",
            out.text
        );
        assert!(out.text.contains("Två tjänstemän var"), "{}", out.text);
        assert!(out.text.contains("En huvudman ansvarar"), "{}", out.text);
        // After a preposition a bare compound is plural; a definite one or one after "som"
        // is not.
        let out = n.normalize(&format!(
            "{DAMAGED} Fler brukare an fran tjansteman deltog. Hon borjade som tjansteman. \
Vi fick svar fran huvudmannen."
        ));
        for want in [
            "från tjänstemän deltog",
            "som tjänsteman.",
            "från huvudmannen.",
        ] {
            assert!(out.text.contains(want), "{want}: {}", out.text);
        }
    }

    #[test]
    fn words_that_only_end_in_man_stay() {
        let n = Normalizer::new();
        let text = format!("{DAMAGED} Hon laser flera roman och alla man vet det.");
        let out = n.normalize(&text);
        assert!(
            out.text.contains("flera roman och alla man vet"),
            "{}",
            out.text
        );
    }
}
