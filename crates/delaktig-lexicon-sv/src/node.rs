//! A lean reader of the fst maps' nodes (format version 3 of the `fst` crate): one step from
//! a node along one byte, or a node's final value, read straight from the bytes. The `fst`
//! crate decodes a whole node (sizes, end, final value) before any question about it; the
//! walks here ask one question per node, so that decoding was most of their time.
//!
//! Nothing trusts the bytes: every read is bounds-checked and malformed data reads as "no
//! such transition". The tests compare every answer with the `fst` crate's own decoding over
//! every node of the embedded maps.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

use fst::raw::Fst;

type Data = std::borrow::Cow<'static, [u8]>;

/// The node format this reader understands.
pub(crate) const FORMAT_VERSION: u64 = 3;
/// Address of the final node without transitions, which takes no bytes.
const EMPTY_ADDRESS: usize = 0;
/// Nodes with more transitions than this carry a 256-byte index by input byte.
const INDEX_THRESHOLD: usize = 32;

/// A map's bytes, read as nodes. Cheap to copy.
#[derive(Clone, Copy)]
pub(crate) struct Nodes<'a> {
    fst: &'a Fst<Data>,
    data: &'a [u8],
    root: usize,
}

/// The bytes one-transition nodes encode in their state byte (the `fst` crate's commonest
/// inputs), by code − 1, learnt from the `fst` crate's own decoding the first time a code is
/// met: so this reader agrees with it by construction and builds nothing at start-up. Every
/// map shares the one table of the `fst` crate, so racing threads store the same byte.
static COMMON_INPUTS: [AtomicU8; 63] = [const { AtomicU8::new(0) }; 63];
/// Which codes of [`COMMON_INPUTS`] are learnt, one bit per code.
static COMMON_KNOWN: AtomicU64 = AtomicU64::new(0);

/// The low `n` bytes of a `u64`, by `n` from 0 to 8.
const LOW_BYTES: [u64; 9] = [
    0,
    0xff,
    0xffff,
    0xff_ffff,
    0xffff_ffff,
    0xff_ffff_ffff,
    0xffff_ffff_ffff,
    0xff_ffff_ffff_ffff,
    u64::MAX,
];

/// The little-endian unsigned integer of `nbytes` (at most 8) bytes at `at`.
#[inline(always)]
fn read_uint(data: &[u8], at: usize, nbytes: usize) -> Option<u64> {
    let mask = *LOW_BYTES.get(nbytes)?;
    // Fast path: one 8-byte load, masked; nodes sit well before the end of the data.
    if let Some(word) = data.get(at..at.wrapping_add(8))
        && let Ok(word) = <[u8; 8]>::try_from(word)
    {
        return Some(u64::from_le_bytes(word) & mask);
    }
    let bytes = data.get(at..at.checked_add(nbytes)?)?;
    let mut n = 0u64;
    for (i, &b) in bytes.iter().enumerate() {
        n |= u64::from(b) << (8 * i);
    }
    Some(n)
}

/// The index of `b` among the `n` bytes at `at` (at most [`INDEX_THRESHOLD`] of them, all
/// different: a node's inputs), eight at a time.
#[inline(always)]
fn find_byte(data: &[u8], at: usize, n: usize, b: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Most nodes have at most eight inputs: one load covers them (the bytes above them, the
    // node's sizes and state, are masked off).
    if n <= 8
        && let Some(word) = data.get(at..at.wrapping_add(8))
        && let Ok(word) = <[u8; 8]>::try_from(word)
    {
        let x = u64::from_le_bytes(word) ^ (ONES * u64::from(b));
        let hits = x.wrapping_sub(ONES) & !x & HIGHS & *LOW_BYTES.get(n)?;
        return (hits != 0).then(|| (hits.trailing_zeros() / 8) as usize);
    }
    let inputs = data.get(at..at.checked_add(n)?)?;
    let mut chunks = inputs.chunks_exact(8);
    let mut base = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
        let x = word ^ (ONES * u64::from(b));
        // The lowest byte flagged is the lowest zero byte of `x`, so the first match (a
        // borrow can only flag bytes above a zero one).
        let hits = x.wrapping_sub(ONES) & !x & HIGHS;
        if hits != 0 {
            return Some(base + (hits.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    let p = chunks.remainder().iter().position(|&x| x == b)?;
    Some(base + p)
}

/// The layout of a node with any number of transitions, from its state byte down.
struct Many {
    ntrans: usize,
    /// Address of the byte that holds the pack sizes.
    sizes_at: usize,
    tsize: usize,
    osize: usize,
    index: usize,
    is_final: bool,
}

impl<'a> Nodes<'a> {
    /// A reader for `fst`, or `None` when it is in another format version.
    pub(crate) fn of(fst: &'a Fst<Data>) -> Option<Nodes<'a>> {
        // The header begins with the format version, a little-endian u64; the root's address
        // is the u64 before the closing 4-byte checksum.
        let data = fst.as_bytes();
        if read_uint(data, 0, 8)? != FORMAT_VERSION {
            return None;
        }
        let root = usize::try_from(read_uint(data, data.len().checked_sub(12)?, 8)?).ok()?;
        Some(Nodes { fst, data, root })
    }

    /// A reader for `fst` with its root at `root`, as [`Nodes::of`] found them.
    #[inline]
    pub(crate) fn at_root(fst: &'a Fst<Data>, root: usize) -> Nodes<'a> {
        Nodes {
            fst,
            data: fst.as_bytes(),
            root,
        }
    }

    /// Address of the root node (the empty prefix).
    #[inline]
    pub(crate) fn root(&self) -> usize {
        self.root
    }

    /// Where the map's bytes are: with [`Nodes::data_len`] and [`Nodes::root`], tells one
    /// map from another.
    pub(crate) fn data_address(&self) -> usize {
        self.data.as_ptr() as usize
    }

    /// How many bytes the map has.
    pub(crate) fn data_len(&self) -> usize {
        self.data.len()
    }

    /// The input byte of a one-transition node with state `state` at `addr`, and how many
    /// bytes it takes (0 when the state byte encodes it).
    #[inline(always)]
    fn one_input(&self, addr: usize, state: u8) -> Option<(u8, usize)> {
        let code = usize::from(state & 0x3f);
        if code == 0 {
            Some((*self.data.get(addr.checked_sub(1)?)?, 1))
        } else {
            Some((self.common_input(addr, code)?, 0))
        }
    }

    /// The byte of common-input `code` (1 to 63), learnt from the one-transition node at
    /// `addr` if this is its first use.
    #[inline]
    fn common_input(&self, addr: usize, code: usize) -> Option<u8> {
        let slot = COMMON_INPUTS.get(code - 1)?;
        let bit = 1u64 << (code - 1);
        if COMMON_KNOWN.load(Ordering::Acquire) & bit != 0 {
            return Some(slot.load(Ordering::Relaxed));
        }
        // Only here is a node decoded whole, by the `fst` crate, which indexes without checks:
        // first make sure the bytes it reads of a one-transition node are there.
        let state = *self.data.get(addr)?;
        if state & 0x40 == 0 {
            let sizes = *self.data.get(addr.checked_sub(1)?)?;
            let below = 1 + usize::from(sizes >> 4) + usize::from(sizes & 0x0f);
            if addr < below {
                return None;
            }
        }
        let node = self.fst.node(addr);
        // Asking for the input alone reads nothing else of the node (no sizes checked).
        let input = (0..=u8::MAX).find(|&b| node.find_input(b).is_some())?;
        slot.store(input, Ordering::Relaxed);
        COMMON_KNOWN.fetch_or(bit, Ordering::Release);
        Some(input)
    }

    #[inline]
    fn many(&self, addr: usize, state: u8) -> Option<Many> {
        let in_state = usize::from(state & 0x3f);
        let (ntrans, ntrans_len) = if in_state != 0 {
            (in_state, 0)
        } else {
            // 1 stands for 256: a node with one transition never stores its count.
            match *self.data.get(addr.wrapping_sub(1))? {
                1 => (256, 1),
                n => (usize::from(n), 1),
            }
        };
        let sizes_at = addr.wrapping_sub(ntrans_len + 1);
        let sizes = *self.data.get(sizes_at)?;
        Some(Many {
            ntrans,
            sizes_at,
            tsize: usize::from(sizes >> 4),
            osize: usize::from(sizes & 0x0f),
            index: if ntrans > INDEX_THRESHOLD { 256 } else { 0 },
            is_final: state & 0x40 != 0,
        })
    }

    /// The node reached from the node at `addr` along `b`, with the transition's output, or
    /// `None` when the node has no transition on `b`.
    #[inline]
    pub(crate) fn step(&self, addr: usize, b: u8) -> Option<(usize, u64)> {
        if addr == EMPTY_ADDRESS {
            return None;
        }
        let state = *self.data.get(addr)?;
        match state >> 6 {
            0b11 => {
                // One transition, to the node written just before this one, output zero.
                let (input, len) = self.one_input(addr, state)?;
                if input != b {
                    return None;
                }
                Some((addr.wrapping_sub(len + 1), 0))
            }
            0b10 => {
                let (input, len) = self.one_input(addr, state)?;
                if input != b {
                    return None;
                }
                let sizes_at = addr.wrapping_sub(len + 1);
                let sizes = *self.data.get(sizes_at)?;
                let (tsize, osize) = (usize::from(sizes >> 4), usize::from(sizes & 0x0f));
                let trans_at = sizes_at.wrapping_sub(tsize);
                let end = trans_at.wrapping_sub(osize);
                let out = if osize == 0 {
                    0
                } else {
                    read_uint(self.data, end, osize)?
                };
                Some((self.target(trans_at, tsize, end)?, out))
            }
            _ => {
                let m = self.many(addr, state)?;
                let inputs_at = m.sizes_at.wrapping_sub(m.index + m.ntrans);
                let i = if m.index > 0 {
                    let index_at = m.sizes_at.wrapping_sub(m.index);
                    let i = usize::from(*self.data.get(index_at.wrapping_add(usize::from(b)))?);
                    if i >= m.ntrans {
                        return None;
                    }
                    i
                } else {
                    // Inputs are stored last transition first.
                    let p = find_byte(self.data, inputs_at, m.ntrans, b)?;
                    m.ntrans - p - 1
                };
                let trans_at = inputs_at.wrapping_sub((i + 1) * m.tsize);
                let outs_at = inputs_at.wrapping_sub(m.ntrans * m.tsize);
                let final_osize = if m.is_final { m.osize } else { 0 };
                let end = outs_at.wrapping_sub(m.ntrans * m.osize + final_osize);
                let out = if m.osize == 0 {
                    0
                } else {
                    read_uint(self.data, outs_at.wrapping_sub((i + 1) * m.osize), m.osize)?
                };
                Some((self.target(trans_at, m.tsize, end)?, out))
            }
        }
    }

    /// A transition's target: stored as its distance below the node's lowest byte `end`,
    /// with 0 for the empty final node.
    #[inline(always)]
    fn target(&self, trans_at: usize, tsize: usize, end: usize) -> Option<usize> {
        if tsize == 0 {
            return None;
        }
        let delta = usize::try_from(read_uint(self.data, trans_at, tsize)?).ok()?;
        if delta == EMPTY_ADDRESS {
            Some(EMPTY_ADDRESS)
        } else {
            Some(end.wrapping_sub(delta))
        }
    }

    /// The final output of the node at `addr` when it ends a key, `None` when it does not.
    #[inline]
    pub(crate) fn final_output(&self, addr: usize) -> Option<u64> {
        if addr == EMPTY_ADDRESS {
            return Some(0);
        }
        let state = *self.data.get(addr)?;
        if state & 0x80 != 0 || state & 0x40 == 0 {
            // One-transition nodes are never final; nor are unflagged ones.
            return None;
        }
        let m = self.many(addr, state)?;
        if m.osize == 0 {
            return Some(0);
        }
        let outs_at = m
            .sizes_at
            .wrapping_sub(m.index + m.ntrans + m.ntrans * m.tsize);
        read_uint(
            self.data,
            outs_at.wrapping_sub((m.ntrans + 1) * m.osize),
            m.osize,
        )
    }

    /// Calls `f` with the input byte of each transition of the node at `addr`, in no
    /// particular order.
    #[inline]
    pub(crate) fn for_each_input(&self, addr: usize, mut f: impl FnMut(u8)) {
        if addr == EMPTY_ADDRESS {
            return;
        }
        let Some(&state) = self.data.get(addr) else {
            return;
        };
        if state & 0x80 != 0 {
            if let Some((input, _)) = self.one_input(addr, state) {
                f(input);
            }
            return;
        }
        let Some(m) = self.many(addr, state) else {
            return;
        };
        let Some(inputs_at) = m.sizes_at.checked_sub(m.index + m.ntrans) else {
            return;
        };
        if let Some(inputs) = self.data.get(inputs_at..inputs_at.wrapping_add(m.ntrans)) {
            inputs.iter().copied().for_each(f);
        }
    }

    /// The value of `key`, if it is a key: a lookup without decoding whole nodes.
    #[inline]
    pub(crate) fn get(&self, key: &[u8]) -> Option<u64> {
        let mut addr = self.root;
        let mut out = 0u64;
        for &b in key {
            let (next, o) = self.step(addr, b)?;
            addr = next;
            out = out.wrapping_add(o);
        }
        Some(out.wrapping_add(self.final_output(addr)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every node reachable in `fst`: the reader answers as the `fst` crate's decoding does.
    fn agrees_everywhere(fst: &Fst<Data>) -> usize {
        let nodes = Nodes::of(fst).expect("format 3");
        assert_eq!(nodes.root(), fst.root().addr());
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![fst.root().addr()];
        while let Some(addr) = stack.pop() {
            if !seen.insert(addr) {
                continue;
            }
            let node = fst.node(addr);
            let want_final = node.is_final().then(|| node.final_output().value());
            assert_eq!(nodes.final_output(addr), want_final, "final at {addr}");
            let mut inputs = Vec::new();
            nodes.for_each_input(addr, |b| inputs.push(b));
            inputs.sort_unstable();
            let want: Vec<u8> = node.transitions().map(|t| t.inp).collect();
            assert_eq!(inputs, want, "inputs at {addr}");
            // Every input present, and absent bytes of each kind (ASCII, UTF-8 lead and
            // continuation bytes, the extremes).
            let probes = inputs
                .iter()
                .copied()
                .chain([0, b'a', b'q', b'z', 0xa5, 0xc3, 0xff]);
            for b in probes {
                let want = node
                    .find_input(b)
                    .map(|i| node.transition(i))
                    .map(|t| (t.addr, t.out.value()));
                assert_eq!(nodes.step(addr, b), want, "step {b} at {addr}");
            }
            stack.extend(node.transitions().map(|t| t.addr));
        }
        seen.len()
    }

    #[test]
    fn agrees_with_the_fst_crate_on_the_embedded_maps() {
        let lex = crate::Lexicon::embedded();
        for fst in lex.fsts() {
            assert!(agrees_everywhere(fst) > 1_000);
        }
    }

    #[test]
    fn agrees_with_the_fst_crate_on_built_maps() {
        // Outputs of every size, nodes with over 32 transitions, the empty key.
        let mut keys: Vec<(Vec<u8>, u64)> = (0..=u8::MAX)
            .map(|b| (vec![b'k', b], u64::from(b) << (b % 57)))
            .collect();
        keys.push((Vec::new(), 7));
        keys.push((b"ab".to_vec(), 1));
        keys.push((b"abc".to_vec(), u64::MAX >> 1));
        keys.push((b"abcd".to_vec(), 0));
        keys.push((vec![0xff; 40], 1 << 40));
        keys.sort();
        keys.dedup_by(|a, b| a.0 == b.0);
        let mut builder = fst::MapBuilder::memory();
        for (k, v) in &keys {
            builder.insert(k, *v).unwrap();
        }
        let map = fst::Map::new(Data::Owned(builder.into_inner().unwrap())).unwrap();
        agrees_everywhere(map.as_fst());
        let nodes = Nodes::of(map.as_fst()).unwrap();
        for (k, v) in &keys {
            assert_eq!(nodes.get(k), Some(*v), "{k:?}");
        }
        assert_eq!(nodes.get(b"zz"), None);
        assert_eq!(nodes.get(b"a"), None);
    }

    #[test]
    fn malformed_bytes_read_as_nothing() {
        // A valid header and footer around nodes that make no sense: pack sizes of 15 bytes,
        // counts past the data, addresses below zero, common inputs not yet learnt.
        let nodes_bytes = [
            0xff, 0x00, 0x80, 0x3f, 0xff, 0x01, 0x00, 0x41, 0xff, 0xff, 0x05, 0xbf, 0x9f, 0xc1,
        ];
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&0u64.to_le_bytes());
        bytes.extend_from_slice(&nodes_bytes);
        let root = bytes.len() as u64 - 1;
        bytes.extend_from_slice(&1u64.to_le_bytes());
        bytes.extend_from_slice(&root.to_le_bytes());
        bytes.extend_from_slice(&0u32.to_le_bytes());
        let len = bytes.len();
        let fst = Fst::new(Data::Owned(bytes)).expect("header and footer are valid");
        let nodes = Nodes::of(&fst).expect("format 3");
        for addr in 0..len + 8 {
            for b in 0..=u8::MAX {
                let _ = nodes.step(addr, b);
            }
            let _ = nodes.final_output(addr);
            nodes.for_each_input(addr, |_| {});
        }
    }
}
