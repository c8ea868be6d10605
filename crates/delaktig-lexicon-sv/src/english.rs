//! Common English words that Swedish notes quote, searched in the embedded sorted list.

/// The list (`data/english.txt`, written by `gen/english.py`): lower-case ASCII words of four
/// letters or more that are common in English and far rarer in Swedish, one per line, sorted
/// by byte.
const ENGLISH: &str = include_str!("../data/english.txt");

/// Whether `word` (lower-case) is a common English word that Swedish seldom writes ("study",
/// "chart", "report"): the words of `data/english.txt`, from wordfreq's English and Swedish
/// lists (see `gen/english.py`). A Swedish word of the same spelling that is common in
/// Swedish too ("hand", "bank") is not one.
///
/// The embedded list is searched where it lies (a binary search over its lines): nothing is
/// built at start-up.
///
/// ```
/// use delaktig_lexicon_sv::is_common_english;
///
/// assert!(is_common_english("study"));
/// assert!(!is_common_english("förvaltningen"));
/// assert!(!is_common_english("Study")); // lower-case only
/// ```
pub fn is_common_english(word: &str) -> bool {
    let text = ENGLISH.as_bytes();
    let key = word.as_bytes();
    let (mut lo, mut hi) = (0, text.len());
    // Invariant: every line that starts before `lo` sorts before `key`, and every line that
    // starts at or after `hi` sorts after it.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line that holds `mid`, found from its start.
        let start = text[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = text[mid..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| mid + i);
        let line = &text[start..end];
        match line.cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_the_list_is_sorted() {
        let lines: Vec<&str> = ENGLISH.lines().collect();
        assert!(lines.len() > 5_000);
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        for w in &lines {
            assert!(is_common_english(w), "{w}");
            assert!(
                w.len() >= 4 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn words_between_and_around_the_listed_ones_are_not_found() {
        let lines: Vec<&str> = ENGLISH.lines().collect();
        for w in &lines {
            // A letter more or less sorts next to a listed word without being one (unless
            // that spelling is listed too).
            for probe in [
                format!("{w}q"),
                w[..w.len() - 1].to_string(),
                format!("a{w}"),
            ] {
                assert_eq!(
                    is_common_english(&probe),
                    lines.binary_search(&probe.as_str()).is_ok()
                );
            }
        }
        for w in ["", "a", "zzzzzz", "\u{f6}ver", "hand", "socialtjänsten"] {
            assert_eq!(is_common_english(w), lines.binary_search(&w).is_ok(), "{w}");
        }
    }
}
