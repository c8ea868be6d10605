//! Tables written with bars, as notes list who does what by when:
//!
//! ```text
//! | Vad         | Vem   | När      |
//! |-------------|-------|----------|
//! | Boka lokal  | Kalle | vecka 37 |
//! ```
//!
//! or without the outer bars ("Vad | Vem | När"), or with tabs between the cells, as a table
//! copied from a word processor or a spreadsheet comes ("Vad\tVem\tNär"). A header row
//! names the columns; each row
//! under a header with a "what" and a "who" column is a promise, and each row under a
//! "Förslag" column a proposal, decided by its "Status" or "Beslut" cell.

use crate::text::fold_key;

/// What a column holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    /// The task: "Vad", "Åtgärd", "Uppgift", "Aktivitet", "Att göra".
    What,
    /// Who does it: "Vem", "Ansvarig", "Ansvar".
    Who,
    /// By when: "När", "Klart till", "Senast", "Datum", "Deadline".
    When,
    /// Done or not, or how a proposal fared: "Status", "Klart?", "Klar?", "Läge", "Beslut".
    Status,
    /// A proposal, in a list of proposals: "Förslag", "Önskemål", "Medborgarförslag".
    Proposal,
    /// Who raised it: "Från", "Förslagsställare", "Inlämnat av".
    By,
    /// Why it was decided so: "Motivering", "Skäl".
    Reason,
    /// Anything else ("Kommentar").
    Other,
}

/// Whether `line` is a row of a table written with bars: two cells or more, parted by
/// spaced bars ("Vad | Vem | När") or boxed by three bars and more ("| Vad | Vem |",
/// "|---|---|"). A scan's stray bar comes alone, and a box's edges hold one cell.
pub(crate) fn is_row(line: &str) -> bool {
    is_boxed(line) || line.matches(" | ").count() >= 2
}

/// Whether `line` is a row with tabs between its cells and no bars: two cells or more with
/// text. (Whether it stands in a table is told by its neighbours: a tab row counts only in a
/// run of them under a header; see `lines::split`.)
pub(crate) fn is_tab_row(line: &str) -> bool {
    memchr::memchr(b'\t', line.trim().as_bytes()).is_some()
        && !is_row(line)
        && line.split('\t').filter(|c| !c.trim().is_empty()).count() >= 2
}

/// The cells of tab row `line` with their byte ranges in it, trimmed, one per tab: a cell
/// left empty keeps its place ("Boka\tKalle\t\tvecka 37").
pub(crate) fn tab_cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = split_at(line, b'\t');
    // The empty cells outside the first and the last with text are the line's own margins.
    while out.last().is_some_and(|c| c.1.is_empty()) {
        out.pop();
    }
    let lead = out.iter().take_while(|c| c.1.is_empty()).count();
    out.drain(..lead);
    out
}

/// The pieces of `line` between its `separator` bytes, each trimmed, with where it starts.
fn split_at(line: &str, separator: u8) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let ends = memchr::memchr_iter(separator, line.as_bytes()).chain(std::iter::once(line.len()));
    for end in ends {
        let raw = line.get(start..end).unwrap_or("");
        let lead = raw.len() - raw.trim_start().len();
        out.push((start + lead, raw.trim()));
        start = end + 1;
    }
    out
}

/// A row boxed by its bars ("| Boka lokal | Kalle |"): three bars or more, first and last;
/// or, with one edge's bar a scan lost, four bars or more, three of them between spaced
/// cells ("| Förslag | Från | Beslut | Ansvarig"). Unboxed, a row is one only beside another
/// (a scan's specks may put bars between a sentence's words on one line, but not so many
/// nor at its edge).
pub(crate) fn is_boxed(line: &str) -> bool {
    let line = line.trim();
    let bars = memchr::memchr_iter(b'|', line.as_bytes()).count();
    let (first, last) = (line.starts_with('|'), line.ends_with('|'));
    (first && last && bars >= 3)
        || ((first || last) && bars >= 4 && line.matches(" | ").count() >= 3)
}

/// Whether `line`, with neither bars nor tabs, is a header row a scan read without its bars
/// ("Förslag Från Beslut Motivering Ansvarig"): three words or more, each a column's name. (It
/// counts as one only over a row with bars; see `lines::split`.)
pub(crate) fn is_bare_header(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 100 {
        return false;
    }
    // Each cell's name starts with its capital, as a header's cells do: most lines are told
    // by their first or second word.
    let mut n = 0;
    for word in line.split_ascii_whitespace() {
        n += 1;
        if n > 8 || !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    n >= 3
        && !line
            .bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b'|' | b'\t' | b'.' | b',' | b'?' | b'!'))
        && line
            .split_ascii_whitespace()
            .all(|word| column(word) != Column::Other)
}

/// The cells of row `line` with their byte ranges in it, trimmed; the empty cells outside
/// its outer bars are left out. Of a tab row, the cells with text: tabs set in a row to
/// line the columns up part two cells, not more. Of a header read without its bars, its
/// words.
pub(crate) fn cells(line: &str) -> Vec<(usize, &str)> {
    if is_bare_header(line) {
        let mut words = split_at(line, b' ');
        words.retain(|w| !w.1.is_empty());
        return words;
    }
    if is_tab_row(line) {
        let mut cells = tab_cells(line);
        cells.retain(|c| !c.1.is_empty());
        return cells;
    }
    let mut out = split_at(line, b'|');
    let trimmed = line.trim();
    if trimmed.ends_with('|') && out.last().is_some_and(|c| c.1.is_empty()) {
        out.pop();
    }
    if trimmed.starts_with('|') && out.first().is_some_and(|c| c.1.is_empty()) {
        out.remove(0);
    }
    out
}

/// Whether `cells` are a separator row under a Markdown header ("---", ":--:"), also as a
/// scan reads its rules ("---[-—-", "—", "==="): dashes, with only brackets, colons, equals
/// signs and underscores beside them.
pub(crate) fn is_separator(cells: &[(usize, &str)]) -> bool {
    let dash = |c: char| matches!(c, '-' | '–' | '—' | '=' | '_');
    !cells.is_empty()
        && cells.iter().all(|(_, c)| {
            c.contains(dash)
                && c.chars()
                    .all(|c| dash(c) || matches!(c, ':' | '[' | ']' | ' '))
        })
}

/// The columns `cells` name, when they read as a header: a "what" and a "who" column, or
/// two known columns and no cell longer than a header's few words.
pub(crate) fn header(cells: &[(usize, &str)]) -> Option<Vec<Column>> {
    let columns: Vec<Column> = cells.iter().map(|(_, c)| column(c)).collect();
    let known = columns.iter().filter(|&&c| c != Column::Other).count();
    let short = cells.iter().all(|(_, c)| c.split_whitespace().count() <= 3);
    let task = columns.contains(&Column::What) && columns.contains(&Column::Who);
    (short && (task || known >= 2)).then_some(columns)
}

fn column(cell: &str) -> Column {
    let key = fold_key(cell.trim_end_matches([':', '?', '*']).trim_matches('*'));
    match key.as_str() {
        "vad" | "atgard" | "atgarder" | "uppgift" | "uppgifter" | "aktivitet" | "att gora"
        | "beskrivning" | "arende" => Column::What,
        "vem" | "ansvarig" | "ansvariga" | "ansvar" | "utfors av" => Column::Who,
        "nar" | "klart till" | "klar till" | "klart senast" | "senast" | "datum" | "deadline"
        | "tidsplan" | "slutdatum" => Column::When,
        "status" | "klart" | "klar" | "klar?" | "gjort" | "lage" | "beslut" => Column::Status,
        "forslag" | "forslaget" | "onskemal" | "medborgarforslag" | "forslagets rubrik" => {
            Column::Proposal
        }
        "fran" | "forslagsstallare" | "inlamnat av" | "inlamnad av" | "lamnat av" => Column::By,
        "motivering" | "skal" | "beslutsmotivering" => Column::Reason,
        _ => Column::Other,
    }
}

/// Whether a status cell says the task is done ("klar", "klart", "ja", "x", "✓").
pub(crate) fn says_done(cell: &str) -> bool {
    matches!(
        fold_key(cell.trim_end_matches(['.', '!'])).as_str(),
        "klar" | "klart" | "gjort" | "ja" | "x" | "✓" | "✔" | "done" | "avklarad" | "avklarat"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_told_from_stray_bars() {
        assert!(is_row("Vad | Vem | När"));
        assert!(is_row("| Boka lokal | Kalle |"));
        assert!(is_row("|---|---|"));
        assert!(!is_row("Vi ses | i morgon"));
        assert!(!is_row("| dag tror vi"));
        assert!(!is_row("a|b|c"));
        assert!(!is_row("| Mötet öppnades |"));
        // A row whose last bar a scan lost is boxed still; a few specks in a sentence are not.
        assert!(is_boxed("| Förslag | Från | Beslut | Ansvarig"));
        assert!(!is_boxed("| dag tror vi | står kvar i | tabeller"));
        assert!(!is_boxed("året. | dag tror vi | står kvar i | tabeller"));
    }

    #[test]
    fn tab_rows_part_their_cells_at_tabs() {
        assert!(is_tab_row("Vad\tVem\tNär"));
        assert!(is_tab_row("Boka lokal\t\tKalle\t"));
        assert!(!is_tab_row("Ordförande:\t"));
        assert!(!is_tab_row("\tEn indragen rad"));
        assert!(!is_tab_row("Vad | Vem | När\tx"));
        let row = "Boka lokal\tKalle\t\tvecka 37";
        let exact = tab_cells(row);
        assert_eq!(
            exact.iter().map(|c| c.1).collect::<Vec<_>>(),
            ["Boka lokal", "Kalle", "", "vecka 37"]
        );
        assert_eq!(&row[exact[3].0..exact[3].0 + 8], "vecka 37");
        // Lined up with several tabs: the cells with text.
        let lined = cells("Vad\t\t\tVem\t\tNär");
        assert_eq!(
            lined.iter().map(|c| c.1).collect::<Vec<_>>(),
            ["Vad", "Vem", "När"]
        );
        assert_eq!(
            header(&lined).unwrap(),
            [Column::What, Column::Who, Column::When]
        );
    }

    #[test]
    fn cells_keep_their_places() {
        let row = "| Boka lokal | Kalle |  |";
        let c = cells(row);
        assert_eq!(
            c.iter().map(|c| c.1).collect::<Vec<_>>(),
            ["Boka lokal", "Kalle", ""]
        );
        assert_eq!(&row[c[1].0..c[1].0 + 5], "Kalle");
        assert_eq!(cells("Vad | Vem").len(), 2);
    }

    #[test]
    fn headers_name_their_columns() {
        let h = header(&cells("| Vad | Vem | När | Status |")).unwrap();
        assert_eq!(h, [Column::What, Column::Who, Column::When, Column::Status]);
        assert_eq!(
            header(&cells("Åtgärd | Ansvarig | Klart till")).unwrap(),
            [Column::What, Column::Who, Column::When]
        );
        assert!(header(&cells("Boka lokal | Kalle | vecka 37")).is_none());
        assert!(is_separator(&cells("|---|:---:|")));
        assert!(is_separator(&cells("|---[-—-|-—|")));
        assert!(!is_separator(&cells("| Boka | - |")));
        assert_eq!(
            header(&cells("| Förslag | Från | Status | Motivering |")).unwrap(),
            [Column::Proposal, Column::By, Column::Status, Column::Reason]
        );
        // A header a scan read without its bars.
        assert!(is_bare_header("Förslag Från Beslut Motivering Ansvarig"));
        assert!(!is_bare_header("Förslag från brukarrådet"));
        assert!(!is_bare_header("Vad Vem"));
        let row = "Förslag Från  Beslut Ansvarig";
        let bare = cells(row);
        assert_eq!(
            header(&bare).unwrap(),
            [Column::Proposal, Column::By, Column::Status, Column::Who]
        );
        assert_eq!(&row[bare[2].0..bare[2].0 + 6], "Beslut");
        assert!(says_done("Klar"));
        assert!(!says_done("pågår"));
    }
}
