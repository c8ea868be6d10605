//! The peer the normaliser is measured against: hunspell (Debian packages `hunspell`,
//! `hunspell-sv`) with the sv_SE dictionary, every word it flags replaced by its first
//! suggestion. Shared by the evaluation example and the throughput benchmark.

use std::io::Write;
use std::process::{Command, Stdio};

use delaktig_normalize::eval::words;

/// The text's words, every one hunspell (sv_SE) flags replaced by its first suggestion,
/// joined by spaces; `None` when hunspell cannot be run. One hunspell process per call (its
/// start-up, loading the dictionary, is part of the cost).
pub fn first_suggestions(text: &str) -> Option<String> {
    let mut child = Command::new("hunspell")
        .args(["-d", "sv_SE", "-a", "-i", "utf-8"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let ws = words(text);
    let input: String = ws.iter().map(|w| format!("^{w}\n")).collect();
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let out = String::from_utf8_lossy(&out.stdout);
    // One block per input line, each ending with an empty line; the first line is a banner.
    let mut blocks = out
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .split(|l| l.is_empty())
        .map(|b| b.to_vec())
        .collect::<Vec<_>>();
    blocks.truncate(ws.len());
    let mut fixed = Vec::with_capacity(ws.len());
    for (w, block) in ws
        .iter()
        .zip(blocks.iter().chain(std::iter::repeat(&Vec::new())))
    {
        let first = block.first().copied().unwrap_or("*");
        if first.starts_with('&') {
            let sugg = first
                .split_once(": ")
                .map(|(_, s)| s.split(", ").next().unwrap_or(w))
                .unwrap_or(w);
            fixed.push(sugg.to_string());
        } else {
            fixed.push(w.to_string());
        }
    }
    Some(fixed.join(" "))
}
