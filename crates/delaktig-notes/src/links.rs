//! Web links and e-mail addresses, found in the raw text so that a URL a scan
//! broke over two lines ("http:" at a line end) can be joined again.

use std::collections::HashSet;

use memchr::memmem;

use crate::{Link, Span};

fn url_byte(b: u8) -> bool {
    b.is_ascii_graphic()
        && !matches!(
            b,
            b'<' | b'>' | b'"' | b'\'' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^'
        )
}

/// Characters a scan leaves at the end of a line when it breaks a URL.
fn breaks_url(url: &str) -> bool {
    url.ends_with(['/', ':', '-', '_', '?', '=', '&', '#', '%', '~'])
}

fn trim_url_end(url: &str) -> &str {
    let mut u = url;
    loop {
        let t = u.trim_end_matches(['.', ',', ';', ':', '!', '?', '*']);
        let t = if t.ends_with(')') && !t.contains('(') {
            &t[..t.len() - 1]
        } else {
            t
        };
        let t = if t.ends_with(']') && !t.contains('[') {
            &t[..t.len() - 1]
        } else {
            t
        };
        if t.len() == u.len() {
            return t;
        }
        u = t;
    }
}

/// Byte offsets where a URL starts: "http://", "https://", "http:" at a line
/// end, or "www.".
fn url_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut starts: Vec<usize> = memmem::find_iter(b, b"http")
        .filter(|&i| {
            let rest = &b[i + 4..];
            (rest.starts_with(b"://")
                || rest.starts_with(b"s://")
                || rest.starts_with(b":")
                || rest.starts_with(b"s:"))
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        })
        .collect();
    for i in memmem::find_iter(b, b"www.") {
        let prev_ok = i == 0 || !url_byte(b[i - 1]) || b[i - 1] == b'(';
        if prev_ok {
            starts.push(i);
        }
    }
    // Hosts written bare ("kamratstod-blekinge.se", "stegen.se/kafe"): the chunks of text
    // around a dot (most chunks have none, and are never looked at).
    // (Each chunk is found once, from its first dot: the walk stays linear however long.)
    let mut covered = 0;
    for dot in memchr::memchr_iter(b'.', b) {
        if dot < covered {
            continue;
        }
        let chunk_start = b[covered..dot]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(covered, |i| covered + i + 1);
        let chunk_end = b[dot..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(b.len(), |i| dot + i);
        covered = chunk_end;
        let chunk = text.get(chunk_start..chunk_end).unwrap_or("");
        let body = chunk.trim_start_matches(['(', '"', '\'', '“', '”']);
        if body.len() <= BARE_HOST_MAX_BYTES
            && !body.contains('@')
            && !body.starts_with("www.")
            && !body.starts_with("http")
            && bare_host(body)
        {
            starts.push(chunk_start + (chunk.len() - body.len()));
        }
    }
    starts.sort_unstable();
    starts
}

/// Longest chunk looked at as a host written bare, with its path (a host name has at most
/// 253 bytes): longer runs of text are no such address.
const BARE_HOST_MAX_BYTES: usize = 300;

/// Top-level domains a host written bare in these notes ends with.
const BARE_TLDS: [&str; 11] = [
    "se", "nu", "com", "org", "net", "eu", "info", "io", "fi", "no", "dk",
];

/// Whether `chunk` is a host written without "www." or a scheme, perhaps with a path and a
/// closing mark: labels of ASCII letters, digits and hyphens, the first of two characters or
/// more with a letter, the last a top-level domain in small letters. A word and a domain
/// alone ("arbetet.nu") may be a sentence's end glued to the next one's first word: a host
/// needs a hyphen, a digit, a third label or a path.
fn bare_host(chunk: &str) -> bool {
    let body = trim_url_end(chunk);
    let host = body.split('/').next().unwrap_or("");
    let Some((labels, tld)) = host.rsplit_once('.') else {
        return false;
    };
    let label_ok =
        |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let marked = labels.contains(['-', '.'])
        || labels.bytes().any(|b| b.is_ascii_digit())
        || host.len() < body.len();
    BARE_TLDS.contains(&tld)
        && marked
        && labels.split('.').all(label_ok)
        && labels
            .split('.')
            .next()
            .is_some_and(|first| first.len() >= 2 && first.bytes().any(|b| b.is_ascii_alphabetic()))
}

/// Links in `text`, each URL once, with labels from the words before them;
/// and the spans of every URL occurrence, in order (for masking).
pub(crate) fn find_links(text: &str) -> (Vec<Link>, Vec<Span>) {
    let b = text.as_bytes();
    let mut out: Vec<Link> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut all = Vec::new();
    let mut covered = 0;
    for start in url_starts(text) {
        if start < covered {
            continue;
        }
        let mut url = String::new();
        let mut pos = start;
        let mut end;
        loop {
            let run = b[pos..].iter().take_while(|&&c| url_byte(c)).count();
            end = pos + run;
            url.push_str(text.get(pos..end).unwrap_or(""));
            // A scan may have broken the URL: continue on the next line if the
            // piece so far cannot end a URL or the next line starts with a path.
            let rest = &b[end..];
            let spaces = rest
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t' || c == b'\r')
                .count();
            if rest.get(spaces) != Some(&b'\n') {
                break;
            }
            let next = end + spaces + 1;
            let cont = b[next..].iter().take_while(|&&c| url_byte(c)).count();
            if cont == 0 {
                break;
            }
            let bare_scheme = url == "http:" || url == "https:";
            let next_slash = b[next] == b'/';
            if !(bare_scheme || breaks_url(&url) || next_slash) || b[next].is_ascii_uppercase() {
                break;
            }
            pos = next;
        }
        covered = end;
        // No host has a comma or a semicolon: one glued to the next word ends the URL
        // ("www.sprutbytet-gbg.se,.och").
        if pos == start {
            let host_at = url.find("://").map_or(0, |i| i + 3);
            let host_end = url[host_at..].find('/').map_or(url.len(), |i| host_at + i);
            if let Some(k) = url[host_at..host_end].find([',', ';']) {
                end -= url.len() - (host_at + k);
                url.truncate(host_at + k);
                covered = end;
            }
        }
        let trimmed = trim_url_end(&url);
        if trimmed.len() < 8 || !trimmed.contains('.') {
            continue;
        }
        // Map the trimmed length back onto the raw text (line breaks were dropped).
        let cut = url.len() - trimmed.len();
        let span = Span::new(start, end - cut);
        all.push(span);
        if !seen.insert(trimmed.to_owned()) {
            continue;
        }
        let label = label_before(text, start);
        out.push(Link {
            url: trimmed.to_owned(),
            label,
            span,
        });
    }
    (out, all)
}

/// How far back a label may start.
const LABEL_WINDOW: usize = 160;

/// Text introducing a link: the words before it on its line ("Läs mer här:"),
/// or the previous line when that ends with a colon.
fn label_before(text: &str, start: usize) -> Option<String> {
    // Labels are short: look back a bounded window, never to the start of a
    // huge line (that would make many links on one line quadratic).
    let mut window = start.saturating_sub(LABEL_WINDOW);
    while !text.is_char_boundary(window) {
        window += 1;
    }
    let line_start =
        memchr::memrchr(b'\n', &text.as_bytes()[window..start]).map_or(window, |i| window + i + 1);
    let before = text.get(line_start..start)?;
    // A Markdown link, "[kommunens webbplats](https://…)": its text is the label.
    if let Some(inner) = before.strip_suffix("](")
        && let Some(open) = inner.rfind('[')
    {
        let label = inner[open + 1..].trim();
        return (!label.is_empty() && label.len() <= 120).then(|| label.to_owned());
    }
    let clause = before
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches([':', '-', '–', '(', ' '])
        .trim();
    if !clause.is_empty() {
        return (clause.len() <= 120).then(|| clause.to_owned());
    }
    if line_start < 2 {
        return None;
    }
    if line_start == window && window > 0 {
        return None;
    }
    let prev_end = line_start - 1;
    let from = prev_end.saturating_sub(LABEL_WINDOW);
    let prev_start = match memchr::memrchr(b'\n', &text.as_bytes()[from..prev_end]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let prev = text.get(prev_start..prev_end)?.trim();
    let label = prev.strip_suffix(':')?.trim();
    (!label.is_empty() && label.len() <= 80).then(|| label.to_owned())
}

/// Whether `span` overlaps one of `sorted` (non-overlapping, in text order).
pub(crate) fn overlaps(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.start < span.end);
    i.checked_sub(1)
        .and_then(|i| sorted.get(i))
        .is_some_and(|s| span.start < s.end)
}

fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// E-mail addresses, each once (first span kept), skipping those inside the
/// URL spans `urls` (in text order).
pub(crate) fn find_emails(text: &str, urls: &[Span]) -> Vec<(String, Span)> {
    let b = text.as_bytes();
    let mut out: Vec<(String, Span)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for at in memchr::memchr_iter(b'@', b) {
        // Addresses are at most 254 bytes; the cap keeps runs of "@" linear.
        let local = b[..at]
            .iter()
            .rev()
            .take(64)
            .take_while(|&&c| local_byte(c))
            .count();
        let domain = b[at + 1..]
            .iter()
            .take(255)
            .take_while(|&&c| domain_byte(c))
            .count();
        let mut start = at - local;
        while start < at && matches!(b[start], b'.' | b'-') {
            start += 1;
        }
        let mut end = at + 1 + domain;
        while end > at + 1 && matches!(b[end - 1], b'.' | b'-') {
            end -= 1;
        }
        if start == at || end == at + 1 {
            continue;
        }
        let Some(dom) = text.get(at + 1..end) else {
            continue;
        };
        let tld_ok = dom.rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty() && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())
        });
        if !tld_ok || overlaps(urls, Span::new(start, end)) {
            continue;
        }
        let Some(addr) = text.get(start..end) else {
            continue;
        };
        if !seen.insert(addr.to_ascii_lowercase()) {
            continue;
        }
        out.push((addr.to_owned(), Span::new(start, end)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_glued_inside_a_host_ends_the_url() {
        let (links, _) = find_links("Läs på www.sprutbytet-gbg.se,.och ring oss.");
        assert_eq!(links[0].url, "www.sprutbytet-gbg.se");
        let text = "Läs på www.sprutbytet-gbg.se,.och ring oss.";
        let span = links[0].span;
        assert_eq!(&text[span.start..span.end], "www.sprutbytet-gbg.se");
        // In a path a comma stays.
        let (links, _) = find_links("Se https://example.se/a,b i dag.");
        assert_eq!(links[0].url, "https://example.se/a,b");
    }

    #[test]
    fn a_host_written_bare_is_a_link() {
        let (links, _) = find_links(
            "En egen sida på kamratstod-blekinge.se. Se (stegen.se/kafe) och t.ex. mötet.Se",
        );
        let urls: Vec<&str> = links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(urls, ["kamratstod-blekinge.se", "stegen.se/kafe"]);
        // A word and a domain alone may be a sentence glued to the next.
        let (links, _) = find_links("Vi är klara med arbetet.nu tar vi paus.");
        assert!(links.is_empty());
        // An e-mail address's host is no link of its own.
        let (links, _) = find_links("Mejla anna@stegen.se i dag.");
        assert!(links.is_empty());
    }

    #[test]
    fn split_url_is_joined() {
        let t = "Läs mer här: http:\n//www.helsingborg.se/omsorg-\nstod/brukare.\nNästa";
        let (l, all) = find_links(t);
        assert_eq!(all, [l[0].span]);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].url, "http://www.helsingborg.se/omsorg-stod/brukare");
        assert_eq!(l[0].label.as_deref(), Some("Läs mer här"));
        assert_eq!(&t[l[0].span.start..l[0].span.start + 5], "http:");
        assert!(t[..l[0].span.end].ends_with("brukare"));
    }

    #[test]
    fn emails_are_trimmed_and_unique() {
        let t = "mejla david.bergstrom@helsingborg.se. eller David.Bergstrom@helsingborg.se";
        let e = find_emails(t, &[]);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].0, "david.bergstrom@helsingborg.se");
        assert!(find_emails("a@b @c.se x@y.z", &[]).is_empty());
    }

    #[test]
    fn a_markdown_link_labels_its_url() {
        let (l, _) = find_links("Läs mer på [kommunens webbplats](https://www.kommun.se/sip).");
        assert_eq!(l[0].url, "https://www.kommun.se/sip");
        assert_eq!(l[0].label.as_deref(), Some("kommunens webbplats"));
    }
}
