//! Identifiers: deviation ids ("A-2024-007", "A-7") and references to improvement proposals.
//!
//! Proposal references are kept as checked text, not as the register's proposal id type, so
//! this crate stays independent of how the proposal domain numbers its proposals.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Stable id of a deviation: "A-2024-007" (numbered per year) or "A-7" (running number).
///
/// ```
/// use delaktig_deviation::DeviationId;
/// let id: DeviationId = "a-2024-7".parse().unwrap();
/// assert_eq!(id.to_string(), "A-2024-007");
/// assert_eq!("A7".parse::<DeviationId>().unwrap().to_string(), "A-7");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DeviationId {
    year: Option<u16>,
    number: u32,
}

/// A deviation id that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a deviation id: write it as A-<year>-<number> (A-2024-007) or A-<number> (A-7); the number starts at 1"
)]
pub struct DeviationIdError(pub String);

impl DeviationId {
    /// A running-number id, shown as "A-7". `None` for 0.
    pub fn numbered(number: u32) -> Option<DeviationId> {
        (number > 0).then_some(DeviationId { year: None, number })
    }

    /// A per-year id, shown as "A-2024-007". `None` for number 0 or a year outside 1900–9999.
    pub fn in_year(year: u16, number: u32) -> Option<DeviationId> {
        ((1900..=9999).contains(&year) && number > 0).then_some(DeviationId {
            year: Some(year),
            number,
        })
    }

    /// The next free per-year id for `year`: one past the highest number among `existing`
    /// ids of that year ("A-2024-001" for the first). `None` when the year is out of range
    /// or the numbers are used up.
    ///
    /// ```
    /// use delaktig_deviation::DeviationId;
    /// let ids: Vec<DeviationId> = ["A-2024-001", "A-2024-007", "A-2023-040"]
    ///     .iter().map(|s| s.parse().unwrap()).collect();
    /// assert_eq!(DeviationId::next_in_year(ids.iter().copied(), 2024).unwrap().to_string(), "A-2024-008");
    /// assert_eq!(DeviationId::next_in_year(ids.iter().copied(), 2025).unwrap().to_string(), "A-2025-001");
    /// ```
    pub fn next_in_year(
        existing: impl IntoIterator<Item = DeviationId>,
        year: u16,
    ) -> Option<DeviationId> {
        let max = existing
            .into_iter()
            .filter(|id| id.year == Some(year))
            .map(|id| id.number)
            .max()
            .unwrap_or(0);
        DeviationId::in_year(year, max.checked_add(1)?)
    }

    /// The year part, when the id has one.
    pub fn year(self) -> Option<u16> {
        self.year
    }

    /// The number part.
    pub fn number(self) -> u32 {
        self.number
    }
}

impl fmt::Display for DeviationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "A-{y}-{:03}", self.number),
            None => write!(f, "A-{}", self.number),
        }
    }
}

impl FromStr for DeviationId {
    type Err = DeviationIdError;
    /// Accepts "A-2024-007", "a 2024-7", "A-7", "A7" and a bare "7".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DeviationIdError(s.to_owned());
        let t = s.trim();
        let rest = match t.strip_prefix(['A', 'a']) {
            Some(r) => r.trim_start_matches(['-', ' ']),
            None => t,
        };
        let parts: Vec<&str> = rest.split(['-', ' ']).filter(|p| !p.is_empty()).collect();
        let num = |p: &str| -> Result<u32, DeviationIdError> {
            if p.is_empty() || p.len() > 9 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            p.parse::<u32>().map_err(|_| err())
        };
        match parts.as_slice() {
            [n] => DeviationId::numbered(num(n)?).ok_or_else(err),
            [y, n] if y.len() == 4 => {
                let year = u16::try_from(num(y)?).map_err(|_| err())?;
                DeviationId::in_year(year, num(n)?).ok_or_else(err)
            }
            _ => Err(err()),
        }
    }
}

impl TryFrom<String> for DeviationId {
    type Error = DeviationIdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<DeviationId> for String {
    fn from(id: DeviationId) -> String {
        id.to_string()
    }
}

/// A reference to an improvement proposal raised from a deviation ("P-12").
///
/// Register proposal ids ("P-12", "p12", "P 12", a bare "12") are normalised to "P-12";
/// other ids (letters, digits, '-', '_', '.', '/', at most 40 characters) are kept as written.
///
/// ```
/// use delaktig_deviation::ProposalRef;
/// assert_eq!(ProposalRef::new("p 12").unwrap().as_str(), "P-12");
/// assert!(ProposalRef::new("två ord").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProposalRef(String);

/// A proposal reference that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a proposal reference: write the proposal's id, for example P-12 (letters, digits, '-', '_', '.', '/'; at most 40 characters)"
)]
pub struct ProposalRefError(pub String);

impl ProposalRef {
    /// Checks and normalises a proposal id.
    pub fn new(text: &str) -> Result<ProposalRef, ProposalRefError> {
        let t = text.trim();
        let digits = match t.strip_prefix(['P', 'p']) {
            Some(r) => r.trim_start_matches(['-', ' ']),
            None => t,
        };
        let number = (!digits.is_empty()
            && digits.len() <= 19
            && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<u64>().ok())
        .flatten();
        if let Some(n) = number {
            return Ok(ProposalRef(format!("P-{n}")));
        }
        let ok = !t.is_empty()
            && t.chars().count() <= 40
            && t.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
        if ok {
            Ok(ProposalRef(t.to_owned()))
        } else {
            Err(ProposalRefError(text.to_owned()))
        }
    }

    /// The reference as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProposalRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for ProposalRef {
    type Err = ProposalRefError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ProposalRef::new(s)
    }
}

impl TryFrom<String> for ProposalRef {
    type Error = ProposalRefError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        ProposalRef::new(&s)
    }
}

impl From<ProposalRef> for String {
    fn from(p: ProposalRef) -> String {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deviation_ids_parse_and_print() {
        let cases = [
            ("A-2024-007", "A-2024-007"),
            ("a-2024-7", "A-2024-007"),
            ("A 2024 12", "A-2024-012"),
            ("A-2024-1234", "A-2024-1234"),
            ("A-7", "A-7"),
            ("a7", "A-7"),
            (" 7 ", "A-7"),
        ];
        for (input, shown) in cases {
            let id: DeviationId = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(id.to_string(), shown, "{input}");
            assert_eq!(id.to_string().parse::<DeviationId>(), Ok(id));
        }
    }

    #[test]
    fn bad_deviation_ids_are_refused_with_a_hint() {
        for bad in [
            "",
            "A-",
            "A-0",
            "A-2024-0",
            "B-7",
            "A-24-7",
            "A-2024-7-1",
            "A-x",
            "A-99999999999",
        ] {
            let e = bad.parse::<DeviationId>().unwrap_err();
            assert!(e.to_string().contains("A-2024-007"), "{bad}: {e}");
        }
    }

    #[test]
    fn ids_serialise_as_their_text() {
        let id = DeviationId::in_year(2024, 7).unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"A-2024-007\"");
        assert_eq!(
            serde_json::from_str::<DeviationId>("\"A-2024-007\"").unwrap(),
            id
        );
        assert!(serde_json::from_str::<DeviationId>("\"nope\"").is_err());
    }

    #[test]
    fn proposal_refs_normalise_register_ids() {
        assert_eq!(ProposalRef::new("P-12").unwrap().as_str(), "P-12");
        assert_eq!(ProposalRef::new("p12").unwrap().as_str(), "P-12");
        assert_eq!(ProposalRef::new("007").unwrap().as_str(), "P-7");
        assert_eq!(ProposalRef::new("FF-2024/3").unwrap().as_str(), "FF-2024/3");
        for bad in ["", "  ", "P 12 och 13", "a;b"] {
            assert!(ProposalRef::new(bad).is_err(), "{bad}");
        }
    }
}
