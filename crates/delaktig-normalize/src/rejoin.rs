//! Names a scan split in two ("Tomas Aker lund"): a capitalised word and a small-letter word
//! after it, one space apart, are joined when the document writes them as one name elsewhere
//! ("Åkerlund": restored there, or in the name list), and take that name's spelling.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::restore::Proposal;
use crate::token::Token;
use crate::words::Words;
use crate::{FxHasher, Reason, WordEdit, fold, words_and_edits};

/// Fewest letters of a name joined this way.
const MIN_CHARS: usize = 6;

/// Letters in `word` (its length where it is ASCII).
fn letters(word: &str) -> usize {
    if word.is_ascii() {
        word.len()
    } else {
        word.chars().count()
    }
}

/// Whether `word` starts with an upper-case letter (ASCII without decoding).
fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.starts_with(char::is_uppercase),
    }
}

/// Whether `word` starts with a lower-case letter (ASCII without decoding).
fn starts_lower(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.starts_with(char::is_lowercase),
    }
}

/// Confidence of a join from the document's own spelling of the name.
const CONFIDENCE: f32 = 0.8;

/// Joins the split names of `laid`, replacing any edits of their halves.
pub(crate) fn correct(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>, words: &Words) {
    // The pairs that may be a split name: a capital, then a small letter, one space apart
    // (decided on the words as they read now, so that a second normalisation decides
    // alike), with their length in letters; and those lengths, one bit each. The names
    // are looked for only after this, among words of these lengths.
    let reading = |t: &Token, k: Option<usize>| {
        k.and_then(|k| edits.get(k))
            .map(|e| &*e.proposal.replacement)
            .or_else(|| laid.get(t.span.clone()))
    };
    let mut pairs: Vec<(usize, &str, &str, usize)> = Vec::new();
    let mut pair_lengths: u64 = 0;
    // Capitalised words inside a sentence: the names may be among them (with whether an
    // edit made them).
    let mut capitals: Vec<(usize, &str, bool)> = Vec::new();
    let bytes = laid.as_bytes();
    let mut prev: Option<(usize, usize, &str, bool)> = None;
    for (i, t, k) in words_and_edits(tokens, edits) {
        let Some(second) = reading(t, k) else {
            prev = None;
            continue;
        };
        let upper = starts_upper(second);
        if upper && !t.sentence_start {
            capitals.push((i, second, k.is_some()));
        }
        // One space between the two words: the byte before this one, right after the first.
        if let Some((j, end, first, true)) = prev
            && j + 1 == i
            && end + 1 == t.span.start
            && bytes.get(end) == Some(&b' ')
            && !upper
            && starts_lower(second)
        {
            let letters = letters(first) + letters(second);
            if letters >= MIN_CHARS {
                pairs.push((j, first, second, letters));
                pair_lengths |= 1 << letters.min(63);
            }
        }
        prev = Some((i, t.span.end, second, upper));
    }
    if pairs.is_empty() {
        return;
    }
    // The document's names of those lengths (a capital inside a sentence, small letters
    // after it) by fold; the first spelling of each is kept. (A fold has as many letters as
    // the name it comes from, so names of other lengths can match no pair.)
    let mut lengths: u64 = 0;
    let mut names: HashMap<String, (usize, &str), BuildHasherDefault<FxHasher>> =
        HashMap::default();
    for (i, reads, edited) in capitals {
        let letters = letters(reads);
        if letters < MIN_CHARS || pair_lengths & (1 << letters.min(63)) == 0 {
            continue;
        }
        // A name the restorer read back, or one the name list knows (looked up last): a
        // spelling left as written may still be read otherwise once the halves are joined.
        let named = reads.chars().skip(1).all(char::is_lowercase)
            && (edited || words.name_frequency(reads).is_some());
        if named {
            names.entry(fold(reads)).or_insert((i, reads));
            lengths |= 1 << letters.min(63);
        }
    }
    if names.is_empty() {
        return;
    }
    let mut joined: Vec<(usize, String)> = Vec::new();
    let mut key = String::new();
    let mut folded = String::new();
    for (i, first, second, letters) in pairs {
        if lengths & (1 << letters.min(63)) == 0 {
            continue;
        }
        key.clear();
        key.push_str(first);
        key.push_str(second);
        crate::fold_into(&key, &mut folded);
        // The name must be written whole elsewhere: not by these two halves.
        if let Some(&(at, name)) = names.get(folded.as_str())
            && at != i
            && at != i + 1
        {
            joined.push((i, name.to_owned()));
        }
    }
    for (i, name) in joined {
        let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else {
            continue;
        };
        let span = a.span.start..b.span.end;
        let edit = WordEdit {
            span: span.clone(),
            proposal: Proposal {
                replacement: name.into(),
                reason: Reason::SplitWord,
                confidence: CONFIDENCE,
            },
        };
        crate::replace_edits(edits, span, edit);
    }
}

#[cfg(test)]
mod tests {
    use crate::Normalizer;

    #[test]
    fn a_name_split_by_the_scan_is_joined_as_the_document_writes_it() {
        let n = Normalizer::new();
        let text =
            "Fem frågor till Tomas Aker lund\n\nTomas Åkerlund har varit kamratstödjare i tre år.";
        assert_eq!(
            n.normalize(text).text,
            "Fem frågor till Tomas Åkerlund\n\nTomas Åkerlund har varit kamratstödjare i tre år."
        );
    }

    #[test]
    fn words_the_document_never_writes_as_one_stay_apart() {
        let n = Normalizer::new();
        for text in [
            "Anna berättar om Lund och Stockholm.",
            // Written whole once, but neither restored nor a listed name: a spelling the
            // restorer may yet read otherwise.
            "Hon heter Karin lund i efternamn, och vi träffade Karinlund i går.",
            "Mötet i Lund var bra.",
        ] {
            assert_eq!(n.normalize(text).text, text);
        }
    }
}
