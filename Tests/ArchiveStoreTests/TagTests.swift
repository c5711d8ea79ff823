import ArticleAnalysis
import Foundation
import GRDB
import Testing

@testable import ArchiveStore

/// Tags: adding, removing, counting, checking names, and what removal takes with it.
@Suite("Tags")
struct TagTests {
    /// An archive with three articles; their ids, oldest first.
    static func archive() throws -> (Archive, [Int64]) {
        let archive = try Archive.inMemory()
        let outcomes = try archive.insert([
            Article(title: "Harbour dues raised", paragraphs: ["The council raised the harbour dues."]),
            Article(title: "Ferry timetable", paragraphs: ["The winter timetable starts on Monday."]),
            Article(title: "Dune fence mended", paragraphs: ["Volunteers mended the fence along the dunes."]),
        ])
        return (archive, outcomes.compactMap { if case .imported(let id) = $0 { id } else { nil } })
    }

    @Test("tags are added and removed in one call, kept in lower case, and shown in summaries")
    func addAndRemove() throws {
        let (archive, ids) = try Self.archive()

        try archive.changeTags(ids: [ids[0], ids[1]], adding: ["Council", "draft"], removing: [])
        try archive.changeTags(ids: [ids[1]], adding: ["ferries"], removing: ["draft", "unknown"])

        #expect(try archive.tags(articleID: ids[0]) == ["council", "draft"])
        #expect(try archive.tags(articleID: ids[1]) == ["council", "ferries"])
        #expect(try archive.tags(articleID: ids[2]).isEmpty)
        #expect(try archive.summaries(limit: 10).map(\.tags) == [[], ["council", "ferries"], ["council", "draft"]])
        #expect(try archive.summary(id: ids[0]).tags == ["council", "draft"])
        #expect(
            try archive.tagCounts()
                == [
                    TagCount(tag: "council", articles: 2), TagCount(tag: "draft", articles: 1),
                    TagCount(tag: "ferries", articles: 1),
                ])
    }

    @Test("an unknown id changes nothing and is named")
    func unknownID() throws {
        let (archive, ids) = try Self.archive()
        #expect(throws: ArchiveError.noSuchArticles(ids: [99])) {
            try archive.changeTags(ids: [ids[0], 99], adding: ["council"], removing: [])
        }
        #expect(try archive.tagCounts().isEmpty)
    }

    @Test(
        "names that would break tag lists and filters are refused with a reason",
        arguments: [
            ("", "a tag cannot be empty"), ("two words", "a tag is one word without spaces, commas, colons or quotes"),
            ("a,b", "a tag is one word without spaces, commas, colons or quotes"),
            ("tag:x", "a tag is one word without spaces, commas, colons or quotes"),
            ("+plus", "a tag cannot start with + or -"),
            (String(repeating: "x", count: 65), "a tag has at most 64 characters"),
        ])
    func refusedNames(name: String, reason: String) throws {
        let (archive, ids) = try Self.archive()
        #expect(throws: ArchiveError.invalidTag(name, reason: reason)) {
            try archive.changeTags(ids: [ids[0]], adding: [name], removing: [])
        }
    }

    @Test("removing an article removes its tags from the counts")
    func removalTakesTags() throws {
        let (archive, ids) = try Self.archive()
        try archive.changeTags(ids: ids, adding: ["coast"], removing: [])
        try archive.remove(ids: [ids[1]])
        #expect(try archive.tagCounts() == [TagCount(tag: "coast", articles: 2)])
    }

    @Test("an article writer tags what it stores, and a duplicate it meets again")
    func writerTags() throws {
        let (archive, _) = try Self.archive()
        let again = Article(title: "Harbour dues raised", paragraphs: ["The council raised the harbour dues."])
        let fresh = Article(title: "Slipway reopened", paragraphs: ["Boats use the slipway again."])
        let outcomes = try archive.writeArticles { writer in
            try [again, fresh].map { article in
                let outcome = try writer.insert(
                    PreparedArticle(article, importedAt: Date(), analyse: QuoteAnalyzer.annotate))
                switch outcome {
                case .imported(let id), .duplicate(let id): try writer.tag(id, with: ["port"])
                case .removed: break
                }
                return outcome
            }
        }
        #expect(outcomes.first == .duplicate(id: 1))
        guard case .imported(let freshID) = outcomes.last else { throw ArchiveError.noSuchArticle(id: 0) }
        #expect(try archive.tagCounts() == [TagCount(tag: "port", articles: 2)])
        #expect(try archive.tags(articleID: freshID) == ["port"])
    }
}
