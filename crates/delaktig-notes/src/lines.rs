//! Cuts the text into logical lines: physical lines trimmed, soft-wrapped
//! lines (as an OCR scan leaves them) joined back, and each line given a kind.
//! Every later stage works on these lines, never on the raw bytes.

use std::borrow::Cow;

use crate::Span;
use crate::text::{fold_key, starts_upper, word_count};

/// Wrapped lines shorter than this are taken as intentional line breaks.
const WRAP_MIN: usize = 60;

/// What a logical line is, decided from its first few bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Running text (paragraph or heading; the structure pass decides).
    Text,
    /// A list item; `body` is the byte offset of the item text.
    Bullet { body: usize },
    /// An interview answer or other dialogue line starting with an en or em
    /// dash; `body` is the offset of the words after it.
    Answer { body: usize },
    /// "2. Bildandet …": number and offset of the item text.
    Numbered { number: u32, body: usize },
    /// "Key: value"; `value` is the offset just after the colon.
    Label { key: Key, value: usize },
    /// A line that starts with a time ("10:15 Fika").
    Timed,
    /// A "Name, Organisation" line after "Närvarande".
    Attendee,
    /// A row of a table written with bars ("| Boka lokal | Kalle | vecka 37 |").
    Row,
}

/// Labels the parser understands. Matched on the text before the colon,
/// folded (lower case, å/ä → a, ö → o) so OCR damage to the vowels is tolerated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// När / Tid / Datum: when.
    When,
    /// Var / Plats / Lokal / Adress: where.
    Where,
    /// Hur: practicalities.
    How,
    /// Tema.
    Theme,
    /// Nästa möte.
    NextMeeting,
    /// Närvarande / Deltagare / Deltog.
    Present,
    /// Frånvarande / Anmält förhinder: who did not come (never attendees).
    Absent,
    /// Schema / Program / Dagordning.
    Schedule,
    /// Ansvarig / Ansvar: who is to see to the item above.
    Responsible,
    /// Klart till / Senast / Deadline: by when.
    Due,
    /// Motivering / Skäl / Kommentar: why a decision went the way it did (or, under a
    /// follow-up's status, what was done).
    Reason,
    /// Från / From / Avsändare: who sent a letter or an e-mail printed in the note (a field
    /// of a message header only beside another; alone it is [`Key::Other`]).
    From,
    /// Till / To / Mottagare / Kopia / Cc: who a message went to.
    To,
    /// Ämne / Subject / Angående: what a message is about.
    Subject,
    /// Skickat / Sent / Date: when a message was sent ("Datum" is [`Key::When`], which a
    /// message header reads the same).
    Sent,
    /// Any other short "Word(s):" prefix; kept as text.
    Other,
}

/// A logical line with its text and the way back to raw byte offsets.
#[derive(Debug)]
pub(crate) struct Line<'a> {
    pub text: Cow<'a, str>,
    pub span: Span,
    /// (offset in `text`, offset in raw) at each joined physical line; empty
    /// when `text` is a slice of the raw text.
    segs: Vec<(usize, usize)>,
    pub kind: Kind,
}

impl Line<'_> {
    /// Raw byte offset of byte `off` of `text`.
    pub fn raw(&self, off: usize) -> usize {
        if self.segs.is_empty() {
            return self.span.start + off;
        }
        let i = self.segs.partition_point(|&(t, _)| t <= off);
        match i.checked_sub(1).and_then(|i| self.segs.get(i)) {
            Some(&(t, r)) => r + (off - t),
            None => self.span.start + off,
        }
    }

    /// Raw span of `text[start..end]`.
    pub fn raw_span(&self, start: usize, end: usize) -> Span {
        if end <= start {
            let s = self.raw(start);
            return Span::new(s, s);
        }
        // The end is mapped from its last byte so that a range ending at a
        // join does not run into the next physical line's offset.
        Span::new(self.raw(start), self.raw(end - 1) + 1)
    }

    /// Offsets in `text` where a joined physical line starts (the first line's start left
    /// out): where a soft-wrapped line went on.
    pub fn joins(&self) -> impl Iterator<Item = usize> + '_ {
        self.segs.iter().map(|&(t, _)| t).filter(|&t| t > 0)
    }
}

/// One trimmed physical line.
#[derive(Clone, Copy)]
struct Phys {
    start: usize,
    end: usize,
    /// Markdown marks were left out at its start ("## Boende"): it starts something of its
    /// own and continues no wrapped line.
    marked: bool,
    /// A Markdown heading ("## Boende"): a line of its own, never joined to the next.
    heading: bool,
    /// Markdown marks were left out at its end ("**…**"): it ends what it holds, and no
    /// line continues it (a joined line's span would hold the marks its text leaves out).
    closed: bool,
}

fn physical_lines(text: &str) -> Vec<Phys> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut pos = 0;
    while pos <= bytes.len() {
        let nl =
            memchr::memchr(b'\n', bytes.get(pos..).unwrap_or(&[])).map_or(bytes.len(), |i| pos + i);
        let raw = text.get(pos..nl).unwrap_or("");
        // A byte-order mark counts as white space (files saved on Windows start with one).
        let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
        let rb = raw.as_bytes();
        // Most lines start and end with a visible ASCII character: no trimming.
        let plain = rb.first().is_some_and(u8::is_ascii_graphic)
            && rb.last().is_some_and(u8::is_ascii_graphic);
        let (start, end) = if plain {
            (pos, nl)
        } else {
            let lead = raw.len() - raw.trim_start_matches(blank).len();
            let trimmed = raw.trim_matches(blank);
            (pos + lead, pos + lead + trimmed.len())
        };
        let (inner, inner_end) = without_markup(text, start, end);
        out.push(Phys {
            start: inner,
            end: inner_end,
            closed: inner_end < end
                && text
                    .get(inner_end..end)
                    .is_some_and(|rest| rest.contains(['*', '_', '#'])),
            marked: inner > start,
            heading: inner > start && text.as_bytes().get(start) == Some(&b'#'),
        });
        pos = nl + 1;
    }
    out
}

/// The line `text[start..end]` without the Markdown marks around it that notes written in a
/// Markdown editor carry: a heading's "#"s ("## 1. Boende"), a quotation's ">", and bold or
/// italic marks around the whole line or its label ("**Närvarande:**", "**Nästa möte:**
/// 7 oktober"). Only the line's ends move, so every offset in it is still the text's own.
fn without_markup(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let line = |s: usize, e: usize| text.get(s..e).unwrap_or("");
    let b = line(start, end).as_bytes();
    // A heading: one to six "#" and a space ("#1 prio" and "#hashtag" are no headings).
    let hashes = b.iter().take_while(|&&c| c == b'#').count();
    if (1..=6).contains(&hashes) && b.get(hashes) == Some(&b' ') {
        start += hashes;
        // A closing run of "#"s after a space goes too ("## Boende ##").
        let l = line(start, end);
        let closing = l.len() - l.trim_end_matches('#').len();
        if closing > 0 && l[..l.len() - closing].ends_with(' ') {
            end -= closing;
        }
    } else if b.first() == Some(&b'>') {
        start += 1;
    } else if b.first().is_some_and(|c| matches!(c, b'*' | b'_')) {
        // Bold or italic marks: as many at the end as at the start ("**…**"), or before a
        // label's colon ("**Nästa möte:** …"), never a list's "* item".
        let mark = b[0];
        let n = b.iter().take_while(|&&c| c == mark).count();
        if (1..=3).contains(&n) && b.get(n).is_some_and(|c| !c.is_ascii_whitespace()) {
            let l = line(start, end);
            let marks = &l[..n];
            if l.len() > 2 * n && l.ends_with(marks) {
                start += n;
                end -= n;
            } else if l[n..].contains(&format!(":{marks}")) {
                start += n;
            }
        }
    }
    let l = line(start, end);
    let inner = l.trim_start();
    start += l.len() - inner.len();
    end = start + inner.trim_end().len();
    (start, end)
}

/// How many line breaks stand in `text` between the end of line `a` and the start of line
/// `b`: 1 when `b` is right under `a`, 2 past one blank line (`usize::MAX` when they do not
/// stand in that order).
pub(crate) fn breaks_between(text: &str, a: &Line<'_>, b: &Line<'_>) -> usize {
    text.get(a.span.end..b.span.start)
        .map_or(usize::MAX, |gap| {
            memchr::memchr_iter(b'\n', gap.as_bytes()).count()
        })
}

/// The kind of a line from its shape alone (attendees need context and are
/// marked by [`split`]).
fn classify(s: &str) -> Kind {
    if memchr::memchr(b'|', s.as_bytes()).is_some() && crate::table::is_row(s)
        || memchr::memchr(b'\t', s.as_bytes()).is_some() && crate::table::is_tab_row(s)
    {
        return Kind::Row;
    }
    classify_text(s)
}

/// [`classify`] of a line that is no table row.
fn classify_text(s: &str) -> Kind {
    let b = s.as_bytes();
    let first = match b.first() {
        Some(&c) => c,
        None => return Kind::Text,
    };
    match first {
        b'-' | b'*' | b'+' if b.get(1).is_some_and(|c| c.is_ascii_whitespace()) => {
            let body = 1 + ws_len(&s[1..]);
            // A time's or a place's field behind a dash ("- Tid: kl. 13.00–15.45", a scan's
            // speck or a list of fields) is that field.
            if let Some(Kind::Label {
                key: key @ (Key::When | Key::Where),
                value,
            }) = s.get(body..).and_then(label)
            {
                return Kind::Label {
                    key,
                    value: body + value,
                };
            }
            return bullet(s, body);
        }
        b'0'..=b'9' => {
            if let Some(k) = numbered_or_timed(s) {
                return k;
            }
        }
        _ => {}
    }
    if first >= 0x80 {
        if let Some(k) = paragraph_sign(s) {
            return k;
        }
        let mut chars = s.chars();
        if let Some(c) = chars.next() {
            let rest = chars.as_str();
            match c {
                '•' | '·' | '‣' | '◦' | '▪' | '●' => {
                    return bullet(s, c.len_utf8() + ws_len(rest));
                }
                '–' | '—' if rest.starts_with(char::is_whitespace) || rest.is_empty() => {
                    return Kind::Answer {
                        body: c.len_utf8() + ws_len(rest),
                    };
                }
                _ => {}
            }
        }
    }
    label(s).unwrap_or(Kind::Text)
}

fn ws_len(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// A list item whose text starts at `body` of `s`, after its task box if it has one.
fn bullet(s: &str, body: usize) -> Kind {
    let task = task_box(s.get(body..).unwrap_or("")).unwrap_or(0);
    Kind::Bullet { body: body + task }
}

/// A task list's box at the start of a list item's text (`[ ] `, `[x] `, `[X] `, as Markdown
/// editors write a to-do): its length with the spaces after it.
fn task_box(item: &str) -> Option<usize> {
    let b = item.as_bytes();
    if !matches!(b.get(..3)?, b"[ ]" | b"[x]" | b"[X]") {
        return None;
    }
    let ws = ws_len(item.get(3..)?);
    (ws > 0).then_some(3 + ws)
}

/// Whether the list item `line`, whose text starts at `body`, has its task box ticked
/// ("- [x] Maria skickar …").
pub(crate) fn ticked(line: &str, body: usize) -> bool {
    let lead = line.get(..body).unwrap_or("").trim_end();
    lead.ends_with("[x]") || lead.ends_with("[X]")
}

/// A paragraph sign's agenda item, as minutes number them ("§ 3 Förslag om …", "§12. Val av
/// justerare"): its number and where its text starts.
fn paragraph_sign(s: &str) -> Option<Kind> {
    let rest = s.strip_prefix('§')?;
    let rest = rest.trim_start_matches(' ');
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let number = rest.get(..digits)?.parse().ok()?;
    let after = rest.get(digits..)?;
    let after = after.strip_prefix(['.', ':']).unwrap_or(after);
    let ws = ws_len(after);
    let text = after.get(ws..)?;
    (ws > 0 && starts_upper(text)).then(|| Kind::Numbered {
        number,
        body: s.len() - text.len(),
    })
}

fn numbered_or_timed(s: &str) -> Option<Kind> {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let sep = *b.get(digits)?;
    if (1..=2).contains(&digits) && (sep == b':' || sep == b'.') {
        // "10:15 Fika" or "10.15 Fika" before "1. Besök".
        let m = b.get(digits + 1..digits + 3)?;
        if m.iter().all(u8::is_ascii_digit) && b.get(digits + 3).is_none_or(|c| !c.is_ascii_digit())
        {
            let h: u32 = s.get(..digits)?.parse().ok()?;
            let min: u32 = s.get(digits + 1..digits + 3)?.parse().ok()?;
            if h < 24 && min < 60 && s.len() > digits + 3 {
                return Some(Kind::Timed);
            }
            return None;
        }
    }
    if (1..=2).contains(&digits) && (sep == b'.' || sep == b')') {
        let rest = s.get(digits + 1..)?;
        let ws = ws_len(rest);
        // An item may go on from the sentence that introduced it in small letters ("att
        // kommunen: / 1. öppnar en mötesplats …,"): a word of two letters or more.
        let item = rest.get(ws..).unwrap_or("");
        let small_word = sep == b'.'
            && item
                .split(' ')
                .next()
                .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(char::is_lowercase));
        if ws > 0 && (starts_upper(item) || small_word) {
            let number = s.get(..digits)?.parse().ok()?;
            return Some(Kind::Numbered {
                number,
                body: digits + 1 + ws,
            });
        }
    }
    None
}

pub(crate) fn label(s: &str) -> Option<Kind> {
    // Standalone headings that act as labels.
    let first = s.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    // (0xC3 opens "Övriga närvarande".)
    if s.len() <= 24
        && matches!(
            first,
            b'n' | b'd' | b's' | b'p' | b'a' | b'f' | b'b' | b't' | 0xC3
        )
    {
        // (A scan's speck may follow: "Beslutande.", "Övriga närvarande ?".)
        let k = fold_key(s.trim_end_matches([':', '.', '?', ' ']));
        let key = match k.as_str() {
            "narvarande" | "deltagare" | "narvarande personer" => Some(Key::Present),
            // A board's minutes: who decided and who else sat in.
            "beslutande"
            | "beslutande ledamoter"
            | "narvarande ledamoter"
            | "narvarande ersattare"
            | "tjanstgorande ersattare"
            | "ovriga narvarande"
            | "ovriga deltagare" => Some(Key::Present),
            "franvarande" | "anmalt forhinder" | "forhinder" => Some(Key::Absent),
            "schema" | "program" | "dagordning" | "agenda" => Some(Key::Schedule),
            // A scan may leave one letter wrong in a long heading ("Natvarande").
            k if one_letter_off(k, "narvarande") || one_letter_off(k, "deltagare") => {
                Some(Key::Present)
            }
            k if one_letter_off(k, "franvarande") => Some(Key::Absent),
            _ => None,
        };
        if let Some(key) = key {
            return Some(Kind::Label {
                key,
                value: s.len(),
            });
        }
    }
    let colon = memchr::memchr(b':', s.as_bytes().get(..s.len().min(32))?)?;
    let head = s.get(..colon)?;
    let value = colon + 1;
    let after = s.get(value..)?;
    // "Fråga 3:", "Förslag 2:": a capitalised word and a number, a space after the colon.
    let numbered = head.split_once(' ').is_some_and(|(w, n)| {
        starts_upper(w)
            && w.chars().all(char::is_alphabetic)
            && (1..=3).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
    }) && after.starts_with(' ');
    if numbered {
        return Some(Kind::Label {
            key: Key::Other,
            value,
        });
    }
    // "10:00" or "http:" are not labels.
    if head.is_empty() || head.ends_with(|c: char| c.is_ascii_digit()) || head.contains("//") {
        return None;
    }
    if after.starts_with("//") {
        return None;
    }
    let key = match fold_key(head).as_str() {
        "nar" | "tid" | "datum" | "tidpunkt" | "sammantradesdatum" | "motesdatum" => Key::When,
        "var" | "plats" | "lokal" | "adress" => Key::Where,
        "hur" => Key::How,
        "tema" => Key::Theme,
        "nasta mote" | "nasta motet" | "nasta traff" => Key::NextMeeting,
        "narvarande" | "deltagare" | "deltog" | "beslutande" | "ovriga narvarande" => Key::Present,
        "franvarande" | "anmalt forhinder" | "forhinder" => Key::Absent,
        "schema" | "program" | "dagordning" => Key::Schedule,
        "ansvarig" | "ansvariga" | "ansvar" => Key::Responsible,
        "klart till" | "klar till" | "klart senast" | "senast" | "deadline" => Key::Due,
        // (A follow-up's "Kommentar:" under a status says why, or what was done.)
        "motivering" | "motivet" | "skal" | "skalet" | "kommentar" => Key::Reason,
        "fran" | "from" | "avsandare" => Key::From,
        "till" | "to" | "mottagare" | "kopia" | "cc" => Key::To,
        "amne" | "subject" | "angaende" | "arende" => Key::Subject,
        "skickat" | "skickad" | "sent" | "date" => Key::Sent,
        _ if word_count(head) <= 4 && starts_upper(head) => Key::Other,
        // "Motion 2 från Tobias Wärn:": a motion and who moved it.
        _ if motion_mover(head).is_some_and(|mover| mover.is_some()) => Key::Other,
        _ => return None,
    };
    // A form's blank to fill in ("Datum: ______") is a field of the form, no fact.
    let blank = after.trim();
    let key = if !blank.is_empty() && blank.chars().all(|c| matches!(c, '_' | '.' | '…' | ' ')) {
        Key::Other
    } else {
        key
    };
    Some(Kind::Label { key, value })
}

/// Whether `word` is `key` with one letter changed (same length, ASCII).
fn one_letter_off(word: &str, key: &str) -> bool {
    word.len() == key.len()
        && word
            .bytes()
            .zip(key.bytes())
            .filter(|(a, b)| a != b)
            .count()
            == 1
}

/// Whether the next physical line `next` starts something of its own.
fn starts_item(next: &str) -> bool {
    !matches!(classify(next), Kind::Text)
}

/// A letter's greeting or closing ("Hej Lena och alla i föreningen!", "Med vänliga
/// hälsningar"): a line of its own, never the rest of the line before (a reply's subject).
fn opens_letter_line(next: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "Hej ",
        "Hej,",
        "Hej!",
        "Hejsan",
        "Kära ",
        "Med vänlig",
        "Vänliga hälsningar",
        "Hälsningar",
    ];
    OPENINGS.iter().any(|o| next.starts_with(o))
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':', ';', '"', '”'])
}

/// A line looks like "Name, Organisation", "Name (Organisation)" or "First Last".
pub(crate) fn attendee_like(s: &str) -> bool {
    parse_attendee(s).is_some()
}

/// Splits an attendee line into name and organisation ("Name, Organisation", "Name<tab>
/// Organisation", "Name (Organisation)").
pub(crate) fn parse_attendee(s: &str) -> Option<(&str, Option<Cow<'_, str>>)> {
    // A quote or a dot before the name is a speck of the scan ("‘Sören Bäckman, …").
    let mut s = s
        .trim()
        .trim_start_matches(['‘', '’', '\'', '"', '”', '~', '_', '|', '·'])
        .trim_start();
    // A spaced mark ending the line is a speck of the scan ("RFHL Södermalm :").
    if let Some(speck) = s.strip_suffix([':', '’', '\'', '”', '"', '|', '~', '_'])
        && speck.ends_with(' ')
    {
        s = speck.trim_end();
    }
    let s = s.trim_end_matches(['.', ';']);
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    let (name, org) = if let Some((n, o)) = s.split_once('\t') {
        // A tab between the name and the organisation, as a list copied from a table
        // ("Anna Svensson<tab>RSMH Kastanjen").
        (n.trim(), Some(o.trim_matches(|c: char| c.is_whitespace())))
    } else if let Some((n, o)) = s.split_once(',') {
        (n.trim(), Some(o.trim()))
    } else if let Some((n, o)) = s.split_once(';') {
        // A comma a scan read as a semicolon.
        (n.trim(), Some(o.trim()))
    } else if let Some(open) = s.find('(') {
        let o = s.get(open + 1..)?.trim_end().strip_suffix(')')?;
        (s.get(..open)?.trim(), Some(o.trim()))
    } else {
        (s, None)
    };
    // A politician's party after the name ("Lena Åkerström (S), ordförande"): the party is
    // the organisation, the post after it stays with it ("S, ordförande").
    let (name, org) = match party_after(name) {
        Some((n, party)) => (
            n,
            Some(match org {
                Some(o) if !o.is_empty() => Cow::Owned(format!("{party}, {o}")),
                _ => Cow::Borrowed(party),
            }),
        ),
        None => (name, org.map(Cow::Borrowed)),
    };
    if !starts_upper(name) {
        return None;
    }
    let particle = |w: &str| matches!(w, "von" | "af" | "de" | "van" | "der" | "la" | "del");
    let mut n = 0;
    for w in name.split_whitespace() {
        n += 1;
        if n > 4 || !(starts_upper(w) || particle(w)) || w.ends_with(['.', ':', '!', '?']) {
            return None;
        }
    }
    match &org {
        _ if n == 0 => None,
        None if n < 2 => None,
        Some(o) if o.is_empty() || o.len() > 60 || word_count(o) > 6 || ends_sentence(o) => None,
        _ => Some((name, org.filter(|o| !o.is_empty()))),
    }
}

/// A name with a party's letters in brackets after it ("Lena Åkerström (S)", "Kerstin Öberg
/// (KD)"): the name and the party.
fn party_after(name: &str) -> Option<(&str, &str)> {
    let inner = name.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let party = inner.get(open + 1..)?;
    let person = inner.get(..open)?.trim_end();
    ((1..=3).contains(&party.len())
        && party.bytes().all(|b| b.is_ascii_uppercase())
        && !person.is_empty())
    .then_some((person, party))
}

/// An attendee's organisation without the specks a scan leaves around and inside it: a mark
/// before its first word or after its last ("-enhetschef", "samordnare-"), a full stop
/// between two of its words ("Brukarföreningen. Ledstången", "RSMH. Majorna").
pub(crate) fn clean_organisation(org: &str) -> String {
    const SPECKS: &[char] = &['-', '–', '’', '‘', '\'', '"', '”', '•', '_', '~', '|', '¢'];
    let org = org.trim().trim_matches(SPECKS).trim();
    let mut out = String::with_capacity(org.len());
    let mut words = org.split(' ').filter(|w| !w.is_empty()).peekable();
    while let Some(w) = words.next() {
        let next_capital = words
            .peek()
            .and_then(|n| n.chars().next())
            .is_some_and(char::is_uppercase);
        // An abbreviation keeps its stop ("St. Eriks"): a word of two letters or more does
        // not end with one inside a name.
        let word = match w.strip_suffix('.') {
            Some(bare) if next_capital && bare.chars().count() >= 3 => bare,
            _ => w,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `next` is a subtitle under the note's title line `title` rather than the title's
/// rest ("… familjeomsorgen i Mjölby" / "Sammanfattning av rapporten till socialnämnden"):
/// it opens with a capital and ends without a stop, and the title ends in no punctuation
/// and no small word that needs a next one ("… mötet med" / "Brukarrådet Öst").
fn subtitle_after_title(title: &str, next: &str) -> bool {
    const RUNS_ON: &[&str] = &[
        "med", "och", "för", "i", "till", "från", "om", "på", "av", "vid", "hos", "mot", "inom",
        "under", "efter", "inför", "samt", "den", "det", "de", "en", "ett",
    ];
    let title = title.trim_end();
    let last = title.rsplit(' ').next().unwrap_or("").to_lowercase();
    let next = next.trim_end();
    // A short line's one full stop or comma at its end is a scan's speck as often as a
    // sentence's end ("Nummer 1, 2026.", "Åtvidabergs kommun,"): a title's wrapped rest that
    // short is a name or a place.
    let next = match next.strip_suffix(['.', ',']) {
        Some(head) if head.split(' ').count() <= 4 && !head.contains(['.', '!', '?']) => head,
        _ => next,
    };
    // A first line closed by a quotation ("Podden ”Bakom besluten” – avsnitt 23: ”Man måste
    // våga vara kvar”") is a title whole: its sentence does not run on under it.
    let quoted = title.ends_with(['”', '"', '»']) && title.chars().count() >= 12;
    next.starts_with(char::is_uppercase)
        && (quoted
            || !next.ends_with(['.', ',', ';', ':', '!', '?'])
                && !title.ends_with(|c: char| c.is_ascii_punctuation() || matches!(c, '–' | '—'))
                && !RUNS_ON.contains(&last.as_str()))
}

/// Cuts `text` into logical lines.
pub(crate) fn split(text: &str) -> Vec<Line<'_>> {
    let phys = physical_lines(text);
    let mut out: Vec<Line<'_>> = Vec::with_capacity(phys.len());
    let mut i = 0;
    let mut in_attendees = false;
    // Under "Frånvarande": the names of who did not come, a list of its own.
    let mut in_absent = false;
    let get = |p: &Phys| text.get(p.start..p.end).unwrap_or("");
    while i < phys.len() {
        let p = phys[i];
        let s = get(&p);
        if s.is_empty() {
            i += 1;
            continue;
        }
        let mut kind = classify(s);
        // A header row a scan read without its bars, over a row with them (maybe past a
        // blank line, as a scan parts a table's rows).
        if kind != Kind::Row
            && crate::table::is_bare_header(s)
            && phys
                .iter()
                .skip(i + 1)
                .take(2)
                .map(get)
                .find(|l| !l.is_empty())
                .is_some_and(|l| classify(l) == Kind::Row)
        {
            kind = Kind::Row;
        }
        // A tab row counts only as a header of known columns or right under another such
        // row (a cell left empty may give it fewer cells than its header): tabs also part a
        // form's labels from their values ("Tid:<tab>13.00") and who came from their
        // organisation ("Anna Svensson<tab>RSMH"), lines read as such.
        if kind == Kind::Row
            && crate::table::is_tab_row(s)
            && crate::table::header(&crate::table::cells(s)).is_none()
            && !(i > 0
                && phys.get(i - 1).is_some_and(|q| !get(q).is_empty())
                && out
                    .last()
                    .is_some_and(|l| l.kind == Kind::Row && crate::table::is_tab_row(&l.text)))
        {
            kind = classify_text(s);
        }
        if in_absent {
            if kind == Kind::Text && attendee_like(s) {
                kind = Kind::Bullet { body: 0 };
            } else if !matches!(kind, Kind::Bullet { .. }) {
                in_absent = false;
            }
        }
        if in_attendees {
            if kind == Kind::Text && attendee_like(s) {
                kind = Kind::Attendee;
            } else if kind == Kind::Text && s.trim_end().ends_with(':') {
                // A line that leads into the names ("Sammanlagt 21 medlemmar enligt
                // närvarolistan, samt följande gäster:") keeps the list open.
            } else if !matches!(kind, Kind::Bullet { .. }) {
                in_attendees = false;
            }
        }
        if let Kind::Label {
            key: Key::Present,
            value,
        } = kind
        {
            // "Närvarande" alone introduces one attendee per line.
            in_attendees = s.get(value..).is_none_or(|v| v.trim().is_empty());
        }
        if let Kind::Label {
            key: Key::Absent,
            value,
        } = kind
        {
            in_attendees = false;
            in_absent = s.get(value..).is_none_or(|v| v.trim().is_empty());
        }
        // Join soft-wrapped continuation lines.
        let mut end = p.end;
        let mut joined: Option<(String, Vec<(usize, usize)>)> = None;
        let mut last = s;
        let mut last_closed = p.closed;
        let mut j = i + 1;
        if matches!(
            kind,
            Kind::Text
                | Kind::Bullet { .. }
                | Kind::Answer { .. }
                | Kind::Numbered { .. }
                | Kind::Timed
        ) || matches!(kind, Kind::Label { value, .. } if value < s.len())
        {
            // A list of who was present written on its label's line goes on only where the
            // page wrapped inside an entry ("… Per Nilsson" / "(enhetschef)"): a capital
            // starts a name of its own on the next line.
            let present = matches!(
                kind,
                Kind::Label {
                    key: Key::Present,
                    ..
                }
            );
            loop {
                if last.len() < WRAP_MIN || last.ends_with(':') || p.heading || last_closed {
                    break;
                }
                let Some(q) = phys.get(j) else { break };
                let mut next = get(q);
                let mut k = j;
                if next.is_empty() {
                    // One blank line inside a sentence, as OCR leaves it.
                    let Some(r) = phys.get(j + 1) else { break };
                    next = get(r);
                    k = j + 1;
                    if ends_sentence(last) || !next.starts_with(|c: char| c.is_lowercase()) {
                        break;
                    }
                }
                // A schedule entry goes on only with a small letter ("söka hjälp" / "för
                // både …"); a capital starts what follows the schedule.
                if next.is_empty()
                    || out.is_empty() && subtitle_after_title(last, next)
                    || present && !next.starts_with(|c: char| c == '(' || c.is_lowercase())
                    || phys[k].marked
                    || kind == Kind::Timed && !next.starts_with(char::is_lowercase)
                    || starts_item(next)
                    || opens_letter_line(next)
                    // A field's value closed by its bracket ("Plats: …, Arvika (ingång från
                    // gården)"): a capital below starts a sentence of its own.
                    || matches!(kind, Kind::Label { .. })
                        && last.ends_with(')')
                        && next.starts_with(char::is_uppercase)
                    || next.contains("://") && next.starts_with("http")
                {
                    break;
                }
                let q = phys[k];
                let (buf, segs) = joined.get_or_insert_with(|| (s.to_owned(), Vec::new()));
                if segs.is_empty() {
                    segs.push((0, p.start));
                }
                let hyphen = buf.ends_with('-')
                    && buf[..buf.len() - 1].ends_with(|c: char| c.is_alphabetic())
                    && next.starts_with(|c: char| c.is_lowercase());
                if hyphen {
                    let before_lower = buf[..buf.len() - 1].ends_with(|c: char| c.is_lowercase());
                    if before_lower {
                        buf.pop();
                    }
                } else if !last.ends_with('/') {
                    buf.push(' ');
                }
                segs.push((buf.len(), q.start));
                buf.push_str(next);
                end = q.end;
                last = next;
                last_closed = q.closed;
                j = k + 1;
            }
        }
        let (text_cow, segs) = match joined {
            Some((buf, segs)) => (Cow::Owned(buf), segs),
            None => (Cow::Borrowed(s), Vec::new()),
        };
        out.push(Line {
            text: text_cow,
            span: Span::new(p.start, end),
            segs,
            kind,
        });
        i = j;
    }
    // An unboxed row with no row right above or below it is a line with stray bars. A scan
    // may part a table's rows by a blank line: under a header row ("Vad | Vem | När") a row
    // of as many cells past one is still beside.
    let breaks = |a: &Line, b: &Line| breaks_between(text, a, b);
    let cells = |l: &Line| crate::table::cells(&l.text).len();
    let mut stray = vec![false; out.len()];
    // The cells of the header the rows just above stand under.
    let mut header: Option<usize> = None;
    for k in 0..out.len() {
        if out[k].kind != Kind::Row {
            header = None;
            continue;
        }
        let prev = k.checked_sub(1).and_then(|p| out.get(p));
        let next = out.get(k + 1);
        let gap_before = prev
            .filter(|p| p.kind == Kind::Row)
            .map(|p| breaks(p, &out[k]));
        let gap_after = next
            .filter(|n| n.kind == Kind::Row)
            .map(|n| (breaks(&out[k], n), cells(n)));
        let row = crate::table::cells(&out[k].text);
        let n = row.len();
        if !gap_before.is_some_and(|g| (1..=2).contains(&g)) || header != Some(n) {
            header = None;
        }
        if crate::table::header(&row).is_some() {
            header = Some(n);
        }
        let headed = header.is_some();
        let beside = gap_before == Some(1)
            || gap_after.is_some_and(|(g, _)| g == 1)
            || headed && gap_before == Some(2)
            || headed && gap_after.is_some_and(|(g, m)| g == 2 && m == n);
        stray[k] = !beside && !crate::table::is_boxed(&out[k].text);
    }
    for (line, stray) in out.iter_mut().zip(stray) {
        if stray {
            line.kind = classify_text(&line.text);
        }
    }
    out
}

/// Whether a label `head` names a motion ("Motion 1", "Motion från Gun-Britt Ek", "Motion 2
/// från Tobias Wärn"), and who moved it where it says.
pub(crate) fn motion_mover(head: &str) -> Option<Option<&str>> {
    let (word, rest) = head.split_once(' ').unwrap_or((head, ""));
    if !matches!(fold_key(word).as_str(), "motion" | "medborgarforslag") {
        return None;
    }
    let rest = rest.trim_start();
    // An optional number ("Motion 1", "Motion nr 2").
    let rest = rest.strip_prefix("nr ").unwrap_or(rest);
    let rest = rest
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    if rest.is_empty() {
        return Some(None);
    }
    let mover = rest.strip_prefix("från ")?.trim();
    (!mover.is_empty() && starts_upper(mover) && word_count(mover) <= 6).then_some(Some(mover))
}

#[cfg(test)]
mod tests {
    use super::{Key, Kind, classify, clean_organisation, split};

    #[test]
    fn paragraph_signs_number_items_and_task_boxes_are_no_text() {
        assert_eq!(
            classify("§ 3 Förslag om öppettider"),
            Kind::Numbered {
                number: 3,
                body: "§ 3 ".len()
            }
        );
        assert_eq!(
            classify("§12. Val av justerare"),
            Kind::Numbered {
                number: 12,
                body: "§12. ".len()
            }
        );
        assert_eq!(classify("§ 3 enligt lagen"), Kind::Text);
        assert_eq!(classify("- [x] Maria skickar"), Kind::Bullet { body: 6 });
        // A time's or a place's field behind a dash is that field; another stays an item.
        assert_eq!(
            classify("- Tid: kl. 13.00–15.45"),
            Kind::Label {
                key: Key::When,
                value: 6
            }
        );
        assert!(matches!(
            classify("- Plats: Stadshuset"),
            Kind::Label {
                key: Key::Where,
                ..
            }
        ));
        assert_eq!(classify("- Anna: ringer"), Kind::Bullet { body: 2 });
        assert_eq!(classify("- [ ] Kalle kollar"), Kind::Bullet { body: 6 });
        assert_eq!(classify("- [x]Maria"), Kind::Bullet { body: 2 });
    }

    #[test]
    fn a_first_line_closed_by_a_quotation_is_a_title_whole() {
        let texts = |t: &str| {
            split(t)
                .iter()
                .map(|l| l.text.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(
                "Podden ”Bakom besluten” – avsnitt 23\nSänt den 9 mars 2026. Längd: 41 minuter.\n"
            ),
            [
                "Podden ”Bakom besluten” – avsnitt 23",
                "Sänt den 9 mars 2026. Längd: 41 minuter."
            ]
        );
        // Without the quotation, a full sentence under a first line is its wrapped rest.
        assert_eq!(
            texts(
                "Podden Bakom besluten – avsnitt 23: Man måste våga vara kvar\n\
                 Sänt den 9 mars 2026. Längd: 41 minuter.\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn table_rows_stand_together_or_boxed() {
        let kinds = |t: &str| split(t).iter().map(|l| l.kind).collect::<Vec<_>>();
        assert_eq!(kinds("A | B | C\nd | e | f\n"), [Kind::Row, Kind::Row]);
        assert_eq!(kinds("| A | B |\n\nText här\n"), [Kind::Row, Kind::Text]);
        // Alone, or parted from the next by a blank line, bars are specks.
        assert_eq!(
            kinds("Året. | dag tror vi | står kvar\n\nA | B | C\n"),
            [Kind::Text, Kind::Text]
        );
        // Under a header, a scan's blank line between rows parts no table; two do.
        assert_eq!(
            kinds("Vad | Vem | När\n\nBoka | Kalle | 1/2\n\nRinga | Lisa | 3/2\n\n\nA | B | C\n"),
            [Kind::Row, Kind::Row, Kind::Row, Kind::Text]
        );
    }

    #[test]
    fn an_organisations_specks_are_dropped() {
        assert_eq!(
            clean_organisation("Brukarföreningen. Ledstången"),
            "Brukarföreningen Ledstången"
        );
        assert_eq!(clean_organisation("RSMH. Majorna"), "RSMH Majorna");
        assert_eq!(
            clean_organisation("-enhetschef, försörjningsstödet"),
            "enhetschef, försörjningsstödet"
        );
        assert_eq!(
            clean_organisation("tillgänglighetssamordnare-"),
            "tillgänglighetssamordnare"
        );
        // An abbreviation's stop and a small word after a stop stay.
        assert_eq!(
            clean_organisation("St. Eriks vårdcentral"),
            "St. Eriks vårdcentral"
        );
        assert_eq!(clean_organisation("IFS Älvsjö"), "IFS Älvsjö");
    }

    #[test]
    fn a_speck_before_an_attendees_name_is_dropped() {
        assert_eq!(
            super::parse_attendee("‘Sören Bäckman, Föreningen Ankaret"),
            Some(("Sören Bäckman", Some("Föreningen Ankaret".into())))
        );
    }

    #[test]
    fn a_politicians_party_is_the_organisation() {
        let read = |s| super::parse_attendee(s).map(|(n, o)| (n, o.map(|o| o.into_owned())));
        assert_eq!(
            read("Lena Åkerström (S), ordförande"),
            Some(("Lena Åkerström", Some("S, ordförande".to_owned())))
        );
        assert_eq!(
            read("Kerstin Öberg (KD)"),
            Some(("Kerstin Öberg", Some("KD".to_owned())))
        );
        // Brackets that hold no party's letters stay out of a name.
        assert_eq!(read("Lena Åkerström (ordf), S"), None);
    }
}
