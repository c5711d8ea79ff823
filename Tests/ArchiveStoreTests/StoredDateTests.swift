import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// `StoredDate` reads GRDB's text form of a date with arithmetic; every date must come out as
/// GRDB's own decoding makes it.
@Suite("Stored dates")
struct StoredDateTests {
    /// The date in the one column of `SELECT ?` with `value`, by `StoredDate` and by GRDB.
    static func both(_ value: DatabaseValueConvertible?) throws -> (fast: Date?, grdb: Date?) {
        try DatabaseQueue().read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT ? AS d", arguments: [value]))
            return (try StoredDate.decode(row, forColumn: "d"), try row.decode(Date?.self, forColumn: "d"))
        }
    }

    @Test("dates GRDB wrote read as GRDB reads them, to the bit")
    func randomDates() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int { SeededRandom.next(&state, below: bound) }
        for _ in 0..<2_000 {
            // From 1600 to 2200, at millisecond precision, as GRDB stores them.
            let milliseconds = Double(next(600 * 365 * 86_400) - 370 * 365 * 86_400) * 1_000 + Double(next(1_000))
            let date = Date(timeIntervalSince1970: milliseconds / 1_000)
            let (fast, grdb) = try Self.both(date)
            #expect(fast == grdb, "\(date.databaseValue)")
            #expect(fast?.timeIntervalSinceReferenceDate.bitPattern == grdb?.timeIntervalSinceReferenceDate.bitPattern)
        }
    }

    @Test(
        "other forms and impossible dates go to GRDB",
        arguments: [
            "2024-02-29 23:59:59.999", "2023-02-29 10:00:00.000", "2024-13-01 00:00:00.000", "1582-10-10 12:00:00.000",
            "1599-12-31 23:59:59.999", "1600-01-01 00:00:00.000", "2024-05-06 07:08:09", "2024-05-06T07:08:09.123",
            "2024-05-06 24:00:00.000", "2024-05-06 07:60:00.000", "2024-05-06",
        ])
    func otherForms(text: String) throws {
        let (fast, grdb) = try Self.both(text)
        #expect(fast == grdb)
    }

    @Test("text that is no date fails as GRDB's decoding fails")
    func notADate() throws {
        #expect(throws: (any Error).self) { try Self.both("20x4-05-06 07:08:09.123") }
        let fast = try DatabaseQueue().read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT '20x4-05-06 07:08:09.123' AS d"))
            return Result { try StoredDate.decode(row, forColumn: "d") }
        }
        #expect(throws: (any Error).self) { try fast.get() }
    }

    @Test("numbers and NULL go to GRDB")
    func numbers() throws {
        #expect(try Self.both(1_700_000_000).fast == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(try Self.both(1.5).fast == Date(timeIntervalSince1970: 1.5))
        #expect(try Self.both(nil).fast == nil)
    }
}
