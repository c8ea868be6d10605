//! Step-by-step walks down the word and name maps: a [`Cursor`] stands for every form that
//! begins with the text walked so far, so a caller generating candidate spellings can drop a
//! branch as soon as no known form continues it, instead of looking up every finished string.
//! A [`CursorNode`] is a cursor's state decoded once, for trying several continuations.

use fst::raw::{CompiledAddr, Fst, Node, Output};

use crate::lexicon::to_u32;

type Data = std::borrow::Cow<'static, [u8]>;

/// Which map a cursor walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MapKind {
    Words,
    Names,
}

/// A position in one of a lexicon's maps: the forms beginning with the bytes walked so far.
/// Cheap to copy; only meaningful with the lexicon (and the map) that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub(crate) map: MapKind,
    pub(crate) addr: CompiledAddr,
    pub(crate) out: u64,
}

impl Cursor {
    pub(crate) fn root(map: MapKind, fst: &Fst<Data>) -> Cursor {
        Cursor {
            map,
            addr: fst.root().addr(),
            out: 0,
        }
    }

    /// The cursor after `bytes`, or `None` when no form continues with them.
    pub(crate) fn advance(self, fst: &Fst<Data>, bytes: &[u8]) -> Option<Cursor> {
        CursorNode::open(fst, self).advance(bytes)
    }

    /// The frequency of the form walked so far, if it is a whole form.
    pub(crate) fn frequency(self, fst: &Fst<Data>) -> Option<u32> {
        CursorNode::open(fst, self).frequency()
    }
}

/// A [`Cursor`]'s place in its map, decoded: continuations tried from it share the decoding,
/// which is most of the cost of a step. Made by [`crate::Lexicon::cursor_node`].
#[derive(Clone, Copy)]
pub struct CursorNode<'a> {
    fst: &'a Fst<Data>,
    map: MapKind,
    node: Node<'a>,
    out: Output,
}

impl<'a> CursorNode<'a> {
    pub(crate) fn open(fst: &'a Fst<Data>, cursor: Cursor) -> CursorNode<'a> {
        CursorNode {
            fst,
            map: cursor.map,
            node: fst.node(cursor.addr),
            out: Output::new(cursor.out),
        }
    }

    /// The cursor after `bytes`, or `None` when no form continues with them. Only the nodes
    /// inside `bytes` are decoded, not the one reached: the cursor needs only its address.
    #[inline]
    pub(crate) fn advance(&self, bytes: &[u8]) -> Option<Cursor> {
        let Some((&last, init)) = bytes.split_last() else {
            return Some(self.cursor());
        };
        let mut node = self.node;
        let mut out = self.out;
        for &b in init {
            let t = node.transition(node.find_input(b)?);
            out = out.cat(t.out);
            node = self.fst.node(t.addr);
        }
        let t = node.transition(node.find_input(last)?);
        Some(Cursor {
            map: self.map,
            addr: t.addr,
            out: out.cat(t.out).value(),
        })
    }

    /// The cursor after `text`, or `None` when no form of its map continues with it.
    #[inline]
    pub fn advance_str(&self, text: &str) -> Option<Cursor> {
        self.advance(text.as_bytes())
    }

    /// The frequency of the form walked so far, if it is a whole form of its map.
    #[inline]
    pub fn frequency(&self) -> Option<u32> {
        self.node
            .is_final()
            .then(|| to_u32(self.out.cat(self.node.final_output()).value()))
    }

    /// The cursor this node was opened from.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            map: self.map,
            addr: self.node.addr(),
            out: self.out.value(),
        }
    }
}

impl std::fmt::Debug for CursorNode<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CursorNode")
            .field("cursor", &self.cursor())
            .finish()
    }
}
