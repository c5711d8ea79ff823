import ArchiveStore
import ArticleAnalysis
import Testing

@Suite("Re-analysis of stored articles")
struct ArchiveReanalysisTests {
    static let articles = [
        Article(title: "Pier closes", paragraphs: ["“We will rebuild the pier by May,” said Ida Brandt."]),
        Article(title: "Lock gates", paragraphs: ["“The gates open at dawn,” the keeper said.", "“Be early.”"]),
        Article(title: "No quotes", paragraphs: ["The council met on Monday."]),
    ]

    /// An archive whose articles were stored by an analyser that found nothing.
    static func staleArchive() throws -> (Archive, [Int64]) {
        let archive = try Archive.inMemory()
        let outcomes = try archive.insert(articles, analyse: { _ in Annotations() })
        let ids = outcomes.compactMap { outcome -> Int64? in
            switch outcome {
            case .imported(let id), .duplicate(let id): return id
            case .removed: return nil
            }
        }
        return (archive, ids)
    }

    @Test("articles of an older analyser version get their quotes and quote count refreshed")
    func refreshesOlderArticles() throws {
        let (archive, ids) = try Self.staleArchive()
        let newer = QuoteAnalyzer.version + 1
        #expect(try archive.staleAnalysisCount(version: newer) == 3)

        var reports: [(Int, Int)] = []
        let count = try archive.reanalyze(version: newer, progress: { reports.append(($0, $1)) })

        #expect(count == 3)
        #expect(reports.map(\.0) == [3] && reports.map(\.1) == [3])
        let pier = try archive.quotes(articleID: ids[0])
        #expect(pier.map(\.text) == ["“We will rebuild the pier by May,”"])
        #expect(pier.map(\.speakerName) == ["Ida Brandt"])
        #expect(try archive.article(id: ids[1]).quoteCount == 2)
        #expect(try archive.article(id: ids[1]).analysisVersion == newer)
        #expect(try archive.quotes(articleID: ids[2]).isEmpty)
        #expect(try archive.staleAnalysisCount(version: newer) == 0)
    }

    @Test("the language told by the analyser is stored on import and refreshed by re-analysis")
    func language() throws {
        let archive = try Archive.inMemory()
        let spanish = Article(
            title: "El puerto", paragraphs: ["«No vamos a retroceder», dijo el ministro Javier Ruiz, según la agencia."]
        )
        let outcomes = try archive.insert(Self.articles + [spanish])
        let ids = outcomes.compactMap { outcome -> Int64? in
            switch outcome {
            case .imported(let id), .duplicate(let id): return id
            case .removed: return nil
            }
        }
        #expect(try ids.map { try archive.article(id: $0).language } == ["en", "en", "en", "es"])

        let (stale, staleIDs) = try Self.staleArchive()
        #expect(try stale.article(id: staleIDs[0]).language == "en")
        try stale.reanalyze(
            version: QuoteAnalyzer.version + 1,
            analyse: { _ in
                var annotations = Annotations()
                annotations.language = .dutch
                return annotations
            })
        #expect(try stale.article(id: staleIDs[0]).language == "nl")
    }

    @Test("a second run finds nothing to do; --all redoes everything")
    func idempotent() throws {
        let (archive, ids) = try Self.staleArchive()
        let newer = QuoteAnalyzer.version + 1
        try archive.reanalyze(version: newer)
        #expect(try archive.reanalyze(version: newer) == 0)
        #expect(try archive.reanalyze(version: newer, all: true) == 3)
        #expect(try archive.quotes(articleID: ids[0]).count == 1, "quotes are replaced, not duplicated")
    }

    @Test("articles already at the current version are left alone")
    func currentArticlesUntouched() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert(Self.articles)
        #expect(try archive.staleAnalysisCount() == 0)
        #expect(try archive.reanalyze() == 0)
    }
}
