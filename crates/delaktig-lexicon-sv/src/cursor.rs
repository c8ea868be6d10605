//! Step-by-step walks down the word and name maps: a [`Cursor`] stands for every form that
//! begins with the text walked so far, so a caller generating candidate spellings can drop a
//! branch as soon as no known form continues it, instead of looking up every finished string.
//! A [`CursorNode`] is a cursor with its map, for trying several continuations.

use crate::lexicon::to_u32;
use crate::node::Nodes;

/// Which map a cursor walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MapKind {
    Words,
    Names,
    /// The common word forms, a part of `Words` with the same values.
    Common,
}

/// A position in one of a lexicon's maps: the forms beginning with the bytes walked so far.
/// Cheap to copy; only meaningful with the lexicon (and the map) that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub(crate) map: MapKind,
    pub(crate) addr: usize,
    pub(crate) out: u64,
}

impl Cursor {
    pub(crate) fn root(map: MapKind, nodes: Nodes<'_>) -> Cursor {
        Cursor {
            map,
            addr: nodes.root(),
            out: 0,
        }
    }
}

/// A [`Cursor`] with the map it walks, for trying several continuations from one place.
/// Made by [`crate::Lexicon::open_cursor`].
#[derive(Clone, Copy)]
pub struct CursorNode<'a> {
    nodes: Nodes<'a>,
    cursor: Cursor,
}

impl<'a> CursorNode<'a> {
    pub(crate) fn open(nodes: Nodes<'a>, cursor: Cursor) -> CursorNode<'a> {
        CursorNode { nodes, cursor }
    }

    /// The cursor after `bytes`, or `None` when no form continues with them.
    #[inline]
    pub(crate) fn advance(&self, bytes: &[u8]) -> Option<Cursor> {
        advance(self.nodes, self.cursor, bytes)
    }

    /// The cursor after `text`, or `None` when no form of its map continues with it.
    #[inline]
    pub fn advance_str(&self, text: &str) -> Option<Cursor> {
        self.advance(text.as_bytes())
    }

    /// The frequency of the form walked so far, if it is a whole form of its map.
    #[inline]
    pub fn frequency(&self) -> Option<u32> {
        frequency(self.nodes, self.cursor)
    }

    /// The first bytes of every continuation, as a set: one pass over the transitions for
    /// callers about to try many continuations.
    #[inline]
    pub fn next_bytes(&self) -> ByteSet {
        next_bytes(self.nodes, self.cursor)
    }

    /// The cursor this node was opened from.
    pub fn cursor(&self) -> Cursor {
        self.cursor
    }
}

/// `cursor` moved along `bytes` in the map `nodes` reads, or `None` when no form continues.
#[inline]
pub(crate) fn advance(nodes: Nodes<'_>, cursor: Cursor, bytes: &[u8]) -> Option<Cursor> {
    let mut addr = cursor.addr;
    let mut out = cursor.out;
    for &b in bytes {
        let (next, o) = nodes.step(addr, b)?;
        addr = next;
        out = out.wrapping_add(o);
    }
    Some(Cursor {
        map: cursor.map,
        addr,
        out,
    })
}

/// The frequency of the form `cursor` has walked, if it is a whole form of the map.
#[inline]
pub(crate) fn frequency(nodes: Nodes<'_>, cursor: Cursor) -> Option<u32> {
    let last = nodes.final_output(cursor.addr)?;
    Some(to_u32(cursor.out.wrapping_add(last)))
}

/// The first bytes of every continuation of `cursor`.
#[inline]
pub(crate) fn next_bytes(nodes: Nodes<'_>, cursor: Cursor) -> ByteSet {
    let mut set = ByteSet::default();
    nodes.for_each_input(cursor.addr, |b| set.insert(b));
    set
}

impl std::fmt::Debug for CursorNode<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CursorNode")
            .field("cursor", &self.cursor)
            .finish()
    }
}

/// A set of bytes; see [`CursorNode::next_bytes`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ByteSet([u64; 4]);

impl ByteSet {
    /// Adds `b`.
    #[inline]
    pub fn insert(&mut self, b: u8) {
        if let Some(word) = self.0.get_mut(usize::from(b >> 6)) {
            *word |= 1 << (b & 63);
        }
    }

    /// Whether `b` is in the set.
    #[inline]
    pub fn contains(&self, b: u8) -> bool {
        self.0
            .get(usize::from(b >> 6))
            .is_some_and(|word| word & (1 << (b & 63)) != 0)
    }

    /// The bytes in either set.
    #[inline]
    pub fn union(self, other: ByteSet) -> ByteSet {
        let mut out = self;
        for (a, b) in out.0.iter_mut().zip(other.0) {
            *a |= b;
        }
        out
    }
}
