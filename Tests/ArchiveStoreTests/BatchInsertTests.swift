import ArchiveStore
import ArticleAnalysis
import Testing

@Suite("Inserting many articles at once")
struct BatchInsertTests {
    /// Article `number` quotes its own number, so each stored quote shows which article it
    /// was analysed from.
    static func article(_ number: Int) -> Article {
        Article(
            title: "Harbour report \(number)",
            paragraphs: ["“Report \(number) is in,” the harbour master said.", "Nothing else happened."])
    }

    @Test("outcomes and quotes stay with their articles across preparation chunks")
    func order() throws {
        let archive = try Archive.inMemory()
        let outcomes = try archive.insert((0..<100).map(Self.article))
        let ids = outcomes.compactMap { outcome -> Int64? in
            guard case .imported(let id) = outcome else { return nil }
            return id
        }
        #expect(ids.count == 100)
        #expect(ids == ids.sorted())
        for (number, id) in ids.enumerated() {
            #expect(try archive.article(id: id).title == "Harbour report \(number)")
            #expect(try archive.quotes(articleID: id).map(\.text) == ["“Report \(number) is in,”"])
        }
    }

    @Test("a repeated article in the same batch is a duplicate of the first")
    func duplicatesInBatch() throws {
        let archive = try Archive.inMemory()
        let articles = (0..<40).map(Self.article) + [Self.article(3)]
        let outcomes = try archive.insert(articles)
        guard case .imported(let first) = outcomes[3] else {
            Issue.record("article 3 was not imported")
            return
        }
        #expect(outcomes.last == .duplicate(id: first))
        #expect(try archive.articleCount() == 40)
    }
}
