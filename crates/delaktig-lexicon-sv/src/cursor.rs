//! Step-by-step walks down the word and name maps: a [`Cursor`] stands for every form that
//! begins with the text walked so far, so a caller generating candidate spellings can drop a
//! branch as soon as no known form continues it, instead of looking up every finished string.

use fst::raw::{CompiledAddr, Fst, Output};

use crate::lexicon::to_u32;

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
    pub(crate) fn root(map: MapKind, fst: &Fst<std::borrow::Cow<'static, [u8]>>) -> Cursor {
        Cursor {
            map,
            addr: fst.root().addr(),
            out: 0,
        }
    }

    /// The cursor after `bytes`, or `None` when no form continues with them.
    pub(crate) fn advance(
        self,
        fst: &Fst<std::borrow::Cow<'static, [u8]>>,
        bytes: &[u8],
    ) -> Option<Cursor> {
        let mut node = fst.node(self.addr);
        let mut out = Output::new(self.out);
        for &b in bytes {
            let t = node.transition(node.find_input(b)?);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        Some(Cursor {
            map: self.map,
            addr: node.addr(),
            out: out.value(),
        })
    }

    /// The frequency of the form walked so far, if it is a whole form.
    pub(crate) fn frequency(self, fst: &Fst<std::borrow::Cow<'static, [u8]>>) -> Option<u32> {
        let node = fst.node(self.addr);
        node.is_final()
            .then(|| to_u32(Output::new(self.out).cat(node.final_output()).value()))
    }
}
