import ArchiveStore
import ArticleAnalysis
import ArticleImport
import SyntheticArchive
import Testing

@Suite("Synthetic article generator")
struct ArticleGeneratorTests {
    static func articles(seed: UInt64, count: Int) -> [SyntheticArticle] {
        var generator = ArticleGenerator(seed: seed)
        return (0..<count).map { _ in generator.next() }
    }

    @Test("the same seed gives the same articles, another seed different ones")
    func deterministic() {
        let first = Self.articles(seed: 42, count: 50).map(\.text)
        let again = Self.articles(seed: 42, count: 50).map(\.text)
        let other = Self.articles(seed: 43, count: 50).map(\.text)
        #expect(first == again)
        #expect(first != other)
        #expect(Set(first).count == first.count)
    }

    @Test("every article is 2 to 6 KB of UTF-8")
    func sizes() {
        for article in Self.articles(seed: 7, count: 400) {
            #expect(ArticleGenerator.sizeRange.contains(article.bytes.count), "\(article.bytes.count) bytes")
        }
    }

    @Test("articles parse as plain text with a title, a byline and several paragraphs")
    func parses() throws {
        for synthetic in Self.articles(seed: 11, count: 200) {
            let article = try PlainTextParser.parse(bytes: synthetic.bytes)
            #expect(!article.title.isEmpty)
            #expect(!article.bylines.isEmpty, "no byline in: \(synthetic.text.prefix(120))")
            #expect(article.paragraphs.count >= 3)
        }
    }

    @Test("English articles quote people with split attributions, pronouns and unnamed sources")
    func quotations() {
        let english = Self.articles(seed: 3, count: 300).filter { $0.language == .english }.map(\.text)
        let joined = english.joined(separator: "\n")
        #expect(english.filter { $0.contains("“") && $0.contains("”") }.count > english.count * 9 / 10)
        #expect(joined.contains(",” said "))
        #expect(joined.contains(",” he ") && joined.contains(",” she "))
        #expect(joined.contains("according to "))
        #expect(joined.contains("who asked not to be named"))
    }

    @Test("some articles are German, French or Japanese with their own quotation marks")
    func languages() {
        let articles = Self.articles(seed: 5, count: 1_000)
        let counts = Dictionary(grouping: articles, by: \.language).mapValues(\.count)
        #expect(counts[.english, default: 0] > 750)
        for language in [ArticleLanguage.german, .french, .japanese] {
            #expect(counts[language, default: 0] > 10, "\(language)")
        }
        let texts = { (language: ArticleLanguage) in articles.filter { $0.language == language }.map(\.text) }
        #expect(texts(.german).allSatisfy { $0.contains("„") || $0.contains("Nach Angaben") })
        #expect(texts(.french).contains { $0.contains("« ") })
        #expect(texts(.japanese).contains { $0.contains("「") })
    }

    @Test("the quote analyser finds quotations in generated articles")
    func analysable() throws {
        let synthetic = Self.articles(seed: 9, count: 100).filter { $0.language == .english }
        let found = try synthetic.map {
            try QuoteAnalyzer.annotate(PlainTextParser.parse(bytes: $0.bytes).body).quotes.count
        }
        #expect(found.reduce(0, +) > synthetic.count)
    }
}
