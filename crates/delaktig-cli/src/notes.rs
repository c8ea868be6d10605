//! Notes on the command line: `normalize`, `parse`, `ingest`, `redact` and `demo`.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use delaktig::ingest::{prepare, restore_and_parse};
use delaktig::lexicon::Vocabulary;
use delaktig::public::RedactingFilter;
use delaktig_core::{Lang, ReportOptions, StalledPolicy, Visibility};
use delaktig_normalize::{Encoding, Normalizer, Options, decode};
use delaktig_notes::ParseOptions;
use delaktig_redact::{RedactOptions, Redactor, public_names_from_list};
use delaktig_store::Register;
use indicatif::{ProgressBar, ProgressStyle};

use crate::common::{CliError, Result, actor, in_order, open, outln, print_json, today, write_out};

/// How `normalize`, `parse` and `ingest` read notes.
#[derive(Debug, clap::Args)]
struct Reading {
    /// The encoding of the files: utf-8, windows-1252 (latin-1), or auto (UTF-8, UTF-16 with
    /// its byte-order mark, else Windows-1252 for text with no control characters).
    #[arg(long, default_value_t = Encoding::Auto)]
    encoding: Encoding,
    /// Report a note that cannot be read or worked on, skip it and go on with the others
    /// (the exit status still tells that notes were skipped); without it the first such note
    /// ends the run.
    #[arg(long)]
    keep_going: bool,
    /// A file of words the notes use that the lexicon may lack (a local service's or
    /// project's words), one per line, optionally with a tab and a frequency per billion
    /// words (default 1000); lines starting with # are comments. May be given several times.
    #[arg(long = "words", value_name = "FILE")]
    words: Vec<PathBuf>,
    /// A file of names the notes use (staff, user organisations, places, streets), one per
    /// line as written ("Idun Västerbo", "Mälarhem"); each capitalised word of a line is
    /// added; lines starting with # are comments. May be given several times.
    #[arg(long = "names", value_name = "FILE")]
    names: Vec<PathBuf>,
}

impl Reading {
    /// The normaliser with `options` over the embedded lexicon and the words and names of
    /// the `--words` and `--names` files; a line that cannot be added is an error that names
    /// the file and the line.
    fn normalizer(&self, options: Options) -> Result<Normalizer> {
        if self.words.is_empty() && self.names.is_empty() {
            return Ok(Normalizer::new().with_options(options));
        }
        let mut vocabulary = Vocabulary::new();
        for path in &self.words {
            for_each_entry(path, |entry| {
                let (word, frequency) = word_entry(entry)?;
                vocabulary
                    .try_add_word(word, frequency)
                    .map_err(|e| e.to_string())
            })?;
        }
        for path in &self.names {
            for_each_entry(path, |entry| {
                let mut names = entry
                    .split_whitespace()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .peekable();
                if names.peek().is_none() {
                    return Err(format!("no capitalised name in {entry:?}"));
                }
                names.try_for_each(|name| {
                    vocabulary
                        .try_add_name(name, Vocabulary::ADDED_NAME_FREQUENCY)
                        .map_err(|e| e.to_string())
                })
            })?;
        }
        Ok(Normalizer::with_vocabulary(vocabulary).with_options(options))
    }
}

/// Frequency per billion words of a word from a `--words` file that gives none: that of an
/// added name, a moderately common word, since the caller says the notes use it.
const ADDED_WORD_FREQUENCY: u32 = Vocabulary::ADDED_NAME_FREQUENCY;

/// The text of a list file (`--words`, `--names`, `--public-names`), in any encoding
/// `decode` reads.
fn read_list(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| CliError(format!("{}: {e}", path.display())))?;
    decode(&bytes, Encoding::Auto)
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| CliError(format!("{}: {e}", path.display())))
}

/// Calls `add` with each entry of the list file at `path` (its lines, trimmed, without blank
/// lines and # comments); an entry `add` refuses is an error naming the file and the line.
fn for_each_entry(
    path: &Path,
    mut add: impl FnMut(&str) -> std::result::Result<(), String>,
) -> Result {
    let text = read_list(path)?;
    for (n, line) in text.lines().enumerate() {
        let entry = line.trim();
        if entry.is_empty() || entry.starts_with('#') {
            continue;
        }
        add(entry).map_err(|e| CliError(format!("{}:{}: {e}", path.display(), n + 1)))?;
    }
    Ok(())
}

/// A `--words` line: the word, and its frequency after a tab or a space if one is given.
fn word_entry(entry: &str) -> std::result::Result<(&str, u32), String> {
    let mut parts = entry.split_whitespace();
    let word = parts.next().unwrap_or("");
    let frequency = match parts.next() {
        None => ADDED_WORD_FREQUENCY,
        Some(f) => f
            .parse()
            .map_err(|_| format!("{f:?} is no frequency (a whole number per billion words)"))?,
    };
    if let Some(extra) = parts.next() {
        return Err(format!(
            "one word per line, and a frequency: {extra:?} is too much"
        ));
    }
    Ok((word, frequency))
}

/// `normalize`.
#[derive(Debug, clap::Args)]
pub struct NormalizeArgs {
    /// Files or directories (their *.txt files, in subdirectories too); - or nothing for
    /// standard input.
    files: Vec<PathBuf>,
    /// Print the JSON array of changes instead of the text (for several files: one array of
    /// {"file", "changes"} objects); spans are byte offsets in the UTF-8 text.
    #[arg(long)]
    changes: bool,
    /// Mark low-confidence guesses as ⟦original→replacement?⟧ instead of applying them.
    #[arg(long)]
    review: bool,
    #[command(flatten)]
    reading: Reading,
}

/// `parse`.
#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// Files or directories; - or nothing for standard input.
    files: Vec<PathBuf>,
    /// Print the parsed document as JSON.
    #[arg(long)]
    json: bool,
    /// The year of dates written without one, when the notes give none.
    #[arg(long)]
    year: Option<i32>,
    #[command(flatten)]
    reading: Reading,
}

/// `ingest`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Notes files or directories.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The year of dates written without one, when the notes give none.
    #[arg(long)]
    year: Option<i32>,
    /// Who imports (default: $DELAKTIG_USER or $USER).
    #[arg(long)]
    by: Option<String>,
    /// Who may see what the notes create: internal until someone has reviewed them (the
    /// default); `public` for reviewed notes, so that the decisions they record reach the
    /// public report with their reasons (redacted, as every public output).
    #[arg(long, default_value = "internal")]
    visibility: Visibility,
    #[command(flatten)]
    reading: Reading,
}

/// `redact`.
#[derive(Debug, clap::Args)]
pub struct RedactArgs {
    /// A file, or - / nothing for standard input.
    file: Option<PathBuf>,
    /// A file of public persons ("First Last", one per line) whose names are kept.
    #[arg(long)]
    public_names: Option<PathBuf>,
    /// Print the redacted text and every redaction as JSON.
    #[arg(long)]
    json: bool,
    /// Redact as for a public output that nobody reviews: what is otherwise only flagged for
    /// review (an identity number with a wrong check digit, a first name standing alone) is
    /// redacted too.
    #[arg(long)]
    for_publication: bool,
    /// The encoding of the files: utf-8, windows-1252 (latin-1), or auto (UTF-8, UTF-16 with
    /// its byte-order mark, else Windows-1252 for text with no control characters).
    #[arg(long, default_value_t = Encoding::Auto)]
    encoding: Encoding,
}

/// `demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Keep the register in this file instead of in memory.
    #[arg(long = "into")]
    into: Option<PathBuf>,
    /// Report language.
    #[arg(long, default_value = "sv")]
    lang: Lang,
}

/// The embedded sample: six scanned notes read by tesseract's English model (the fourth
/// records decisions on its proposals, one "no" without a reason; the fifth is a reply to a
/// user organisation, answering its questions yes and no; the sixth is a board's minutes
/// deciding on user organisations' proposals item by item, each with its reason).
const SAMPLE: [(&str, &str); 6] = [
    (
        "gemensam-utvecklingsgrupp-19-september.serif.txt",
        include_str!(
            "../../../tests/data/corpus/ocr/gemensam-utvecklingsgrupp-19-september.serif.txt"
        ),
    ),
    (
        "bryggangruppen-19-januari.serif.txt",
        include_str!("../../../tests/data/corpus/ocr/bryggangruppen-19-januari.serif.txt"),
    ),
    (
        "fredagsturne-med-per-skalen.serif.txt",
        include_str!("../../../tests/data/corpus/ocr/fredagsturne-med-per-skalen.serif.txt"),
    ),
    (
        "decisions-with-reasons.serif.txt",
        include_str!("../../delaktig-notes/tests/data/ocr-tasks/decisions-with-reasons.serif.txt"),
    ),
    (
        "reply-letter-yes-and-no.serif.txt",
        include_str!("../../delaktig-notes/tests/data/ocr-forms/reply-letter-yes-and-no.serif.txt"),
    ),
    (
        "board-minutes-extract.serif.txt",
        include_str!("../../delaktig-notes/tests/data/ocr-board/board-minutes-extract.serif.txt"),
    ),
];

/// One input: a name for messages and its bytes.
struct Input {
    name: String,
    source: Source,
}

/// Where an input's bytes come from. Files are read when their turn comes, so an archive of
/// notes is never held in memory whole.
enum Source {
    Stdin(Vec<u8>),
    File(PathBuf),
}

impl Input {
    /// The input's bytes.
    fn read(&self) -> Result<std::borrow::Cow<'_, [u8]>> {
        match &self.source {
            Source::Stdin(bytes) => Ok(std::borrow::Cow::Borrowed(bytes)),
            Source::File(path) => std::fs::read(path)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| CliError(format!("cannot read {}: {e}", path.display()))),
        }
    }
}

/// The named files (directories give their *.txt files, sorted); none or "-" is stdin, read
/// here. Every file must exist and be a file, checked before any is worked on.
fn read_inputs(files: &[PathBuf]) -> Result<Vec<Input>> {
    if files.is_empty() || (files.len() == 1 && files[0].as_os_str() == "-") {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        return Ok(vec![Input {
            name: "standard input".into(),
            source: Source::Stdin(bytes),
        }]);
    }
    let mut paths = Vec::new();
    for f in files {
        if f.is_dir() {
            let mut inside = Vec::new();
            text_files_under(f, 0, &mut inside)?;
            inside.sort();
            paths.extend(inside);
        } else {
            paths.push(f.clone());
        }
    }
    paths
        .into_iter()
        .map(|p| {
            let meta = std::fs::metadata(&p)
                .map_err(|e| CliError(format!("cannot read {}: {e}", p.display())))?;
            if !meta.is_file() {
                return Err(CliError(format!("cannot read {}: not a file", p.display())));
            }
            Ok(Input {
                name: p.display().to_string(),
                source: Source::File(p),
            })
        })
        .collect()
}

/// How deep [`text_files_under`] goes into subdirectories.
const MAX_DEPTH: usize = 32;

/// The *.txt files in `dir` and its subdirectories (an archive kept by year or by group).
/// Links to directories are not followed, so a link cannot lead the walk in circles.
fn text_files_under(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CliError(format!("cannot read the directory {}: {e}", dir.display())))?;
    for entry in entries.filter_map(std::result::Result::ok) {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                text_files_under(&path, depth + 1, out)?;
            }
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Notes that failed under `--keep-going`: each is reported on standard error and skipped.
struct Skipped {
    keep_going: bool,
    count: usize,
}

impl Skipped {
    fn new(keep_going: bool) -> Skipped {
        Skipped {
            keep_going,
            count: 0,
        }
    }

    /// The value of a note's result; under `--keep-going` an error is reported and gives
    /// `None`, otherwise it ends the run.
    fn take<T>(&mut self, result: Result<T>, bar: &ProgressBar) -> Result<Option<T>> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.keep_going => {
                bar.suspend(|| eprintln!("skipped: {e}"));
                self.count += 1;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// An error if any note was skipped, so that the exit status tells.
    fn finish(self, total: usize) -> Result {
        match self.count {
            0 => Ok(()),
            n => Err(CliError(format!(
                "{n} of {total} notes skipped (see the messages above)"
            ))),
        }
    }
}

/// A progress bar on a terminal with several inputs; hidden on a pipe.
fn progress(len: usize) -> ProgressBar {
    if len > 1 && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(len as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    }
}

/// The text of `bytes`, decoded as `encoding`; an error names the input.
fn text_of<'b>(
    input: &Input,
    bytes: &'b [u8],
    encoding: Encoding,
) -> Result<std::borrow::Cow<'b, str>> {
    decode(bytes, encoding).map_err(|e| CliError(format!("{}: {e}", input.name)))
}

/// What `normalize` prints of one note.
enum Printed {
    Changes(Vec<delaktig_normalize::Change>),
    Text(String),
}

/// Runs `normalize`.
pub fn normalize(args: NormalizeArgs) -> Result {
    let inputs = read_inputs(&args.files)?;
    let normalizer = args.reading.normalizer(if args.review {
        Options::review()
    } else {
        Options::default()
    })?;
    let bar = progress(inputs.len());
    let work = |input: &Input| -> Result<Printed> {
        let bytes = input.read()?;
        let text = text_of(input, &bytes, args.reading.encoding)?;
        Ok(if args.changes {
            Printed::Changes(normalizer.normalize(&text).changes)
        } else {
            // The text alone: no change list is kept, which matters on long documents.
            Printed::Text(normalizer.normalize_text(&text))
        })
    };
    // Several change lists make one JSON document, streamed file by file.
    let several = args.changes && inputs.len() > 1;
    let mut first = true;
    let mut skipped = Skipped::new(args.reading.keep_going);
    in_order(&inputs, work, |input, restored| {
        let Some(restored) = skipped.take(restored, &bar)? else {
            bar.inc(1);
            return Ok(());
        };
        match restored {
            Printed::Changes(changes) if several => {
                let entry = serde_json::json!({ "file": input.name, "changes": changes });
                let entry =
                    serde_json::to_string_pretty(&entry).map_err(|e| CliError(e.to_string()))?;
                let open = if first { "[\n" } else { ",\n" };
                first = false;
                bar.suspend(|| write_out(format_args!("{open}{entry}")));
            }
            Printed::Changes(changes) => bar.suspend(|| print_json(&changes))?,
            Printed::Text(text) => bar.suspend(|| outln!("{}", text.trim_end_matches('\n'))),
        }
        bar.inc(1);
        Ok(())
    })?;
    if several {
        outln!("\n]");
    }
    bar.finish_and_clear();
    leave_to_exit(normalizer);
    skipped.finish(inputs.len())
}

/// Leaves the normaliser's memory to the end of the process: its memo holds every word it
/// has read, and freeing that word by word costs a few per cent of a run for nothing.
fn leave_to_exit(normalizer: Normalizer) {
    std::mem::forget(normalizer);
}

fn parse_options(year: Option<i32>) -> ParseOptions {
    match year {
        Some(y) => ParseOptions::new().with_year(y),
        None => ParseOptions::new(),
    }
}

/// Runs `parse`. With `--json`, one document is printed as an object and several as an array.
pub fn parse(args: ParseArgs) -> Result {
    let inputs = read_inputs(&args.files)?;
    let normalizer = args.reading.normalizer(Options::default())?;
    let mut documents = Vec::with_capacity(inputs.len());
    let work = |input: &Input| -> Result<_> {
        let bytes = input.read()?;
        let text = text_of(input, &bytes, args.reading.encoding)?;
        Ok(restore_and_parse(
            &text,
            Some(&normalizer),
            parse_options(args.year),
        ))
    };
    let mut skipped = Skipped::new(args.reading.keep_going);
    let hidden = ProgressBar::hidden();
    in_order(&inputs, work, |input, restored| {
        let Some(restored) = skipped.take(restored, &hidden)? else {
            return Ok(());
        };
        if args.json {
            documents.push(restored.document);
            return Ok(());
        }
        let doc = &restored.document;
        outln!("{}", input.name);
        if let Some(t) = &doc.title {
            outln!("  title: {t}");
        }
        for m in &doc.meetings {
            let date = m.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
            outln!(
                "  meeting: {} ({date}), {} attendees",
                m.group,
                m.attendees.len()
            );
        }
        for m in &doc.messages {
            let date = m.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
            let from = m.from.as_deref().unwrap_or("?");
            let to =
                m.to.as_deref()
                    .map(|t| format!(" to {t}"))
                    .unwrap_or_default();
            let subject = m.subject.as_deref().unwrap_or("(no subject)");
            let reply = if m.reply { "reply" } else { "message" };
            outln!("  {reply}: from {from}{to} ({date}): {subject}");
        }
        for e in &doc.events {
            let date = e.date.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
            let cancelled = if e.cancelled { ", cancelled" } else { "" };
            outln!("  event: {} ({date}{cancelled})", e.title);
        }
        for (k, p) in doc.proposals.iter().enumerate() {
            let by =
                p.by.as_deref()
                    .map(|b| format!(" (by {b})"))
                    .unwrap_or_default();
            outln!("  proposal {}{by}: {}", k + 1, p.text);
        }
        for a in &doc.actions {
            let due = a.due.map(|d| format!(" (by {d})")).unwrap_or_default();
            let done = if a.done { " [done]" } else { "" };
            outln!("  action: {} — {}{due}{done}", a.who, a.what);
        }
        for d in &doc.decisions {
            let outcome = outcome_code(d.outcome);
            let why = d.justification.as_deref().unwrap_or("none given");
            let on = d
                .proposal
                .map(|k| format!(" on proposal {}", k + 1))
                .unwrap_or_else(|| " on no proposal of these notes".into());
            outln!("  decision{on}: {outcome} (reason: {why}): {}", d.text);
        }
        for q in &doc.questions {
            outln!("  question: {q}");
        }
        outln!("  OCR repairs applied: {}", restored.restored_changes);
        Ok(())
    })?;
    leave_to_exit(normalizer);
    match documents.as_slice() {
        [] => {}
        [one] => outln!("{}", one.to_json_pretty()),
        many => print_json(&many)?,
    }
    skipped.finish(inputs.len())
}

/// Restores and parses the note `name` for import with `visibility` (internal until
/// reviewed, as a rule).
fn prepare_note(
    normalizer: &Normalizer,
    name: &str,
    text: &str,
    year: Option<i32>,
    visibility: Visibility,
) -> Result<delaktig::ingest::Prepared> {
    prepare(text, Some(normalizer), parse_options(year), visibility)
        .map_err(|e| CliError(format!("{name}: {e}")))
}

/// Imports one restored and parsed note, and prints what happened.
fn import_one(
    register: &mut Register,
    name: &str,
    prepared: &delaktig::ingest::Prepared,
    by: Option<&str>,
) -> Result<delaktig_store::MeetingImported> {
    let done = register.import_meeting(
        &prepared.import,
        &actor(by, delaktig_core::Role::Staff),
        today(),
    )?;
    if done.already_imported {
        outln!("{name}: already imported as {}; nothing new", done.meeting);
    } else {
        outln!(
            "{name}: {} {} \"{}\", {} OCR repairs, {} proposals created{}, {} recorded as discussed again",
            if done.same_meeting {
                "another copy of meeting"
            } else {
                "meeting"
            },
            done.meeting,
            prepared.import.title,
            prepared.restored_changes,
            done.created.len(),
            if done.created.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    done.created
                        .iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            done.discussed.len()
        );
        for (id, state) in &done.decided {
            outln!("  {id}: decided in the notes, now {}", state.code());
        }
        // Decisions the notes tie to none of their proposals (one raised at an earlier
        // meeting, most often, or one of several a reply answers at once): shown so that
        // someone moves it by hand.
        for d in prepared.unlinked_decisions() {
            let outcome = outcome_code(d.outcome);
            outln!(
                "  the notes decide \"{}\" ({outcome}) without saying on which proposal: move the one it is with `delaktig proposal move`",
                d.text
            );
        }
        for u in &done.undecided {
            outln!(
                "  {}: the notes decide \"{}\" ({}), not recorded: {}",
                u.proposal,
                u.text,
                u.to.code(),
                u.why
            );
        }
    }
    Ok(done)
}

/// Runs `ingest`: the notes are restored and parsed on all cores, and imported one by one in
/// the order given, each in its own transaction; the first failure stops the run, with the
/// notes before it imported and none after it (with `--keep-going` the failed note is
/// skipped and the others imported).
pub fn ingest(db: &Path, args: IngestArgs) -> Result {
    let inputs = read_inputs(&args.files)?;
    // The word and name lists first: a bad line changes nothing, not even a new register.
    let normalizer = args.reading.normalizer(Options::default())?;
    let mut register = open(db)?;
    let bar = progress(inputs.len());
    let work = |input: &Input| -> Result<_> {
        let bytes = input.read()?;
        let text = text_of(input, &bytes, args.reading.encoding)?;
        prepare_note(&normalizer, &input.name, &text, args.year, args.visibility)
    };
    let mut skipped = Skipped::new(args.reading.keep_going);
    in_order(&inputs, work, |input, prepared| {
        bar.set_message(input.name.clone());
        if let Some(prepared) = skipped.take(prepared, &bar)? {
            let done = bar
                .suspend(|| import_one(&mut register, &input.name, &prepared, args.by.as_deref()));
            // A note the register refuses is rolled back whole, so the run can go on.
            skipped.take(
                done.map_err(|e| CliError(format!("{}: {e}", input.name))),
                &bar,
            )?;
        }
        bar.inc(1);
        Ok(())
    })?;
    bar.finish_and_clear();
    skipped.finish(inputs.len())
}

/// Runs `redact`.
pub fn redact(args: RedactArgs) -> Result {
    let files: Vec<PathBuf> = args.file.into_iter().collect();
    let inputs = read_inputs(&files)?;
    let public_names = match &args.public_names {
        Some(p) => public_names_from_list(&read_list(p)?),
        None => Vec::new(),
    };
    let redactor = Redactor::new(RedactOptions {
        public_names,
        ..RedactOptions::default()
    })
    .map_err(|e| CliError(e.to_string()))?;
    for input in &inputs {
        let bytes = input.read()?;
        let text = text_of(input, &bytes, args.encoding)?;
        let out = if args.for_publication {
            redactor.redact_for_publication(&text)
        } else {
            redactor.redact(&text)
        };
        if args.json {
            print_json(&out)?;
        } else {
            outln!("{}", out.text.trim_end_matches('\n'));
            // What a reviewer should look at: left in the text, named on stderr.
            for f in &out.flags {
                let what = match f.reason {
                    delaktig_redact::FlagReason::LoneFirstName => "a first name standing alone",
                    delaktig_redact::FlagReason::LoneSurname => "a surname standing alone",
                    delaktig_redact::FlagReason::CheckDigit => {
                        "an identity number with a wrong check digit"
                    }
                    delaktig_redact::FlagReason::ImpossibleDate => {
                        "an identity number with an impossible date"
                    }
                };
                eprintln!(
                    "{}: review \"{}\" at bytes {}..{}: {what} (redacted with --for-publication)",
                    input.name,
                    text.get(f.span.clone()).unwrap_or(""),
                    f.span.start,
                    f.span.end
                );
            }
        }
    }
    Ok(())
}

/// Runs `demo`: restores, parses and imports the embedded scanned notes as notes a reviewer
/// has read (public: they are published documents), so that their decisions reach the
/// report with their reasons, and prints the public follow-up report (redacted).
pub fn demo(args: DemoArgs) -> Result {
    let mut register = match &args.into {
        Some(path) => open(path)?,
        None => Register::open_in_memory()?,
    };
    let normalizer = Normalizer::new();
    let day = today();
    for (name, text) in SAMPLE {
        let prepared = prepare_note(&normalizer, name, text, Some(2019), Visibility::Public)?;
        import_one(&mut register, name, &prepared, Some("Demo"))?;
    }
    outln!("");
    let options = ReportOptions {
        lang: args.lang,
        since: None,
        today: day,
        stalled: StalledPolicy::default(),
    };
    let report = register.report(&options, &RedactingFilter::default())?;
    outln!("{}", report.to_markdown());
    Ok(())
}

/// A decision's outcome as the summaries print it: the register's state code, "in part" for
/// an acceptance of part of a proposal, and what a matter closed as answered is.
fn outcome_code(outcome: delaktig_notes::DecisionOutcome) -> String {
    let code = delaktig::ingest::state_of(outcome).code();
    match outcome {
        delaktig_notes::DecisionOutcome::PartlyAccepted => format!("{code} in part"),
        delaktig_notes::DecisionOutcome::Answered => format!("{code} (considered answered)"),
        _ => code.to_owned(),
    }
}
