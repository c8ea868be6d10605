//! Register operations at scale: 100,000 proposals with 10 events each (override the count
//! with DELAKTIG_BENCH_PROPOSALS). Measures bulk insert (import in one transaction),
//! reopening, reopening plus rebuilding every proposal, the stalled query, the full public
//! report, and one command in its own durable transaction on the large register.

use chrono::NaiveDate;
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use delaktig_core::*;
use delaktig_store::*;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default() + chrono::Duration::days(n)
}

/// Builds `n` proposals of exactly 10 events each, in a mix of end states.
fn model(n: u64) -> Vec<Proposal> {
    let s = Settings::default();
    let staff = Actor::staff("Socialförvaltningen");
    let rep = Actor::new("Bryggan", Role::UserRepresentative);
    let mv = |to, text: Option<&str>| Command::MoveTo(MoveSpec::new(to, text));
    (1..=n)
        .map(|i| {
            let start = (i % 300) as i64;
            let mut d =
                NewProposal::titled(&format!("Förslag {i} om bättre återkoppling till brukare"));
            d.description = Some("Det behöver tas fram en gemensam rutin för återkoppling.".into());
            d.origin.group = Some("Gemensam utvecklingsgrupp".into());
            d.origin.organisation = Some("Bryggan".into());
            let mut p = Proposal::raise(ProposalId::new(i), d, &rep, day(start), &s).unwrap();
            let mut at = start;
            let mut run = |p: &mut Proposal, by: &Actor, c: Command| {
                at += 7;
                p.execute(Request::new(by.clone(), day(at), c), &s).unwrap();
            };
            for m in 0..3 {
                let c = Command::Discuss {
                    meeting: Some(MeetingId::new(i * 10 + m)),
                    note: None,
                };
                run(&mut p, &staff, c);
            }
            run(
                &mut p,
                &rep,
                Command::Comment {
                    text: "Vi vill gärna vara med i arbetet".into(),
                },
            );
            run(&mut p, &staff, mv(State::UnderReview, None));
            match i % 4 {
                // Stays under review: five more comments.
                0 => (0..4).for_each(|_| {
                    run(
                        &mut p,
                        &rep,
                        Command::Comment {
                            text: "Hur går det?".into(),
                        },
                    )
                }),
                // Rejected with a justification.
                1 => {
                    run(
                        &mut p,
                        &staff,
                        mv(State::Rejected, Some("Ryms inte i årets budget")),
                    );
                    (0..3).for_each(|_| {
                        run(
                            &mut p,
                            &rep,
                            Command::Comment {
                                text: "Synd".into(),
                            },
                        )
                    });
                }
                // Implemented.
                2 => {
                    run(&mut p, &staff, mv(State::Accepted, None));
                    run(&mut p, &staff, mv(State::InProgress, None));
                    run(
                        &mut p,
                        &staff,
                        Command::SetProgress(Progress::try_from(80).unwrap()),
                    );
                    run(
                        &mut p,
                        &staff,
                        mv(State::Implemented, Some("Rutinen används i alla enheter")),
                    );
                }
                // Accepted and in progress with a milestone.
                _ => {
                    run(&mut p, &staff, mv(State::Accepted, None));
                    run(
                        &mut p,
                        &staff,
                        Command::AddMilestone {
                            title: "Utkast".into(),
                            due: Some(day(900)),
                        },
                    );
                    run(&mut p, &staff, mv(State::InProgress, None));
                    run(
                        &mut p,
                        &staff,
                        Command::SetProgress(Progress::try_from(30).unwrap()),
                    );
                }
            }
            assert_eq!(p.events().len(), 10);
            p
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let n: u64 = std::env::var("DELAKTIG_BENCH_PROPOSALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let t = Instant::now();
    let proposals = model(n);
    eprintln!(
        "built {n} proposals x 10 events in memory in {:?}",
        t.elapsed()
    );
    let export = RegisterExport {
        format: "delaktig-register".into(),
        version: 1,
        scope: ExportScope::All,
        settings: Settings::default(),
        meetings: Vec::new(),
        proposals,
        deviations: Vec::new(),
        deviation_settings: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group(format!("register_{n}x10"));
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_secs(1));

    let mut k = 0;
    g.bench_function("insert (import in one transaction, WAL, fsync)", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                k += 1;
                let path = dir.path().join(format!("insert-{k}.db"));
                let mut reg = Register::create(&path).unwrap();
                let t = Instant::now();
                black_box(reg.import(&export).unwrap());
                total += t.elapsed();
                drop(reg);
                let _ = std::fs::remove_file(&path);
                let _ = std::fs::remove_file(path.with_extension("db-wal"));
                let _ = std::fs::remove_file(path.with_extension("db-shm"));
            }
            total
        })
    });

    let path = dir.path().join("big.db");
    Register::create(&path).unwrap().import(&export).unwrap();
    drop(export);
    let today = day(800);

    g.bench_function("reopen", |b| {
        b.iter(|| black_box(Register::open(&path).unwrap().count().unwrap()))
    });
    g.bench_function("reopen and rebuild every proposal", |b| {
        b.iter(|| black_box(Register::open(&path).unwrap().proposals().unwrap().len()))
    });
    let mut reg = Register::open(&path).unwrap();
    g.bench_function("stalled query", |b| {
        b.iter(|| black_box(reg.stalled(&StalledPolicy::default(), today).unwrap().len()))
    });
    g.bench_function("full public report (build + HTML)", |b| {
        b.iter(|| {
            let r = reg.report(&ReportOptions::new(today), &NoFilter).unwrap();
            black_box(r.to_html().len())
        })
    });
    let mut i = 0u64;
    g.bench_function("one comment command (own transaction)", |b| {
        b.iter(|| {
            i += 1;
            let id = ProposalId::new(i % n + 1);
            let cmd = Command::Comment {
                text: "Vi följer upp på nästa möte".into(),
            };
            black_box(
                reg.execute(id, Request::new(Actor::staff("Stina"), today, cmd))
                    .unwrap(),
            )
        })
    });
    g.finish();
}

criterion_group!(register, benches);
criterion_main!(register);
