import ArticleAnalysis
import Testing

@testable import ArchiveStore

@Suite("Search ranking on large archives")
struct SearchRankingTests {
    /// Six articles mentioning the harbour, oldest first; the second newest and the oldest
    /// have it in the title.
    static func archive() throws -> (Archive, [Int64]) {
        let archive = try Archive.inMemory()
        let articles = [
            Article(title: "Harbour reopens", paragraphs: ["The harbour reopened at dawn."]),
            Article(title: "Tides", paragraphs: ["A quiet week at the harbour and the docks nearby."]),
            Article(title: "Ferries", paragraphs: ["Ferries left the harbour late again on Monday."]),
            Article(title: "Cranes", paragraphs: ["Cranes at the harbour were repaired over the weekend."]),
            Article(title: "Harbour strike ends", paragraphs: ["Dockers at the harbour returned to work."]),
            Article(title: "Fish market", paragraphs: ["The market by the harbour moved indoors for winter."]),
        ]
        let ids = try archive.insert(articles).map { outcome -> Int64 in
            guard case .imported(let id) = outcome else { return -1 }
            return id
        }
        return (archive, ids)
    }

    @Test("the newest candidates are ranked by relevance, older matches follow newest first")
    func order() throws {
        let (archive, ids) = try Self.archive()
        let found = try archive.search("harbour", limit: 10, offset: 0, rankedCandidates: 3).map(\.summary.id)
        #expect(found.count == 6)
        #expect(found.first == ids[4])
        #expect(Set(found.prefix(3)) == Set(ids[3...5]))
        #expect(Array(found.suffix(3)) == [ids[2], ids[1], ids[0]])
    }

    @Test("pages across the ranked boundary join up into the whole order")
    func paging() throws {
        let (archive, _) = try Self.archive()
        let whole = try archive.search("harbour", limit: 10, offset: 0, rankedCandidates: 3).map(\.summary.id)
        var paged: [Int64] = []
        for offset in stride(from: 0, to: 8, by: 2) {
            paged += try archive.search("harbour", limit: 2, offset: offset, rankedCandidates: 3).map(\.summary.id)
        }
        #expect(paged == whole)
        let straddling = try archive.search("harbour", limit: 3, offset: 2, rankedCandidates: 3).map(\.summary.id)
        #expect(straddling == Array(whole[2..<5]))
    }

    @Test("with fewer matches than candidates the order is plain relevance")
    func fewMatches() throws {
        let (archive, ids) = try Self.archive()
        let found = try archive.search("harbour", limit: 10, offset: 0, rankedCandidates: 100).map(\.summary.id)
        #expect(Set(found.prefix(2)) == [ids[0], ids[4]])
        #expect(found.count == 6)
    }
}
