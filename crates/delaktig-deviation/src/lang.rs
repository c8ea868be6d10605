//! Language of labels and reports. Swedish is the default; English on request.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// Language of labels and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Swedish.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The language code ("sv", "en").
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// A language code that is not supported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\": use sv or en")]
pub struct LangParseError(pub String);

impl FromStr for Lang {
    type Err = LangParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sv" | "svenska" | "swedish" => Ok(Lang::Sv),
            "en" | "engelska" | "english" => Ok(Lang::En),
            _ => Err(LangParseError(s.to_owned())),
        }
    }
}
