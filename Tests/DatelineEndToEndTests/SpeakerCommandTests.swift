import Foundation
import TestSupport
import Testing

/// `dateline speakers` and `dateline quotes --speaker` against the built binary, with the
/// real analyser resolving "he noted" in the seed-like fixture to Ruben Castellano.
@Suite("Speaker commands")
struct SpeakerCommandTests {
    struct SpeakerJSON: Decodable {
        var key: String
        var name: String
        var articleCount: Int
        var quoteCount: Int
    }

    struct QuoteJSON: Decodable {
        var articleId: Int64
        var articleTitle: String
        var start: Int
        var end: Int
        var text: String
        var speakerName: String?
        var cue: String?
    }

    /// A decoder of the commands' snake_case JSON.
    var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// A temporary archive holding the seed-like fixture and a second article quoting the
    /// same speaker under a title and without diacritics; returns the archive path.
    func archive(in directory: TemporaryDirectory) throws -> String {
        let followUp = """
            Corvan trainers leave the Velm airbase
            The last trainers left Corvan on Sunday.
            “This closes a long chapter,” said Prof. RUBEN CASTELLANO.
            """
        return try directory.importArchive([
            ("seed-like.txt", Fixtures.bytes("seed-like.txt")), ("follow-up.txt", Array(followUp.utf8)),
        ])
    }

    @Test("speakers lists Ruben Castellano once, with his quotes and articles, as text and JSON")
    func speakers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try archive(in: directory)

        let json = try DatelineBinary.run(["speakers", "--archive", archive, "--format", "json"])
        #expect(json.status == 0)
        let speakers = try decoder.decode([SpeakerJSON].self, from: Data(json.stdout.utf8))
        let castellano = try #require(speakers.first { $0.key == "ruben castellano" })
        #expect(castellano.quoteCount == 2 && castellano.articleCount == 2)
        #expect(speakers.filter { $0.key == "ruben castellano" }.count == 1)

        let text = try DatelineBinary.run(["speakers", "--archive", archive, "castel"])
        #expect(text.status == 0)
        #expect(text.stdout.split(separator: "\n").first == "quotes articles  name")
        #expect(text.stdout.contains("     2        2  "))
        #expect(text.stdout.split(separator: "\n").count == 2)

        let none = try DatelineBinary.run(["speakers", "--archive", archive, "zzz"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "dateline: no quoted speaker matches zzz\n")
    }

    @Test("quotes --speaker returns the quote with its article id in JSON, text and Markdown")
    func quotes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try archive(in: directory)
        let listed = try DatelineBinary.run(["list", "--archive", archive, "--format", "json"])
        struct Listing: Decodable {
            var id: Int64
            var title: String
        }
        let listing = try JSONDecoder().decode([Listing].self, from: Data(listed.stdout.utf8))
        let seedID = try #require(listing.first { $0.title.hasPrefix("Corvan prime minister") }?.id)

        let json = try DatelineBinary.run([
            "quotes", "--archive", archive, "--speaker", "Ruben Castellano", "--format", "json",
        ])
        #expect(json.status == 0)
        let quotes = try decoder.decode([QuoteJSON].self, from: Data(json.stdout.utf8))
        #expect(quotes.count == 2)
        let seedQuote = try #require(quotes.first { $0.articleId == seedID })
        #expect(seedQuote.text == "“The outside influence was entirely decisive”")
        #expect(seedQuote.cue == "noted")
        #expect(seedQuote.speakerName == "Ruben Castellano")

        struct Shown: Decodable { var body: String }
        let shown = try DatelineBinary.run(["show", "--archive", archive, "\(seedID)", "--format", "json"])
        let scalars = Array(try JSONDecoder().decode(Shown.self, from: Data(shown.stdout.utf8)).body.unicodeScalars)
        #expect(
            String(String.UnicodeScalarView(scalars[seedQuote.start..<seedQuote.end])) == seedQuote.text)

        let markdown = try DatelineBinary.run([
            "quotes", "--archive", archive, "--speaker", "dr. ruben castellano", "--format", "markdown", "--limit", "1",
        ])
        #expect(
            markdown.stdout
                == "> “This closes a long chapter,” — RUBEN CASTELLANO, *Corvan trainers leave the Velm airbase*\n\n")

        let text = try DatelineBinary.run(["quotes", "--archive", archive, "--speaker", "Rubén Castellano"])
        #expect(text.stdout.split(separator: "\n").count == 2)
        #expect(text.stdout.contains("\(seedID)  “The outside influence was entirely decisive”"))

        let nobody = try DatelineBinary.run(["quotes", "--archive", archive, "--speaker", "Petra Lindqvist"])
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "dateline: no quotations of Petra Lindqvist in the archive\n")
    }
}
