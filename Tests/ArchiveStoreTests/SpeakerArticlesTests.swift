import ArchiveStore
import ArticleAnalysis
import Testing

@Suite("Speaker index paging and articles of a speaker")
struct SpeakerArticlesTests {
    @Test("the articles quoting a speaker: newest first, with their quote count and first quote")
    func articlesOfSpeaker() throws {
        let (archive, ids) = try SpeakerIndexTests.archive()
        let articles = try archive.articles(quoting: "DR ANA NUNEZ")
        #expect(articles.map(\.articleID) == [ids[1], ids[0]])
        #expect(articles.map(\.title) == ["Two", "One"])
        #expect(articles.map(\.quoteCount) == [2, 2])
        #expect(articles.map(\.firstQuoteStart) == [0, 0])
        let lind = try archive.articles(quoting: "Bo Lind")
        #expect(lind.map(\.articleID) == [ids[2], ids[0]])
        #expect(lind.last?.firstQuoteStart == 37)
        #expect(try archive.articles(quoting: "Nobody Here").isEmpty)
    }

    @Test("speakers and their articles page with limit and offset")
    func paging() throws {
        let archive = try Archive.inMemory()
        let articles = (1...5).map { number in
            Article(
                title: "Article \(number)",
                paragraphs: [(1...number).map { "“Line \($0)” [Speaker \(number)]." }.joined(separator: " ")])
        }
        _ = try archive.insert(articles, analyse: SpeakerIndexTests.bracketSpeakers)
        let first = try archive.speakers(limit: 2)
        let second = try archive.speakers(limit: 2, offset: 2)
        let third = try archive.speakers(limit: 2, offset: 4)
        #expect(first.map(\.name) == ["Speaker 5", "Speaker 4"])
        #expect(second.map(\.name) == ["Speaker 3", "Speaker 2"])
        #expect(third.map(\.name) == ["Speaker 1"])
        #expect(try archive.speakers(matching: "speaker", limit: 1, offset: 1).map(\.name) == ["Speaker 4"])
        #expect(try archive.articles(quoting: "Speaker 5", limit: 1, offset: 1).isEmpty)
        #expect(try archive.articles(quoting: "Speaker 5", limit: 1).first?.quoteCount == 5)
    }

    @Test("a name that normalises to nothing is not indexed as a speaker")
    func emptyKey() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert(
            [Article(title: "Odd", paragraphs: ["“Hello” [...]. “Bye” [Ola Berg]."])],
            analyse: SpeakerIndexTests.bracketSpeakers)
        #expect(try archive.speakers().map(\.name) == ["Ola Berg"])
        #expect(try archive.quotes(speaker: "...").isEmpty)
    }

    @Test("the real analyser's surname and pronoun mentions count for the full name")
    func resolvedMentions() throws {
        let archive = try Archive.inMemory()
        let paragraph = """
            The engineer Tomas Ilves said the barrier held. “We were lucky,” Ilves said. \
            “The next storm is another matter,” he added.
            """
        _ = try archive.insert([Article(title: "Flood defences", paragraphs: [paragraph])])
        let speakers = try archive.speakers()
        #expect(speakers.map(\.key) == ["tomas ilves"])
        #expect(speakers.first?.quoteCount == 2)
    }
}
