//! Maps byte offsets of a rewritten text back to the text it was made from.
//! Every stage rewrites through a list of non-overlapping edits, so a change found in a later
//! stage can always be reported as a span of the caller's input.

use std::ops::Range;

/// One rewritten region: `from` in the source text became `to` in the derived text.
#[derive(Debug, Clone)]
struct Region {
    from: Range<usize>,
    to: Range<usize>,
}

/// Offset map from a derived text to its source. Offsets outside rewritten regions shift by
/// the accumulated length difference; offsets inside one snap to the region's edges.
#[derive(Debug, Clone, Default)]
pub(crate) struct OffsetMap {
    regions: Vec<Region>,
}

impl OffsetMap {
    /// Applies `edits` (sorted, non-overlapping spans of `source` with their replacements) and
    /// returns the rewritten text with the map back to `source`.
    pub(crate) fn apply<'a>(
        source: &str,
        edits: impl IntoIterator<Item = (Range<usize>, &'a str)>,
    ) -> (String, OffsetMap) {
        let mut out = String::with_capacity(source.len());
        let mut regions = Vec::new();
        let mut pos = 0;
        for (span, replacement) in edits {
            if span.start < pos || span.end > source.len() || span.start > span.end {
                continue;
            }
            let (Some(before), Some(_)) = (source.get(pos..span.start), source.get(span.clone()))
            else {
                continue;
            };
            out.push_str(before);
            let to_start = out.len();
            out.push_str(replacement);
            regions.push(Region {
                from: span.clone(),
                to: to_start..out.len(),
            });
            pos = span.end;
        }
        out.push_str(source.get(pos..).unwrap_or(""));
        (out, OffsetMap { regions })
    }

    /// Whether the map is the identity (nothing was rewritten).
    pub(crate) fn is_identity(&self) -> bool {
        self.regions.is_empty()
    }

    /// Maps a span of the derived text to the smallest span of the source that covers it.
    pub(crate) fn to_source(&self, span: Range<usize>) -> Range<usize> {
        let start = self.map(span.start, false);
        start..self.map(span.end, true).max(start)
    }

    fn map(&self, x: usize, is_end: bool) -> usize {
        // Last region starting at or before x in the derived text.
        let idx = self.regions.partition_point(|r| r.to.start <= x);
        self.map_after(idx, x, is_end)
    }

    /// [`OffsetMap::map`] with `idx` the number of regions starting at or before `x`.
    fn map_after(&self, idx: usize, x: usize, is_end: bool) -> usize {
        if idx == 0 {
            return x;
        }
        let Some(r) = self.regions.get(idx - 1) else {
            return x;
        };
        if x >= r.to.end {
            // Past the region: shift by the difference accumulated up to and including it.
            if x == r.to.end && x == r.to.start {
                // Empty replacement: a start maps before the removed text, an end after it.
                return if is_end { r.from.end } else { r.from.start };
            }
            return r.from.end + (x - r.to.end);
        }
        if x == r.to.start {
            return r.from.start;
        }
        if is_end { r.from.end } else { r.from.start }
    }

    /// A mapper for spans given in text order: it walks the regions once instead of
    /// searching them for each span.
    pub(crate) fn cursor(&self) -> Cursor<'_> {
        Cursor {
            map: self,
            idx: 0,
            last: 0,
        }
    }

    /// The rewritten regions as (source span, derived span) pairs, in order.
    pub(crate) fn regions(&self) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
        self.regions.iter().map(|r| (r.from.clone(), r.to.clone()))
    }
}

/// Maps spans of the derived text to the source as [`OffsetMap::to_source`] does, fastest
/// for spans in text order (an offset before the last one is searched for afresh).
pub(crate) struct Cursor<'m> {
    map: &'m OffsetMap,
    /// How many regions start at or before `last`.
    idx: usize,
    last: usize,
}

impl Cursor<'_> {
    /// [`OffsetMap::to_source`].
    pub(crate) fn source_of(&mut self, span: Range<usize>) -> Range<usize> {
        let start = self.map(span.start, false);
        start..self.map(span.end, true).max(start)
    }

    fn map(&mut self, x: usize, is_end: bool) -> usize {
        let regions = &self.map.regions;
        if x < self.last {
            self.idx = regions.partition_point(|r| r.to.start <= x);
        } else {
            while regions.get(self.idx).is_some_and(|r| r.to.start <= x) {
                self.idx += 1;
            }
        }
        self.last = x;
        self.map.map_after(self.idx, x, is_end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_when_nothing_changes() {
        let (out, map) = OffsetMap::apply("abc", std::iter::empty());
        assert_eq!(out, "abc");
        assert!(map.is_identity());
        assert_eq!(map.to_source(1..2), 1..2);
    }

    #[test]
    fn spans_after_an_edit_shift_and_spans_over_it_widen() {
        // "social-\nförvaltningen" with "-\n" removed.
        let src = "x social-\nförvaltningen y";
        let (out, map) = OffsetMap::apply(src, [(8..10, "")]);
        assert_eq!(out, "x socialförvaltningen y");
        let word = 2..out.len() - 2;
        assert_eq!(&out[word.clone()], "socialförvaltningen");
        assert_eq!(&src[map.to_source(word)], "social-\nförvaltningen");
        let y = out.len() - 1..out.len();
        assert_eq!(&src[map.to_source(y)], "y");
    }

    #[test]
    fn a_cursor_maps_as_the_map_does_in_any_order() {
        let src = "a ﬁ b social-\nförvaltningen c\u{ad}d e";
        let edits = [(2..5, "fi"), (13..15, ""), (30..32, ""), (33..34, "E")];
        let (out, map) = OffsetMap::apply(src, edits.iter().map(|(s, r)| (s.clone(), *r)));
        let spans: Vec<Range<usize>> = (0..=out.len())
            .flat_map(|a| (a..=out.len()).map(move |b| a..b))
            .collect();
        let mut cursor = map.cursor();
        for span in spans.iter().chain(spans.iter().rev()) {
            assert_eq!(
                cursor.source_of(span.clone()),
                map.to_source(span.clone()),
                "{span:?}"
            );
        }
    }

    #[test]
    fn span_inside_a_longer_replacement_maps_to_the_whole_region() {
        let src = "a ﬁ b";
        let (out, map) = OffsetMap::apply(src, [(2..5, "fi")]);
        assert_eq!(out, "a fi b");
        assert_eq!(&src[map.to_source(3..4)], "ﬁ");
        assert_eq!(&src[map.to_source(5..6)], "b");
    }
}
