//! E-mail addresses: every "@" (found with memchr) is grown left over the
//! local part and right over the domain; the domain needs a dot and an
//! alphabetic top-level label, which keeps "@" in prose ("@ 10 kr") out.

use crate::finding::{Certainty, Kind};
use crate::scan::{Sink, char_at, char_before};

fn is_local(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn is_domain(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// Finds e-mail addresses in `text`.
pub(crate) fn find(text: &str, sink: &mut Sink) {
    let bytes = text.as_bytes();
    let mut last_end = 0;
    for at in memchr::memchr_iter(b'@', bytes) {
        if at < last_end {
            continue;
        }
        // Local part: walk left.
        let mut start = at;
        while let Some(c) = char_before(text, start) {
            if !is_local(c) {
                break;
            }
            start -= c.len_utf8();
        }
        while bytes.get(start) == Some(&b'.') {
            start += 1;
        }
        if start >= at || bytes.get(at - 1) == Some(&b'.') {
            continue;
        }
        // Domain: walk right.
        let mut end = at + 1;
        while let Some(c) = char_at(text, end) {
            if !is_domain(c) {
                break;
            }
            end += c.len_utf8();
        }
        // A sentence-final dot or a dash is not part of the domain.
        while end > at + 1 && matches!(bytes.get(end - 1), Some(b'.' | b'-')) {
            end -= 1;
        }
        let Some(domain) = text.get(at + 1..end) else {
            continue;
        };
        let Some((head, tld)) = domain.rsplit_once('.') else {
            continue;
        };
        let labels_ok = !head.is_empty()
            && head
                .split('.')
                .all(|l| !l.is_empty() && !l.starts_with('-'));
        let tld_ok = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic);
        if labels_ok && tld_ok {
            sink.push(start..end, Kind::Email, Certainty::Certain);
            last_end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut sink = Sink::default();
        find(text, &mut sink);
        sink.candidates
            .iter()
            .filter_map(|c| text.get(c.span.clone()))
            .collect()
    }

    #[test]
    fn addresses() {
        assert_eq!(
            found("Anmälan till david.bergstrom@helsingborg.se."),
            vec!["david.bergstrom@helsingborg.se"]
        );
        assert_eq!(
            found("(anna-karin.ök+soc@malmö.se)"),
            vec!["anna-karin.ök+soc@malmö.se"]
        );
        assert_eq!(found("a@b.se, c@d.org"), vec!["a@b.se", "c@d.org"]);
    }

    #[test]
    fn not_addresses() {
        for t in [
            "@ 10 kr",
            "x@y",
            "mejla @soc",
            "a@.se",
            "a@b.5",
            "@@@",
            "ö@",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
