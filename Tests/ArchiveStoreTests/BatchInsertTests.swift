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

@Suite("Speaker index kept per article")
struct SpeakerCountTests {
    @Test("speaker counts equal a recount of the quotes after batch inserts and deletes")
    func recount() throws {
        let archive = try Archive.inMemory()
        let names = ["Ana Lind", "Bo Strand", "Cy Mora", "Dee Park"]
        // Article i quotes speaker (i + j) % 4 for j in 0...(i % 3), and its first speaker twice.
        var quoted: [[String]] = []
        let articles = (0..<60).map { number -> Article in
            let speakers = (0...(number % 3)).map { names[(number + $0) % names.count] } + [names[number % names.count]]
            quoted.append(speakers)
            let text = speakers.enumerated().map { "“Point \($0.offset) of \(number)” [\($0.element)]." }
            return Article(title: "Story \(number)", paragraphs: [text.joined(separator: " ")])
        }
        let ids = try archive.insert(articles, analyse: SpeakerIndexTests.bracketSpeakers).compactMap { outcome in
            if case .imported(let id) = outcome { return id }
            return nil
        }
        try archive.remove(ids: Array(ids.prefix(10)))
        let kept = quoted.dropFirst(10)
        for speaker in try archive.speakers() {
            let name = names.first { SpeakerName.key($0) == speaker.key }!
            #expect(speaker.quoteCount == kept.map { $0.filter { $0 == name }.count }.reduce(0, +))
            #expect(speaker.articleCount == kept.filter { $0.contains(name) }.count)
            #expect(speaker.name == name)
        }
        #expect(try archive.speakers().count == names.count)
    }
}
