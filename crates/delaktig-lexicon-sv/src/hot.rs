//! The hot table: a hash table of the most frequent word forms, read in place from the
//! embedded bytes, so that looking up running text rarely needs the fst walk. The layout is
//! written by `gen/build.py` (`write_hot_table`); nothing here trusts it beyond bounds checks.

const MAGIC: &[u8; 4] = b"DLKH";
const VERSION: u32 = 1;
const HEADER: usize = 16;

/// A view of a hot table; `None` from [`HotTable::open`] when the bytes are not one.
#[derive(Clone, Copy)]
pub(crate) struct HotTable {
    slots: &'static [u8],
    blob: &'static [u8],
    mask: usize,
}

/// What the table says about a word.
pub(crate) enum Hot {
    /// The word is in the table, with this frequency.
    Found(u32),
    /// The word is not among the table's words; ask the fst.
    Absent,
}

fn read_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let b: [u8; 4] = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(b))
}

/// FNV-1a over the bytes, then a shift-xor; must match `hot_hash` in gen/build.py.
#[inline]
fn hot_hash(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in data {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h ^ (h >> 15)
}

impl HotTable {
    pub(crate) fn open(bytes: &'static [u8]) -> Option<HotTable> {
        if bytes.get(..4)? != MAGIC || read_u32(bytes, 4)? != VERSION {
            return None;
        }
        let slot_count = usize::try_from(read_u32(bytes, 8)?).ok()?;
        let blob_len = usize::try_from(read_u32(bytes, 12)?).ok()?;
        if !slot_count.is_power_of_two() {
            return None;
        }
        let slots_end = HEADER.checked_add(slot_count.checked_mul(4)?)?;
        let slots = bytes.get(HEADER..slots_end)?;
        let blob = bytes.get(slots_end..slots_end.checked_add(blob_len)?)?;
        Some(HotTable {
            slots,
            blob,
            mask: slot_count - 1,
        })
    }

    #[inline]
    pub(crate) fn get(&self, word: &str) -> Hot {
        let key = word.as_bytes();
        if key.is_empty() || key.len() > 255 {
            return Hot::Absent;
        }
        let mut i = hot_hash(key) as usize & self.mask;
        // At most every slot once, so that a table without empty slots cannot loop forever.
        for _ in 0..=self.mask {
            let Some(offset) = read_u32(self.slots, i * 4) else {
                return Hot::Absent;
            };
            if offset == 0 {
                return Hot::Absent;
            }
            let at = offset as usize;
            if let Some(&len) = self.blob.get(at) {
                let start = at + 1;
                let end = start + usize::from(len);
                if usize::from(len) == key.len() && self.blob.get(start..end) == Some(key) {
                    return match read_u32(self.blob, end) {
                        Some(f) => Hot::Found(f),
                        None => Hot::Absent,
                    };
                }
            }
            i = (i + 1) & self.mask;
        }
        Hot::Absent
    }

    /// Every (word, frequency) in the table, for consistency checks.
    #[cfg(test)]
    pub(crate) fn entries(&self) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        for chunk in self.slots.chunks_exact(4) {
            let offset = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]) as usize;
            if offset == 0 {
                continue;
            }
            let len = usize::from(self.blob[offset]);
            let word = String::from_utf8(self.blob[offset + 1..offset + 1 + len].to_vec()).unwrap();
            let f = read_u32(self.blob, offset + 1 + len).unwrap();
            out.push((word, f));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bytes_that_are_not_a_table() {
        assert!(HotTable::open(b"").is_none());
        assert!(
            HotTable::open(b"DLKH\x01\0\0\0\x03\0\0\0\0\0\0\0").is_none(),
            "3 slots"
        );
        assert!(
            HotTable::open(b"DLKH\x01\0\0\0\x04\0\0\0\0\0\0\0").is_none(),
            "truncated"
        );
        assert!(HotTable::open(b"XXXX\x01\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0").is_none());
    }

    #[test]
    fn a_full_table_without_the_word_answers_absent() {
        // One slot pointing at "ab" (frequency 7); the table has no empty slot.
        static BYTES: &[u8] = b"DLKH\x01\0\0\0\x01\0\0\0\x08\0\0\0\x01\0\0\0\0\x02ab\x07\0\0\0";
        let t = HotTable::open(BYTES).unwrap();
        assert!(matches!(t.get("ab"), Hot::Found(7)));
        assert!(matches!(t.get("xy"), Hot::Absent));
        assert!(matches!(t.get(""), Hot::Absent));
    }
}
