import ArchiveStore
import ArticleAnalysis
import Testing

@Suite("Archive-wide speaker index")
struct SpeakerIndexTests {
    /// Annotates every “…” quote with the speaker named after it in `[brackets]`, so these
    /// tests do not depend on the analyser's accuracy.
    static func bracketSpeakers(_ text: String) -> Annotations {
        let scalars = Array(text.unicodeScalars)
        var quotes: [Quote] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "“", let close = scalars[index...].firstIndex(of: "”"),
                let open = scalars[close...].firstIndex(of: "["), let end = scalars[open...].firstIndex(of: "]")
            else {
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(open + 1)..<end]))
            let span = TextSpan(
                start: index, end: close + 1, text: String(String.UnicodeScalarView(scalars[index...close])))
            quotes.append(Quote(span: span, speakerName: name))
            index = end + 1
        }
        return Annotations(quotes: quotes)
    }

    static func archive() throws -> (Archive, [Int64]) {
        let archive = try Archive.inMemory()
        let outcomes = try archive.insert(
            [
                Article(title: "One", paragraphs: ["“Yes” [Ana Núñez]. “No” [Ana Núñez]. “Maybe” [Bo Lind]."]),
                Article(title: "Two", paragraphs: ["“Later” [ana nunez]. “Now” [Dr. Ana Núñez]."]),
                Article(title: "Three", paragraphs: ["“Never” [Bo Lind]."]),
            ], analyse: bracketSpeakers)
        let ids = outcomes.compactMap { outcome -> Int64? in
            if case .imported(let id) = outcome { return id }
            return nil
        }
        return (archive, ids)
    }

    @Test("names normalise to one entry, counted by quotes and articles, most quoted first")
    func index() throws {
        let (archive, _) = try Self.archive()
        let speakers = try archive.speakers()
        #expect(speakers.map(\.key) == ["ana nunez", "bo lind"])
        #expect(speakers[0].quoteCount == 4 && speakers[0].articleCount == 2)
        #expect(speakers[0].name == "Dr. Ana Núñez")
        #expect(speakers[1].quoteCount == 2 && speakers[1].articleCount == 2)
    }

    @Test("typing filters the index, ignoring case and diacritics")
    func filter() throws {
        let (archive, _) = try Self.archive()
        #expect(try archive.speakers(matching: "NÚÑ").map(\.key) == ["ana nunez"])
        #expect(try archive.speakers(matching: "zz").isEmpty)
    }

    @Test("quotes of a speaker come with their article, in any spelling of the name")
    func quotesOfSpeaker() throws {
        let (archive, ids) = try Self.archive()
        let quotes = try archive.quotes(speaker: "Ana Nunez")
        #expect(quotes.map(\.text) == ["“Later”", "“Now”", "“Yes”", "“No”"])
        #expect(quotes.map(\.articleID) == [ids[1], ids[1], ids[0], ids[0]])
        #expect(quotes.first?.articleTitle == "Two")
    }

    @Test("deleting an article updates the counts and drops speakers with no quotes left")
    func delete() throws {
        let (archive, ids) = try Self.archive()
        try archive.remove(ids: [ids[2]])
        let lind = try archive.speakers(matching: "lind")
        #expect(lind.first?.quoteCount == 1 && lind.first?.articleCount == 1)
        try archive.remove(ids: [ids[0]])
        #expect(try archive.speakers().map(\.key) == ["ana nunez"])
        #expect(try archive.speakers().first?.articleCount == 1)
    }
}
