//! Finds and redacts personal data in Swedish text, so that notes and
//! proposals can be published without the people in them.
//!
//! # Overview
//!
//! A [`Redactor`] runs a set of detectors over a text and replaces every
//! finding with a typed placeholder:
//!
//! | kind | example | placeholder |
//! | --- | --- | --- |
//! | [`Kind::Personnummer`] | `811218-9876`, `198112189876`, `811218+9876` | `[personnummer]` |
//! | [`Kind::Samordningsnummer`] | `811278-9873` (day + 60) | `[personnummer]` |
//! | [`Kind::Phone`] | `070-123 45 67`, `+46 70 123 45 67`, `042-10 50 00` | `[telefon]` |
//! | [`Kind::Email`] | `anna.svensson@example.se` | `[e-post]` |
//! | [`Kind::Address`] | `Stora Södergatan 20`, `Storgatan 5B, 252 23 Helsingborg` | `[adress]` |
//! | [`Kind::BankAccount`], [`Kind::Bankgiro`], [`Kind::Plusgiro`] | `Bankgiro 5050-1055` | `[konto]` |
//! | [`Kind::Name`] | `handläggaren Anna Svensson` | `[namn 1]`, `[namn 2]`, … |
//!
//! Every redaction is reported with its byte span in the input, its kind and
//! its [`Certainty`]; the result types serialise with serde.
//!
//! # Entry points
//!
//! - [`Redactor::redact`]: text, redactions and review flags ([`Redacted`]).
//! - [`Redactor::find`]: the findings only, no rewriting.
//! - [`Redactor::redact_text`] / [`Redactor::redact_cow`]: plain filter
//!   shapes for report hooks (`&str -> String`, `&'a str -> Cow<'a, str>`).
//! - [`Redactor::redact_all`]: several texts of one document (a report's
//!   proposals and comments) with one person numbering across them.
//!
//! # Codemap
//!
//! `idnum` (personnummer, samordningsnummer), `phone`, `email`, `address`,
//! `bank` (accounts, giro, IBAN) and `names` are the detectors; each writes
//! candidates into a sink, and [`Redactor`] resolves overlaps (validated
//! numbers beat looser detectors) and assigns placeholders. The detectors
//! scan bytes and only run a regex (addresses) next to a house number, so
//! the cost is close to one pass over the text. `names` reads its first-name
//! list from `src/data/first_names.txt`.
//!
//! # Design decisions
//!
//! - **Identity numbers are validated**: the date must exist (day + 60 for a
//!   samordningsnummer) and the Luhn check digit must match. OCR look-alike
//!   letters (`O`→0, `l`/`I`→1, `S`→5, `B`→8) are mapped back first and such
//!   finds are [`Certainty::Probable`].
//! - **A number that fails the check is not redacted** but listed in
//!   [`Redacted::flags`] for a reviewer: such numbers are far more often case
//!   or order numbers than mistyped identity numbers. Only unmistakable shapes
//!   (`YYMMDD-NNNN`, `YYMMDD+NNNN`, twelve digits with a century) are flagged.
//! - **A samordningsnummer becomes `[personnummer]`**: a distinct placeholder
//!   would tell readers the person is not registered in Sweden.
//! - **Bank numbers need a label** ("bankgiro", "BG", "plusgiro", "konto", …):
//!   bare `1200-1300` is a range far more often than an account. IBANs carry a
//!   mod-97 check and need none.
//! - **Street names without a house number are kept**: "vi ses på Hamntorget"
//!   names a public place, not a home.
//! - **Names** are found by signals (known first name, role or verb next to
//!   the name, a title, an attendee list); one signal is probable, two are
//!   certain. Names on [`RedactOptions::public_names`] are kept (matched
//!   without diacritics, so OCR's "Bergstrom" is "Bergström"), every other
//!   person becomes `[namn N]`, numbered by first mention. A lone first name
//!   or surname of a person mentioned in full elsewhere in the text gets that
//!   person's number; when several share it, the one mentioned most recently
//!   before it. A token shared by a private and a public person is redacted:
//!   leaking a private name is the worse mistake. E-mail addresses are
//!   redacted even when they belong to a public person.
//! - **Where names are not found**: all-capitals names ("ANNA SVENSSON"),
//!   two unknown capitalised words with no role, verb, list or surname
//!   ending around them, and lone surnames with no context or earlier full
//!   mention. Particles ("von", "af") are joined only after a known first
//!   name.
//!
//! # Example
//!
//! ```
//! use delaktig_redact::{Kind, RedactOptions, Redactor};
//!
//! let redactor = Redactor::new(RedactOptions {
//!     public_names: vec!["Leif Redestig".into()],
//!     ..RedactOptions::default()
//! })?;
//! let out = redactor.redact(
//!     "Leif Redestig träffade handläggaren Anna Svensson. \
//!      Svensson nås på 070-123 45 67, pnr 811218-9876.",
//! );
//! assert_eq!(
//!     out.text,
//!     "Leif Redestig träffade handläggaren [namn 1]. \
//!      [namn 1] nås på [telefon], pnr [personnummer]."
//! );
//! assert_eq!(out.redactions[2].kind, Kind::Phone);
//! # Ok::<(), delaktig_redact::RedactError>(())
//! ```
#![deny(missing_docs)]

mod address;
mod bank;
mod email;
mod finding;
mod idnum;
mod names;
mod phone;
mod scan;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

pub use finding::{Certainty, Finding, Flag, FlagReason, Kind, Kinds, Redacted, Redaction};

use names::PublicNames;
use scan::{Candidate, Sink};

/// Why a [`Redactor`] could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedactError {
    /// An entry of [`RedactOptions::public_names`] contains no letter, so it
    /// cannot match any name; fix or remove that entry.
    #[error(
        "public name #{index} ({name:?}) contains no letter; remove it or write the person's name"
    )]
    InvalidPublicName {
        /// Zero-based position in the list.
        index: usize,
        /// The entry as given.
        name: String,
    },
}

/// What a [`Redactor`] looks for and whom it leaves alone. The default
/// detects every kind and keeps no name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RedactOptions {
    /// Persons whose names are public in their role (staff, officials,
    /// invited speakers): "First Last" or "Last, First", one per entry.
    /// Their names, and their lone first names or surnames when no private
    /// person in the text shares them, are kept.
    pub public_names: Vec<String>,
    /// Which kinds to detect (all by default).
    pub kinds: Kinds,
}

/// Reads a list of public names: one per line; blank lines and lines starting
/// with `#` are skipped. Meant for the CLI's `--public-names FILE`.
pub fn public_names_from_list(list: &str) -> Vec<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Detects and redacts personal data. Build once, use for many texts; it is
/// `Send + Sync` and holds no per-text state.
#[derive(Debug, Clone)]
pub struct Redactor {
    public: PublicNames,
    kinds: Kinds,
}

impl Default for Redactor {
    /// All kinds, no public names.
    fn default() -> Self {
        Redactor {
            public: PublicNames::default(),
            kinds: Kinds::all(),
        }
    }
}

impl Redactor {
    /// Builds a redactor. Fails if a public name contains no letter.
    pub fn new(options: RedactOptions) -> Result<Redactor, RedactError> {
        for (index, name) in options.public_names.iter().enumerate() {
            if !name.chars().any(char::is_alphabetic) {
                return Err(RedactError::InvalidPublicName {
                    index,
                    name: name.clone(),
                });
            }
        }
        Ok(Redactor {
            public: PublicNames::new(options.public_names.iter().map(String::as_str)),
            kinds: options.kinds,
        })
    }

    /// The kinds this redactor detects.
    pub fn kinds(&self) -> Kinds {
        self.kinds
    }

    /// How many public names it keeps.
    pub fn public_name_count(&self) -> usize {
        self.public.len()
    }

    /// Every personal datum in `text`, in input order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Finding> {
        self.resolve(text)
            .0
            .into_iter()
            .map(|c| Finding {
                span: c.span,
                kind: c.kind,
                certainty: c.certainty,
            })
            .collect()
    }

    /// Replaces every personal datum in `text` with its placeholder.
    pub fn redact(&self, text: &str) -> Redacted {
        let (found, flags) = self.resolve(text);
        let mut redactions = Vec::with_capacity(found.len());
        let mut persons: HashMap<String, usize> = HashMap::new();
        for c in found {
            let placeholder = match (&c.kind, &c.person) {
                (Kind::Name, Some(key)) => {
                    let next = persons.len() + 1;
                    let n = *persons.entry(key.clone()).or_insert(next);
                    format!("[namn {n}]")
                }
                (kind, _) => format!("[{}]", kind.placeholder_stem()),
            };
            redactions.push(Redaction {
                span: c.span,
                kind: c.kind,
                certainty: c.certainty,
                placeholder,
            });
        }
        Redacted {
            text: apply(text, &redactions),
            redactions,
            flags,
        }
    }

    /// The redacted text only: the shape of a plain text filter, for hooks
    /// that take `Fn(&str) -> String`.
    pub fn redact_text(&self, text: &str) -> String {
        self.redact(text).text
    }

    /// The redacted text, borrowed when there was nothing to redact: the
    /// shape of a `fn filter<'a>(&self, &'a str) -> Cow<'a, str>` hook.
    pub fn redact_cow<'a>(&self, text: &'a str) -> Cow<'a, str> {
        borrowed_unless_redacted(text, self.redact(text))
    }

    /// [`Redactor::redact`] for an output that no person reviews before it is published (a
    /// public report or export): what [`Redactor::redact`] only flags for review is redacted
    /// too, as probable — numbers shaped and dated like an identity number but with a wrong
    /// check digit (a typing error, a digit a scan misread) or a valid check digit on a date
    /// that does not exist, and known first names standing alone ("Ring Kalle"). When in
    /// doubt, leave it out.
    pub fn redact_for_publication(&self, text: &str) -> Redacted {
        let mut out = self.redact(text);
        if out.flags.is_empty() {
            return out;
        }
        for f in std::mem::take(&mut out.flags) {
            // A flag never overlaps a redaction; one that would is covered already.
            if out
                .redactions
                .iter()
                .any(|r| r.span.start < f.span.end && f.span.start < r.span.end)
            {
                continue;
            }
            out.redactions.push(Redaction {
                placeholder: format!("[{}]", f.kind.placeholder_stem()),
                span: f.span,
                kind: f.kind,
                certainty: Certainty::Probable,
            });
        }
        out.redactions.sort_by_key(|r| r.span.start);
        out.text = apply(text, &out.redactions);
        out
    }

    /// [`Redactor::redact_for_publication`]'s text, borrowed when nothing was redacted.
    pub fn redact_for_publication_cow<'a>(&self, text: &'a str) -> Cow<'a, str> {
        borrowed_unless_redacted(text, self.redact_for_publication(text))
    }

    /// Redacts several texts that belong to one document (the proposals,
    /// comments and notes of one report) as one: a person gets the same
    /// `[namn N]` in all of them, and a surname in a later text is
    /// recognised from a full mention in an earlier one. Results are in the
    /// order of `texts`, with spans relative to each text.
    pub fn redact_all<S: AsRef<str>>(&self, texts: &[S]) -> Vec<Redacted> {
        // A blank line between texts: no detector reads across one.
        const SEP: &str = "\n\n";
        let mut joined =
            String::with_capacity(texts.iter().map(|t| t.as_ref().len() + SEP.len()).sum());
        let mut bounds = Vec::with_capacity(texts.len());
        for t in texts {
            let start = joined.len();
            joined.push_str(t.as_ref());
            bounds.push(start..joined.len());
            joined.push_str(SEP);
        }
        let whole = self.redact(&joined);
        let mut reds = whole.redactions.into_iter().peekable();
        let mut flags = whole.flags.into_iter().peekable();
        bounds
            .into_iter()
            .zip(texts)
            .map(|(b, t)| {
                let text = t.as_ref();
                let mut out = Redacted::default();
                while let Some(r) = reds.next_if(|r| r.span.start < b.end + SEP.len()) {
                    // Detectors never cross the blank line; keep only what
                    // lies inside this text, shifted to its own offsets.
                    if r.span.start >= b.start && r.span.end <= b.end {
                        out.redactions.push(Redaction {
                            span: r.span.start - b.start..r.span.end - b.start,
                            ..r
                        });
                    }
                }
                while let Some(f) = flags.next_if(|f| f.span.start < b.end + SEP.len()) {
                    if f.span.start >= b.start && f.span.end <= b.end {
                        out.flags.push(Flag {
                            span: f.span.start - b.start..f.span.end - b.start,
                            ..f
                        });
                    }
                }
                out.text = apply(text, &out.redactions);
                out
            })
            .collect()
    }

    /// Runs the detectors, then keeps, among overlapping candidates, the one
    /// of the strongest kind (validated numbers first), then the more
    /// certain, then the longer.
    fn resolve(&self, text: &str) -> (Vec<Candidate>, Vec<Flag>) {
        let k = self.kinds;
        let mut sink = Sink::default();
        if k.contains(Kind::Personnummer) || k.contains(Kind::Samordningsnummer) {
            idnum::find(
                text,
                k.contains(Kind::Personnummer),
                k.contains(Kind::Samordningsnummer),
                &mut sink,
            );
        }
        if k.contains(Kind::BankAccount) || k.contains(Kind::Bankgiro) || k.contains(Kind::Plusgiro)
        {
            bank::find(text, &mut sink, |kind| k.contains(kind));
        }
        if k.contains(Kind::Email) {
            email::find(text, &mut sink);
        }
        if k.contains(Kind::Phone) {
            phone::find(text, &mut sink);
        }
        if k.contains(Kind::Address) {
            address::find(text, &mut sink);
        }
        if k.contains(Kind::Name) {
            names::find(text, &self.public, &mut sink);
        }
        let Sink {
            mut candidates,
            flags,
        } = sink;
        candidates.retain(|c| {
            c.span.start < c.span.end
                && text.is_char_boundary(c.span.start)
                && text.is_char_boundary(c.span.end)
                && c.span.end <= text.len()
        });
        candidates.sort_by(|a, b| {
            (a.kind.rank(), a.certainty, b.span.len(), a.span.start).cmp(&(
                b.kind.rank(),
                b.certainty,
                a.span.len(),
                b.span.start,
            ))
        });
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        let mut kept = Vec::with_capacity(candidates.len());
        for c in candidates {
            if overlaps(&taken, &c.span) {
                continue;
            }
            taken.insert(c.span.start, c.span.end);
            kept.push(c);
        }
        kept.sort_by_key(|c| c.span.start);
        let mut flags: Vec<Flag> = flags
            .into_iter()
            .filter(|f| !overlaps(&taken, &f.span))
            .collect();
        flags.sort_by_key(|f| f.span.start);
        (kept, flags)
    }
}

/// `text` itself when `out` redacted nothing in it, else `out`'s text.
fn borrowed_unless_redacted(text: &str, out: Redacted) -> Cow<'_, str> {
    if out.redactions.is_empty() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out.text)
    }
}

/// `text` with each (sorted, disjoint) redaction replaced by its placeholder.
fn apply(text: &str, redactions: &[Redaction]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in redactions {
        out.push_str(text.get(last..r.span.start).unwrap_or_default());
        out.push_str(&r.placeholder);
        last = r.span.end;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

/// Whether `span` overlaps any accepted `[start, end)` in `taken`.
fn overlaps(taken: &BTreeMap<usize, usize>, span: &std::ops::Range<usize>) -> bool {
    // The last accepted span starting before our end is the only one that can
    // reach into us (accepted spans never overlap each other).
    taken
        .range(..span.end)
        .next_back()
        .is_some_and(|(_, &end)| end > span.start)
}
