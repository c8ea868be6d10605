//! Bytes to text for notes that are not UTF-8: an archive of notes kept on Windows holds
//! Windows-1252 (Latin-1) files, where "å" is the single byte 0xE5, and "Unicode" exports
//! in UTF-16 with a byte-order mark. Decoding is a step of its own so that the normaliser
//! itself stays on `&str`.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// The character encoding of input bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 only: anything else is an error.
    Utf8,
    /// Windows-1252, the superset of ISO 8859-1 (Latin-1) that Windows uses for Swedish.
    Windows1252,
    /// UTF-16 when the bytes start with its byte-order mark; UTF-8 when they are UTF-8;
    /// otherwise Windows-1252, provided the bytes hold no control characters other than tab,
    /// line breaks and form feed (which text never does, and binary data nearly always does).
    /// A NUL byte is refused in any case.
    #[default]
    Auto,
}

impl FromStr for Encoding {
    type Err = DecodeError;

    /// `utf-8`, `windows-1252` (also `cp1252`, `latin-1`, `iso-8859-1`) or `auto`, in any case.
    fn from_str(s: &str) -> Result<Encoding, DecodeError> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "windows-1252" | "cp1252" | "latin-1" | "latin1" | "iso-8859-1" => {
                Ok(Encoding::Windows1252)
            }
            "auto" => Ok(Encoding::Auto),
            _ => Err(DecodeError::UnknownEncoding(s.to_owned())),
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Auto => "auto",
        })
    }
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The bytes are not UTF-8, and UTF-8 was asked for.
    #[error(
        "not valid UTF-8: bad byte at offset {offset} of {len}; if the text is Latin-1 or \
         Windows-1252, give that encoding (windows-1252, or auto)"
    )]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// Length of the input in bytes.
        len: usize,
    },
    /// Auto-detection found neither UTF-8 nor UTF-16 and a control character that text does
    /// not hold: the bytes are probably not text.
    #[error(
        "not text: not UTF-8, and byte 0x{byte:02X} at offset {offset} is a control character \
         no text file holds; if it is text, name its encoding"
    )]
    NotText {
        /// The control byte.
        byte: u8,
        /// Its offset.
        offset: usize,
    },
    /// UTF-16 with an odd number of bytes or an unpaired surrogate.
    #[error("not valid UTF-16 (it starts with the UTF-16 byte-order mark)")]
    InvalidUtf16,
    /// An encoding name this library does not know.
    #[error("unknown encoding {0:?}: use utf-8, windows-1252 (latin-1) or auto")]
    UnknownEncoding(String),
}

/// Windows-1252's characters for the bytes 0x80–0x9F (the rest of the upper half is Latin-1,
/// the same numbers as Unicode). The five bytes the code page leaves unassigned become U+FFFD.
const HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// Decodes `bytes` as `encoding`; valid UTF-8 is borrowed, not copied. A UTF-8 byte-order
/// mark is kept (the normaliser removes it as an invisible character).
///
/// ```
/// use delaktig_normalize::{decode, Encoding};
///
/// assert_eq!(decode(b"p\xe5 m\xf6tet", Encoding::Auto).unwrap(), "på mötet");
/// assert_eq!(decode("på".as_bytes(), Encoding::Auto).unwrap(), "på");
/// assert!(decode(b"p\xe5", Encoding::Utf8).is_err());
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Cow<'_, str>, DecodeError> {
    match encoding {
        Encoding::Utf8 => {
            std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|e| DecodeError::InvalidUtf8 {
                    offset: e.valid_up_to(),
                    len: bytes.len(),
                })
        }
        Encoding::Windows1252 => Ok(Cow::Owned(windows_1252(bytes))),
        Encoding::Auto => {
            // A NUL byte is in no text file: binary data, or UTF-16 without its mark.
            let nul = memchr::memchr(0, bytes);
            if let Ok(text) = std::str::from_utf8(bytes)
                && nul.is_none()
            {
                return Ok(Cow::Borrowed(text));
            }
            match bytes {
                [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes).map(Cow::Owned),
                [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes).map(Cow::Owned),
                _ => {
                    if let Some(offset) = nul {
                        return Err(DecodeError::NotText { byte: 0, offset });
                    }
                    if let Some(offset) = bytes
                        .iter()
                        .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
                    {
                        return Err(DecodeError::NotText {
                            byte: bytes[offset],
                            offset,
                        });
                    }
                    Ok(Cow::Owned(windows_1252(bytes)))
                }
            }
        }
    }
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16);
    }
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::InvalidUtf16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_swedish_letters_and_typography() {
        let bytes = b"\xc5ke och \xc4nglaholm: m\xf6tet \x96 \x93bra\x94 \x80";
        let want = "Åke och Änglaholm: mötet – “bra” €";
        assert_eq!(decode(bytes, Encoding::Windows1252).unwrap(), want);
        assert_eq!(decode(bytes, Encoding::Auto).unwrap(), want);
        assert_eq!(decode(b"\x81", Encoding::Windows1252).unwrap(), "\u{fffd}");
    }

    #[test]
    fn utf8_is_borrowed_and_utf16_is_found_by_its_mark() {
        assert!(matches!(
            decode("på".as_bytes(), Encoding::Auto).unwrap(),
            Cow::Borrowed("på")
        ));
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("på".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le, Encoding::Auto).unwrap(), "på");
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("på".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be, Encoding::Auto).unwrap(), "på");
        assert_eq!(
            decode(&[0xff, 0xfe, 0x41], Encoding::Auto),
            Err(DecodeError::InvalidUtf16)
        );
    }

    #[test]
    fn binary_bytes_and_unknown_names_are_errors() {
        assert_eq!(
            decode(b"PK\x03\x04\xff", Encoding::Auto),
            Err(DecodeError::NotText { byte: 3, offset: 2 })
        );
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00", Encoding::Auto),
            Err(DecodeError::NotText { byte: 0, offset: 4 })
        );
        assert!(matches!(
            decode(b"p\xe5", Encoding::Utf8),
            Err(DecodeError::InvalidUtf8 { offset: 1, len: 2 })
        ));
        assert_eq!("LATIN-1".parse(), Ok(Encoding::Windows1252));
        assert_eq!("auto".parse(), Ok(Encoding::Auto));
        assert!("ebcdic".parse::<Encoding>().is_err());
    }
}
