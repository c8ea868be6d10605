//! Categories of deviations: a configurable list with stable codes, Swedish and English
//! labels, and keyword rules that suggest categories from a deviation's text.
//!
//! A suggestion is only a suggestion: it stays [`CategoryStatus::Suggested`] until a person
//! confirms it, and the yearly report says how many categories are still unconfirmed.

use crate::fold::{Folded, Phrase};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Stable machine code of a category ("helhetssyn", "utebliven_sip"): lowercase ASCII letters,
/// digits and '_', 1–40 characters. Codes never change when labels do.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CategoryCode(String);

/// A category code that is not well formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a category code: use lowercase a-z, digits and '_' (for example utebliven_sip)"
)]
pub struct CategoryCodeError(pub String);

impl CategoryCode {
    /// Checks a code.
    pub fn new(code: &str) -> Result<CategoryCode, CategoryCodeError> {
        let ok = !code.is_empty()
            && code.len() <= 40
            && code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if ok {
            Ok(CategoryCode(code.to_owned()))
        } else {
            Err(CategoryCodeError(code.to_owned()))
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CategoryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CategoryCode {
    type Error = CategoryCodeError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        CategoryCode::new(&s)
    }
}

impl From<CategoryCode> for String {
    fn from(c: CategoryCode) -> String {
        c.0
    }
}

/// One category: code, labels, and the keywords that suggest it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Stable code.
    pub code: CategoryCode,
    /// Swedish label.
    pub label_sv: String,
    /// English label.
    pub label_en: String,
    /// Words and phrases that suggest this category, matched as whole words regardless of
    /// case and line breaks; a trailing `*` matches any word starting with the text
    /// ("återkoppl*" matches "återkopplingen").
    pub keywords: Vec<String>,
}

impl Category {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.label_sv,
            Lang::En => &self.label_en,
        }
    }
}

/// Whether a category on a deviation was confirmed by a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryStatus {
    /// Proposed by the keyword rules; not yet looked at by a person.
    Suggested,
    /// Set or confirmed by a person.
    Confirmed,
}

/// A category on a deviation and whether it is confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CategoryMark {
    /// The category.
    pub code: CategoryCode,
    /// Suggested or confirmed.
    pub status: CategoryStatus,
}

/// A category list that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// The list is empty.
    #[error("a category list needs at least one category")]
    Empty,
    /// Two categories share a code.
    #[error("category code {0} appears twice in the category list")]
    Duplicate(CategoryCode),
    /// The fallback is not in the list.
    #[error("fallback category {0} is not in the category list")]
    UnknownFallback(CategoryCode),
}

/// The configurable list of categories, with the fallback used when no keyword matches.
///
/// Serialised as `{"categories": [...], "fallback": "ovrigt"}` (for a configuration file or
/// the register); reading it back checks it as [`CategoryCatalog::new`] does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "CatalogData", try_from = "CatalogData")]
pub struct CategoryCatalog {
    categories: Vec<Category>,
    fallback: CategoryCode,
    rules: Vec<(Phrase, usize)>,
}

impl CategoryCatalog {
    /// A catalog from categories in report order; `fallback` ("ovrigt") is suggested when no
    /// keyword matches, so every deviation has at least one category.
    pub fn new(
        categories: Vec<Category>,
        fallback: CategoryCode,
    ) -> Result<CategoryCatalog, CatalogError> {
        if categories.is_empty() {
            return Err(CatalogError::Empty);
        }
        for (i, c) in categories.iter().enumerate() {
            if categories.iter().skip(i + 1).any(|d| d.code == c.code) {
                return Err(CatalogError::Duplicate(c.code.clone()));
            }
        }
        if !categories.iter().any(|c| c.code == fallback) {
            return Err(CatalogError::UnknownFallback(fallback));
        }
        let rules = categories
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                c.keywords
                    .iter()
                    .filter_map(move |k| Phrase::new(k).map(|p| (p, i)))
            })
            .collect();
        Ok(CategoryCatalog {
            categories,
            fallback,
            rules,
        })
    }

    /// The categories in report order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The fallback category's code.
    pub fn fallback(&self) -> &CategoryCode {
        &self.fallback
    }

    /// The codes in report order, comma-separated: the choices an "unknown category"
    /// message lists.
    ///
    /// ```
    /// use delaktig_deviation::CategoryCatalog;
    /// let c = CategoryCatalog::default();
    /// let listed: Vec<&str> = c.categories().iter().map(|c| c.code.as_str()).collect();
    /// assert_eq!(c.code_list(), listed.join(", "));
    /// ```
    pub fn code_list(&self) -> String {
        self.categories
            .iter()
            .map(|c| c.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The category with this code.
    pub fn get(&self, code: &CategoryCode) -> Option<&Category> {
        self.categories.iter().find(|c| &c.code == code)
    }

    /// Position of a category in report order (unknown codes sort last).
    pub(crate) fn position(&self, code: &CategoryCode) -> usize {
        self.categories
            .iter()
            .position(|c| &c.code == code)
            .unwrap_or(self.categories.len())
    }

    /// Finds a category by what a person wrote: its code or either label, ignoring case,
    /// spaces and underscores ("Utebliven SIP", "utebliven_sip", "Återkoppling", "other").
    pub fn lookup(&self, written: &str) -> Option<&Category> {
        let key = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let k = key(written);
        if k.is_empty() {
            return None;
        }
        self.categories
            .iter()
            .find(|c| key(c.code.as_str()) == k || key(&c.label_sv) == k || key(&c.label_en) == k)
    }

    /// Categories suggested by the keyword rules for `text`, in report order; the fallback
    /// alone when nothing matches.
    ///
    /// ```
    /// use delaktig_deviation::CategoryCatalog;
    /// let c = CategoryCatalog::default();
    /// let codes: Vec<String> = c
    ///     .suggest("Ingen SIP gjordes och vi hörde aldrig av dem.")
    ///     .iter()
    ///     .map(|c| c.to_string())
    ///     .collect();
    /// assert_eq!(codes, ["utebliven_sip"]);
    /// assert_eq!(c.suggest("Något annat")[0].as_str(), "ovrigt");
    /// ```
    pub fn suggest(&self, text: &str) -> Vec<CategoryCode> {
        let folded = Folded::new(text);
        let mut hit = vec![false; self.categories.len()];
        for (phrase, i) in &self.rules {
            let seen = hit.get(*i).copied().unwrap_or(true);
            let matched = !seen && !phrase.find_in(&folded.text).is_empty();
            if let Some(h) = hit.get_mut(*i).filter(|_| matched) {
                *h = true;
            }
        }
        let found: Vec<CategoryCode> = self
            .categories
            .iter()
            .zip(&hit)
            .filter(|(_, h)| **h)
            .map(|(c, _)| c.code.clone())
            .collect();
        if found.is_empty() {
            vec![self.fallback.clone()]
        } else {
            found
        }
    }
}

/// The stored form of a [`CategoryCatalog`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct CatalogData {
    categories: Vec<Category>,
    fallback: CategoryCode,
}

impl From<CategoryCatalog> for CatalogData {
    fn from(c: CategoryCatalog) -> CatalogData {
        CatalogData {
            categories: c.categories,
            fallback: c.fallback,
        }
    }
}

impl TryFrom<CatalogData> for CategoryCatalog {
    type Error = CatalogError;
    fn try_from(d: CatalogData) -> Result<Self, Self::Error> {
        CategoryCatalog::new(d.categories, d.fallback)
    }
}

fn cat(code: &str, sv: &str, en: &str, keywords: &[&str]) -> Category {
    Category {
        // The default codes are literals checked by a test; a bad one would show there.
        code: CategoryCode(code.to_owned()),
        label_sv: sv.to_owned(),
        label_en: en.to_owned(),
        keywords: keywords.iter().map(|k| (*k).to_owned()).collect(),
    }
}

impl Default for CategoryCatalog {
    /// The categories of a coordinator's yearly report on cooperation between social
    /// services and psychiatric and addiction care.
    fn default() -> Self {
        let categories = vec![
            cat(
                "helhetssyn",
                "Helhetssyn",
                "Holistic view",
                &[
                    "helhetssyn*",
                    "helhetsansvar*",
                    "helhetsperspektiv*",
                    "föll mellan stolarna",
                    "faller mellan stolarna",
                    "ingen tog ansvar",
                    "ingen tar ansvar",
                    "ingen tog ansvaret",
                    "bollades mellan",
                    "bollas mellan",
                    "hänvisade till varandra",
                    "hänvisar till varandra",
                ],
            ),
            cat(
                "klientfokus",
                "Klientfokus",
                "Client focus",
                &[
                    "klientfokus*",
                    "klientens behov",
                    "patientens behov",
                    "brukarens behov",
                    "klientens önskemål",
                    "patientens önskemål",
                    "över huvudet på",
                    "utgick från verksamhetens",
                    "inte lyssnade på",
                    "lyssnade inte på",
                ],
            ),
            cat(
                "kommunikation",
                "Kommunikation",
                "Communication",
                &[
                    "kommunikation*",
                    "missförstånd*",
                    "gick inte att nå",
                    "inte gick att nå",
                    "svarade inte",
                    "ingen kontakt",
                    "telefontid*",
                ],
            ),
            cat(
                "information",
                "Information",
                "Information",
                &[
                    "information*",
                    "informerad*",
                    "informerade*",
                    "epikris*",
                    "remiss*",
                    "fick inte veta",
                    "uppgifter saknades",
                ],
            ),
            cat(
                "aterkoppling",
                "Återkoppling",
                "Feedback",
                &[
                    "återkoppl*",
                    "återrapport*",
                    "hörde aldrig av sig",
                    "hörde inte av sig",
                    "hör inte av sig",
                    "fick aldrig svar",
                    "inget svar",
                ],
            ),
            cat(
                "utebliven_sip",
                "Utebliven SIP",
                "Coordinated individual plan (SIP) not made",
                &[
                    "sip",
                    "sip-möte*",
                    "samordnad individuell plan",
                    "samordnade individuella plan*",
                    "samordnad plan",
                ],
            ),
            cat(
                "bemotande",
                "Bemötande",
                "Treatment of the client",
                &[
                    "bemöt*",
                    "otrevlig*",
                    "oförskämd*",
                    "respektlös*",
                    "nedlåtande",
                    "kränk*",
                ],
            ),
            cat(
                "kompetens",
                "Kompetens",
                "Competence",
                &[
                    "kompetens*",
                    "okunskap*",
                    "kunskap*",
                    "utbildning*",
                    "inte visste hur",
                ],
            ),
            cat("ovrigt", "Övrigt", "Other", &[]),
        ];
        let fallback = CategoryCode("ovrigt".to_owned());
        // Unique codes and a listed fallback; a test builds this through `new` too.
        CategoryCatalog::new(categories.clone(), fallback.clone()).unwrap_or(CategoryCatalog {
            categories,
            fallback,
            rules: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(v: Vec<CategoryCode>) -> Vec<String> {
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn default_catalog_is_well_formed() {
        let c = CategoryCatalog::default();
        let built = CategoryCatalog::new(c.categories().to_vec(), c.fallback().clone()).unwrap();
        assert_eq!(built, c);
        for cat in c.categories() {
            assert_eq!(CategoryCode::new(cat.code.as_str()).as_ref(), Ok(&cat.code));
        }
        assert_eq!(c.categories().len(), 9);
    }

    #[test]
    fn keyword_rules_suggest_the_default_categories() {
        let c = CategoryCatalog::default();
        let cases = [
            (
                "Ingen SIP hölls trots att klienten bad om det.",
                vec!["utebliven_sip"],
            ),
            (
                "Någon samordnad individuell plan gjordes inte.",
                vec!["utebliven_sip"],
            ),
            ("Handläggaren hörde aldrig av sig.", vec!["aterkoppling"]),
            (
                "Vi väntar fortfarande på återkoppling.",
                vec!["aterkoppling"],
            ),
            ("Personalen var otrevlig mot klienten.", vec!["bemotande"]),
            (
                "Klienten upplevde ett nedlåtande bemötande.",
                vec!["bemotande"],
            ),
            ("Ingen tog helhetsansvar för klienten.", vec!["helhetssyn"]),
            ("Klienten föll mellan stolarna.", vec!["helhetssyn"]),
            ("Beslutet gick emot klientens behov.", vec!["klientfokus"]),
            (
                "Ett missförstånd om vem som skulle ringa.",
                vec!["kommunikation"],
            ),
            ("Epikrisen kom aldrig fram.", vec!["information"]),
            ("Personalen saknade kunskap om LSS.", vec!["kompetens"]),
            (
                "Ingen information och ingen återkoppling; bristande kompetens.",
                vec!["information", "aterkoppling", "kompetens"],
            ),
            ("Bilen startade inte.", vec!["ovrigt"]),
        ];
        for (text, want) in cases {
            assert_eq!(codes(c.suggest(text)), want, "{text}");
        }
    }

    #[test]
    fn keywords_do_not_match_inside_other_words() {
        let c = CategoryCatalog::default();
        // "sip" inside "sippra", "kränk" must start a word.
        assert_eq!(codes(c.suggest("Det sipprade ut. Okränkbar.")), ["ovrigt"]);
    }

    #[test]
    fn categories_are_found_by_code_or_label() {
        let c = CategoryCatalog::default();
        for w in ["Utebliven SIP", "utebliven_sip", "UTEBLIVEN sip"] {
            assert_eq!(
                c.lookup(w).map(|c| c.code.as_str()),
                Some("utebliven_sip"),
                "{w}"
            );
        }
        assert_eq!(
            c.lookup("återkoppling").map(|c| c.code.as_str()),
            Some("aterkoppling")
        );
        assert_eq!(c.lookup("Other").map(|c| c.code.as_str()), Some("ovrigt"));
        assert!(c.lookup("väder").is_none());
        assert!(c.lookup("  ").is_none());
    }

    #[test]
    fn catalogs_round_trip_through_json_and_are_checked_when_read() {
        let c = CategoryCatalog::default();
        let json = serde_json::to_string(&c).unwrap();
        let back: CategoryCatalog = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        assert_eq!(back.suggest("ingen SIP")[0].as_str(), "utebliven_sip");
        let bad = r#"{"categories":[{"code":"a","label_sv":"A","label_en":"A","keywords":[]}],"fallback":"b"}"#;
        let err = serde_json::from_str::<CategoryCatalog>(bad).unwrap_err();
        assert!(err.to_string().contains("fallback category b"), "{err}");
    }

    #[test]
    fn bad_catalogs_are_refused() {
        let code = |s: &str| CategoryCode::new(s).unwrap();
        assert_eq!(
            CategoryCatalog::new(vec![], code("x")),
            Err(CatalogError::Empty)
        );
        let a = cat("a", "A", "A", &[]);
        assert_eq!(
            CategoryCatalog::new(vec![a.clone(), a.clone()], code("a")),
            Err(CatalogError::Duplicate(code("a")))
        );
        assert_eq!(
            CategoryCatalog::new(vec![a], code("b")),
            Err(CatalogError::UnknownFallback(code("b")))
        );
        assert!(CategoryCode::new("Utebliven SIP").is_err());
    }
}
