import ArticleAnalysis
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// Migration v6 moves quote rows into their article's `quotes` column and the speaker index
/// into `speaker_article`; an archive written before it must read the same afterwards.
@Suite("Quotes migration")
struct QuoteMigrationTests {
    /// Writes what a v5 archive held for two articles: quote rows, speaker totals and the
    /// full-text index.
    private func writeVersion5Archive(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(ArchiveSchema.applicationID)")
        }
        try ArchiveSchema.migrator.migrate(queue, upTo: "v5-counts-and-index-per-transaction")
        try queue.write { db in
            let bodies = [
                "“The pier opens in May,” said Ana Lind.\n\n“Not before,” Tom Reyes replied.",
                "Ana Lind said: “The ferries run again.”",
            ]
            for (index, body) in bodies.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO article (title, body, content_hash, imported_at, word_count, quote_count,
                            analysis_version)
                        VALUES (?, ?, ?, '2026-01-01 00:00:00.000', 8, 2, 5)
                        """,
                    arguments: ["Pier \(index)", body, "hash\(index)"])
            }
            let quotes: [(article: Int, start: Int, end: Int, text: String, name: String, key: String)] = [
                (1, 0, 24, "“The pier opens in May,”", "Ana Lind", "ana lind"),
                (1, 41, 54, "“Not before,”", "Tom Reyes", "tom reyes"),
                (2, 15, 39, "“The ferries run again.”", "Ana Lind", "ana lind"),
            ]
            for quote in quotes {
                try db.execute(
                    sql: """
                        INSERT INTO quote (article_id, start, "end", text, speaker_name, speaker_key, cue)
                        VALUES (?, ?, ?, ?, ?, ?, 'said')
                        """,
                    arguments: [quote.article, quote.start, quote.end, quote.text, quote.name, quote.key])
            }
            try db.execute(
                sql: """
                    INSERT INTO speaker (key, name, article_count, quote_count)
                    VALUES ('ana lind', 'Ana Lind', 2, 2), ('tom reyes', 'Tom Reyes', 1, 1);
                    UPDATE archive_stats SET article_count = 2;
                    INSERT INTO article_fts (rowid, title, byline, body) SELECT id, title, byline, body FROM article;
                    """)
        }
    }

    @Test("quotes, speaker counts and a speaker's articles read the same after v6")
    func migratesQuotes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        try writeVersion5Archive(at: path)

        let archive = try Archive.open(path: path)
        #expect(try archive.quotes(articleID: 1).map(\.text) == ["“The pier opens in May,”", "“Not before,”"])
        #expect(try archive.quotes(articleID: 1).map(\.speakerKey) == ["ana lind", "tom reyes"])
        #expect(
            try archive.speakers().map { "\($0.name) \($0.articleCount) \($0.quoteCount)" } == [
                "Ana Lind 2 2", "Tom Reyes 1 1",
            ])
        #expect(try archive.articles(quoting: "ana lind").map(\.articleID) == [2, 1])
        #expect(
            try archive.quotes(speaker: "Ana Lind").map(\.text) == [
                "“The ferries run again.”", "“The pier opens in May,”",
            ])

        try archive.remove(ids: [1])
        #expect(try archive.speakers().map { "\($0.name) \($0.articleCount) \($0.quoteCount)" } == ["Ana Lind 1 1"])
        #expect(try archive.integrityCheck())
    }
}
