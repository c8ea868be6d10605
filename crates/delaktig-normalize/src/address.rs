//! E-mail addresses a scan broke at the dot between first name and surname:
//! "david. bergstrom@helsingborg.se" (a space after the dot), "david bergstrom@…" (the dot
//! lost) and "hanna:oberg@stockholm.se" (the dot read as a colon); the address is put back
//! whole when the part before the break is a known first name, so that the parser, the
//! redactor and a reader see one address. Also a host whose last dot was read as a colon
//! ("anna@vandpunkten:coop").

use std::borrow::Cow;

use crate::restore::Proposal;
use crate::words::Words;
use crate::{Reason, WordEdit};

/// Mailbox names of organisations' addresses, which a scan may split by a space near their
/// end ("inf o@…").
const MAILBOXES: &[&str] = &[
    "info",
    "kontakt",
    "post",
    "kansli",
    "kansliet",
    "registrator",
    "admin",
    "support",
    "reception",
    "expedition",
    "styrelsen",
    "redaktion",
    "kundtjanst",
    "brukarinflytande",
];

/// Top-level domains a scan may part from their host by a space ("goteborg se").
const SPACED_DOMAINS: &[&str] = &["se", "nu", "com", "org", "net", "eu", "coop", "info"];

/// Confidence of a mended address.
const CONFIDENCE: f32 = 0.85;

/// Mends the broken addresses of `laid`, dropping any word edit of the first name they take in.
pub(crate) fn mend(laid: &str, words: &Words, edits: &mut Vec<WordEdit>) {
    let bytes = laid.as_bytes();
    let mut mended: Vec<(std::ops::Range<usize>, std::ops::Range<usize>, Cow<'_, str>)> =
        Vec::new();
    for at in memchr::memchr_iter(b'@', bytes) {
        let local = bytes
            .get(..at)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|&&b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
            })
            .count();
        let ls = at - local;
        // A space after the "@" ("rene.soderqvist@ goteborg-sf.se"): no address has one, and
        // the host after it is read as words otherwise.
        let spaced = bytes.get(at + 1) == Some(&b' ');
        let host_start = at + 1 + usize::from(spaced);
        // An "é" is a scan's speck on an "e" of the host ("luléa-soc.se"): addresses are
        // written in plain letters.
        let host = bytes.get(host_start..).unwrap_or(&[]);
        let mut host_len = 0;
        let mut specks = false;
        while let Some(&b) = host.get(host_len) {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-') {
                host_len += 1;
            } else if host.get(host_len..host_len + 2) == Some("é".as_bytes()) {
                host_len += 2;
                specks = true;
            } else {
                break;
            }
        }
        let host = &host[..host_len];
        if specks && !spaced && local >= 1 && has_top_level_domain(host) {
            let end = host_start + host.len();
            if let Some(address) = laid.get(ls..end) {
                mended.push((ls..end, ls..end, address.replace('é', "e").into()));
            }
            continue;
        }
        let host_end = host_start + host.len();
        // The dot before the top-level domain read as a colon or a semicolon
        // ("anna@vandpunkten:coop", "ulla@norrkoping;se") or lost in a space before a common
        // top-level domain ("marta@goteborg se"): the host then ends there, and the address
        // is read as a word.
        if !spaced
            && local >= 2
            && host.len() >= 2
            && !host.contains(&b'.')
            && matches!(bytes.get(host_end), Some(b':' | b';' | b' '))
        {
            let tld = bytes.get(host_end + 1..).unwrap_or(&[]);
            let tld_len = tld.iter().take_while(|b| b.is_ascii_lowercase()).count();
            let ends = tld.get(tld_len).is_none_or(|b| !b.is_ascii_alphanumeric());
            let known = || {
                tld.get(..tld_len)
                    .is_some_and(|t| SPACED_DOMAINS.iter().any(|d| d.as_bytes() == t))
            };
            // "se" is also the verb: "se till att", "se över", "se upp" stay.
            let verb = || {
                let after = bytes.get(host_end + 1 + tld_len..).unwrap_or(&[]);
                [&b" till"[..], b" \xc3\xb6ver", b" upp", b" fram"]
                    .iter()
                    .any(|p| after.starts_with(p))
            };
            let fits = if bytes.get(host_end) == Some(&b' ') {
                known() && !verb()
            } else {
                (2..=6).contains(&tld_len)
            };
            if fits && ends {
                mended.push((
                    ls..host_end + 1 + tld_len,
                    host_end..host_end + 1,
                    ".".into(),
                ));
            }
            continue;
        }
        // A space before the "@" ("bostadforst @uppsala.se"): the local part is the word
        // before it.
        if local == 0 && !spaced && at >= 1 && bytes.get(at - 1) == Some(&b' ') {
            let before = bytes.get(..at - 1).unwrap_or(&[]);
            let word = before
                .iter()
                .rev()
                .take_while(|&&b| b.is_ascii_lowercase() || matches!(b, b'.' | b'_' | b'-'))
                .count();
            let ws = at - 1 - word;
            let starts_chunk =
                ws == 0 || bytes.get(ws - 1).is_some_and(|b| b.is_ascii_whitespace());
            if word >= 2 && starts_chunk && has_top_level_domain(host) {
                mended.push((ws..host_end, at - 1..at, "".into()));
            }
            continue;
        }
        let domain_ok = if spaced {
            local >= 2 && has_top_level_domain(host)
        } else {
            host.len() >= 4 && host.contains(&b'.')
        };
        if local == 0 || !domain_ok {
            continue;
        }
        if spaced {
            mended.push((
                host_start..host_start + host.len(),
                at + 1..host_start,
                "".into(),
            ));
        }
        // The break: ". ", ": " or ":" right before the local part.
        let brk = if ls >= 2 && matches!(bytes.get(ls - 2..ls), Some(b". " | b": ")) {
            ls - 2..ls
        } else if ls >= 1 && bytes.get(ls - 1) == Some(&b':') {
            ls - 1..ls
        } else if ls >= 1
            && bytes.get(ls - 1) == Some(&b' ')
            && !bytes.get(ls..at).unwrap_or(&[]).contains(&b'.')
        {
            // The dot lost altogether: only before a local part with no dot of its own.
            ls - 1..ls
        } else {
            continue;
        };
        let first_len = bytes
            .get(..brk.start)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        let fs = brk.start - first_len;
        let starts_chunk = fs == 0
            || bytes
                .get(fs - 1)
                .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'<'));
        if first_len < 2 || !starts_chunk {
            continue;
        }
        let Some(first) = laid.get(fs..brk.start) else {
            continue;
        };
        // A mailbox split by a space ("inf o@…"): joined with nothing between.
        if brk.len() == 1
            && bytes.get(brk.clone()) == Some(b" ")
            && at - ls <= 2
            && laid
                .get(fs..at)
                .is_some_and(|w| MAILBOXES.contains(&w.replace(' ', "").as_str()))
        {
            mended.push((fs..brk.start, brk, "".into()));
            continue;
        }
        let mut name = first.to_owned();
        if let Some(c) = name.get_mut(..1) {
            c.make_ascii_uppercase();
        }
        // A first name, and no word of its own ("Skicka till oss. info@…" stays).
        if words.name_frequency(&name).is_none() || words.frequency(first).is_some() {
            continue;
        }
        mended.push((fs..brk.start, brk, ".".into()));
    }
    for (clear, brk, joint) in mended {
        let edit = WordEdit {
            span: brk.clone(),
            proposal: Proposal {
                replacement: joint.into_owned(),
                reason: Reason::StraySymbol,
                confidence: CONFIDENCE,
            },
        };
        // The first name (or the host) stays as written: it is part of the address.
        crate::replace_edits(
            edits,
            clear.start.min(brk.start)..clear.end.max(brk.end),
            edit,
        );
    }
}

/// Whether `host` (a sentence's full stop or an ellipsis after it aside) has a dot after two
/// characters or more and a top-level domain of two to six small letters ("goteborg-sf.se"):
/// the test for a host a scan parted from its "@" by a space.
fn has_top_level_domain(host: &[u8]) -> bool {
    // The sentence's full stop, or an ellipsis, after the host.
    let dots = host.iter().rev().take_while(|&&b| b == b'.').count();
    let host = host.get(..host.len() - dots).unwrap_or(host);
    host.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
        let tld = host.get(dot + 1..).unwrap_or(&[]);
        dot >= 2 && (2..=6).contains(&tld.len()) && tld.iter().all(u8::is_ascii_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use crate::Normalizer;

    #[test]
    fn an_address_broken_after_the_first_name_is_mended() {
        let n = Normalizer::new();
        assert_eq!(
            n.normalize("Anmälan till david. bergstrom@helsingborg.se senast i maj.")
                .text,
            "Anmälan till david.bergstrom@helsingborg.se senast i maj."
        );
        assert_eq!(
            n.normalize("Anmälan till david bergstrom@helsingborg.se.")
                .text,
            "Anmälan till david.bergstrom@helsingborg.se."
        );
        assert_eq!(
            n.normalize("Frågor skickas till hanna:oberg@stockholm.se.")
                .text,
            "Frågor skickas till hanna.oberg@stockholm.se."
        );
        assert_eq!(
            n.normalize("Synpunkter via e-post, rene.soderqvist@ goteborg-sf.se.")
                .text,
            "Synpunkter via e-post, rene.soderqvist@goteborg-sf.se."
        );
        assert_eq!(
            n.normalize("Anmälan till Rebecka, rebecka: stromgren@ jonkoping-ov.se.")
                .text,
            "Anmälan till Rebecka, rebecka.stromgren@jonkoping-ov.se."
        );
        assert_eq!(
            n.normalize("Bidrag skickas till inf o@foreningenankaret.se.")
                .text,
            "Bidrag skickas till info@foreningenankaret.se."
        );
        assert_eq!(
            n.normalize("Kontakt fér anhdriga nas pa frida.ekvall@luléa-soc.se")
                .text,
            "Kontakt för anhöriga nås på frida.ekvall@lulea-soc.se"
        );
        assert_eq!(
            n.normalize("Anmälan till kristoffer@vandpunkten:coop; eller på telefon.")
                .text,
            "Anmälan till kristoffer@vandpunkten.coop; eller på telefon."
        );
        assert_eq!(
            n.normalize("Synpunkter via e-post, rene.soderqvist@ goteborg-sf.se...")
                .text,
            "Synpunkter via e-post, rene.soderqvist@goteborg-sf.se..."
        );
        assert_eq!(
            n.normalize("Anmälan till marta.odmark@goteborg se, 031-365 12 40.")
                .text,
            "Anmälan till marta.odmark@goteborg.se, 031-365 12 40."
        );
        assert_eq!(
            n.normalize("Frågor skickas till bostadforst @uppsala.se eller till Rasmus.")
                .text,
            "Frågor skickas till bostadforst@uppsala.se eller till Rasmus."
        );
        assert_eq!(
            n.normalize("Skriv till ulla.ronnback@norrkoping;se, 011-15 62 30.")
                .text,
            "Skriv till ulla.ronnback@norrkoping.se, 011-15 62 30."
        );
    }

    #[test]
    fn addresses_after_words_and_labels_stay() {
        let n = Normalizer::new();
        for text in [
            "Skriv till oss. info@stockholm.se svarar.",
            "E-post:anna@stockholm.se",
            "mejl:anna@stockholm.se",
            "Skriv till eva eva.lind@stockholm.se.",
            "Hej david. Sedan kom Lars, lars@stockholm.se.",
            "Skriv @ oss.",
            "Skicka till anna@ stockholm eller oss.",
            "Klockan 10@stockholm:30 eller senare.",
            "Skriv till anna@stockholm: hon svarar.",
            "Skriv till anna@stockholm se till att svara.",
            "Skriv @ oss eller @stockholm.",
        ] {
            assert_eq!(n.normalize(text).text, text);
        }
    }
}
