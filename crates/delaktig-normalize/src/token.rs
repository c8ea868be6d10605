//! Byte-level tokeniser for the word stage. Splits the text into word tokens with their byte
//! spans, skipping whatever must never be rewritten (URLs, e-mail addresses, review markers).
//! ASCII bytes take a fast path; only non-ASCII characters are decoded.

use std::ops::Range;

use crate::restore::{Shape, ShapeTally};

/// What a token is, as far as the tokeniser can tell without a lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (possibly with OCR digits or symbols such as `6`, `4`, `&`, `@` inside).
    Word,
    /// Digits only: numbers, parts of dates and times.
    Number,
    /// A lone `&` that may be an `å` split off its word ("ocks &").
    Amp,
}

/// A token: its span in the text, its kind, and whether a sentence or line starts before it.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub span: Range<usize>,
    pub kind: Kind,
    /// A sentence, heading or list item begins here, so a capital letter says nothing.
    pub sentence_start: bool,
    /// Sentence punctuation, a line break or a non-space separator lies between this token
    /// and the previous one: the previous word is not its neighbour for context rules.
    pub break_before: bool,
    /// How the token is capitalised.
    pub shape: Shape,
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Tokenises `text`.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6);
    let mut i = 0;
    let mut sentence_start = true;
    let mut break_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if b == b'\n' {
                sentence_start = true;
                break_before = true;
            }
            i += 1;
            continue;
        }
        // Start of a chunk of non-space text: URLs, e-mail addresses and markers are skipped whole.
        let at_chunk_start = i == 0 || bytes.get(i - 1).is_some_and(|p| p.is_ascii_whitespace());
        if at_chunk_start {
            // Chunks are short (mostly one word): one scan finds the end and whether the chunk
            // has what every URL or address has (`:`, `@`, a leading `www.`).
            let mut end = i;
            let mut marked = false;
            while let Some(&c) = bytes.get(end) {
                if matches!(c, b' ' | b'\n' | b'\t') {
                    break;
                }
                marked |= c == b':' || c == b'@';
                end += 1;
            }
            let chunk = &bytes[i..end];
            let www = chunk.len() >= 4 && chunk[..4].eq_ignore_ascii_case(b"www.");
            if (marked || www) && (is_url(chunk) || is_email(chunk)) {
                i = end;
                sentence_start = false;
                break_before = true;
                continue;
            }
        }
        if text[i..].starts_with('⟦') {
            // A review marker from an earlier run: leave it as it is.
            let close = text[i..]
                .find('⟧')
                .map_or(bytes.len(), |j| i + j + '⟧'.len_utf8());
            i = close;
            sentence_start = false;
            break_before = true;
            continue;
        }
        let start = i;
        let mut has_alpha = false;
        let mut has_digit = false;
        let mut shape = ShapeTally::default();
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                has_alpha = true;
                shape.ascii(b);
                i += 1;
            } else if b.is_ascii_digit() {
                has_digit = true;
                i += 1;
            } else if b == b'&' || b == b'@' {
                // Inside or at the end of a word these are OCR'd å/ö ("ocks&", "@ppet").
                let prev_alpha = i > start;
                let next_alpha = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                if prev_alpha || next_alpha {
                    i += 1;
                } else {
                    break;
                }
            } else if b >= 0x80 {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                if is_word_char(c) {
                    has_alpha = true;
                    shape.char(c);
                    i += c.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if i > start {
            let kind = if has_digit && !has_alpha {
                Kind::Number
            } else {
                Kind::Word
            };
            out.push(Token {
                span: start..i,
                kind,
                sentence_start,
                break_before,
                shape: shape.shape(),
            });
            sentence_start = false;
            break_before = false;
            continue;
        }
        // A single non-word character.
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8().max(1);
        if c == '&' {
            out.push(Token {
                span: i..i + 1,
                kind: Kind::Amp,
                sentence_start,
                break_before,
                shape: Shape::Lower,
            });
            i += 1;
            continue;
        }
        match c {
            '.' | '!' | '?' | ':' | ';' | '•' | '–' | '—' => {
                sentence_start = true;
                break_before = true;
            }
            '-' if i == 0 || bytes.get(i - 1) == Some(&b'\n') => sentence_start = true,
            ',' | '(' | ')' | '"' | '”' | '/' | '«' | '»' | '[' | ']' => break_before = true,
            _ => {}
        }
        i += len;
    }
    // The room made up front is a guess; on a long document the spare part is worth
    // handing back, as the tokens live through the whole word stage.
    if out.capacity() - out.len() > 4096 {
        out.shrink_to_fit();
    }
    out
}

fn is_url(chunk: &[u8]) -> bool {
    let lower_starts =
        |p: &[u8]| chunk.len() >= p.len() && chunk[..p.len()].eq_ignore_ascii_case(p);
    // A `:` followed by `//`, found byte by byte: a memmem searcher is costlier to set up
    // than these chunks (one word each, mostly) are to scan.
    let scheme = memchr::memchr_iter(b':', chunk).any(|i| {
        chunk
            .get(i + 1..)
            .is_some_and(|rest| rest.starts_with(b"//"))
    });
    scheme || lower_starts(b"www.")
}

fn is_email(chunk: &[u8]) -> bool {
    let Some(at) = memchr::memchr(b'@', chunk) else {
        return false;
    };
    let (user, domain) = (&chunk[..at], &chunk[at + 1..]);
    user.iter().any(u8::is_ascii_alphanumeric)
        && domain
            .iter()
            .position(|&b| b == b'.')
            .is_some_and(|dot| dot > 0 && dot + 1 < domain.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect()
    }

    #[test]
    fn splits_words_and_keeps_ocr_symbols_inside() {
        assert_eq!(
            words("Vi ses pa m6tet, ocks& idag!"),
            ["Vi", "ses", "pa", "m6tet", "ocks&", "idag"]
        );
        assert_eq!(
            words("Närvarande: Åke Öberg"),
            ["Närvarande", "Åke", "Öberg"]
        );
    }

    #[test]
    fn urls_and_emails_are_skipped() {
        assert_eq!(
            words("Mejla david.bergstrom@helsingborg.se idag"),
            ["Mejla", "idag"]
        );
        assert_eq!(
            words("se https://example.se/pa/mote och www.kommun.se."),
            ["se", "och"]
        );
    }

    #[test]
    fn numbers_are_marked() {
        let t = tokenize("kl 13:30 den 2026-01-12");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Word,
                Kind::Number,
                Kind::Number,
                Kind::Word,
                Kind::Number,
                Kind::Number,
                Kind::Number
            ]
        );
    }

    #[test]
    fn sentence_starts_and_breaks() {
        let t = tokenize("Hej. Vad gör vi\nNu");
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, true, false, false, true]);
    }

    #[test]
    fn lone_ampersand_is_its_own_token() {
        let t = tokenize("ocks & sm & grupper");
        assert_eq!(t.iter().filter(|t| t.kind == Kind::Amp).count(), 2);
    }

    #[test]
    fn token_shapes_are_the_shapes_of_their_text() {
        let text = "Åke ÖBERG och SoL, m6tet 1999 GÖR ocks& ÉN Ǆemal ΣΟΦΙΑ ﬁnns é\u{301}";
        for t in tokenize(text) {
            assert_eq!(
                t.shape,
                Shape::of(&text[t.span.clone()]),
                "{}",
                &text[t.span]
            );
        }
    }

    #[test]
    fn review_markers_are_skipped() {
        assert_eq!(words("Vi ⟦pa→på?⟧ mötet"), ["Vi", "mötet"]);
    }
}
