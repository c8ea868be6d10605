//! Meetings, and the neutral import form of parsed meeting notes.
//!
//! The notes parser's own document type is converted into `MeetingImport` by the caller, so
//! the domain does not depend on the parser. Matching of proposal texts lives here too.

use crate::actor::Visibility;
use crate::id::MeetingId;
use crate::proposal::Span;
use crate::state::State;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Someone who attended a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Attendee {
    /// Name.
    pub name: String,
    /// Organisation, if given ("Bryggan").
    #[serde(default)]
    pub organisation: Option<String>,
}

/// A registered meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// Id.
    pub id: MeetingId,
    /// Group that met.
    pub group: Option<String>,
    /// Title line of the notes.
    pub title: String,
    /// Date.
    pub date: Option<NaiveDate>,
    /// Place.
    pub place: Option<String>,
    /// Who came.
    pub attendees: Vec<Attendee>,
    /// Hash of the notes' content; importing the same notes again is recognised by it.
    pub content_hash: String,
    /// Who may see the meeting and its notes.
    pub visibility: Visibility,
}

/// A proposal found in meeting notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedProposal {
    /// The proposal as written.
    pub text: String,
    /// Where in the (restored) notes.
    #[serde(default)]
    pub span: Option<Span>,
    /// Who raised it, if the notes say.
    #[serde(default)]
    pub by: Option<String>,
    /// What the same notes record was decided about it, if anything.
    #[serde(default)]
    pub decision: Option<ImportedDecision>,
}

/// A decision on a proposal that meeting notes record ("Beslut: Förslaget avslås eftersom …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedDecision {
    /// Where the proposal goes: `accepted`, `rejected` or `parked`.
    pub to: State,
    /// Why, as the notes give it. A rejection or parking without one is not recorded: the
    /// register never holds a "no" without its reason.
    #[serde(default)]
    pub justification: Option<String>,
    /// The decision as written.
    pub text: String,
    /// With `to` accepted: accepted only in part, the rest not to be carried out. The
    /// justification then says why, and without one the decision is not recorded either.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partly: bool,
    /// The day of the decision when the notes tell one after the meeting's (a reply's date
    /// in a printed e-mail thread); otherwise the decision is dated with the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// One meeting's notes in the form the register imports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingImport {
    /// Hash of the notes' content (e.g. SHA-256 of the restored text), for idempotence.
    pub content_hash: String,
    /// Group that met.
    #[serde(default)]
    pub group: Option<String>,
    /// Title line.
    pub title: String,
    /// Date.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Place.
    #[serde(default)]
    pub place: Option<String>,
    /// Who came.
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    /// Proposals raised.
    #[serde(default)]
    pub proposals: Vec<ImportedProposal>,
    /// Visibility of what is created; imported notes are internal until reviewed.
    #[serde(default = "internal")]
    pub visibility: Visibility,
}

fn internal() -> Visibility {
    Visibility::Internal
}

/// Lowercase words of letters and digits, for matching proposal texts.
pub fn match_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Words that say nothing of what a proposal is about: Swedish function words and the words
/// a proposal is put in ("föreslår att", "det bör finnas"). A follow-up names "Ett
/// anhörigkafé på kvällstid" what the minutes wrote "RSMH föreslår att det ordnas ett
/// anhörigkafé på kvällstid".
const FRAME_WORDS: &[&str] = &[
    "att",
    "det",
    "den",
    "de",
    "dem",
    "en",
    "ett",
    "i",
    "på",
    "för",
    "och",
    "som",
    "av",
    "med",
    "till",
    "är",
    "vara",
    "bör",
    "borde",
    "ska",
    "skall",
    "kan",
    "kunna",
    "skulle",
    "vi",
    "ni",
    "man",
    "om",
    "så",
    "också",
    "även",
    "finnas",
    "finns",
    "föreslår",
    "föreslog",
    "föreslås",
    "förslag",
    "förslaget",
    "önskar",
    "önskemål",
    "behöver",
    "behövs",
    "vill",
    "får",
    "få",
    "har",
    "ha",
    "sig",
    "sin",
    "sina",
    "sitt",
    "där",
    "när",
    "vid",
    "från",
    "alla",
    "ordnas",
    "införs",
    "inför",
    "gärna",
];

/// `word` with å, ä, ö, é and their kin as the plain letters, for matching.
fn without_marks(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c => c,
        })
        .collect()
}

/// Endings of Swedish nouns' number and definiteness (and of verbs' present tense, and the
/// "-are" of who does something), longest first, as [`without_marks`] leaves them:
/// "kvällarna", "kvällar", "kvällen" and "kväll" are one word to a reader comparing two
/// wordings of a proposal, as are "deltagare" and "deltagarna".
const ENDINGS: &[&str] = &[
    "arnas", "ernas", "ornas", "arens", "arna", "erna", "orna", "aren", "are", "ens", "ets", "ar",
    "er", "or", "en", "et", "na",
];

/// `word` (small letters, without marks) without its ending of number or definiteness, a
/// doubled last consonant made single ("rummet" → "rum", "kvällar" → "kval"), so that
/// wordings in other forms compare alike. A stem keeps at least three letters.
fn stem(word: &str) -> String {
    let mut w = word;
    if let Some(bare) = ENDINGS
        .iter()
        .find_map(|e| w.strip_suffix(e).filter(|b| b.chars().count() >= 3))
    {
        w = bare;
    }
    let mut out: String = w.to_owned();
    let mut tail = out.chars().rev();
    if let (Some(a), Some(b)) = (tail.next(), tail.next())
        && a == b
        && !"aeiouy".contains(a)
        && out.chars().count() > 3
    {
        out.pop();
    }
    out
}

/// Similarity of two texts, 0.0–1.0: Dice coefficient of their word sets after
/// [`match_key`], without the words a proposal is framed in (unless a text has no other), and
/// compared without diacritics (a scan's word the normaliser left, "anhorigkafe", is the
/// "anhörigkafé" of the minutes). Word sets rather than sequences, because the same proposal
/// is reworded between meetings more often than it is reordered.
pub fn similarity(a: &str, b: &str) -> f64 {
    let ka = match_key(a);
    let kb = match_key(b);
    let words = |k: &'_ str| -> HashSet<String> {
        let all = || k.split(' ').filter(|w| !w.is_empty());
        let framing_only = all().all(|w| FRAME_WORDS.contains(&w));
        all()
            .filter(|w| framing_only || !FRAME_WORDS.contains(w))
            .map(|w| stem(&without_marks(w)))
            .collect()
    };
    let sa = words(&ka);
    let sb = words(&kb);
    if sa.is_empty() || sb.is_empty() {
        return 0.0;
    }
    let common = sa.intersection(&sb).count();
    (2 * common) as f64 / (sa.len() + sb.len()) as f64
}

/// Similarity at or above which an imported proposal is taken as a discussion of an open one.
pub const SAME_PROPOSAL_THRESHOLD: f64 = 0.8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_wordings_match_and_different_ones_do_not() {
        let a = "Det bör finnas en checklista för nya handläggare.";
        let b = "det bör finnas en checklista för nya handläggare";
        assert_eq!(similarity(a, b), 1.0);
        assert!(
            similarity(a, "Det bör finnas en checklista för alla nya handläggare")
                >= SAME_PROPOSAL_THRESHOLD
        );
        assert!(similarity(a, "Vi bildar en gemensam arbetsgrupp") < 0.5);
        // The frame a proposal is put in says nothing of what it is about.
        assert!(
            similarity(
                "RSMH föreslår att det ordnas ett anhörigkafé på kvällstid en gång i månaden.",
                "Ett anhörigkafé på kvällstid en gång i månaden."
            ) >= SAME_PROPOSAL_THRESHOLD
        );
        assert!(
            similarity(a, "Det bör finnas en checklista för nya brukare") < SAME_PROPOSAL_THRESHOLD
        );
        // A word a scan damaged and restoration left is still the same word.
        assert_eq!(
            similarity("Ett anhörigkafé i Åby", "ett anhorigkafe i Aby"),
            1.0
        );
        assert_eq!(similarity("", a), 0.0);
    }

    #[test]
    fn wordings_in_other_forms_of_the_same_words_match() {
        // A reply's question in other forms of the proposal's words.
        assert!(
            similarity(
                "Föreningen vill låna konferensrummet på kvällar.",
                "Kan föreningen få låna konferensrummet på kvällarna?"
            ) >= SAME_PROPOSAL_THRESHOLD
        );
        assert!(
            similarity(
                "Gratis busskort för deltagarna",
                "Gratis busskort till deltagare"
            ) >= SAME_PROPOSAL_THRESHOLD
        );
        // Other words stay other proposals, whatever their forms.
        assert!(
            similarity("Längre öppettider på Fyren", "Kortare öppettider på Fyren")
                < SAME_PROPOSAL_THRESHOLD
        );
        assert!(
            similarity(
                "Fler platser i träningsboendet",
                "Fler platser i akutboendet"
            ) < SAME_PROPOSAL_THRESHOLD
        );
        assert_eq!(stem("kvallarna"), stem("kvall"));
        assert_eq!(stem("rummet"), "rum");
        assert_eq!(stem("bussar"), stem("buss"));
        // Short words keep their letters.
        assert_eq!(stem("bar"), "bar");
    }
}
