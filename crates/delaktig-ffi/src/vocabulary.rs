//! A caller's own words and names (a municipality's places, its staff) on top of the embedded
//! Swedish lexicon, as a thread-safe object.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use delaktig_lexicon_sv as lexicon;

use crate::guard::{Internal, guard};

/// Why a word or name could not be added. The message is the library's own.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum VocabularyError {
    /// The entry is empty or only whitespace.
    #[error("{message}")]
    Empty {
        /// What was refused.
        message: String,
    },
    /// The entry holds whitespace or control characters; add each word on its own.
    #[error("{message}")]
    NotOneWord {
        /// What was refused.
        message: String,
    },
    /// The entry is too long.
    #[error("{message}")]
    TooLong {
        /// What was refused.
        message: String,
    },
    /// A bug caught at the boundary.
    #[error("{message}")]
    Internal {
        /// What happened.
        message: String,
    },
}

impl Internal for VocabularyError {
    fn internal(message: String) -> Self {
        VocabularyError::Internal { message }
    }
}

impl From<lexicon::VocabularyError> for VocabularyError {
    fn from(e: lexicon::VocabularyError) -> Self {
        let message = e.to_string();
        match e {
            lexicon::VocabularyError::Empty => VocabularyError::Empty { message },
            lexicon::VocabularyError::NotOneWord { .. } => VocabularyError::NotOneWord { message },
            lexicon::VocabularyError::TooLong { .. } => VocabularyError::TooLong { message },
        }
    }
}

/// The embedded Swedish lexicon plus words and names added at run time. Adding a word only
/// ever makes it more likely; a common word is never demoted.
#[derive(uniffi::Object)]
pub struct Vocabulary {
    inner: Mutex<lexicon::Vocabulary>,
}

impl Vocabulary {
    fn lock(&self) -> MutexGuard<'_, lexicon::Vocabulary> {
        // Additions are single map inserts; a poisoned lock still guards a whole map.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A copy of the vocabulary as it is now (the base lexicon is shared, not copied).
    pub(crate) fn snapshot(&self) -> lexicon::Vocabulary {
        self.lock().clone()
    }
}

#[uniffi::export]
impl Vocabulary {
    /// The embedded lexicon with no additions.
    #[uniffi::constructor]
    pub fn new() -> Arc<Vocabulary> {
        Arc::new(Vocabulary {
            inner: Mutex::new(lexicon::Vocabulary::new()),
        })
    }

    /// Adds a word form (stored lower-cased) with its frequency per billion words (a
    /// moderately common word is about 1000).
    pub fn add_word(&self, word: String, frequency: u32) -> Result<(), VocabularyError> {
        guard(|| Ok(self.lock().try_add_word(&word, frequency)?))
    }

    /// Adds a proper name as written ("Sköldenborg").
    pub fn add_name(&self, name: String) -> Result<(), VocabularyError> {
        guard(|| {
            Ok(self
                .lock()
                .try_add_name(&name, lexicon::Vocabulary::ADDED_NAME_FREQUENCY)?)
        })
    }

    /// Whether `word` (lower-case) is known, from the lexicon or added.
    pub fn contains(&self, word: String) -> bool {
        self.lock().contains(&word)
    }

    /// Frequency per billion words of `word` (lower-case), if known.
    pub fn frequency(&self, word: String) -> Option<u32> {
        self.lock().frequency(&word)
    }

    /// Whether `name` is a known proper name, from the lexicon or added.
    pub fn contains_name(&self, name: String) -> bool {
        self.lock().contains_name(&name)
    }

    /// Number of words added at run time.
    pub fn added_word_count(&self) -> u64 {
        self.lock().added_word_count() as u64
    }

    /// Number of names added at run time.
    pub fn added_name_count(&self) -> u64 {
        self.lock().added_name_count() as u64
    }
}
