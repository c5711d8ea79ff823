import GRDB
import Testing

@testable import ArchiveStore

/// `ArticleWriter.insertSpeakerRow` binds a speaker row's values with SQLite's own calls.
@Suite("Speaker rows bound directly")
struct SpeakerRowBindingTests {
    @Test("the row holds the values, a failed insert throws SQLite's error, and the statement runs again")
    func bindsAndFails() throws {
        try DatabaseQueue().write { db in
            try db.execute(
                sql: "CREATE TABLE row (key TEXT PRIMARY KEY, article INTEGER, quotes INTEGER, start INTEGER)")
            let statement = try db.makeStatement(sql: "INSERT INTO row VALUES (?, ?, ?, ?)")
            try ArticleWriter.insertSpeakerRow(
                statement, in: db, key: "zoë ñúñez", articleID: 1 << 40, quotes: 3, firstStart: 17)
            let error = #expect(throws: DatabaseError.self) {
                try ArticleWriter.insertSpeakerRow(
                    statement, in: db, key: "zoë ñúñez", articleID: 2, quotes: 1, firstStart: 0)
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            try ArticleWriter.insertSpeakerRow(
                statement, in: db, key: "ana lind", articleID: 2, quotes: 1, firstStart: 0)
            // Bound as a C string was: up to a NUL, and an empty key as empty text.
            try ArticleWriter.insertSpeakerRow(
                statement, in: db, key: "ab\u{0}cd", articleID: 3, quotes: 1, firstStart: 0)
            try ArticleWriter.insertSpeakerRow(statement, in: db, key: "", articleID: 4, quotes: 1, firstStart: 0)
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM row ORDER BY article DESC")
            #expect(
                rows == [
                    ["key": "zoë ñúñez", "article": 1 << 40, "quotes": 3, "start": 17],
                    ["key": "", "article": 4, "quotes": 1, "start": 0],
                    ["key": "ab", "article": 3, "quotes": 1, "start": 0],
                    ["key": "ana lind", "article": 2, "quotes": 1, "start": 0],
                ])
        }
    }
}
