import ArchiveStore
import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@Suite("Archive storage")
struct ArchiveTests {
    static let harbour = Article(
        title: "Harbour deal signed", bylines: ["Jane Doe"],
        paragraphs: ["“We are pleased,” said Mayor Ana Lind.", "The quay reopens in May."])
    static let budget = Article(title: "Budget passes", paragraphs: ["The council voted nine to two."])

    @Test(
        "the body splits back into paragraphs at each blank line, as components(separatedBy:) did",
        arguments: ["One.\n\nTwo.", "One.\n\n\nTwo.", "\n\nOne.\n\n", "Únë ☕️\n\n日本\n\n\n\n", "Solo", ""])
    func paragraphSplit(body: String) throws {
        var record = ArticleRecord(article: Self.budget, quoteCount: 0)
        record.body = body
        #expect(record.paragraphs == body.components(separatedBy: "\n\n"))
    }

    @Test("a blank line splits paragraphs even inside a cluster (CR LF LF, a mark after the break)")
    func paragraphSplitInsideClusters() {
        var record = ArticleRecord(article: Self.budget, quoteCount: 0)
        record.body = "One\r\n\nTwo e\n\n\u{301}three"
        #expect(record.paragraphs == ["One\r", "Two e", "\u{301}three"])
        #expect(record.paragraphs.map { $0.unicodeScalars.count } == [4, 5, 6])
    }

    @Test("an inserted article reads back with its fields and quotes")
    func insertAndRead() throws {
        let archive = try Archive.inMemory()
        let outcomes = try archive.insert([Self.harbour])
        guard case .imported(let id) = outcomes.first else {
            Issue.record("not imported: \(outcomes)")
            return
        }
        let record = try archive.article(id: id)
        #expect(record.title == "Harbour deal signed")
        #expect(record.byline == "Jane Doe")
        #expect(record.paragraphs == Self.harbour.paragraphs)
        #expect(record.wordCount == 15)
        #expect(try archive.quotes(articleID: id).map(\.text) == ["“We are pleased,”"])
        #expect(try archive.articleCount() == 1)
    }

    /// Content hashes are stored: the function must never change, or re-importing an old
    /// archive's files would store them twice. Values from an independent implementation.
    @Test("the content hash of title, byline and body is stable")
    func stableContentHash() throws {
        let archive = try Archive.inMemory()
        let ids = try archive.insert([Self.harbour, Self.budget]).compactMap { outcome -> Int64? in
            if case .imported(let id) = outcome { return id }
            return nil
        }
        #expect(
            try ids.map { try archive.article(id: $0).contentHash } == [
                "5aad8311aa62ce5196a3602440e4d038", "2ca1f37fa7a128d53153c429b54ffd68",
            ])
    }

    @Test(
        "quotes are stored with speaker names and cues of any content",
        arguments: ["Ana \"Nan\" Lind", "C:\\path\\Lind", "Tab\tand\nnewline\u{1}", "Łucja 李 🦆", ""])
    func storedQuoteText(name: String) throws {
        let archive = try Archive.inMemory()
        let article = Article(title: "Pier", paragraphs: ["“We will rebuild,” said someone."])
        let outcomes = try archive.insert([article]) { _ in
            Annotations(quotes: [
                Quote(
                    span: TextSpan(start: 0, end: 18, text: "“We will rebuild,”"), speakerName: name,
                    cue: TextSpan(start: 19, end: 23, text: name + " said"))
            ])
        }
        guard case .imported(let id) = outcomes.first else { throw ArchiveError.noSuchArticle(id: 0) }
        let quotes = try archive.quotes(articleID: id)
        #expect(quotes.map(\.text) == ["“We will rebuild,”"])
        #expect(quotes.map(\.speakerName) == [name])
        #expect(quotes.map(\.cue) == [name + " said"])
    }

    @Test("importing the same article twice stores it once")
    func duplicate() throws {
        let archive = try Archive.inMemory()
        let first = try archive.insert([Self.harbour])
        let second = try archive.insert([Self.harbour, Self.budget])
        guard case .imported(let id) = first[0] else {
            Issue.record("first insert failed")
            return
        }
        #expect(second[0] == .duplicate(id: id))
        #expect(try archive.articleCount() == 2)
    }

    @Test("summaries page newest first without gaps or repeats")
    func paging() throws {
        let archive = try Archive.inMemory()
        let articles = (1...25).map { Article(title: "Story \($0)", paragraphs: ["Body \($0)."]) }
        _ = try archive.insert(articles)
        var seen: [String] = []
        var after: Int64?
        while true {
            let page = try archive.summaries(than: after, limit: 10)
            if page.isEmpty { break }
            seen += page.map(\.title)
            after = page.last?.id
        }
        #expect(seen == (1...25).reversed().map { "Story \($0)" })
    }

    @Test("newer pages run up from an article, newest first; without one, the oldest page")
    func pagingUp() throws {
        let archive = try Archive.inMemory()
        let ids = try archive.insert((1...6).map { Article(title: "Story \($0)", paragraphs: ["Body \($0)."]) })
            .map { outcome -> Int64 in
                guard case .imported(let id) = outcome else { return 0 }
                return id
            }
        try archive.addBookmark(articleID: ids[4])
        try archive.addBookmark(articleID: ids[5])

        #expect(try archive.summaries(.newer, than: ids[1], limit: 2).map(\.id) == [ids[3], ids[2]])
        #expect(try archive.summaries(.newer, limit: 2).map(\.id) == [ids[1], ids[0]])
        #expect(
            try archive.summaries(.newer, than: ids[0], limit: 9, filter: ArticleFilter(bookmarked: true)).map(\.id)
                == [ids[5], ids[4]])
        #expect(
            try archive.summaries(.older, than: ids[5], limit: 1, filter: ArticleFilter(bookmarked: true)).map(\.id)
                == [ids[4]])
    }

    @Test("deleting an article removes its quotes and updates the count")
    func delete() throws {
        let archive = try Archive.inMemory()
        guard case .imported(let id) = try archive.insert([Self.harbour])[0] else { return }
        try archive.remove(ids: [id])
        #expect(try archive.quotes(articleID: id).isEmpty)
        #expect(try archive.articleCount() == 0)
        #expect(throws: ArchiveError.noSuchArticle(id: id)) { try archive.article(id: id) }
    }

    /// Articles enter the full-text index in one statement per transaction (not by trigger):
    /// FTS5's own check compares the index with the articles after inserts in several
    /// transactions, duplicates, a deletion and a re-analysis of everything.
    @Test("the full-text index matches the articles after imports, deletions and re-analysis")
    func fullTextIndexStaysExact() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let archive = try Archive.open(path: path)
        _ = try archive.insert([Self.harbour])
        let outcomes = try archive.insert([Self.budget, Self.harbour])
        let ferries = try archive.insert(
            (1...40).map { Article(title: "Ferry \($0)", paragraphs: ["Crossing number \($0) left on time."]) })
        if case .imported(let id) = outcomes[0] { try archive.remove(ids: [id]) }
        try archive.reanalyze(all: true)
        #expect(ferries.filter { if case .imported = $0 { true } else { false } }.count == 40)
        #expect(try archive.search("crossing").count == 40)
        #expect(try archive.search("budget").isEmpty)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')") }
    }

    @Test("a new file is migrated, reopened and stays sound")
    func fileArchive() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("nested/archive.sqlite")
        do {
            let archive = try Archive.open(path: path)
            _ = try archive.insert([Self.harbour])
        }
        let reopened = try Archive.open(path: path)
        #expect(try reopened.articleCount() == 1)
        #expect(try reopened.integrityCheck())
    }

    @Test("an empty existing file becomes an archive")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("empty.sqlite", [])
        let archive = try Archive.open(path: path)
        #expect(try archive.articleCount() == 0)
    }

    @Test("random bytes are refused and left untouched")
    func randomBytes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let path = try directory.write("junk.sqlite", bytes)
        #expect(throws: ArchiveError.notADatabase(path: path)) { try Archive.open(path: path) }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test("a truncated archive is refused")
    func truncated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        do {
            let archive = try Archive.open(path: path)
            _ = try archive.insert(
                (1...200).map { Article(title: "T\($0)", paragraphs: [String(repeating: "word ", count: 200)]) })
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        #expect(throws: ArchiveError.self) {
            let archive = try Archive.open(path: path)
            _ = try archive.summaries(limit: 500)
        }
    }

    @Test("an SQLite file of another program is refused and left untouched")
    func foreign() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: ArchiveError.foreignDatabase(path: path)) { try Archive.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("an archive of a newer Dateline is refused")
    func newerVersion() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        _ = try Archive.open(path: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-from-the-future')")
            }
        }
        #expect(throws: ArchiveError.newerVersion(path: path)) { try Archive.open(path: path) }
    }
}
