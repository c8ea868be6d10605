//! Parties to a deviation: municipality units, region units and others, written as free text
//! and normalised against a known list.
//!
//! People write "soc", "vuxenpsykiatrin" or "Beroendecentrum"; the yearly report must count
//! them as one party each. Known parties get one canonical name; anything else is kept as
//! written, marked unlisted, with its kind guessed from words like "kommun" or "region".

use crate::fold::{Folded, Phrase};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which organisation a party belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A unit of the municipality (kommunen): social services and their units.
    Municipality,
    /// A unit of the region (regionen): psychiatry, addiction care, primary care.
    Region,
    /// Anyone else: state agencies, the prison and probation service, NGOs.
    Other,
}

impl PartyKind {
    /// Stable code ("municipality", "region", "other").
    pub fn code(self) -> &'static str {
        match self {
            PartyKind::Municipality => "municipality",
            PartyKind::Region => "region",
            PartyKind::Other => "other",
        }
    }

    /// Label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (PartyKind::Municipality, Lang::Sv) => "Kommun",
            (PartyKind::Region, Lang::Sv) => "Region",
            (PartyKind::Other, Lang::Sv) => "Annan",
            (PartyKind::Municipality, Lang::En) => "Municipality",
            (PartyKind::Region, Lang::En) => "Region",
            (PartyKind::Other, Lang::En) => "Other",
        }
    }

    /// Guesses the kind of an unlisted party from its name.
    pub fn guess(name: &str) -> PartyKind {
        let n = name.to_lowercase();
        if n.contains("kommun") || n.contains("stadsdel") {
            PartyKind::Municipality
        } else if ["region", "landsting", "sjukhus", "klinik", "mottagning"]
            .iter()
            .any(|w| n.contains(w))
        {
            PartyKind::Region
        } else {
            PartyKind::Other
        }
    }
}

/// A party kind code that is not known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown party kind \"{0}\": use municipality (kommun), region or other (annan)")]
pub struct PartyKindParseError(pub String);

impl FromStr for PartyKind {
    type Err = PartyKindParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "municipality" | "kommun" => Ok(PartyKind::Municipality),
            "region" => Ok(PartyKind::Region),
            "other" | "annan" | "övrig" => Ok(PartyKind::Other),
            _ => Err(PartyKindParseError(s.to_owned())),
        }
    }
}

/// Whether a party's name came from the known list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Listing {
    /// Normalised to a name on the known list.
    Known,
    /// Not on the list: kept as written.
    Unlisted,
}

/// A party to a deviation: a name, its kind, and whether the name is from the known list.
///
/// Serialised as `{"name", "kind", "listing"}`; a stored name is checked as
/// [`Party::unlisted`] checks it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PartyData", into = "PartyData")]
pub struct Party {
    name: String,
    kind: PartyKind,
    listing: Listing,
}

#[derive(Serialize, Deserialize)]
struct PartyData {
    name: String,
    kind: PartyKind,
    listing: Listing,
}

impl TryFrom<PartyData> for Party {
    type Error = PartyNameError;
    fn try_from(d: PartyData) -> Result<Self, Self::Error> {
        let p = Party::unlisted(&d.name, d.kind)?;
        Ok(Party {
            listing: d.listing,
            ..p
        })
    }
}

impl From<Party> for PartyData {
    fn from(p: Party) -> PartyData {
        PartyData {
            name: p.name,
            kind: p.kind,
            listing: p.listing,
        }
    }
}

/// A party name that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a party name: write the unit's name, for example \"socialtjänsten\"")]
pub struct PartyNameError(pub String);

impl Party {
    /// A party not on the known list. The name is trimmed with inner whitespace collapsed;
    /// it must contain a letter and be at most 120 characters.
    pub fn unlisted(name: &str, kind: PartyKind) -> Result<Party, PartyNameError> {
        let clean = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let clean = clean.trim_matches(|c: char| c.is_ascii_punctuation() && c != ')');
        if !clean.chars().any(char::is_alphabetic) || clean.chars().count() > 120 {
            return Err(PartyNameError(name.to_owned()));
        }
        Ok(Party {
            name: clean.to_owned(),
            kind,
            listing: Listing::Unlisted,
        })
    }

    /// The name (canonical for known parties, as written for unlisted ones).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The name with its first letter capitalised, for headings and tables.
    pub fn display_name(&self) -> String {
        let mut c = self.name.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    }

    /// Municipality, region or other.
    pub fn kind(&self) -> PartyKind {
        self.kind
    }

    /// Known or unlisted.
    pub fn listing(&self) -> Listing {
        self.listing
    }

    /// Key used to tell parties apart: the lowercased name.
    pub(crate) fn key(&self) -> String {
        self.name.to_lowercase()
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A party on the known list: canonical name, kind and the ways people write it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownParty {
    /// Canonical name (Swedish, definite form, lowercase: "socialtjänsten").
    pub name: String,
    /// Kind.
    pub kind: PartyKind,
    /// Other ways of writing it, matched as whole words regardless of case; a trailing `*`
    /// matches any word starting with the text.
    pub aliases: Vec<String>,
}

/// The known list of parties.
///
/// Serialised as the list of [`KnownParty`] entries (for a configuration file or the
/// register).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Vec<KnownParty>", from = "Vec<KnownParty>")]
pub struct PartyCatalog {
    entries: Vec<KnownParty>,
    // (phrase, entry index), longest phrase first so "barn- och ungdomspsykiatrin" wins
    // over "psykiatrin".
    phrases: Vec<(Phrase, usize)>,
}

impl PartyCatalog {
    /// A catalog from a list of known parties.
    pub fn new(entries: Vec<KnownParty>) -> PartyCatalog {
        let mut phrases: Vec<(Phrase, usize, usize)> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            for a in std::iter::once(&e.name).chain(e.aliases.iter()) {
                if let Some(p) = Phrase::new(a) {
                    phrases.push((p, i, a.len()));
                }
            }
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.2));
        PartyCatalog {
            entries,
            phrases: phrases.into_iter().map(|(p, i, _)| (p, i)).collect(),
        }
    }

    /// The known parties.
    pub fn entries(&self) -> &[KnownParty] {
        &self.entries
    }

    fn party(&self, index: usize) -> Option<Party> {
        self.entries.get(index).map(|e| Party {
            name: e.name.clone(),
            kind: e.kind,
            listing: Listing::Known,
        })
    }

    /// Known parties mentioned anywhere in `text`, in order of first mention, without repeats,
    /// with the original byte ranges they were found at.
    pub(crate) fn find(&self, text: &str) -> Vec<(Party, (usize, usize))> {
        let folded = Folded::new(text);
        let mut taken: Vec<(usize, usize, usize)> = Vec::new();
        for (phrase, idx) in &self.phrases {
            for (s, e) in phrase.find_in(&folded.text) {
                if taken.iter().all(|&(ts, te, _)| e <= ts || s >= te) {
                    taken.push((s, e, *idx));
                }
            }
        }
        taken.sort();
        let mut out: Vec<(Party, (usize, usize))> = Vec::new();
        for (s, e, idx) in taken {
            let fresh = self
                .party(idx)
                .filter(|p| out.iter().all(|(q, _)| q.name != p.name));
            if let Some(p) = fresh {
                out.push((p, folded.original_range(s, e)));
            }
        }
        out
    }

    /// Known parties mentioned in free text, in order of first mention.
    pub fn mentioned(&self, text: &str) -> Vec<Party> {
        self.find(text).into_iter().map(|(p, _)| p).collect()
    }

    /// Normalises one written party ("Vuxenpsykiatrin", "Enhet vuxen, socialtjänsten",
    /// "Stadsmissionen"): the first known party it names, else the text as an unlisted party
    /// with a guessed kind. `None` when nothing usable is written.
    pub fn normalise(&self, written: &str) -> Option<Party> {
        let all = self.parse_list(written);
        let known = all.iter().position(|p| p.listing == Listing::Known);
        all.into_iter().nth(known.unwrap_or(0))
    }

    /// Reads a written list of parties ("psykiatrin, soc och Stadsmissionen"; one per line,
    /// bullets, ';', '/', "och", "samt"): known parties normalised, the rest kept as unlisted
    /// parties, in written order, without repeats.
    pub fn parse_list(&self, written: &str) -> Vec<Party> {
        let mut out: Vec<Party> = Vec::new();
        let push = |p: Party, out: &mut Vec<Party>| {
            if out.iter().all(|q| q.key() != p.key()) {
                out.push(p);
            }
        };
        for item in written.split([',', ';', '\n', '/', '•', '+', '&']) {
            let found = self.find(item);
            let mut rest = String::new();
            let mut at = 0;
            for (p, (s, e)) in found {
                rest.push_str(item.get(at..s).unwrap_or(""));
                rest.push(',');
                at = e.max(at);
                push(p, &mut out);
            }
            rest.push_str(item.get(at..).unwrap_or(""));
            for piece in split_conjunctions(&rest) {
                if let Ok(p) = Party::unlisted(&piece, PartyKind::guess(&piece)) {
                    push(p, &mut out);
                }
            }
        }
        out
    }
}

impl From<Vec<KnownParty>> for PartyCatalog {
    fn from(entries: Vec<KnownParty>) -> PartyCatalog {
        PartyCatalog::new(entries)
    }
}

impl From<PartyCatalog> for Vec<KnownParty> {
    fn from(c: PartyCatalog) -> Vec<KnownParty> {
        c.entries
    }
}

/// Splits on "och", "samt" and ",", dropping bullets and filler words.
fn split_conjunctions(text: &str) -> Vec<String> {
    const FILLER: &[&str] = &["och", "samt", "även", "med", "mellan", "inom", "på", "från"];
    let mut out = Vec::new();
    for chunk in text.split(',') {
        let mut piece: Vec<&str> = Vec::new();
        let words = chunk.split_whitespace().chain(std::iter::once("och"));
        for w in words {
            if w.eq_ignore_ascii_case("och") || w.eq_ignore_ascii_case("samt") {
                let joined = piece.join(" ");
                let p = joined
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '.'));
                let l = p.to_lowercase();
                if !FILLER.contains(&l.as_str()) && p.chars().any(char::is_alphabetic) {
                    out.push(p.to_owned());
                }
                piece.clear();
            } else {
                piece.push(w);
            }
        }
    }
    out
}

fn known(name: &str, kind: PartyKind, aliases: &[&str]) -> KnownParty {
    KnownParty {
        name: name.to_owned(),
        kind,
        aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
    }
}

impl Default for PartyCatalog {
    /// Municipality, region and other parties that meet in cooperation on psychiatry and
    /// addiction care.
    fn default() -> Self {
        use PartyKind::{Municipality as M, Other as O, Region as R};
        PartyCatalog::new(vec![
            known(
                "socialtjänsten",
                M,
                &[
                    "socialtjänst",
                    "socialtjänstens",
                    "socialförvaltningen",
                    "socialförvaltning",
                    "individ- och familjeomsorgen",
                    "ifo",
                    "soc",
                    "socialsekreterare*",
                    "socialkontoret",
                ],
            ),
            known(
                "missbruksenheten",
                M,
                &[
                    "missbruksenhet",
                    "kommunens missbruksvård",
                    "missbruksvården",
                ],
            ),
            known("boendestödet", M, &["boendestöd", "boendestödjare*"]),
            known("hemtjänsten", M, &["hemtjänst"]),
            known(
                "försörjningsstödet",
                M,
                &[
                    "försörjningsstöd",
                    "ekonomiskt bistånd",
                    "ekonomiska biståndet",
                ],
            ),
            known(
                "psykiatrin",
                R,
                &[
                    "psykiatri",
                    "psykiatrins",
                    "vuxenpsykiatri*",
                    "allmänpsykiatri*",
                    "psykiatriska kliniken",
                    "psykiatriska öppenvården",
                    "psykiatrisk öppenvård",
                    "psykiatriska akuten",
                    "psykakuten",
                    "psyk",
                ],
            ),
            known(
                "barn- och ungdomspsykiatrin",
                R,
                &["bup", "barn- och ungdomspsykiatri"],
            ),
            known(
                "beroendevården",
                R,
                &[
                    "beroendevård",
                    "beroendecentrum",
                    "beroendemottagning*",
                    "beroendeklinik*",
                    "beroendepsykiatri*",
                ],
            ),
            known(
                "primärvården",
                R,
                &["primärvård", "vårdcentral*", "hälsocentral*", "husläkare*"],
            ),
            known(
                "akutsjukvården",
                R,
                &["akutsjukvård", "akuten", "akutmottagning*"],
            ),
            known(
                "kriminalvården",
                O,
                &["kriminalvård", "frivård*", "anstalten"],
            ),
            known("polisen", O, &["polis"]),
            known("försäkringskassan", O, &["försäkringskassa"]),
            known("arbetsförmedlingen", O, &["arbetsförmedling"]),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(ps: &[Party]) -> Vec<&str> {
        ps.iter().map(Party::name).collect()
    }

    #[test]
    fn written_forms_normalise_to_known_parties() {
        let c = PartyCatalog::default();
        for (w, name, kind) in [
            ("Soc", "socialtjänsten", PartyKind::Municipality),
            (
                "Individ- och familjeomsorgen",
                "socialtjänsten",
                PartyKind::Municipality,
            ),
            ("Vuxenpsykiatrin", "psykiatrin", PartyKind::Region),
            ("BUP", "barn- och ungdomspsykiatrin", PartyKind::Region),
            (
                "Barn- och ungdomspsykiatrin",
                "barn- och ungdomspsykiatrin",
                PartyKind::Region,
            ),
            ("Beroendecentrum", "beroendevården", PartyKind::Region),
            ("vårdcentralen Norr", "primärvården", PartyKind::Region),
            ("Frivården", "kriminalvården", PartyKind::Other),
            (
                "Enhet vuxen, socialtjänsten",
                "socialtjänsten",
                PartyKind::Municipality,
            ),
        ] {
            let p = c.normalise(w).unwrap_or_else(|| panic!("{w}"));
            assert_eq!(
                (p.name(), p.kind(), p.listing()),
                (name, kind, Listing::Known),
                "{w}"
            );
        }
    }

    #[test]
    fn lists_split_and_keep_unlisted_parties_as_written() {
        let c = PartyCatalog::default();
        let ps = c.parse_list("Psykiatrin och soc, Stadsmissionen\n- Region Västra sjukhuset");
        assert_eq!(
            names(&ps),
            [
                "psykiatrin",
                "socialtjänsten",
                "Stadsmissionen",
                "Region Västra sjukhuset"
            ]
        );
        assert_eq!(ps[2].listing(), Listing::Unlisted);
        assert_eq!(ps[2].kind(), PartyKind::Other);
        assert_eq!(ps[3].kind(), PartyKind::Region);
        // Repeats collapse; empty pieces vanish.
        assert_eq!(
            names(&c.parse_list("soc; socialtjänsten ; ; och")),
            ["socialtjänsten"]
        );
        assert!(c.parse_list(" - ").is_empty());
    }

    #[test]
    fn free_text_mentions_are_found_on_word_boundaries() {
        let c = PartyCatalog::default();
        let ps = c.mentioned("Patienten skrevs ut från psykiatrin utan att socialtjänsten visste. Psykologen ringde.");
        assert_eq!(names(&ps), ["psykiatrin", "socialtjänsten"]);
        assert!(c.mentioned("associationen").is_empty());
    }

    #[test]
    fn stored_parties_are_checked() {
        let p = PartyCatalog::default().normalise("soc").unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"name":"socialtjänsten","kind":"municipality","listing":"known"}"#
        );
        assert_eq!(serde_json::from_str::<Party>(&json).unwrap(), p);
        let bad = r#"{"name":" - ","kind":"other","listing":"unlisted"}"#;
        assert!(serde_json::from_str::<Party>(bad).is_err());
    }

    #[test]
    fn unlisted_names_must_say_something() {
        assert!(Party::unlisted("  - ", PartyKind::Other).is_err());
        assert_eq!(
            Party::unlisted(" Kommunens  LSS ", PartyKind::Municipality)
                .unwrap()
                .name(),
            "Kommunens LSS"
        );
    }
}
