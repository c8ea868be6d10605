//! Letter case that OCR read wrongly. Some letters differ between capital and small only in
//! size (c, k, o, p, s, v, w, x, z), and a scan often gets their case wrong: "tillfällen. vi
//! har", "missbrukare Sitter på". In a damaged document, a sentence after a full stop gets its
//! capital back, and a common word inside a sentence loses a capital it cannot have.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::restore::{Proposal, Shape};
use crate::token::{Kind, Token};
use crate::words::Words;
use crate::{FxHasher, Reason, WordEdit};

/// Letters whose capital is the small letter drawn larger.
pub(crate) fn size_only(c: char) -> bool {
    matches!(
        c.to_ascii_lowercase(),
        'c' | 'k' | 'o' | 'p' | 's' | 'v' | 'w' | 'x' | 'z'
    )
}

/// Abbreviations of three letters that end with a full stop inside a sentence.
const SHORT_ABBREVIATIONS: &[&str] = &[
    "kap", "tel", "avd", "ang", "bil", "ref", "adr", "jfr", "dvs", "osv", "obs", "tfn", "sid",
    "lgh", "ggr", "st", "mfl", "bla", "pga", "tex", "ev", "resp",
];

/// Abbreviations of four letters or more that end with a full stop inside a sentence.
const ABBREVIATIONS: &[&str] = &["resp", "forts", "inkl", "exkl", "ungef", "tillsv"];

/// Words after which a capitalised word inside a sentence is probably a name ("vid Centrum
/// för tjänsteforskning", "med Socialförvaltningen").
const BEFORE_NAMES: &[&str] = &[
    "och", "vid", "med", "på", "till", "från", "för", "i", "av", "hos", "om", "mot", "eller", "se",
    "heter", "kallas",
];

/// Nouns a name stands after in apposition ("föreningen Vågen", "projektet Vägen in").
const APPOSITION_NOUNS: &[&str] = &[
    "föreningen",
    "foreningen",
    "organisationen",
    "projektet",
    "nätverket",
    "natverket",
    "gruppen",
    "stiftelsen",
    "kampanjen",
    "serien",
    "programmet",
    "mottagningen",
    "boendet",
    "verksamheten",
    "enheten",
    "kaféet",
    "kafeet",
    "träffpunkten",
    "traffpunkten",
    // The plural ones list names ("verksamheterna Verkstaden och Trädgården").
    "föreningarna",
    "foreningarna",
    "organisationerna",
    "projekten",
    "grupperna",
    "verksamheterna",
    "enheterna",
    "mottagningarna",
    "boendena",
    // Rooms and halls are named too ("sal Älgen", "rummet Ekorren").
    "sal",
    "salen",
    "lokal",
    "lokalen",
    "rum",
    "rummet",
];

/// Least frequency (per billion) of a word lower-cased inside a sentence: a rare word with a
/// capital is more likely a name than a misread.
const MIN_LOWER_FREQUENCY: u32 = 2_000;
/// Least frequency (per billion) of a word whose capital inside sentences is a misread even
/// where the note repeats it.
const REPEATED_CAPITAL_WORD_FREQUENCY: u32 = 500_000;
/// The same right after a first name, where a capital is likelier a surname's.
const MIN_LOWER_AFTER_NAME: u32 = 10_000;

/// Confidence of a case correction.
const CONFIDENCE: f32 = 0.8;

/// Which of [`correct`]'s rules a call applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    /// All but the capital of a word after a full stop.
    Words,
    /// Only the capital of a word after a full stop: not for a rough scan, whose specks
    /// stand for stops ("upplever. stodet"), so that the case it read is the better guess.
    Stops,
    /// In a rough scan, only the capital of a word after a full stop that opens sentences
    /// and that no speck stands before inside one ([`OPENERS`]: "behandlare. vi föreslår").
    OpenerStops,
}

/// Words written with a size-only letter that open sentences, and that a sentence rarely has
/// inside it right after a word of four letters or more: after a full stop in a rough scan,
/// the stop is the sentence's end.
const OPENERS: &[&str] = &[
    "vi",
    "vad",
    "vem",
    "vilka",
    "vilken",
    "vilket",
    "varför",
    "vart",
    "vår",
    "vårt",
    "våra",
    "sedan",
    "samtidigt",
    "vidare",
];

/// Corrects the case of words in a damaged document (the caller runs the passes of this
/// module and of `docfix` only there); `edits` are the word edits so far, in
/// text order, and stay so.
pub(crate) fn correct(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
    pass: Pass,
) {
    let mut mid_capitals: Option<HashMap<&str, u32, BuildHasherDefault<FxHasher>>> = None;
    let mut written_as: Option<Written<'_>> = None;
    // (The capital after a stop needs no look at the paragraphs.)
    let openings = (pass == Pass::Words).then(|| paragraph_openings(laid, tokens));
    let small_starts = openings.is_some_and(lose_size_only_capitals);
    // Whether no paragraph begins with a small letter other than a size-only one (where one
    // does, the writer's small letters are meant).
    let no_small_other = openings.is_some_and(|(_, _, small_other)| small_other == 0);
    let mut readings: Readings = Vec::new();
    // Only a sentence's first word follows a full stop.
    let looked_at = |t: &Token| pass == Pass::Words || t.sentence_start;
    let stops = pass != Pass::Words;
    for (i, t, k) in crate::words_and_edits_where(tokens, edits, looked_at) {
        let edit = k.and_then(|k| edits.get(k));
        let Some(written) = laid.get(t.span.clone()) else {
            continue;
        };
        // A part of an e-mail address a scan spaced out ("jonas. wasterlund@ …") is no
        // sentence's word: its letters stay as written.
        // (The tokeniser keeps the "@" in the word, where a scan makes it of an ö.)
        if written.ends_with('@') {
            continue;
        }
        let current = edit.map_or(written, |e| &*e.proposal.replacement);
        // "12 September": a month's name after its day is written small; a scan's capital
        // there is a size-only letter read large or a speck. After a comma the number ends
        // a clause and the month may open a sentence whose full stop the scan read as a
        // comma ("oktober–december 2023, Juni hade"). "PÅ förra mötet": two capitals
        // before a small-letter word on the line are a word whose small å, ä or ö a scan
        // read as a capital (a heading in capitals stays).
        let special = if t.shape == Shape::Capitalised && !t.sentence_start {
            i.checked_sub(1)
                .and_then(|j| tokens.get(j))
                .filter(|p| {
                    p.kind == Kind::Number
                        && laid
                            .get(p.span.end..t.span.start)
                            .is_some_and(|gap| gap.bytes().all(|b| b == b' '))
                })
                .and_then(|_| crate::layout::month_named(current))
                .map(str::to_string)
        } else if t.shape == Shape::Upper
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.shape == Shape::Lower && same_line(laid, t, n))
        {
            small_second_letter(current)
        } else {
            None
        };
        // Only a word starting with a size-only letter or a capital Å, Ä, Ö can be changed
        // below: the others skip the look at their surroundings.
        if special.is_none()
            && !current
                .chars()
                .next()
                .is_some_and(|c| size_only(c) || matches!(c, 'Å' | 'Ä' | 'Ö'))
        {
            continue;
        }
        // A full stop ending the line before counts before a word that opens sentences (a
        // speck there, which scans leave at line ends, would make a sentence of a clause).
        let opener = || OPENERS.contains(&crate::text::lower(current).as_ref());
        let stop = match after_full_stop(laid, tokens, i) {
            Some(Stop::OnLine) => true,
            Some(Stop::LineBefore) => stops && opener(),
            Some(Stop::AfterShortWord) => pass == Pass::Stops,
            None => false,
        };
        if stops != stop || pass == Pass::OpenerStops && !opener() {
            continue;
        }
        let fixed = if special.is_some() {
            special
        } else if stop
            || t.break_before && opens_bullet_sentence(laid, tokens, i)
            || after_paragraph_sign(laid, tokens, i)
            || after_numbered_label(laid, tokens, i)
            || small_starts
                && (paragraph_start(laid, tokens, i) || after_leading_time(laid, tokens, i))
            // A paragraph under a heading or after a closed sentence that opens with a word
            // that opens sentences ("vi har", "om du"), whatever the note's other paragraphs
            // show.
            // (Told by the counts and the token's break before its text is looked at.)
            || no_small_other
                && paragraph_start(laid, tokens, i)
                && opener()
                && !after_connecting_stop(laid, t)
            || pass == Pass::Words && under_amount_line(laid, tokens, i)
            // The note's first word: its title's or its first sentence's ("valkommen till
            // …", whose size-only capital a scan read small).
            || pass == Pass::Words && i == 0 && paragraph_start(laid, tokens, i)
        {
            capitalised(current)
        } else if t.break_before
            && let Some(name) = first_name_at_line_start(laid, tokens, i, current, words)
        {
            Some(name)
        } else if current
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
        {
            // Only a capital is dropped below: a small letter is given one only as a name's,
            // where the paragraphs show that the scan lost such capitals ("i varnamo").
            // Elsewhere only a name the note itself writes with its capital ("Region
            // Västmanland" above "Region västmanland").
            // After a first name, a surname a scan wrote small ("Sture wahlin").
            let surname = after_name(laid, tokens, i, edits, words);
            if small_starts || surname {
                lost_name_capital(current, words, surname)
            } else if pass == Pass::Words && words.frequency(current).is_none() {
                capitalised(current).filter(|name| {
                    words
                        .name_frequency(name)
                        .is_some_and(|f| f >= LOST_CAPITAL_NAME_FREQUENCY)
                        && writes_capitalised(laid, tokens, edits, name)
                })
            } else {
                None
            }
        } else if (mid_sentence(laid, tokens, i, edits)
            || mark_inside_line(laid, tokens, i, written))
            && !in_english_name(laid, tokens, i, written)
            && !after_quote_mark(laid, t)
            && !adjective_of_a_name(laid, tokens, i, current)
        {
            if opener_after_long_word(laid, tokens, i, edits, current) {
                continue;
            }
            let counts = mid_capitals.get_or_insert_with(|| count_mid_capitals(laid, tokens));
            // After a first name a capital is a surname's ("Göran Ågren"), after a noun names
            // follow a name's ("sal Älgen"): only a common word loses it ("Birgitta Öppnar").
            let least = if after_name(laid, tokens, i, edits, words)
                || after_apposition_noun(laid, tokens, i)
                || after_comma(laid, tokens, i)
            {
                MIN_LOWER_AFTER_NAME
            } else {
                MIN_LOWER_FREQUENCY
            };
            lowered(
                written,
                current,
                words,
                after_plain_word(laid, tokens, i, edits),
                least,
                after_infinitive_marker(laid, tokens, i, edits),
            )
            .filter(|lower| {
                // A capital a note repeats inside sentences is a name's, unless the word is
                // one of the commonest ("Aven om" three times is still "även om").
                (counts.get(written).copied().unwrap_or(0) < 2
                    || words
                        .frequency(lower)
                        .is_some_and(|f| f >= REPEATED_CAPITAL_WORD_FREQUENCY))
                    && !written_as
                        .get_or_insert_with(|| Written::of(laid, tokens))
                        .name(written)
            })
        } else {
            None
        };
        let Some(fixed) = fixed else {
            continue;
        };
        if k.is_some() || fixed != written {
            readings.push((k, t.span.clone(), fixed));
        }
    }
    put_readings(edits, readings, Reason::Case, false);
    // An edit whose case correction undid it changes nothing.
    edits.retain(|e| laid.get(e.span.clone()) != Some(&*e.proposal.replacement));
}

/// Least frequency (per billion) of the word a capital vowel inside a word is read back into.
const INNER_CAPITAL_FREQUENCY: u32 = 1_000;

/// Reads back, in a damaged document, a capital A or O right after a word's first capital as
/// the small ä, å or ö a scan made of it ("FOreningar" → "Föreningar", "NAsta" → "Nästa"),
/// when that gives a known word and the word as written is none; and a capital I before a
/// small letter inside a word as the small l it was, the word then read as the lexicon knows
/// it ("M6Indal" → "Mölndal"). `edits` stay in text order.
pub(crate) fn inner_capitals(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mixed = |t: &Token| t.shape == Shape::Mixed;
    crate::propose_for_unchanged(laid, tokens, edits, mixed, |_, t, word| {
        if t.shape != Shape::Mixed {
            return None;
        }
        if let Some(fixed) = small_l_for_inner_i(word) {
            // "M6Indal", "MéIndal": a small l read as a capital I, then the word read as
            // the lexicon knows it (a listed name, or a common word).
            // The common confusions first, then the rarer ones ("MdIndal").
            let known = |tier| {
                let found = words.known_candidates(&fixed, tier, true);
                let (c, _, _) = found.with_frequencies().find(|(_, f, name)| {
                    name.is_some() || f.is_some_and(|f| f >= INNER_CAPITAL_FREQUENCY)
                })?;
                Some(c.text.to_owned())
            };
            let replacement = known(crate::confusion::Tier::Common)
                .or_else(|| known(crate::confusion::Tier::Rare))?;
            return Some(Proposal {
                replacement: replacement.into(),
                reason: Reason::Case,
                confidence: CONFIDENCE,
            });
        }
        Some(Proposal {
            replacement: second_capital_vowel(word, words)?.into(),
            reason: Reason::Case,
            confidence: CONFIDENCE,
        })
    });
    // A word the restorer read with such a capital left in it ("KAllstrém" as "KAllström").
    for e in edits.iter_mut() {
        if Shape::of(&e.proposal.replacement) == Shape::Mixed
            && let Some(fixed) = second_capital_vowel(&e.proposal.replacement, words)
        {
            e.proposal.replacement = fixed.into();
            e.proposal.reason = Reason::Case;
        }
    }
}

/// Least frequency (per billion) of the word a capital J or I inside a sentence is read as
/// when taken for the small l a scan misread ("i Janets" → "i länets").
const L_READING_FREQUENCY: u32 = 1_000;
/// Highest frequency (per billion) as a name of a word so read.
const L_READING_NAME_MAX: u32 = 1_000;

/// Reads a capitalised word inside a sentence that starts with a J or an I before a letter
/// no such word has after it, as the common word its first letter read as a small l makes
/// ("i Janets samverkansforum" → "länets", "att Ijuga" → "ljuga"), where that word is
/// common and the word as written a rare name at most. `edits` stay in text order.
pub(crate) fn l_for_capital_j_or_i(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mut readings: Readings = Vec::new();
    for (i, t, k) in crate::words_and_edits(tokens, edits) {
        if t.shape != Shape::Capitalised || t.sentence_start {
            continue;
        }
        // After a small-letter word on its line (the word may end its sentence: "och
        // Janet. Det …").
        if !word_before_on_line(laid, tokens, i).is_some_and(|(p, _)| p.shape == Shape::Lower) {
            continue;
        }
        let Some(written) = laid.get(t.span.clone()) else {
            continue;
        };
        let current = k
            .and_then(|k| edits.get(k))
            .map_or(written, |e| &*e.proposal.replacement);
        // A J before a vowel, or an I before a j: the l of "lä", "lå", "lj".
        let mut chars = written.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            continue;
        };
        let l_shaped = match first {
            'J' => matches!(second, 'a' | 'o' | 'å' | 'ä' | 'ö' | '&' | '4' | '6'),
            'I' => second == 'j',
            _ => false,
        };
        if !l_shaped
            || written.chars().count() < 4
            || words
                .name_frequency(current)
                .is_some_and(|f| f > L_READING_NAME_MAX)
        {
            continue;
        }
        let rest = written.get(first.len_utf8()..).unwrap_or("");
        let found =
            words.known_candidates(&format!("l{rest}"), crate::confusion::Tier::Common, false);
        let best = found
            .with_frequencies()
            .filter_map(|(c, f, _)| Some((f?, c.text)))
            .filter(|&(f, _)| f >= L_READING_FREQUENCY)
            .max_by_key(|&(f, _)| f);
        let Some((_, reading)) = best else {
            continue;
        };
        let reading = reading.to_owned();
        readings.push((k, t.span.clone(), reading));
    }
    put_readings(edits, readings, Reason::Misread, true);
}

/// `word` (a capital, a capital A or O, then small letters) with its second letter read as
/// the small å, ä or ö a scan read large, where that makes a common word or a listed name
/// ("HOgberg" → "Högberg", "KAllström" → "Källström"); `None` for any other word.
fn second_capital_vowel(word: &str, words: &Words) -> Option<String> {
    let mut chars = word.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    let rest = chars.as_str();
    let readings: &[char] = match second {
        'A' => &['ä', 'å'],
        'O' => &['ö'],
        'Å' | 'Ä' | 'Ö' => &[],
        _ => return None,
    };
    if !first.is_uppercase() || rest.chars().count() < 2 || !rest.chars().all(char::is_lowercase) {
        return None;
    }
    // Restored already, but left large ("KÄllström"): no word is written so.
    if readings.is_empty() {
        return Some(format!("{first}{}{rest}", second.to_lowercase()));
    }
    let lower_first: String = first.to_lowercase().collect();
    if words
        .frequency(&format!(
            "{lower_first}{}{rest}",
            second.to_ascii_lowercase()
        ))
        .is_some()
    {
        return None; // the word reads as written, its capital aside
    }
    // A common word, or a listed name ("HOgberg" → "Högberg"); failing both, a listed
    // name with one more of its letters marked ("MOllevangen" → "Möllevången").
    let weigh = |v: char, rest: &str| {
        words
            .frequency(&format!("{lower_first}{v}{rest}"))
            .filter(|&f| f >= INNER_CAPITAL_FREQUENCY)
            .or_else(|| words.name_frequency(&format!("{first}{v}{rest}")))
    };
    let best = readings
        .iter()
        .filter_map(|&v| Some((weigh(v, rest)?, v, rest.to_string())))
        .max_by_key(|&(f, _, _)| f)
        .or_else(|| {
            readings
                .iter()
                .flat_map(|&v| marked_once(rest).map(move |r| (v, r)))
                .filter_map(|(v, r)| {
                    let f = words.name_frequency(&format!("{first}{v}{r}"))?;
                    Some((f, v, r))
                })
                .max_by_key(|&(f, _, _)| f)
        });
    let (_, v, rest) = best?;
    Some(format!("{first}{v}{rest}"))
}

/// `word` (a capital, then no other capital but I) with each I that follows its first
/// letter and comes before a small letter read as a small l ("M6Indal" → "M6lndal");
/// `None` when there is none.
fn small_l_for_inner_i(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    if !chars.first()?.is_uppercase() || chars.len() < 4 {
        return None;
    }
    let mut any = false;
    let mut out = String::with_capacity(word.len());
    for (k, &c) in chars.iter().enumerate() {
        if k > 0 && c.is_uppercase() {
            if c != 'I' || !chars.get(k + 1).is_some_and(|n| n.is_lowercase()) {
                return None;
            }
            out.push('l');
            any = true;
        } else {
            out.push(c);
        }
    }
    any.then_some(out)
}

/// `rest` with one of its a's read as å or ä, or one of its o's as ö, each way in turn.
fn marked_once(rest: &str) -> impl Iterator<Item = String> + '_ {
    rest.char_indices().flat_map(move |(i, c)| {
        let marks: &[char] = match c {
            'a' => &['å', 'ä'],
            'o' => &['ö'],
            _ => &[],
        };
        marks.iter().map(move |m| {
            let mut s = String::with_capacity(rest.len() + 1);
            s.push_str(rest.get(..i).unwrap_or(""));
            s.push(*m);
            s.push_str(rest.get(i + c.len_utf8()..).unwrap_or(""));
            s
        })
    })
}

/// A two-letter word of capitals ending in Å, Ä or Ö ("PÅ", "SÅ") with that letter small.
fn small_second_letter(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    if chars.next().is_some() || !first.is_ascii_uppercase() {
        return None;
    }
    let small = match second {
        'Å' => 'å',
        'Ä' => 'ä',
        'Ö' => 'ö',
        _ => return None,
    };
    Some(format!("{first}{small}"))
}

/// Least frequency (per billion) of a listed name a small-letter word is read as.
const LOST_CAPITAL_NAME_FREQUENCY: u32 = 300;

/// The listed name that `word`, starting with a size-only letter in small and known as no
/// word, reads as with that letter capitalised and the usual confusions ("varnamo" →
/// "Värnamo").
fn lost_name_capital(word: &str, words: &Words, after_first_name: bool) -> Option<String> {
    let capital = capitalised(word)?;
    // (A compound of three parts or more is a weak reading against a listed name:
    // "väst|man|land" for "Västmanland". After a first name a surname made of words is
    // likelier: "säf|ström" for Säfström.)
    if words.frequency(word).is_some()
        || !after_first_name && words.compound(word).is_some_and(|c| c.parts <= 2)
        || !word.chars().all(char::is_alphabetic)
    {
        return None;
    }
    // After a first name any listed name, however rare, is likelier than a word nothing
    // knows.
    let least = if after_first_name {
        0
    } else {
        LOST_CAPITAL_NAME_FREQUENCY
    };
    let found = words.known_candidates(&capital, crate::confusion::Tier::Common, true);
    let (c, _, _) = found
        .with_frequencies()
        .find(|(_, _, name)| name.is_some_and(|f| f >= least))?;
    Some(c.text.to_owned())
}

/// Whether the note reads `name` (capitalised) at some word, as restored so far.
fn writes_capitalised(laid: &str, tokens: &[Token], edits: &[WordEdit], name: &str) -> bool {
    tokens.iter().any(|t| {
        t.kind == Kind::Word
            && t.shape == Shape::Capitalised
            && crate::reads_now(laid, edits, &t.span) == Some(name)
    })
}

/// `word` with its first letter capitalised, when that letter is a size-only one in small.
fn capitalised(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    if !first.is_ascii_lowercase() || !size_only(first) {
        return None;
    }
    Some(first.to_ascii_uppercase().to_string() + chars.as_str())
}

/// `word` (the restoration of `written`) with its capital dropped, when it is a capitalised
/// common word and not a name, and its capital is a size-only letter or an OCR mark for å, ä
/// or ö ("forra Aret" restored as "förra Året").
fn lowered(
    written: &str,
    word: &str,
    words: &Words,
    plain_before: bool,
    least: u32,
    verb_expected: bool,
) -> Option<String> {
    let first = word.chars().next()?;
    let mark = matches!(first, 'Å' | 'Ä' | 'Ö')
        && written
            .chars()
            .next()
            .is_some_and(|w| w.is_ascii_uppercase());
    if !(first.is_ascii_uppercase() && size_only(first) || mark)
        || Shape::of(word) != Shape::Capitalised
    {
        return None;
    }
    // A lone capital is a letter of its own: a hall, a list item, an initial ("hall C").
    word.chars().nth(1)?;
    let lower = word.to_lowercase();
    // A name keeps its capital, unless a verb is due and the word is one of the commonest
    // ("ska Vara drogfria": the place Vara is no verb).
    if words.name_frequency(word).is_some()
        && !(verb_expected
            && words
                .frequency(&lower)
                .is_some_and(|f| f >= COMMON_VERB_FREQUENCY))
    {
        return None;
    }
    // A scan's capital for a small å, ä or ö after a plain small word ("alltid Aterkoppla
    // när") says nothing of a name: any known word or compound takes its small letter back,
    // however rare. After a name or a word names follow ("Fatima Ödlund", "till
    // Återhämtningsskolan") a rare word keeps its capital.
    let any = mark && plain_before;
    let known = match words.frequency(&lower) {
        Some(f) => f >= least || any,
        None => any && words.compound(&lower).is_some(),
    };
    known.then_some(lower)
}

/// Gives a surname no list holds its capital on a "Name Surname, organisation" line where a
/// scan read its size-only first letter small ("Per-Erik wänström, Pajala kommun"): a word
/// of letters the lexicon does not know or knows as a rare word, after a listed first name
/// that opens the line, before a comma. For a document with a scan's damage; `edits` stay
/// in text order.
pub(crate) fn surnames_on_name_lines(
    laid: &str,
    tokens: &[Token],
    edits: &mut Vec<WordEdit>,
    words: &Words,
) {
    let mut readings: Readings = Vec::new();
    for (i, t, k) in crate::words_and_edits(tokens, edits) {
        // (Told by its shape and first byte before anything is looked up.)
        if t.shape != Shape::Lower
            || !laid
                .as_bytes()
                .get(t.span.start)
                .is_some_and(|&b| size_only(char::from(b)))
            || !name_line_surname(laid, tokens, i)
        {
            continue;
        }
        let Some(current) = crate::reads_now(laid, edits, &t.span) else {
            continue;
        };
        if words
            .frequency(current)
            .is_some_and(|f| f >= MIN_LOWER_FREQUENCY)
            || !current.chars().all(char::is_alphabetic)
            || !after_name(laid, tokens, i, edits, words)
        {
            continue;
        }
        // A listed name the letters read as first ("Sture wahlin" → "Wåhlin").
        let Some(fixed) = lost_name_capital(current, words, true).or_else(|| capitalised(current))
        else {
            continue;
        };
        readings.push((k, t.span.clone(), fixed));
    }
    put_readings(edits, readings, Reason::Case, false);
}

/// A reading per token: the index of the token's edit, if it has one, its span, and the
/// text to read there.
type Readings = Vec<(Option<usize>, std::ops::Range<usize>, String)>;

/// Puts `readings` into `edits` (in text order, and kept so): into a token's edit where it
/// has one (its reason then `reason` too when `retag`), as a new edit of `reason` otherwise.
fn put_readings(edits: &mut Vec<WordEdit>, readings: Readings, reason: Reason, retag: bool) {
    let mut added: Vec<WordEdit> = Vec::new();
    for (k, span, reading) in readings {
        match k.and_then(|k| edits.get_mut(k)) {
            Some(e) => {
                e.proposal.replacement = reading.into();
                if retag {
                    e.proposal.reason = reason;
                }
            }
            None => added.push(WordEdit {
                span,
                proposal: Proposal {
                    replacement: reading.into(),
                    reason,
                    confidence: CONFIDENCE,
                },
            }),
        }
    }
    crate::add_edits(edits, added);
}

/// Whether token `i` is the surname of a "Name Surname, organisation" line: the first name
/// before it (a double one too, "Per-Erik") opens the line, and a comma follows it.
fn name_line_surname(laid: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(t), Some(p)) = (tokens.get(i), i.checked_sub(1).and_then(|j| tokens.get(j))) else {
        return false;
    };
    let opens = p.break_before
        || i.checked_sub(2)
            .and_then(|j| tokens.get(j))
            .is_some_and(|f| f.break_before && laid.get(f.span.end..p.span.start) == Some("-"));
    opens && laid.get(t.span.end..).is_some_and(|r| r.starts_with(','))
}

/// Whether token `i` follows, on its line and after a space only, a word that reads as a
/// listed name (with `edits`, in text order), or a double one ("Per-Erik"): a first name
/// before a surname.
fn after_name(laid: &str, tokens: &[Token], i: usize, edits: &[WordEdit], words: &Words) -> bool {
    // A double first name is two names ("Per-Erik").
    let name = |w: &str| {
        words.name_frequency(w).is_some()
            || w.split_once('-').is_some_and(|(a, b)| {
                words.name_frequency(a).is_some() && words.name_frequency(b).is_some()
            })
    };
    word_before_on_line(laid, tokens, i).is_some_and(|(p, written)| {
        (p.shape == Shape::Capitalised || p.shape == Shape::Mixed && written.contains('-'))
            && gap_to(laid, p, tokens, i).is_some_and(|gap| gap.trim().is_empty())
            && crate::reads_now(laid, edits, &p.span).is_some_and(name)
    })
}

/// Whether `written` (token `i`) is an English word after an English word: a capital in an
/// English name of a method ("Individual Placement and Support") is meant.
fn in_english_name(laid: &str, tokens: &[Token], i: usize, written: &str) -> bool {
    crate::english_word(written)
        && i.checked_sub(1)
            .and_then(|j| tokens.get(j))
            .and_then(|p| laid.get(p.span.clone()))
            .is_some_and(crate::english_word)
}

/// Whether token `i` follows a comma after the word before it: the next item of a list,
/// which may be a name ("150 kronor per år, Swish 123 609 44 18").
fn after_comma(laid: &str, tokens: &[Token], i: usize) -> bool {
    word_before_on_line(laid, tokens, i)
        .is_some_and(|(p, _)| gap_to(laid, p, tokens, i).is_some_and(|gap| gap.contains(',')))
}

/// Least frequency (per billion) of a word that loses a name's capital where a verb is due.
const COMMON_VERB_FREQUENCY: u32 = 100_000;

/// Whether token `i` follows, on its line and after a space, a word (as read now) after which
/// an infinitive is due ([`crate::context::before_infinitive`]: a marker, or a modal in the
/// infinitive, "ska få Vara med").
fn after_infinitive_marker(laid: &str, tokens: &[Token], i: usize, edits: &[WordEdit]) -> bool {
    word_before_on_line(laid, tokens, i).is_some_and(|(p, _)| {
        p.shape == Shape::Lower
            && gap_to(laid, p, tokens, i).is_some_and(|gap| gap == " ")
            && crate::context::before_infinitive(crate::reads_now(laid, edits, &p.span))
    })
}

/// Whether token `i` follows, on its line, a noun names stand after ("föreningen", "sal").
fn after_apposition_noun(laid: &str, tokens: &[Token], i: usize) -> bool {
    word_before_on_line(laid, tokens, i).is_some_and(|(_, w)| {
        APPOSITION_NOUNS.contains(&w) || NAMED_SERVICES.iter().any(|s| w.ends_with(s))
    })
}

/// Endings of nouns a named service stands after ("stödtelefon Omtanke", "chattlinjen
/// Mind"), whatever the scan made of the compound's head.
const NAMED_SERVICES: &[&str] = &["telefon", "telefonen", "linjen", "appen", "chatten"];

/// Whether token `i` (`current`, a capitalised word ending in -a or -e) stands before a
/// small-letter noun in its definite form with no article or possessive before it ("polisen,
/// Svenska kyrkan", "Stora torget"): an adjective comes so only in a name, where a noun's
/// definite form otherwise wants "den", "det" or "de" before its adjective. Words that take
/// a definite noun alone ("sista dagen", "samma vecka", superlatives) are not such
/// adjectives.
fn adjective_of_a_name(laid: &str, tokens: &[Token], i: usize, current: &str) -> bool {
    const ALONE: &[&str] = &[
        "sista", "samma", "själva", "övriga", "vissa", "somliga", "andra", "nästa", "förra",
        "hela", "halva", "båda", "enda",
    ];
    let lower = crate::text::lower(current);
    if lower.chars().count() < 4
        || !lower.ends_with(['a', 'e'])
        || lower.ends_with("sta")
        || lower.ends_with("ste")
        || ALONE.contains(&lower.as_ref())
    {
        return false;
    }
    let (Some(t), Some(n)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    let definite = n.shape == Shape::Lower
        && n.kind == Kind::Word
        && laid.get(t.span.end..n.span.start) == Some(" ")
        && laid.get(n.span.clone()).is_some_and(|w| {
            w.chars().count() >= 5 && ["en", "et", "an", "na"].iter().any(|e| w.ends_with(e))
        });
    // An article, a demonstrative or a possessive before the adjective.
    let determiner = |w: &str| {
        crate::context::POSSESSIVES.contains(&w)
            || matches!(
                w,
                "den" | "det" | "de" | "dom" | "denna" | "detta" | "dessa" | "er" | "var" | "vad"
            )
    };
    definite
        && !word_before_on_line(laid, tokens, i)
            .is_some_and(|(_, w)| determiner(&crate::text::lower(w)))
}

/// Whether token `i` follows a small-letter word on its line that names do not follow
/// (not "till", "föreningen" and the like), read as restored so far (a scan's "fran" is
/// "från"), with nothing but a space between: after a comma a list's next item may be a
/// name ("Tyko Fröling, medkursledare, Återhämtningsskolan").
fn after_plain_word(laid: &str, tokens: &[Token], i: usize, edits: &[WordEdit]) -> bool {
    word_before_on_line(laid, tokens, i).is_some_and(|(p, _)| {
        p.shape == Shape::Lower
            && gap_to(laid, p, tokens, i).is_some_and(|gap| !gap.contains(','))
            && !names_follow(crate::reads_now(laid, edits, &p.span))
    })
}

/// Whether `current` (token `i`) is a capitalised sentence opener ([`OPENERS`]) after a word
/// of four letters or more that opens no clause of its own: the sentence before ended there
/// and the scan lost its full stop ("Kalkylarket är sårbart Vi vill", "väntetiden, Vi
/// behöver"), rather than read a small letter large.
fn opener_after_long_word(
    laid: &str,
    tokens: &[Token],
    i: usize,
    edits: &[WordEdit],
    current: &str,
) -> bool {
    let Some((p, _)) = word_before_on_line(laid, tokens, i) else {
        return false;
    };
    let lower = crate::text::lower(current);
    OPENERS.contains(&lower.as_ref())
        && crate::reads_now(laid, edits, &p.span).is_some_and(|w| {
            w.chars().count() >= 4
                && w.chars().all(char::is_alphabetic)
                && !CLAUSE_OPENERS.contains(&crate::text::lower(w).as_ref())
        })
}

/// Words of four letters or more that a sentence goes on after with an opener: those that
/// open a clause the next word belongs to ("eftersom vi", "medan vi") and those an indirect
/// question follows ("vet inte vart", "undrar vad").
const CLAUSE_OPENERS: &[&str] = &[
    "eftersom",
    "medan",
    "innan",
    "fast",
    "därför",
    "sedan",
    "trots",
    "såvida",
    "ifall",
    "vilket",
    "vilka",
    "vilken",
    "både",
    "eller",
    "utan",
    "inte",
    "aldrig",
    "undrar",
    "frågar",
    "fråga",
    "berätta",
    "berättar",
    "visste",
    "veta",
    "förstå",
    "förstår",
    "oavsett",
];

/// Whether names follow word `w` (small, as read now): a preposition or a noun in
/// apposition ("till", "föreningen").
fn names_follow(w: Option<&str>) -> bool {
    w.is_some_and(|w| BEFORE_NAMES.contains(&w) || APPOSITION_NOUNS.contains(&w))
}

/// What stands between the word token `p` and token `i` (punctuation, spaces).
fn gap_to<'l>(laid: &'l str, p: &Token, tokens: &[Token], i: usize) -> Option<&'l str> {
    tokens
        .get(i)
        .and_then(|t| laid.get(p.span.end..t.span.start))
}

/// The word token before token `i`, on the same line, with its text as written.
fn word_before_on_line<'t, 'l>(
    laid: &'l str,
    tokens: &'t [Token],
    i: usize,
) -> Option<(&'t Token, &'l str)> {
    let t = tokens.get(i)?;
    let p = tokens.get(i.checked_sub(1)?)?;
    (p.kind == Kind::Word && same_line(laid, p, t))
        .then(|| laid.get(p.span.clone()).map(|w| (p, w)))
        .flatten()
}

/// Where the full stop, question or exclamation mark that ends the sentence before a word
/// stands: on the word's line (or a question's line of its own), or at the end of the line
/// before, where a rough scan also leaves specks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    OnLine,
    LineBefore,
    /// On the line, after a word of three letters before a word that opens sentences: taken
    /// only where the scan leaves few specks.
    AfterShortWord,
}

/// Whether token `i` follows a full stop, question or exclamation mark that ends a sentence
/// (a full stop after a word long enough not to be an abbreviation), and where it stands.
fn after_full_stop(laid: &str, tokens: &[Token], i: usize) -> Option<Stop> {
    let t = tokens.get(i)?;
    let p = tokens.get(i.checked_sub(1)?)?;
    let between = laid.get(p.span.end..t.span.start)?;
    // A question on a line of its own, after a finished sentence or a blank line (the
    // questions of an interview).
    // (The gaps between tokens are short: looked through byte by byte.)
    let (mark, at) = if let Some(nl) = between.bytes().rposition(|b| b == b'\n') {
        let before = between.get(..nl).unwrap_or("");
        let line = laid.get(t.span.start..).unwrap_or("");
        let line = line.split('\n').next().unwrap_or("");
        let after_blank_or_stop = between.get(nl + 1..).is_some_and(|s| s.trim().is_empty())
            && (before.contains('\n') || before.trim_end().ends_with(['.', '!', '?']));
        if after_blank_or_stop && line.trim_end().ends_with('?') {
            return Some(Stop::OnLine);
        }
        // A mark right before the line break (a rough scan's speck stands there too:
        // "skulle.\nkunna"; the caller weighs that).
        match before.chars().next() {
            Some(c @ ('.' | '!' | '?'))
                if before.get(1..).is_some_and(|s| s.trim().is_empty())
                    && !before.contains('\n')
                    && between.get(nl + 1..).is_some_and(|s| s.trim().is_empty()) =>
            {
                (c, Stop::LineBefore)
            }
            _ => return None,
        }
    } else {
        // Otherwise only a stop followed by spaces on the same line counts.
        let mut rest = between.chars();
        let spaces = rest.as_str().get(1..).unwrap_or("");
        match rest.next() {
            Some(c @ ('.' | '!' | '?'))
                if !spaces.is_empty() && spaces.bytes().all(|b| b == b' ') =>
            {
                (c, Stop::OnLine)
            }
            _ => return None,
        }
    };
    let prev = laid.get(p.span.clone())?;
    // A question or an exclamation ends its sentence after any word ("enligt LSS? vad …"):
    // no abbreviation ends so.
    if mark != '.' {
        return matches!(p.kind, Kind::Word | Kind::Number).then_some(at);
    }
    // "igenom. och läggs", "första. kurs": a stop inside a sentence is a scan's speck, which
    // `docfix::speck_stops` takes away.
    if laid
        .get(t.span.clone())
        .is_some_and(|next| crate::docfix::speck_stop(prev, next))
    {
        return None;
    }
    // (A scan's 6 or 4 for a marked letter is a letter of the word: "Uppf6ljning. vi".) A
    // word of three letters ends a sentence before a word that opens sentences ("fina ord.
    // vad säger du"), unless it is an abbreviation.
    let opener = || {
        laid.get(t.span.clone())
            .is_some_and(|next| OPENERS.contains(&crate::text::lower(next).as_ref()))
    };
    // "på Tallbackavägen 4. vi har öppet": a number's stop before a word that opens
    // sentences (on the line, where the scan leaves few specks).
    if p.kind == Kind::Number {
        return opener().then_some(match at {
            Stop::OnLine => Stop::AfterShortWord,
            other => other,
        });
    }
    let letters = prev.chars().count();
    if p.kind != Kind::Word
        || !prev
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '4' | '6'))
    {
        return None;
    }
    let lower = prev.to_lowercase();
    if letters >= 4 {
        (!ABBREVIATIONS.contains(&lower.as_str())).then_some(at)
    } else {
        (letters == 3
            && matches!(at, Stop::OnLine)
            && !SHORT_ABBREVIATIONS.contains(&lower.as_str())
            && opener())
        .then_some(Stop::AfterShortWord)
    }
}

/// Whether word token `i` opens a bullet item that is a whole sentence: it follows a bullet
/// mark at its line's start, and the line ends with a full stop, a question or exclamation
/// mark ("- vad gjorde att du fick hjälp?").
fn opens_bullet_sentence(laid: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    let Some(before) = laid.get(..t.span.start) else {
        return false;
    };
    // The layout stage has written every bullet, typographic or misread, as "-".
    let mut lines = before.rsplit('\n');
    if lines.next().unwrap_or("").trim() != "-" {
        return false;
    }
    // The last item of a list that runs as one sentence ("- omval av …, två år,", "- nyval
    // av …, ett år.") goes on as the items before it do.
    if lines
        .map(str::trim_end)
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.starts_with("- ") && l.ends_with([',', ';']))
    {
        return false;
    }
    laid.get(t.span.start..)
        .and_then(|rest| rest.split('\n').next())
        .is_some_and(|line| line.trim_end().ends_with(['.', '?', '!']))
}

/// Whether token `i` begins a paragraph: it opens the text, or the first line after a blank
/// line that follows the end of a sentence; and it is a word, not the start of an address
/// ("www.", "info@").
fn paragraph_start(laid: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    // A blank line before the word is a line break, which the tokeniser marks: most words
    // follow a space, and are told without looking at the text.
    if t.kind != Kind::Word || i > 0 && !t.break_before {
        return false;
    }
    let before = match i.checked_sub(1).and_then(|j| tokens.get(j)) {
        Some(p) => laid.get(p.span.end..t.span.start),
        None => laid.get(..t.span.start),
    };
    let Some(before) = before else {
        return false;
    };
    let opens = if i == 0 {
        before.trim().is_empty()
    } else {
        // A blank line right before the word (looked for first, and first in the whole gap
        // before it: most words follow a space), and the paragraph before ends a sentence (a
        // blank line inside a sentence is a gap a scan left).
        let breaks = |s: &str| s.bytes().filter(|&b| b == b'\n').count();
        breaks(before) >= 2
            && breaks(before.get(before.trim_end().len()..).unwrap_or("")) >= 2
            && laid
                .get(..t.span.start)
                .map(str::trim_end)
                .is_some_and(|b| {
                    // A closing bracket or quote after the sentence's mark ("flera bord?)").
                    b.trim_end_matches([')', '"', '”', '’', '\''])
                        .ends_with(['.', '!', '?', ':'])
                        || heading_line(b)
                })
    };
    if !opens {
        return false;
    }
    let address = laid
        .get(t.span.end..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| matches!(c, '.' | '@' | ':' | '/'))
        && laid
            .get(t.span.end..)
            .and_then(|rest| rest.chars().nth(1))
            .is_some_and(|c| !c.is_whitespace());
    !address && !small_abbreviation_before_number(laid, t)
}

/// Whether token `t` is an abbreviation written small before a number wherever it stands
/// ("kl. 9.30–9.45", "ca 40 personer"): a programme's line opens with it so.
fn small_abbreviation_before_number(laid: &str, t: &Token) -> bool {
    let word = laid.get(t.span.clone()).unwrap_or("");
    let rest = laid.get(t.span.end..).unwrap_or("");
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    crate::docfix::ABBREVIATIONS_BEFORE_NUMBERS.contains(&word)
        && rest
            .strip_prefix(' ')
            .unwrap_or(rest)
            .starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the paragraphs of the text, counted by [`paragraph_openings`], show a scan that
/// lost the capitals it could not tell from small letters: paragraphs that begin with a
/// letter other than a size-only one
/// begin with a capital (at least two of them, and at most one in eight does not), and more
/// begin with a small size-only letter ("vi har", "om du") than with another small letter.
fn lose_size_only_capitals(
    (capitals, small_size_only, small_other): (usize, usize, usize),
) -> bool {
    // One paragraph of a scan's garble ("aRwoONnH" for a signature) among many that begin
    // with their capitals says nothing of the writer.
    capitals >= 2 && small_size_only > small_other && small_other * 8 <= capitals
}

/// How many paragraphs of the text begin with a capital other than a size-only one, with a
/// small size-only letter, and with another small letter.
fn paragraph_openings(laid: &str, tokens: &[Token]) -> (usize, usize, usize) {
    let (mut capitals, mut small_size_only, mut small_other) = (0, 0, 0);
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Word || !paragraph_start(laid, tokens, i) {
            continue;
        }
        let Some(first) = laid.get(t.span.clone()).and_then(|w| w.chars().next()) else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        match (size_only(first), first.is_uppercase()) {
            (false, true) => capitals += 1,
            (false, false) => small_other += 1,
            (true, false) => small_size_only += 1,
            (true, true) => {}
        }
    }
    (capitals, small_size_only, small_other)
}

/// Whether the text before `t` ends in a word a sentence goes on from and a full stop ("…
/// från den 4 mars, och."): a scan's speck, not the sentence's end. Asked only before a
/// sentence opener written small: in [`paragraph_start`] itself it would also part the
/// sentences that end in "det", "den" or "är", and it raised three sets' totals there.
fn after_connecting_stop(laid: &str, t: &Token) -> bool {
    laid.get(..t.span.start)
        .map(str::trim_end)
        .and_then(|before| before.strip_suffix('.'))
        .is_some_and(|before| {
            let last = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            CONNECTING.contains(&last)
        })
}

/// Words a line that a sentence goes on from may end with; a heading ends with none.
pub(crate) const CONNECTING: &[&str] = &[
    "och", "eller", "samt", "men", "att", "som", "i", "på", "av", "för", "med", "till", "om",
    "från", "hos", "vid", "under", "efter", "mot", "en", "ett", "den", "det", "de", "är", "har",
    "kan", "ska", "the", "pa", "ar", "for", "fran",
];

/// Whether the last line of `before` (which ends there) reads as a heading or a label line:
/// short, opening with a capital or a digit, and not ending in a comma, hyphen or connecting
/// word a sentence would go on from. It may close a block of such lines the layout kept
/// apart (a title block: "Guide för brukarrepresentanter\nReviderad 2024-03-14"); the last
/// line of a wrapped paragraph is joined to it by then, and too long.
fn heading_line(before: &str) -> bool {
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.get(start..).unwrap_or("").trim();
    let last = line.rsplit(' ').next().unwrap_or("");
    // "När: tisdag 4 mars, kl. 10.00–15.00": a label line of an invitation, however long.
    let label = line
        .split_once(": ")
        .is_some_and(|(l, _)| (2..=12).contains(&l.len()) && l.chars().all(char::is_alphabetic));
    line.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && (label || (1..=60).contains(&line.chars().count()))
        && !line.ends_with([',', '-', '–', ';'])
        && !CONNECTING.contains(&last)
}

/// Whether token `i` is the first word of a line that opens with a time or a span of times
/// ("10:30 Vad är kamratstöd?", the lines of a schedule).
fn after_leading_time(laid: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if i == 0 || t.break_before || !tokens.get(i - 1).is_some_and(|p| p.kind == Kind::Number) {
        return false;
    }
    let before = laid.get(..t.span.start).unwrap_or("");
    let line = before
        .get(before.rfind('\n').map_or(0, |n| n + 1)..)
        .unwrap_or("");
    // The time as the layout stage tells a schedule line, then nothing but times before the
    // word ("10:00–12:00 Lunch").
    crate::layout::starts_with_time(line)
        && line
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | '–' | ' '))
}

/// Whether token `t` follows a quote mark right before it: a quoted title or saying opens
/// with its own capital ("”Sömn och vardagsrytm”").
fn after_quote_mark(laid: &str, t: &Token) -> bool {
    laid.get(..t.span.start)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| matches!(c, '”' | '“' | '"' | '»' | '«' | '„'))
}

/// Whether word `i` starts its line right under a line that ends with an amount or a number,
/// and its own line ends so ("Kommunikation 21 000 kr" / "summa 980 000 kr"): an item of a
/// list of figures, whose size-only capital a scan read small. (The layout stage joins a
/// sentence the page wrapped after a number; in the notes a line so kept apart never opens
/// small.)
fn under_amount_line(laid: &str, tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if i == 0 || !t.break_before || t.kind != Kind::Word {
        return false;
    }
    let Some(before) = laid.get(..t.span.start) else {
        return false;
    };
    // Right under: one line break, then only the line's indentation.
    let Some(line_end) = before.rfind('\n') else {
        return false;
    };
    if !before[line_end + 1..]
        .bytes()
        .all(|b| b == b' ' || b == b'\t')
    {
        return false;
    }
    let above = &before[..line_end];
    let line_above = above
        .get(above.rfind('\n').map_or(0, |n| n + 1)..)
        .unwrap_or("");
    let rest = laid.get(t.span.start..).unwrap_or("");
    let own_line = rest
        .get(..rest.find('\n').unwrap_or(rest.len()))
        .unwrap_or("");
    // Items of their own, the word's line and the one above: some words, then the figure.
    let item = |line: &str| {
        let line = line.trim_end();
        line.split_whitespace().count() >= 2
            && (line.ends_with(|c: char| c.is_ascii_digit())
                || line.ends_with(" kr")
                || line.ends_with(" kronor"))
    };
    item(line_above) && item(own_line)
}

/// `word` (token `i`, first on its line) capitalised, when that makes a listed first name and
/// a capitalised word follows on the line: a person's name in a list ("séren Backman,
/// Föreningen Ankaret"), whose size-only capital a scan read small.
fn first_name_at_line_start(
    laid: &str,
    tokens: &[Token],
    i: usize,
    word: &str,
    words: &Words,
) -> Option<String> {
    let t = tokens.get(i)?;
    let line_start = laid
        .get(..t.span.start)?
        .rsplit('\n')
        .next()
        .is_some_and(|lead| lead.trim().is_empty());
    let next = tokens.get(i + 1)?;
    if !line_start || next.kind != Kind::Word || !same_line(laid, t, next) {
        return None;
    }
    let next_capitalised = laid
        .get(next.span.clone())?
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let name = capitalised(word)?;
    (next_capitalised && words.name_frequency(&name).is_some()).then_some(name)
}

/// Whether no line break stands between tokens `a` and `b`.
pub(crate) fn same_line(laid: &str, a: &Token, b: &Token) -> bool {
    laid.get(a.span.end..b.span.start)
        .is_some_and(|s| !s.bytes().any(|b| b == b'\n'))
}

/// Whether token `i` stands inside a sentence between small-letter words on its line: after
/// a small-letter word, and before one or nothing.
fn mid_sentence(laid: &str, tokens: &[Token], i: usize, edits: &[WordEdit]) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if t.sentence_start {
        return false;
    }
    let same_line = |a: &Token, b: &Token| same_line(laid, a, b);
    let lower_word = |tok: &Token| tok.kind == Kind::Word && tok.shape == Shape::Lower;
    let Some(p) = i.checked_sub(1).and_then(|j| tokens.get(j)) else {
        return false;
    };
    if !same_line(p, t) || !lower_word(p) {
        return false;
    }
    // A bracketed aside of a transcript ("[skratt] Klassiskt.") ends before a new sentence.
    if gap_to(laid, p, tokens, i).is_some_and(|g| g.contains(']')) {
        return false;
    }
    if names_follow(crate::reads_now(laid, edits, &p.span)) {
        return false;
    }
    match tokens.get(i + 1) {
        Some(n) if same_line(t, n) => lower_word(n) || n.kind == Kind::Number,
        _ => true,
    }
}

/// Whether token `i` is the first word of a minutes' paragraph heading, after "§" and its
/// number at the line's start ("§ 2 val av justerare"), which opens with a capital.
fn after_paragraph_sign(laid: &str, tokens: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|j| tokens.get(j)) else {
        return false;
    };
    p.kind == Kind::Number
        && tokens.get(i).is_some_and(|t| same_line(laid, p, t))
        && line_lead(laid, p) == Some("§")
}

/// Whether token `i` opens a whole sentence after a numbered label at the line's start
/// ("Fråga 2: vad är viktigast för dig?", "Punkt 3: vi beslutade …."; the layout stage's
/// [`crate::layout::label_of`]), which opens with a capital; a scan read a size-only one
/// small.
fn after_numbered_label(laid: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(p), Some(t)) = (i.checked_sub(1).and_then(|j| tokens.get(j)), tokens.get(i)) else {
        return false;
    };
    // The number, a colon and a space on one line ("2: vad").
    let between = laid.get(p.span.end..t.span.start).unwrap_or("");
    if p.kind != Kind::Number || between.trim() != ":" || between.contains('\n') {
        return false;
    }
    let line_start = laid
        .get(..p.span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |k| k + 1);
    let line = laid
        .get(line_start..)
        .and_then(|rest| rest.split('\n').next())
        .unwrap_or("");
    // The label ends with this number (a word and the number), and the line with a sentence.
    crate::layout::label_of(line).is_some_and(|label| {
        label.contains(' ') && laid.get(p.span.clone()).is_some_and(|n| label.ends_with(n))
    }) && line.trim_end().ends_with(['?', '.', '!'])
}

/// What stands before token `t` on its line, trimmed ("§" before "§ 2", "" before a number
/// opening the line).
fn line_lead<'a>(laid: &'a str, t: &Token) -> Option<&'a str> {
    laid.get(..t.span.start)
        .map(|b| b.rsplit('\n').next().unwrap_or(b).trim())
}

/// Whether token `i`, written with a capital a scan makes of a small å, ä or ö at a word
/// start ("Oppna", "Gppnar"), stands inside a sentence after a word or a number on its line
/// ("96 Oppna träffar", "Birgitta Gppnar mötet"), before a small-letter word, a number or
/// nothing: a capital Å, Ä or Ö there is rarer than the scan's capital.
fn mark_inside_line(laid: &str, tokens: &[Token], i: usize, written: &str) -> bool {
    let mut letters = written.chars();
    if !matches!(letters.next(), Some('O' | 'A' | 'G')) || !letters.all(char::is_lowercase) {
        return false;
    }
    let Some(t) = tokens
        .get(i)
        .filter(|t| !t.sentence_start && !t.break_before)
    else {
        return false;
    };
    let same_line = |a: &Token, b: &Token| same_line(laid, a, b);
    // A number opening its line ("§ 11 Ovriga frågor", "3 Oppet hus") numbers a heading or
    // an item, and a time there opens a schedule's entry, which begin with a capital; a "1"
    // before a word that follows the preposition is a scan's "I" ("1 Arets enkät", see
    // `docfix::one_for_i`).
    let scans_i = || crate::context::AFTER_I.contains(&crate::text::lower(written).as_ref());
    let numbering = |p: &Token| {
        p.kind == Kind::Number
            && !(laid.get(p.span.clone()) == Some("1") && scans_i())
            && line_lead(laid, p).is_some_and(|lead| {
                // Or the minutes of a time opening a schedule's line ("14.30 Ovriga").
                let hours = lead.strip_suffix(['.', ':']).unwrap_or("x");
                lead.is_empty()
                    || lead == "§"
                    || (1..=2).contains(&hours.len()) && hours.bytes().all(|b| b.is_ascii_digit())
                    // The end of a time span opening the line ("11.00-15.00 Oppet hus").
                    || lead.starts_with(|c: char| c.is_ascii_digit())
                        && lead.len() <= 11
                        && lead.chars().all(|c| c.is_ascii_digit() || ".:-–".contains(c))
            })
    };
    let after = i
        .checked_sub(1)
        .and_then(|j| tokens.get(j))
        .is_some_and(|p| same_line(p, t) && !numbering(p));
    let before = match tokens.get(i + 1) {
        Some(n) if same_line(t, n) => {
            n.kind == Kind::Number || n.kind == Kind::Word && n.shape == Shape::Lower
        }
        _ => true,
    };
    after && before
}

/// How often each capitalised word stands inside a sentence in the document: a word that
/// does so repeatedly is a name there.
/// How often the document writes each word with a capital (anywhere), and which words it
/// writes in small letters: a word written with a capital three times and never small is a
/// name ("Ojvind Lidström …", "… att Ojvind och Pirjo"), whose capital no scan made. Made
/// once, and only for a document with a word about to lose its capital.
#[derive(Default)]
struct Written<'a> {
    capitals: HashMap<&'a str, u32, BuildHasherDefault<FxHasher>>,
    small: std::collections::HashSet<&'a str, BuildHasherDefault<FxHasher>>,
}

impl<'a> Written<'a> {
    fn of(laid: &'a str, tokens: &[Token]) -> Self {
        let mut w = Written::default();
        for t in tokens {
            if t.kind != Kind::Word {
                continue;
            }
            let Some(text) = laid.get(t.span.clone()) else {
                continue;
            };
            match t.shape {
                Shape::Capitalised => *w.capitals.entry(text).or_default() += 1,
                Shape::Lower => {
                    w.small.insert(text);
                }
                _ => {}
            }
        }
        w
    }

    /// Whether `written` (capitalised) is a name by the document's own use of it.
    fn name(&self, written: &str) -> bool {
        self.capitals.get(written).copied().unwrap_or(0) >= 3
            && !self.small.contains(written.to_lowercase().as_str())
    }
}

fn count_mid_capitals<'a>(
    laid: &'a str,
    tokens: &[Token],
) -> HashMap<&'a str, u32, BuildHasherDefault<FxHasher>> {
    // About one token in twenty is a capitalised word inside a sentence: room made once.
    let mut counts: HashMap<&str, u32, BuildHasherDefault<FxHasher>> =
        HashMap::with_capacity_and_hasher((tokens.len() / 16).min(1 << 12), Default::default());
    for t in tokens {
        if t.kind != Kind::Word || t.sentence_start {
            continue;
        }
        if t.shape == Shape::Capitalised
            && let Some(w) = laid.get(t.span.clone())
        {
            *counts.entry(w).or_default() += 1;
        }
    }
    counts
}
