//! Integration tests of the domain: transitions, justifications, permissions, history,
//! follow-up queries, reports, and property tests of random command sequences.

mod common;
mod follow;
mod history;
mod permissions;
mod props;
mod report;
mod rules;
mod threads;
mod transitions;
