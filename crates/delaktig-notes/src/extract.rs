//! Sentence-level facts: proposals, actions and open questions. Each sentence
//! is tested with a few word comparisons near its start (Swedish puts the
//! finite verb second), so no regex runs on running text.

use crate::text::{eq_fold, starts_upper, words};

/// Words that make a sentence a proposal when they come early in it.
const PROPOSAL_CUES: &[&str] = &[
    "bör",
    "borde",
    "behöver",
    "behövs",
    "föreslår",
    "föreslog",
    "föreslås",
    "förslaget",
    "förslag",
    "önskar",
    "önskemål",
    "vore",
];

/// Subordinating words: a cue after one of these is reported speech or a
/// question, not a proposal ("vi diskuterade hur man skulle kunna …").
const SUBORDINATORS: &[&str] = &["hur", "vad", "varför", "om", "när", "vilka", "vilken"];

/// How many words into a sentence a proposal cue may come.
const CUE_WINDOW: usize = 8;

/// Whether `sentence` proposes something.
pub(crate) fn is_proposal(sentence: &str) -> bool {
    if sentence.ends_with('?') {
        return false;
    }
    let mut prev_skulle = false;
    for (i, (_, w)) in words(sentence).take(CUE_WINDOW + 1).enumerate() {
        if SUBORDINATORS.iter().any(|s| eq_fold(w, s)) {
            return false;
        }
        if prev_skulle && eq_fold(w, "kunna") {
            return true;
        }
        prev_skulle = i < CUE_WINDOW && eq_fold(w, "skulle");
        if i < CUE_WINDOW && PROPOSAL_CUES.iter().any(|c| eq_fold(w, c)) {
            return true;
        }
    }
    false
}

/// Verbs after which a speaker is named: "Leif föreslår …", "Bo tycker att …".
const SPEAKER_VERBS: &[&str] = &[
    "föreslår",
    "föreslog",
    "tycker",
    "tyckte",
    "menar",
    "menade",
    "anser",
    "ansåg",
    "påpekar",
    "påpekade",
    "lyfter",
    "lyfte",
];

const PRONOUNS: &[&str] = &[
    "det", "vi", "de", "den", "detta", "man", "han", "hon", "jag", "du", "ni", "alla", "ingen",
    "någon", "varje", "här", "där", "nu", "då", "sedan", "inte", "ska", "hur", "vad", "kan", "om",
    "när", "ett", "en", "denna", "dessa", "dem", "också", "även", "vem", "vilka", "att", "och",
    "men", "så", "som", "därför", "för", "efter", "under", "till", "på", "i", "med", "brukare",
    "alla", "många", "flera",
];

fn is_pronoun(w: &str) -> bool {
    PRONOUNS.iter().any(|p| eq_fold(w, p))
}

/// The person named as proposer, if the sentence says.
pub(crate) fn proposer(sentence: &str) -> Option<&str> {
    let ws: Vec<(usize, &str)> = words(sentence).take(24).collect();
    for (i, &(_, w)) in ws.iter().enumerate() {
        if SPEAKER_VERBS.iter().any(|v| eq_fold(w, v)) {
            let who = name_before(sentence, &ws, i);
            if who.is_some() {
                return who;
            }
        }
        // "Förslag från Bo Pettersson: …", "förslaget från Ria"
        if (eq_fold(w, "förslag") || eq_fold(w, "förslaget"))
            && ws
                .get(i + 1)
                .is_some_and(|(_, n)| eq_fold(n, "från") || eq_fold(n, "av"))
        {
            return name_after(sentence, &ws, i + 2);
        }
    }
    None
}

/// Capitalised words (at most three) ending just before word `i`.
fn name_before<'s>(s: &'s str, ws: &[(usize, &'s str)], i: usize) -> Option<&'s str> {
    let mut first = i;
    while first > 0 && i - first < 3 {
        let (_, w) = ws[first - 1];
        if !starts_upper(w) || is_pronoun(w) {
            break;
        }
        first -= 1;
    }
    if first == i {
        return None;
    }
    let (a, _) = ws[first];
    let (b, last) = ws[i - 1];
    s.get(a..b + last.len())
}

/// Capitalised words (at most three) starting at word `i`.
fn name_after<'s>(s: &'s str, ws: &[(usize, &'s str)], i: usize) -> Option<&'s str> {
    let mut last = i;
    while last < ws.len() && last - i < 3 && starts_upper(ws[last].1) && !is_pronoun(ws[last].1) {
        last += 1;
    }
    if last == i {
        return None;
    }
    let (a, _) = ws[i];
    let (b, w) = ws[last - 1];
    s.get(a..b + w.len())
}

/// Verbs of promise. Two-word entries are matched as a pair.
const ACTION_VERBS: &[&str] = &[
    "ska",
    "skall",
    "beställer",
    "bokar",
    "skickar",
    "kontaktar",
    "återkommer",
    "undersöker",
    "ordnar",
    "fixar",
    "kollar",
    "mejlar",
    "ringer",
    "sammanställer",
    "samordnar",
    "informerar",
    "tar emot",
    "tar med",
    "tar fram",
    "tar kontakt",
    "tar upp",
    "bjuder in",
    "kallar till",
    "håller i",
    "ansvarar för",
    "åtar sig",
];

/// (who, what) of a promise in `sentence`: "David ska fråga …" →
/// ("David", "fråga …"); "David Bergström tar emot anmälningar" → ("David
/// Bergström", "tar emot anmälningar").
pub(crate) fn action(sentence: &str) -> Option<(&str, &str)> {
    if sentence.ends_with('?') {
        return None;
    }
    let mut it = words(sentence);
    let (_, first) = it.next()?;
    if !starts_upper(first) || is_pronoun(first) {
        return None;
    }
    let ws: Vec<(usize, &str)> = std::iter::once((0, first)).chain(it.take(6)).collect();
    for k in 1..ws.len() {
        let (off, w) = ws[k];
        let next = ws.get(k + 1).map(|&(_, n)| n);
        let is_verb = ACTION_VERBS.iter().any(|v| match v.split_once(' ') {
            Some((a, b)) => eq_fold(w, a) && next.is_some_and(|n| eq_fold(n, b)),
            None => eq_fold(w, v),
        });
        if !is_verb {
            continue;
        }
        // Everything before the verb must be a name: capitalised words joined by "och".
        let who_ok = ws[..k]
            .iter()
            .all(|&(_, x)| (starts_upper(x) && !is_pronoun(x)) || eq_fold(x, "och"));
        if !who_ok || eq_fold(ws[k - 1].1, "och") {
            return None;
        }
        let who = sentence.get(ws[0].0..ws[k - 1].0 + ws[k - 1].1.len())?;
        let what_start = if eq_fold(w, "ska") || eq_fold(w, "skall") {
            ws.get(k + 1)?.0
        } else {
            off
        };
        let what = sentence
            .get(what_start..)?
            .trim_end_matches(['.', ':', '!', ';', ' '])
            .trim();
        if what.is_empty() {
            return None;
        }
        return Some((who, what));
    }
    None
}

/// Byte range of an open question in `sentence`: the sentence itself when it
/// ends in "?", or a bracketed question at its end ("… (ett gemensamt eller
/// flera bord?)"). One- and two-word questions ("Unionen?") are list hedges,
/// not questions.
pub(crate) fn question(sentence: &str) -> Option<(usize, usize)> {
    if sentence.ends_with('?') {
        return (words(sentence).count() >= 3).then_some((0, sentence.len()));
    }
    if sentence.ends_with("?)") {
        let open = sentence.rfind('(')?;
        let inner = sentence.get(open + 1..sentence.len() - 1)?;
        if words(inner).count() >= 3 && !inner.contains('(') {
            return Some((open + 1, sentence.len() - 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposals_need_an_early_cue() {
        assert!(is_proposal(
            "Förslaget är att vi bildar en gemensam arbetsgrupp."
        ));
        assert!(is_proposal(
            "Handläggarna bör specialisera sig på ett område."
        ));
        assert!(is_proposal(
            "Föreningar som möter brukare dagligen borde sitta med i arbetsgruppen."
        ));
        assert!(is_proposal("Vi skulle kunna ordna en träff."));
        assert!(!is_proposal(
            "Vi har även diskuterat på vad sätt brukarna och deras organisationer skulle kunna bidra."
        ));
        assert!(!is_proposal(
            "De var förväntansfulla på hur det här arbetssättet skulle kunna förbättra miljön."
        ));
        assert!(!is_proposal("Bör vi ses oftare?"));
    }

    #[test]
    fn proposer_is_named_before_the_verb() {
        assert_eq!(
            proposer("Leif Redestig föreslår att vi ses oftare."),
            Some("Leif Redestig")
        );
        assert_eq!(
            proposer("Förslag från Bo Pettersson: fler möten."),
            Some("Bo Pettersson")
        );
        assert_eq!(proposer("Vi föreslår fler möten."), None);
    }

    #[test]
    fn actions_split_who_and_what() {
        assert_eq!(
            action("David ska fråga Dinah Åbinger om hon vill hålla i inledningen."),
            Some((
                "David",
                "fråga Dinah Åbinger om hon vill hålla i inledningen"
            ))
        );
        assert_eq!(
            action("David Bergström tar emot anmälningar:"),
            Some(("David Bergström", "tar emot anmälningar"))
        );
        assert_eq!(
            action("Socialförvaltningen beställer kaffe via Dunkers."),
            Some(("Socialförvaltningen", "beställer kaffe via Dunkers"))
        );
        assert_eq!(action("Det ska finnas möjlighet att träffas."), None);
        assert_eq!(action("Målet är att barnen ska få en livsstil."), None);
    }

    #[test]
    fn questions() {
        assert!(question("Vilka har tid och möjlighet att sitta med?").is_some());
        assert!(question("Unionen?").is_none());
        let s = "Bryggan, Ria (ett gemensamt eller flera bord?)";
        let (a, b) = question(s).unwrap();
        assert_eq!(&s[a..b], "ett gemensamt eller flera bord?");
        assert!(question("Företagshälsovården (Feelgood? Previa?)").is_none());
    }
}
