import Foundation
import TestSupport
import Testing

/// The small things a user trips over: limits, partial speaker names, odd ids, unknown themes
/// and the layout of the text output.
@Suite("Sharp edges of the commands")
struct SharpEdgeTests {
    /// A temporary archive with one article quoting two Okonjos and Ilse Moravec; returns its path.
    func archive(in directory: TemporaryDirectory) throws -> String {
        let archive = directory.path("archive.sqlite")
        let article = try directory.write(
            "harbour.txt",
            text: """
                Harbour council votes on the new ferry
                By Tomas Brandt
                “The vote was close, but the ferry will run,” said Tobias Okonjo.
                “We will appeal the decision next week,” said Marta Okonjo.
                “Nothing changes for the fishermen tomorrow,” said Ilse Moravec.
                """)
        let imported = try DatelineBinary.run(["import", "--archive", archive, article])
        #expect(imported.status == 0)
        return archive
    }

    @Test(
        "--limit 0 is refused with one sentence",
        arguments: [["search", "ferry"], ["speakers"], ["quotes", "--speaker", "Ilse Moravec"]])
    func zeroLimit(command: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try DatelineBinary.run(command + ["--archive", try archive(in: directory), "--limit", "0"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--limit must be 1 or more (it is 0)"))
    }

    @Test("quotes --speaker takes a unique part of a name, and lists the candidates of an ambiguous one")
    func partialSpeaker() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try archive(in: directory)
        let unique = try DatelineBinary.run(["quotes", "--archive", archive, "--speaker", "moravec"])
        #expect(unique.status == 0)
        #expect(unique.stdout.contains("“Nothing changes for the fishermen tomorrow,”"))
        #expect(unique.stdout.split(separator: "\n").count == 1)

        let several = try DatelineBinary.run(["quotes", "--archive", archive, "--speaker", "Okonjo"])
        #expect(several.status == 1)
        #expect(several.stdout.isEmpty)
        #expect(several.stderr.hasPrefix("dateline: Okonjo matches several speakers: "))
        #expect(several.stderr.contains("Tobias Okonjo") && several.stderr.contains("Marta Okonjo"))
        #expect(several.stderr.hasSuffix("; give more of the name\n"))

        let exact = try DatelineBinary.run(["quotes", "--archive", archive, "--speaker", "Marta Okonjo"])
        #expect(exact.stdout.contains("We will appeal"))
    }

    @Test("show -1 says that no article has that id")
    func negativeID() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try archive(in: directory)
        let result = try DatelineBinary.run(["show", "-1", "--archive", archive, "--format", "plain"])
        #expect(result.status == 1)
        #expect(result.stderr == "dateline: no article has the id -1\n")
        let bookmark = try DatelineBinary.run(["bookmarks", "add", "-5", "--archive", archive])
        #expect(bookmark.status == 1)
        #expect(bookmark.stderr == "dateline: no article has the id -5\n")
    }

    @Test("text list: id, date, marks, title, byline and '1 quote' in the singular")
    func listLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try archive(in: directory)
        let single = try directory.write("single.txt", text: "Pier reopens\n“It is open again,” said Ilse Moravec.\n")
        _ = try DatelineBinary.run(["import", "--archive", archive, single])
        _ = try DatelineBinary.run(["bookmarks", "add", "2", "--archive", archive])
        let listed = try DatelineBinary.run(["list", "--archive", archive], environment: ["TZ": "UTC"])
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let pattern = #"^     2  \d{4}-\d{2}-\d{2}  \*   Pier reopens \(1 quote\)$"#
        #expect(lines[0].range(of: pattern, options: .regularExpression) != nil, "\(lines[0])")
        #expect(lines[1].hasSuffix("   Harbour council votes on the new ferry — Tomas Brandt (3 quotes)"))
        let help = try DatelineBinary.run(["list", "--help"])
        #expect(help.stdout.contains("bookmarked, r read"))
    }

    @Test("show --format plain puts the byline under the title, as the reader does")
    func plainByline() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let shown = try DatelineBinary.run(["show", "1", "--archive", try archive(in: directory)])
        #expect(
            shown.stdout.hasPrefix("Harbour council votes on the new ferry\nBy Tomas Brandt\n\n“The vote was close"))
        #expect(shown.stdout.hasSuffix("said Ilse Moravec.\n"))
    }

    @Test("annotate pretty-prints its JSON; --jsonl keeps one line per input")
    func annotateLayout() throws {
        let text = Data("“We will appeal,” said Marta Okonjo.\n".utf8)
        let pretty = try DatelineBinary.run(["annotate"], stdin: text)
        #expect(pretty.status == 0)
        #expect(pretty.stdout.split(separator: "\n").count > 3)
        #expect(pretty.stdout.contains("\n  \"quotes\" : ["))
        let object = try JSONSerialization.jsonObject(with: Data(pretty.stdout.utf8)) as? [String: Any]
        #expect((object?["quotes"] as? [Any])?.count == 1)
        let lines = try DatelineBinary.run(
            ["annotate", "--jsonl"], stdin: Data(#"{"id":"a","text":"“We will appeal,” said Marta Okonjo."}"#.utf8))
        #expect(lines.stdout.split(separator: "\n").count == 1)
    }

    @Test("a recursive import of plain-text files says what it found")
    func recursiveFormats() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(
            atPath: directory.path("notes/older"), withIntermediateDirectories: true)
        _ = try directory.write("notes/a.txt", text: "Pier reopens\nThe pier opened on Monday.\n")
        _ = try directory.write("notes/older/b.txt", text: "Ferry late\nThe ferry was an hour late.\n")
        let result = try DatelineBinary.run([
            "import", "--recursive", "--archive", directory.path("archive.sqlite"), directory.path("notes"),
        ])
        #expect(result.status == 0)
        #expect(result.stdout == "imported 2, duplicate 0, failed 0\nby format: text 2\n")
    }
}
