// Tests of the Swift bindings of delaktig, the same scenario as the Kotlin and Python tests.
// They need a machine with Swift (see bindings/README.md); elsewhere run-tests.sh only parses
// this file with the tree-sitter Swift grammar.
import Foundation
import XCTest

@testable import Delaktig

final class DelaktigTests: XCTestCase {
    func testVersionIsTheCrateVersion() {
        XCTAssertNotNil(version().range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression))
    }

    func testTimestampsAreDates() throws {
        let t: Date = try parseTimestamp(text: "2026-01-19T11:00:00+01:00")
        XCTAssertEqual(t, ISO8601DateFormatter().date(from: "2026-01-19T10:00:00Z"))
    }

    func testBadTimestampIsTheLibrarysError() {
        XCTAssertThrowsError(try parseTimestamp(text: "19 januari")) { error in
            guard case InputError.Timestamp(let message) = error else {
                return XCTFail("expected InputError.Timestamp, got \(error)")
            }
            XCTAssertTrue(message.contains("is not an RFC 3339 timestamp"), message)
        }
    }
}
