import Foundation
import TestSupport
import Testing

/// Runs the built `dateline` binary in a temporary directory with `--archive`.
@Suite("Command line")
struct CommandLineTests {
    struct Listing: Decodable {
        var id: Int
        var title: String
        var byline: String?
        var bookmarked: Bool
        var quotes: Int
        var words: Int
    }

    @Test("import, list as JSON, import again, show as plain text")
    func importListShow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let article = try directory.write("seed-like.txt", Fixtures.bytes("seed-like.txt"))

        let imported = try DatelineBinary.run(["import", "--archive", archive, article])
        #expect(imported.status == 0)
        #expect(imported.stdout == "imported 1, duplicate 0, failed 0\n")

        let listed = try DatelineBinary.run(["list", "--archive", archive, "--format", "json"])
        let listing = try JSONDecoder().decode([Listing].self, from: Data(listed.stdout.utf8))
        #expect(listing.count == 1)
        #expect(listing.first?.byline == "Petra Lindqvist")
        #expect(listing.first?.bookmarked == false)

        let again = try DatelineBinary.run(["import", "--archive", archive, article])
        #expect(again.stdout == "imported 0, duplicate 1, failed 0\n")

        let shown = try DatelineBinary.run(["show", "--archive", archive, "\(listing[0].id)", "--format", "plain"])
        #expect(shown.status == 0)
        let source = String(decoding: Fixtures.bytes("seed-like.txt"), as: UTF8.self)
        var sourceLines = source.split(separator: "\n").map(String.init)
        let shownParagraphs = shown.stdout.components(separatedBy: "\n\n").map {
            $0.trimmingCharacters(in: .newlines)
        }
        sourceLines[0] += "\n" + sourceLines.removeLast()
        #expect(shownParagraphs == sourceLines)
    }

    @Test("bad inputs: one line each on stderr, exit 1, earlier articles intact")
    func badInputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let good = try directory.write("good.txt", Fixtures.bytes("no-byline.txt"))
        _ = try DatelineBinary.run(["import", "--archive", archive, good])
        let empty = try directory.write("empty.txt", [])
        let latin1 = try directory.write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array("\nBody\n".utf8))
        let result = try DatelineBinary.run([
            "import", "--archive", archive, empty, latin1, directory.path("missing.txt"), directory.url.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout == "imported 0, duplicate 0, failed 4\n")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "dateline: \(empty): the file is empty")
        #expect(lines[1].hasPrefix("dateline: \(latin1): the file is not valid UTF-8"))
        let listed = try DatelineBinary.run(["list", "--archive", archive])
        #expect(listed.stdout.split(separator: "\n").count == 1)
    }

    @Test("options may follow the files; no files is an error")
    func argumentOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let article = try directory.write("a.txt", Fixtures.bytes("no-byline.txt"))
        let imported = try DatelineBinary.run(["import", article, "--archive", archive])
        #expect(imported.stdout == "imported 1, duplicate 0, failed 0\n")
        let dashed = try DatelineBinary.run(["import", "--archive", archive, "--", article])
        #expect(dashed.stdout == "imported 0, duplicate 1, failed 0\n")
        let none = try DatelineBinary.run(["import", "--archive", archive])
        #expect(none.status == 1)
        #expect(none.stderr == "dateline: nothing to import: name files, or - for standard input\n")
    }

    @Test("standard input is one article")
    func standardInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let result = try DatelineBinary.run(
            ["import", "--archive", archive, "-"], stdin: Data("Piped title\nPiped body.\n".utf8))
        #expect(result.stdout == "imported 1, duplicate 0, failed 0\n")
        let listed = try DatelineBinary.run(["list", "--archive", archive])
        #expect(listed.stdout.contains("Piped title"))
    }

    @Test("a corrupt archive gives one sentence and exit 1, and is not overwritten")
    func corruptArchive() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let junk = Array(repeating: Array("not a database ".utf8), count: 100).flatMap { $0 }
        let archive = try directory.write("archive.sqlite", junk)
        let result = try DatelineBinary.run(["list", "--archive", archive])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("is not a Dateline archive"))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: archive))) == junk)
    }

    @Test("a new default archive gets the samples; an explicit one stays empty")
    func samplesOnFirstRun() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let defaultList = try DatelineBinary.run(["list"], environment: ["XDG_DATA_HOME": directory.path("data")])
        #expect(defaultList.stdout.split(separator: "\n").count >= 12)
        #expect(FileManager.default.fileExists(atPath: directory.path("data/dateline/archive.sqlite")))
        let explicit = try DatelineBinary.run(["list", "--archive", directory.path("mine.sqlite")])
        #expect(explicit.stdout.isEmpty)
    }
}
