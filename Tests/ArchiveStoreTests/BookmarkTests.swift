import ArchiveStore
import ArticleAnalysis
import Foundation
import TestSupport
import Testing

@Suite("Bookmarks and reading state")
struct BookmarkTests {
    static let article = Article(title: "Harbour deal", bylines: ["Jane Doe"], paragraphs: ["One.", "Two."])

    static func insert(_ archive: Archive, _ article: Article = article) throws -> Int64 {
        guard case .imported(let id) = try archive.insert([article])[0] else { throw ArchiveError.noSuchArticle(id: 0) }
        return id
    }

    @Test("toggling adds and removes a bookmark, and the summary shows it")
    func toggle() throws {
        let archive = try Archive.inMemory()
        let id = try Self.insert(archive)
        #expect(try archive.toggleBookmark(articleID: id))
        #expect(try archive.summary(id: id).bookmarked)
        #expect(try archive.bookmarkCount() == 1)
        #expect(try archive.summaries(limit: 10, filter: ArticleFilter(bookmarked: true)).map(\.id) == [id])
        #expect(try !archive.toggleBookmark(articleID: id))
        #expect(try archive.summaries(limit: 10, filter: ArticleFilter(bookmarked: true)).isEmpty)
        #expect(try archive.bookmarkCount() == 0)
    }

    @Test("a note bookmarks the article; an empty note clears it")
    func note() throws {
        let archive = try Archive.inMemory()
        let id = try Self.insert(archive)
        try archive.setBookmarkNote(articleID: id, note: "  check the figures ")
        #expect(try archive.bookmark(articleID: id)?.note == "check the figures")
        #expect(try archive.summary(id: id).note == "check the figures")
        try archive.setBookmarkNote(articleID: id, note: "")
        #expect(try archive.bookmark(articleID: id) != nil)
        #expect(try archive.bookmark(articleID: id)?.note == nil)
    }

    @Test("bookmarks of a missing article are refused")
    func missingArticle() throws {
        let archive = try Archive.inMemory()
        #expect(throws: ArchiveError.noSuchArticle(id: 42)) { try archive.toggleBookmark(articleID: 42) }
    }

    @Test("deleting an article removes its bookmark and reading state")
    func cascade() throws {
        let archive = try Archive.inMemory()
        let id = try Self.insert(archive)
        try archive.addBookmark(articleID: id)
        try archive.setScrollOffset(articleID: id, 120)
        try archive.remove(ids: [id])
        #expect(try archive.bookmarks().isEmpty)
        #expect(try archive.bookmarkCount() == 0)
        #expect(try archive.readingState(articleID: id).scrollOffset == 0)
    }

    @Test("read state and position survive reopening the file; re-import keeps the bookmark")
    func survivesReopen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let id: Int64
        do {
            let archive = try Archive.open(path: path)
            id = try Self.insert(archive)
            try archive.addBookmark(articleID: id)
            try archive.setRead(articleID: id, true)
            try archive.setScrollOffset(articleID: id, 77)
            try archive.setReaderSetting("last-article", "\(id)")
        }
        let archive = try Archive.open(path: path)
        #expect(try archive.insert([Self.article]) == [.duplicate(id: id)])
        #expect(try archive.bookmark(articleID: id) != nil)
        let state = try archive.readingState(articleID: id)
        #expect(state.read && state.scrollOffset == 77)
        #expect(try archive.summary(id: id).read)
        #expect(try archive.readerSetting("last-article") == "\(id)")
        try archive.setReaderSetting("last-article", nil)
        #expect(try archive.readerSetting("last-article") == nil)
    }

    @Test("two archives on one file write concurrently without losing anything")
    func concurrentWriters() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("archive.sqlite")
        let setup = try Archive.open(path: path)
        let ids = try setup.insert((1...40).map { Article(title: "Story \($0)", paragraphs: ["Body \($0)."]) }).map {
            outcome -> Int64 in
            guard case .imported(let id) = outcome else { return -1 }
            return id
        }
        let first = try Archive.open(path: path)
        let second = try Archive.open(path: path)
        async let a: Void = Task.detached {
            for id in ids.prefix(20) { try first.addBookmark(articleID: id) }
        }.value
        async let b: Void = Task.detached {
            for id in ids.suffix(20) { try second.addBookmark(articleID: id) }
            _ = try second.insert((41...80).map { Article(title: "Story \($0)", paragraphs: ["Body \($0)."]) })
        }.value
        _ = try await (a, b)
        #expect(try first.bookmarkCount() == 40)
        #expect(try second.bookmarks().count == 40)
        #expect(try first.articleCount() == 80)
    }
}
