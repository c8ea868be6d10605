//! OCR restoration across the boundary: a shareable `Normalizer` object, the restored text
//! and the list of changes (each with its byte span, reason and confidence).

use std::sync::{Arc, LazyLock};

use delaktig_normalize as norm;

use crate::guard::{Internal, guard, guard_ok};
use crate::vocabulary::Vocabulary;

/// Why a text could not be normalised. The message is the library's own.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum NormalizeError {
    /// The bytes are not UTF-8.
    #[error("{message}")]
    InvalidUtf8 {
        /// Where the first bad byte is and what to do.
        message: String,
    },
    /// The bytes are not text in the encoding given (or, for `TextEncoding::Auto`, in any
    /// encoding it recognises).
    #[error("{message}")]
    NotText {
        /// What is wrong with the bytes and where.
        message: String,
    },
    /// Options out of range.
    #[error("{message}")]
    InvalidOptions {
        /// Which option and its range.
        message: String,
    },
    /// A bug caught at the boundary.
    #[error("{message}")]
    Internal {
        /// What happened.
        message: String,
    },
}

impl Internal for NormalizeError {
    fn internal(message: String) -> Self {
        NormalizeError::Internal { message }
    }
}

/// How doubtful restorations are handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum NormalizeMode {
    /// Restorations at or above the threshold are applied; those below are only reported.
    Apply,
    /// Those below the threshold are marked in the text as `⟦pa→på?⟧` for a person.
    Review,
}

/// Options of a [`Normalizer`].
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct NormalizeOptions {
    /// Apply or review (default `Apply`).
    #[uniffi(default = None)]
    pub mode: Option<NormalizeMode>,
    /// Word restorations with a lower confidence (0 to 1) are not applied.
    #[uniffi(default = 0.0)]
    pub min_confidence: f32,
}

/// Why a piece of text was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ChangeReason {
    /// Unicode normalisation (NFC).
    Nfc,
    /// A word hyphenated at a line end was joined.
    Hyphenation,
    /// A line break inside a wrapped paragraph became a space.
    LineJoin,
    /// A typographic bullet became `-`.
    Bullet,
    /// A spaced hyphen or em dash became an en dash.
    Dash,
    /// A typographic quote was normalised.
    Quote,
    /// A ligature was split into its letters.
    Ligature,
    /// An invisible character was removed.
    Invisible,
    /// A stray OCR mark was removed.
    StraySymbol,
    /// A damaged word was restored to the likeliest lexicon word.
    Lexicon,
    /// An ambiguous word was chosen by its neighbours.
    Context,
    /// The restoration occurs undamaged elsewhere in the same document.
    Document,
    /// A damaged proper name was restored from the name list.
    Name,
    /// A damaged compound was restored part by part.
    Compound,
    /// A word split by OCR around `&` was joined and restored.
    SplitWord,
    /// A word garbled beyond its diacritics was corrected to the commonest word one letter away.
    Misread,
    /// A letter read in the wrong case (capital and small differ only in size).
    Case,
    /// A space lost between two words was put back.
    Spacing,
    /// A page's header or footer ("Sida 2 av 5") inside the text was removed.
    PageMarker,
    /// A numbered list's numbers that a scan set apart after the list were written back.
    ListNumber,
}

impl From<norm::Reason> for ChangeReason {
    fn from(r: norm::Reason) -> Self {
        use norm::Reason as R;
        match r {
            R::Nfc => Self::Nfc,
            R::Hyphenation => Self::Hyphenation,
            R::LineJoin => Self::LineJoin,
            R::Bullet => Self::Bullet,
            R::Dash => Self::Dash,
            R::Quote => Self::Quote,
            R::Ligature => Self::Ligature,
            R::Invisible => Self::Invisible,
            R::StraySymbol => Self::StraySymbol,
            R::Lexicon => Self::Lexicon,
            R::Context => Self::Context,
            R::Document => Self::Document,
            R::Name => Self::Name,
            R::Compound => Self::Compound,
            R::SplitWord => Self::SplitWord,
            R::Misread => Self::Misread,
            R::Case => Self::Case,
            R::Spacing => Self::Spacing,
            R::PageMarker => Self::PageMarker,
            R::ListNumber => Self::ListNumber,
        }
    }
}

/// What was done with a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum ChangeAction {
    /// The replacement is in the output text.
    Applied,
    /// Review mode: the output shows it marked for a person to decide.
    Marked,
    /// Below the confidence threshold: reported, not applied.
    Suggested,
}

impl From<norm::Action> for ChangeAction {
    fn from(a: norm::Action) -> Self {
        match a {
            norm::Action::Applied => Self::Applied,
            norm::Action::Marked => Self::Marked,
            norm::Action::Suggested => Self::Suggested,
        }
    }
}

/// One change: what the input had, what the output has instead, and why.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Change {
    /// First byte of the span in the input (UTF-8).
    pub start: u64,
    /// One past the last byte of the span in the input (UTF-8).
    pub end: u64,
    /// The input text of the span.
    pub original: String,
    /// The text that replaces it.
    pub replacement: String,
    /// Why it was changed.
    pub reason: ChangeReason,
    /// How sure the normaliser is, 0 to 1.
    pub confidence: f32,
    /// Applied, marked or only suggested.
    pub action: ChangeAction,
}

/// A restored text and every change made to it, in input order.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Normalized {
    /// The restored text.
    pub text: String,
    /// Every change, in input order.
    pub changes: Vec<Change>,
}

impl From<norm::Normalized> for Normalized {
    fn from(n: norm::Normalized) -> Self {
        Normalized {
            text: n.text,
            changes: n
                .changes
                .into_iter()
                .map(|c| Change {
                    start: c.span.start as u64,
                    end: c.span.end as u64,
                    original: c.original,
                    replacement: c.replacement,
                    reason: c.reason.into(),
                    confidence: c.confidence,
                    action: c.action.into(),
                })
                .collect(),
        }
    }
}

/// Checks `options` and converts them.
fn core_options(options: NormalizeOptions) -> Result<norm::Options, NormalizeError> {
    let c = options.min_confidence;
    if !(0.0..=1.0).contains(&c) {
        return Err(NormalizeError::InvalidOptions {
            message: format!(
                "min_confidence {c} is outside 0..=1; give a confidence between 0 (apply \
                 everything) and 1"
            ),
        });
    }
    Ok(norm::Options {
        mode: match options.mode.unwrap_or(NormalizeMode::Apply) {
            NormalizeMode::Apply => norm::Mode::Apply,
            NormalizeMode::Review => norm::Mode::Review,
        },
        min_confidence: c,
    })
}

/// Restores OCR-damaged Swedish text with the embedded lexicon. Read-only after creation:
/// share one between threads.
#[derive(Debug, uniffi::Object)]
pub struct Normalizer {
    inner: norm::Normalizer,
}

/// The default normaliser, built once (the embedded lexicon costs nothing to open, but the
/// object need not be rebuilt per call).
pub(crate) static DEFAULT: LazyLock<norm::Normalizer> = LazyLock::new(norm::Normalizer::new);

#[uniffi::export]
impl Normalizer {
    /// A normaliser with default options (apply every restoration).
    #[uniffi::constructor]
    pub fn new() -> Arc<Normalizer> {
        Arc::new(Normalizer {
            inner: DEFAULT.clone(),
        })
    }

    /// A normaliser with `options`; `min_confidence` must lie in 0..=1.
    #[uniffi::constructor]
    pub fn with_options(options: NormalizeOptions) -> Result<Arc<Normalizer>, NormalizeError> {
        let options = core_options(options)?;
        guard_ok(|| {
            Arc::new(Normalizer {
                inner: DEFAULT.clone().with_options(options),
            })
        })
    }

    /// A normaliser over `vocabulary` (the embedded lexicon plus the caller's words and
    /// names), with `options` (default: apply every restoration). It takes the vocabulary as
    /// it is now: words added later need a new normaliser.
    #[uniffi::constructor]
    pub fn with_vocabulary(
        vocabulary: Arc<Vocabulary>,
        options: Option<NormalizeOptions>,
    ) -> Result<Arc<Normalizer>, NormalizeError> {
        let options = options.map(core_options).transpose()?.unwrap_or_default();
        guard_ok(|| {
            Arc::new(Normalizer {
                inner: norm::Normalizer::with_vocabulary(vocabulary.snapshot())
                    .with_options(options),
            })
        })
    }

    /// Restores `text`.
    pub fn normalize(&self, text: String) -> Result<Normalized, NormalizeError> {
        guard_ok(|| self.inner.normalize(&text).into())
    }

    /// The restored text of `text` alone, without the list of changes: what a caller that
    /// only shows or stores the text needs, at less memory on long documents.
    pub fn normalize_text(&self, text: String) -> Result<String, NormalizeError> {
        guard_ok(|| self.inner.normalize_text(&text))
    }

    /// Restores UTF-8 `bytes`; anything else is `NormalizeError::InvalidUtf8`.
    pub fn normalize_bytes(&self, bytes: Vec<u8>) -> Result<Normalized, NormalizeError> {
        guard(|| {
            self.inner
                .normalize_bytes(&bytes)
                .map(Into::into)
                .map_err(|e| NormalizeError::InvalidUtf8 {
                    message: e.to_string(),
                })
        })
    }
}

/// The character encoding of a note's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextEncoding {
    /// UTF-8 only.
    Utf8,
    /// Windows-1252, the superset of Latin-1 that notes kept on Windows are written in.
    Windows1252,
    /// UTF-8 if the bytes are UTF-8, UTF-16 when they start with its byte-order mark, else
    /// Windows-1252 provided they hold no control characters text never holds.
    Auto,
}

/// Decodes a note's `bytes` as `encoding` into text for [`Normalizer::normalize`] and the
/// parser: a file picked on a phone may be an old Windows export in Latin-1.
#[uniffi::export]
pub fn decode_text(bytes: Vec<u8>, encoding: TextEncoding) -> Result<String, NormalizeError> {
    let encoding = match encoding {
        TextEncoding::Utf8 => norm::Encoding::Utf8,
        TextEncoding::Windows1252 => norm::Encoding::Windows1252,
        TextEncoding::Auto => norm::Encoding::Auto,
    };
    guard(|| {
        norm::decode(&bytes, encoding)
            .map(|text| text.into_owned())
            .map_err(|e| match e {
                norm::DecodeError::InvalidUtf8 { .. } => NormalizeError::InvalidUtf8 {
                    message: e.to_string(),
                },
                _ => NormalizeError::NotText {
                    message: e.to_string(),
                },
            })
    })
}

/// Restores `text` with the default normaliser.
#[uniffi::export]
pub fn normalize(text: String) -> Result<Normalized, NormalizeError> {
    guard_ok(|| DEFAULT.normalize(&text).into())
}
