//! Passes after word restoration. The document's own words as the last word on a garbled
//! one: a rough scan garbles the same word differently each time it occurs ("Förslaget",
//! "Foislag"), and most of its occurrences come out right, so a word the lexicon cannot read
//! that is near a word the document uses (diacritics aside) is taken to be that word. Also
//! rare words that are misreads of far commoner ones, short garbled words, and "ww." web
//! addresses.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::forms::Forms;
use crate::restore::{Proposal, Shape};
use crate::token::{Kind, Token};
use crate::words::Words;
use crate::{FxHasher, Reason, WordEdit, fold};
use delaktig_lexicon_sv::Reading as WordReading;

/// Fewest letters of a word corrected this way: a short word one letter from another is
/// usually a word of its own.
const MIN_CHARS: usize = 5;

/// Least frequency (per billion) of each part of a compound reading that makes a word
/// readable as written.
const COMMON_PART: u32 = 1_000;

/// Least number of words (of four letters or more) of a document that can be told a rough
/// scan, and the share of them nothing reads, as one in so many, that makes it one.
const ROUGH_WORDS: usize = 100;
const ROUGH_SHARE: usize = 22;

/// How often a word must occur in a document that is no rough scan before a compound or rare
/// word written once, one letter from it, is taken for a garble of it ("Farslag" beside five
/// "Förslag").
const SETTLED_COUNT: u32 = 3;

/// Frequency (per billion) under which a known word of a rough scan may be a garble of a
/// document word one letter away.
const RARE_WORD: u32 = 1_500;

/// Confidence of a correction from the document's words.
const CONFIDENCE: f32 = 0.75;

/// One word form of the document, as it reads after the edits so far.
struct Form<'i> {
    /// How often it occurs.
    count: u32,
    /// How the lexicon reads it.
    reading: Reading,
    /// Its letters folded ([`fold`]).
    folded: &'i str,
    /// How often each letter occurs in `folded` ([`letter_counts`]).
    counts: LetterCounts,
    /// How many letters it has.
    letters: usize,
    /// Whether it occurs with a capital inside a sentence (as a name does).
    named: bool,
    /// Whether it occurs written small.
    small: bool,
}

/// How often each letter a–z occurs in a word (capped at 255), and one count for all others.
type LetterCounts = [u8; 27];

/// The [`LetterCounts`] of `word`.
fn letter_counts(word: &str) -> LetterCounts {
    let mut counts = [0u8; 27];
    for c in word.chars() {
        let i = if c.is_ascii_lowercase() {
            usize::from(c as u8 - b'a')
        } else {
            26
        };
        if let Some(n) = counts.get_mut(i) {
            *n = n.saturating_add(1);
        }
    }
    counts
}

/// How far apart two words' letter counts are: a lower bound of twice their edit distance.
fn counts_apart(a: &LetterCounts, b: &LetterCounts) -> usize {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| usize::from(x.abs_diff(y)))
        .sum()
}

/// A word token as it reads after the edits so far.
struct Seen<'a> {
    token: &'a Token,
    written: &'a str,
    now: &'a str,
    /// The edit that made it, if any (an index into the edits).
    edit: Option<usize>,
    /// Whether it follows a word on its line and starts no sentence (where a capital marks a
    /// name).
    mid: bool,
}

/// Letters in `word` (its length where it is ASCII).
fn letters(word: &str) -> usize {
    if word.is_ascii() {
        word.len()
    } else {
        word.chars().count()
    }
}

/// What the document-word pass knows of each spelling ([`FormInfo`]: how the lexicon reads
/// it, its fold), across documents: it depends on the vocabulary alone, which never changes,
/// so a long-lived normaliser works each spelling out once. The table starts afresh past
/// [`READINGS_LIMIT`] spellings, which bounds its memory.
#[derive(Default)]
pub(crate) struct Readings(Mutex<HashMap<Box<str>, Arc<FormInfo>, foldhash::fast::RandomState>>);

/// What the document-word pass needs to know of a spelling: worked out from it and the
/// vocabulary alone, so it is remembered across documents.
struct FormInfo {
    /// The spelling lower-cased: the form it belongs to.
    lower: Box<str>,
    /// How the lexicon reads the spelling.
    reading: Reading,
    /// Letters of `lower`.
    letters: usize,
    /// `lower` folded ([`fold`]).
    folded: Box<str>,
    /// How often each letter occurs in `folded`.
    counts: LetterCounts,
}

impl FormInfo {
    fn of(words: &Words, spelling: &str) -> FormInfo {
        let lower = crate::text::lower(spelling);
        let folded = fold(&lower);
        FormInfo {
            reading: reading(words, spelling, &lower),
            letters: letters(&lower),
            counts: letter_counts(&folded),
            folded: folded.into(),
            lower: lower.into(),
        }
    }
}

/// Spellings [`Readings`] holds before it starts afresh: the words of many notes on related
/// subjects, in about four megabytes (some 250 bytes a spelling).
const READINGS_LIMIT: usize = 1 << 14;

impl Readings {
    /// The table, locked; a table a panicking thread left behind is still a valid memo.
    fn lock(
        &self,
    ) -> MutexGuard<'_, HashMap<Box<str>, Arc<FormInfo>, foldhash::fast::RandomState>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One spelling of the document (a word as it reads after the edits so far), met first at
/// some token; its occurrences are counted, so that each spelling is looked at once.
struct Spelling<'a> {
    now: &'a str,
    /// Whether it is long enough and all letters (else it takes no part).
    kept: bool,
    /// Whether it is capitalised.
    capitalised: bool,
    /// How often it occurs.
    count: u32,
    /// Whether it occurs right after a word on its line, inside a sentence.
    named: bool,
    /// Its form (lower-case) in the document's forms.
    form: usize,
}

/// Corrects, in a damaged document, words that neither the lexicon nor a compound of common
/// parts reads: each takes the nearest readable word of the document (after folding
/// diacritics and their look-alikes), one letter away or two for a long word, when no other
/// is as near. `edits` are the word edits so far, in text order, and stay so; `memo` keeps
/// how the lexicon reads each form. Answers whether the document is a rough scan (one word
/// in [`ROUGH_SHARE`] that nothing reads).
pub(crate) fn correct(
    laid: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    edits: &mut Vec<WordEdit>,
    words: &Words,
    memo: &Readings,
) -> bool {
    // Each spelling once, with its occurrences counted; the tokens that may be corrected
    // with the index of their spelling.
    // Sized for a note (about one spelling in two tokens, and a word of four letters or more
    // in three tokens of two), so that they do not regrow; a long document's tables grow as
    // they fill past a bound (sized by its tokens, a section of a megabyte would reserve
    // tens of megabytes it never uses).
    let room = (tokens.len() / 2).min(1 << 12);
    // A spelling some word token has is found by the token's form (the text of an unchanged
    // word) or looked up among the forms (a restoration); only a spelling no token has is
    // hashed here.
    let mut spelling_of_form: Vec<usize> = vec![usize::MAX; forms.len()];
    let mut spelling_of: HashMap<&str, usize, BuildHasherDefault<FxHasher>> = HashMap::default();
    let mut spellings: Vec<Spelling> = Vec::with_capacity(room);
    let mut seen: Vec<(Seen, usize)> = Vec::with_capacity((tokens.len() * 2 / 3).min(1 << 13));
    for (i, t, k) in crate::words_and_edits(tokens, edits) {
        let edit = k.and_then(|k| edits.get(k));
        let Some(written) = laid.get(t.span.clone()) else {
            continue;
        };
        let now = edit.map_or(written, |e| &*e.proposal.replacement);
        if now.len() < MIN_CHARS - 1 {
            continue;
        }
        let form = match edit {
            None => forms.id(i),
            Some(_) => forms.find(now),
        };
        let slot = match form.and_then(|f| spelling_of_form.get_mut(f)) {
            Some(slot) => slot,
            None => spelling_of.entry(now).or_insert(usize::MAX),
        };
        if *slot == usize::MAX {
            *slot = spellings.len();
            spellings.push(Spelling {
                now,
                kept: letters(now) >= MIN_CHARS - 1 && now.chars().all(char::is_alphabetic),
                // A token's shape is that of its text.
                capitalised: if edit.is_none() {
                    t.shape == Shape::Capitalised
                } else {
                    Shape::of(now) == Shape::Capitalised
                },
                count: 0,
                named: false,
                form: 0,
            });
        }
        let s = *slot;
        let Some(spelling) = spellings.get_mut(s).filter(|s| s.kept) else {
            continue;
        };
        // Right after a word on the same line, not starting a sentence: where a capital
        // marks a name.
        let mid = !t.sentence_start
            && i.checked_sub(1)
                .and_then(|j| tokens.get(j))
                .is_some_and(|p| {
                    p.kind == Kind::Word
                        && laid
                            .get(p.span.end..t.span.start)
                            .is_some_and(|gap| !gap.bytes().any(|b| b == b'\n'))
                });
        spelling.count += 1;
        spelling.named |= mid && spelling.capitalised;
        seen.push((
            Seen {
                token: t,
                written,
                now,
                edit: k,
                mid,
            },
            s,
        ));
    }
    // What each spelling is, from the memo or worked out (outside the lock) and remembered.
    let mut infos: Vec<Option<Arc<FormInfo>>> = vec![None; spellings.len()];
    {
        let known = memo.lock();
        for (info, spelling) in infos.iter_mut().zip(&spellings).filter(|(_, s)| s.kept) {
            *info = known.get(spelling.now).cloned();
        }
    }
    let new: Vec<(usize, Arc<FormInfo>)> = spellings
        .iter()
        .enumerate()
        .filter(|&(s, spelling)| spelling.kept && infos.get(s).is_some_and(Option::is_none))
        .map(|(s, spelling)| (s, Arc::new(FormInfo::of(words, spelling.now))))
        .collect();
    if !new.is_empty() {
        let mut known = memo.lock();
        if known.len() + new.len() > READINGS_LIMIT {
            known.clear();
        }
        for (s, info) in new {
            if let (Some(spelling), Some(slot)) = (spellings.get(s), infos.get_mut(s)) {
                known.insert(spelling.now.into(), Arc::clone(&info));
                *slot = Some(info);
            }
        }
    }
    // Every word form of the document long enough to matter, as it reads now (lower-case),
    // read by the lexicon as its first spelling is.
    let mut form_of: HashMap<&str, usize, BuildHasherDefault<FxHasher>> =
        HashMap::with_capacity_and_hasher(spellings.len(), Default::default());
    let mut forms: Vec<Form> = Vec::with_capacity(spellings.len());
    for (spelling, info) in spellings.iter_mut().zip(&infos) {
        let Some(info) = info.as_deref().filter(|_| spelling.kept) else {
            continue;
        };
        let f = *form_of.entry(&info.lower).or_insert_with(|| {
            forms.push(Form {
                count: 0,
                reading: info.reading,
                folded: &info.folded,
                counts: info.counts,
                letters: info.letters,
                named: false,
                small: false,
            });
            forms.len() - 1
        });
        spelling.form = f;
        if let Some(form) = forms.get_mut(f) {
            form.count += spelling.count;
            form.named |= spelling.named;
            form.small |= !spelling.capitalised;
        }
    }
    // A rough scan (one word in twenty or more that nothing reads) also garbles words into
    // compounds of short common parts ("fotslag": fot|slag for "förslag"): there a compound
    // reading is corrected too, to a whole word of the document one letter away.
    let rough = {
        let (mut unread, mut all) = (0usize, 0usize);
        for (_, s) in &seen {
            if let Some(f) = spellings.get(*s).and_then(|s| forms.get(s.form)) {
                all += 1;
                unread += usize::from(f.reading == Reading::None);
            }
        }
        // A word whose first Ö the scan read as an S ("Sppna") is read by a confusion only a
        // rough scan makes: it counts among the words nothing reads, as it did before that
        // confusion was known. (The other such readings, a capital J or I for a small l,
        // are made after this count.)
        let rough_marks = edits
            .iter()
            .filter(|e| {
                laid.get(e.span.clone())
                    .is_some_and(|w| w.starts_with("Spp"))
            })
            .count();
        all += rough_marks;
        unread += rough_marks;
        all >= ROUGH_WORDS && unread * ROUGH_SHARE >= all
    };
    // The words to correct.
    let candidates: Vec<&Seen> = seen
        .iter()
        .filter(|(_, s)| {
            spellings
                .get(*s)
                .and_then(|s| forms.get(s.form))
                .is_some_and(|f| {
                    (f.reading == Reading::None
                        || matches!(f.reading, Reading::Compound | Reading::Rare)
                            && (rough || f.count == 1))
                        && f.letters >= MIN_CHARS
                })
        })
        .map(|(seen, _)| seen)
        .collect();
    // Most documents read throughout: nothing to compare.
    if candidates.is_empty() {
        return rough;
    }
    // Lengths of the words to correct, as they read and as written, and one more and one
    // less: only readable words of these lengths are compared with them.
    let mut lengths: u128 = 0;
    let bit = |n: usize| 1u128.checked_shl(n.min(127) as u32).unwrap_or(0);
    for seen in &candidates {
        for n in [letters(seen.now), letters(seen.written)] {
            let d = reach(n);
            for m in n.saturating_sub(d)..=n + d {
                lengths |= bit(m);
            }
        }
    }
    // The readable forms by length: a word is compared with those of its length, one less
    // and one more only.
    let readable = || {
        form_of
            .iter()
            .filter_map(|(other, &f)| Some((other, forms.get(f)?)))
            .filter(|(_, f)| f.reading != Reading::None && lengths & bit(f.letters) != 0)
    };
    // Each length's room made once, counted first.
    let mut sizes: Vec<usize> = Vec::new();
    for (_, f) in readable() {
        if sizes.len() <= f.letters + 1 {
            sizes.resize(f.letters + 2, 0);
        }
        if let Some(size) = sizes.get_mut(f.letters) {
            *size += 1;
        }
    }
    let mut by_len: Vec<Vec<(&str, &Form)>> =
        sizes.iter().map(|&n| Vec::with_capacity(n)).collect();
    for (other, f) in readable() {
        if let Some(bucket) = by_len.get_mut(f.letters) {
            bucket.push((*other, f));
        }
    }
    // The correction of a word as it reads now, as written, and whether it follows a word
    // inside a sentence: worked out once for each such triple.
    let search = |now: &str, written: &str, mid: bool| -> Option<String> {
        let shape = Shape::of(now);
        if !matches!(shape, Shape::Lower | Shape::Capitalised) {
            return None;
        }
        let lower = crate::text::lower(now);
        let form = form_of.get(lower.as_ref()).and_then(|&f| forms.get(f))?;
        // An English word ("take", "first") is no garble of a Swedish one, whether or not
        // the lexicon reads it.
        if lower.is_ascii() && crate::english_word(&lower) {
            return None;
        }
        let name_like = shape == Shape::Capitalised && mid;
        // The word as it reads now and, if restored into something no likelier, as written
        // ("stockholim" restored as "stockholime").
        let as_written = (written != now).then(|| {
            let folded = fold(&crate::text::lower(written));
            let counts = letter_counts(&folded);
            (folded, counts)
        });
        // The nearest document words; several at the same distance: none is clearly meant.
        let mut found: Option<(&str, usize)> = None;
        let mut ambiguous = false;
        let probes = std::iter::once((form.folded, &form.counts))
            .chain(as_written.as_ref().map(|(f, c)| (f.as_str(), c)));
        for (folded, counts) in probes {
            let n = letters(folded);
            let reach = reach(n);
            let near = by_len
                .get(n.saturating_sub(reach)..(n + reach + 1).min(by_len.len()))
                .unwrap_or(&[]);
            for &(other, f) in near.iter().flatten() {
                if other == lower.as_ref() {
                    continue;
                }
                if folded == f.folded {
                    // The document's word with its diacritics ("Vägen" beside "Vagen"): the
                    // restorer weighed it and left the word as it is; so is it here.
                    ambiguous = true;
                    found = Some((other, 0));
                    continue;
                }
                // A capitalised word inside a sentence may be a name: only a name of the
                // document is meant by it ("Biyggan" beside "Bryggan").
                if f.count < form.count || name_like && !f.named {
                    continue;
                }
                // Nor is a word written small that the lexicon knows a misread of a name the
                // document never writes small ("talarna" beside "Dalarna"; a garble that
                // reads as nothing may be: "stockholim").
                if shape == Shape::Lower && form.reading != Reading::None && f.named && !f.small {
                    continue;
                }
                // Only words that share their first or their last letter are compared (a
                // misread rarely takes both), and each edit changes the letter counts by two
                // at most: most words are told apart by these without working out the
                // distance.
                let (a, b) = (folded.as_bytes(), f.folded.as_bytes());
                if a.first() != b.first() && a.last() != b.last() {
                    continue;
                }
                if counts_apart(counts, &f.counts) > 2 * reach {
                    continue;
                }
                let Some(d) = distance(folded, f.folded, reach) else {
                    continue;
                };
                // Another form of the same word ("brukarrevision" beside
                // "brukarrevisionen"): both are written, neither is a misread of the other.
                if inflected_alike(folded, f.folded) {
                    continue;
                }
                // A compound or a rare word gives way only to a common whole word one letter
                // away.
                if matches!(form.reading, Reading::Compound | Reading::Rare)
                    && (d > 1
                        || f.reading != Reading::Known
                        || !rough && (f.count < SETTLED_COUNT || sibling_forms(folded, f.folded)))
                {
                    continue;
                }
                match found {
                    Some((prev, pd)) if d > pd || d == pd && prev == other => {}
                    Some((prev, pd)) if d == pd && prev != other => ambiguous = true,
                    _ => {
                        found = Some((other, d));
                        ambiguous = false;
                    }
                }
            }
        }
        let meant = found.map(|(other, _)| other).filter(|_| !ambiguous)?;
        let replacement = shape.apply(meant);
        (replacement != now).then_some(replacement)
    };
    // Each search's correction, shared by every token it corrects.
    type Searched<'s> =
        HashMap<(&'s str, &'s str, bool), Option<Arc<str>>, BuildHasherDefault<FxHasher>>;
    let mut searched: Searched<'_> = HashMap::default();
    let mut added: Vec<WordEdit> = Vec::new();
    let mut replaced: Vec<(usize, Arc<str>)> = Vec::new();
    for &Seen {
        token: t,
        written,
        now,
        edit,
        mid,
    } in candidates
    {
        let replacement = searched
            .entry((now, written, mid))
            .or_insert_with(|| search(now, written, mid).map(Arc::from))
            .clone();
        let Some(replacement) = replacement else {
            continue;
        };
        match edit {
            Some(k) => replaced.push((k, replacement)),
            None => added.push(WordEdit {
                span: t.span.clone(),
                proposal: Proposal {
                    replacement,
                    reason: Reason::Document,
                    confidence: CONFIDENCE,
                },
            }),
        }
    }
    for (k, replacement) in replaced {
        if let Some(e) = edits.get_mut(k) {
            e.proposal = Proposal {
                replacement,
                reason: Reason::Document,
                confidence: CONFIDENCE,
            };
        }
    }
    crate::add_edits(edits, added);
    rough
}

/// Endings of Swedish inflection: definite and plural forms, the genitive, an adjective's or
/// participle's -a and -e, the past tense.
const INFLECTIONS: &[&str] = &[
    "en", "et", "n", "t", "na", "s", "er", "ar", "or", "erna", "arna", "orna", "ens", "ets", "ns",
    "r", "a", "e", "de", "te", "ade",
];

/// What follows the stem `a` and `b` share, in each, when that stem has four letters or more.
fn endings<'w>(a: &'w str, b: &'w str) -> Option<(&'w str, &'w str)> {
    let stem = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    if a.get(..stem)?.chars().count() < 4 {
        return None;
    }
    Some((a.get(stem..)?, b.get(stem..)?))
}

/// Whether one of `a` and `b` is the other with an inflection ending.
pub(crate) fn inflected_alike(a: &str, b: &str) -> bool {
    endings(a, b).is_some_and(|(x, y)| {
        x.is_empty() && INFLECTIONS.contains(&y) || y.is_empty() && INFLECTIONS.contains(&x)
    })
}

/// Whether `a` and `b` are two inflected forms of one stem of four letters or more, each
/// ending in an inflection ("hyresgästen", "hyresgäster"): both are written, neither is a
/// garble of the other.
fn sibling_forms(a: &str, b: &str) -> bool {
    endings(a, b).is_some_and(|(x, y)| INFLECTIONS.contains(&x) && INFLECTIONS.contains(&y))
}

/// A scan's speck at `span` read as `replacement` (a space, or nothing).
fn stray_edit(span: Range<usize>, replacement: &str) -> WordEdit {
    WordEdit {
        span,
        proposal: Proposal {
            replacement: replacement.into(),
            reason: Reason::StraySymbol,
            confidence: CONFIDENCE,
        },
    }
}

/// A proposal of this module's passes.
fn misread(replacement: String) -> Proposal {
    Proposal {
        replacement: replacement.into(),
        reason: Reason::Misread,
        confidence: CONFIDENCE,
    }
}

/// Highest frequency (per billion) of a known word that a far commoner word one letter away
/// may replace ("pi" for "på", "bida" for "båda").
const RARE_KNOWN: u32 = 5_000;
/// Least frequency of that commoner word: one of the commonest words of the language.
const COMMON_WORD: u32 = 100_000;
/// How many times commoner than the word it must be.
const RARE_RATIO: u32 = 500;
/// How many times commoner than any other word one letter away it must be.
const RARE_MARGIN: u32 = 4;

/// Reads misread words in a damaged document, in one walk over the words no edit touches yet
/// (each distinct word looked at once; `edits` stay in text order):
///
/// - Rare known words left as written become a word one vowel away that is far commoner than
///   the word and than any other such word: a scan's misread letter that happens to spell a
///   rare word ("behandling pi HVB", "från bida håll"). A word with two such readings of like
///   frequency ("gir": gör, går) is left alone. Failing that, one "m" read as the "rn" a
///   rough scan ran together, with or without such a vowel ("gama" for "gärna").
/// - Short unknown words without any letter the confusion model rewrites ("ech") become the
///   commonest word one letter away, when that is one of the commonest words and far commoner
///   than any other reading ("och"); the restorer's own search for short words skips such
///   words, having no confusion to undo.
///
/// The one is for known words, the other for unknown ones: never both for one word. Words the
/// context rules decide and English words are left alone.
pub(crate) fn misread_words(
    laid: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mut readings = Vec::new();
    // Most words recur in a document: each form is looked at once.
    let mut decided: Vec<Option<Option<String>>> = Vec::new();
    decided.resize_with(forms.len(), || None);
    // Two to seven letters: two to 28 bytes.
    let may = |t: &Token| t.shape == Shape::Lower && (2..=28).contains(&t.span.len());
    crate::propose_for_unchanged(laid, tokens, edits, may, |i, t, word| {
        let n = letters(word);
        if t.shape != Shape::Lower || !(2..=7).contains(&n) {
            return None;
        }
        let known = forms.id(i).and_then(|id| decided.get_mut(id));
        if let Some(Some(known)) = known.as_deref() {
            return known.clone().map(misread);
        }
        // What the word reads as depends on the word alone: remembered across documents.
        let reading = words.misread_word(word, || {
            rare_reading(words, word, &mut readings)
                .or_else(|| (n <= 4).then(|| short_reading(words, word)).flatten())
        });
        if let Some(slot) = known {
            *slot = Some(reading.clone());
        }
        reading.map(misread)
    });
}

/// The far commoner word the rare known word `word` is a misread of, if any (see
/// [`misread_words`]); `readings` is room for the search.
fn rare_reading(words: &Words, word: &str, readings: &mut Vec<WordReading>) -> Option<String> {
    if !word.chars().all(char::is_alphabetic)
        || crate::context_covers(word)
        || word.is_ascii() && crate::english_word(word)
    {
        return None;
    }
    let f = words.frequency(word).filter(|&f| f < RARE_KNOWN)?;
    words.rare_reading(word, || {
        readings.clear();
        words.one_edit_readings(word, readings);
        // Only an å, ä or ö read as another vowel.
        readings.retain(|r| vowel_swapped(word, &r.word));
        // A rough scan also runs "rn" together into "m" ("gama" for "gärna"): the word with
        // one "m" read as "rn", as it is or with one such vowel read back.
        if readings.is_empty() {
            for (at, _) in word.match_indices('m') {
                let split = format!("{}rn{}", &word[..at], &word[at + 1..]);
                let before = readings.len();
                words.one_edit_readings(&split, readings);
                for r in readings.iter_mut().skip(before) {
                    if !vowel_swapped(&split, &r.word) {
                        r.frequency = 0;
                    }
                }
                if let Some(f) = words.frequency(&split) {
                    readings.push(WordReading {
                        word: split,
                        frequency: f,
                        changes: 1,
                    });
                }
            }
            readings.retain(|r| r.frequency > 0);
        }
        readings.sort_by(|a, b| {
            b.frequency
                .cmp(&a.frequency)
                .then_with(|| a.word.cmp(&b.word))
        });
        readings.dedup_by(|a, b| a.word == b.word);
        let best = readings.first()?;
        let second = readings.get(1).map_or(0, |r| r.frequency);
        (best.frequency >= COMMON_WORD
            && best.frequency >= f.saturating_mul(RARE_RATIO)
            && best.frequency >= second.saturating_mul(RARE_MARGIN))
        .then(|| best.word.clone())
    })
}

/// The commonest word one letter away that the short unknown word `word` (2 to 4 letters,
/// lower-case) is a misread of, if any (see [`misread_words`]).
fn short_reading(words: &Words, word: &str) -> Option<String> {
    if !word.chars().all(char::is_alphabetic)
        || crate::confusion::may_be_damaged(word)
        || words.frequency(word).is_some()
        || crate::context_covers(word)
        || word.is_ascii() && crate::english_word(word)
    {
        return None;
    }
    words
        .misread(word, || crate::restore::short_misread(words, word))
        .map(|(_, cand)| cand)
}

/// Fewest letters of a word that takes its marks from another form of it in the note.
const INFLECTED_LETTERS: usize = 9;
/// Most letters an inflection adds: the longest of [`INFLECTIONS`] ("-erna").
const INFLECTION_LETTERS: usize = 4;
/// Letters of a word's start compared before a form of it is looked at further.
const INFLECTED_START: usize = 6;

/// The first [`INFLECTED_START`] letters of `word`, small and folded as [`fold`] folds them
/// (å and ä as "a", ö and é as "o"); `None` for a shorter word or one with another letter
/// there.
fn folded_start(word: &str) -> Option<[u8; INFLECTED_START]> {
    let mut out = [0u8; INFLECTED_START];
    let mut bytes = word.as_bytes().iter();
    for slot in &mut out {
        // Byte by byte: ASCII letters, and the two bytes of å, ä, ö and é in UTF-8.
        *slot = match *bytes.next()? {
            b if b.is_ascii_alphabetic() => b.to_ascii_lowercase(),
            0xc3 => match *bytes.next()? {
                0xa5 | 0xa4 | 0x85 | 0x84 => b'a',
                0xb6 | 0xa9 | 0x96 | 0x89 => b'o',
                _ => return None,
            },
            _ => return None,
        };
    }
    Some(out)
}

/// Confidence of marks taken from another form of the word.
const INFLECTED_CONFIDENCE: f32 = 0.8;

/// Gives an unchanged small-letter compound its marks from another form of the same word in
/// the note, when the scan left it readable without them: "avdelningen för funktionsstod"
/// beside "funktionsstödet" is "funktionsstöd". Only a compound the restorer built (not a
/// listed word, nor one the context rules decide), of [`INFLECTED_LETTERS`] or more, whose
/// letters are those of the other form's start (or the other form those of its start) with
/// an inflection ([`inflected_alike`]) between them; the marked reading must
/// itself be a word or a compound, and the only such reading. `edits` stay in text order.
pub(crate) fn inflected_marks(
    laid: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    // The words that may take marks, by their form: most notes have none, and then the
    // note's words need no look.
    let candidate = |lower: &str| {
        lower.len() >= INFLECTED_LETTERS
            && lower.bytes().all(|b| b.is_ascii_lowercase())
            && lower.bytes().any(|b| matches!(b, b'a' | b'o'))
            && words.frequency(lower).is_none()
            && !crate::context_covers(lower)
            && words.compound(lower).is_some()
    };
    // Each form is weighed once (0: not yet, 1: a candidate, 2: not one).
    let mut weighed = vec![0u8; forms.len()];
    let mut candidates: Vec<usize> = crate::words_and_edits_where(tokens, edits, |t| {
        t.shape == Shape::Lower && t.span.len() >= INFLECTED_LETTERS
    })
    .filter(|&(i, _, k)| {
        let (Some(id), Some(lower)) = (forms.id(i), forms.lower(i)) else {
            return false;
        };
        k.is_none()
            && match weighed.get(id).copied() {
                Some(1) => true,
                Some(0) => {
                    let yes = candidate(lower);
                    if let Some(slot) = weighed.get_mut(id) {
                        *slot = if yes { 1 } else { 2 };
                    }
                    yes
                }
                _ => false,
            }
    })
    .map(|(i, _, _)| i)
    .collect();
    if candidates.is_empty() {
        return;
    }
    candidates.sort_unstable();
    // The first letters every candidate and its other forms share, folded: only a word
    // that starts so is looked at further.
    let mut starts: Vec<[u8; INFLECTED_START]> = candidates
        .iter()
        .filter_map(|&i| folded_start(forms.lower(i)?))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    // The bytes such a word may begin with (either case; a marked vowel's first byte).
    let mut first = [false; 256];
    for start in &starts {
        let b = start[0];
        first[usize::from(b)] = true;
        first[usize::from(b.to_ascii_uppercase())] = true;
        if matches!(b, b'a' | b'o') {
            first[0xc3] = true;
        }
    }
    // The note's marked words as they read now (small letters), with their folded letters.
    let mut marked: Vec<(String, String)> = Vec::new();
    for (_, now) in crate::words_as_they_read(tokens, edits, forms) {
        if now.len() + INFLECTION_LETTERS >= INFLECTED_LETTERS
            && now
                .as_bytes()
                .first()
                .is_some_and(|&b| first[usize::from(b)])
            && folded_start(now).is_some_and(|s| starts.binary_search(&s).is_ok())
            && now.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'])
            && now.chars().all(char::is_alphabetic)
        {
            let now = crate::text::lower(now).into_owned();
            let folded = fold(&now);
            marked.push((now, folded));
        }
    }
    if marked.is_empty() {
        return;
    }
    marked.sort_unstable();
    marked.dedup();
    let known = |w: &str| words.frequency(w).is_some() || words.compound(w).is_some();
    crate::propose_for_unchanged(
        laid,
        tokens,
        edits,
        |t| t.shape == Shape::Lower,
        |i, _, _| {
            candidates.binary_search(&i).ok()?;
            let lower = forms.lower(i)?;
            let letters = lower.len();
            let mut found: Option<String> = None;
            for (now, folded) in &marked {
                if !inflected_alike(lower, folded) {
                    continue;
                }
                let reading = if folded.len() > letters {
                    // The other form is this one inflected: its start, marks and all.
                    now.chars().take(letters).collect::<String>()
                } else {
                    // This one is the other inflected: the other's marks, then the ending.
                    format!("{now}{}", lower.get(folded.len()..).unwrap_or(""))
                };
                if reading == lower || !known(&reading) {
                    continue;
                }
                match &found {
                    Some(f) if *f != reading => return None,
                    _ => found = Some(reading),
                }
            }
            found.map(|replacement| Proposal {
                replacement: replacement.into(),
                reason: Reason::Document,
                confidence: INFLECTED_CONFIDENCE,
            })
        },
    );
}

/// The Swedish laws a note names by their abbreviation after "enligt" ("enligt SoL"), as
/// written.
const LAWS: &[&str] = &["SoL", "LSS", "LVM", "LVU", "HSL", "PBL", "OSL", "FL", "LOU"];

/// Writes a law's abbreviation after "enligt" as the law is written when a scan got its
/// case wrong ("enligt Sol" → "enligt SoL", "enligt Lvm" → "enligt LVM"), and anywhere an
/// abbreviation in capitals whose size-only letters a scan read small ("LvM", "IvO",
/// "LSs"; two capitals at least, so that no word is taken for one). `edits` stay in text
/// order.
pub(crate) fn law_names(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut found: Vec<(&Token, &'static str)> = Vec::new();
    for pair in tokens.windows(2) {
        let [p, t] = pair else {
            continue;
        };
        // Most tokens are told apart by their length alone.
        if p.span.len() != "enligt".len() || t.span.len() > 3 || t.kind != Kind::Word {
            continue;
        }
        let (Some(prev), Some(word)) = (laid.get(p.span.clone()), laid.get(t.span.clone())) else {
            continue;
        };
        if !prev.eq_ignore_ascii_case("enligt") || laid.get(p.span.end..t.span.start) != Some(" ") {
            continue;
        }
        if let Some(law) = LAWS
            .iter()
            .find(|l| l.eq_ignore_ascii_case(word) && **l != word)
        {
            found.push((t, law));
        }
    }
    // The abbreviations the note writes in capitals, looked for once a word may need them.
    let mut in_capitals: Option<Vec<&str>> = None;
    let mut written_in_capitals = |word: &str| {
        in_capitals
            .get_or_insert_with(|| {
                tokens
                    .iter()
                    .filter(|t| t.shape == Shape::Upper && (3..=4).contains(&t.span.len()))
                    .filter_map(|t| laid.get(t.span.clone()))
                    .filter(|w| ABBREVIATIONS.contains(w))
                    .collect()
            })
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word))
    };
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Word || !(3..=4).contains(&t.span.len()) {
            continue;
        }
        let Some(word) = laid.get(t.span.clone()) else {
            continue;
        };
        let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
        // "Ivo" inside a sentence, before no surname: a mono scan read the size-only V and O
        // of "IVO" small (a first name would stand before its surname); also opening a
        // sentence where the note writes the abbreviation in capitals ("(IVO)").
        let one_capital = capitals == 1
            && t.shape == Shape::Capitalised
            && (!t.sentence_start || written_in_capitals(word))
            && !tokens
                .get(i + 1)
                .is_some_and(|n| !n.break_before && n.shape == Shape::Capitalised);
        if !(capitals >= 2 || one_capital)
            || capitals == word.len()
            || !word
                .chars()
                .skip(1)
                .all(|c| c.is_ascii_uppercase() || crate::case::size_only(c))
        {
            continue;
        }
        // (With one capital only the abbreviations in capitals: "Sol" is a word and a name.)
        if let Some(abbreviation) = LAWS
            .iter()
            .filter(|_| !one_capital)
            .chain(ABBREVIATIONS)
            .find(|l| l.eq_ignore_ascii_case(word) && **l != word)
            && !found.iter().any(|(f, _)| f.span == t.span)
        {
            found.push((t, abbreviation));
        }
    }
    // "[VO", "|VO": the capital I of an abbreviation read as a bracket or a bar glued to it.
    let mut glued: Vec<WordEdit> = Vec::new();
    for t in tokens {
        if t.kind != Kind::Word || t.shape != Shape::Upper || !(2..=3).contains(&t.span.len()) {
            continue;
        }
        let (Some(word), Some(mark)) = (
            laid.get(t.span.clone()),
            t.span
                .start
                .checked_sub(1)
                .and_then(|k| laid.as_bytes().get(k)),
        ) else {
            continue;
        };
        if !matches!(mark, b'[' | b'|') {
            continue;
        }
        let whole = ABBREVIATIONS
            .iter()
            .chain(LAWS)
            .find(|a| a.strip_prefix('I') == Some(word));
        let span = t.span.start - 1..t.span.end;
        if let Some(whole) = whole
            && !crate::overlaps_edit(edits, &span)
        {
            glued.push(WordEdit {
                span,
                proposal: Proposal {
                    replacement: Arc::from(*whole),
                    reason: Reason::Case,
                    confidence: LAW_CONFIDENCE,
                },
            });
        }
    }
    crate::add_edits(edits, glued);
    found.sort_by_key(|(t, _)| t.span.start);
    let mut added: Vec<WordEdit> = Vec::new();
    for (t, written) in found {
        if let Some(k) = crate::edit_at(edits, &t.span) {
            if let Some(e) = edits.get_mut(k) {
                e.proposal.replacement = Arc::from(written);
            }
        } else if !crate::overlaps_edit(edits, &t.span) {
            added.push(WordEdit {
                span: t.span.clone(),
                proposal: Proposal {
                    replacement: Arc::from(written),
                    reason: Reason::Case,
                    confidence: LAW_CONFIDENCE,
                },
            });
        }
    }
    crate::add_edits(edits, added);
}

/// South Slavic surnames whose closing "ć" a scan read as "é", "cé" or a cent sign
/// ("Begovié", "Begovicé", "Kari¢" → "Begović", "Karić"): a capitalised word of no Swedish
/// reading ending so. Where the document spells a surname with its "ć" (as written or read
/// here), its occurrences read with a plain "c" get it back too ("Begovic" → "Begović").
/// `edits` stay in text order.
pub(crate) fn slavic_surnames(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    const C_ACUTE: &str = "ć";
    let mut found: Vec<(Range<usize>, String)> = Vec::new();
    // Each surname's letters before its "ć" ("Begovi").
    let mut stems: Vec<String> = Vec::new();
    for t in tokens {
        if t.kind != Kind::Word || t.shape != Shape::Capitalised {
            continue;
        }
        let Some(word) = laid.get(t.span.clone()) else {
            continue;
        };
        if let Some(stem) = word.strip_suffix(C_ACUTE) {
            if stem.ends_with('i') && !stems.iter().any(|s| s == stem) {
                stems.push(stem.to_owned());
            }
            continue;
        }
        let after = laid.get(t.span.end..).unwrap_or("");
        let (stem, end) =
            if let Some(s) = word.strip_suffix("icé").or_else(|| word.strip_suffix("ié")) {
                (s, t.span.end)
            } else if word.ends_with('i')
                && after.starts_with('¢')
                && !after['¢'.len_utf8()..].starts_with(char::is_alphanumeric)
            {
                (&word[..word.len() - 1], t.span.end + '¢'.len_utf8())
            } else {
                continue;
            };
        // A stem of three letters or more, of no Swedish word or name as written.
        if stem.chars().count() < 3
            || !stem.chars().all(char::is_alphabetic)
            || words.frequency(&crate::text::lower(word)).is_some()
            || words.name_frequency(word).is_some()
        {
            continue;
        }
        let surname = format!("{stem}i{C_ACUTE}");
        let key = format!("{stem}i");
        if !stems.contains(&key) {
            stems.push(key);
        }
        found.push((t.span.start..end, surname));
    }
    if stems.is_empty() {
        return;
    }
    for t in tokens {
        if t.kind != Kind::Word || t.shape != Shape::Capitalised {
            continue;
        }
        let Some(stem) = laid.get(t.span.clone()).and_then(|w| w.strip_suffix('c')) else {
            continue;
        };
        if stems.iter().any(|s| s == stem) {
            found.push((t.span.clone(), format!("{stem}{C_ACUTE}")));
        }
    }
    for (span, surname) in found {
        crate::replace_edits(
            edits,
            span.clone(),
            WordEdit {
                span,
                proposal: Proposal {
                    replacement: Arc::from(surname.as_str()),
                    reason: Reason::Name,
                    confidence: SLAVIC_SURNAME_CONFIDENCE,
                },
            },
        );
    }
}

/// Confidence of a surname's "ć" read back.
const SLAVIC_SURNAME_CONFIDENCE: f32 = 0.85;

/// Places whose size-only capital a scan read small ("vaxj6 kommun", "Nervnätet vaxjo" in a
/// mono scan): a word of small letters starting with a size-only letter that no word reads,
/// whose letters (as written or as restored) fold to those of one listed place, is that
/// place ("Växjö").
/// `edits` stay in text order.
pub(crate) fn lost_place_capitals(
    laid: &str,
    tokens: &[Token],
    forms: &Forms<'_>,
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mut found: Vec<(Range<usize>, String)> = Vec::new();
    let mut folded = String::new();
    // The forms of unchanged words already found to be no place (most repeat in a note).
    let mut no_place = vec![false; forms.len()];
    for (i, t, k) in crate::words_and_edits(tokens, edits) {
        if t.shape != Shape::Lower || t.span.len() < 4 {
            continue;
        }
        let Some(written) = laid.get(t.span.clone()) else {
            continue;
        };
        if !written.starts_with(crate::case::size_only) {
            continue;
        }
        let form = if k.is_none() { forms.id(i) } else { None };
        if form.is_some_and(|f| no_place.get(f).copied().unwrap_or(false)) {
            continue;
        }
        let mark_no_place = |no_place: &mut Vec<bool>| {
            if let Some(slot) = form.and_then(|f| no_place.get_mut(f)) {
                *slot = true;
            }
        };
        let now = k
            .and_then(|k| edits.get(k))
            .map_or(written, |e| &*e.proposal.replacement);
        // Most words fold to no place's letters: told without the lexicon.
        crate::fold_into(now, &mut folded);
        let mut place = crate::restore::place_by_fold(&folded);
        if place.is_none() && now != written {
            crate::fold_into(written, &mut folded);
            place = crate::restore::place_by_fold(&folded);
        }
        let Some(place) = place else {
            mark_no_place(&mut no_place);
            continue;
        };
        // (Not a part of an address: "stockholm.se", "info@vaxjo.se".)
        let after = laid.get(t.span.end..).unwrap_or("");
        let before = laid.get(..t.span.start).unwrap_or("");
        if after.starts_with('@')
            || after.starts_with('.') && after[1..].starts_with(char::is_alphanumeric)
            || before.ends_with(['.', '@', '/'])
        {
            continue;
        }
        let lower = crate::text::lower(now);
        if words.frequency(&lower).is_some() || words.compound(&lower).is_some() {
            mark_no_place(&mut no_place);
            continue;
        }
        found.push((t.span.clone(), place.to_string()));
    }
    for (span, place) in found {
        crate::replace_edits(
            edits,
            span.clone(),
            WordEdit {
                span,
                proposal: Proposal {
                    replacement: Arc::from(place.as_str()),
                    reason: Reason::Case,
                    confidence: CONFIDENCE,
                },
            },
        );
    }
}

/// A county's "län" whose l a scan read as a one ("Region Kalmar 1an", "Kalmar 1än"):
/// after a capitalised name and a space, before no letter or digit. `edits` stay in text
/// order.
pub(crate) fn county_after_name(laid: &str, edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut added: Vec<WordEdit> = Vec::new();
    for written in ["1an", "1än"] {
        for at in memchr::memmem::find_iter(bytes, written.as_bytes()) {
            let end = at + written.len();
            let before = laid.get(..at).unwrap_or("");
            let Some(name) = before
                .strip_suffix(' ')
                .map(|b| b.rsplit([' ', '\n']).next().unwrap_or(b))
            else {
                continue;
            };
            // The name inside a line and a sentence, where a capital marks a name.
            let head = before
                .get(..before.len().saturating_sub(name.len() + 1))
                .unwrap_or("");
            let inside = head.ends_with(' ') && !head.trim_end().ends_with(['.', '!', '?', ':']);
            let span = at..end;
            if inside
                && name.chars().count() >= 3
                && name.starts_with(char::is_uppercase)
                && name.chars().skip(1).all(char::is_lowercase)
                && !laid
                    .get(end..)
                    .is_some_and(|a| a.starts_with(char::is_alphanumeric))
                && !crate::overlaps_edit(edits, &span)
            {
                added.push(WordEdit {
                    span,
                    proposal: misread("län".to_string()),
                });
            }
        }
    }
    crate::add_edits(edits, added);
}

/// Gives the word at `span` the compound reading `reading`: the edit `k` of `edits` that
/// covers it takes it, or, where no edit touches the word, a new one goes to `added`.
fn reread_compound(
    edits: &mut [WordEdit],
    added: &mut Vec<WordEdit>,
    k: Option<usize>,
    span: &Range<usize>,
    reading: String,
    confidence: f32,
) {
    match k {
        Some(k) => {
            if let Some(e) = edits.get_mut(k) {
                e.proposal.replacement = Arc::from(reading);
            }
        }
        None if !crate::overlaps_edit(edits, span) => added.push(WordEdit {
            span: span.clone(),
            proposal: Proposal {
                replacement: Arc::from(reading),
                reason: Reason::Compound,
                confidence,
            },
        }),
        None => {}
    }
}

/// Lakes and a valley whose compound form heads names, as a scan writes it without its
/// marks, as the lexicon may read it, and with its marks; and whether a street's name keeps
/// the lexicon's reading ("Målargatan", a painters' street); and the fewest bytes a name so
/// headed has (the valley's own name, "Ådalen", "Ådalens", is short; "Malare" is a painter).
const LAKE_HEADS: &[(&str, &str, &str, bool, usize)] = &[
    ("Malar", "Målar", "Mälar", true, 8),
    ("Vatter", "Vatten", "Vätter", false, 8),
    ("Adals", "Adals", "Ådals", false, 8),
    ("Adalen", "Adalen", "Ådalen", false, 6),
    // (A scan's "é" for the "e": "Adaléns".)
    ("Adalén", "Adalén", "Ådalen", false, 7),
];

/// A name headed by a lake's or a valley's compound form that a scan wrote without its marks
/// ("Malarhem", "Malarbryggan", which the lexicon reads as "Målar-"; "Vatterstigen";
/// "Adalsbron", "Adalens"): in a name the lake's "Mälar-" and "Vätter-" and the valley's "Ådals-", save
/// in a painters' street ("Målargatan"). `edits` stay in text order.
pub(crate) fn lake_names(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut added: Vec<WordEdit> = Vec::new();
    for t in tokens {
        // (Told by kind, shape, length and its first bytes before anything is looked up.)
        if t.kind != Kind::Word || t.shape != Shape::Capitalised || t.span.len() < 6 {
            continue;
        }
        let Some(&(written_head, read_head, head, street_keeps, _)) =
            laid.as_bytes().get(t.span.clone()).and_then(|w| {
                LAKE_HEADS
                    .iter()
                    .find(|h| w.len() >= h.4 && w.starts_with(h.0.as_bytes()))
            })
        else {
            continue;
        };
        let (k, Some(now)) = crate::edit_and_reading(laid, edits, &t.span) else {
            continue;
        };
        let Some(rest) = now
            .strip_prefix(written_head)
            .or_else(|| now.strip_prefix(read_head))
        else {
            continue;
        };
        if street_keeps && street_name(rest) {
            continue;
        }
        let lake = format!("{head}{rest}");
        reread_compound(edits, &mut added, k, &t.span, lake, CONFIDENCE);
    }
    crate::add_edits(edits, added);
}

/// A name headed by a river's compound form that a scan wrote without its marks
/// ("Dalalvspartiet", "Angermanalvsbron"): where the head and "-älven" read as a listed
/// river's name ("Dalälven", "Ångermanälven"), the head takes that name's letters and "älvs"
/// its "ä". `edits` stay in text order.
pub(crate) fn river_heads(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>, words: &Words) {
    let mut added: Vec<WordEdit> = Vec::new();
    for t in tokens {
        // (Told by kind, shape, length and its bytes before anything is looked up.)
        if t.kind != Kind::Word
            || t.shape != Shape::Capitalised
            || t.span.len() < 9
            || laid
                .as_bytes()
                .get(t.span.clone())
                .is_none_or(|w| !w.windows(4).skip(2).any(|x| x == b"alvs"))
        {
            continue;
        }
        let (k, Some(now)) = crate::edit_and_reading(laid, edits, &t.span) else {
            continue;
        };
        let Some(at) = now.get(2..).and_then(|r| r.find("alvs")).map(|i| i + 2) else {
            continue;
        };
        let (head, rest) = (&now[..at], &now[at + 4..]);
        if rest.chars().count() < 3 {
            continue;
        }
        let river = format!("{head}alven");
        let found = words.known_candidates(&river, crate::confusion::Tier::Common, true);
        let Some(named) = found.with_frequencies().find_map(|(c, _, name)| {
            name.and_then(|_| c.text.strip_suffix("älven").map(str::to_owned))
        }) else {
            continue;
        };
        let reading = format!("{named}älvs{rest}");
        reread_compound(edits, &mut added, k, &t.span, reading, CONFIDENCE);
    }
    crate::add_edits(edits, added);
}

/// A compound read as written with "straff" (punishment) after a linking s, that a damaged
/// note means as "-s|träff" (a meeting): "kurstraff", "kvällstraff", "Nätverkstraffar" lost
/// the dots of "träff", as the notes of user councils and courses are full of meetings and
/// write of no punishment in a compound. A word the lexicon knows whole stays. `edits` stay
/// in text order.
pub(crate) fn meeting_heads(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mut added: Vec<WordEdit> = Vec::new();
    // (Most words have no "traff" as written: told by a look at their bytes, without their
    // edits looked up or their letters lower-cased; a vector search costs more on a word.)
    let traff = |w: &[u8]| w.windows(5).any(|x| x == b"traff");
    for t in tokens {
        // (Told by kind and length before the text is looked at.)
        if t.kind != Kind::Word
            || t.span.len() < 9
            || laid
                .as_bytes()
                .get(t.span.clone())
                .is_none_or(|w| !traff(w))
        {
            continue;
        }
        let (k, Some(now)) = crate::edit_and_reading(laid, edits, &t.span) else {
            continue;
        };
        let lower = crate::text::lower(now);
        let Some(at) = lower.find("straff") else {
            continue;
        };
        // A first part of three letters or more before the linking s, and a known word whole
        // with "träff" in its place (not one whole as written: "straffet" itself).
        if lower.get(..at).is_none_or(|head| head.chars().count() < 3)
            || words.frequency(&lower).is_some()
        {
            continue;
        }
        let meeting = format!("{}sträff{}", &now[..at], &now[at + "straff".len()..]);
        let known = words.compound(&crate::text::lower(&meeting)).is_some()
            || words.frequency(&crate::text::lower(&meeting)).is_some();
        if !known || lower.len() != now.len() {
            continue;
        }
        reread_compound(edits, &mut added, k, &t.span, meeting, CONFIDENCE);
    }
    crate::add_edits(edits, added);
}

/// Street names a word restoration misread: a street's head before its house number is
/// "vägen" or "gränd", never "vågen" or "grand" ("Strömsbrovågen 31" → "Strömsbrovägen 31",
/// "Skeppargrand 5" → "Skeppargränd 5"); without one, a name's "-grand" or "-vagen" is too
/// ("vid Spolegrand"). `edits` stay in text order.
pub(crate) fn street_heads(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut added: Vec<WordEdit> = Vec::new();
    for t in tokens {
        // (Most words are told apart by their kind, shape, length and the bytes after them.)
        if t.kind != Kind::Word || t.shape != Shape::Capitalised || t.span.len() < 8 {
            continue;
        }
        let numbered = bytes.get(t.span.end) == Some(&b' ')
            && bytes.get(t.span.end + 1).is_some_and(u8::is_ascii_digit);
        let (k, Some(now)) = crate::edit_and_reading(laid, edits, &t.span) else {
            continue;
        };
        // Without a house number only the heads no word or name ends so ("vid Spolegrand");
        // "-vågen" may be a name's own wave.
        let street = [
            ("vågen", "vägen", true),
            ("vagen", "vägen", false),
            ("grand", "gränd", false),
        ]
        .iter()
        .filter(|(_, _, needs_number)| numbered || !needs_number)
        .find_map(|(misread, head, _)| {
            now.strip_suffix(misread)
                .filter(|stem| stem.chars().count() >= 3)
                .map(|stem| format!("{stem}{head}"))
        });
        let Some(street) = street else {
            continue;
        };
        reread_compound(edits, &mut added, k, &t.span, street, LAW_CONFIDENCE);
    }
    crate::add_edits(edits, added);
}

/// Weekday abbreviations as a scan may leave or a restorer make them, and as they are
/// written ("man" and "mån", "törs" and "tors").
const WEEKDAY_FORMS: &[(&str, &str)] = &[
    ("man", "mån"),
    ("mån", "mån"),
    ("tis", "tis"),
    ("ons", "ons"),
    ("tors", "tors"),
    ("törs", "tors"),
    ("fre", "fre"),
    ("lor", "lör"),
    ("lör", "lör"),
    ("son", "sön"),
    ("sön", "sön"),
];

/// Units after a slash ("kr/tim", "kr/mån", "200 kr/st") as a scan may leave or a
/// restorer make them, and as they are written.
const PER_UNIT_FORMS: &[(&str, &str)] = &[
    ("tim", "tim"),
    ("töm", "tim"),
    ("man", "mån"),
    ("mån", "mån"),
    ("st", "st"),
    ("ar", "år"),
    ("år", "år"),
];

/// The written form of `word` if it is one of [`WEEKDAY_FORMS`], case aside; told without
/// lower-casing it (a form's first letter first: most short words are no weekday).
fn weekday_of(word: &str) -> Option<&'static str> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=5).contains(&word.len()) {
        return None;
    }
    WEEKDAY_FORMS
        .iter()
        .find(|(form, _)| {
            form.len() == word.len()
                && form.as_bytes().first() == Some(&first)
                && word
                    .chars()
                    .map(|c| c.to_lowercase().next().unwrap_or(c))
                    .eq(form.chars())
        })
        .map(|(_, written)| *written)
}

/// The written form of a short word (small letters) among `forms`, if it is one of them.
fn short_form(forms: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    forms.iter().find(|(w, _)| *w == word).map(|(_, f)| *f)
}

/// Short forms a word restoration cannot read alone: weekday abbreviations in a range of
/// days ("man-tors kl. 8–12" is "mån-tors", not "man-törs") or a list of them ("tis och
/// tors", not "törs") and units after a slash ("25 kr/tim", not "kr/töm"). Each such word
/// reads as its abbreviation, in the case it is written in; `edits` stay in text order.
pub(crate) fn short_forms(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut added: Vec<WordEdit> = Vec::new();
    let word_at = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.kind == Kind::Word && t.span.len() <= 5)
            .and_then(|t| laid.get(t.span.clone()))
    };
    let bytes = laid.as_bytes();
    // (Told by the bytes first: most gaps are one space.)
    let dash = |a: &Token, b: &Token| {
        let (s, e) = (a.span.end, b.span.start);
        e.checked_sub(s).is_some_and(|n| (1..=5).contains(&n))
            && bytes
                .get(s..e)
                .is_some_and(|g| g.iter().any(|&c| c == b'-' || c == 0xE2))
            && laid
                .get(s..e)
                .is_some_and(|g| matches!(g.trim(), "-" | "–"))
    };
    // Days listed with a comma, "och" or "eller" ("tis och tors", "mån, ons"): a day the
    // abbreviation of no other word names the rest ("man", "son" and "lor" are words too).
    let plain_weekday = |w: &str| {
        weekday_of(w).is_some()
            && !["man", "son", "lor"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
    };
    let gap = |a: usize, b: usize| {
        let (Some(a), Some(b)) = (tokens.get(a), tokens.get(b)) else {
            return None;
        };
        laid.get(a.span.end..b.span.start)
    };
    let listed = |a: usize, b: usize| {
        b == a + 1 && gap(a, b) == Some(", ")
            || b == a + 2
                && matches!(word_at(a + 1), Some("och" | "eller"))
                && gap(a, a + 1) == Some(" ")
                && gap(a + 1, b) == Some(" ")
    };
    let listed_days = |i: usize| {
        let before = [1, 2]
            .into_iter()
            .filter_map(|d| i.checked_sub(d))
            .find(|&j| listed(j, i))
            .and_then(word_at);
        let after = [i + 1, i + 2]
            .into_iter()
            .find(|&j| listed(i, j))
            .and_then(word_at);
        before.filter(|w| plain_weekday(w)).or(after)
    };
    for (i, t) in tokens.iter().enumerate() {
        let Some(written) = word_at(i) else {
            continue;
        };
        // (Most words have neither a slash before them nor a dash beside them.)
        let slash = t.span.start >= 2
            && bytes.get(t.span.start - 1) == Some(&b'/')
            && laid
                .get(..t.span.start - 1)
                .is_some_and(|b| b.ends_with(|c: char| c.is_alphanumeric()));
        let before = i
            .checked_sub(1)
            .and_then(|j| tokens.get(j).filter(|p| dash(p, t)).and(word_at(j)));
        let after = tokens.get(i + 1).filter(|n| dash(t, n)).and(word_at(i + 1));
        let form = if before.or(after).is_some_and(|w| weekday_of(w).is_some())
            || weekday_of(written).is_some() && listed_days(i).is_some_and(&plain_weekday)
        {
            weekday_of(written)
        } else {
            None
        };
        let form = form.or_else(|| {
            slash
                .then(|| short_form(PER_UNIT_FORMS, &written.to_lowercase()))
                .flatten()
        });
        let Some(form) = form else {
            continue;
        };
        let form = if written.starts_with(char::is_uppercase) {
            Shape::Capitalised.apply(form)
        } else {
            form.to_string()
        };
        match crate::edit_at(edits, &t.span) {
            Some(k) if form == written => {
                edits.remove(k);
            }
            Some(k) => {
                if let Some(e) = edits.get_mut(k) {
                    e.proposal.replacement = Arc::from(form);
                }
            }
            None if form != written && !crate::overlaps_edit(edits, &t.span) => {
                added.push(WordEdit {
                    span: t.span.clone(),
                    proposal: Proposal {
                        replacement: Arc::from(form),
                        reason: Reason::Context,
                        confidence: LAW_CONFIDENCE,
                    },
                })
            }
            None => {}
        }
    }
    crate::add_edits(edits, added);
}

/// Abbreviations in capitals (besides [`LAWS`]) that social services' notes use: the
/// inspectorate, plans, care forms and organisations.
const ABBREVIATIONS: &[&str] = &[
    "IVO", "IOP", "SIP", "HVB", "KBT", "NPF", "RSMH", "SKR", "LARO", "BBIC",
];

/// Whether `word` is one of the abbreviations in capitals that notes use ([`LAWS`],
/// [`ABBREVIATIONS`]).
pub(crate) fn known_acronym(word: &str) -> bool {
    LAWS.contains(&word) || ABBREVIATIONS.contains(&word)
}

/// Reads the first part of a compound whose hyphen stands for the rest of it ("hälso- och
/// sjukvård", "social- och arbetsmarknadsförvaltningen") as the head of a compound: a scan's
/// "halso-" is the head "hälso" (of "hälsa", linked by "o"), not the rare word "hälsö" that
/// reads it as a whole word. Among the readings of its letters, the one that heads
/// compounds of the commonest word is taken, when it is far commoner than the reading in
/// place. `edits` stay in text order.
pub(crate) fn suspended_heads(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mut added: Vec<WordEdit> = Vec::new();
    let mut undone: Vec<Range<usize>> = Vec::new();
    for t in tokens {
        // "halso- och", "halso- eller": a hyphen, a space and a word that joins.
        let Some(after) = laid.get(t.span.end..) else {
            continue;
        };
        let Some(rest) = after.strip_prefix("- ") else {
            continue;
        };
        let next = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if t.kind != Kind::Word || !matches!(next, "och" | "eller" | "samt") {
            continue;
        }
        let Some(written) = laid.get(t.span.clone()) else {
            continue;
        };
        if written.chars().count() < 4 || !written.chars().all(char::is_alphabetic) {
            continue;
        }
        let k = crate::edit_at(edits, &t.span);
        let current = k
            .and_then(|k| edits.get(k))
            .map_or(written, |e| &*e.proposal.replacement);
        let shape = Shape::of(written);
        let head = |w: &str| head_frequency(words, &crate::text::lower(w));
        let now = head(current);
        let Some((best, frequency)) =
            crate::confusion::candidates(written, crate::confusion::Tier::Rare)
                .iter()
                .map(|c| (c.text.to_owned(), head(c.text)))
                .max_by_key(|&(_, f)| f)
        else {
            continue;
        };
        if frequency < SUSPENDED_HEAD_MIN || frequency / SUSPENDED_HEAD_MARGIN <= now {
            continue;
        }
        let replacement: Arc<str> = shape.apply(&best).into();
        if *replacement == *current {
            continue;
        }
        if let Some(e) = k.and_then(|k| edits.get_mut(k)) {
            if *replacement == *written {
                undone.push(t.span.clone());
            }
            e.proposal.replacement = replacement;
        } else if !crate::overlaps_edit(edits, &t.span) {
            added.push(WordEdit {
                span: t.span.clone(),
                proposal: Proposal {
                    replacement,
                    reason: Reason::Lexicon,
                    confidence: SUSPENDED_HEAD_CONFIDENCE,
                },
            });
        }
    }
    // Where the written letters are the head, nothing is changed.
    edits.retain(|e| !undone.contains(&e.span));
    crate::add_edits(edits, added);
}

/// How common a word `lower` heads compounds of: its own frequency when it is a word ("barn-",
/// "social-"); with a linking "s", "e" or "a", that of the word before it
/// ("arbetsmarknads-"); with an "o" or a "u" that stands for a word's final "a", that of the
/// word ("hälso-" of "hälsa", "gatu-" of "gata"); 0 when it heads none.
fn head_frequency(words: &Words, lower: &str) -> u32 {
    let own = words.frequency(lower).unwrap_or(0);
    let Some(stem) = lower
        .strip_suffix(['s', 'e', 'a', 'u', 'o'])
        .filter(|stem| stem.chars().count() >= 3)
    else {
        return own;
    };
    let linked = if lower.ends_with(['o', 'u']) {
        words.frequency(&format!("{stem}a"))
    } else {
        words.frequency(stem)
    };
    own.max(linked.unwrap_or(0))
}

/// Gives a name made of a word its marks back where a definite noun introduces it
/// ("stödboendet Larkan" → Lärkan, "Familjecentralen Masen" → Måsen, "Stadshuset Agatan 14"
/// → Ågatan): a capitalised word inside a sentence that no
/// lexicon, name list or compound knows as written, whose letters with their marks are a
/// word or a two-part compound of the lexicon, after a noun in its definite form and before
/// no other capitalised word (a person's first and last name are left to the name lists).
pub(crate) fn word_names(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>, words: &Words) {
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Word
            || t.sentence_start
            || t.shape != Shape::Capitalised
            || crate::overlaps_edit(edits, &t.span)
        {
            continue;
        }
        let Some(word) = laid.get(t.span.clone()) else {
            continue;
        };
        let letters = word.chars().count();
        if !(5..=14).contains(&letters) || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        // Before no capitalised word: "samordnaren Kare Wastberg" is a person.
        let next_capital = tokens.get(i + 1).is_some_and(|n| {
            !n.break_before && n.shape == Shape::Capitalised && n.kind == Kind::Word
        });
        // The noun before, as restored, right before the name or a comma before it
        // ("Stadshuset, Ågatan 14").
        let Some(prev) = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .filter(|p| {
                p.kind == Kind::Word
                    && !next_capital
                    && matches!(laid.get(p.span.end..t.span.start), Some(" " | ", "))
            })
            .and_then(|p| crate::reads_now(laid, edits, &p.span))
        else {
            continue;
        };
        let prev = crate::text::lower(prev);
        let definite = prev.chars().count() >= 5
            && (prev.ends_with("en") || prev.ends_with("et"))
            && (words.frequency(&prev).is_some() || words.compound(&prev).is_some());
        let lower = crate::text::lower(word);
        if !definite
            || words.frequency(&lower).is_some()
            || words.name_frequency(word).is_some()
            || words.compound(&lower).is_some()
        {
            continue;
        }
        let folded = fold(word);
        let best = crate::confusion::candidates(word, crate::confusion::Tier::Common)
            .iter()
            .filter(|c| c.edits > 0 && fold(c.text) == folded)
            .filter(|c| words.name_frequency(c.text).is_none())
            .filter_map(|c| {
                let l = crate::text::lower(c.text);
                let f = words.frequency(&l).or_else(|| {
                    words
                        .compound(&l)
                        .filter(|k| k.parts == 2 && k.rarest >= WORD_NAME_PART_MIN)
                        .map(|k| k.rarest)
                })?;
                (f >= WORD_NAME_MIN).then(|| (c.text.to_owned(), f))
            })
            .max_by_key(|&(_, f)| f);
        if let Some((text, _)) = best {
            added.push(WordEdit {
                span: t.span.clone(),
                proposal: Proposal {
                    replacement: Shape::Capitalised.apply(&text).into(),
                    reason: Reason::Name,
                    confidence: WORD_NAME_CONFIDENCE,
                },
            });
        }
    }
    crate::add_edits(edits, added);
}

/// Least frequency of the word (or of the rarer part of the compound) a name is read as.
const WORD_NAME_MIN: u32 = 300;
/// Least frequency of each part of a two-part compound a name is read as.
const WORD_NAME_PART_MIN: u32 = 300;
/// Confidence of a name made of a word, read with its marks.
const WORD_NAME_CONFIDENCE: f32 = 0.8;

/// Least frequency of the word a suspended compound part heads for its reading to be taken.
const SUSPENDED_HEAD_MIN: u32 = 1_000;
/// How many times commoner than the reading in place the suspended head must be.
const SUSPENDED_HEAD_MARGIN: u32 = 20;
/// Confidence of a suspended compound part read as a head.
const SUSPENDED_HEAD_CONFIDENCE: f32 = 0.8;

/// Confidence of a law's abbreviation written as the law is.
const LAW_CONFIDENCE: f32 = 0.9;

/// Nouns written small that a number follows ("lägenhet 1", "steg 1"): a "1" after them is
/// the number.
const NUMBERED_NOUNS: &[&str] = &[
    "lägenhet",
    "lagenhet",
    "lgh",
    "punkt",
    "steg",
    "cykel",
    "fas",
    "nivå",
    "niva",
    "rum",
    "bilaga",
    "sida",
    "våning",
    "vaning",
    "plan",
    "grupp",
    "nr",
    "kap",
    "paragraf",
    "version",
    "del",
    "vecka",
    "kl",
    "klockan",
    "tr",
    "hus",
    "port",
    "block",
    "linje",
    "buss",
    "spår",
];

/// Reads a scan's "1" for the preposition I: a lone "1" opening a sentence before a word that
/// follows the preposition there ("1 dag är vi" → "I dag"; not before a month: "1 juni" is a
/// date), or before a possessive or a definite noun ("1 rådet ingår"); inside a sentence
/// after a word of small letters, before such a word but a count ("amfetamin, 1 dag har
/// jag" → "i dag"; not a term's "1 år:" in a list); and a "1" in a word of capitals ("1VO"
/// → "IVO"). `edits` stay in text order.
pub(crate) fn one_for_i(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // Most tokens are neither a lone digit nor a word of capitals: told by their kind,
        // shape and length alone.
        let candidate = match t.kind {
            Kind::Number => t.span.len() == 1,
            Kind::Word => t.shape == Shape::Upper && t.span.len() >= 3,
            Kind::Amp | Kind::Foreign => false,
        };
        if !candidate {
            continue;
        }
        let Some(text) = laid.get(t.span.clone()) else {
            continue;
        };
        let replacement = if t.kind == Kind::Number && text == "1" {
            let next = tokens
                .get(i + 1)
                .filter(|n| n.kind == Kind::Word && laid.get(t.span.end..n.span.start) == Some(" "))
                .and_then(|n| laid.get(n.span.clone()))
                .map(crate::text::lower);
            let Some(next) = next else {
                continue;
            };
            // A count stands before no possessive and no definite noun ("1 ditt uppdrag", "1
            // rådet").
            // (Also a possessive a scan wrote without its marks: "vart", "vara".)
            let no_count = crate::context::POSSESSIVES.contains(&next.as_ref())
                || matches!(next.as_ref(), "vart" | "vara")
                || next.chars().count() >= 5
                    && (next.ends_with("et") || next.ends_with("en"))
                    && !matches!(next.as_ref(), "vuxen" | "hundraen");
            if t.sentence_start {
                // "4.1 Den enskildes …": a section's number after a number and its dot.
                let section_number = laid
                    .get(..t.span.start)
                    .and_then(|before| before.strip_suffix('.'))
                    .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
                if section_number || !(crate::context::AFTER_I.contains(&next.as_ref()) || no_count)
                {
                    continue;
                }
                "I".to_string()
            } else {
                // Inside a sentence, after a comma or a word of small letters that numbers
                // nothing ("amfetamin, 1 dag har jag", "sekretess 1 ditt uppdrag"; not
                // "lägenhet 1 och"), before a word that follows the preposition and counts
                // nothing ("det", "två" may: "steg 1 den 3 mars").
                let prev = i.checked_sub(1).and_then(|j| tokens.get(j));
                let after_word = prev.is_some_and(|p| {
                    p.kind == Kind::Word
                        && p.shape == Shape::Lower
                        && laid
                            .get(p.span.end..t.span.start)
                            .is_some_and(|g| g == " " || g == ", ")
                        && laid
                            .get(p.span.clone())
                            .is_some_and(|w| !NUMBERED_NOUNS.contains(&w))
                });
                let fits = no_count
                    || crate::context::AFTER_I.contains(&next.as_ref())
                        && !matches!(next.as_ref(), "det" | "den" | "tre" | "två" | "tva");
                // "ledamot, 1 år: Jonas": a term's length before the colon of a list's line.
                let term = matches!(next.as_ref(), "ar" | "år")
                    && tokens
                        .get(i + 1)
                        .and_then(|n| laid.get(n.span.end..))
                        .is_some_and(|r| r.starts_with(':'));
                if !after_word || !fits || term {
                    continue;
                }
                "i".to_string()
            }
        } else if t.kind == Kind::Word
            && text.len() >= 3
            && text.bytes().filter(|&b| b == b'1').count() == 1
            && text.bytes().all(|b| b == b'1' || b.is_ascii_uppercase())
        {
            text.replace('1', "I")
        } else {
            continue;
        };
        if crate::overlaps_edit(edits, &t.span) {
            continue;
        }
        added.push(WordEdit {
            span: t.span.clone(),
            proposal: misread(replacement),
        });
    }
    crate::add_edits(edits, added);
}

/// The abbreviation before numbers (of [`ABBREVIATIONS_BEFORE_NUMBERS`]) that `text` is with
/// its small "l" read as a capital "I" or its size-only first letter read large ("kI", "Kl",
/// "KI", "Igh"); `None` for the abbreviation itself.
fn l_misread_abbreviation(text: &str) -> Option<&'static str> {
    ABBREVIATIONS_BEFORE_NUMBERS.iter().copied().find(|a| {
        a.contains('l')
            && *a != text
            && a.len() == text.len()
            && a.chars().zip(text.chars()).enumerate().all(|(i, (a, t))| {
                t == a
                    || a == 'l' && t == 'I'
                    || i == 0 && crate::case::size_only(a) && t == a.to_ascii_uppercase()
            })
    })
}

/// Reads an abbreviation before a number ("kl", "lgh") that a scan misread by its small "l"
/// or its size-only capital ("kI 21.15" → "kl 21.15", "Igh 7" → "lgh 7"): only where a
/// number follows (after a space, or a full stop and a space; after the full stop only for
/// one in capitals, which is otherwise an acronym, "KI 2024") and, for a capital the
/// abbreviation never has, not where a sentence starts ("Kl. 9 Välkommen" stays). `edits`
/// stay in text order.
pub(crate) fn l_abbreviations(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // Told by kind and length before the text is looked at.
        if t.kind != Kind::Word || !(2..=3).contains(&t.span.len()) {
            continue;
        }
        let Some(text) = laid.get(t.span.clone()) else {
            continue;
        };
        // A misreading has a capital ("I" for "l", or a size-only first letter): most short
        // words have none.
        if !text.bytes().any(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some(fixed) = l_misread_abbreviation(text) else {
            continue;
        };
        // A capital that is only a size-only letter's: not at a sentence's start.
        if t.sentence_start && !text.starts_with(['l', 'I']) {
            continue;
        }
        let capitals = text.chars().all(char::is_uppercase);
        let number_follows = tokens.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Number
                && match laid.get(t.span.end..n.span.start) {
                    Some(". ") => true,
                    Some(" ") => !capitals,
                    _ => false,
                }
        });
        if !number_follows || crate::overlaps_edit(edits, &t.span) {
            continue;
        }
        added.push(WordEdit {
            span: t.span.clone(),
            proposal: misread(fixed.to_string()),
        });
    }
    crate::add_edits(edits, added);
}

/// Speakers' codes of notes, a capital and one digit before a colon ("D4:", "D6:"): kept as
/// written, never read as "Då:" or "Dö:"; and a capital and "S" read as the code with a 5 a
/// scan misread ("DS:" for "D5:"), in a note that writes that code and two others of the
/// same letter. `edits` stay in text order.
pub(crate) fn speaker_codes(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut written: Vec<(usize, [u8; 2])> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == Kind::Word
            && t.span.len() == 2
            && bytes.get(t.span.end) == Some(&b':')
            && laid
                .get(t.span.clone())
                .is_some_and(crate::restore::capital_and_digits)
            && let Some(&[letter, digit]) = bytes.get(t.span.clone())
        {
            written.push((i, [letter, digit]));
        }
    }
    if written.is_empty() {
        return;
    }
    // As written: any restoration of a code goes.
    edits.retain(|e| {
        !written
            .iter()
            .any(|&(i, _)| tokens.get(i).is_some_and(|t| t.span == e.span))
    });
    let mut codes: Vec<[u8; 2]> = written.iter().map(|&(_, c)| c).collect();
    codes.sort_unstable();
    codes.dedup();
    let misread_fives: Vec<u8> = codes
        .iter()
        .filter(|c| c[1] == b'5' && codes.iter().filter(|o| o[0] == c[0]).count() >= 3)
        .map(|c| c[0])
        .collect();
    if misread_fives.is_empty() {
        return;
    }
    let mut added: Vec<WordEdit> = Vec::new();
    for t in tokens {
        let Some(&[letter, b'S']) = bytes.get(t.span.clone()) else {
            continue;
        };
        if t.kind != Kind::Word
            || !misread_fives.contains(&letter)
            || crate::overlaps_edit(edits, &t.span)
        {
            continue;
        }
        added.push(WordEdit {
            span: t.span.clone(),
            proposal: misread(format!("{}5", char::from(letter))),
        });
    }
    crate::add_edits(edits, added);
}

/// Small words that a speck glued to a neighbour stands beside ("Sjödén.och", "för.unga"):
/// none of them ends an abbreviation or starts a web address.
const GLUE_WORDS: &[&str] = &[
    "och", "samt", "eller", "som", "att", "i", "på", "pa", "av", "för", "for", "fér", "med",
    "till", "om",
];

/// Least frequency (per billion) of each of two small words a full stop glued together.
const GLUED_FREQUENCY: u32 = 10_000;

/// Endings of web addresses that are also words ("norrkoping.se").
const DOMAINS: &[&str] = &[
    "se", "nu", "com", "org", "net", "eu", "info", "no", "dk", "fi",
];

/// Reads a full stop or a quote mark a scan put between two words where a space was
/// ("Gunilla Sjödén.och Per", "för.unga vuxna", "unga'vuxna"): between a word and a small
/// word of [`GLUE_WORDS`] or between two common words, the second small ("tar.fram",
/// "Lokalen.ligger"), or for a quote mark between a word of two letters or more and a
/// small-letter word of three or more ("En'särskild"), or after a comma before a small-letter
/// word ("14,’sal"), or for a colon before a small-letter word ("Henrik:tar"). Addresses are
/// no word tokens, so they
/// are not looked at. `edits` stay in text order.
pub(crate) fn glued_words(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>, words: &Words) {
    // A word as it reads now, small.
    let reading = |t: &Token| {
        crate::text::lower(crate::reads_now(laid, edits, &t.span).unwrap_or("")).into_owned()
    };
    let common = |w: &str| words.frequency(w).is_some_and(|f| f >= GLUED_FREQUENCY);
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t) in tokens.iter().enumerate().skip(1) {
        let Some(p) = tokens.get(i - 1) else {
            continue;
        };
        // The gap is one mark: a byte, or three for a typographic quote.
        let gap_len = t.span.start.saturating_sub(p.span.end);
        if gap_len == 1 && p.kind == Kind::Word && t.kind == Kind::Number {
            // A day after a word, then its month ("utvecklingsgrupp.19 september"): a
            // speck where the space was.
            let month = tokens.get(i + 1).is_some_and(|m| {
                laid.get(m.span.clone())
                    .and_then(crate::layout::month_named)
                    .is_some()
            });
            let span = p.span.end..t.span.start;
            let word_letters = laid
                .get(p.span.clone())
                .map_or(0, |w| w.chars().filter(|c| c.is_alphabetic()).count());
            if month
                && word_letters >= 5
                && laid.get(span.clone()) == Some(".")
                && t.span.len() <= 2
                && !crate::overlaps_edit(edits, &span)
            {
                added.push(stray_edit(span, " "));
            }
            continue;
        }
        if t.kind != Kind::Word || t.shape != Shape::Lower {
            continue;
        }
        let Some(gap) = laid.get(p.span.end..t.span.start) else {
            continue;
        };
        // A quote mark glued after a comma and before a small-letter word ("14,’sal Draken"):
        // a speck where the comma's space was; no quotation closes before a word so.
        if let Some(mark) = gap.strip_prefix(',')
            && matches!(mark, "'" | "’")
        {
            let span = p.span.end + 1..t.span.start;
            if !crate::overlaps_edit(edits, &span) {
                added.push(stray_edit(span, " "));
            }
            continue;
        }
        if !(gap_len == 1 || gap_len == 3) || p.kind != Kind::Word {
            continue;
        }
        let quote = matches!(gap, "'" | "’");
        if !(gap == "." || gap == ":" || quote) {
            continue;
        }
        let (Some(left), Some(right)) = (laid.get(p.span.clone()), laid.get(t.span.clone())) else {
            continue;
        };
        let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
        let glue = |w: &str| GLUE_WORDS.contains(&crate::text::lower(w).as_ref());
        let fits = if gap == ":" {
            // No label runs into its value without a space ("Henrik:tar med sig"); an
            // address's colon is in no word token.
            letters(left) >= 2 && letters(right) >= 2
        } else if quote {
            matches!(p.shape, Shape::Lower | Shape::Capitalised)
                && letters(left) >= 2
                && letters(right) >= 3
        } else {
            letters(left) >= 3 && letters(right) >= 1 && (glue(right) || glue(left))
                // Two common words, the second small ("tar.fram", "Informationen.måste"),
                // the second no web domain; or a known word of five letters or more (no
                // abbreviation is that long) before a common one ("Lokalen.ligger").
                || matches!(p.shape, Shape::Lower | Shape::Capitalised)
                    && letters(left) >= 3
                    && letters(right) >= 2
                    && !DOMAINS.contains(&right)
                    && common(&reading(t))
                    && {
                        let left_now = reading(p);
                        common(&left_now) || letters(left) >= 5 && in_use(words, &left_now)
                    }
        };
        let span = p.span.end..t.span.start;
        if fits && !crate::overlaps_edit(edits, &span) {
            added.push(stray_edit(span, " "));
        }
    }
    crate::add_edits(edits, added);
}

/// Removes lone letters and digits a scan made of specks at line ends ("ett gemensamt
/// upplägg. e"), with the space before them:
/// - an ASCII small letter alone after a space at a line's end that is no Swedish word on its
///   own (not "i", "o", "a", nor "r" or "f", which the context rules read as "är" and "få"),
///   and not after a number ("3 x");
/// - a capital letter (not "I") or a digit alone at a line's end after a sentence's full
///   stop, an asterisk, a quote or two marks in a row ("gör inbjudan. C", "veckor. 3",
///   "Kompassen, : 7"), but not after an abbreviation ("kl. 9");
/// - in a rough scan, also a capital letter after a word ("Föreningen Nya Spår Z").
///
/// Only for a damaged document (the caller's test); `edits` stay in text order.
pub(crate) fn stray_letters(laid: &str, tokens: &[Token], rough: bool, edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(&[c]) = bytes.get(t.span.clone()) else {
            continue;
        };
        // Alone: a space before it, and a line end or the text's end after it, or (for a
        // small letter) only specks a scan leaves at a line's end ("kommit. i :").
        let before = t.span.start.checked_sub(1).and_then(|j| bytes.get(j));
        let after = bytes.get(t.span.end);
        let rest_end = bytes
            .get(t.span.end..)
            .and_then(|r| memchr::memchr2(b'\n', b'\r', r))
            .map_or(bytes.len(), |n| t.span.end + n);
        let specks_after = c.is_ascii_lowercase()
            && matches!(after, Some(b' ' | b':' | b';' | b','))
            && bytes.get(t.span.end..rest_end).is_some_and(|r| {
                r.iter().any(|b| matches!(b, b':' | b';' | b','))
                    && r.iter().all(|b| matches!(b, b' ' | b':' | b';' | b','))
            });
        if before != Some(&b' ') || !matches!(after, None | Some(b'\n' | b'\r')) && !specks_after {
            continue;
        }
        let end = if specks_after { rest_end } else { t.span.end };
        let Some(prev) = i.checked_sub(1).and_then(|j| tokens.get(j)) else {
            continue;
        };
        let gap = laid.get(prev.span.end..t.span.start).unwrap_or("");
        if gap.contains('\n') {
            continue;
        }
        let stray = match t.kind {
            Kind::Word if c.is_ascii_lowercase() => {
                if matches!(c, b'i' | b'o' | b'r' | b'f' | b'a') {
                    // A word of one letter opens no sentence written small: after a
                    // sentence's full stop it is a speck too (not after a short word's stop,
                    // which may be an abbreviation's: "t.ex. i").
                    (gap.trim_end() == "." && after_marks(laid, prev, gap)
                        // "Status: Genomfört: i": no "i" ends a line after a colon.
                        || c == b'i' && gap.trim_end() == ":")
                        && laid
                            .get(prev.span.clone())
                            .is_some_and(|w| w.chars().nth(3).is_some())
                        || c == b'i' && stray_final_i(laid, prev, gap, rest_end)
                } else {
                    prev.kind != Kind::Number
                }
            }
            Kind::Word if c.is_ascii_uppercase() && c != b'I' => {
                after_marks(laid, prev, gap) || rough && prev.kind == Kind::Word && gap == " "
            }
            Kind::Number => {
                after_marks(laid, prev, gap)
                    || gap.trim_end().starts_with(['?', '!'])
                    || rough && gap == " " && stray_digit_after(laid, prev)
            }
            _ => false,
        };
        if !stray {
            continue;
        }
        // The specks before it go too ("Drottninggatan 8: ‘ 7"), and a lone mark after
        // another mark ("Kompassen, : 7", "i veckan. . 7"), as a line's end loses them.
        let mut start = laid.get(..t.span.start).map_or(t.span.start, |b| {
            b.trim_end_matches([' ', '*', '\'', '"', '‘', '’', '“', '”', '<', '>'])
                .len()
        });
        while let Some(before) = laid.get(..start)
            && let Some(rest) = before
                .strip_suffix([':', '.', ','])
                .and_then(|r| r.strip_suffix(' '))
            && rest.trim_end().ends_with([':', '.', ',', '?', '!'])
        {
            start = rest.trim_end().len();
        }
        let span = start..end;
        if crate::overlaps_edit(edits, &span) {
            continue;
        }
        added.push(stray_edit(span, ""));
    }
    crate::add_edits(edits, added);
}

/// Two fixes of a word by the word before it, in one walk over neighbouring words: the
/// second "i" of "i i" goes, the preposition is never doubled, so one of them is a speck of
/// the scan ("ligger i i pärmen", or "liggeri i" once the glued "i" is parted); and "jag"
/// after a sentence's full stop gets its capital back, which a rough scan reads small
/// ("bokstavligen. jag kom"; not after a short word, which may be an abbreviation's, "t.ex.
/// jag"). Only for a damaged document (the caller's test); `edits` stay in text order.
pub(crate) fn word_pairs(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut added: Vec<WordEdit> = Vec::new();
    for pair in tokens.windows(2) {
        let [p, t] = pair else {
            continue;
        };
        let word = laid.get(t.span.clone());
        if !matches!(word, Some("i" | "jag")) || crate::overlaps_edit(edits, &t.span) {
            continue;
        }
        let gap = laid.get(p.span.end..t.span.start);
        if word == Some("i") && gap == Some(" ") {
            let before = crate::reads_now(laid, edits, &p.span).unwrap_or("");
            if before == "i" || before.ends_with(" i") {
                added.push(stray_edit(p.span.end..t.span.end, ""));
            }
        } else if word == Some("jag")
            && gap == Some(". ")
            && p.kind == Kind::Word
            && laid
                .get(p.span.clone())
                .is_some_and(|w| w.chars().nth(3).is_some() && w.chars().all(char::is_alphabetic))
        {
            added.push(WordEdit {
                span: t.span.clone(),
                proposal: Proposal {
                    replacement: "Jag".into(),
                    reason: Reason::Case,
                    confidence: CONFIDENCE,
                },
            });
        }
    }
    crate::add_edits(edits, added);
}

/// Conjunctions that join two parts of one sentence and never open one in these notes: after
/// a full stop, written small, the stop is a scan's speck ("gås igenom. och läggs till").
const CONJUNCTIONS: &[&str] = &["och", "samt"];

/// Words that stand before their noun and end no sentence: after them a full stop before a
/// small letter is a scan's speck ("sin första. kurs").
const BEFORE_NOUNS: &[&str] = &[
    "första", "forsta", "nästa", "nasta", "samma", "varje", "denna", "detta", "dessa", "sista",
];

/// Whether the full stop between `prev` and `next` (two words as written, `next` small) is a
/// scan's speck: before a small conjunction, or after a word that stands before its noun or
/// never ends a sentence.
pub(crate) fn speck_stop(prev: &str, next: &str) -> bool {
    next.chars().next().is_some_and(char::is_lowercase)
        && (CONJUNCTIONS.contains(&next)
            || BEFORE_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(prev))
            || NEVER_LAST_WORDS.contains(&prev))
}

/// Small words that never end a sentence: a full stop after one is a scan's speck ("tar upp
/// att. många").
const NEVER_LAST_WORDS: &[&str] = &["att", "och", "samt", "eller", "som", "men"];

/// Takes away the full stop a scan put inside a sentence ([`speck_stop`]: "gås igenom. och
/// läggs till", "sin första. kurs"), after a word of four letters or more. `edits` stay in
/// text order.
pub(crate) fn speck_stops(laid: &str, tokens: &[Token], edits: &mut Vec<WordEdit>) {
    let mut added: Vec<WordEdit> = Vec::new();
    for (i, t) in tokens.iter().enumerate().skip(1) {
        let Some(p) = tokens.get(i - 1) else {
            continue;
        };
        if t.kind != Kind::Word
            || p.kind != Kind::Word
            || laid.get(p.span.end..t.span.start) != Some(". ")
        {
            continue;
        }
        let (Some(prev), Some(next)) = (laid.get(p.span.clone()), laid.get(t.span.clone())) else {
            continue;
        };
        let long_word = prev.chars().count() >= 4 && prev.chars().all(char::is_alphabetic)
            || NEVER_LAST_WORDS.contains(&prev);
        let span = p.span.end..p.span.end + 1;
        if long_word && speck_stop(prev, next) && !crate::overlaps_edit(edits, &span) {
            added.push(stray_edit(span, ""));
        }
    }
    crate::add_edits(edits, added);
}

/// Puts back the preposition "i" that a scan glued to a word and a misread correction then
/// dropped as a speck: "istadshuset" read as "stadshuset" is "i stadshuset", "kaféeti" read
/// as "kaféet" is "kaféet i", "ifeceptionen" read as "receptionen" is "i receptionen". The
/// "i" is taken for the preposition only when the correction is nearer to the word without
/// it than with it, and does not itself start (or end) with an "i" ("ieder" read as "leder"
/// is an "l" misread) nor with the "m" a rough scan reads as "in", when the "i" is no part of
/// a letter's shape beside it ("iitgår", "ocli"), and when the preposition has a place: not
/// before a finite verb ("iuttryckte"), a stop, another preposition or "som" ("medverkati
/// vid"), nor between "den" and a day ("deni 12 juni"). `edits` stay in text order.
pub(crate) fn glued_preposition(laid: &str, edits: &mut [WordEdit], words: &Words) {
    let apart = |a: &str, b: &str| if a == b { Some(0) } else { distance(a, b, 2) };
    for e in edits.iter_mut() {
        if e.proposal.reason != Reason::Misread {
            continue;
        }
        let Some(written) = laid.get(e.span.clone()) else {
            continue;
        };
        let reading = &*e.proposal.replacement;
        if reading.contains(' ')
            || !(written.starts_with('i') || written.ends_with(['i', 'I']))
            || !written.chars().all(char::is_alphabetic)
        {
            continue;
        }
        let lower_reading = crate::text::lower(reading);
        let lower = crate::text::lower(written);
        let whole = apart(&lower, &lower_reading);
        let nearer =
            |rest: &str| apart(rest, &lower_reading).is_some_and(|d| whole.is_none_or(|w| d < w));
        // A rough scan's "in" for "m" ("inedarbetare" read as "medarbetare") glues nothing.
        let m_shape = lower.starts_with("in") && lower_reading.starts_with('m');
        // The "i" is no part of a letter's shape: an "ii" where the reading has another
        // letter ("u" in "iitgår"), or a last letter the reading has otherwise ("li" for "h"
        // in "ocli", "ni" for "m" in "Soni", "ti" for "n" in "familjeti") is one letter
        // misread, not a word of its own. (A misread first letter after a glued "i" is
        // common: "ifeceptionen".)
        let reading_fold = fold(&lower_reading);
        let shape_first =
            |rest: &str| rest.starts_with(['i', 'I']) && !reading_fold.starts_with('i');
        let same_last = |rest: &str| fold(rest).chars().last() == reading_fold.chars().last();
        // A preposition ends no clause: an "i" before a stop or a comma is a speck
        // ("gången.i", "psykiatrini,").
        let before_stop = laid
            .get(e.span.end..)
            .and_then(|after| after.chars().next())
            .is_some_and(|c| matches!(c, '.' | ',' | ':' | ';' | '!' | '?' | ')'));
        // Nor before a word no preposition stands before ("medverkati vid", "deni som",
        // "deni 12 juni").
        let next = laid.get(e.span.end..).map_or("", |after| {
            let after = after.trim_start_matches([' ', '\t']);
            let end = after
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(after.len());
            after.get(..end).unwrap_or("")
        });
        let before_no_object = NO_OBJECT_OF_I.contains(&next)
            || next.starts_with(|c: char| c.is_ascii_digit())
                && matches!(&*lower_reading, "den" | "det");
        let replacement = if let Some(rest) = written.strip_prefix('i')
            && !lower_reading.starts_with('i')
            && !m_shape
            && rest.chars().count() >= 3
            && !shape_first(rest)
            && !finite_verb(&lower_reading, words)
            && !NO_OBJECT_OF_I.contains(&lower_reading.as_ref())
            && nearer(&crate::text::lower(rest))
        {
            format!("i {reading}")
        } else if let Some(rest) = lower.strip_suffix('i')
            && !lower_reading.ends_with('i')
            && rest.chars().count() >= 3
            && same_last(rest)
            && !before_stop
            && !before_no_object
            && nearer(rest)
        {
            // The word before the preposition as the context rules read it with "i" after it
            // ("kan ingai" is "kan ingå i"), as a second normalisation, seeing two words,
            // reads it.
            let prev = laid.get(..e.span.start).map_or("", |before| {
                let before = before.trim_end_matches([' ', '\t']);
                let start = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphabetic())
                    .last()
                    .map_or(before.len(), |(k, _)| k);
                before.get(start..).unwrap_or("")
            });
            let prev = crate::text::lower(prev);
            let neighbours = crate::context::Neighbours {
                prev: Some(prev.as_ref()).filter(|p| !p.is_empty()),
                next: Some("i"),
                next2: Some(next).filter(|n| !n.is_empty()),
                damaged: true,
                ..crate::context::Neighbours::default()
            };
            let word = crate::context::decide(&lower_reading, &neighbours)
                .and_then(crate::context::Verdict::word)
                .filter(|_| Shape::of(reading) == Shape::Lower)
                .unwrap_or(reading);
            format!("{word} i")
        } else {
            continue;
        };
        e.proposal.replacement = replacement.into();
    }
}

/// Words that never follow the preposition "i": other prepositions, "som", "att" and the
/// commonest finite verbs, also as a scan writes them without their marks ("pa", "fran");
/// not "var", which a scan makes of "vår" ("i vår"). A glued "i" before one is a speck.
pub(crate) const NO_OBJECT_OF_I: &[&str] = &[
    "som", "att", "vid", "på", "pa", "av", "till", "från", "fran", "hos", "mot", "med", "för",
    "for", "i", "är", "har", "hade", "ska", "kan", "vill", "blir", "blev", "får", "fick", "utan",
];

/// Whether `word` (small) reads as a finite verb of the weak conjugations, which never
/// follows the preposition "i": a past tense in -de or -te whose present in -er the lexicon
/// knows ("uttryckte", "nämnde"), or a present in -er whose past in -de or -te it knows
/// ("nämner"). Short words are left alone ("mer", "tre").
fn finite_verb(word: &str, words: &Words) -> bool {
    if word.chars().count() < 5 {
        return false;
    }
    if let Some(stem) = word.strip_suffix("de").or_else(|| word.strip_suffix("te")) {
        return words.knows_with(stem, "er");
    }
    word.strip_suffix("er")
        .is_some_and(|stem| words.knows_with(stem, "de") || words.knows_with(stem, "te"))
}

/// Small words of the closed classes (pronouns, prepositions, conjunctions, auxiliary verbs,
/// articles and a few adverbs): a hyphen glued between one of them and another word is a
/// scan's speck where a space was ("temadag om-samsjuklighet", "och-har hörslinga"), as no
/// compound is written so.
const HYPHEN_SPECK_WORDS: &[&str] = &[
    "jag", "du", "han", "hon", "vi", "ni", "de", "dem", "den", "det", "sig", "oss", "er", "mig",
    "dig", "honom", "henne", "dessa", "denna", "detta", "vår", "våra", "vårt", "sin", "sina",
    "sitt", "min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "deras", "era",
    "själv", "själva", "i", "på", "av", "för", "till", "med", "om", "från", "under", "över",
    "efter", "mellan", "hos", "mot", "vid", "utan", "genom", "inom", "in", "ut", "upp", "och",
    "men", "eller", "att", "som", "när", "där", "då", "så", "eftersom", "är", "var", "har", "hade",
    "ska", "kan", "vill", "får", "måste", "blir", "blev", "en", "ett", "inte", "också", "nu",
    "här", "bara", "redan", "mycket", "alla", "olika",
];

/// Number words, two of which a hyphen joins into a range ("åtta-tio"): never a speck there.
const NUMBER_WORDS: &[&str] = &[
    "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    "tjugo", "trettio", "fyrtio", "femtio", "hundra",
];

/// Whether the lexicon knows `word` as a word in use (with a frequency), not only as a
/// listed form such as a hyphenated compound.
fn in_use(words: &Words, word: &str) -> bool {
    words.frequency(word).is_some_and(|f| f > 0)
}

/// Reads a hyphen glued between two words of small letters as the space a scan specked
/// ("temadag om-samsjuklighet" → "om samsjuklighet"), when one of the words, as it reads now,
/// is a small word of a closed class ([`HYPHEN_SPECK_WORDS`]), the other is a known word, the
/// two are no range of numbers, and the lexicon has no such hyphenated word ("drop-in",
/// "vi-känsla"). Only for a damaged document (the caller's test); `edits` stay in text order.
pub(crate) fn speck_hyphens(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let bytes = laid.as_bytes();
    // A word as it reads now, small.
    let reading = |t: &Token| crate::reads_now(laid, edits, &t.span).map(crate::text::lower);
    let mut added: Vec<WordEdit> = Vec::new();
    // Only the hyphens between two words are looked at: most notes have few.
    for h in memchr::memchr_iter(b'-', bytes) {
        let i = tokens.partition_point(|t| t.span.start <= h);
        let (Some(p), Some(t)) = (i.checked_sub(1).and_then(|j| tokens.get(j)), tokens.get(i))
        else {
            continue;
        };
        if p.span.end != h
            || t.span.start != h + 1
            || p.kind != Kind::Word
            || t.kind != Kind::Word
            || t.shape != Shape::Lower
            || !matches!(p.shape, Shape::Lower | Shape::Capitalised)
        {
            continue;
        }
        // A third part ("allt-i-allo", "fr-o-m") or a word glued to a number is left alone.
        let outer =
            |b: Option<&u8>| b.is_some_and(|b| matches!(b, b'-' | b'/') || b.is_ascii_digit());
        if outer(p.span.start.checked_sub(1).and_then(|j| bytes.get(j)))
            || outer(bytes.get(t.span.end))
        {
            continue;
        }
        let (Some(before), Some(after)) = (reading(p), reading(t)) else {
            continue;
        };
        let small = |w: &str| HYPHEN_SPECK_WORDS.contains(&w);
        let number = |w: &str| NUMBER_WORDS.contains(&w);
        let speck = (small(&before) && in_use(words, &after)
            || small(&after) && in_use(words, &before))
            && !(number(&before) && number(&after))
            && !words.vocabulary().contains(&format!("{before}-{after}"));
        let span = h..h + 1;
        if speck && !crate::overlaps_edit(edits, &span) {
            added.push(stray_edit(span, " "));
        }
    }
    crate::add_edits(edits, added);
}

/// Puts back the en dash of a range that a scan read as a hyphen or an em dash: between two
/// times ("10:00-12:00", "kl. 9.00—15.30") or two days before a month ("2-3 oktober").
/// Telephone numbers ("031-365 12 40") and dates ("2019-06-04") are neither. Only for a
/// damaged document (the caller's test); `edits` stay in text order.
pub(crate) fn range_dashes(laid: &str, edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut added: Vec<WordEdit> = Vec::new();
    let mut at = 0;
    while let Some(rel) = memchr::memchr2(b'-', 0xe2, bytes.get(at..).unwrap_or(&[])) {
        let i = at + rel;
        let dash_len = match bytes.get(i) {
            Some(b'-') => 1,
            _ if laid.get(i..).is_some_and(|r| r.starts_with('—')) => '—'.len_utf8(),
            _ => {
                at = i + 1;
                continue;
            }
        };
        // A run of two dashes a scan made of one ("14.00—-16.00").
        let mut dash_len = dash_len;
        if let Some(next) = laid
            .get(i + dash_len..)
            .and_then(|r| r.chars().next())
            .filter(|c| matches!(c, '-' | '—' | '–'))
        {
            dash_len += next.len_utf8();
        }
        at = i + dash_len;
        let before = bytes.get(..i).unwrap_or(&[]);
        let after = bytes.get(i + dash_len..).unwrap_or(&[]);
        let range = (crate::layout::time_before(before) && crate::layout::time_after(after))
            // A range of days before a month ("2-3 oktober"), or of dates ("1 januari-31
            // december").
            || (crate::layout::day_before(before) || day_month_before(before))
                && day_before_month(laid.get(i + dash_len..).unwrap_or(""))
            || year_range(before, after)
            || weekday_range(before, after)
            || count_range(before, after)
            || section_range(before, after);
        let span = i..i + dash_len;
        if range && !crate::overlaps_edit(edits, &span) {
            added.push(WordEdit {
                span,
                proposal: Proposal {
                    replacement: "–".into(),
                    reason: Reason::Dash,
                    confidence: CONFIDENCE,
                },
            });
        }
    }
    crate::add_edits(edits, added);
}

/// Whether `before` ends with a day of one or two digits, a space and a month's name
/// ("1 januari"): the first day of a range of dates ("1 januari-31 december").
fn day_month_before(before: &[u8]) -> bool {
    let month = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    crate::layout::month_before(before, before.len())
        && before[..before.len() - month]
            .strip_suffix(b" ")
            .is_some_and(crate::layout::day_before)
}

/// Whether `before` ends and `after` starts with a year (19xx or 20xx, four digits that no
/// other digit or dash joins), the second later than the first: a range of years
/// ("2026-2029"), which no date ("2019-06-04") or telephone number is.
fn year_range(before: &[u8], after: &[u8]) -> bool {
    let year = |d: &[u8]| -> Option<u32> {
        let s = std::str::from_utf8(d).ok()?;
        let y: u32 = s.parse().ok()?;
        (1900..2100).contains(&y).then_some(y)
    };
    let n = before.len();
    let first = n
        .checked_sub(4)
        .and_then(|s| before.get(s..))
        .filter(|_| {
            n == 4
                || before
                    .get(n - 5)
                    .is_some_and(|b| !b.is_ascii_digit() && *b != b'-')
        })
        .and_then(year);
    let second = after
        .get(..4)
        .filter(|_| {
            after
                .get(4)
                .is_none_or(|b| !b.is_ascii_digit() && *b != b'-')
        })
        .and_then(year);
    matches!((first, second), (Some(a), Some(b)) if b > a)
}

/// Weekdays' names folded to plain letters, as a range writes them ("torsdag–söndag").
const WEEKDAYS: &[&str] = &[
    "mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
];

/// Whether `before` ends and `after` starts with a weekday's name (a word of its own): a range
/// of days.
fn weekday_range(before: &[u8], after: &[u8]) -> bool {
    let last = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80)
        .count();
    let first = after
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || **b >= 0x80)
        .count();
    // (Every weekday's name ends in "dag": other words are passed by without folding.)
    let weekday = |w: &[u8]| {
        w.ends_with(b"dag")
            && std::str::from_utf8(w).is_ok_and(|w| WEEKDAYS.contains(&crate::fold(w).as_str()))
    };
    weekday(&before[before.len() - last..]) && weekday(&after[..first])
}

/// Units a range of counts stands before ("18-25 år", "2-3 veckor").
const COUNT_UNITS: &[&str] = &[
    "år",
    "ar",
    "dagar",
    "veckor",
    "månader",
    "manader",
    "timmar",
    "minuter",
    "personer",
    "deltagare",
    "procent",
    "kr",
    "kronor",
];

/// Whether `before` ends and `after` starts with a count of one to three digits, a word of its
/// own and no leading zero, the second larger, and a unit follows the second: a range of
/// counts.
fn count_range(before: &[u8], after: &[u8]) -> bool {
    let n = crate::layout::trailing_digits(before);
    let m = crate::layout::leading_digits(after);
    if !(1..=3).contains(&n) || !(1..=3).contains(&m) || after.get(m) != Some(&b' ') {
        return false;
    }
    // (A leading zero is a telephone number's area code: "08-12 34 56".)
    let starts = before
        .len()
        .checked_sub(n + 1)
        .and_then(|k| before.get(k))
        .is_none_or(|b| b.is_ascii_whitespace() || *b == b'(')
        && before.get(before.len() - n) != Some(&b'0');
    let larger = rising(&before[before.len() - n..], &after[..m]);
    // (Compared as bytes: the text after the unit is not looked at beyond its first byte.)
    let rest = after.get(m + 1..).unwrap_or(&[]);
    let unit = COUNT_UNITS.iter().any(|u| {
        rest.strip_prefix(u.as_bytes()).is_some_and(|tail| {
            tail.first()
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b < 0x80)
        })
    });
    starts && larger && unit
}

/// Whether `before` ends with a section sign, a space and a number, and `after` starts with
/// a larger number ("§§ 45-47", "§ 3-5"): a range of a protocol's items.
fn section_range(before: &[u8], after: &[u8]) -> bool {
    let n = crate::layout::trailing_digits(before);
    let m = crate::layout::leading_digits(after);
    if !(1..=3).contains(&n)
        || !(1..=3).contains(&m)
        || after.get(m).is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    before[..before.len() - n].ends_with("§ ".as_bytes())
        && rising(&before[before.len() - n..], &after[..m])
}

/// Whether the digits `to` make a larger number than the digits `from`: a range's end after
/// its start.
fn rising(from: &[u8], to: &[u8]) -> bool {
    let count = |d: &[u8]| std::str::from_utf8(d).ok()?.parse::<u32>().ok();
    matches!((count(from), count(to)), (Some(a), Some(b)) if b > a)
}

/// Whether `after` starts with a day of one or two digits, a space and a month's name.
fn day_before_month(after: &str) -> bool {
    let n = crate::layout::leading_digits(after.as_bytes());
    (1..=2).contains(&n)
        && after.as_bytes().get(n) == Some(&b' ')
        && after.get(n + 1..).is_some_and(crate::layout::month_after)
}

/// Abbreviations a number may follow after their full stop ("kl. 9", "nr. 3").
pub(crate) const ABBREVIATIONS_BEFORE_NUMBERS: &[&str] =
    &["kl", "nr", "ca", "tel", "s", "sid", "p", "kap", "lgh"];

/// Whether a lone "i" at a line's end, after the token `prev` and the `gap` between them, with
/// its line ending at `rest_end`, is a speck: the preposition follows no question ("Vad kan vi
/// hjälpa till med? i"), and after a closing bracket or a mark of punctuation it ends no
/// paragraph ("(sena tecken) i" over a blank line) and stands before no label's line
/// ("Status: Pågår, i" over "Kommentar: …"; but "klart, i" over "Stockholm har"). A word of
/// two letters or more comes before it.
fn stray_final_i(laid: &str, prev: &Token, gap: &str, rest_end: usize) -> bool {
    if prev.kind != Kind::Word
        || laid
            .get(prev.span.clone())
            .is_none_or(|w| w.chars().nth(1).is_none())
    {
        return false;
    }
    let marks = gap.trim();
    if marks.ends_with(['?', '!']) {
        return true;
    }
    // The next line: empty at a paragraph's end or the text's end.
    let next = laid
        .get(rest_end..)
        .map(|r| {
            r.strip_prefix("\r\n")
                .or_else(|| r.strip_prefix('\n'))
                .unwrap_or(r)
        })
        .map(|r| r.split(['\n', '\r']).next().unwrap_or("").trim())
        .unwrap_or("");
    // A name line's "i" over a blank line ("Kjell Åhlund i"): every word before it on the
    // line capitalised, two of them or more.
    if marks.is_empty() && next.is_empty() {
        let line_start = laid
            .get(..prev.span.start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |n| n + 1);
        let words: Vec<&str> = laid
            .get(line_start..prev.span.end)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        if (2..=4).contains(&words.len())
            && words.iter().all(|w| Shape::of(w) == Shape::Capitalised)
        {
            return true;
        }
    }
    // A scan may part a paragraph's lines by a blank one ("en plats i" over a blank line
    // and "Bostad först"): a mark before the letter is wanted.
    !marks.is_empty()
        && if next.is_empty() {
            marks
                .chars()
                .all(|c| matches!(c, '.' | ',' | ':' | ';' | ')' | '-' | '–' | '<' | '>'))
        } else {
            marks.chars().all(|c| matches!(c, ',' | ')' | '-' | '–'))
                && next.starts_with(|c: char| c.is_uppercase())
                && next.split(' ').next().is_some_and(|w| w.ends_with(':'))
        }
}

/// Whether a lone digit ending a line of a rough scan right after the word `prev` is a
/// speck: not after a word that numbers what follows it ("punkt 4", "plan 3", "cirka 8",
/// "den 1"), a street ("Strandgatan 5") or a word in capitals ("PUNKT 6").
fn stray_digit_after(laid: &str, prev: &Token) -> bool {
    if prev.kind != Kind::Word || prev.shape == Shape::Upper {
        return false;
    }
    let Some(word) = laid.get(prev.span.clone()) else {
        return false;
    };
    let lower = crate::text::lower(word);
    let lower = lower.as_ref();
    word.chars().count() >= 3
        && !NUMBERED_NOUNS.contains(&lower)
        && !matches!(
            lower,
            "cirka"
                | "ca"
                | "till"
                | "den"
                | "nummer"
                | "plats"
                | "avdelning"
                | "avsnitt"
                | "kostnad"
                | "torg"
                | "och"
                | "av"
                | "på"
                | "pa"
                | "om"
                | "med"
                | "år"
                | "ar"
                | "fråga"
                | "fraga"
                | "förslag"
                | "forslag"
                | "motion"
                | "tabell"
                | "figur"
                | "träff"
                | "traff"
                | "gång"
                | "gang"
                | "sal"
        )
        && !street_name(lower)
}

/// Whether `word` (small letters) ends in a street word, as written or restored
/// ("strandgatan", "spolegrand").
fn street_name(word: &str) -> bool {
    crate::restore::STREET_ENDS
        .iter()
        .any(|(written, restored)| word.ends_with(written) || word.ends_with(restored))
}

/// Whether `gap` (the text between token `prev` and a lone letter or digit) ends a sentence
/// or holds a scan's specks: a full stop not after an abbreviation, an asterisk, a quote, or
/// two marks in a row (a dash alone is none: "kl. 1 – 3").
fn after_marks(laid: &str, prev: &Token, gap: &str) -> bool {
    let marks = gap.chars().filter(|c| !c.is_whitespace()).count();
    let specks = gap.contains(['*', '"', '\'', '‘', '’', '“', '”']);
    let stop = gap.starts_with('.')
        && prev.kind == Kind::Word
        && laid.get(prev.span.clone()).is_some_and(|w| {
            !ABBREVIATIONS_BEFORE_NUMBERS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
        });
    marks >= 2 || specks || stop
}

/// Where the chunk of text (up to white space) that starts at `at` ends, if one starts there:
/// after white space, an opening bracket or a quote, or at the text's start.
fn chunk_end(bytes: &[u8], at: usize) -> Option<usize> {
    let starts = at == 0
        || bytes
            .get(at - 1)
            .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'<' | b'"'));
    starts.then(|| {
        bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(u8::is_ascii_whitespace))
            .map_or(bytes.len(), |n| at + n)
    })
}

/// Puts back the w a scan lost from "www" at the start of a web address ("ww.stockholm.se",
/// which the tokeniser skips as an address), the dot it read after "www" as a colon, comma or
/// hyphen or left a space after, and the dot before the top-level domain it read as a comma
/// ("www.stockholm,se/…") or lost ("www.kamratstodnorrse"). `edits` stay in text order.
pub(crate) fn web_prefix(laid: &str, edits: &mut Vec<WordEdit>) {
    // Each misreading: how it starts, the test of the whole address, and the bytes of its
    // start that are replaced ("ww." gets its w back, "www:" its dot).
    type Repair = (
        &'static [u8],
        fn(&[u8]) -> bool,
        std::ops::Range<usize>,
        &'static str,
    );
    const REPAIRS: [Repair; 4] = [
        (b"ww.", crate::token::lost_w, 0..2, "www"),
        (b"www:", crate::token::colon_www, 3..4, "."),
        (b"www,", crate::token::comma_www, 3..4, "."),
        (b"www-", crate::token::hyphen_www, 3..4, "."),
    ];
    let bytes = laid.as_bytes();
    let mut added: Vec<WordEdit> = Vec::new();
    for (start, is_address, replaced, replacement) in REPAIRS {
        for at in memchr::memmem::find_iter(bytes, start) {
            let Some(end) = chunk_end(bytes, at) else {
                continue;
            };
            if !bytes.get(at..end).is_some_and(is_address) {
                continue;
            }
            let span = at + replaced.start..at + replaced.end;
            if crate::overlaps_edit(edits, &span) {
                continue;
            }
            added.push(WordEdit {
                span,
                proposal: misread(replacement.to_string()),
            });
        }
    }
    crate::add_edits(edits, added);
    // "www. lulea-soc.se/anhoriga": a space after the prefix, before a host with its
    // top-level domain. The space goes, and the host is no longer read as words.
    for at in memchr::memmem::find_iter(bytes, b"www. ") {
        let host_start = at + 5;
        let (Some(_), Some(end)) = (chunk_end(bytes, at), chunk_end(bytes, host_start)) else {
            continue;
        };
        if !bytes
            .get(host_start..end)
            .is_some_and(crate::token::host_with_tld)
        {
            continue;
        }
        crate::replace_edits(
            edits,
            at + 4..end,
            WordEdit {
                span: at + 4..host_start,
                proposal: misread(String::new()),
            },
        );
    }
    // "www.bryggan-uddevalla. se": a space after the dot before a common top-level domain;
    // "Www.ystad.se": a scan's capital on the prefix, which an address is never written with.
    for at in memchr::memmem::find_iter(bytes, b"ww.") {
        let Some(start) = at.checked_sub(1) else {
            continue;
        };
        let capital = bytes.get(start) == Some(&b'W');
        if !capital && bytes.get(start) != Some(&b'w') {
            continue;
        }
        let Some(end) = chunk_end(bytes, start) else {
            continue;
        };
        let host = bytes.get(at + 3..end).unwrap_or(&[]);
        if host.len() >= 3
            && host.last() == Some(&b'.')
            && !host[..host.len() - 1].contains(&b'.')
            && bytes.get(end) == Some(&b' ')
        {
            let tld = crate::address::spaced_domain(bytes, end + 1);
            if tld > 0 && !crate::address::verb_after(bytes, end + 1 + tld) {
                crate::replace_edits(
                    edits,
                    end..end + 1 + tld,
                    WordEdit {
                        span: end..end + 1,
                        proposal: misread(String::new()),
                    },
                );
            }
        } else if capital
            && host.len() >= 3
            && crate::token::host_with_tld(host)
            && !crate::overlaps_edit(edits, &(start..start + 1))
        {
            crate::add_edits(
                edits,
                vec![WordEdit {
                    span: start..start + 1,
                    proposal: misread("w".to_string()),
                }],
            );
        }
    }
    // "www.stockholm,se/aktiviteter": the dot before the top-level domain read as a comma.
    let mut added: Vec<WordEdit> = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"www") {
        let Some(end) = chunk_end(bytes, at) else {
            continue;
        };
        let Some(chunk) = bytes.get(at..end) else {
            continue;
        };
        // The sentence's own marks after the address are not part of it.
        let body = chunk.len()
            - chunk
                .iter()
                .rev()
                .take_while(|b| matches!(b, b'.' | b',' | b';' | b':' | b')' | b'!' | b'?'))
                .count();
        let host_end = chunk
            .get(..body)
            .and_then(|c| c.iter().position(|&b| b == b'/'))
            .unwrap_or(body);
        let Some(comma) = chunk
            .get(..host_end)
            .and_then(|h| h.iter().rposition(|&b| b == b','))
        else {
            // "www.kamratstodnorrse": a host with no dot after the prefix lost the one
            // before its Swedish top-level domain.
            let name = chunk.get(4..host_end).unwrap_or(&[]);
            if chunk.starts_with(b"www.")
                && name.len() >= 6
                && !name.contains(&b'.')
                && name.iter().all(|b| b.is_ascii_lowercase() || *b == b'-')
                && (name.ends_with(b"se") || name.ends_with(b"nu"))
                && name.get(name.len() - 3).is_some_and(u8::is_ascii_lowercase)
            {
                let span = at + host_end - 2..at + host_end;
                if !crate::overlaps_edit(edits, &span)
                    && let Some(tld) = laid.get(span.clone())
                {
                    added.push(WordEdit {
                        span,
                        proposal: misread(format!(".{tld}")),
                    });
                }
            }
            continue;
        };
        let tld = chunk.get(comma + 1..host_end).unwrap_or(&[]);
        if (2..=4).contains(&tld.len()) && tld.iter().all(u8::is_ascii_lowercase) {
            let span = at + comma..at + comma + 1;
            if !crate::overlaps_edit(edits, &span) {
                added.push(WordEdit {
                    span,
                    proposal: misread(".".to_string()),
                });
            }
        }
    }
    crate::add_edits(edits, added);
}

/// Whether `b` is `a` with one vowel read back as the å, ä or ö a scan made of it (an
/// English model reads them as a, i, o, e or é; "giller" is "gäller", never "gillar").
fn vowel_swapped(a: &str, b: &str) -> bool {
    let mut diff = a.chars().zip(b.chars()).filter(|(x, y)| x != y);
    a.chars().count() == b.chars().count()
        && matches!(
            (diff.next(), diff.next()),
            (Some((x, y)), None) if "aioeé".contains(x) && "åäö".contains(y)
        )
}

/// How the lexicon reads a word form as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// A known word or name.
    Known,
    /// A known word so rare ([`RARE_WORD`]) that in a rough scan it is as likely a garble.
    Rare,
    /// A compound of common parts.
    Compound,
    /// Neither.
    None,
}

/// How the lexicon reads `word` (with `lower` its lower-case form).
fn reading(words: &Words, word: &str, lower: &str) -> Reading {
    if words.name_frequency(word).is_some() {
        return Reading::Known;
    }
    if let Some(f) = words.frequency(lower) {
        return if f < RARE_WORD {
            Reading::Rare
        } else {
            Reading::Known
        };
    }
    if words
        .compound(lower)
        .is_some_and(|c| c.rarest >= COMMON_PART)
    {
        Reading::Compound
    } else {
        Reading::None
    }
}

/// Fewest letters of a word that may lie two edits from the document word it is taken to be:
/// a long word has room for two misreads and is still unlike any other.
const TWO_EDITS_FROM: usize = 10;

/// How many edits a word of `n` letters may lie from the document word it is taken to be.
fn reach(n: usize) -> usize {
    if n >= TWO_EDITS_FROM { 2 } else { 1 }
}

/// How many substitutions, insertions or deletions (at least one, at most `reach`, which is
/// 1 or 2) turn `a` into `b`; `None` if more are needed or none.
pub(crate) fn distance(a: &str, b: &str, reach: usize) -> Option<usize> {
    if a == b {
        return None;
    }
    if one_edit_apart(a, b) {
        return Some(1);
    }
    if reach < 2 || a.len().abs_diff(b.len()) > 2 * reach {
        return None;
    }
    let d = if a.is_ascii() && b.is_ascii() {
        levenshtein_within(a.as_bytes(), b.as_bytes(), reach)
    } else {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        levenshtein_within(&a, &b, reach)
    };
    d.filter(|&d| d <= reach)
}

/// The Levenshtein distance of `a` and `b` if at most `reach`: the common prefix and suffix
/// set aside (they change no distance), then one row at a time, given up once a whole row
/// exceeds `reach`.
fn levenshtein_within<T: PartialEq>(a: &[T], b: &[T], reach: usize) -> Option<usize> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (a.get(prefix..)?, b.get(prefix..)?);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (a.get(..a.len() - suffix)?, b.get(..b.len() - suffix)?);
    if a.len().abs_diff(b.len()) > reach {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let (Some(&diag), Some(&up), Some(&left)) = (prev.get(j), prev.get(j + 1), row.get(j))
            else {
                continue;
            };
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = (diag + usize::from(ca != cb)).min(up + 1).min(left + 1);
            }
        }
        if row.iter().all(|&v| v > reach) {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev.last().copied()
}

/// Whether `a` becomes `b` by one substitution, insertion or deletion of a character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return one_edit_apart_in(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_edit_apart_in(&a, &b)
}

/// [`one_edit_apart`] on sequences.
fn one_edit_apart_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => short.get(prefix + 1..) == long.get(prefix + 1..) && prefix < short.len(),
        1 => short.get(prefix..) == long.get(prefix + 1..),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{INFLECTION_LETTERS, INFLECTIONS, distance, inflected_alike, one_edit_apart};

    fn apart(a: &str, b: &str) -> bool {
        one_edit_apart(a, b)
    }

    #[test]
    fn the_inflection_bound_is_the_longest_inflection() {
        let longest = INFLECTIONS.iter().map(|e| e.len()).max();
        assert_eq!(longest, Some(INFLECTION_LETTERS));
    }

    #[test]
    fn forms_of_one_word_are_told_apart_from_misreads() {
        assert!(inflected_alike("brukarrevisionen", "brukarrevision"));
        assert!(inflected_alike("forslag", "forslagen"));
        assert!(!inflected_alike("forslag", "forslai"));
        assert!(!inflected_alike("brukarrevisionen", "brukarrevisionex"));
        assert!(super::sibling_forms("hyresgasten", "hyresgaster"));
        assert!(!super::sibling_forms("hyresgasten", "hyresgastex"));
        assert!(!super::sibling_forms("motel", "motet"));
    }

    #[test]
    fn one_edit() {
        assert!(apart("forslag", "foislag"));
        assert!(apart("forslaget", "fforslaget"));
        assert!(apart("stockholm", "stockholim"));
        assert!(apart("abc", "ab"));
        assert!(!apart("abc", "abc"));
        assert!(!apart("abc", "acb"));
        assert!(!apart("abc", "a"));
        assert!(!apart("forslag", "fotslig"));
        assert!(apart("förslag", "forslag"));
        assert_eq!(
            distance("socialforvalmingen", "socialforvaltningen", 2),
            Some(2)
        );
        assert_eq!(
            distance("socialforvalmingen", "socialforvaltningen", 1),
            None
        );
        assert_eq!(distance("forslag", "foislag", 2), Some(1));
        assert_eq!(distance("abcdefghij", "abcdefghij", 2), None);
        assert_eq!(distance("abcdefghij", "axcdexghix", 2), None);
        assert!(!apart("förslag", "fårslag_"));
    }
}
