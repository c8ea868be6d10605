//! Types that cross the FFI boundary or threads are `Send + Sync`.

use delaktig_core::*;

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn domain_types_are_send_and_sync() {
    assert_send_sync::<Proposal>();
    assert_send_sync::<Event>();
    assert_send_sync::<Transition>();
    assert_send_sync::<Settings>();
    assert_send_sync::<DomainError>();
    assert_send_sync::<PublicReport>();
    assert_send_sync::<MeetingImport>();
    assert_send_sync::<MonthlySummary>();
    assert_send_sync::<NoFilter>();
}
