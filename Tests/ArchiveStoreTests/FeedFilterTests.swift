import Foundation
import Testing

@testable import ArchiveStore

/// The `feed:` term of `ArticleFilter`: articles by the subscription that brought them.
@Suite("Feed filter")
struct FeedFilterTests {
    /// `ArticleFilterTests.archive()` with two subscriptions: the Courier brought articles 1
    /// and 4, the untitled bulletin article 2 (its 4 stays the Courier's, which brought it
    /// first); article 3 came from none.
    static func archive() throws -> Archive {
        let archive = try ArticleFilterTests.archive()
        let added = Date(timeIntervalSince1970: 1_780_000_000)
        let courier = try archive.addSubscription(
            Subscription(url: "https://courier.example.org/rss", title: "Kessel Bay Courier", addedAt: added))
        let bulletin = try archive.addSubscription(
            Subscription(url: "https://ferries.example.net/bulletin.xml", addedAt: added))
        try archive.link([.imported(id: 1), .imported(id: 4)], subscriptionID: try #require(courier.id))
        try archive.link([.imported(id: 2), .duplicate(id: 4)], subscriptionID: try #require(bulletin.id))
        return archive
    }

    @Test(
        "feed: keeps the articles of the subscriptions with that id, or whose title or address contains the text",
        arguments: [
            ("feed:1", [4, 1]), ("feed:2", [2]), ("feed:3", []), (#"feed:"kessel bay courier""#, [4, 1]),
            ("feed:BULLETIN.xml", [2]), ("feed:example", [4, 2, 1]), ("feed:nowhere", []),
            ("feed:courier tag:ferries", [4]), ("feed:2 unread", []), ("feed:courier unread", [1]),
        ] as [(String, [Int64])])
    func feedTerm(expression: String, ids: [Int64]) throws {
        let archive = try Self.archive()
        let filter = try ArticleFilter(parsing: expression)
        #expect(try archive.summaries(limit: 10, filter: filter).map(\.id) == ids)
        #expect(try archive.count(matching: filter) == ids.count)
    }

    @Test("feed: narrows a full-text search, also together with a tag")
    func withSearch() throws {
        let archive = try Self.archive()
        #expect(try archive.search("ferry", filter: ArticleFilter()).map(\.summary.id).sorted() == [2, 4])
        #expect(try archive.search("ferry", filter: ArticleFilter(parsing: "feed:courier")).map(\.summary.id) == [4])
        #expect(
            try archive.search("ferry", filter: ArticleFilter(parsing: "feed:2 tag:ferries")).map(\.summary.id) == [2])
        #expect(
            try archive.search("ferry", filter: ArticleFilter(parsing: "feed:1 tag:harbour")).map(\.summary.id) == [4])
        #expect(try archive.searchCount("ferry", filter: ArticleFilter(parsing: "feed:courier")) == 1)
    }

    @Test("feed: reads back from the expression, quoted when it has a space, and needs a value")
    func expression() throws {
        let filter = try ArticleFilter(parsing: #"tag:harbour feed:"Kessel Bay""#)
        #expect(filter == ArticleFilter(tags: ["harbour"], feed: "Kessel Bay"))
        #expect(filter.expression == #"tag:harbour feed:"Kessel Bay""#)
        #expect(try ArticleFilter(parsing: filter.expression) == filter)
        #expect(throws: ArticleFilterError.missingValue("feed")) { try ArticleFilter(parsing: "feed:") }
    }
}
