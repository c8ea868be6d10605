//! Follow-up queries: which proposals stall, and did the register move this month.
//!
//! Stalling is judged from a few facts per proposal (`StallFacts`) so a store can answer
//! the query from an index without rebuilding every proposal.

use crate::id::ProposalId;
use crate::proposal::Proposal;
use crate::state::State;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// When a proposal counts as stalled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StalledPolicy {
    /// Open proposals whose state has not changed for this many days.
    pub no_change_days: u32,
    /// Open proposals discussed at this many meetings or more without a state change.
    pub discussed_meetings: u32,
    /// Undecided proposals (received, under review) older than this many days.
    pub undecided_days: u32,
}

impl Default for StalledPolicy {
    /// 90 days, 3 meetings, 365 days.
    fn default() -> Self {
        StalledPolicy {
            no_change_days: 90,
            discussed_meetings: 3,
            undecided_days: 365,
        }
    }
}

/// Why a proposal is stalled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum StallReason {
    /// No state change for `days` days.
    NoChange {
        /// Days since the last state change.
        days: i64,
    },
    /// Discussed at `meetings` meetings without a state change.
    DiscussedWithoutChange {
        /// Meetings.
        meetings: u32,
    },
    /// Not decided `days` days after it was raised.
    Undecided {
        /// Days since raised.
        days: i64,
    },
}

/// The facts stalling is judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StallFacts {
    /// Current state.
    pub state: State,
    /// Date the current state began.
    pub state_since: NaiveDate,
    /// Date raised.
    pub created: NaiveDate,
    /// Meetings it was discussed at since the last state change.
    pub discussions_since_change: u32,
}

impl StallFacts {
    /// The facts of a proposal.
    pub fn of(p: &Proposal) -> StallFacts {
        StallFacts {
            state: p.state(),
            state_since: p.state_since(),
            created: p.created(),
            discussions_since_change: u32::try_from(p.discussions_since_change())
                .unwrap_or(u32::MAX),
        }
    }
}

impl StalledPolicy {
    /// Why the proposal is stalled on `today`; empty if it is not (or is not open).
    pub fn reasons(&self, f: &StallFacts, today: NaiveDate) -> Vec<StallReason> {
        let mut out = Vec::new();
        if !f.state.is_open() {
            return out;
        }
        let quiet = (today - f.state_since).num_days();
        if quiet >= i64::from(self.no_change_days) {
            out.push(StallReason::NoChange { days: quiet });
        }
        if self.discussed_meetings > 0 && f.discussions_since_change >= self.discussed_meetings {
            out.push(StallReason::DiscussedWithoutChange {
                meetings: f.discussions_since_change,
            });
        }
        let age = (today - f.created).num_days();
        if f.state.is_undecided() && age >= i64::from(self.undecided_days) {
            out.push(StallReason::Undecided { days: age });
        }
        out
    }

    /// The stalled proposals among `proposals`, with their reasons, oldest state first.
    pub fn stalled<'a>(
        &self,
        proposals: impl IntoIterator<Item = &'a Proposal>,
        today: NaiveDate,
    ) -> Vec<(ProposalId, Vec<StallReason>)> {
        let mut out: Vec<_> = proposals
            .into_iter()
            .filter_map(|p| {
                let r = self.reasons(&StallFacts::of(p), today);
                (!r.is_empty()).then(|| (p.state_since(), p.id(), r))
            })
            .collect();
        out.sort_by_key(|(since, id, _)| (*since, *id));
        out.into_iter().map(|(_, id, r)| (id, r)).collect()
    }
}

/// "Did we move up a notch this month?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthlySummary {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Proposals raised in the month.
    pub raised: usize,
    /// Moves forward in the month (towards implemented: review, accept, start, implement).
    pub moved_forward: usize,
    /// Proposals stalled at the end of the month.
    pub stalled: usize,
    /// Moves into a closed state in the month (implemented, rejected, withdrawn, merged).
    pub closed: usize,
}

impl MonthlySummary {
    /// Summarises `proposals` for the month containing `day`, judging stalling on the
    /// month's last day. Returns `None` only for dates chrono cannot represent.
    pub fn compute<'a>(
        proposals: impl IntoIterator<Item = &'a Proposal>,
        day: NaiveDate,
        policy: &StalledPolicy,
    ) -> Option<MonthlySummary> {
        let first = NaiveDate::from_ymd_opt(day.year(), day.month(), 1)?;
        let next = first.checked_add_months(chrono::Months::new(1))?;
        let last = next.pred_opt()?;
        let mut s = MonthlySummary {
            year: day.year(),
            month: day.month(),
            raised: 0,
            moved_forward: 0,
            stalled: 0,
            closed: 0,
        };
        for p in proposals {
            for e in p.events() {
                if e.at < first || e.at >= next {
                    continue;
                }
                if e.from_state().is_none() && e.to_state() == Some(State::Received) {
                    s.raised += 1;
                }
                if let Some(t) = e.transition() {
                    if let (Some(a), Some(b)) = (t.from().progress_rank(), t.to().progress_rank())
                        && b > a
                    {
                        s.moved_forward += 1;
                    }
                    if t.to().is_closed() {
                        s.closed += 1;
                    }
                }
            }
            if p.created() <= last {
                // Stalling at month end is judged on the history up to then.
                let upto: Vec<_> = p
                    .events()
                    .iter()
                    .filter(|e| e.at <= last)
                    .cloned()
                    .collect();
                if let Ok(past) = Proposal::from_events(p.id(), upto)
                    && !policy.reasons(&StallFacts::of(&past), last).is_empty()
                {
                    s.stalled += 1;
                }
            }
        }
        Some(s)
    }
}
