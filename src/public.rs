//! What makes an output safe to publish: the personal-data redactor behind the domain's
//! report hook, so every public report and export is redacted.

use std::borrow::Cow;

use delaktig_core::TextFilter;
use delaktig_redact::Redactor;

/// The report text filter that redacts personal data with a [`Redactor`].
pub struct RedactingFilter(pub Redactor);

impl Default for RedactingFilter {
    /// Redacts every kind of personal data and every person's name.
    fn default() -> Self {
        RedactingFilter(Redactor::default())
    }
}

impl TextFilter for RedactingFilter {
    fn filter<'a>(&self, text: &'a str) -> Cow<'a, str> {
        // No person reviews a public report before it goes out: numbers the redactor would
        // only flag for review are redacted too.
        self.0.redact_for_publication_cow(text)
    }
}
