//! Small text helpers shared by the stages: case/diacritic folding of short
//! keys, word tests and sentence splitting. Nothing here allocates per word.

/// Lower-cases `s` and folds å/ä/à/á → a, ö/ø → o, é/è → e, so that "Nästa
/// möte", "Nasta mote" and "NÄSTA MÖTE" compare equal. Whitespace runs become
/// one space. Meant for keys of a few words: the result lives on the stack,
/// and a key longer than its buffer folds to "" (which matches no key).
pub(crate) fn fold_key(s: &str) -> Folded {
    let mut out = Folded {
        buf: [0; 48],
        len: 0,
    };
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            if !out.push(' ') {
                return Folded::EMPTY;
            }
            space = false;
        }
        let pushed = match lower_latin1(c) {
            Some(l) => out.push(fold_char(l)),
            None => c.to_lowercase().all(|l| out.push(fold_char(l))),
        };
        if !pushed {
            return Folded::EMPTY;
        }
    }
    out
}

/// A folded key; see [`fold_key`].
pub(crate) struct Folded {
    buf: [u8; 48],
    len: usize,
}

impl Folded {
    const EMPTY: Folded = Folded {
        buf: [0; 48],
        len: 0,
    };

    fn push(&mut self, c: char) -> bool {
        let n = c.len_utf8();
        match self.buf.get_mut(self.len..self.len + n) {
            Some(dst) => {
                c.encode_utf8(dst);
                self.len += n;
                true
            }
            None => false,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}

/// Lower case of an ASCII or Latin-1 letter without the Unicode tables;
/// `None` for other characters.
fn lower_latin1(c: char) -> Option<char> {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 0x20),
        _ if (c as u32) < 0x100 => Some(c),
        _ => None,
    }
}

/// Letters and digits, with ASCII and Latin-1 answered without the Unicode tables.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if (c as u32) < 0x100 {
        matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼'..='¾' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
    } else {
        c.is_alphanumeric()
    }
}

fn fold_char(c: char) -> char {
    match c {
        'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
        'ö' | 'ø' | 'ó' | 'ò' | '6' => 'o',
        'é' | 'è' | 'ê' => 'e',
        _ => c,
    }
}

/// First character is an upper-case letter.
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// `s` with its first letter a capital ("välkommen" → "Välkommen").
pub(crate) fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Number of words, counted as runs between spaces; exact for the
/// single-spaced text of a trimmed line, and cheap (one SIMD pass).
pub(crate) fn word_count(s: &str) -> usize {
    let t = s.trim();
    if t.is_empty() {
        return 0;
    }
    let b = t.as_bytes();
    1 + memchr::memchr_iter(b' ', b)
        .filter(|&i| b.get(i + 1).is_some_and(|&n| n != b' '))
        .count()
}

/// A word lower-cased into a stack buffer, for `match`ing against word
/// lists without allocating. Words with capitals that are longer than the
/// buffer (no listed word is) become "". Handles ASCII and the Latin-1 letters (Å, Ä, Ö, É …). A
/// word that is already lower-case (most are) is borrowed as it is.
pub(crate) enum Lower<'a> {
    Same(&'a str),
    Copied { buf: [u8; 24], len: usize },
}

/// Byte `c` (after byte `prev`) is an upper-case ASCII or Latin-1 letter.
#[inline]
fn upper_byte(prev: u8, c: u8) -> bool {
    c.is_ascii_uppercase() || prev == 0xC3 && (0x80..=0x9E).contains(&c) && c != 0x97
}

impl<'a> Lower<'a> {
    pub(crate) fn new(w: &'a str) -> Self {
        let b = w.as_bytes();
        let mut prev = 0u8;
        if !b.iter().any(|&c| {
            let up = upper_byte(prev, c);
            prev = c;
            up
        }) {
            return Lower::Same(w);
        }
        let mut buf = [0u8; 24];
        if b.len() > buf.len() {
            return Lower::Copied { buf, len: 0 };
        }
        let mut prev = 0u8;
        for (dst, &c) in buf.iter_mut().zip(b) {
            // ASCII letters move by 0x20; so do U+00C0–U+00DE in their second byte.
            *dst = if upper_byte(prev, c) { c + 0x20 } else { c };
            prev = c;
        }
        Lower::Copied { buf, len: b.len() }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Same(w) => w,
            Lower::Copied { buf, len } => {
                std::str::from_utf8(buf.get(..*len).unwrap_or(&[])).unwrap_or("")
            }
        }
    }
}

/// Byte range of `w` without leading and trailing punctuation (anything
/// not alphanumeric). ASCII bytes are tested directly; only a non-ASCII end
/// is decoded.
#[inline]
fn punct_trim(w: &str) -> (usize, usize) {
    let b = w.as_bytes();
    let mut a = 0;
    while let Some(&c) = b.get(a) {
        if c.is_ascii_alphanumeric() {
            break;
        }
        if c < 0x80 {
            a += 1;
            continue;
        }
        match w.get(a..).and_then(|r| r.chars().next()) {
            Some(ch) if !is_word_char(ch) => a += ch.len_utf8(),
            _ => break,
        }
    }
    let mut z = b.len();
    while z > a {
        let c = b[z - 1];
        if c.is_ascii_alphanumeric() {
            break;
        }
        if c < 0x80 {
            z -= 1;
            continue;
        }
        match w.get(a..z).and_then(|r| r.chars().next_back()) {
            Some(ch) if !is_word_char(ch) => z -= ch.len_utf8(),
            _ => break,
        }
    }
    (a, z)
}

/// The first `N` words of `s` on the stack (fewer if `s` is shorter).
pub(crate) struct Head<'a, const N: usize> {
    words: [(usize, &'a str); N],
    len: usize,
}

impl<'a, const N: usize> Head<'a, N> {
    pub(crate) fn new(s: &'a str) -> Self {
        let mut words = [(0, ""); N];
        let mut len = 0;
        for (slot, w) in words.iter_mut().zip(self::words(s)) {
            *slot = w;
            len += 1;
        }
        Head { words, len }
    }

    pub(crate) fn as_slice(&self) -> &[(usize, &'a str)] {
        self.words.get(..self.len).unwrap_or(&[])
    }
}

/// Words (with their byte offsets) of `s`, punctuation stripped. Splits on
/// ASCII white space and no-break space, which is all that notes contain; a
/// byte loop, because this runs on every sentence.
pub(crate) fn words(s: &str) -> Words<'_> {
    Words { s, pos: 0 }
}

/// Iterator returned by [`words`].
pub(crate) struct Words<'a> {
    s: &'a str,
    pos: usize,
}

/// Bytes that may start a separator: ASCII white space and 0xC2 (the lead
/// byte of a no-break space).
static SEPARATOR_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0b] = true;
    t[0x0c] = true;
    t[0xC2] = true;
    t
};

#[inline]
fn separator_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(&c) if SEPARATOR_LEAD[c as usize] => {
            if c != 0xC2 {
                1
            } else if b.get(i + 1) == Some(&0xA0) {
                2
            } else {
                0
            }
        }
        _ => 0,
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let b = self.s.as_bytes();
        // A local cursor: writing `self.pos` inside the loops costs a store per byte.
        let mut i = self.pos;
        loop {
            while i < b.len() {
                let n = separator_len(b, i);
                if n == 0 {
                    break;
                }
                i += n;
            }
            if i >= b.len() {
                self.pos = i;
                return None;
            }
            let start = i;
            while let Some(&c) = b.get(i) {
                if SEPARATOR_LEAD[c as usize] && separator_len(b, i) > 0 {
                    break;
                }
                i += 1;
            }
            // Separators are ASCII or a whole no-break space, so both ends
            // are char boundaries.
            let w = self.s.get(start..i)?;
            let (a, z) = punct_trim(w);
            if a < z {
                self.pos = i;
                return Some((start + a, w.get(a..z)?));
            }
        }
    }
}

/// Abbreviations after which a full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.chars().count() == 1 {
        return true;
    }
    matches!(
        Lower::new(w).as_str(),
        "ev" | "ca"
            | "kl"
            | "t.ex"
            | "bl.a"
            | "dvs"
            | "d.v.s"
            | "osv"
            | "m.m"
            | "s.k"
            | "nr"
            | "jfr"
            | "resp"
            | "t.o.m"
            | "fr.o.m"
            | "o.s.v"
            | "etc"
            | "tel"
            | "inkl"
            | "exkl"
            | "ang"
            | "bla"
            | "tex"
            | "mfl"
            | "m.fl"
            | "st"
            | "obs"
            | "vs"
            | "ung"
            | "prof"
            | "dr"
    )
}

/// Byte ranges of the sentences in `s`, trimmed. A sentence ends at `.`, `!`
/// or `?` followed by white space and then a capital, digit, quote or dash,
/// outside round brackets, and not after a known abbreviation.
pub(crate) fn sentences(s: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let b = s.as_bytes();
    let mut start = 0;
    let mut depth: i32 = 0;
    // Bracket depth is brought up to date lazily, from `counted` to each
    // terminator, so that the scan jumps from terminator to terminator.
    let mut counted = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', b.get(i..).unwrap_or(&[])) {
        let at = i + k;
        let seg = b.get(counted..at).unwrap_or(&[]);
        for p in memchr::memchr2_iter(b'(', b')', seg) {
            if seg[p] == b'(' {
                depth += 1;
            } else {
                depth = (depth - 1).max(0);
            }
        }
        counted = at;
        if depth > 0 {
            i = at + 1;
            continue;
        }
        let c = b[at];
        // Swallow a run of terminators, closing quotes and Markdown emphasis ("lördagar.**").
        let mut j = at + 1;
        while j < b.len() && matches!(b[j], b'.' | b'!' | b'?' | b'"' | b')' | b'*' | b'_') {
            j += 1;
        }
        let rest = s.get(j..).unwrap_or("");
        let after_ws = rest.trim_start();
        let gap = rest.len() - after_ws.len();
        let next_ok = after_ws.is_empty()
            || gap > 0
                && after_ws.chars().next().is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || "\"”“–-•(*_".contains(n)
                });
        // Abbreviations are short, so look back a few bytes only;
        // scanning to the sentence start would be quadratic.
        let abbr = next_ok && c == b'.' && {
            let mut from = at.saturating_sub(12).max(start);
            while !s.is_char_boundary(from) {
                from += 1;
            }
            let before = s.get(from..at).unwrap_or("");
            let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let whole = word.len() < before.len() || from == start;
            whole && is_abbreviation(word)
        };
        if next_ok && !abbr {
            push_trimmed(s, start, j, out);
            start = j;
        }
        // The swallowed run may hold a ")" that the depth count must see.
        counted = at + 1;
        i = j;
    }
    push_trimmed(s, start, b.len(), out);
}

fn push_trimmed(s: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(part) = s.get(start..end) else {
        return;
    };
    // Markdown emphasis around a sentence ("**Förslaget är att …**") is no part of it.
    let emphasis = |c: char| c.is_whitespace() || c == '*' || c == '_';
    let lead = part.len() - part.trim_start_matches(emphasis).len();
    let t = part.trim_matches(emphasis);
    if !t.is_empty() {
        out.push((start + lead, start + lead + t.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        sentences(s, &mut out);
        out.into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn markdown_emphasis_around_a_sentence_is_left_out() {
        assert_eq!(
            split(
                "Flera saknar stöd. **Förslaget är att stödet utökas.** Sarah tar frågan vidare."
            ),
            [
                "Flera saknar stöd.",
                "Förslaget är att stödet utökas.",
                "Sarah tar frågan vidare."
            ]
        );
        assert_eq!(
            split("_Inställt._ Vi ses i maj."),
            ["Inställt.", "Vi ses i maj."]
        );
        // Inside a sentence, underscores and stars stay.
        assert_eq!(
            split("Filen heter ny_plan.pdf nu."),
            ["Filen heter ny_plan.pdf nu."]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_brackets() {
        assert_eq!(
            split("Ev. Tomas kommer. Vem (Feelgood? Previa?) vet? Ja!"),
            ["Ev. Tomas kommer.", "Vem (Feelgood? Previa?) vet?", "Ja!"]
        );
        assert_eq!(
            split("t.ex. brev och djur. Sedan"),
            ["t.ex. brev och djur.", "Sedan"]
        );
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in (0u32..0x250).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            if let Some(l) = lower_latin1(c) {
                assert_eq!(Some(l), c.to_lowercase().next(), "{c:?}");
            }
        }
    }

    #[test]
    fn lower_handles_swedish_capitals() {
        assert_eq!(Lower::new("ÖVRIGT Förslag").as_str(), "övrigt förslag");
        assert_eq!(Lower::new("Åsa×É").as_str(), "åsa×é");
        assert_eq!(Lower::new("redan små").as_str(), "redan små");
        assert_eq!(Lower::new(&"A".repeat(25)).as_str(), "");
    }

    #[test]
    fn fold_key_tolerates_ocr_vowels() {
        assert_eq!(fold_key("Nästa  möte").as_str(), "nasta mote");
        assert_eq!(
            fold_key("Narvarande").as_str(),
            fold_key("NÄRVARANDE").as_str()
        );
        assert_eq!(fold_key(&"å".repeat(50)).as_str(), "");
    }
}
