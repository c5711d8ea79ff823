import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// `Archive.remove(ids:)`: what goes with an article, what stays, and what is remembered.
@Suite("Removing articles")
struct RemovalTests {
    /// Three articles: two quote the harbour master, one is written in Japanese.
    static func archive(at path: String) throws -> (Archive, [Int64]) {
        let archive = try Archive.open(path: path)
        let outcomes = try archive.insert(
            [
                Article(
                    title: "Lighthouse repainted",
                    paragraphs: ["“The tower is white again” [Mira Holt]. Gulls approve."],
                    guid: "urn:coast:1"),
                Article(
                    title: "Pier closed for repairs",
                    paragraphs: ["“Nobody fishes here until May” [Mira Holt]. “Fine by me” [Otto Brandt]."]),
                Article(title: "灯台の塗り替え", paragraphs: ["灯台が白く塗り直された。"], guid: "urn:coast:3"),
            ], analyse: SpeakerIndexTests.bracketSpeakers)
        return (archive, outcomes.compactMap { if case .imported(let id) = $0 { id } else { nil } })
    }

    @Test("removing articles takes their bookmarks, reading state, quotes, speakers and index entries")
    func removesEverything() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let (archive, ids) = try Self.archive(at: path)
        try archive.addBookmark(articleID: ids[1])
        try archive.addBookmark(articleID: ids[0])
        try archive.setRead(articleID: ids[1], true)

        try archive.remove(ids: [ids[1], ids[2]])

        #expect(try archive.articleCount() == 1)
        #expect(try archive.bookmarkCount() == 1)
        #expect(try archive.summaries(limit: 10).map(\.id) == [ids[0]])
        #expect(try archive.search("pier").isEmpty)
        #expect(try archive.search("灯台").isEmpty)
        #expect(try archive.search("lighthouse").map(\.summary.id) == [ids[0]])
        #expect(
            try archive.speakers().map { "\($0.name) \($0.articleCount) \($0.quoteCount)" } == ["Mira Holt 1 1"])
        #expect(try archive.info().quoteCount == 1)
        #expect(try !archive.readingState(articleID: ids[1]).read)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for table in ["bookmark", "reading_state", "speaker_article"] {
                let orphans = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM \(table) WHERE article_id NOT IN (SELECT id FROM article)")
                #expect(orphans == 0, "\(table)")
            }
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO article_grams(article_grams) VALUES ('integrity-check')")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM article_grams") == 0)
        }
        #expect(try archive.integrityCheck())
    }

    @Test("an unknown id removes nothing, and the error names every unknown id once")
    func unknownIDs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, ids) = try Self.archive(at: directory.path("archive.sqlite"))
        #expect(throws: ArchiveError.noSuchArticles(ids: [41, 7])) {
            try archive.remove(ids: [ids[0], 41, 7, 41])
        }
        #expect(try archive.articleCount() == 3)
        #expect(throws: ArchiveError.noSuchArticles(ids: [7])) { try archive.summaries(ids: [ids[1], 7]) }
        #expect(try archive.summaries(ids: [ids[1], ids[0], ids[1]]).map(\.id) == [ids[1], ids[0]])
        #expect(
            ArchiveError.noSuchArticles(ids: [41, 7]).description
                == "no articles have the ids 41, 7")
        #expect(ArchiveError.noSuchArticles(ids: [41]).description == "no article has the id 41")
    }

    @Test("an id given twice is removed once")
    func repeatedID() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, ids) = try Self.archive(at: directory.path("archive.sqlite"))
        try archive.remove(ids: [ids[0], ids[0]])
        #expect(try archive.articleCount() == 2)
        #expect(try archive.speakers().map(\.quoteCount).reduce(0, +) == 2)
    }

    @Test("a removed feed item does not come back when its feed is imported again")
    func guidRemembered() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, ids) = try Self.archive(at: directory.path("archive.sqlite"))
        try archive.remove(ids: [ids[0], ids[1]])
        let again = try archive.insert([
            Article(title: "Lighthouse repainted", paragraphs: ["The tower is white again."], guid: "urn:coast:1"),
            Article(
                title: "Pier closed for repairs",
                paragraphs: ["“Nobody fishes here until May” [Mira Holt]. “Fine by me” [Otto Brandt]."]),
            Article(title: "Lighthouse open to visitors", paragraphs: ["Tours start on Sunday."], guid: "urn:coast:4"),
        ])
        #expect(again.count == 3)
        #expect(again[0] == .removed)
        guard case .imported = again[1], case .imported = again[2] else {
            Issue.record("an article without a guid, or with a new one, is stored: \(again)")
            return
        }
        #expect(try archive.articleCount() == 3)
    }
}
