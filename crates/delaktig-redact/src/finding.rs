//! The vocabulary of a redaction: what kind of personal datum was found, how
//! sure the detector is, and where it sits in the input. These are the types
//! the CLI prints with `--json`, so their serde shape is part of the API.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// The kind of personal datum a detector found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Swedish personal identity number, validated by date and check digit.
    Personnummer,
    /// Swedish coordination number (day of birth + 60), validated like a personnummer.
    Samordningsnummer,
    /// Telephone number in a Swedish (or international) format.
    Phone,
    /// E-mail address.
    Email,
    /// Street address with a house number, optionally with flat, postcode and town.
    Address,
    /// Bank account number (clearing + account, or IBAN).
    BankAccount,
    /// Bankgiro number.
    Bankgiro,
    /// Plusgiro number.
    Plusgiro,
    /// Name of a person who is not on the caller's list of public persons.
    Name,
}

impl Kind {
    /// Every kind, in the order used for [`Kinds::all`].
    pub const ALL: [Kind; 9] = [
        Kind::Personnummer,
        Kind::Samordningsnummer,
        Kind::Phone,
        Kind::Email,
        Kind::Address,
        Kind::BankAccount,
        Kind::Bankgiro,
        Kind::Plusgiro,
        Kind::Name,
    ];

    /// The snake_case name, as used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Personnummer => "personnummer",
            Kind::Samordningsnummer => "samordningsnummer",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Address => "address",
            Kind::BankAccount => "bank_account",
            Kind::Bankgiro => "bankgiro",
            Kind::Plusgiro => "plusgiro",
            Kind::Name => "name",
        }
    }

    /// The kind with this snake_case name (as in JSON: `"bank_account"`),
    /// for command-line options such as `--kinds phone,email`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The placeholder that replaces a datum of this kind. Names get a number
    /// appended per person (see [`crate::Redaction::placeholder`]).
    ///
    /// A samordningsnummer is replaced by `[personnummer]` on purpose: a
    /// distinct placeholder would reveal that the person is not registered in
    /// Sweden, which is itself a personal datum.
    pub fn placeholder_stem(self) -> &'static str {
        match self {
            Kind::Personnummer | Kind::Samordningsnummer => "personnummer",
            Kind::Phone => "telefon",
            Kind::Email => "e-post",
            Kind::Address => "adress",
            Kind::BankAccount | Kind::Bankgiro | Kind::Plusgiro => "konto",
            Kind::Name => "namn",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// Which kind wins when two findings overlap: lower wins. Validated
    /// identity and account numbers beat the looser detectors.
    pub(crate) fn rank(self) -> u8 {
        match self {
            Kind::Personnummer => 0,
            Kind::Samordningsnummer => 1,
            Kind::BankAccount => 2,
            Kind::Bankgiro => 3,
            Kind::Plusgiro => 4,
            Kind::Email => 5,
            Kind::Phone => 6,
            Kind::Address => 7,
            Kind::Name => 8,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of [`Kind`]s: which detectors a [`crate::Redactor`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kinds(u16);

impl Kinds {
    /// Every kind (the default).
    pub fn all() -> Kinds {
        Kind::ALL.iter().fold(Kinds(0), |k, &kind| k.with(kind))
    }

    /// No kind at all; add some with [`Kinds::with`].
    pub fn none() -> Kinds {
        Kinds(0)
    }

    /// Exactly the given kinds.
    pub fn only(kinds: &[Kind]) -> Kinds {
        kinds.iter().fold(Kinds(0), |k, &kind| k.with(kind))
    }

    /// This set plus `kind`.
    #[must_use]
    pub fn with(self, kind: Kind) -> Kinds {
        Kinds(self.0 | kind.bit())
    }

    /// This set without `kind`.
    #[must_use]
    pub fn without(self, kind: Kind) -> Kinds {
        Kinds(self.0 & !kind.bit())
    }

    /// Whether `kind` is in the set.
    pub fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds in the set, in [`Kind::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.into_iter().filter(move |&k| self.contains(k))
    }
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds::all()
    }
}

/// How sure a detector is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Validated (date and check digit, a known format, or two independent
    /// signals for a name such as a known first name in an attendee list).
    Certain,
    /// One signal only, or repaired first (OCR look-alike digits turned back
    /// into digits). Redacted all the same: when in doubt, leave it out.
    Probable,
}

/// One personal datum found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// Byte range in the input text (always on `char` boundaries).
    pub span: Range<usize>,
    /// What was found.
    pub kind: Kind,
    /// How sure the detector is.
    pub certainty: Certainty,
}

/// One replacement made by [`crate::Redactor::redact`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Redaction {
    /// Byte range in the input text that was replaced.
    pub span: Range<usize>,
    /// What was found.
    pub kind: Kind,
    /// How sure the detector is.
    pub certainty: Certainty,
    /// The text that replaced the datum: `[personnummer]`, `[telefon]`,
    /// `[e-post]`, `[adress]`, `[konto]`, or `[namn N]` where N numbers the
    /// persons of one document in order of first mention.
    pub placeholder: String,
}

/// Why a number was flagged for review instead of redacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    /// Shaped and dated like a personnummer, but the check digit is wrong.
    CheckDigit,
    /// Shaped like a personnummer with a correct check digit, but the date
    /// does not exist (for example 19990231).
    ImpossibleDate,
    /// A known first name standing alone, with nothing around it that says a person is
    /// meant ("Ring Kalle", "Hälsningar Lena"): redacted for publication, shown for review.
    LoneFirstName,
    /// A surname standing alone (a known one, or shaped like a Swedish one: "-ström",
    /// "-sson", "-qvist"…) with nothing that says a person is meant ("Kontakta Nyström")
    /// and no full mention of that person in the text: redacted for publication, shown for
    /// review.
    LoneSurname,
}

/// A datum that may be personal but is not certain enough to redact: a number that looks
/// like an identity number but failed validation, or a first name or surname standing alone.
///
/// It is *not* redacted by [`crate::Redactor::redact`]: a number that fails the Luhn check or
/// names an impossible date is far more often a case number, an order number or a phone
/// number than a mistyped personnummer, and blanking those would damage the public record;
/// a name alone may be a street's, a boat's, a company's or a word's. It is reported so that a
/// person reviewing the text before publication can decide, and
/// [`crate::Redactor::redact_for_publication`] redacts it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Flag {
    /// Byte range in the input text.
    pub span: Range<usize>,
    /// The kind the number resembles.
    pub kind: Kind,
    /// What failed.
    pub reason: FlagReason,
}

/// The result of [`crate::Redactor::redact`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Redacted {
    /// The text with every finding replaced by its placeholder.
    pub text: String,
    /// Every replacement, in input order; spans refer to the *input* text.
    pub redactions: Vec<Redaction>,
    /// Numbers that resemble identity numbers but failed validation; left in
    /// the text, listed for review.
    pub flags: Vec<Flag>,
}
