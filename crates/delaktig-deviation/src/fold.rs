//! Case- and whitespace-insensitive phrase search shared by party and category matching.
//!
//! Texts are folded once (lowercase, whitespace runs to one space) with a map back to the
//! original byte offsets, so a match can be cut out of the text as it was written.

/// A text folded for matching, with a map from folded to original byte offsets.
pub(crate) struct Folded {
    pub(crate) text: String,
    /// `orig[i]` is the original byte offset of folded byte `i`; one extra entry at the end.
    orig: Vec<usize>,
}

impl Folded {
    pub(crate) fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut orig = Vec::with_capacity(original.len() + 1);
        let mut in_space = false;
        for (i, c) in original.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    text.push(' ');
                    orig.push(i);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            for l in c.to_lowercase() {
                let before = text.len();
                text.push(l);
                orig.extend(std::iter::repeat_n(i, text.len() - before));
            }
        }
        orig.push(original.len());
        Folded { text, orig }
    }

    /// The original byte range of a folded byte range.
    pub(crate) fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig.get(start).copied().unwrap_or(0);
        let e = self.orig.get(end).copied().unwrap_or(s);
        (s, e.max(s))
    }
}

/// A phrase to look for: whole words, or a word prefix when written with a trailing `*`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Phrase {
    text: String,
    prefix: bool,
}

impl Phrase {
    pub(crate) fn new(pattern: &str) -> Option<Phrase> {
        let (p, prefix) = match pattern.trim().strip_suffix('*') {
            Some(p) => (p, true),
            None => (pattern.trim(), false),
        };
        let text = Folded::new(p).text.trim().to_owned();
        (!text.is_empty()).then_some(Phrase { text, prefix })
    }

    /// Folded byte ranges where the phrase occurs on word boundaries (prefix phrases extend
    /// to the end of the word they start).
    pub(crate) fn find_in(&self, hay: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(pos) = hay.get(from..).and_then(|h| h.find(&self.text)) {
            let start = from + pos;
            let mut end = start + self.text.len();
            let before_ok = hay
                .get(..start)
                .and_then(|h| h.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            let next = hay.get(end..).and_then(|h| h.chars().next());
            let after_ok = self.prefix || next.is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                if self.prefix {
                    end += hay
                        .get(end..)
                        .map(|h| h.find(|c: char| !c.is_alphanumeric()).unwrap_or(h.len()))
                        .unwrap_or(0);
                }
                out.push((start, end));
            }
            // Step past the first char of the match; `find` returned a char boundary.
            from = start
                + hay
                    .get(start..)
                    .and_then(|h| h.chars().next())
                    .map_or(1, char::len_utf8);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_word_boundaries() {
        let f = Folded::new("Ingen  SIP gjordes;\nSIP-mötet ställdes in. Sipprade.");
        let sip = Phrase::new("sip").unwrap();
        assert_eq!(sip.find_in(&f.text).len(), 2);
        let pre = Phrase::new("återkoppl*").unwrap();
        let g = Folded::new("Ingen Återkopplingen kom");
        let hits = pre.find_in(&g.text);
        assert_eq!(hits.len(), 1);
        let (s, e) = g.original_range(hits[0].0, hits[0].1);
        assert_eq!(&"Ingen Återkopplingen kom"[s..e], "Återkopplingen");
    }

    #[test]
    fn multi_word_phrases_cross_line_breaks() {
        let f = Folded::new("ingen samordnad\n  individuell plan");
        assert_eq!(
            Phrase::new("samordnad individuell plan")
                .unwrap()
                .find_in(&f.text)
                .len(),
            1
        );
    }
}
