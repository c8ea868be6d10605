//! Sentence-level facts: proposals, actions and open questions. Each sentence
//! is tested with a few word comparisons near its start (Swedish puts the
//! finite verb second), so no regex runs on running text.

use std::sync::LazyLock;

use memchr::memmem;

use crate::DecisionOutcome;
use crate::text::{Head, Lower, starts_upper, words};

/// Words that make a sentence a proposal when they come early in it.
fn is_cue(w: &str) -> bool {
    matches!(
        w,
        "bör"
            | "borde"
            | "behöver"
            | "behövs"
            | "föreslår"
            | "föreslog"
            | "föreslås"
            | "förslaget"
            | "förslag"
            | "önskar"
            | "önskemål"
            | "vore"
    )
}

/// Whether `sentence` opens with a season's or an occasion's greeting ("God jul", "Gott nytt
/// år", "Glad påsk", "Trevlig sommar").
fn is_greeting(sentence: &str) -> bool {
    // Every greeting opens with G or T: other sentences are not lowercased at all.
    if !matches!(sentence.as_bytes().first(), Some(b'G' | b'g' | b'T' | b't')) {
        return false;
    }
    // The longest greeting is 16 characters: only so much of the sentence is lowercased.
    let head: String = sentence
        .chars()
        .take(16)
        .flat_map(char::to_lowercase)
        .collect();
    let lower = head.as_str();
    [
        "god jul",
        "gott nytt år",
        "glad påsk",
        "glad midsommar",
        "trevlig sommar",
        "trevlig helg",
        "trevlig höst",
        "glada helger",
    ]
    .iter()
    .any(|g| lower.starts_with(g))
}

/// Subordinating words: a cue after one of these is reported speech or a
/// question, not a proposal ("vi diskuterade hur man skulle kunna …").
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "hur" | "vad" | "varför" | "om" | "när" | "vilka" | "vilken"
    )
}

/// How many words into a sentence a proposal cue may come.
const CUE_WINDOW: usize = 8;

/// How many leading words of a sentence [`is_proposal`] reads: room for who speaks before
/// the proposal ("Karin Lund och Ahmed Yusuf menar att det behövs …").
const HEAD: usize = 2 * CUE_WINDOW;

/// Cheap test for the cue words, before any word is split out: each cue has
/// an "ö" with a telling neighbour (bör, behöv-, föresl-, förslag, önsk-) or
/// is "borde", "vore" or "skulle kunna".
fn may_hold_cue(b: &[u8]) -> bool {
    static FINDERS: LazyLock<[memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        [
            memmem::Finder::new("borde"),
            memmem::Finder::new("vore"),
            memmem::Finder::new("skulle kunna"),
        ]
    });
    // "ö" is C3 B6 and "Ö" is C3 96 in UTF-8.
    for p in memchr::memchr2_iter(0xB6, 0x96, b) {
        let before = b.get(..p.saturating_sub(1)).unwrap_or(&[]);
        let after = b.get(p + 1..).unwrap_or(&[]);
        let lead = before.last().map_or(b' ', u8::to_ascii_lowercase);
        let hit = (lead == b'b' && after.first() == Some(&b'r'))
            || (lead == b'h' && after.first() == Some(&b'v'))
            || after.starts_with(b"resl")
            || after.starts_with(b"rslag")
            || after.starts_with(b"nsk");
        if hit {
            return true;
        }
    }
    // Capitalised, these only start a sentence.
    b.starts_with(b"Borde")
        || b.starts_with(b"Vore")
        || b.starts_with(b"Skulle kunna")
        || FINDERS.iter().any(|f| f.find(b).is_some())
}

/// How far into a sentence the cue test looks: nine words of Swedish, with
/// room to spare.
const CUE_BYTES: usize = 160;

/// Whether `sentence` proposes something.
pub(crate) fn is_proposal(sentence: &str) -> bool {
    // A question asks; thanks ("Tack för era förslag") acknowledge proposals made elsewhere;
    // a season's greeting wishes ("God jul och gott nytt år önskar styrelsen!").
    if sentence.ends_with('?') || sentence.starts_with("Tack ") || is_greeting(sentence) {
        return false;
    }
    let b = sentence.as_bytes();
    let prefix = b.get(..b.len().min(CUE_BYTES)).unwrap_or(b);
    if !may_hold_cue(prefix) {
        return false;
    }
    let head = Head::<HEAD>::new(sentence);
    let ws = head.as_slice();
    // "Socialnämnden föreslås besluta att …": a proposal for a decision on a matter, which
    // the decision settles, not a proposal of its own.
    if ws
        .windows(2)
        .any(|p| p[0].1 == "föreslås" && p[1].1 == "besluta")
    {
        return false;
    }
    // An election's nominations ("Valberedningen föreslog omval av …", "nyval av …"):
    // people proposed for posts, not changes.
    if ws
        .first()
        .is_some_and(|&(_, w)| w.eq_ignore_ascii_case("valberedningen"))
        || ws.iter().any(|&(_, w)| matches!(w, "omval" | "nyval"))
    {
        return false;
    }
    // "Styrelsen föreslog avslag", "… föreslår bifall till motionen": how to decide on a
    // proposal already made.
    if ws.windows(2).any(|p| {
        matches!(p[0].1, "föreslog" | "föreslår" | "föreslogs")
            && matches!(p[1].1, "avslag" | "bifall" | "avslag," | "bifall,")
    }) {
        return false;
    }
    // "Styrelsen föreslog att motionen bifalls", "… föreslår att förslaget avslås": how to
    // decide on a proposal already made, which the decision settles; no new one.
    if ws.windows(3).any(|p| {
        matches!(p[0].1, "föreslog" | "föreslår" | "föreslogs")
            && p[1].1 == "att"
            && matches!(
                p[2].1,
                "motionen" | "motionerna" | "förslaget" | "medborgarförslaget" | "ärendet"
            )
    }) {
        return false;
    }
    let mut prev_skulle = false;
    // Where the cue window starts: after "X menar att", the proposal's own words.
    let mut from = 0;
    for (i, &(at, w)) in ws.iter().enumerate() {
        if i > from + CUE_WINDOW {
            break;
        }
        // Only the first word can be capitalised by position; later ones in
        // capitals ("BÖR") are rare enough to be missed.
        let lw;
        let w = if i == 0 {
            lw = Lower::new(w);
            lw.as_str()
        } else {
            w
        };
        if is_subordinator(w) {
            return false;
        }
        if prev_skulle && w == "kunna" {
            return true;
        }
        if is_speaker_verb(w) && ws.get(i + 1).is_some_and(|&(_, n)| n == "att") {
            from = i + 2;
        }
        let window = i < from + CUE_WINDOW;
        prev_skulle = window && w == "skulle";
        if window && is_cue(w) {
            let next = ws.get(i + 1).map_or("", |&(_, n)| n);
            return match w {
                "förslag" | "förslaget" => {
                    introduces_proposal(sentence, ws, i, at + w.len(), next)
                }
                // "Det behövs, för …": the need stated bare, as an answer.
                "behöver" | "behövs" => {
                    !needs_nothing(ws, i, next)
                        && !first_person_need(ws, i)
                        && !is_chore(next)
                        && !pets_need(ws)
                        && !sentence
                            .get(at + w.len()..)
                            .is_some_and(|r| r.starts_with(','))
                }
                // "Jämförelsen bör tolkas försiktigt", "Följande bör särskilt beaktas": how to
                // read what is reported, no change to make.
                "bör" | "borde" => {
                    let after = ws.get(i + 1..(i + 3).min(ws.len())).unwrap_or(&[]);
                    !after.iter().any(|&(_, n)| {
                        matches!(n, "tolkas" | "läsas" | "beaktas" | "noteras" | "observeras")
                    })
                }
                // "Önskemål om ledighet lämnas till Anneli": where wishes go, not one.
                "önskemål" => {
                    !ws.iter()
                        .any(|&(_, n)| matches!(n, "lämnas" | "skickas" | "mejlas" | "anmäls"))
                        && !talks_of_someones_wishes(ws, i, next)
                }
                // "Jag önskar att det hade gått fortare": a wish about what is past.
                "önskar" | "önskade" => {
                    !ws.get(i + 1..(i + 5).min(ws.len())).is_some_and(|after| {
                        after.first().is_some_and(|&(_, n)| n == "att")
                            && after.iter().any(|&(_, n)| n == "hade")
                    })
                }
                _ => true,
            };
        }
    }
    false
}

/// Whether the noun "förslag(et)", word `i` of `sentence` ending at byte `end`, introduces
/// the proposal ("Förslaget är att …", "Vårt förslag är …", "Förslag 2: …", "Förslag från
/// Ria: …") rather than being talked about ("Elin skickar ett förslag", "Av tolv förslag är
/// sju genomförda", "Förslaget om chatt har fått avslag").
fn introduces_proposal(
    sentence: &str,
    ws: &[(usize, &str)],
    i: usize,
    end: usize,
    next: &str,
) -> bool {
    let rest = sentence.get(end..).unwrap_or("");
    let labelled = rest
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .starts_with(':');
    // Whose proposal it is, or which: "Vårt förslag är", "Gruppens förslag är", "Ett förslag
    // är"; not a count ("Av tolv förslag är sju genomförda").
    let owned = i == 0
        || i.checked_sub(1)
            .and_then(|j| ws.get(j))
            .is_some_and(|&(_, p)| {
                let p = Lower::new(p);
                let p = p.as_str();
                matches!(
                    p,
                    "vårt"
                        | "mitt"
                        | "ditt"
                        | "ert"
                        | "deras"
                        | "hans"
                        | "hennes"
                        | "ett"
                        | "nästa"
                ) || p.len() > 3 && p.ends_with('s')
            });
    let after_next = ws.get(i + 2).map_or("", |&(_, n)| n);
    match next {
        // "Förslag är inte klagomål": what proposals are, said of all of them; a bare
        // "Förslag" opening a sentence names no proposal of its own.
        "är" => {
            owned
                && after_next != "inte"
                && !(i == 0 && Lower::new(ws.get(i).map_or("", |&(_, w)| w)).as_str() == "förslag")
        }
        // "Förslag från gruppen: …", "Ett förslag från …:"; not "Vi får in förslag från
        // många håll: …".
        "från" | "av" => i <= 1 && sentence.contains(':'),
        // "Åsa presenterade föreningens förslag att en brukarrepresentant finns …": whose
        // proposal, then what it says.
        "att" => i > 0 && owned,
        _ => i == 0 && labelled,
    }
}

/// Whether a sentence with "behöver"/"behövs" (word `i`, `next` after it) says what is not
/// needed, asks on a condition or tells a reader what to bring ("Du behöver inte anmäla dig",
/// "Ingen remiss behövs", "Behöver du …, kontakta …"), rather than proposing what is needed.
fn needs_nothing(ws: &[(usize, &str)], i: usize, next: &str) -> bool {
    matches!(next, "inte" | "inget" | "ingen" | "inga")
        || ws.first().is_some_and(|&(_, f)| {
            matches!(Lower::new(f).as_str(), "du" | "ingen" | "inget" | "inga")
        })
        // "Behöver du andra anpassningar, kontakta …": a condition, not a need.
        || i == 0 && matches!(next, "du" | "ni" | "man")
        // "så inget mer behöver göras".
        || ws
            .get(i.saturating_sub(2)..i)
            .is_some_and(|before| before.iter().any(|&(_, w)| matches!(w, "inget" | "ingenting")))
}

/// Whether `next`, the word after "behöver", is a chore of the day in the passive ("Diskmaskinen
/// behöver tömmas", "Blommorna behöver vattnas"): a shift's note, no change to the services.
fn is_chore(next: &str) -> bool {
    matches!(
        next,
        "tömmas" | "diskas" | "städas" | "vattnas" | "matas" | "dammsugas" | "tvättas" | "torkas"
    )
}

/// Whether the sentence opens with an animal or a plant of a household ("Katten Pärla
/// behöver mat två gånger om dagen", as a crisis plan asks): its needs are no proposal.
fn pets_need(ws: &[(usize, &str)]) -> bool {
    ws.first().is_some_and(|&(_, w)| {
        matches!(
            Lower::new(w).as_str(),
            "katten"
                | "katterna"
                | "hunden"
                | "hundarna"
                | "kaninen"
                | "fågeln"
                | "fåglarna"
                | "djuren"
                | "blommorna"
                | "växterna"
        )
    })
}

/// Whether "önskemål", word `i` before `next`, is someone's wishes talked of ("Ni går igenom
/// dina önskemål och gränser"), not a wish put forward ("önskemål om en samlad webbsida").
fn talks_of_someones_wishes(ws: &[(usize, &str)], i: usize, next: &str) -> bool {
    next != "om"
        && i.checked_sub(1)
            .and_then(|j| ws.get(j))
            .is_some_and(|&(_, p)| {
                matches!(
                    Lower::new(p).as_str(),
                    "dina" | "mina" | "era" | "våra" | "sina" | "hans" | "hennes" | "deras"
                )
            })
}

/// Whether "behöver", word `i`, has "jag" for its subject right beside it ("jag behöver",
/// "Då behöver jag hjälp"): a person's own need, as a crisis plan or a story tells it, not a
/// proposal for the services ("vi behöver", "det behövs" are).
fn first_person_need(ws: &[(usize, &str)], i: usize) -> bool {
    let is_jag = |j: Option<usize>| {
        j.and_then(|j| ws.get(j))
            .is_some_and(|&(_, w)| Lower::new(w).as_str() == "jag")
    };
    is_jag(i.checked_sub(1)) || is_jag(Some(i + 1))
}

/// Verbs after which a speaker is named: "Leif föreslår …", "Bo tycker att …".
fn is_speaker_verb(w: &str) -> bool {
    matches!(
        w,
        "föreslår"
            | "föreslog"
            | "tycker"
            | "tyckte"
            | "menar"
            | "menade"
            | "anser"
            | "ansåg"
            | "påpekar"
            | "påpekade"
            | "lyfter"
            | "lyfte"
    )
}

/// Capitalised at the start of a sentence but not a name.
fn is_pronoun(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "det"
            | "vi"
            | "de"
            | "den"
            | "detta"
            | "man"
            | "han"
            | "hon"
            | "jag"
            | "du"
            | "ni"
            | "alla"
            | "ingen"
            | "någon"
            | "varje"
            | "här"
            | "där"
            | "nu"
            | "då"
            | "sedan"
            | "inte"
            | "ska"
            | "hur"
            | "vad"
            | "kan"
            | "om"
            | "när"
            | "ett"
            | "en"
            | "denna"
            | "dessa"
            | "dem"
            | "också"
            | "även"
            | "vem"
            | "vilka"
            | "att"
            | "och"
            | "men"
            | "så"
            | "som"
            | "därför"
            | "för"
            | "efter"
            | "under"
            | "till"
            | "på"
            | "i"
            | "med"
            | "brukare"
            | "många"
            | "flera"
    )
}

/// Cheap test before words are split out: the sentence holds the stem of a
/// speaker verb or "förslag".
fn may_name_proposer(b: &[u8]) -> bool {
    static STEMS: LazyLock<[memmem::Finder<'static>; 5]> =
        LazyLock::new(|| ["tyck", "mena", "ans", "peka", "lyft"].map(memmem::Finder::new));
    // föreslår, föreslog, förslag: "ö" (C3 B6) before "resl" or "rslag".
    memchr::memchr_iter(0xB6, b).any(|p| {
        let after = b.get(p + 1..).unwrap_or(&[]);
        after.starts_with(b"resl") || after.starts_with(b"rslag")
    }) || STEMS.iter().any(|f| f.find(b).is_some())
}

/// The person named as proposer, if the sentence says.
pub(crate) fn proposer(sentence: &str) -> Option<&str> {
    // "Enligt Lisa borde …": the one the proposal is according to.
    if sentence.starts_with("Enligt ") {
        let head = Head::<4>::new(sentence);
        // A person's name, not a law's or an office's abbreviation ("Enligt SoL").
        let person = |n: &&str| {
            n.split(' ')
                .all(|w| w.chars().skip(1).all(|c| !c.is_uppercase()))
        };
        return name_after(sentence, head.as_slice(), 1).filter(person);
    }
    if !may_name_proposer(sentence.as_bytes()) {
        return None;
    }
    let head = Head::<24>::new(sentence);
    let ws = head.as_slice();
    for (i, &(_, w)) in ws.iter().enumerate() {
        // Verbs are lower-case after the first word, which is never the verb here.
        if is_speaker_verb(w) {
            let who = name_before(sentence, ws, i);
            if who.is_some() {
                return who;
            }
        }
        // "Förslag från Bo Pettersson: …", "förslaget från Ria"
        if w.starts_with(['f', 'F'])
            && matches!(Lower::new(w).as_str(), "förslag" | "förslaget")
            && ws
                .get(i + 1)
                .is_some_and(|(_, n)| matches!(Lower::new(n).as_str(), "från" | "av"))
        {
            return name_after(sentence, ws, i + 2);
        }
    }
    None
}

/// Capitalised words (at most three) ending just before word `i`, or before a bracketed
/// word there ("Ahmed (Hjärnkoll) föreslår": Ahmed).
fn name_before<'s>(s: &'s str, ws: &[(usize, &'s str)], i: usize) -> Option<&'s str> {
    let bracketed = |k: usize| {
        ws.get(k)
            .is_some_and(|&(at, _)| s.get(..at).is_some_and(|b| b.ends_with('(')))
    };
    let i = if i > 1 && bracketed(i - 1) { i - 1 } else { i };
    // Up to three capitalised words, and as many again after an "och" between two names
    // ("Karin Lund och Ahmed Yusuf menar").
    let mut first = i;
    let mut in_name = 0;
    while first > 0 && i - first < 7 {
        let (_, w) = ws[first - 1];
        let joins = w == "och"
            && in_name > 0
            && first >= 2
            && ws
                .get(first - 2)
                .is_some_and(|&(_, p)| starts_upper(p) && !is_pronoun(p));
        if joins {
            in_name = 0;
        } else if starts_upper(w) && !is_pronoun(w) && in_name < 3 {
            in_name += 1;
        } else {
            break;
        }
        first -= 1;
    }
    if first == i {
        return None;
    }
    let (a, _) = ws[first];
    let (b, last) = ws[i - 1];
    s.get(a..b + last.len())
}

/// Capitalised words (at most three) starting at word `i`.
fn name_after<'s>(s: &'s str, ws: &[(usize, &'s str)], i: usize) -> Option<&'s str> {
    let mut last = i;
    while last < ws.len() && last - i < 3 && starts_upper(ws[last].1) && !is_pronoun(ws[last].1) {
        last += 1;
    }
    if last == i {
        return None;
    }
    let (a, _) = ws[i];
    let (b, w) = ws[last - 1];
    s.get(a..b + w.len())
}

/// Verbs of promise; some need their particle or object ("tar emot", "bjuder in", "tar
/// frågan vidare"). Verbs that minutes also use to report what was said at the meeting
/// ("berättar", "frågar", "informerar", "påminner om", "tar upp att") are not among them.
fn is_action_verb(w: &str, next: &str) -> bool {
    match w {
        "ska" | "skall" | "beställer" | "bokar" | "skickar" | "kontaktar" | "återkommer"
        | "undersöker" | "ordnar" | "fixar" | "kollar" | "mejlar" | "ringer" | "sammanställer"
        | "samordnar" | "återkopplar" | "kontrollerar" | "utreder" | "bevakar" | "uppdaterar"
        | "förbereder" | "lovar" => true,
        "tar" => matches!(
            next,
            "emot" | "med" | "fram" | "kontakt" | "upp" | "hand" | "reda" | "ansvar" | "frågan"
        ),
        "för" => matches!(next, "frågan" | "vidare"),
        "lyfter" => next == "frågan",
        "följer" => next == "upp",
        "ser" => matches!(next, "över" | "till"),
        "bjuder" => next == "in",
        "kallar" => matches!(next, "till" | "in"),
        "håller" => next == "i",
        "ansvarar" => next == "för",
        "åtar" => next == "sig",
        _ => false,
    }
}

/// How far into a sentence the words it decides on are looked for: four words of Swedish,
/// with room to spare.
const SUBJECT_BYTES: usize = 80;

/// Cheap test for the words [`decides_on`] knows in the first bytes of a sentence: "beslut"
/// by its letters "eslut", the others by their marked letter and the letter before it
/// ("fö" of förslaget, "lö" of beslöt, "sö" of ansökan, "gä" of begäran, "må" of
/// önskemålet, "rå" of frågan), so most sentences are ruled out by two vector searches.
fn may_name_subject(sentence: &[u8]) -> bool {
    static ESLUT: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("eslut"));
    let head = sentence
        .get(..sentence.len().min(SUBJECT_BYTES))
        .unwrap_or(sentence);
    // ö is C3 B6, ä C3 A4, å C3 A5.
    let marked = memchr::memchr_iter(0xC3, head).any(|p| {
        let before = p
            .checked_sub(1)
            .and_then(|b| head.get(b))
            .map(u8::to_ascii_lowercase);
        let after = head.get(p + 2..).unwrap_or(&[]);
        match (before, head.get(p + 1)) {
            (Some(b'f'), Some(0xB6)) => after.starts_with(b"rslage"),
            (Some(b'l'), Some(0xB6)) => after.starts_with(b"t"),
            (Some(b's'), Some(0xB6)) => after.starts_with(b"k"),
            (Some(b'g'), Some(0xA4)) => after.starts_with(b"ran"),
            (Some(b'm'), Some(0xA5)) => after.starts_with(b"l"),
            (Some(b'r'), Some(0xA5)) => after.starts_with(b"gan"),
            // "ärendet" (the matter), also at a word's start.
            (None | Some(b' '), Some(0xA4)) => after.starts_with(b"rendet"),
            _ => false,
        }
    });
    // "Beslut" as a label is often in capitals ("BESLUT:"): looked for in ASCII small letters.
    let mut buf = [0u8; SUBJECT_BYTES];
    let lower = &mut buf[..head.len()];
    lower.copy_from_slice(head);
    lower.make_ascii_lowercase();
    marked || ESLUT.find(lower).is_some() || memmem::find(lower, b"motionen").is_some()
}

/// Words that say what a sentence decides on: the proposal, the request, a decision itself
/// ("förslaget", "ansökan", "beslutade"). Proposals in general ("Av tolv förslag har två fått
/// avslag") are counted, not decided on.
fn decides_on(w: &str) -> bool {
    w.starts_with("förslage")
        || w.starts_with("beslut")
        || matches!(
            w,
            "beslöt"
                | "ansökan"
                | "ansökningen"
                | "begäran"
                | "önskemålet"
                | "önskemålen"
                | "ärendet"
                | "medborgarförslaget"
                | "motionen"
                // "Frågan bordläggs till nästa möte": the matter raised.
                | "frågan"
        )
}

/// The outcome a board's "att" clause decides with its verb ("bifalla", "avslå",
/// "återremittera", "bordlägga"), when the verb tells one.
pub(crate) fn outcome_of_verb(verb: &str) -> Option<DecisionOutcome> {
    outcome_word(&verb.to_lowercase())
}

/// The outcome a word tells, when it tells one ("avslås" → rejected).
fn outcome_word(w: &str) -> Option<DecisionOutcome> {
    use DecisionOutcome::{Accepted, Answered, Implemented, Parked, Referred, Rejected};
    let stem = |stems: &[&str]| stems.iter().any(|s| w.starts_with(s));
    // ("avstyrka", "tillstyrka": a board's no or yes to a proposal on which another decides,
    // as its answer.)
    if stem(&["avslå", "avslog", "avslag", "avvisa", "avstyrk"]) {
        Some(Rejected)
    } else if matches!(
        w,
        "besvarat" | "besvarad" | "besvarade" | "besvaras" | "besvarades" | "besvarats"
    ) {
        // "anses besvarat", "att anse motionen besvarad", "förslaget besvaras med hänvisning
        // till …": closed with an answer.
        Some(Answered)
    } else if stem(&["bordl"]) || w == "vilande" {
        Some(Parked)
    } else if stem(&["remitter", "återremitter"])
        || matches!(w, "utreds" | "utredas" | "bereds" | "undersöks")
    {
        Some(Referred)
    } else if matches!(
        w,
        "genomförts" | "genomfördes" | "genomfört" | "genomförd" | "införts" | "infördes"
    ) {
        // "Förslaget har genomförts och …", "… är genomfört": carried out, as a follow-up
        // tells ("genomförs" is a decision that it will be).
        Some(Implemented)
    } else if stem(&[
        "bifall",
        "biföll",
        "bevilja",
        "godkän",
        "godta",
        "godtog",
        "accepter",
        "tillstyrk",
    ]) || matches!(w, "antas" | "antogs" | "antog" | "genomförs" | "genomföras")
    {
        Some(Accepted)
    } else {
        None
    }
}

/// Where the reason in a decision begins: the clause after one of these, to the sentence's
/// end. The cue itself is kept where the reason reads badly without it ("på grund av …").
const REASON_CUES: &[(&str, bool)] = &[
    (" eftersom ", false),
    (" med motiveringen att ", false),
    (" med motiveringen ", false),
    (" med motivering ", false),
    (" därför att ", false),
    (" då ", false),
    (" på grund av ", true),
    (" med hänvisning till ", true),
    (", motivering: ", false),
];

/// The decision `sentence` records, if it records one: its outcome and where in it the
/// reason stands. A sentence decides when it names what it decides on near its start (a
/// proposal, a request, "Beslut:" itself), and a word after that tells the outcome
/// ("avslås", "bifalls", "bordläggs"; "beviljas inte" and "genomförs inte" are rejections;
/// "bifalls delvis" and "avslås delvis" are acceptances in part).
/// "beslutade att …" with no other outcome word is an acceptance.
pub(crate) fn decision(sentence: &str) -> Option<(DecisionOutcome, Option<(usize, usize)>)> {
    if sentence.ends_with('?') {
        return None;
    }
    if let Some(found) = vote_finding(sentence) {
        return Some((found, None));
    }
    if !may_name_subject(sentence.as_bytes()) {
        return None;
    }
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return None;
    }
    let ws: Vec<(usize, &str)> = words(&lower).collect();
    // What is decided on opens the sentence ("Förslaget avslås", "Ansökan om … beviljas
    // inte", "Gruppen beslutade att …"): an outcome word before it tells of decisions
    // elsewhere ("fick avslag på en ansökan", "6 har fått avslag").
    let subject = ws.iter().take(4).position(|&(_, w)| decides_on(w))?;
    // "Socialnämnden föreslås besluta att …", "förvaltningen föreslår nämnden att besluta":
    // a proposal for a decision, not one.
    if ws.windows(2).any(|p| {
        matches!(p[0].1, "föreslås" | "föreslår" | "föreslog")
            && matches!(p[1].1, "besluta" | "beslutar" | "nämnden" | "socialnämnden")
    }) {
        return None;
    }
    // "Styrelsen föreslog att motionen bifalls": a recommendation on what to decide, before
    // the decision itself.
    if ws.iter().take(subject + 1).any(|&(_, w)| {
        matches!(
            w,
            "föreslås" | "föreslår" | "föreslog" | "tillstyrker" | "avstyrker"
        )
    }) {
        return None;
    }
    // "Nämnden beslutade i juni vilka förslag som skulle genomföras": which were decided is
    // told, not a decision.
    const TELLS_WHICH: &[&str] = &["vilka", "vilket", "vilken", "vad", "hur", "huruvida"];
    let mut outcome = None;
    let mut at = 0;
    for (k, &(off, w)) in ws.iter().enumerate() {
        let said = outcome_word(w).or_else(|| {
            // "beslutade att …", "beslöt att …": a decision to act; to look into the matter
            // first ("beslutar att utreda frågan", "… att ge förvaltningen i uppdrag att
            // utreda …") is a referral.
            let decided = matches!(w, "beslutade" | "beslutar" | "beslöt" | "beslutades");
            // "Årsmötet beslutade enligt förslaget", "… enligt styrelsens förslag": as proposed.
            let as_proposed = ws.get(k + 1).is_some_and(|&(_, n)| n == "enligt")
                && ws
                    .iter()
                    .skip(k + 2)
                    .take(2)
                    .any(|&(_, n)| n.starts_with("förslag"));
            if decided && as_proposed {
                return Some(DecisionOutcome::Accepted);
            }
            // "beslutade att avslå motionen", "… att bordlägga frågan": the outcome is the
            // verb after "att".
            if decided
                && ws.get(k + 1).is_some_and(|&(_, n)| n == "att")
                && let Some(o) = ws.get(k + 2).and_then(|&(_, n)| outcome_word(n))
            {
                return Some(o);
            }
            // "beslutar att förslaget avslås": the outcome word further on tells it (read
            // where it stands, with its "inte" or "delvis").
            if decided
                && ws.get(k + 1).is_some_and(|&(_, n)| n == "att")
                && ws
                    .iter()
                    .skip(k + 3)
                    .take(4)
                    .any(|&(_, n)| outcome_word(n).is_some())
            {
                return None;
            }
            (decided && ws.get(k + 1).is_some_and(|&(_, n)| n == "att")).then(|| {
                let inquiry = ws.iter().skip(k + 2).take(8).any(|&(_, n)| {
                    n.starts_with("utred") || n.starts_with("undersök") || n == "bereda"
                });
                if inquiry {
                    DecisionOutcome::Referred
                } else {
                    DecisionOutcome::Accepted
                }
            })
        });
        let Some(mut o) = said else { continue };
        // "Frågan kunde inte besvaras på mötet": a question answered or not, no matter closed.
        if o == DecisionOutcome::Answered && ws.get(subject).is_some_and(|&(_, w)| w == "frågan") {
            return None;
        }
        if subject > k
            || ws
                .get(subject..k)
                .is_some_and(|between| between.iter().any(|&(_, w)| TELLS_WHICH.contains(&w)))
        {
            return None;
        }
        let near = ws.get(k.saturating_sub(3)..(k + 2).min(ws.len()));
        // "Förslaget har aldrig besvarats", "… genomfördes aldrig": a complaint that nothing
        // happened, no decision.
        if near.is_some_and(|near| near.iter().any(|&(_, n)| n == "aldrig")) {
            return None;
        }
        // "beviljas inte", "genomförs inte", "kommer inte att genomföras": a no.
        let negated = near.is_some_and(|near| near.iter().any(|&(_, n)| n == "inte" || n == "ej"));
        if negated {
            o = match o {
                // "utreds inte vidare": not looked into any more, a no.
                DecisionOutcome::Accepted | DecisionOutcome::Referred => DecisionOutcome::Rejected,
                // "har inte besvarats", "anses inte besvarad", "har inte genomförts" (yet):
                // nothing closed, nothing decided.
                DecisionOutcome::Answered | DecisionOutcome::Implemented => return None,
                other => other,
            };
        }
        // "bifalls delvis", "avslås delvis", "delvis beviljas": a yes to part, a no to the
        // rest.
        let in_part = ws
            .get(k.saturating_sub(2)..(k + 3).min(ws.len()))
            .is_some_and(|near| near.iter().any(|&(_, n)| n == "delvis"));
        // ("beviljas inte ens delvis" stays a no.)
        if in_part && !negated && matches!(o, DecisionOutcome::Accepted | DecisionOutcome::Rejected)
        {
            o = DecisionOutcome::PartlyAccepted;
        }
        outcome = Some(o);
        at = off + w.len();
        break;
    }
    let mut outcome = outcome?;
    // "att godkänna förvaltningens yttrande som svar på medborgarförslaget": the statement
    // is approved as the answer, the matter closed with it; the proposal is not accepted.
    if outcome == DecisionOutcome::Accepted
        && [
            " som svar ",
            " som sitt svar ",
            " som nämndens svar ",
            " som kommunens svar ",
        ]
        .iter()
        .any(|c| lower.contains(c))
    {
        outcome = DecisionOutcome::Answered;
    }
    Some((outcome, reason_after(sentence, &lower, at)))
}

/// The outcome a chair finds after a vote ("Mötesordföranden ställde styrelsens förslag mot
/// bifall och fann att årsmötet hade bifallit motionen"): an outcome word after "fann att",
/// then what was decided on.
fn vote_finding(sentence: &str) -> Option<DecisionOutcome> {
    let at = sentence.find("fann att ")?;
    let after = sentence.get(at + "fann att ".len()..)?;
    let ws: Vec<&str> = words(after).map(|(_, w)| w).take(6).collect();
    let k = ws.iter().position(|w| outcome_word(w).is_some())?;
    let outcome = outcome_word(ws.get(k)?)?;
    ws.get(k + 1..)?
        .iter()
        .any(|w| decides_on(w))
        .then_some(outcome)
}

/// Where a reason stands in `sentence` (the clause after "eftersom", "då", "på grund av" …),
/// whatever else it says ("Nämnden avslog förslaget eftersom kostnaden är för hög.").
pub(crate) fn reason_in(sentence: &str) -> Option<(usize, usize)> {
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return None;
    }
    reason_after(sentence, &lower, 0)
}

/// Where the reason of a decision stands in `sentence` (`lower` is it in small letters, of
/// the same length): the clause after the earliest of [`REASON_CUES`] past byte `at` (the
/// outcome), to the sentence's end.
fn reason_after(sentence: &str, lower: &str, at: usize) -> Option<(usize, usize)> {
    let tail = lower.get(at..)?;
    REASON_CUES
        .iter()
        .filter_map(|&(cue, keep)| tail.find(cue).map(|p| (p, cue, keep)))
        .min_by_key(|&(p, _, _)| p)
        .and_then(|(p, cue, keep)| {
            let start = at + p + if keep { 1 } else { cue.len() };
            let end = sentence.trim_end_matches(['.', '!', ';', ' ']).len();
            (start < end).then_some((start, end))
        })
}

/// The refusal a reply states in prose ("Vi kan tyvärr inte öppna på lördagar eftersom
/// budgeten redan är fastställd."): said by the one replying ("Vi", "Jag", "Förvaltningen",
/// "Det är …" at its start), with "tyvärr" and a "not", or "kan inte", "kommer inte att",
/// "inte möjligt", "inte möjlighet"; a refusal going on with what will be done instead (",
/// men vi kan …") is an acceptance in part. Its outcome and where its reason stands (as in
/// [`decision`]); `None` for any other sentence. Read only in a reply to a message that
/// proposed something.
pub(crate) fn refusal(sentence: &str) -> Option<(DecisionOutcome, Option<(usize, usize)>)> {
    const REPLIERS: &[&str] = &[
        "vi",
        "jag",
        "det",
        "förvaltningen",
        "socialförvaltningen",
        "nämnden",
        "socialnämnden",
        "socialtjänsten",
        "kommunen",
        "enheten",
        "verksamheten",
        "tyvärr",
    ];
    const NO: &[&str] = &[
        " kan inte ",
        " kan vi inte ",
        " kommer inte att ",
        " inte möjligt",
        " inte möjlighet",
        " har inte råd",
        " kan tyvärr inte ",
        " kan vi tyvärr inte ",
    ];
    if sentence.ends_with('?') {
        return None;
    }
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return None;
    }
    let (_, first) = words(&lower).next()?;
    if !REPLIERS.contains(&first) {
        return None;
    }
    let padded = format!(" {} ", lower.trim_end_matches(['.', '!', ' ']));
    let negated = |w: &str| padded.contains(&format!(" {w} "));
    let said = NO
        .iter()
        .filter_map(|no| padded.find(no))
        .min()
        .or_else(|| {
            let sorry = padded.find(" tyvärr ")?;
            (negated("inte") || negated("ej")).then_some(sorry)
        })?;
    // Offsets in `padded` are one past those in `lower` (and in `sentence`: same length).
    let at = said.saturating_sub(1);
    let instead = [
        ", men vi kan ",
        ", men vi kommer att ",
        ", men vi ska ",
        ", men kan ",
    ]
    .iter()
    .any(|m| lower.get(at..).is_some_and(|t| t.contains(m)));
    let outcome = if instead {
        DecisionOutcome::PartlyAccepted
    } else {
        DecisionOutcome::Rejected
    };
    Some((outcome, reason_after(sentence, &lower, at)))
}

/// (who, what) of a promise in `sentence`: "David ska fråga …" →
/// ("David", "fråga …"); "David Bergström tar emot anmälningar" → ("David
/// Bergström", "tar emot anmälningar").
pub(crate) fn action(sentence: &str) -> Option<(&str, &str)> {
    if sentence.ends_with('?') {
        return None;
    }
    // A label before the promise ("Hyresgarantierna: Ingrid kontrollerar …") is its topic,
    // not who promises.
    let mut it = words(sentence);
    let (at, first) = it.next()?;
    // Words come without their punctuation: the colon is looked for after the word.
    if sentence
        .get(at + first.len()..)
        .is_some_and(|r| r.starts_with(':'))
    {
        let (off, _) = it.next()?;
        return promise(sentence.get(off..)?);
    }
    promise(sentence)
}

/// Words after "ska" that make a sentence a rule or a state rather than a promise: verbs of
/// being and having, modal verbs, and the adverbs of a rule.
const NOT_A_DEED: &[&str] = &[
    "inte", "aldrig", "alltid", "bara", "därför", "också", "även", "helst", "kanske", "vara", "ha",
    "bli", "finnas", "gälla", "handla", "ske", "kunna", "få", "behöva", "dock", "ändå", "normalt",
    "oftast",
];

/// Subjects of a sentence with "ska" that are things, not people or bodies who act.
const NOT_AGENTS: &[&str] = &[
    "protokollet",
    "beslutet",
    "kallelsen",
    "dagordningen",
    "arbetsordningen",
    "bedömningen",
    "rapporten",
    "checklistan",
    "rutinen",
    "ansökan",
    "avtalet",
    "överenskommelsen",
    "syftet",
    "målet",
    "mötet",
    "sammanträdet",
    "utbildningen",
    "kursen",
    "texten",
    "svaret",
    "informationen",
    "budgeten",
    "planen",
    "uppföljningen",
    "utvärderingen",
    "sammanställningen",
    "redovisningen",
    "dokumentationen",
    "enkäten",
    "samtalen",
    "samtalet",
    "mallen",
    "listan",
];

/// [`action`] of a sentence that starts with who promises.
fn promise(sentence: &str) -> Option<(&str, &str)> {
    let mut it = words(sentence);
    let first = it.next()?;
    if !starts_upper(first.1) || is_pronoun(first.1) {
        return None;
    }
    // Words are split out one at a time: most sentences fail at the second.
    let mut ws: [(usize, &str); 8] = [first; 8];
    let mut n = 1;
    for k in 1..7 {
        // Word k and the particle after it.
        while n <= k + 1 {
            match (ws.get_mut(n), it.next()) {
                (Some(slot), Some(w)) => {
                    *slot = w;
                    n += 1;
                }
                _ => break,
            }
        }
        let ws = ws.get(..n)?;
        let &(off, w) = ws.get(k)?;
        let next = ws.get(k + 1).map_or("", |&(_, n)| n);
        // Words after the first are lower-case unless they are names.
        if !is_action_verb(w, next) {
            if starts_upper(w) || w == "och" {
                continue;
            }
            return None;
        }
        // "Tord tar upp att …" reports what was raised at the meeting.
        if w == "tar"
            && sentence
                .get(off..)
                .is_some_and(|r| r.starts_with("tar upp att "))
        {
            return None;
        }
        // Everything before the verb must be a name: capitalised words joined by "och".
        let before = ws.get(..k)?;
        let who_ok = before
            .iter()
            .all(|&(_, x)| (starts_upper(x) && !is_pronoun(x)) || x == "och");
        let &(last_off, last) = before.last()?;
        if !who_ok || last == "och" {
            return None;
        }
        let who = sentence.get(first.0..last_off + last.len())?;
        // A document or an assessment does nothing itself ("Protokollet ska innehålla …",
        // "Bedömningen ska utgå från …").
        if before.len() == 1 && NOT_AGENTS.contains(&Lower::new(last).as_str()) {
            return None;
        }
        let what_start = if matches!(w, "ska" | "skall") {
            let &(after, verb) = ws.get(k + 1)?;
            // A rule ("Stödpersonen ska inte gå in …", "Rutinen ska gälla hela …"), a state
            // ("Översynen ska vara klar") or a passive ("Besöken ska bokas i förväg") says
            // what is to be, not who is to do it.
            // A noun in its definite form there is the subject after an adverb
            // ("Samtidigt ska personalen kunna …"): the word before is no one who acts.
            if NOT_A_DEED.contains(&verb)
                || verb.len() > 2 && verb.ends_with('s')
                || verb.len() > 3 && (verb.ends_with("en") || verb.ends_with("et"))
            {
                return None;
            }
            after
        } else {
            off
        };
        let what = sentence
            .get(what_start..)?
            .trim_end_matches(['.', ':', '!', ';', ' '])
            .trim();
        if what.is_empty() {
            return None;
        }
        return Some((who, what));
    }
    None
}

/// Byte range of an open question in `sentence`: the sentence itself when it
/// ends in "?", or a bracketed question at its end ("… (ett gemensamt eller
/// flera bord?)"). One- and two-word questions ("Unionen?") are list hedges,
/// not questions.
pub(crate) fn question(sentence: &str) -> Option<(usize, usize)> {
    if sentence.ends_with('?') {
        // A label before the question ("Frågor att samtala om: Vad tar jag med mig …?") is
        // no part of it.
        let long = |q: &str| words(q).take(3).count() == 3;
        let after_label = sentence.rfind(": ").map(|c| c + 2).filter(|&at| {
            sentence
                .get(at..)
                .is_some_and(|q| q.starts_with(char::is_uppercase) && long(q))
        });
        return match after_label {
            Some(at) => Some((at, sentence.len())),
            None => long(sentence).then_some((0, sentence.len())),
        };
    }
    if sentence.ends_with("?)") {
        let open = sentence.rfind('(')?;
        let inner = sentence.get(open + 1..sentence.len() - 1)?;
        if words(inner).take(3).count() == 3 && !inner.contains('(') {
            return Some((open + 1, sentence.len() - 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prop(s: &str) -> bool {
        is_proposal(s)
    }

    fn act(s: &str) -> Option<(&str, &str)> {
        action(s)
    }

    #[test]
    fn proposals_need_an_early_cue() {
        assert!(prop("Förslaget är att vi bildar en gemensam arbetsgrupp."));
        assert!(prop("Handläggarna bör specialisera sig på ett område."));
        assert!(prop(
            "Föreningar som möter brukare dagligen borde sitta med i arbetsgruppen."
        ));
        assert!(prop("Vi skulle kunna ordna en träff."));
        assert!(prop("Önskemål: fler möten."));
        assert!(prop("Gruppen vore betjänt av en rutin."));
        assert!(prop("Alla behövs."));
        assert!(!prop(
            "Vi har även diskuterat på vad sätt brukarna och deras organisationer skulle kunna bidra."
        ));
        assert!(!prop(
            "De var förväntansfulla på hur det här arbetssättet skulle kunna förbättra miljön."
        ));
        assert!(!prop("Bör vi ses oftare?"));
        // "Förslag" introduces a proposal only as its label or subject.
        assert!(prop("Vårt förslag är att rådet får en egen budget."));
        assert!(prop("Förslag 2: Ett anhörigkafé varje vecka."));
        assert!(prop("Förslag från Ria: fler möten."));
        assert!(prop(
            "Åsa presenterade föreningens förslag att en brukarrepresentant finns i receptionen."
        ));
        assert!(!prop("Förslaget att ha öppet på söndagar har fått avslag."));
        assert!(!prop(
            "Elin skickar ett förslag till program senast 1 mars."
        ));
        assert!(!prop("Sammanlagt har organisationerna lämnat 46 förslag."));
        assert!(!prop("Förslaget om att kunna chatta har fått avslag i år."));
        assert!(!prop("Av tolv förslag är sju genomförda."));
        // A proposal for a decision on a matter is no proposal of its own.
        assert!(!prop(
            "Socialnämnden föreslås besluta att bifalla medborgarförslaget."
        ));
        // What is not needed, or what a reader needs to bring, proposes nothing.
        assert!(!prop("Du behöver inte vara inskriven någonstans."));
        // A person's own need is no proposal; a group's or the services' is.
        assert!(!prop(
            "Då behöver jag hjälp av andra, även om jag säger att jag klarar mig."
        ));
        assert!(!prop("Jag behöver vila när det blir för mycket."));
        assert!(prop("Vi behöver fler kvällsöppna träffpunkter."));
        assert!(!prop("Ingen remiss behövs."));
        assert!(prop(
            "Det behövs tydliga regler för vad numret får användas till."
        ));
        // A need stated bare as an answer, where wishes go, and a greeting propose nothing.
        assert!(!prop("Det behövs, för man ska inte vara ensam i jobbet."));
        assert!(!prop(
            "Önskemål om ledighet i jul lämnas till Anneli senast den 10 oktober."
        ));
        assert!(prop("Önskemål om fler kvällsträffar."));
        assert!(!prop("God jul och gott nytt år önskar styrelsen!"));
        assert!(!prop("TREVLIG SOMMAR önskar vi i styrelsen!"));
        assert!(prop("Styrelsen önskar en egen lokal."));
        assert!(prop("Gruppen önskar en egen lokal."));
    }

    #[test]
    fn proposer_is_named_before_the_verb() {
        assert_eq!(
            proposer("Leif Redestig föreslår att vi ses oftare."),
            Some("Leif Redestig")
        );
        assert_eq!(
            proposer("Förslag från Bo Pettersson: fler möten."),
            Some("Bo Pettersson")
        );
        assert_eq!(proposer("Vi föreslår fler möten."), None);
        assert_eq!(
            proposer("Ahmed (Hjärnkoll) föreslår att mötena hålls på kvällstid."),
            Some("Ahmed")
        );
        assert_eq!(
            proposer("Enligt Lisa borde fler brukare vara med."),
            Some("Lisa")
        );
        assert_eq!(proposer("Enligt SoL bör beslutet vara skriftligt."), None);
        assert!(prop(
            "Karin Lund och Ahmed Yusuf menar att det behövs en ny rutin."
        ));
        assert_eq!(
            proposer("Karin Lund och Ahmed Yusuf menar att det behövs en ny rutin."),
            Some("Karin Lund och Ahmed Yusuf")
        );
    }

    #[test]
    fn statements_about_proposals_and_wishes_about_the_past_propose_nothing() {
        assert!(!is_proposal("Styrelsen föreslog avslag."));
        assert!(is_proposal("Styrelsen föreslog en ny rutin."));
        assert!(!is_proposal("Förslag är inte klagomål."));
        assert!(!is_proposal(
            "Vi får in förslag från många håll: i samtal och via e-tjänsten."
        ));
        assert!(is_proposal("Förslag från gruppen: fler kvällsöppna tider."));
        assert!(is_proposal("Vårt förslag är en gemensam arbetsgrupp."));
        assert!(!is_proposal("Jag önskar att det hade gått fortare."));
        // What is not needed, a condition, and how to read a report are no proposals.
        assert!(!is_proposal(
            "Gläntan är gratis och du behöver inget biståndsbeslut."
        ));
        assert!(!is_proposal(
            "Jörgen har meddelat samordnaren, så inget mer behöver göras."
        ));
        assert!(!is_proposal(
            "Behöver du andra anpassningar, kontakta Ingela i god tid."
        ));
        assert!(!is_proposal(
            "Jämförelsen bör tolkas försiktigt, eftersom grupperna är små."
        ));
        assert!(!is_proposal("Följande bör särskilt beaktas:"));
        assert!(is_proposal("Planen bör följas upp varje år."));
        assert!(is_proposal("Lokalen behöver tillgänglighetsanpassas."));
        // A shift's chores and someone's wishes talked of propose nothing.
        assert!(!is_proposal(
            "Köket: Diskmaskinen körd kl. 21.00, behöver tömmas."
        ));
        assert!(!is_proposal("Ni går igenom dina önskemål och gränser."));
        assert!(!is_proposal(
            "Katten Pärla behöver mat två gånger om dagen."
        ));
        assert!(is_proposal(
            "Svårt att hitta rätt ingång; önskemål om en samlad webbsida."
        ));
        assert!(is_proposal("Vi önskar att kommunen inför kvällsöppet."));
    }

    #[test]
    fn actions_split_who_and_what() {
        // A document or an assessment promises nothing; a body does.
        assert_eq!(act("Protokollet ska innehålla synpunkterna."), None);
        assert_eq!(act("Bedömningen ska utgå från behoven."), None);
        assert_eq!(
            act("Uppföljningen ska innehålla antal upprättade SIP."),
            None
        );
        assert_eq!(act("Samtalen tar upp blodtryck, vikt och sömn."), None);
        // A rule with an adverb after "ska" is no promise either.
        assert_eq!(
            act("Handläggarna ska dock alltid fråga den enskilde."),
            None
        );
        assert_eq!(
            act("Förvaltningen ska ta fram en rutin."),
            Some(("Förvaltningen", "ta fram en rutin"))
        );
        assert_eq!(
            act("David ska fråga Dinah Åbinger om hon vill hålla i inledningen."),
            Some((
                "David",
                "fråga Dinah Åbinger om hon vill hålla i inledningen"
            ))
        );
        assert_eq!(
            act("David Bergström tar emot anmälningar:"),
            Some(("David Bergström", "tar emot anmälningar"))
        );
        assert_eq!(
            act("Socialförvaltningen beställer kaffe via Dunkers."),
            Some(("Socialförvaltningen", "beställer kaffe via Dunkers"))
        );
        assert_eq!(
            act("Sarah tar frågan vidare till enhetschefen."),
            Some(("Sarah", "tar frågan vidare till enhetschefen"))
        );
        assert_eq!(
            act("Karin och Ahmed följer upp beslutet i maj."),
            Some(("Karin och Ahmed", "följer upp beslutet i maj"))
        );
        assert_eq!(
            act("Förvaltningen ser över rutinen för återkoppling."),
            Some(("Förvaltningen", "ser över rutinen för återkoppling"))
        );
        assert_eq!(
            act("Leif lovar att ta fram siffrorna."),
            Some(("Leif", "lovar att ta fram siffrorna"))
        );
        assert_eq!(
            act("Hyresgarantierna: Ingrid kontrollerar om kommunen kan gå i borgen."),
            Some(("Ingrid", "kontrollerar om kommunen kan gå i borgen"))
        );
        assert_eq!(
            act("Karin tar upp frågan med ledningen."),
            Some(("Karin", "tar upp frågan med ledningen"))
        );
        assert_eq!(act("Tord tar upp att många har skulder."), None);
        assert_eq!(
            act("Birgitta informerar om att planen ska revideras."),
            None
        );
        // Rules, states and passives name nobody who acts.
        assert_eq!(act("Översynen ska vara klar i oktober."), None);
        assert_eq!(act("Samtidigt ska personalen kunna slussa vidare."), None);
        assert_eq!(act("Rutinen ska gälla hela socialpsykiatrin."), None);
        assert_eq!(
            act("Handläggarna ska därför alltid fråga den enskilde."),
            None
        );
        assert_eq!(act("Stödpersonen ska inte gå in i lägenheten."), None);
        assert_eq!(act("Besöken ska bokas i förväg."), None);
        // What was said at the meeting is no promise.
        assert_eq!(act("Karin berättar om hur SIP fungerar."), None);
        assert_eq!(act("Leif frågar om det finns pengar."), None);
        assert_eq!(act("Det ska finnas möjlighet att träffas."), None);
        assert_eq!(act("Målet är att barnen ska få en livsstil."), None);
    }

    #[test]
    fn questions() {
        assert!(question("Vilka har tid och möjlighet att sitta med?").is_some());
        assert!(question("Unionen?").is_none());
        let s = "Bryggan, Ria (ett gemensamt eller flera bord?)";
        let (a, b) = question(s).unwrap();
        assert_eq!(&s[a..b], "ett gemensamt eller flera bord?");
        assert!(question("Företagshälsovården (Feelgood? Previa?)").is_none());
        // A label before the question is left out of it.
        let s = "Frågor att samtala om: Vad tar jag med mig till min arbetsplats?";
        let (a, b) = question(s).unwrap();
        assert_eq!(&s[a..b], "Vad tar jag med mig till min arbetsplats?");
        let s = "Fråga 2: vad är en SIP?";
        assert_eq!(question(s), Some((0, s.len())));
    }

    #[test]
    fn refusals_in_a_reply() {
        use DecisionOutcome::{PartlyAccepted, Rejected};
        let read = |s: &'static str| refusal(s).map(|(o, r)| (o, r.map(|(a, b)| &s[a..b])));
        assert_eq!(
            read("Vi kan tyvärr inte öppna på lördagar i år eftersom budgeten är fastställd."),
            Some((Rejected, Some("budgeten är fastställd")))
        );
        assert_eq!(
            read("Det är inte möjligt att ordna kvällsträffar på grund av bristen på personal."),
            Some((Rejected, Some("på grund av bristen på personal")))
        );
        assert_eq!(
            read("Tyvärr har vi inte lokaler för det."),
            Some((Rejected, None))
        );
        assert_eq!(
            read("Vi kan inte ordna fler träffar, men vi kan översätta bladet."),
            Some((PartlyAccepted, None))
        );
        // Said by someone else, asked, or no refusal at all.
        assert_eq!(read("Många kan inte komma på dagtid."), None);
        assert_eq!(read("Kan ni inte öppna på lördagar?"), None);
        assert_eq!(read("Vi tar upp frågan igen inför budgeten 2027."), None);
        assert_eq!(read("Vi ses inte förrän i maj."), None);
    }

    #[test]
    fn decisions_and_their_reasons() {
        use DecisionOutcome::{Accepted, Parked, PartlyAccepted, Rejected};
        let read = |s: &'static str| decision(s).map(|(o, r)| (o, r.map(|(a, b)| &s[a..b])));
        // A proposal for a decision is none.
        assert_eq!(
            read("Socialnämnden föreslås besluta att bifalla medborgarförslaget."),
            None
        );
        // A chair's finding after a vote.
        assert_eq!(
            read(
                "Mötesordföranden ställde styrelsens förslag mot bifall och fann att årsmötet \
                 hade bifallit motionen."
            ),
            Some((Accepted, None))
        );
        assert_eq!(
            read("Ordföranden fann att mötet hade avslagit förslaget."),
            Some((Rejected, None))
        );
        assert_eq!(
            read("Socialnämnden beslutade att bifalla medborgarförslaget."),
            Some((Accepted, None))
        );
        assert_eq!(
            read(
                "Kommunfullmäktige behandlade ärendet den 10 mars 2026, § 41, och biföll medborgarförslaget."
            ),
            Some((Accepted, None))
        );
        assert_eq!(read("Medborgarförslaget avslås."), Some((Rejected, None)));
        // A board's yes or no to a proposal another body decides on.
        assert_eq!(
            read("Socialnämnden beslutade att tillstyrka förslaget."),
            Some((Accepted, None))
        );
        assert_eq!(
            read("Nämnden beslutade att avstyrka motionen."),
            Some((Rejected, None))
        );
        // The administration's recommendation is none.
        assert_eq!(read("Förvaltningen avstyrker motionen."), None);
        assert_eq!(read("Förvaltningen tillstyrker förslaget."), None);
        // A yes to part of it, whichever way it is put, with the reason for the rest.
        assert_eq!(
            read("Förslaget bifalls delvis eftersom kvällsöppet inte ryms i budgeten."),
            Some((PartlyAccepted, Some("kvällsöppet inte ryms i budgeten")))
        );
        assert_eq!(
            read("Förslaget avslås delvis."),
            Some((PartlyAccepted, None))
        );
        assert_eq!(
            read("Ansökan beviljas inte ens delvis."),
            Some((Rejected, None))
        );
        assert_eq!(
            read("Beslut: Förslaget avslås eftersom det saknas personal."),
            Some((Rejected, Some("det saknas personal")))
        );
        assert_eq!(read("Förslaget avslogs."), Some((Rejected, None)));
        assert_eq!(read("Förslaget bifalls."), Some((Accepted, None)));
        assert_eq!(read("Ansökan beviljas inte."), Some((Rejected, None)));
        assert_eq!(
            read("Förslaget bordläggs på grund av att svaret dröjer."),
            Some((Parked, Some("på grund av att svaret dröjer")))
        );
        assert_eq!(
            read("Gruppen beslutade att bilda en arbetsgrupp."),
            Some((Accepted, None))
        );
        // The outcome word after "beslutar att" and the matter tells it.
        assert_eq!(
            read("Socialnämnden beslutar att förslaget avslås."),
            Some((Rejected, None))
        );
        assert_eq!(
            read("Nämnden beslutade att förslaget bifalls delvis."),
            Some((PartlyAccepted, None))
        );
        assert_eq!(
            read("Nämnden beslutade att förslaget inte genomförs eftersom pengar saknas."),
            Some((Rejected, Some("pengar saknas")))
        );
        assert_eq!(
            read("Nämnden beslutade i juni vilka förslag som skulle genomföras."),
            None
        );
        // Looked into before a decision: a referral, not a yes.
        assert_eq!(
            read("Brukarrådet beslutar att ge förvaltningen i uppdrag att utreda frågan."),
            Some((DecisionOutcome::Referred, None))
        );
        assert_eq!(
            read("Förslaget remitteras till socialnämndens arbetsutskott."),
            Some((DecisionOutcome::Referred, None))
        );
        assert_eq!(
            read("Förslaget utreds inte vidare eftersom lokalen är såld."),
            Some((Rejected, Some("lokalen är såld")))
        );
        // The matter raised, put to rest or taken up; "godtas", "accepteras" are a yes.
        assert_eq!(
            read("Frågan bordläggs till nästa möte eftersom budgeten inte är klar."),
            Some((Parked, Some("budgeten inte är klar")))
        );
        assert_eq!(read("Förslaget godtas."), Some((Accepted, None)));
        assert_eq!(
            read("Förslaget accepterades av nämnden."),
            Some((Accepted, None))
        );
        assert_eq!(read("Frågan diskuterades länge."), None);
        // Carried out, as a follow-up tells; "genomförs" is a yes to come.
        assert_eq!(
            read("Förslaget har genomförts och träffpunkten har öppet varje lördag."),
            Some((DecisionOutcome::Implemented, None))
        );
        assert_eq!(read("Förslaget genomförs."), Some((Accepted, None)));
        assert_eq!(read("Frågan kunde inte besvaras på mötet."), None);
        // Closed with an answer: a "no" by another name, with the answer it points to.
        assert_eq!(
            read("Medborgarförslaget anses besvarat."),
            Some((DecisionOutcome::Answered, None))
        );
        assert_eq!(
            read(
                "Kommunfullmäktige beslutar att anse motionen besvarad med hänvisning till nämndens yttrande."
            ),
            Some((
                DecisionOutcome::Answered,
                Some("med hänvisning till nämndens yttrande")
            ))
        );
        assert_eq!(read("Motionen anses inte besvarad."), None);
        assert_eq!(
            read(
                "Socialnämnden beslutar att godkänna förvaltningens yttrande som svar på medborgarförslaget."
            ),
            Some((DecisionOutcome::Answered, None))
        );
        assert_eq!(read("Förslaget har aldrig besvarats."), None);
        assert_eq!(read("Förslaget genomfördes aldrig."), None);
        assert_eq!(read("Förslaget har inte genomförts än."), None);
        // Decisions told of, counted or asked about are none.
        for s in [
            "Förvaltningen har besvarat förslaget.",
            "Torbjörn berättar om en medlem som fick avslag på en ansökan.",
            "Av tolv förslag har två fått avslag.",
            "Alla avslag har motiverats skriftligt.",
            "Protokollet godkändes.",
            "Ska förslaget bifallas?",
            "Vi pratade om beslutet.",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
