//! Byte-level tokeniser for the word stage. Splits the text into word tokens with their byte
//! spans, skipping whatever must never be rewritten (URLs, e-mail addresses, review markers).
//! ASCII bytes take a fast path; only non-ASCII characters are decoded.

use std::ops::Range;

use crate::restore::Shape;

/// What a token is, as far as the tokeniser can tell without a lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (possibly with OCR digits or symbols such as `6`, `4`, `&`, `@` inside).
    Word,
    /// Digits only: numbers, parts of dates and times.
    Number,
    /// A lone `&` that may be an `å` split off its word ("ocks &").
    Amp,
    /// A word with a letter no Swedish word has and no OCR of Swedish makes ("François",
    /// "Søren", "Müller"): a foreign word or name, written as meant, never rewritten.
    Foreign,
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
    /// The break before this token is only a line wrapped inside a sentence: the line before
    /// ends in a word (no punctuation after it, no blank line between) and this word starts
    /// with a small letter ("för att\nförstå"). Context rules read across such a break.
    pub wrapped: bool,
    /// How the token is capitalised.
    pub shape: Shape,
}

/// Byte classes of the tokeniser, one table lookup per byte.
const SPACE: u8 = 1; // `u8::is_ascii_whitespace`: a chunk of text starts after it
const CHUNK_END: u8 = 2; // space, tab, line break: where a chunk (URL, address) ends
const MARK: u8 = 4; // `:` or `@`, which every URL or e-mail address has
const UPPER: u8 = 8;
const LOWER: u8 = 16;
const DIGIT: u8 = 32;
const AMP_AT: u8 = 64; // `&` or `@`: inside a word, an OCR'd å or ö
const DOT: u8 = 128; // `.`, which every host name has

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut k = 0;
        if c.is_ascii_whitespace() {
            k |= SPACE;
        }
        if matches!(c, b' ' | b'\n' | b'\t') {
            k |= CHUNK_END;
        }
        if matches!(c, b':' | b'@') {
            k |= MARK;
        }
        if c.is_ascii_uppercase() {
            k |= UPPER;
        }
        if c.is_ascii_lowercase() {
            k |= LOWER;
        }
        if c.is_ascii_digit() {
            k |= DIGIT;
        }
        if matches!(c, b'&' | b'@') {
            k |= AMP_AT;
        }
        if c == b'.' {
            k |= DOT;
        }
        t[b] = k;
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// The case of a letter as a bit (the tokeniser's classes of ASCII letters), for a word's
/// [`Tally`].
type Case = u8;
/// A letter without case (most scripts).
const NEITHER: Case = 128;

/// A word's letters as read so far, for its [`Shape`]: the case of the first letter, and the
/// cases of the letters after it (what [`Shape::of`] tells from them).
#[derive(Clone, Copy, Default)]
struct Tally {
    /// 0 before the first letter.
    first: Case,
    rest: Case,
}

impl Tally {
    #[inline]
    fn letter(&mut self, case: Case) {
        // Without branches: the first letter sets `first`, every later one adds to `rest`.
        let started = self.first != 0;
        self.rest |= if started { case } else { 0 };
        self.first = if started { self.first } else { case };
    }

    fn shape(self) -> Shape {
        match (
            self.first == UPPER,
            self.rest & UPPER != 0,
            self.rest & LOWER != 0,
        ) {
            (false, false, _) => Shape::Lower,
            (true, false, _) => Shape::Capitalised,
            (true, true, false) => Shape::Upper,
            _ => Shape::Mixed,
        }
    }
}

/// Whether a non-ASCII character belongs to a word (a letter, a digit or a combining mark),
/// with its case if it is a letter. Latin-1 letters (å, ä, ö, é) without a Unicode table.
#[inline]
fn word_char(c: char) -> Option<Option<Case>> {
    match c {
        '\u{d7}' | '\u{f7}' => None,
        '\u{c0}'..='\u{de}' => Some(Some(UPPER)),
        '\u{df}'..='\u{ff}' => Some(Some(LOWER)),
        c if c.is_alphabetic() => Some(Some(if c.is_uppercase() {
            UPPER
        } else if c.is_lowercase() {
            LOWER
        } else {
            NEITHER
        })),
        c if c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) => Some(None),
        _ => None,
    }
}

/// The end of the chunk of non-space text starting at `start`, and the byte classes it holds
/// (whether it has a `:` or an `@`, a `.`).
#[inline]
fn chunk_end(bytes: &[u8], start: usize) -> (usize, u8) {
    let mut classes = 0;
    let rest = bytes.get(start..).unwrap_or(&[]);
    for (n, &c) in rest.iter().enumerate() {
        let k = class(c);
        if k & CHUNK_END != 0 {
            return (start + n, classes);
        }
        classes |= k;
    }
    (bytes.len(), classes)
}

/// Tokenises `text`.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6);
    let mut i = 0;
    let mut sentence_start = true;
    // Whether a semicolon came since the last word (and nothing that starts a sentence).
    let mut after_semicolon = false;
    let mut break_before = true;
    // Line breaks since the last word token, with nothing but white space between (`None`
    // once anything else came between): one makes a wrapped line.
    let mut breaks_after_word: Option<u8> = None;
    // Whether the byte before `i` is white space: a chunk of text starts at `i`.
    let mut after_space = true;
    while let Some(&b) = bytes.get(i) {
        let k = class(b);
        if k & SPACE != 0 {
            if b == b'\n' {
                sentence_start = true;
                break_before = true;
                breaks_after_word = breaks_after_word.map(|n| n.saturating_add(1));
            }
            i += 1;
            after_space = true;
            continue;
        }
        // Start of a chunk of non-space text: URLs, e-mail addresses and markers are skipped whole.
        if after_space {
            after_space = false;
            // Chunks are short (mostly one word): one scan finds the end and whether the chunk
            // has what every URL or address has (`:`, `@`, a leading `www.`).
            let (end, classes) = chunk_end(bytes, i);
            let marked = classes & MARK != 0;
            let chunk = bytes.get(i..end).unwrap_or(&[]);
            let www = chunk
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"ww."))
                || chunk.get(..4).is_some_and(|p| {
                    p.get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"www"))
                        && matches!(p.get(3), Some(b'.' | b':' | b',' | b'-'))
                });
            let mut address = (marked || www) && (is_url(chunk) || is_email(chunk))
                || classes & DOT != 0 && bare_domain(chunk);
            let mut end = end;
            // A mailbox the scan parted from its host by a space after the "@" ("anna.berg@
            // stockholm.se"; the address stage takes the space out): both chunks are the
            // address, and the "@" is no misread letter.
            if !address && chunk.len() > 1 && chunk.ends_with(b"@") && bytes.get(end) == Some(&b' ')
            {
                let (host_end, _) = chunk_end(bytes, end + 1);
                let host = bytes.get(end + 1..host_end).unwrap_or(&[]);
                let mut joined = chunk.to_vec();
                joined.extend_from_slice(host);
                if !host.is_empty() && is_email(&joined) {
                    address = true;
                    end = host_end;
                }
            }
            if address
                || chunk.get(1..4).is_some_and(|c| c.contains(&b'.')) && dotted_abbreviation(chunk)
                || marked && mail_mark(chunk)
            {
                i = end;
                // A full stop after an address ends its sentence ("… på www.x.se. Årsmötet
                // förklarade …"); after an abbreviation it does not ("t.ex. att").
                sentence_start = address && chunk.ends_with(b".");
                break_before = true;
                breaks_after_word = None;
                continue;
            }
        }
        if b == 0xe2 && text.get(i..).is_some_and(|rest| rest.starts_with('⟦')) {
            // A review marker from an earlier run: leave it as it is.
            let close = text
                .get(i..)
                .and_then(|rest| rest.find('⟧'))
                .map_or(bytes.len(), |j| i + j + '⟧'.len_utf8());
            i = close;
            sentence_start = false;
            break_before = true;
            breaks_after_word = None;
            continue;
        }
        let start = i;
        let mut has_alpha = false;
        let mut has_digit = false;
        let mut foreign = false;
        let mut tally = Tally::default();
        while let Some(&b) = bytes.get(i) {
            let k = class(b);
            if k & (UPPER | LOWER) != 0 {
                has_alpha = true;
                tally.letter(k & (UPPER | LOWER));
                i += 1;
                // The small ASCII letters that follow (most of a word) in one tight loop:
                // after a first letter, a run of them adds no more to the tally than one.
                let run = bytes.get(i..).map_or(0, |rest| {
                    rest.iter().take_while(|b| b.is_ascii_lowercase()).count()
                });
                if run > 0 {
                    tally.letter(LOWER);
                    i += run;
                }
            } else if k & DIGIT != 0 {
                has_digit = true;
                i += 1;
            } else if k & AMP_AT != 0 {
                // Inside or at the end of a word these are OCR'd å/ö ("ocks&", "@ppet").
                let prev_alpha = i > start;
                let next_alpha = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                if prev_alpha || next_alpha {
                    i += 1;
                } else {
                    break;
                }
            } else if b >= 0x80 {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                let Some(case) = word_char(c) else {
                    break;
                };
                has_alpha = true;
                // A letter (`word_char` gave it a case) other than the marked ones of Swedish;
                // those, the commonest, are ruled out first.
                foreign |=
                    !matches!(c, 'å' | 'ä' | 'ö' | 'é' | 'Å' | 'Ä' | 'Ö' | 'É') && case.is_some();
                if let Some(case) = case {
                    tally.letter(case);
                }
                i += c.len_utf8();
            } else {
                break;
            }
        }
        if i > start {
            let kind = if has_digit && !has_alpha {
                Kind::Number
            } else if foreign {
                Kind::Foreign
            } else {
                Kind::Word
            };
            let wrapped = breaks_after_word == Some(1)
                && kind == Kind::Word
                && text
                    .get(start..)
                    .and_then(|w| w.chars().next())
                    .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
            let shape = tally.shape();
            out.push(Token {
                span: start..i,
                kind,
                sentence_start: sentence_start || after_semicolon && shape == Shape::Capitalised,
                break_before,
                wrapped,
                shape,
            });
            after_semicolon = false;
            sentence_start = false;
            break_before = false;
            breaks_after_word = (kind != Kind::Foreign).then_some(0);
            continue;
        }
        // A single non-word character.
        breaks_after_word = None;
        if b == b'&' {
            out.push(Token {
                span: i..i + 1,
                kind: Kind::Amp,
                sentence_start,
                break_before,
                wrapped: false,
                shape: Shape::Lower,
            });
            i += 1;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            text.get(i..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or(' ')
        };
        match c {
            '.' | '!' | '?' | ':' | '•' | '–' | '—' => {
                sentence_start = true;
                break_before = true;
            }
            '-' if i == 0 || bytes.get(i - 1) == Some(&b'\n') => sentence_start = true,
            // A semicolon parts clauses of one sentence: the word after it is written small
            // ("Svårt att hitta rätt ingång; önskemål om …", whatever case a scan's "6" for
            // its "ö" suggests), unless the scan shows a capital (a misread colon: "Agera;
            // Behails.").
            ';' => {
                after_semicolon = true;
                break_before = true;
            }
            ',' | '(' | ')' | '"' | '”' | '/' | '«' | '»' | '[' | ']' => break_before = true,
            _ => {}
        }
        i += c.len_utf8().max(1);
    }
    // The room made up front is a guess; on a long document the spare part is worth
    // handing back, as the tokens live through the whole word stage.
    if out.capacity() - out.len() > 4096 {
        out.shrink_to_fit();
    }
    out
}

pub(crate) fn is_url(chunk: &[u8]) -> bool {
    let lower_starts =
        |p: &[u8]| chunk.len() >= p.len() && chunk[..p.len()].eq_ignore_ascii_case(p);
    // A `:` followed by `//`, found byte by byte: a memmem searcher is costlier to set up
    // than these chunks (one word each, mostly) are to scan.
    let scheme = memchr::memchr_iter(b':', chunk).any(|i| {
        chunk
            .get(i + 1..)
            .is_some_and(|rest| rest.starts_with(b"//"))
    });
    scheme
        || lower_starts(b"www.")
        || lost_w(chunk)
        || colon_www(chunk)
        || comma_www(chunk)
        || hyphen_www(chunk)
}

/// Top-level domains a bare host name in these notes ends with.
const DOMAINS: [&[u8]; 11] = [
    b"se", b"nu", b"com", b"org", b"net", b"eu", b"info", b"io", b"fi", b"no", b"dk",
];

/// Whether `tld` is one of the top-level domains notes write hosts under ("se", "nu", …).
pub(crate) fn top_level_domain(tld: &[u8]) -> bool {
    DOMAINS.contains(&tld)
}

/// Whether `chunk` is a host name written without "www." or a scheme, perhaps with a path
/// and a closing mark ("kamratstod-blekinge.se", "stegen.se/kamratstod."): labels of ASCII
/// letters, digits and hyphens, the first of two characters or more, the last a top-level
/// domain in small letters. Its words are never restored ("kamratstod" is no "kamratstöd").
/// A word and a domain alone ("arbetet.nu", "mötet.se") may be a sentence's end glued to
/// the next one's first word ("nu", "se"): a host needs a hyphen, a digit, a third label or
/// a path.
pub(crate) fn bare_domain(chunk: &[u8]) -> bool {
    let end = chunk
        .iter()
        .rposition(|b| !matches!(b, b'.' | b',' | b';' | b':' | b')' | b'!' | b'?' | b'"'))
        .map_or(0, |i| i + 1);
    let body = chunk.get(..end).unwrap_or(&[]);
    let host = body
        .iter()
        .position(|&b| b == b'/')
        .map_or(body, |i| body.get(..i).unwrap_or(&[]));
    let Some(dot) = host.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let (labels, tld) = (
        host.get(..dot).unwrap_or(&[]),
        host.get(dot + 1..).unwrap_or(&[]),
    );
    let marked = labels
        .iter()
        .any(|&b| b == b'-' || b == b'.' || b.is_ascii_digit())
        || host.len() < body.len();
    DOMAINS.contains(&tld)
        && marked
        && labels
            .split(|&b| b == b'.')
            .all(|l| !l.is_empty() && l.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-'))
        && labels
            .split(|&b| b == b'.')
            .next()
            .is_some_and(|first| first.len() >= 2 && first.iter().any(u8::is_ascii_alphabetic))
}

/// Whether `chunk` is an abbreviation of parts of one or two letters with full stops
/// ("t.ex.", "m.fl.", "o.s.v.", "fr.o.m."): words of it are never restored ("fl" is no
/// "föl").
fn dotted_abbreviation(chunk: &[u8]) -> bool {
    let end = chunk
        .iter()
        .rposition(|b| !matches!(b, b',' | b';' | b':' | b')' | b'!' | b'?'))
        .map_or(0, |i| i + 1);
    let body = chunk.get(..end).unwrap_or(&[]);
    let body = body.strip_suffix(b".").unwrap_or(body);
    let mut parts = 0;
    for part in body.split(|&b| b == b'.') {
        if !(1..=2).contains(&part.len()) || !part.iter().all(u8::is_ascii_lowercase) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Whether `chunk` is a mark of a printed e-mail: a reply's or a forward's before its
/// subject ("Sv:", "Re:", "VB:", "Fwd:") or a field of an English header ("To:", "Cc:",
/// "Sent:"), never a word to restore ("Sv" is no "Säv", "To" no "Tö").
fn mail_mark(chunk: &[u8]) -> bool {
    let Some(mark) = chunk.strip_suffix(b":") else {
        return false;
    };
    [
        &b"sv"[..],
        b"re",
        b"vb",
        b"fw",
        b"fwd",
        b"vs",
        b"to",
        b"cc",
        b"from",
        b"sent",
        b"subject",
    ]
    .iter()
    .any(|m| mark.eq_ignore_ascii_case(m))
}

/// Whether `chunk` is a web address whose first dot a scan read as a comma
/// ("www,stegen.se").
pub(crate) fn comma_www(chunk: &[u8]) -> bool {
    misread_www(chunk, b"www,")
}

/// Whether `chunk` is a web address whose first dot a scan read as a hyphen
/// ("www-norrkoping.se").
pub(crate) fn hyphen_www(chunk: &[u8]) -> bool {
    misread_www(chunk, b"www-")
}

/// Whether `chunk` is a web address whose first dot a scan read as a colon
/// ("www:stegen.se"): a host of at least two more labels follows.
pub(crate) fn colon_www(chunk: &[u8]) -> bool {
    misread_www(chunk, b"www:")
}

/// Whether `chunk` starts with `prefix` (any case) and a host name after it.
fn misread_www(chunk: &[u8], prefix: &[u8]) -> bool {
    chunk
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        && chunk.get(prefix.len()..).is_some_and(host_with_tld)
}

/// Whether `rest` (what follows "www." or its misreading) starts with a host name ending in
/// a top-level domain of letters ("stockholm.se/kamratstod").
pub(crate) fn host_with_tld(rest: &[u8]) -> bool {
    // The sentence's own mark after the address is not part of it.
    let end = rest
        .iter()
        .rposition(|b| !matches!(b, b'.' | b',' | b';' | b':' | b')' | b'!' | b'?'))
        .map_or(0, |i| i + 1);
    let rest = rest.get(..end).unwrap_or(&[]);
    rest.first().is_some_and(u8::is_ascii_alphanumeric)
        && rest.split(|&b| b == b'/').next().is_some_and(|host| {
            host.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
                host.get(dot + 1..)
                    .is_some_and(|tld| tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic))
            })
        })
}

/// Whether `chunk` is a web address whose "www" a scan read as "ww" ("ww.stockholm.se"): a
/// host of at least two more labels follows.
pub(crate) fn lost_w(chunk: &[u8]) -> bool {
    misread_www(chunk, b"ww.")
}

pub(crate) fn is_email(chunk: &[u8]) -> bool {
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
    fn words_with_letters_no_swedish_word_has_are_foreign() {
        let text = "Søren och François träffade Müller på Café Ängen";
        let kinds: Vec<(&str, Kind)> = tokenize(text)
            .iter()
            .map(|t| (&text[t.span.clone()], t.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Søren", Kind::Foreign),
                ("och", Kind::Word),
                ("François", Kind::Foreign),
                ("träffade", Kind::Word),
                ("Müller", Kind::Foreign),
                ("på", Kind::Word),
                ("Café", Kind::Word),
                ("Ängen", Kind::Word),
            ]
        );
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
        // A "www" a scan read as "ww" is an address too; "ww." alone is not.
        assert_eq!(
            words("pa ww.stockholm.se/oppenvard och ww. Slut"),
            ["pa", "och", "ww", "Slut"]
        );
        assert!(lost_w(b"ww.stockholm.se/kamratstod."));
        assert!(colon_www(b"www:foreningenankaret.se."));
        assert!(!colon_www(b"www:"));
        assert!(comma_www(b"www,stegen.se/kafe,"));
        assert!(dotted_abbreviation(b"m.fl."));
        assert!(dotted_abbreviation(b"t.ex.,"));
        assert!(dotted_abbreviation(b"fr.o.m."));
        assert!(!dotted_abbreviation(b"pa."));
        assert!(!dotted_abbreviation(b"mot.vi"));
        assert!(hyphen_www(b"www-norrkoping.se/funktionshinderradet."));
        assert!(!hyphen_www(b"www-sidan"));
        assert!(!colon_www(b"www:a"));
        assert!(!lost_w(b"ww.a"));
        assert!(!lost_w(b"ww."));
        // A host written bare, with a path or a closing mark; not a sentence's stop before
        // a glued word, nor an abbreviation.
        assert_eq!(
            words("pa kamratstod-blekinge.se dar och stegen.se/kafe. Slut"),
            ["pa", "dar", "och", "Slut"]
        );
        assert!(bare_domain(b"kamratstod-blekinge.se"));
        assert!(bare_domain(b"www2.region.nu/anhoriga,"));
        assert!(!bare_domain(b"motet.Se"));
        assert!(!bare_domain(b"t.ex."));
        assert!(!bare_domain(b"a.se"));
        assert!(!bare_domain(b"mote.sen"));
        assert!(!bare_domain(b"arbetet.nu"));
        assert!(bare_domain(b"stegen.se/kafe"));
    }

    #[test]
    fn a_line_wrapped_inside_a_sentence_is_marked() {
        let text = "prata med dig for att\nforsta det. Sedan\n\nkom vi, och\n- gick\nDavid\n6ver";
        let wrapped: Vec<(&str, bool)> = tokenize(text)
            .iter()
            .filter(|t| t.break_before)
            .map(|t| (&text[t.span.clone()], t.wrapped))
            .collect();
        assert_eq!(
            wrapped,
            [
                ("prata", false),
                ("forsta", true),
                ("Sedan", false),
                ("kom", false),
                ("och", false),
                ("gick", false),
                ("David", false),
                ("6ver", true),
            ]
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
        // A full stop after an address ends a sentence; after an abbreviation it does not.
        let t = tokenize("Se www.x.se. Mötet börjar, t.ex. nu");
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, true, false, false]);
        // A semicolon starts no sentence, unless a capital after it says a colon was misread.
        let t = tokenize("Svårt; 6nskemal om. Agera; Behålls");
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, false, false, true, true]);
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
    fn marks_of_a_printed_email_are_skipped() {
        assert_eq!(
            words("Ämne: Sv: SV: Re: Fwd: Förslag sv:a Sv"),
            ["Ämne", "Förslag", "sv", "a", "Sv"]
        );
        assert_eq!(
            words("To: Socialtjänsten\nCc: Tord"),
            ["Socialtjänsten", "Tord"]
        );
    }

    #[test]
    fn review_markers_are_skipped() {
        assert_eq!(words("Vi ⟦pa→på?⟧ mötet"), ["Vi", "mötet"]);
    }
}
