//! Reads deviation texts (template or free text), registers them and prints the yearly
//! report, the way `delaktig deviation add` and `delaktig deviation report` will.
//!
//! ```text
//! cargo run -p delaktig-deviation --example yearly_report -- 2024 md \
//!     crates/delaktig-deviation/tests/data/yearly/deviations/*.txt
//! ```
//! The format is `md`, `html` or `json`. Every deviation is registered on its report date
//! and left as received; texts that cannot be registered are listed on stderr.

use chrono::Datelike;
use delaktig_deviation::*;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(year), Some(format)) = (args.first(), args.get(1)) else {
        eprintln!("usage: yearly_report YEAR md|html|json FILE...");
        return ExitCode::FAILURE;
    };
    let Ok(year) = year.parse::<i32>() else {
        eprintln!("{year} is not a year");
        return ExitCode::FAILURE;
    };
    let Some(today) = chrono::NaiveDate::from_ymd_opt(year + 1, 1, 31) else {
        eprintln!("{year} is out of range");
        return ExitCode::FAILURE;
    };
    let settings = Settings::default();
    let intake = Intake::default();
    let Ok(by) = Actor::new("Samordnaren", Role::Staff) else {
        return ExitCode::FAILURE;
    };
    let mut deviations: Vec<Deviation> = Vec::new();
    for path in args.iter().skip(2) {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let draft = intake.parse(&text, today);
        let received = draft.report_date.or(draft.event_date).unwrap_or(today);
        let record = match draft.complete(received, &NoRedaction) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let y = u16::try_from(record.report_date.year()).unwrap_or(0);
        let id = draft
            .id
            .or_else(|| DeviationId::next_in_year(deviations.iter().map(Deviation::id), y));
        let Some(id) = id else {
            eprintln!("{path}: no id could be given");
            continue;
        };
        match Deviation::open(
            id,
            record,
            Visibility::Internal,
            received,
            by.clone(),
            &settings,
        ) {
            Ok(d) => deviations.push(d),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    let report = YearlyReport::build(
        year,
        &deviations,
        &settings.categories,
        &ReportOptions::new(today),
    );
    let out = match format.as_str() {
        "md" => report.to_markdown(),
        "html" => report.to_html(),
        "json" => match report.to_json() {
            Ok(j) => j + "\n",
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        },
        other => {
            eprintln!("unknown format {other}: use md, html or json");
            return ExitCode::FAILURE;
        }
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}
