import Foundation
import TestSupport
import Testing

@Suite("Search, bookmarks and export commands")
struct BookmarkCommandTests {
    struct Listing: Decodable {
        var id: Int
        var title: String
        var bookmarked: Bool
        var note: String?
        var snippet: String?
    }

    /// An archive with the seed-like fixture and one other article; returns (archive, seed id).
    static func archive(in directory: TemporaryDirectory) throws -> (String, Int) {
        let archive = try directory.importArchive([
            ("seed-like.txt", Fixtures.bytes("seed-like.txt")), ("other.txt", Fixtures.bytes("byline-two.txt")),
        ])
        let listed = try DatelineBinary.run(["list", "--archive", archive, "--format", "json"])
        let listing = try JSONDecoder().decode([Listing].self, from: Data(listed.stdout.utf8))
        let id = try #require(listing.first { $0.title.contains("Corvan") || $0.id == 1 }?.id)
        return (archive, id)
    }

    @Test("search finds a phrase and prints JSON with a snippet; no match exits 1")
    func search() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, id) = try Self.archive(in: directory)
        let found = try DatelineBinary.run(["search", "--archive", archive, "--format", "json", "\"four sources\""])
        let results = try JSONDecoder().decode([Listing].self, from: Data(found.stdout.utf8))
        #expect(results.map(\.id) == [id])
        #expect(results.first?.snippet?.localizedCaseInsensitiveContains("four sources") == true)
        let none = try DatelineBinary.run(["search", "--archive", archive, "zzzqqq"])
        #expect(none.status == 1)
        #expect(none.stderr == "dateline: nothing matches zzzqqq\n")
        let malformed = try DatelineBinary.run(["search", "--archive", archive, "\"four AND"])
        #expect(malformed.stderr.contains("SQL") == false)
    }

    @Test("bookmarks add, list as JSON, remove; list --bookmarked; export as Markdown")
    func bookmarks() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (archive, id) = try Self.archive(in: directory)
        let added = try DatelineBinary.run([
            "bookmarks", "add", "--archive", archive, "\(id)", "--note", "check sources",
        ])
        #expect(added.status == 0)
        let listed = try DatelineBinary.run(["bookmarks", "--archive", archive, "--format", "json"])
        let bookmarks = try JSONDecoder().decode([Listing].self, from: Data(listed.stdout.utf8))
        #expect(bookmarks.map(\.id) == [id])
        #expect(bookmarks.first?.note == "check sources")
        #expect(bookmarks.first?.bookmarked == true)
        let onlyBookmarked = try DatelineBinary.run(["list", "--archive", archive, "--bookmarked"])
        #expect(onlyBookmarked.stdout.split(separator: "\n").count == 1)

        let exported = try DatelineBinary.run(["export", "--archive", archive, "--bookmarked", "--format", "markdown"])
        #expect(exported.stdout.contains("Note: check sources"))
        #expect(exported.stdout.contains("> “The outside influence was entirely decisive”"))

        let removed = try DatelineBinary.run(["bookmarks", "remove", "--archive", archive, "\(id)"])
        #expect(removed.status == 0)
        let again = try DatelineBinary.run(["bookmarks", "remove", "--archive", archive, "\(id)"])
        #expect(again.status == 1)
        let missing = try DatelineBinary.run(["bookmarks", "add", "--archive", archive, "999"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no article has the id 999"))
    }

    @Test("Markdown export escapes every field: a line break in a source cannot forge a quotation")
    func exportEscapesFields() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour news", "items": [{"id": "tag:ex,1",
             "url": "https://example.org/pier\\n> “We surrender.” — The President",
             "title": "Pier *reopens* [soon](https://evil.example)",
             "content_text": "“We will rebuild the pier,” said Ana Lind.\\n\\nWork starts in May."}]}
            """
        let path = try directory.write("feed.json", text: feed)
        #expect(try DatelineBinary.run(["import", "--archive", archive, path]).status == 0)
        #expect(try DatelineBinary.run(["bookmarks", "add", "--archive", archive, "1"]).status == 0)
        let exported = try DatelineBinary.run(["export", "--archive", archive, "--format", "markdown"])
        let lines = exported.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("> “We surrender") })
        #expect(lines.contains { $0.hasPrefix("> “We will rebuild the pier,”") })
        #expect(lines.first == "## Pier \\*reopens\\* \\[soon\\](https://evil.example)")
    }

    @Test("export: Markdown escapes a field that opens with a list number; JSON leaves out what has no value")
    func exportShapes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour news", "items": [
             {"id": "tag:ex,1", "url": "https://example.org/pier", "title": "2026. The harbour year",
              "authors": [{"name": "Kit Morrow"}],
              "content_text": "“We will rebuild the pier,” said Ana Lind.\\n\\nWork starts in May."},
             {"id": "tag:ex,2", "url": "https://example.org/quiet", "title": "Quiet day",
              "content_text": "Nothing was said."}]}
            """
        let path = try directory.write("feed.json", text: feed)
        #expect(try DatelineBinary.run(["import", "--archive", archive, path]).status == 0)
        #expect(
            try DatelineBinary.run(["bookmarks", "add", "--archive", archive, "1", "--note", "*check*"]).status == 0)
        #expect(try DatelineBinary.run(["bookmarks", "add", "--archive", archive, "2"]).status == 0)

        let markdown = try DatelineBinary.run(["export", "--archive", archive, "--sort", "oldest"]).stdout
        #expect(markdown.hasPrefix("## 2026\\. The harbour year\n\nBy Kit Morrow  \n"))
        #expect(markdown.contains("Note: \\*check\\*\n\n> “We will rebuild the pier,” — Ana Lind\n"))

        let json = try DatelineBinary.run(["export", "--archive", archive, "--sort", "oldest", "--format", "json"])
        let dates = json.stdout.split(separator: "\n").filter { $0.contains("bookmarked_at") }
        #expect(dates.count == 2)
        let dated = dates.reduce(json.stdout) { text, line in
            text.replacingOccurrences(of: String(line), with: "    \"bookmarked_at\" : \"DATE\",")
        }
        #expect(
            dated == """
                [
                  {
                    "bookmarked_at" : "DATE",
                    "byline" : "Kit Morrow",
                    "id" : 1,
                    "note" : "*check*",
                    "quotes" : [
                      {
                        "cue" : "said",
                        "speaker" : "Ana Lind",
                        "text" : "“We will rebuild the pier,”"
                      }
                    ],
                    "source" : "https://example.org/pier",
                    "title" : "2026. The harbour year"
                  },
                  {
                    "bookmarked_at" : "DATE",
                    "id" : 2,
                    "quotes" : [

                    ],
                    "source" : "https://example.org/quiet",
                    "title" : "Quiet day"
                  }
                ]

                """)
    }
}
