//! Every object that crosses the boundary may be called from any thread of an app.

use std::sync::Arc;
use std::thread;

use delaktig_ffi::{Normalizer, ProposalState, Register, RegisterListener, Vocabulary};

use crate::common::*;

fn send_sync<T: Send + Sync + ?Sized>() {}

#[test]
fn exported_objects_are_send_and_sync() {
    send_sync::<Register>();
    send_sync::<Normalizer>();
    send_sync::<Vocabulary>();
    send_sync::<dyn RegisterListener>();
    send_sync::<Arc<Register>>();
}

#[test]
fn a_register_takes_commands_from_many_threads() {
    let reg = Register::in_memory().unwrap();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let reg = Arc::clone(&reg);
            thread::spawn(move || {
                for i in 0..10 {
                    let id = reg
                        .raise_proposal(
                            draft(&format!("Förslag {t}-{i}")),
                            bryggan(),
                            day(2026, 1, 19),
                        )
                        .unwrap();
                    reg.move_proposal(
                        id,
                        move_to(ProposalState::UnderReview, None),
                        staff(),
                        day(2026, 1, 20),
                    )
                    .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(reg.count().unwrap(), 40);
    let under_review = reg
        .list(delaktig_ffi::ListFilter {
            state: Some(ProposalState::UnderReview),
            visibility: None,
        })
        .unwrap();
    assert_eq!(under_review.len(), 40);
}
