//! Follows one proposal from raised to implemented and another to rejected, then prints the
//! public follow-up report.
//!
//! Run with `cargo run --example follow_proposal` (add `-- en` for English, `-- html` for
//! the HTML page).

use chrono::NaiveDate;
use delaktig::core::{
    Actor, Command, Lang, MoveSpec, NewProposal, NoFilter, Progress, ReportOptions, Request, Role,
    State,
};
use delaktig::store::{Register, StoreError};

fn main() -> Result<(), StoreError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = if args.iter().any(|a| a == "en") {
        Lang::En
    } else {
        Lang::Sv
    };
    let date = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap_or_default();

    let mut reg = Register::open_in_memory()?;
    let bryggan = Actor::new("Bryggan", Role::UserRepresentative);
    let staff = Actor::staff("Socialförvaltningen");

    // Raised at the joint development group.
    let mut checklist = NewProposal::titled("Checklista för nya handläggare");
    checklist.description =
        Some("Det bör finnas en checklista så att nya handläggare vet vad de ska fråga om.".into());
    checklist.origin.group = Some("Gemensam utvecklingsgrupp".into());
    checklist.origin.organisation = Some("Bryggan".into());
    let a = reg.raise(checklist, &bryggan, date(1, 13))?;

    let mut coffee = NewProposal::titled("Gratis kaffe i alla väntrum");
    coffee.origin.group = Some("Brukargruppen".into());
    let b = reg.raise(coffee, &bryggan, date(1, 13))?;
    println!("raised {a} and {b}");

    // The first one goes all the way.
    reg.move_to(
        a,
        MoveSpec::new(State::UnderReview, None),
        &staff,
        date(1, 27),
    )?;
    reg.move_to(
        a,
        MoveSpec::new(State::Accepted, Some("Beslut i ledningsgruppen")),
        &staff,
        date(2, 10),
    )?;
    let milestone = Command::AddMilestone {
        title: "Utkast granskat av brukarrådet".into(),
        due: Some(date(3, 31)),
    };
    reg.execute(a, Request::new(staff.clone(), date(2, 10), milestone))?;
    reg.move_to(
        a,
        MoveSpec::new(State::InProgress, None),
        &staff,
        date(2, 24),
    )?;
    reg.execute(
        a,
        Request::new(
            staff.clone(),
            date(3, 24),
            Command::CompleteMilestone { index: 0 },
        ),
    )?;
    let progress = Progress::try_from(90).map_err(StoreError::BadExport)?;
    reg.execute(
        a,
        Request::new(staff.clone(), date(3, 24), Command::SetProgress(progress)),
    )?;
    let done = "Checklistan används av alla nya handläggare sedan april";
    reg.move_to(
        a,
        MoveSpec::new(State::Implemented, Some(done)),
        &staff,
        date(4, 7),
    )?;

    // The second one is turned down; a "no" without a real reason is refused.
    match reg.move_to(
        b,
        MoveSpec::new(State::Rejected, Some("n/a")),
        &staff,
        date(2, 10),
    ) {
        Err(e) => println!("refused, as it should be: {e}"),
        Ok(_) => println!("unexpected: a rejection without a justification was accepted"),
    }
    let why = "Ryms inte i budgeten för 2025; frågan tas upp igen i budgetarbetet";
    reg.move_to(
        b,
        MoveSpec::new(State::Rejected, Some(why)),
        &staff,
        date(2, 10),
    )?;

    let opts = ReportOptions {
        lang,
        ..ReportOptions::new(date(4, 30))
    };
    let report = reg.report(&opts, &NoFilter)?;
    println!();
    if args.iter().any(|a| a == "html") {
        println!("{}", report.to_html());
    } else {
        println!("{}", report.to_markdown());
    }
    Ok(())
}
