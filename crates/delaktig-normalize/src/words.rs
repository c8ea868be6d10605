//! The normaliser's view of the Swedish lexicon: word frequencies, names and compound
//! analysis, through a [`Vocabulary`] (the embedded lexicon plus the caller's additions).
//! The costly analyses (compound splits, misread searches) are remembered across calls.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, TryLockError};

use delaktig_lexicon_sv::{MIN_PART_CHARS, Reading, SplitScratch, Vocabulary, long_enough_last};

use crate::FxHasher;
use crate::confusion::{self, Candidates, Tier};
use crate::forms::Facts;
use crate::restore::{Damage, Place, Proposal, Questions, Shape};

/// Weight (entries, or candidates for the candidate lists) a memo holds before it starts
/// afresh: bounds its memory (some MB) whatever the input, while notes on one subject keep
/// hitting the forms they share.
const MEMO_LIMIT: usize = 1 << 16;
const CANDIDATE_MEMO_LIMIT: usize = 1 << 18;

/// A word read as a compound of known parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Compound {
    /// How many parts.
    pub parts: usize,
    /// The sum of ln(1 + frequency) of the parts.
    pub sum: f32,
    /// The frequency of the rarest part (0 for a compound head that is no word).
    pub rarest: u32,
    /// Whether a part is a known word of [`LONG_PART_BYTES`] or more: one that may be a
    /// listed compound of its own.
    pub long_part: bool,
}

/// Fewest bytes of a part that [`Compound::long_part`] marks.
pub(crate) const LONG_PART_BYTES: usize = 7;

/// What a part of frequency `f` adds to a compound's sum: ln(1 + f) for a word, and for a
/// compound head that is no word (`None`) that of a moderately common one.
pub(crate) fn part_value(f: Option<u32>) -> f32 {
    f.map_or(6.0, |f| (f as f32 + 1.0).ln())
}

/// Most that a part of three letters or fewer adds to a compound's sum: about the value of a
/// word of 100,000 per billion. The commonest short words are pronouns, verbs and particles
/// ("man", "var", "all", "för") whose frequency says nothing of how often they build
/// compounds; valued in full they carry a split into more parts past a reading with fewer
/// ("all|man|psykiatriska" against "allmän|psykiatriska"). A short head that does build
/// compounds ("län" in "länsgemensam") stays below the cap.
const SHORT_PART_VALUE: f32 = 11.5;

/// What the part `stem` of frequency `f` adds to a compound's sum: its [`part_value`], at
/// most [`SHORT_PART_VALUE`] for a short part.
pub(crate) fn stem_value(stem: &str, f: Option<u32>) -> f32 {
    let value = part_value(f);
    if stem.chars().nth(3).is_none() {
        value.min(SHORT_PART_VALUE)
    } else {
        value
    }
}

/// A compound reading, if the word has one.
pub(crate) type CompoundReading = Option<Compound>;

/// Words the lexicon lets begin a compound that no Swedish compound begins with: spoken
/// forms of pronouns, and the present tense "äter", which a scan's "ater" for the prefix
/// "åter" would otherwise make a head of ("äter|rapporterar" for "återrapporterar").
const NEVER_COMPOUND_FIRST: &[&str] = &["nåt", "nån", "sån", "äter"];
/// A misread correction: `(score, lower-case word)`.
pub(crate) type MisreadReading = Option<(f32, String)>;

/// A candidate restoration the lexicon knows, by its place in the word's candidate list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Known {
    /// Index in the candidate list.
    pub index: u32,
    /// Frequency of its lower-case form.
    pub frequency: Option<u32>,
    /// Frequency as a name (looked up for capitalised words only).
    pub name_frequency: Option<u32>,
}

/// The candidate restorations of a word in one tier, and those the lexicon knows.
#[derive(Debug)]
pub(crate) struct TierCandidates {
    /// As `confusion::candidates` gives them.
    pub cands: Candidates,
    /// The known ones, in candidate order.
    pub known: Vec<Known>,
}

/// Entries a memo table has room for from the start: what a few pages of new text fill,
/// so a fresh run does not rebuild its tables again and again while they grow to that.
const TABLE_ROOM: usize = 4096;
/// The same for the tables of restorations, whose entries are large (a slot per place and
/// damage level): room made up front is memory held from the start.
const LARGE_TABLE_ROOM: usize = 1024;

/// A bounded memo table: cleared when its weight passes a limit.
struct Table<V> {
    map: HashMap<Box<str>, V, foldhash::fast::RandomState>,
    weight: usize,
    limit: usize,
}

impl<V> Table<V> {
    fn new(limit: usize) -> Mutex<Table<V>> {
        Table::with_room(limit, TABLE_ROOM)
    }

    fn with_room(limit: usize, room: usize) -> Mutex<Table<V>> {
        Mutex::new(Table {
            map: HashMap::with_capacity_and_hasher(limit.min(room), Default::default()),
            weight: 0,
            limit,
        })
    }

    /// Counts `w` more weight for an entry about to be stored, starting afresh first if it
    /// would pass the limit.
    fn charge(&mut self, w: usize) {
        if self.weight.saturating_add(w) > self.limit {
            self.map.clear();
            self.weight = 0;
        }
        self.weight = self.weight.saturating_add(w);
    }
}

/// The table, locked; a table a panicking thread left behind is still a valid memo (at
/// worst it lacks an entry), so a poisoned lock is taken over.
fn lock<V>(table: &Mutex<Table<V>>) -> MutexGuard<'_, Table<V>> {
    table.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Results that depend only on the vocabulary, which never changes after construction, so
/// they hold for every document. The tables hash with foldhash seeded at random per table:
/// several times faster than SipHash on short words, and keys from untrusted text still
/// cannot be chosen to collide without the seed; the weight limit bounds any table anyway.
struct Memo {
    /// Per tier: a word's candidates.
    candidates: [Mutex<Table<Arc<TierCandidates>>>; 2],
    /// Per tier and capitalisation (lower-case lookups only, or names too): the candidates
    /// the vocabulary knows.
    known: [Mutex<Table<Arc<Candidates>>>; 4],
    compounds: Mutex<Table<CompoundReading>>,
    /// The compound splitter's walks down the lexicon, remembered from one split to the
    /// next: a damaged word's candidate spellings share most of their letters.
    split_scratch: Mutex<SplitScratch>,
    name_compounds: Mutex<Table<Option<f32>>>,
    misreads: Mutex<Table<MisreadReading>>,
    /// Misread corrections to whole words only (no compounds).
    whole_misreads: Mutex<Table<MisreadReading>>,
    /// Far commoner readings of rare known words (see [`Words::rare_reading`]).
    rare_readings: Mutex<Table<Option<String>>>,
    /// The readings of the document-misread pass (see [`Words::misread_word`]).
    misread_words: Mutex<Table<Option<String>>>,
    /// What the word passes ask of a spelling, and its lower case where that differs (see
    /// [`Words::spelling`]).
    spellings: Mutex<Table<(Facts, Option<Box<str>>)>>,
    /// A word's restoration per place and document damage level (see [`Words::decision`]).
    decisions: Mutex<Table<Decisions>>,
    /// The context rules' spellings in each shape met (see [`Words::shaped_choice`]): a
    /// handful of words, kept for good.
    shaped_choices: Mutex<ShapedChoices>,
    /// Restorations the document's evidence bears on, with the questions they asked it
    /// (see [`Words::traced_decision`]).
    traced: Mutex<Table<Vec<Traced>>>,
}

/// A restoration of a word at a place, and the questions about the document's evidence it
/// asked: it holds wherever they get the same answers.
#[derive(Debug)]
struct Traced {
    place: Place,
    asked: Questions,
    result: Option<Proposal>,
}

/// Restorations remembered per word with their questions (one per set of answers met).
const TRACED_PER_WORD: usize = 4;
/// Weight (questions and restorations) the traced memo holds before it starts afresh.
const TRACED_MEMO_LIMIT: usize = 1 << 17;

/// The context rules' spellings by shape, shared (see [`Words::shaped_choice`]).
type ShapedChoices = HashMap<(&'static str, Shape), Arc<str>, BuildHasherDefault<FxHasher>>;

/// Remembered restorations of one word: `slots[place][damage]`, `None` until worked out.
type Decisions = [[Option<Option<Proposal>>; 3]; Place::COUNT];

impl Default for Memo {
    fn default() -> Self {
        Memo {
            candidates: [
                Table::new(CANDIDATE_MEMO_LIMIT),
                Table::new(CANDIDATE_MEMO_LIMIT),
            ],
            known: [
                Table::new(CANDIDATE_MEMO_LIMIT),
                Table::new(CANDIDATE_MEMO_LIMIT),
                Table::new(CANDIDATE_MEMO_LIMIT),
                Table::new(CANDIDATE_MEMO_LIMIT),
            ],
            compounds: Table::new(MEMO_LIMIT),
            split_scratch: Mutex::default(),
            name_compounds: Table::new(MEMO_LIMIT),
            misreads: Table::new(MEMO_LIMIT),
            whole_misreads: Table::new(MEMO_LIMIT),
            rare_readings: Table::new(MEMO_LIMIT),
            misread_words: Table::new(MEMO_LIMIT),
            spellings: Table::with_room(MEMO_LIMIT, LARGE_TABLE_ROOM),
            decisions: Table::with_room(MEMO_LIMIT, LARGE_TABLE_ROOM),
            shaped_choices: Mutex::default(),
            traced: Table::with_room(TRACED_MEMO_LIMIT, LARGE_TABLE_ROOM),
        }
    }
}

/// Looks `key` up in `table`, computing and storing it (with its `weight`) when absent. A
/// poisoned lock only means another thread panicked mid-insert; the table is still
/// consistent.
fn remember<V: Clone>(
    table: &Mutex<Table<V>>,
    key: &str,
    compute: impl FnOnce() -> V,
    weight: impl FnOnce(&V) -> usize,
) -> V {
    if let Some(v) = lock(table).map.get(key) {
        return v.clone();
    }
    // Computed outside the lock: other threads keep using the table meanwhile.
    let v = compute();
    let w = weight(&v).max(1);
    let mut t = lock(table);
    if !t.map.contains_key(key) {
        t.charge(w);
    }
    t.map.insert(key.into(), v.clone());
    v
}

/// Where the normaliser looks words up.
#[derive(Clone)]
pub(crate) struct Words {
    vocabulary: Vocabulary,
    memo: Arc<Memo>,
}

impl Words {
    /// Lookups in `vocabulary`, with empty memos.
    pub(crate) fn new(vocabulary: Vocabulary) -> Words {
        Words {
            vocabulary,
            memo: Arc::default(),
        }
    }

    /// The vocabulary looked up.
    pub(crate) fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Frequency per billion of a lower-case form; `None` when unknown.
    #[inline]
    pub(crate) fn frequency(&self, word: &str) -> Option<u32> {
        self.vocabulary.frequency(word)
    }

    /// Whether the lexicon knows `stem` followed by `ending` (both lower-case) as a word: a
    /// form of the word that `stem` makes with another ending ("nämn" + "de").
    pub(crate) fn knows_with(&self, stem: &str, ending: &str) -> bool {
        let mut form = String::with_capacity(stem.len() + ending.len());
        form.push_str(stem);
        form.push_str(ending);
        self.frequency(&form).is_some()
    }

    /// Frequency of a capitalised proper name; `None` when unknown.
    #[inline]
    pub(crate) fn name_frequency(&self, name: &str) -> Option<u32> {
        self.vocabulary.name_frequency(name)
    }

    /// The prefixes of `text` that are names as written, as (byte length, frequency),
    /// shortest first: one walk for what [`Words::name_frequency`] of each prefix would give.
    pub(crate) fn name_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, u32)> + 'a {
        self.vocabulary.name_prefixes(text)
    }

    /// Every known word one letter away from `lower` (a letter of the misread alphabet
    /// substituted or inserted, or a character deleted); see
    /// [`Vocabulary::one_edit_readings`].
    pub(crate) fn one_edit_readings(&self, lower: &str, out: &mut Vec<Reading>) {
        self.vocabulary
            .one_edit_readings(lower, crate::confusion::ALPHABET, out);
    }

    /// Byte ends of the prefixes of `lower` that a compound may begin with: known words and
    /// compound heads of at least [`MIN_PART_CHARS`] characters.
    pub(crate) fn part_prefix_ends(&self, lower: &str) -> Vec<usize> {
        let long_enough = |&(len, _): &(usize, u32)| {
            lower
                .get(..len)
                .is_some_and(|p| p.chars().count() >= MIN_PART_CHARS)
        };
        let mut ends: Vec<usize> = self
            .vocabulary
            .word_prefixes(lower)
            .filter(long_enough)
            .chain(
                self.vocabulary
                    .base()
                    .head_prefixes(lower)
                    .filter(long_enough),
            )
            .map(|(len, _)| len)
            .collect();
        ends.sort_unstable();
        ends.dedup();
        ends
    }

    /// Byte starts (after the first character) of the suffixes of `lower` that are known
    /// words long enough to end a compound ([`long_enough_last`]): where a compound's last
    /// part may begin.
    pub(crate) fn word_suffix_starts(&self, lower: &str) -> Vec<usize> {
        let starts: Vec<usize> = lower.char_indices().map(|(b, _)| b).collect();
        let count = starts.len();
        starts
            .iter()
            .enumerate()
            .skip(1)
            .filter(|&(k, &b)| {
                lower
                    .get(b..)
                    .is_some_and(|s| long_enough_last(s, count - k) && self.frequency(s).is_some())
            })
            .map(|(_, &b)| b)
            .collect()
    }

    /// Known words and compound heads one edit away from `lower`; see
    /// [`Words::one_edit_readings`].
    pub(crate) fn one_edit_parts(&self, lower: &str, out: &mut Vec<Reading>) {
        self.one_edit_readings(lower, out);
        self.vocabulary
            .base()
            .one_edit_head_readings(lower, crate::confusion::ALPHABET, out);
    }

    /// Reads `lower` as a compound of known parts (fewest parts). Compound heads that are not
    /// words count as moderately common in the sum.
    pub(crate) fn compound(&self, lower: &str) -> CompoundReading {
        remember(
            &self.memo.compounds,
            lower,
            || self.split_uncached(lower),
            |_| 1,
        )
    }

    /// Like [`Words::compound`] without the memo, for strings unlikely to recur (it would
    /// only crowd out the ones that do).
    pub(crate) fn split_uncached(&self, lower: &str) -> CompoundReading {
        // The scratch is held for one split (microseconds); a thread that finds it busy
        // splits without it rather than wait. One a panicking thread left is started afresh.
        let split = match self.memo.split_scratch.try_lock() {
            Ok(mut scratch) => self.vocabulary.split_compound_with(lower, &mut scratch),
            Err(TryLockError::Poisoned(poisoned)) => {
                let mut scratch = poisoned.into_inner();
                *scratch = SplitScratch::default();
                self.memo.split_scratch.clear_poison();
                self.vocabulary.split_compound_with(lower, &mut scratch)
            }
            Err(TryLockError::WouldBlock) => self.vocabulary.split_compound(lower),
        }?;
        // Spoken pronouns begin no compound ("nåt|varande" is a scan's "Närvarande").
        if split
            .stems(lower)
            .next()
            .is_some_and(|first| NEVER_COMPOUND_FIRST.contains(&first))
        {
            return None;
        }
        let mut parts = 0;
        let mut sum = 0.0;
        let mut rarest = u32::MAX;
        let mut long_part = false;
        for stem in split.stems(lower) {
            parts += 1;
            let f = self.frequency(stem);
            sum += stem_value(stem, f);
            rarest = rarest.min(f.unwrap_or(0));
            long_part |= f.is_some() && stem.len() >= LONG_PART_BYTES;
        }
        (parts >= 2).then_some(Compound {
            parts,
            sum,
            rarest,
            long_part,
        })
    }

    /// The candidates of `word` in `tier` as `generate` makes them: it must depend on
    /// nothing but `word`, `tier` and this vocabulary.
    pub(crate) fn tier_candidates(
        &self,
        word: &str,
        tier: Tier,
        generate: impl FnOnce() -> TierCandidates,
    ) -> Arc<TierCandidates> {
        let table = match tier {
            Tier::Common => &self.memo.candidates[0],
            Tier::Rare => &self.memo.candidates[1],
        };
        remember(table, word, || Arc::new(generate()), |tc| tc.cands.len())
    }

    /// The candidates of `word` in `tier` that the vocabulary knows (as names too when
    /// `names`), found by the pruned walk and remembered.
    pub(crate) fn known_candidates(&self, word: &str, tier: Tier, names: bool) -> Arc<Candidates> {
        let slot = match (tier, names) {
            (Tier::Common, false) => 0,
            (Tier::Common, true) => 1,
            (Tier::Rare, false) => 2,
            (Tier::Rare, true) => 3,
        };
        let Some(table) = self.memo.known.get(slot) else {
            return Arc::new(confusion::known_candidates(
                word,
                tier,
                &self.vocabulary,
                names,
            ));
        };
        remember(
            table,
            word,
            || {
                Arc::new(confusion::known_candidates(
                    word,
                    tier,
                    &self.vocabulary,
                    names,
                ))
            },
            |k| k.len(),
        )
    }

    /// The score of `text` as a name followed by a word that `score` finds, remembered:
    /// `score` must depend on nothing but `text` and this vocabulary.
    pub(crate) fn name_compound(
        &self,
        text: &str,
        score: impl FnOnce() -> Option<f32>,
    ) -> Option<f32> {
        remember(&self.memo.name_compounds, text, score, |_| 1)
    }

    /// The restoration of `word` at `place` in a document of `damage`, as `restore` works it
    /// out, remembered across documents. Only for words the document's own evidence does not
    /// bear on: `restore` must then depend on nothing but `word`, `place`, `damage` and this
    /// vocabulary.
    pub(crate) fn decision(
        &self,
        word: &str,
        place: Place,
        damage: Damage,
        restore: impl FnOnce() -> Option<Proposal>,
    ) -> Option<Proposal> {
        let (p, d) = (place.index(), damage.index());
        let table = &self.memo.decisions;
        if let Some(known) = lock(table)
            .map
            .get(word)
            .and_then(|slots| slots.get(p)?.get(d)?.clone())
        {
            return known;
        }
        let v = restore();
        let mut t = lock(table);
        if !t.map.contains_key(word) {
            t.charge(1);
        }
        let slots = t.map.entry(word.into()).or_default();
        if let Some(slot) = slots.get_mut(p).and_then(|s| s.get_mut(d)) {
            *slot = Some(v.clone());
        }
        v
    }

    /// The restoration of `word` at `place` that `restore` works out against the document's
    /// evidence, remembered across documents with the questions it asked the evidence:
    /// `restore` must depend on nothing but `word`, `place`, this vocabulary and the answers
    /// to the questions it returns, and `answers_alike` must tell whether the current
    /// document answers them alike.
    pub(crate) fn traced_decision(
        &self,
        word: &str,
        place: Place,
        answers_alike: impl Fn(&Questions) -> bool,
        restore: impl FnOnce() -> (Option<Proposal>, Questions),
    ) -> Option<Proposal> {
        let table = &self.memo.traced;
        if let Some(known) = lock(table)
            .map
            .get(word)
            .and_then(|variants| {
                variants
                    .iter()
                    .find(|v| v.place == place && answers_alike(&v.asked))
            })
            .map(|v| v.result.clone())
        {
            return known;
        }
        let (result, asked) = restore();
        let mut t = lock(table);
        t.charge(asked.len() + 1);
        let variants = t.map.entry(word.into()).or_default();
        if variants.len() >= TRACED_PER_WORD {
            variants.remove(0);
        }
        variants.push(Traced {
            place,
            asked,
            result: result.clone(),
        });
        result
    }

    /// The whole-word misread correction of `lower` that `search` finds, remembered:
    /// `search` must depend on nothing but `lower` and this vocabulary.
    pub(crate) fn whole_word_misread(
        &self,
        lower: &str,
        search: impl FnOnce() -> MisreadReading,
    ) -> MisreadReading {
        remember(&self.memo.whole_misreads, lower, search, |_| 1)
    }

    /// The far commoner word a rare known word `lower` is read as, that `search` finds,
    /// remembered: `search` must depend on nothing but `lower` and this vocabulary.
    pub(crate) fn rare_reading(
        &self,
        lower: &str,
        search: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        remember(&self.memo.rare_readings, lower, search, |_| 1)
    }

    /// The context rules' spelling `chosen` written in `shape` ([`Shape::apply`]), made once
    /// and shared by every proposal that takes it.
    pub(crate) fn shaped_choice(&self, chosen: &'static str, shape: Shape) -> Arc<str> {
        let mut choices = self
            .memo
            .shaped_choices
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(shaped) = choices.get(&(chosen, shape)) {
            return Arc::clone(shaped);
        }
        let shaped: Arc<str> = shape.apply(chosen).into();
        choices.insert((chosen, shape), Arc::clone(&shaped));
        shaped
    }

    /// What the word passes ask of the spelling `word` ([`Facts::of`]) and its lower case
    /// ([`crate::text::lower`]; `None` where it is the word itself), remembered.
    pub(crate) fn spelling(&self, word: &str) -> (Facts, Option<Box<str>>) {
        // Worked out in the lock (it takes less than locking again would).
        let mut t = lock(&self.memo.spellings);
        if let Some(known) = t.map.get(word) {
            return known.clone();
        }
        let lower = match crate::text::lower(word) {
            Cow::Borrowed(_) => None,
            Cow::Owned(lower) => Some(lower.into_boxed_str()),
        };
        let v = (Facts::of(word), lower);
        t.charge(1);
        t.map.insert(word.into(), v.clone());
        v
    }

    /// The reading of `word` that `read` finds for the document-misread pass, remembered:
    /// `read` must depend on nothing but `word` and this vocabulary.
    pub(crate) fn misread_word(
        &self,
        word: &str,
        read: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        remember(&self.memo.misread_words, word, read, |_| 1)
    }

    /// The misread correction of `lower` that `search` finds, remembered: `search` must
    /// depend on nothing but `lower` and this vocabulary.
    pub(crate) fn misread(
        &self,
        lower: &str,
        search: impl FnOnce() -> MisreadReading,
    ) -> MisreadReading {
        remember(&self.memo.misreads, lower, search, |_| 1)
    }
}

#[cfg(test)]
mod tests {
    use delaktig_lexicon_sv::Vocabulary;

    use super::Words;

    #[test]
    fn a_spoken_pronoun_begins_no_compound() {
        let words = Words::new(Vocabulary::new());
        // The lexicon splits "nåt|varande"; no Swedish compound begins with "nåt".
        assert!(words.vocabulary().split_compound("nåtvarande").is_some());
        assert!(words.compound("nåtvarande").is_none());
        assert!(words.vocabulary().split_compound("sånfråga").is_some());
        assert!(words.compound("sånfråga").is_none());
        assert!(words.compound("arbetsmarknadsförvaltningen").is_some());
    }

    #[test]
    fn a_compound_may_end_where_the_splitter_lets_it() {
        let words = Words::new(Vocabulary::new());
        // "kurs|tid": a short last part the compound splitter takes is a place a last part
        // may begin; "tal", as short, is not one.
        let starts = words.word_suffix_starts("kurstid");
        assert!(starts.contains(&4), "{starts:?}");
        assert!(words.compound("kurstid").is_some());
        assert!(!words.word_suffix_starts("kurstal").contains(&4));
    }
}
