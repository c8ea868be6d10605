//! Integration tests of the deviation domain: intake, follow-up, and the yearly report over
//! the fixture in `tests/data/yearly/`.

mod access;
mod fixture;
mod followup;
mod intake;
mod props;
mod yearly;

use chrono::NaiveDate;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test dates are valid")
}
