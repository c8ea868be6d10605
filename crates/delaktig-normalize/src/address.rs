//! E-mail addresses a scan broke at the dot between first name and surname:
//! "david. bergstrom@helsingborg.se" (a space after the dot), "david bergstrom@…" (the dot
//! lost) and "hanna:oberg@stockholm.se" (the dot read as a colon); the address is put back
//! whole when the part before the break is a known first name, so that the parser, the
//! redactor and a reader see one address. Also a host whose last dot was read as a colon
//! ("anna@vandpunkten:coop").

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use crate::forms::Forms;
use crate::restore::Proposal;
use crate::restore::Shape;
use crate::token::{Kind, Token};
use crate::words::Words;
use crate::{FxHasher, Reason, WordEdit};

/// Mailbox names of organisations' addresses, which a scan may split by a space near their
/// end ("inf o@…").
const MAILBOXES: &[&str] = &[
    "info",
    "kontakt",
    "post",
    "kansli",
    "kansliet",
    "registrator",
    "admin",
    "support",
    "reception",
    "expedition",
    "styrelsen",
    "redaktion",
    "kundtjanst",
    "brukarinflytande",
];

/// Labels that stand before an address with a colon and no space ("epost:anna@…").
const NOT_LOCAL_PARTS: &[&str] = &[
    "epost", "post", "mejl", "mail", "email", "kontakt", "adress", "info", "svar", "till", "från",
    "fran", "kopia",
];

/// How many bytes at the end of `before` an address's local part may take: letters, digits
/// and ". _ % + -".
fn local_part_len(before: &[u8]) -> usize {
    before
        .iter()
        .rev()
        .take_while(|&&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
        })
        .count()
}

/// Top-level domains a scan may part from their host by a space ("goteborg se").
const SPACED_DOMAINS: &[&str] = &["se", "nu", "com", "org", "net", "eu", "coop", "info"];

/// Confidence of a mended address.
const CONFIDENCE: f32 = 0.85;
/// Least frequency (per billion) of the word whose plain letters start an address's local
/// part before a dot a scan parted from the rest ("natverk. brukarinflytande@…").
const PLAIN_WORD_FREQUENCY: u32 = 1_000;

/// Mends the broken addresses of `laid`, dropping any word edit of the first name they take in.
pub(crate) fn mend(laid: &str, words: &Words, edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut mended: Vec<(std::ops::Range<usize>, std::ops::Range<usize>, Cow<'_, str>)> =
        Vec::new();
    for at in memchr::memchr_iter(b'@', bytes) {
        let local = local_part_len(bytes.get(..at).unwrap_or(&[]));
        let mut ls = at - local;
        let mut local = local;
        // An "é" in the local part is a speck on an "e" too ("vendéla.ryden@"): the part goes
        // on before it.
        let mut local_specks = false;
        while ls >= 3
            && bytes.get(ls - 2..ls) == Some("é".as_bytes())
            && bytes.get(ls - 3).is_some_and(u8::is_ascii_alphanumeric)
        {
            let more = local_part_len(bytes.get(..ls - 2).unwrap_or(&[]));
            ls -= 2 + more;
            local += 2 + more;
            local_specks = true;
        }
        // A space after the "@" ("rene.soderqvist@ goteborg-sf.se"): no address has one, and
        // the host after it is read as words otherwise.
        let spaced = bytes.get(at + 1) == Some(&b' ');
        let host_start = at + 1 + usize::from(spaced);
        // An "é" is a scan's speck on an "e" of the host ("luléa-soc.se"): addresses are
        // written in plain letters.
        let host = bytes.get(host_start..).unwrap_or(&[]);
        let mut host_len = 0;
        let mut specks = false;
        while let Some(&b) = host.get(host_len) {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-') {
                host_len += 1;
            } else if host.get(host_len..host_len + 2) == Some("é".as_bytes()) {
                host_len += 2;
                specks = true;
            } else {
                break;
            }
        }
        let host = &host[..host_len];
        // (With the space after the "@" taken out too, if there is one: "wasterlund@
        // fyrljusét-gavle.se".)
        if local_specks && !specks && has_top_level_domain(host) {
            // The local part alone: its host may still be read anew from the note's words.
            if let Some(part) = laid.get(ls..at) {
                mended.push((ls..at, ls..at, part.replace('é', "e").into()));
            }
            continue;
        }
        if specks
            && local >= 1
            && has_top_level_domain(String::from_utf8_lossy(host).replace('é', "e").as_bytes())
        {
            let end = host_start + host.len();
            if let Some(address) = laid.get(ls..end) {
                let mended_address = address.replace('é', "e").replacen("@ ", "@", 1);
                mended.push((ls..end, ls..end, mended_address.into()));
            }
            continue;
        }
        let mut host_end = host_start + host.len();
        // A space a mono scan put after the host's first letters ("lundstrom@t
        // jarnbacken.skelleftea.se"): the host goes on after it, up to its top-level domain.
        // (Here and below, the local part's own break, if any, is mended as for any
        // address once the host is.)
        let mut host_mended = false;
        if !spaced
            && local >= 1
            && (1..=3).contains(&host.len())
            && host.iter().all(u8::is_ascii_lowercase)
            && bytes.get(host_end) == Some(&b' ')
        {
            let rest = bytes.get(host_end + 1..).unwrap_or(&[]);
            let n = rest
                .iter()
                .take_while(|&&b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-')
                })
                .count();
            let ends = rest
                .get(n)
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'@');
            if ends
                && rest.first().is_some_and(u8::is_ascii_lowercase)
                && has_top_level_domain(&rest[..n])
            {
                let end = host_end + 1 + n;
                mended.push((host_start..end, host_end..host_end + 1, "".into()));
                host_end = end;
                host_mended = true;
            }
        }
        // A space after the dot before a common top-level domain ("ekonomi@fyren-stromsund.
        // se"): the host ends at the dot, and would be read as words.
        if !spaced
            && !host_mended
            && local >= 1
            && host.len() >= 3
            && host.last() == Some(&b'.')
            && !host[..host.len() - 1].contains(&b'.')
            && bytes.get(host_end) == Some(&b' ')
        {
            let tld_len = spaced_domain(bytes, host_end + 1);
            if tld_len > 0 && !verb_after(bytes, host_end + 1 + tld_len) {
                mended.push((
                    ls..host_end + 1 + tld_len,
                    host_end..host_end + 1,
                    "".into(),
                ));
                host_mended = true;
            }
        }
        // A space before the dot of a common top-level domain ("mona@gmail .com").
        if !spaced
            && !host_mended
            && local >= 1
            && host.len() >= 2
            && !host.contains(&b'.')
            && bytes.get(host_end..host_end + 2) == Some(b" .")
        {
            let tld_len = spaced_domain(bytes, host_end + 2);
            if tld_len > 0 {
                mended.push((
                    ls..host_end + 2 + tld_len,
                    host_end..host_end + 1,
                    "".into(),
                ));
                host_mended = true;
            }
        }
        // The dot before the top-level domain read as a colon or a semicolon
        // ("anna@vandpunkten:coop", "ulla@norrkoping;se") or lost in a space before a common
        // top-level domain ("marta@goteborg se"): the host then ends there, and the address
        // is read as a word.
        if !spaced
            && !host_mended
            && local >= 2
            && host.len() >= 2
            && !host.contains(&b'.')
            && matches!(bytes.get(host_end), Some(b':' | b';' | b' '))
        {
            let tld = bytes.get(host_end + 1..).unwrap_or(&[]);
            let tld_len = tld.iter().take_while(|b| b.is_ascii_lowercase()).count();
            let ends = tld.get(tld_len).is_none_or(|b| !b.is_ascii_alphanumeric());
            let fits = if bytes.get(host_end) == Some(&b' ') {
                spaced_domain(bytes, host_end + 1) > 0 && !verb_after(bytes, host_end + 1 + tld_len)
            } else {
                (2..=6).contains(&tld_len)
            };
            if !(fits && ends) {
                continue;
            }
            mended.push((
                ls..host_end + 1 + tld_len,
                host_end..host_end + 1,
                ".".into(),
            ));
            host_mended = true;
        }
        // A space before the "@" ("bostadforst @uppsala.se"): the local part is the word
        // before it.
        if local == 0 && !spaced && at >= 1 && bytes.get(at - 1) == Some(&b' ') {
            let before = bytes.get(..at - 1).unwrap_or(&[]);
            let word = before
                .iter()
                .rev()
                .take_while(|&&b| b.is_ascii_lowercase() || matches!(b, b'.' | b'_' | b'-'))
                .count();
            let ws = at - 1 - word;
            let starts_chunk =
                ws == 0 || bytes.get(ws - 1).is_some_and(|b| b.is_ascii_whitespace());
            if word >= 2 && starts_chunk && has_top_level_domain(host) {
                mended.push((ws..host_end, at - 1..at, "".into()));
            }
            continue;
        }
        let domain_ok = if spaced {
            local >= 2 && has_top_level_domain(host)
        } else {
            host_mended || host.len() >= 4 && host.contains(&b'.')
        };
        if local == 0 || !domain_ok {
            continue;
        }
        if spaced {
            mended.push((
                host_start..host_start + host.len(),
                at + 1..host_start,
                "".into(),
            ));
        }
        // The break: ". ", ": ", ":" or "," right before the local part.
        let brk = if ls >= 2 && matches!(bytes.get(ls - 2..ls), Some(b". " | b": ")) {
            ls - 2..ls
        } else if ls >= 1 && matches!(bytes.get(ls - 1), Some(b':' | b',')) {
            ls - 1..ls
        } else if ls >= 1
            && bytes.get(ls - 1) == Some(&b' ')
            && !bytes.get(ls..at).unwrap_or(&[]).contains(&b'.')
        {
            // The dot lost altogether: only before a local part with no dot of its own.
            ls - 1..ls
        } else {
            continue;
        };
        let first_len = bytes
            .get(..brk.start)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        let fs = brk.start - first_len;
        let starts_chunk = fs == 0
            || bytes
                .get(fs - 1)
                .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'<'));
        if first_len < 2 || !starts_chunk {
            continue;
        }
        let Some(first) = laid.get(fs..brk.start) else {
            continue;
        };
        // A mailbox split by a space ("inf o@…"): joined with nothing between.
        if brk.len() == 1
            && bytes.get(brk.clone()) == Some(b" ")
            && at - ls <= 2
            && laid
                .get(fs..at)
                .is_some_and(|w| MAILBOXES.contains(&w.replace(' ', "").as_str()))
        {
            mended.push((fs..brk.start, brk, "".into()));
            continue;
        }
        let mut name = first.to_owned();
        if let Some(c) = name.get_mut(..1) {
            c.make_ascii_uppercase();
        }
        // A first name, and no word of its own ("Skicka till oss. info@…" stays); in the
        // plain letters an address writes it in ("marta. lovmark@…" for Märta). Or a common
        // word in those plain letters, which no sentence would end with ("natverk.
        // brukarinflytande@…" for "nätverk"), before a local part with no dot of its own.
        let listed = words.name_frequency(&name).is_some()
            || words
                .known_candidates(&name, crate::confusion::Tier::Common, true)
                .with_frequencies()
                .any(|(_, _, as_name)| as_name.is_some());
        let plain_word = || {
            brk.len() == 2
                && !bytes.get(ls..at).unwrap_or(&[]).contains(&b'.')
                && words
                    .known_candidates(first, crate::confusion::Tier::Common, false)
                    .with_frequencies()
                    .any(|(c, f, _)| {
                        c.text != first && f.is_some_and(|f| f >= PLAIN_WORD_FREQUENCY)
                    })
        };
        // A first name that is a word too ("bror", "viola") counts where the dot was read
        // as a mark glued to both parts ("bror:stalnacke@…", "annelie,backstrom@…"), and
        // no field's label stands before the address ("Kontakt:info@…").
        let glued_name = brk.len() == 1
            && bytes.get(brk.start) != Some(&b' ')
            && words.name_frequency(&name).is_some()
            && !NOT_LOCAL_PARTS.contains(&first);
        if !glued_name && (words.frequency(first).is_some() || !listed && !plain_word()) {
            continue;
        }
        mended.push((fs..brk.start, brk, ".".into()));
    }
    // A web host whose last dot a scan read as a colon ("www.kommunen:se/digitalt-stod").
    for at in memchr::memmem::find_iter(bytes, b"www.") {
        let host = bytes
            .get(at + 4..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            .count();
        let colon = at + 4 + host;
        if host < 2 || bytes.get(colon) != Some(&b':') {
            continue;
        }
        let tld = spaced_domain(bytes, colon + 1);
        let after = bytes.get(colon + 1 + tld);
        if tld > 0 && after.is_none_or(|&b| matches!(b, b'/' | b'.' | b',' | b' ' | b'\n' | b')')) {
            mended.push((at..colon + 1 + tld, colon..colon + 1, ".".into()));
        }
    }
    for (clear, brk, joint) in mended {
        let edit = WordEdit {
            span: brk.clone(),
            proposal: Proposal {
                replacement: joint.into(),
                reason: Reason::StraySymbol,
                confidence: CONFIDENCE,
            },
        };
        // The first name (or the host) stays as written: it is part of the address.
        crate::replace_edits(
            edits,
            clear.start.min(brk.start)..clear.end.max(brk.end),
            edit,
        );
    }
}

/// The length of the common top-level domain ("se", "com") that starts at `at` and ends its
/// word, or 0.
pub(crate) fn spaced_domain(bytes: &[u8], at: usize) -> usize {
    let tld = bytes.get(at..).unwrap_or(&[]);
    let len = tld.iter().take_while(|b| b.is_ascii_lowercase()).count();
    let known = tld
        .get(..len)
        .is_some_and(|t| SPACED_DOMAINS.iter().any(|d| d.as_bytes() == t));
    let ends = tld.get(len).is_none_or(|b| !b.is_ascii_alphanumeric());
    if known && ends { len } else { 0 }
}

/// Whether the words at `at` make a "se" before them the verb: "se till att", "se över",
/// "se upp", "se fram emot" stay.
pub(crate) fn verb_after(bytes: &[u8], at: usize) -> bool {
    let after = bytes.get(at..).unwrap_or(&[]);
    [&b" till"[..], b" \xc3\xb6ver", b" upp", b" fram"]
        .iter()
        .any(|p| after.starts_with(p))
}

/// An e-mail address written in small letters but for a capital I after a small letter
/// ("mona.ortendahI@…"): a scan's reading of a small l, which an address of small letters
/// does not mix with capitals. Each such I becomes an l; so does a capital I opening the
/// address when its first part is no word or name but reads as one with an l
/// ("Ijusglimten.anhorig@…").
pub(crate) fn small_l(laid: &str, edits: &mut Vec<WordEdit>, words: &Words) {
    // (Most notes hold no e-mail address: the search for web addresses is spared them.)
    if memchr::memchr(b'@', laid.as_bytes()).is_none() {
        return;
    }
    for span in addresses(laid) {
        let Some(address) = laid.as_bytes().get(span.clone()) else {
            continue;
        };
        if !address.contains(&b'@') {
            continue;
        }
        let others = address.iter().any(|b| b.is_ascii_uppercase() && *b != b'I');
        let small = address.iter().filter(|b| b.is_ascii_lowercase()).count();
        if others || small < 3 {
            continue;
        }
        let first_part = address
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .and_then(|end| std::str::from_utf8(address.get(..end)?).ok())
            .unwrap_or("");
        let opening_l = first_part.len() >= 4
            && first_part
                .strip_prefix('I')
                .filter(|rest| rest.bytes().all(|b| b.is_ascii_lowercase()))
                .is_some_and(|rest| {
                    let as_written = crate::text::lower(first_part);
                    let with_l = format!("l{rest}");
                    words.frequency(&as_written).is_none()
                        && words.name_frequency(first_part).is_none()
                        && (words.frequency(&with_l).is_some() || words.compound(&with_l).is_some())
                });
        // The places of the capital I read as an l: the first, when it opens such a part,
        // and each after a small letter.
        let inner = address
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| pair[1] == b'I' && pair[0].is_ascii_lowercase())
            .map(|(i, _)| span.start + i + 1);
        for at in opening_l.then_some(span.start).into_iter().chain(inner) {
            let edit = WordEdit {
                span: at..at + 1,
                proposal: Proposal {
                    replacement: "l".into(),
                    reason: Reason::Misread,
                    confidence: CONFIDENCE,
                },
            };
            crate::replace_edits(edits, at..at + 1, edit);
        }
    }
}

/// Confidence of an address's letters read from the words of its note.
const SPELL_CONFIDENCE: f32 = 0.75;

/// Fewest letters of an address's part that may lie two edits from the word it is taken to
/// be.
const TWO_EDITS_FROM: usize = 9;

/// Fewest letters of an address's part that is read anew.
const MIN_PART: usize = 4;

/// What the words of a note offer as readings of its addresses' parts, in plain letters
/// ("Nyström" as "nystrom"), as the words are restored: read from the note's word tokens as
/// far as a question needs (a part written as a word of the note is mostly found early),
/// and all of them once a part is to be read anew.
struct Evidence<'a, 't> {
    laid: &'a str,
    tokens: &'t [Token],
    forms: &'t Forms<'a>,
    /// The word stage's edits, in text order.
    edits: &'a [WordEdit],
    /// The next token to read, and the first edit that may touch it.
    next: usize,
    next_edit: usize,
    /// The word before the next token, if a word: whether capitalised, its reading and its
    /// plain letters.
    prev: Option<(bool, Reading<'a>, Range<usize>)>,
    /// Per spelling ([`Forms`]): its plain letters once its first word is read (`None`
    /// inside if it has none), and whether a word left as written has been listed with it.
    spellings: Vec<(Option<Option<Range<usize>>>, bool)>,
    /// The plain letters of every spelling, word and pair, one after another.
    letters: String,
    /// Every word of three letters or more, and every two capitalised words in a row run
    /// together ("Nya Spår" as "nyaspar", a host's usual name; also a person's first name and
    /// surname, which an address's mailbox is often built of), with how they read, in text
    /// order. A word left as written is listed at its spelling's first occurrence only, as
    /// any later one adds nothing.
    entries: Vec<Entry<'a>>,
    /// The plain letters of the words as written that have no spelling id.
    unlisted: Vec<Range<usize>>,
}

/// A word or two of the note in [`Evidence`].
#[derive(Clone)]
struct Entry<'a> {
    /// Its plain letters, in [`Evidence::letters`].
    key: Range<usize>,
    /// For two words, where the second one's letters start in [`Evidence::letters`].
    second: Option<usize>,
    reading: Reading<'a>,
}

/// How a word (or two) of the note reads.
#[derive(Clone, Copy)]
struct Reading<'a> {
    /// The word as restored.
    first: &'a str,
    /// The word after it as restored, for two words in a row.
    second: Option<&'a str>,
    /// Whether a restoration changed any of them.
    restored: bool,
}

impl Reading<'_> {
    /// Whether the reading can be trusted as an address's part: restored by the word stage,
    /// or every word of it a lexicon word, a name or a compound of known parts (a word left
    /// as a scan garbled it, "Anhdrigbron", is no evidence).
    fn sure(&self, words: &Words) -> bool {
        self.restored
            || self
                .first
                .split(' ')
                .chain(self.second.into_iter().flat_map(|s| s.split(' ')))
                .all(|w| {
                    let lower = crate::text::lower(w);
                    words.frequency(&lower).is_some()
                        || words.name_frequency(w).is_some()
                        || words.compound(&lower).is_some()
                })
    }
}

impl<'a, 't> Evidence<'a, 't> {
    /// The evidence of the word tokens of `laid` (with their spellings `forms`), read through
    /// `edits` (in text order); nothing is read yet.
    fn new(
        laid: &'a str,
        tokens: &'t [Token],
        forms: &'t Forms<'a>,
        edits: &'a [WordEdit],
    ) -> Evidence<'a, 't> {
        Evidence {
            laid,
            tokens,
            forms,
            edits,
            next: 0,
            next_edit: 0,
            prev: None,
            spellings: Vec::new(),
            letters: String::new(),
            entries: Vec::new(),
            unlisted: Vec::new(),
        }
    }

    /// The letters at `range`.
    fn letters(&self, range: Range<usize>) -> &str {
        self.letters.get(range).unwrap_or("")
    }

    /// Every word (or two run together) read so far and how it reads, in text order; a word
    /// may come more than once.
    fn readings(&self) -> impl Iterator<Item = (&str, Reading<'a>)> + '_ {
        self.entries
            .iter()
            .map(|e| (self.letters(e.key.clone()), e.reading))
    }

    /// Every two capitalised words in a row read so far as their first and second word's
    /// letters, with how they read, in text order.
    fn names(&self) -> impl Iterator<Item = (&str, &str, Reading<'a>)> + '_ {
        self.entries.iter().filter_map(|e| {
            let second = e.second?;
            Some((
                self.letters(e.key.start..second),
                self.letters(second..e.key.end),
                e.reading,
            ))
        })
    }

    /// The evidence with every word read.
    fn all(&mut self) -> &Self {
        while self.read_next() {}
        self
    }

    /// Whether the entries from `from` on have one that `found` accepts, reading on until
    /// one has or every word is read.
    fn find_on(&mut self, mut from: usize, found: impl Fn(&Self, &Entry<'a>) -> bool) -> bool {
        loop {
            if self
                .entries
                .get(from..)
                .is_some_and(|new| new.iter().any(|e| found(self, e)))
            {
                return true;
            }
            from = self.entries.len();
            if !self.read_next() {
                return false;
            }
        }
    }

    /// Whether a word (or two run together) of the note reads as `part`.
    fn has_word(&mut self, part: &str) -> bool {
        self.find_on(0, |ev, e| ev.letters(e.key.clone()) == part)
    }

    /// Whether two capitalised words in a row of the note read as `first` and `last`.
    fn has_name(&mut self, first: &str, last: &str) -> bool {
        self.find_on(0, |ev, e| {
            e.second.is_some_and(|second| {
                ev.letters(e.key.start..second) == first && ev.letters(second..e.key.end) == last
            })
        })
    }

    /// Whether a word of the note is written as `part`, before its restoration: a part
    /// written as one of them is taken as written.
    fn has_written(&mut self, part: &str) -> bool {
        let ev = self.all();
        ev.spellings
            .iter()
            .filter_map(|(plain, _)| plain.clone().flatten())
            .chain(ev.unlisted.iter().cloned())
            .any(|r| ev.letters(r) == part)
    }

    /// Reads the next word token (and any other tokens before it); `false` once every token
    /// is read.
    fn read_next(&mut self) -> bool {
        if self.next == 0 && self.spellings.is_empty() {
            self.spellings = vec![(None, false); self.forms.len()];
            self.letters.reserve(self.laid.len());
            self.entries.reserve(self.forms.len() + self.edits.len());
        }
        let (laid, edits) = (self.laid, self.edits);
        let (i, t) = loop {
            let i = self.next;
            let Some(t) = self.tokens.get(i) else {
                return false;
            };
            self.next += 1;
            if t.kind == Kind::Word {
                break (i, t);
            }
            self.prev = None;
        };
        while edits
            .get(self.next_edit)
            .is_some_and(|e| e.span.start < t.span.start)
        {
            self.next_edit += 1;
        }
        let written_word = laid.get(t.span.clone()).unwrap_or("");
        let (restored, edited) = match edits.get(self.next_edit) {
            Some(e) if e.span == t.span => (&*e.proposal.replacement, true),
            _ => (written_word, false),
        };
        let id = self.forms.id(i).filter(|&id| id < self.spellings.len());
        let written_plain = match id.and_then(|id| self.spellings.get(id)) {
            Some((Some(plain), _)) => plain.clone(),
            _ => {
                let plain = push_plain_letters(written_word, &mut self.letters);
                match id.and_then(|id| self.spellings.get_mut(id)) {
                    Some((slot, _)) => *slot = Some(plain.clone()),
                    None => self.unlisted.extend(plain.clone()),
                }
                plain
            }
        };
        // A word left as written has the plain letters of its spelling.
        let plain = if edited {
            push_plain_letters(restored, &mut self.letters)
        } else {
            written_plain
        };
        let Some(plain) = plain else {
            self.prev = None;
            return true;
        };
        let reading = Reading {
            first: restored,
            second: None,
            restored: edited,
        };
        let capital = t.shape == Shape::Capitalised;
        if let Some((p_capital, p_reading, p_plain)) = self.prev.take()
            && p_capital
            && capital
            && !t.break_before
        {
            let start = self.letters.len();
            self.letters.extend_from_within(p_plain);
            let second = self.letters.len();
            self.letters.extend_from_within(plain.clone());
            self.entries.push(Entry {
                key: start..self.letters.len(),
                second: Some(second),
                reading: Reading {
                    first: p_reading.first,
                    second: Some(restored),
                    restored: p_reading.restored || reading.restored,
                },
            });
        }
        // A spelling left as written adds nothing after its first occurrence.
        let listed = id
            .filter(|_| !edited)
            .and_then(|id| self.spellings.get_mut(id))
            .map(|(_, listed)| listed);
        let again = listed.as_ref().is_some_and(|l| **l);
        if plain.len() >= 3 && !again {
            if let Some(l) = listed {
                *l = true;
            }
            self.entries.push(Entry {
                key: plain.clone(),
                second: None,
                reading,
            });
        }
        self.prev = Some((capital, reading, plain));
        true
    }
}

/// Appends `word` lower-cased in plain letters as an address writes it ("Ödmark" → "odmark")
/// to `letters`, and gives its range there; `None` (and `letters` as it was) if it has a
/// letter with no plain form.
fn push_plain_letters(word: &str, letters: &mut String) -> Option<Range<usize>> {
    let start = letters.len();
    let mut push = |p: Option<char>| {
        if let Some(p) = p {
            letters.push(p);
        }
        p.is_some()
    };
    let whole = word.chars().all(|c| {
        // A small letter or look-alike is its own lower case, and the capitals of the plain
        // letters and their accented forms lower-case to one of them: only other characters
        // need the case tables.
        match plain_letter(c).or_else(|| plain_capital(c)) {
            Some(p) => push(Some(p)),
            None if c.is_ascii() => false,
            None => c.to_lowercase().all(|l| push(plain_letter(l))),
        }
    });
    if whole {
        Some(start..letters.len())
    } else {
        letters.truncate(start);
        None
    }
}

/// The plain letter an address writes for the small letter (or look-alike) `c`, if any.
fn plain_letter(c: char) -> Option<char> {
    match c {
        'a'..='z' => Some(c),
        'å' | 'ä' | 'à' | 'á' | 'â' | '&' | '4' => Some('a'),
        'ö' | 'ø' | 'ó' | 'ô' | '6' | '@' => Some('o'),
        'é' | 'è' | 'ê' | 'ë' => Some('e'),
        'ü' | 'ú' => Some('u'),
        _ => None,
    }
}

/// The plain letter an address writes for the capital `c` (what [`plain_letter`] gives for
/// its small letter), if it is one of a plain letter or of an accented letter that has one.
fn plain_capital(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'Å' | 'Ä' | 'À' | 'Á' | 'Â' => Some('a'),
        'Ö' | 'Ø' | 'Ó' | 'Ô' => Some('o'),
        'É' | 'È' | 'Ê' | 'Ë' => Some('e'),
        'Ü' | 'Ú' => Some('u'),
        _ => None,
    }
}

/// The one reading of `part` (in ASCII) among `readings` (in ASCII, in text order, a
/// reading of one word or pair perhaps more than once, restored in any of them if in one)
/// fewest edits away (one, or two for a long part), if the note's words make it sure (or,
/// with `repeated_is_sure`, the note has it more than once); `None` when there is none or
/// several.
fn nearest<'r, 'a>(
    part: &str,
    readings: impl Iterator<Item = (&'r str, Reading<'a>)>,
    words: &Words,
    repeated_is_sure: bool,
) -> Option<&'r str> {
    let reach = if part.len() >= TWO_EDITS_FROM { 2 } else { 1 };
    let mut best: Option<(usize, &str, Reading)> = None;
    let mut tied = false;
    // Whether the best reading stands in the note more than once.
    let mut repeated = false;
    for (r, reading) in readings {
        // Readings are in ASCII, as is `part`: one of another length by more than `reach`
        // lies further away. A reading as short as a small word ("att" for the mailbox
        // "atta@") is a coincidence of few letters, no evidence.
        if r.len().abs_diff(part.len()) > reach || r.len() < MIN_PART {
            continue;
        }
        // Another form of the same word ("helsingborg" beside "Helsingborgs stad") is no
        // misreading of it.
        if crate::docfix::inflected_alike(part, r) {
            continue;
        }
        let Some(d) = crate::docfix::distance(part, r, reach) else {
            continue;
        };
        match &mut best {
            Some((bd, _, _)) if d > *bd => {}
            Some((bd, b, first)) if d == *bd => {
                if *b == r {
                    first.restored |= reading.restored;
                    repeated = true;
                } else {
                    tied = true;
                }
            }
            _ => {
                best = Some((d, r, reading));
                tied = false;
                repeated = false;
            }
        }
    }
    best.filter(|(_, _, reading)| !tied && (repeated && repeated_is_sure || reading.sure(words)))
        .map(|(_, r, _)| r)
}

/// Whether `part` is plain small letters that no word of the note and no lexicon word or
/// name is, nor the word of a genitive of the note ("bastad" beside "Båstads kommun"): a part
/// a scan may have misread.
fn unread(part: &str, ev: &mut Evidence<'_, '_>, words: &Words) -> bool {
    part.len() >= MIN_PART
        && part.bytes().all(|b| b.is_ascii_lowercase())
        && words.frequency(part).is_none()
        && !ev.has_word(part)
        && !ev.has_written(part)
        && !ev.has_word(&format!("{part}s"))
}

/// Puts back the letters a scan misread in the addresses of a damaged note from the words of
/// the same note: a part of a host ("stockholin.se", "nyaspat.se" beside "Nya Spår"), a
/// mailbox ("brukarinflytaide@") or a mailbox of a first name and a surname that stand
/// together in the note ("miarta.odmark@" beside "Märta Ödmark", "kjell-nystrom@" beside
/// "Kjell Nyström", whose dot the scan read as a hyphen). A part is read anew only
/// when no word of the note and no lexicon word is written so, and exactly one word or name
/// of the note lies nearest to it (one edit away, two for a long part). Of an address another
/// rule already mended ("jonas.wasterlurid@ fyrljuset…", a space after the "@"), only the
/// mailbox is read, in the mended address.
pub(crate) fn spell(
    laid: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    words: &Words,
    edits: &mut Vec<WordEdit>,
) {
    let addresses = addresses(laid);
    // Edits that mend a whole address (one word with an "@"), by index.
    let mended: Vec<usize> = edits
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            let r = &*e.proposal.replacement;
            r.contains('@') && !r.contains(char::is_whitespace)
        })
        .map(|(k, _)| k)
        .collect();
    if addresses.is_empty() && mended.is_empty() {
        return;
    }
    let (spelt, remailed) = spellings(laid, tokens, forms, words, edits, addresses, &mended);
    for (k, replacement) in remailed {
        if let Some(e) = edits.get_mut(k) {
            e.proposal.replacement = replacement.into();
        }
    }
    // The parts read anew lie in addresses no edit touches: added in one go, in text order.
    let added = spelt
        .into_iter()
        .map(|(span, replacement)| WordEdit {
            span,
            proposal: Proposal {
                replacement: replacement.into(),
                reason: Reason::Document,
                confidence: SPELL_CONFIDENCE,
            },
        })
        .collect();
    crate::add_edits(edits, added);
}

/// A hash map with the crate's fast hasher.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Whether an edit of `edits` (in text order, none overlapping another) overlaps `span`.
fn touched(edits: &[WordEdit], span: &Range<usize>) -> bool {
    let k = edits.partition_point(|e| e.span.start < span.end);
    k.checked_sub(1)
        .and_then(|j| edits.get(j))
        .is_some_and(|e| e.span.end > span.start)
}

/// What [`spellings`] finds: parts of addresses with their new letters, and edits (by index)
/// with their new replacement.
type Spellings = (Vec<(Range<usize>, String)>, Vec<(usize, String)>);

/// The parts of `addresses` (spans of `laid`) that [`spell`] reads anew, with their new
/// letters, and those of the edits `mended` (indices into `edits`, each mending a whole
/// address) whose mailbox reads anew, with their new replacement; the note's words are read
/// as far as the questions about the parts need.
fn spellings<'a>(
    laid: &'a str,
    tokens: &[Token],
    forms: &Forms<'a>,
    words: &Words,
    edits: &'a [WordEdit],
    addresses: Vec<Range<usize>>,
    mended: &[usize],
) -> Spellings {
    let mut ev = Evidence::new(laid, tokens, forms, edits);
    let mut spelt: Vec<(Range<usize>, String)> = Vec::new();
    // A long note repeats its addresses: each part is read once.
    let mut parts_read: FastMap<&str, Option<String>> = FastMap::default();
    let mut mailboxes_read: FastMap<&str, Option<String>> = FastMap::default();
    for span in addresses {
        let Some(address) = laid.get(span.clone()) else {
            continue;
        };
        let (local, host_at) = match address.find('@') {
            Some(at) => (Some(&address[..at]), at + 1),
            None => (None, web_host_start(address)),
        };
        // (A local part mended alone, of its specks, leaves the host to be read.)
        if touched(edits, &(span.start + host_at..span.end)) {
            continue;
        }
        let local = local.filter(|l| !touched(edits, &(span.start..span.start + l.len())));
        if let Some(local) = local {
            let read = mailboxes_read
                .entry(local)
                .or_insert_with(|| read_mailbox(local, &mut ev, words, false));
            if let Some(r) = read {
                spelt.push((span.start..span.start + local.len(), r.clone()));
            }
        }
        let host = address.get(host_at..).unwrap_or("");
        let host = &host[..host.find(['/', '?', '#']).unwrap_or(host.len())];
        // The top-level domain is left as it is.
        let Some(last_dot) = host.rfind('.') else {
            continue;
        };
        let mut at = span.start + host_at;
        for part in host[..last_dot].split(['.', '-']) {
            let read = parts_read
                .entry(part)
                .or_insert_with(|| read_part(part, &mut ev, words));
            if let Some(r) = read {
                spelt.push((at..at + part.len(), r.clone()));
            }
            at += part.len() + 1;
        }
    }
    let mut remailed = Vec::new();
    for &k in mended {
        let Some(address) = edits.get(k).map(|e| &*e.proposal.replacement) else {
            continue;
        };
        let Some((local, host)) = address.split_once('@') else {
            continue;
        };
        if let Some(r) = read_mailbox(local, &mut ev, words, true) {
            remailed.push((k, format!("{r}@{host}")));
        }
    }
    (spelt, remailed)
}

/// The word of the note that `part` (of an address) reads as anew, if it is [`unread`] and
/// one sure reading lies nearest to it.
fn read_part(part: &str, ev: &mut Evidence<'_, '_>, words: &Words) -> Option<String> {
    if !unread(part, ev, words) {
        return None;
    }
    nearest(part, ev.all().readings(), words, false).map(str::to_owned)
}

/// What the mailbox `local` reads as anew: a first name and a surname of the note when it
/// has two parts, else one word of the note. With `in_text`, the mailbox stands in the note
/// as words of its own (an address a scan broke, mended by another rule): that the note
/// writes its parts so is no sign they are right.
fn read_mailbox(
    local: &str,
    ev: &mut Evidence<'_, '_>,
    words: &Words,
    in_text: bool,
) -> Option<String> {
    let plain = |p: &str| p.len() >= 2 && p.bytes().all(|b| b.is_ascii_lowercase());
    // A first name and a surname of the note joined by a hyphen ("kjell-nystrom@" beside
    // "Kjell Nyström", "britt-inger-agestam@" beside "Britt-Inger Ågestam"): a scan's reading
    // of the dot that mailboxes put between them.
    if !local.contains(['.', '_'])
        && let Some(cut) = local.rfind('-')
        && let (head, Some(last)) = (&local[..cut], local.get(cut + 1..))
        && let Some(first) = head.rsplit('-').next()
        && plain(first)
        && plain(last)
        && ev.has_name(first, last)
    {
        return Some(format!("{head}.{last}"));
    }
    let parts: Vec<&str> = local.split(['.', '-', '_']).collect();
    match parts.as_slice() {
        [first, last] => {
            let sep = char::from(*local.as_bytes().get(first.len())?);
            if !plain(first) || !plain(last) {
                return None;
            }
            // Both parts lexicon words: known, whatever the note holds.
            if words.frequency(first).is_some() && words.frequency(last).is_some() {
                return None;
            }
            if ev.has_name(first, last) {
                return None;
            }
            // Either part written as no word of the note is: the pair may be misread.
            let mut known = |p: &str| {
                words.frequency(p).is_some() || !in_text && (ev.has_word(p) || ev.has_written(p))
            };
            if known(first) && known(last) {
                return None;
            }
            let ev = ev.all();
            // The names joined by the mailbox's own separator, those of a length that may
            // lie near it (two edits at most).
            let joined: Vec<(String, Reading)> = ev
                .names()
                .filter(|(f, l, _)| (f.len() + 1 + l.len()).abs_diff(local.len()) <= 2)
                .map(|(f, l, reading)| (format!("{f}{sep}{l}"), reading))
                .collect();
            // A first name and a surname the note writes alike twice are a person's name,
            // listed or not ("Jonas Wasterlund" above and under a letter).
            nearest(
                local,
                joined.iter().map(|(j, r)| (j.as_str(), *r)),
                words,
                true,
            )
            .map(str::to_owned)
        }
        [one] if !in_text => read_part(one, ev, words),
        _ => None,
    }
}

/// Where the host of web address `address` starts: after its scheme and a leading "www.".
fn web_host_start(address: &str) -> usize {
    let after_scheme = address.find("://").map_or(0, |i| i + 3);
    let rest = address.get(after_scheme..).unwrap_or("");
    if rest
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("www."))
    {
        after_scheme + 4
    } else {
        after_scheme
    }
}

/// The spans of the web and e-mail addresses of `laid`, without the punctuation after them.
fn addresses(laid: &str) -> Vec<Range<usize>> {
    let bytes = laid.as_bytes();
    let mut out = Vec::new();
    // Every address has an "@" or a ":", or starts with "ww" (a "www." or a misreading of
    // it): only the chunks of non-space text with one of these bytes are looked at, found
    // by a fast search (an "@", a ":" or a "w" is rare in Swedish text).
    let mut hits: Vec<usize> = memchr::memchr3_iter(b'@', b':', b'w', bytes).collect();
    hits.extend(memchr::memchr_iter(b'W', bytes));
    hits.sort_unstable();
    // The end of the last chunk looked at.
    let mut done = 0;
    for hit in hits {
        if hit < done {
            continue;
        }
        let start = bytes
            .get(..hit)
            .and_then(|before| before.iter().rposition(u8::is_ascii_whitespace))
            .map_or(0, |n| n + 1);
        let end = bytes
            .get(hit..)
            .and_then(|rest| rest.iter().position(u8::is_ascii_whitespace))
            .map_or(bytes.len(), |n| hit + n);
        done = end;
        let chunk = bytes.get(start..end).unwrap_or(&[]);
        let marked = chunk
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"ww"))
            || chunk.iter().any(|&b| matches!(b, b'@' | b':'));
        if marked && (crate::token::is_email(chunk) || crate::token::is_url(chunk)) {
            let body = chunk
                .iter()
                .rposition(|b| b.is_ascii_alphanumeric() || *b == b'/')
                .map_or(0, |p| p + 1);
            out.push(start..start + body);
        }
    }
    out
}

/// Whether `host` (a sentence's full stop or an ellipsis after it aside) has a dot after two
/// characters or more and a top-level domain of two to six small letters ("goteborg-sf.se"):
/// the test for a host a scan parted from its "@" by a space.
fn has_top_level_domain(host: &[u8]) -> bool {
    // The sentence's full stop, or an ellipsis, after the host.
    let dots = host.iter().rev().take_while(|&&b| b == b'.').count();
    let host = host.get(..host.len() - dots).unwrap_or(host);
    host.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
        let tld = host.get(dot + 1..).unwrap_or(&[]);
        dot >= 2 && (2..=6).contains(&tld.len()) && tld.iter().all(u8::is_ascii_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use crate::Normalizer;

    /// Asserts that the normalised `text` holds `want`.
    fn assert_has(text: &str, want: &str) {
        assert!(text.contains(want), "{want:?} not in: {text}");
    }

    #[test]
    fn a_common_word_in_plain_letters_before_a_parted_dot_starts_the_local_part() {
        let n = Normalizer::new();
        // As a mono scan of a tenth-set note has it: the local part's dot and the domain's
        // both parted by spaces.
        let out = n
            .normalize(
                "Birgitta ordnar det via\nnatverk. brukarinflytande@regionvastmanland-fou. se.\n",
            )
            .text;
        assert!(
            out.contains("\nnatverk.brukarinflytande@regionvastmanland-fou.se."),
            "{out}"
        );
        // A word as written ends its sentence, and a local part with a dot of its own is no
        // continuation of the word before it.
        for note in [
            "Skriv till oss. info@foreningen.se\n",
            "Hör av dig till natverket. lena.berg@foreningen.se\n",
        ] {
            let out = n.normalize(note).text;
            assert!(out.contains(". "), "{out}");
        }
    }

    #[test]
    fn a_space_after_the_first_letters_of_the_host_is_taken_out() {
        let n = Normalizer::new();
        // With the local part's dot parted from it too, and the host's words left unread.
        let out = n
            .normalize(
                "Enhetschef Annika Lundström, 0910-73 51 27,\n\
annika. lundstrom@t jarnbacken.skelleftea.se eller på telefon.\n",
            )
            .text;
        assert!(
            out.contains("\nannika.lundstrom@tjarnbacken.skelleftea.se eller"),
            "{out}"
        );
        // Words after a short host, with no top-level domain of their own, stay apart.
        let note = "Skriv till info@ab eller ring kurt@vk sedan.\n";
        assert_eq!(n.normalize(note).text, note);
    }

    #[test]
    fn a_space_after_the_dot_before_the_domain_is_taken_out() {
        let n = Normalizer::new();
        assert_eq!(
            n.normalize("Kassör, 070-318 55 46, ekonomi@fyren-stromsund. se\nBudget")
                .text,
            "Kassör, 070-318 55 46, ekonomi@fyren-stromsund.se\nBudget"
        );
        // "se" the verb stays.
        let text = "Skriv till anna@foreningen. se till att svara i tid.";
        assert_eq!(n.normalize(text).text, text);
    }

    #[test]
    fn an_address_broken_after_a_first_name_in_plain_letters_is_joined() {
        let n = Normalizer::new();
        // "marta" is no listed name as written: "Märta" is, in the letters an address uses.
        assert_eq!(
            n.normalize("Handläggare: Märta Lövmark\nE-post: marta. lovmark@tranas-sf.se\n")
                .text,
            "Handläggare: Märta Lövmark\nE-post: marta.lovmark@tranas-sf.se\n"
        );
        // A word ends its sentence before an address: "oss. info@…" stays.
        let text = "Skriv till oss. info@foreningen.se svarar i tid.";
        assert_eq!(n.normalize(text).text, text);
    }

    #[test]
    fn a_first_name_that_is_a_word_joins_its_address_across_a_glued_mark() {
        let n = Normalizer::new();
        let out = n.normalize(
            "Skriv till Bror Stålnacke, bror:stalnacke@vagvisaren-hnd.se, eller till \
             annelie,backstrom@savsjo-exempel.se.",
        );
        assert_has(&out.text, " bror.stalnacke@vagvisaren-hnd.se,");
        assert_has(&out.text, " annelie.backstrom@savsjo-exempel.se.");
        // A field's label glued to an address stays.
        let text = "Kontakt:info@foreningen.se svarar i tid.";
        assert_eq!(n.normalize(text).text, text);
    }

    #[test]
    fn a_colon_for_the_last_dot_of_a_web_host_is_a_dot() {
        let n = Normalizer::new();
        let out = n.normalize("Läs mer på www.kommunen:se/digitalt-stod. Välkommen!");
        assert_has(&out.text, "www.kommunen.se/digitalt-stod.");
        let text = "Se www.kommunen: sedan i dag.";
        assert_eq!(n.normalize(text).text, text);
    }

    #[test]
    fn an_e_acute_in_a_local_part_or_a_top_level_domain_is_an_e() {
        let n = Normalizer::new();
        let out =
            n.normalize("Frågor besvaras av vendéla.ryden@falun-sf.se eller redaktionen@isbrytaren-nb.sé i dag.");
        assert_has(&out.text, " vendela.ryden@falun-sf.se ");
        assert_has(&out.text, " redaktionen@isbrytaren-nb.se ");
        assert_eq!(n.normalize(&out.text).text, out.text);
    }

    #[test]
    fn a_speck_in_a_host_after_a_spaced_at_sign_goes_with_the_space() {
        let n = Normalizer::new();
        let text = "Skriv till jonas.wasterlund@ fyrljusét-gavle.se, så vet vi.";
        let once = n.normalize(text).text;
        assert!(
            once.contains("jonas.wasterlund@fyrljuset-gavle.se,"),
            "{once}"
        );
        assert_eq!(n.normalize(&once).text, once);
    }

    #[test]
    fn a_capital_i_inside_an_address_of_small_letters_is_an_l() {
        let n = Normalizer::new();
        assert_eq!(
            n.normalize("Frågor besvaras av mona.ortendahI@sundsvall-soc.se, 060-19 27 40.")
                .text,
            "Frågor besvaras av mona.ortendahl@sundsvall-soc.se, 060-19 27 40."
        );
        // A capital I opening an address whose first part reads as a word with an l.
        assert_eq!(
            n.normalize("Skriv till Ijusglimten.anhorig@nordnatet.se i dag.")
                .text,
            "Skriv till ljusglimten.anhorig@nordnatet.se i dag."
        );
        // An address that writes capitals of its own keeps them, and a first name opening it
        // with its capital.
        for text in [
            "Skriv till Info.IT@kommunen.se i dag.",
            "Skriv till IT@kommunen.se i dag.",
            "Skriv till Ida.svensson@kommunen.se i dag.",
        ] {
            assert_eq!(n.normalize(text).text, text);
        }
    }

    #[test]
    fn an_address_broken_after_the_first_name_is_mended() {
        let n = Normalizer::new();
        assert_eq!(
            n.normalize("Anmälan till david. bergstrom@helsingborg.se senast i maj.")
                .text,
            "Anmälan till david.bergstrom@helsingborg.se senast i maj."
        );
        assert_eq!(
            n.normalize("Anmälan till david bergstrom@helsingborg.se.")
                .text,
            "Anmälan till david.bergstrom@helsingborg.se."
        );
        assert_eq!(
            n.normalize("Frågor skickas till hanna:oberg@stockholm.se.")
                .text,
            "Frågor skickas till hanna.oberg@stockholm.se."
        );
        assert_eq!(
            n.normalize("Synpunkter via e-post, rene.soderqvist@ goteborg-sf.se.")
                .text,
            "Synpunkter via e-post, rene.soderqvist@goteborg-sf.se."
        );
        assert_eq!(
            n.normalize("Anmälan till Rebecka, rebecka: stromgren@ jonkoping-ov.se.")
                .text,
            "Anmälan till Rebecka, rebecka.stromgren@jonkoping-ov.se."
        );
        assert_eq!(
            n.normalize("Bidrag skickas till inf o@foreningenankaret.se.")
                .text,
            "Bidrag skickas till info@foreningenankaret.se."
        );
        assert_eq!(
            n.normalize("Kontakt fér anhdriga nas pa frida.ekvall@luléa-soc.se")
                .text,
            "Kontakt för anhöriga nås på frida.ekvall@lulea-soc.se"
        );
        assert_eq!(
            n.normalize("Anmälan till kristoffer@vandpunkten:coop; eller på telefon.")
                .text,
            "Anmälan till kristoffer@vandpunkten.coop; eller på telefon."
        );
        assert_eq!(
            n.normalize("Synpunkter via e-post, rene.soderqvist@ goteborg-sf.se...")
                .text,
            "Synpunkter via e-post, rene.soderqvist@goteborg-sf.se..."
        );
        assert_eq!(
            n.normalize("Anmälan till marta.odmark@goteborg se, 031-365 12 40.")
                .text,
            "Anmälan till marta.odmark@goteborg.se, 031-365 12 40."
        );
        assert_eq!(
            n.normalize("Frågor skickas till bostadforst @uppsala.se eller till Rasmus.")
                .text,
            "Frågor skickas till bostadforst@uppsala.se eller till Rasmus."
        );
        assert_eq!(
            n.normalize("Skriv till ulla.ronnback@norrkoping;se, 011-15 62 30.")
                .text,
            "Skriv till ulla.ronnback@norrkoping.se, 011-15 62 30."
        );
        assert_eq!(
            n.normalize("Kopia: Mona Haggström <mona.haggstrom@gmail .com>; Ove")
                .text,
            "Kopia: Mona Häggström <mona.haggstrom@gmail.com>; Ove"
        );
        // A space after the "@": the mailbox keeps its letters (its "@" is no "ö").
        assert_eq!(
            n.normalize("Vi traffades pa motet. Skriv till anna.berg@ stockholm.se idag.")
                .text,
            "Vi träffades på mötet. Skriv till anna.berg@stockholm.se idag."
        );
        // A sentence's full stop after a word and a space is no address's.
        assert_eq!(
            n.normalize("Skriv till oss @ gruppen .se upp").text,
            "Skriv till oss @ gruppen .se upp"
        );
    }

    #[test]
    fn an_address_takes_its_letters_from_the_words_of_its_note() {
        let n = Normalizer::new();
        let text = "Narvarande: Marta Odmark, foreningen Nya Spar i Norrkoping.\n\
Anmalan till miarta.odmark@goteborg.se eller naloxon@nyaspat.se, \
las mer pa www.norikoping.se/motet om motet.\n";
        let out = n.normalize(text).text;
        for want in [
            "marta.odmark@goteborg.se",
            "naloxon@nyaspar.se",
            "www.norrkoping.se/motet",
        ] {
            assert!(out.contains(want), "{want}: {out}");
        }
        // The dot between a name's parts, read as a hyphen, is put back; a hyphen of the
        // name itself stays, and a mailbox of one name and another word is left alone.
        let text = "Narvarande: Kjell Nystrom och Britt-Inger Agestam fran foreningen.\n\
Skriv till kjell-nystrom@stockholm.se, britt-inger-agestam@sodertalje.se, \
kjell-kansli@stockholm.se eller anna-nystrom@stockholm.se om motet.\n";
        let out = n.normalize(text).text;
        // A part that is the word of a genitive of its note is taken as written.
        let genitive = n
            .normalize(
                "Samverkan mellan Bastads kommun och jouren. Skriv till \
malin.ekdahl@bastad.se om bostad och stod.\n",
            )
            .text;
        assert!(genitive.contains("malin.ekdahl@bastad.se"), "{genitive}");
        for want in [
            "kjell.nystrom@stockholm.se",
            "britt-inger.agestam@sodertalje.se",
            "kjell-kansli@stockholm.se",
            "anna-nystrom@stockholm.se",
        ] {
            assert!(out.contains(want), "{want}: {out}");
        }
    }

    #[test]
    fn a_mended_address_takes_its_mailbox_from_a_name_the_note_writes_twice() {
        let n = Normalizer::new();
        // The scan read an "e" of the host as "é" and put a space after the "@" (mended by
        // another rule, as a whole), and misread the
        // surname's "nd"; the note writes the unlisted name alike twice.
        let head = "Vi traffades pa forvaltningen for att prata om hur manga som far hjalp. \
Det ar svart att na ut till alla, och handlaggarna behover mer tid.\n\
Anmal garna att ni kommer till var sekreterare Jonas Wasterlund,\n\
jonas.wasterlurid@ fyrljusét-gavle.se, sa att vi vet hur manga som kommer.\n";
        let out = n
            .normalize(&format!("{head}\nJonas Wasterlund, sekreterare.\n"))
            .text;
        assert!(
            out.contains("jonas.wasterlund@fyrljuset-gavle.se,"),
            "{out}"
        );
        // Written once only, the unlisted name is no evidence.
        let out = n.normalize(head).text;
        assert!(
            out.contains("jonas.wasterlurid@fyrljuset-gavle.se,"),
            "{out}"
        );
    }

    #[test]
    fn an_address_near_no_sure_word_stays() {
        let n = Normalizer::new();
        // One name as near is taken: the tie below is what keeps the address.
        let one = "Narvarande: Anna Berg fran foreningen.\n\
Skriv till anna.barg@stockholm.se om motet.\n";
        assert!(n.normalize(one).text.contains("anna.berg@stockholm.se"));
        for text in [
            // Two words of the note as near: neither is taken.
            "Narvarande: Anna Berg och Anna Borg fran foreningen.\n\
Skriv till anna.barg@stockholm.se om motet.\n",
            // The only near word is one a scan garbled: no evidence.
            "Anhdrigbron traffas pa torsdag. Las mer pa www.anhorigbron.se om motet.\n",
            // A part written as a lexicon word stays.
            "Vi traffade kansliets personal pa motet.\nSkriv till kansliet@stockholm.se.\n",
            // A form of the same word with an ending is no reading of a host's part.
            "Vi traffade HR-enheten pa Helsingborgs stad. Se www.helsingborg.se/hr.\n",
            // A small word of the note is no reading of a mailbox a letter longer.
            "Vi hoppas att fler kommer pa motet. Skriv till atta@kommun.se.\n",
        ] {
            let out = n.normalize(text).text;
            let address = text
                .split_whitespace()
                .find(|w| w.contains('@') || w.starts_with("www."))
                .map(|w| w.trim_end_matches('.'))
                .unwrap_or_default();
            assert!(out.contains(address), "{address}: {out}");
        }
    }

    #[test]
    fn addresses_after_words_and_labels_stay() {
        let n = Normalizer::new();
        for text in [
            "Skriv till oss. info@stockholm.se svarar.",
            "E-post:anna@stockholm.se",
            "mejl:anna@stockholm.se",
            "Skriv till eva eva.lind@stockholm.se.",
            "Hej david. Sedan kom Lars, lars@stockholm.se.",
            "Skriv @ oss.",
            "Skicka till anna@ stockholm eller oss.",
            "Klockan 10@stockholm:30 eller senare.",
            "Skriv till anna@stockholm: hon svarar.",
            "Skriv till anna@stockholm se till att svara.",
            "Skriv @ oss eller @stockholm.",
        ] {
            assert_eq!(n.normalize(text).text, text);
        }
    }
}
