//! Small text helpers shared by the stages: case/diacritic folding of short
//! keys, word tests and sentence splitting. Nothing here allocates per word.

/// Lower-cases `s` and folds å/ä/à/á → a, ö/ø → o, é/è → e, so that "Nästa
/// möte", "Nasta mote" and "NÄSTA MÖTE" compare equal. Whitespace runs become
/// one space. Meant for keys of a few words, not running text.
pub(crate) fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        for l in c.to_lowercase() {
            out.push(fold_char(l));
        }
    }
    out
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

/// Number of whitespace-separated words.
pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// `word` equals the lower-case ASCII-or-Swedish `target`, ignoring case.
pub(crate) fn eq_fold(word: &str, target: &str) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(target);
    }
    word.chars().flat_map(char::to_lowercase).eq(target.chars())
}

/// Punctuation that may cling to a word.
pub(crate) fn strip_punct(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Words (with their byte offsets) of `s`, punctuation stripped.
pub(crate) fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().filter_map(move |w| {
        let t = strip_punct(w);
        if t.is_empty() {
            return None;
        }
        // Both are slices of `s`, so the pointer difference is the offset.
        let off = t.as_ptr() as usize - s.as_ptr() as usize;
        Some((off, t))
    })
}

/// Abbreviations after which a full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.chars().count() == 1 {
        return true;
    }
    const ABBR: &[&str] = &[
        "ev", "ca", "kl", "t.ex", "bl.a", "dvs", "d.v.s", "osv", "m.m", "s.k", "nr", "jfr", "resp",
        "t.o.m", "fr.o.m", "o.s.v", "etc", "tel", "inkl", "exkl", "ang", "bla", "tex", "mfl",
        "m.fl", "st", "obs", "vs", "ung", "prof", "dr",
    ];
    ABBR.iter().any(|a| eq_fold(w, a))
}

/// Byte ranges of the sentences in `s`, trimmed. A sentence ends at `.`, `!`
/// or `?` followed by white space and then a capital, digit, quote or dash,
/// outside brackets, and not after a known abbreviation.
pub(crate) fn sentences(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            b'.' | b'!' | b'?' if depth == 0 => {
                // Swallow a run of terminators and closing quotes.
                let mut j = i + 1;
                while j < b.len() && matches!(b[j], b'.' | b'!' | b'?' | b'"' | b')') {
                    j += 1;
                }
                let rest = s.get(j..).unwrap_or("");
                let after_ws = rest.trim_start();
                let gap = rest.len() - after_ws.len();
                let next_ok = after_ws.is_empty()
                    || gap > 0
                        && after_ws.chars().next().is_some_and(|n| {
                            n.is_uppercase() || n.is_ascii_digit() || "\"”“–-•(".contains(n)
                        });
                // Abbreviations are short, so look back a few bytes only;
                // scanning to the sentence start would be quadratic.
                let abbr = next_ok && c == b'.' && {
                    let mut from = i.saturating_sub(12).max(start);
                    while !s.is_char_boundary(from) {
                        from += 1;
                    }
                    let before = s.get(from..i).unwrap_or("");
                    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
                    let whole = word.len() < before.len() || from == start;
                    whole && is_abbreviation(word)
                };
                if next_ok && !abbr {
                    push_trimmed(s, start, j, &mut out);
                    start = j;
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    push_trimmed(s, start, b.len(), &mut out);
    out
}

fn push_trimmed(s: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let Some(part) = s.get(start..end) else {
        return;
    };
    let lead = part.len() - part.trim_start().len();
    let t = part.trim();
    if !t.is_empty() {
        out.push((start + lead, start + lead + t.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect()
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
    fn fold_key_tolerates_ocr_vowels() {
        assert_eq!(fold_key("Nästa  möte"), "nasta mote");
        assert_eq!(fold_key("Narvarande"), fold_key("NÄRVARANDE"));
    }
}
