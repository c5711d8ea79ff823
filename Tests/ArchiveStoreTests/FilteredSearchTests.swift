import Foundation
import Testing

@testable import ArchiveStore

/// A full-text search narrowed by a filter reads the article row only for filters that test
/// its columns, and keeps exactly the matches the filter keeps either way.
@Suite("Filtered search")
struct FilteredSearchTests {
    @Test(
        "filters on the id alone need no article row; source, date and language do",
        arguments: [
            ("tag:ferries", false), ("unread", false), ("bookmarked", false), ("speaker:\"Mira Holt\"", false),
            ("feed:coast", false), ("source:coast", true), ("since:2026-02-01", true), ("lang:de", true),
            ("tag:ferries source:coast", true),
        ])
    func rowOnlyWhenNeeded(expression: String, readsRow: Bool) throws {
        let archive = try ArticleFilterTests.archive()
        let filter = try ArticleFilter(parsing: expression)
        let sql = try archive.read { db in try #require(filter.whereClause(perArticle: true)).build(db).sql }
        #expect(Archive.readsArticleColumns(sql) == readsRow)
    }

    @Test(
        "each kind of filter keeps the matches it keeps in the list",
        arguments: [
            "tag:ferries", "tag:harbour", "unread", "bookmarked", "speaker:\"Mira Holt\"", "source:coast",
            "since:2026-02-01", "lang:en", "tag:ferries unread", "speaker:\"Mira Holt\" source:dredger",
            "feed:coast", "tag:ferries tag:harbour", "tag:nothing", "feed:nowhere", "speaker:\"Nobody Here\"",
        ])
    func sameMatches(expression: String) throws {
        let archive = try ArticleFilterTests.archive()
        try archive.changeTags(ids: [2, 4], adding: ["ferries"], removing: [])
        try archive.changeTags(ids: [4], adding: ["harbour"], removing: [])
        try archive.setRead(articleID: 2, true)
        try archive.toggleBookmark(articleID: 4)
        let filter = try ArticleFilter(parsing: expression)
        let kept = Set(try archive.summaries(limit: 10, filter: filter).map(\.id))
        for query in ["ferry", "the", "dues OR fähre"] {
            let all = try archive.search(query).map(\.summary.id)
            let filtered = try archive.search(query, filter: filter).map(\.summary.id)
            #expect(filtered == all.filter(kept.contains), "\(query) under \(expression)")
            #expect(try archive.searchCount(query, filter: filter) == filtered.count)
            // A tag looked up per match keeps the same matches as a tag listed once.
            let lookedUp = try archive.search(
                query, limit: 50, offset: 0, filter: filter, rankedCandidates: Archive.rankedCandidates,
                listedTagArticles: 0
            ).map(\.summary.id)
            #expect(lookedUp == filtered, "\(query) under \(expression), tags looked up")
        }
    }
}
