//! A small list of frequent English words, so English phrases in Swedish notes ("Take
//! action!", "best practice") are recognised and left alone rather than "restored".

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::FxHasher;

/// Frequent English words (lower-case, sorted). Words that are also common Swedish ("man", "hall")
/// count as English only beside an English-only neighbour.
const ENGLISH: &[&str] = &[
    "a",
    "about",
    "action",
    "addiction",
    "advocacy",
    "after",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "back",
    "based",
    "because",
    "been",
    "before",
    "being",
    "best",
    "better",
    "between",
    "both",
    "box",
    "but",
    "call",
    "can",
    "care",
    "case",
    "change",
    "chill",
    "coach",
    "college",
    "community",
    "could",
    "dark",
    "day",
    "dialogue",
    "did",
    "does",
    "done",
    "down",
    "drug",
    "drugs",
    "each",
    "empowerment",
    "even",
    "every",
    "feedback",
    "first",
    "for",
    "from",
    "get",
    "give",
    "go",
    "good",
    "great",
    "had",
    "handover",
    "harm",
    "has",
    "have",
    "he",
    "health",
    "hearing",
    "help",
    "her",
    "here",
    "him",
    "his",
    "home",
    "housing",
    "how",
    "if",
    "illness",
    "inclusion",
    "individual",
    "into",
    "involvement",
    "is",
    "it",
    "its",
    "know",
    "later",
    "led",
    "life",
    "like",
    "living",
    "long",
    "look",
    "made",
    "manager",
    "many",
    "matters",
    "may",
    "me",
    "meeting",
    "mental",
    "mentor",
    "mess",
    "more",
    "most",
    "much",
    "must",
    "my",
    "need",
    "network",
    "never",
    "new",
    "next",
    "no",
    "not",
    "nothing",
    "now",
    "of",
    "off",
    "on",
    "one",
    "online",
    "only",
    "open",
    "or",
    "other",
    "our",
    "out",
    "outreach",
    "over",
    "own",
    "peer",
    "peers",
    "people",
    "place",
    "placement",
    "point",
    "practice",
    "program",
    "public",
    "recovery",
    "reduction",
    "right",
    "safe",
    "said",
    "same",
    "say",
    "see",
    "self",
    "service",
    "services",
    "she",
    "should",
    "side",
    "skills",
    "so",
    "some",
    "space",
    "such",
    "support",
    "take",
    "team",
    "than",
    "thank",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "think",
    "thinking",
    "this",
    "those",
    "through",
    "tick",
    "time",
    "to",
    "together",
    "total",
    "training",
    "two",
    "up",
    "update",
    "us",
    "use",
    "user",
    "users",
    "very",
    "voice",
    "voices",
    "want",
    "warm",
    "was",
    "way",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "without",
    "work",
    "workshop",
    "world",
    "would",
    "year",
    "yes",
    "you",
    "your",
];

/// Length in bytes of the longest word of the list: longer words are not looked up.
pub(crate) const LONGEST: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ENGLISH.len() {
        if ENGLISH[i].len() > longest {
            longest = ENGLISH[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether `word` (lower-case ASCII bytes) is in the English list.
pub(crate) fn is_english(word: &[u8]) -> bool {
    // Asked for every restored word: a hash lookup rather than a binary search of string
    // comparisons.
    static SET: OnceLock<HashSet<&[u8], BuildHasherDefault<FxHasher>>> = OnceLock::new();
    word.len() <= LONGEST
        && SET
            .get_or_init(|| ENGLISH.iter().map(|w| w.as_bytes()).collect())
            .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_common_english() {
        assert!(is_english(b"take"));
        assert!(is_english(b"practice"));
        assert!(!is_english("mötet".as_bytes()));
        assert!(!is_english(b"verksamhet"));
    }

    #[test]
    fn list_is_sorted_for_binary_search() {
        assert!(ENGLISH.windows(2).all(|w| w[0] < w[1]));
    }
}
