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

    @Test("newsboat's cache among articles imports as a cache, and a binary file beside it still fails")
    func newsboatCacheAmongArticles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let cache = directory.path("cache.db")
        try NewsboatCacheFixture.make(at: cache)
        let article = try directory.write("ferry.txt", text: "Ferry timetable\n“Sailings resume,” said Ana Lind.\n")

        let imported = try DatelineBinary.run(["import", "--archive", archive, article, cache])
        #expect(imported.status == 0)
        #expect(imported.stdout.hasPrefix("\(cache): newsboat cache of 3 feeds: marked 1 read"))
        #expect(imported.stdout.contains("\nimported 4, duplicate 0, failed 0\n"))

        let binary = try directory.write("core.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
        let again = try DatelineBinary.run(["import", "--archive", archive, cache, binary])
        #expect(again.status == 1)
        #expect(again.stdout.contains("\nimported 0, duplicate 3, failed 1\n"))
        #expect(again.stderr.contains(binary))
        #expect(!again.stderr.contains(cache))
    }

    @Test("10,000 inputs are presumed a bulk load, whose merged index ends it even when they were duplicates")
    func presumedBulkLoad() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        // Ten thousand copies of one article: one stored, the rest duplicates, so the import
        // is no bulk load by what it stored, only by its inputs. Too many for one command line.
        let copies = try TemporaryDirectory()
        defer { copies.remove() }
        for index in 0..<10_000 {
            _ = try copies.write("copy\(index).txt", text: "Ferry timetable\n“Sailings resume,” said Ana Lind.\n")
        }
        let imported = try DatelineBinary.run(["import", "--recursive", "--archive", archive, copies.url.path])
        #expect(imported.status == 0)
        #expect(
            imported.stdout
                == "imported 1, duplicate 9999, failed 0\nby format: text 10000\n"
                + "merging the search index after a bulk import\n")
        let found = try DatelineBinary.run(["search", "--archive", archive, "sailings"])
        #expect(found.stdout.contains("Ferry timetable"))

        // One input fewer is no bulk load: nothing to merge.
        let smaller = directory.path("smaller.sqlite")
        try FileManager.default.removeItem(atPath: copies.path("copy0.txt"))
        let fewer = try DatelineBinary.run(["import", "--recursive", "--archive", smaller, copies.url.path])
        #expect(fewer.stdout == "imported 1, duplicate 9998, failed 0\nby format: text 9999\n")
    }

    @Test("bad inputs: one line each on stderr, exit 1, earlier articles intact")
    func badInputs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let good = try directory.write("good.txt", Fixtures.bytes("no-byline.txt"))
        _ = try DatelineBinary.run(["import", "--archive", archive, good])
        let empty = try directory.write("empty.txt", [])
        let binary = try directory.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
        let result = try DatelineBinary.run([
            "import", "--archive", archive, empty, binary, directory.path("missing.txt"), directory.url.path,
        ])
        #expect(result.status == 1)
        #expect(result.stdout == "imported 0, duplicate 0, failed 4\n")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "dateline: \(empty): the file is empty")
        #expect(lines[1] == "dateline: \(binary): the file is binary, not text")
        let listed = try DatelineBinary.run(["list", "--archive", archive])
        #expect(listed.stdout.split(separator: "\n").count == 1)
    }

    @Test("text that is not UTF-8 is imported in the detected encoding, which the report names")
    func legacyEncodingIsNamed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let latin1 = try directory.write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait\nBody\n".utf8))

        let result = try DatelineBinary.run(["import", "--archive", archive, latin1])

        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("\(latin1): not UTF-8 and no encoding declared; read as "))
        let listed = try DatelineBinary.run(["list", "--archive", archive])
        #expect(listed.stdout.contains("Café au lait"))
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

    @Test("a new default archive gets the samples on import; an explicit one stays as imported")
    func samplesOnFirstRun() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = ["XDG_DATA_HOME": directory.path("data")]
        let article = try directory.write("a.txt", Fixtures.bytes("no-byline.txt"))
        _ = try DatelineBinary.run(["import", article], environment: environment)
        let defaultList = try DatelineBinary.run(["list"], environment: environment)
        #expect(defaultList.stdout.split(separator: "\n").count >= 14)
        #expect(FileManager.default.fileExists(atPath: directory.path("data/dateline/archive.sqlite")))
        let explicit = directory.path("mine.sqlite")
        _ = try DatelineBinary.run(["import", "--archive", explicit, article])
        #expect(try DatelineBinary.run(["list", "--archive", explicit]).stdout.split(separator: "\n").count == 1)
    }

    @Test(
        "commands that read or change an archive say there is none, exit 1 and create nothing",
        arguments: [
            ["list"], ["show", "1"], ["search", "harbour"], ["speakers"], ["quotes", "--speaker", "Lind"],
            ["export"], ["bookmarks"], ["bookmarks", "add", "1"], ["bookmarks", "remove", "1"], ["reanalyze"],
            ["remove", "1", "--yes"],
        ])
    func missingArchive(command: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("typo/archive.sqlite")
        let result = try DatelineBinary.run(command + ["--archive", archive])
        #expect(result.status == 1)
        #expect(result.stderr == "dateline: no archive at \(archive)\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("typo")))
        let defaultRun = try DatelineBinary.run(command, environment: ["XDG_DATA_HOME": directory.path("data")])
        #expect(defaultRun.stderr == "dateline: no archive at \(directory.path("data/dateline/archive.sqlite"))\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("data")))
    }

    @Test("an invalid argument value is repeated with its escape sequences made visible")
    func invalidArgumentIsInert() throws {
        let result = try DatelineBinary.run(["show", "\u{1B}]0;pwned\u{07}"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\u{241B}]0;pwned\u{2407}"))
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test("tag characters reach neither text nor JSON output raw, and JSON keeps them exactly")
    func tagCharactersInOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let tagged = "Pier notes\nThe quay reopens\u{E0041}\u{E0042} in May.\n"
        let article = try directory.write("tagged.txt", text: tagged)
        _ = try DatelineBinary.run(["import", "--archive", archive, article])
        let plain = try DatelineBinary.run(["show", "1", "--archive", archive])
        #expect(plain.stdout.contains("reopens\u{FFFD}\u{FFFD} in May."))
        let json = try DatelineBinary.run(["show", "1", "--archive", archive, "--format", "json"])
        #expect(!json.stdout.unicodeScalars.contains { (0xE0000...0xE007F).contains($0.value) })
        let shown = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((shown?["body"] as? String)?.contains("reopens\u{E0041}\u{E0042} in May.") == true)
    }

    @Test("an archive with 64 KB of garbage in the middle is never written, by any command")
    func damagedArchive() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let paragraph = String(repeating: "The ferry crossed the bay again on the morning tide. ", count: 40)
        let files = try (1...300).map { try directory.write("\($0).txt", text: "Crossing \($0)\n\(paragraph)\($0)\n") }
        #expect(try DatelineBinary.run(["import", "--archive", archive] + files).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: archive))
        let middle = bytes.count / 2
        bytes.replaceSubrange(middle..<middle + 65_536, with: (0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 167) })
        try bytes.write(to: URL(fileURLWithPath: archive))
        let extra = try directory.write("extra.txt", text: "Quay\nThe quay reopens.\n")

        for command in [["bookmarks", "add", "1"], ["import", extra], ["reanalyze", "--all"]] {
            let result = try DatelineBinary.run(command + ["--archive", archive])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "dateline: \(archive) is damaged (SQLite's check of the file failed); it was left untouched: restore it from a backup\n"
            )
        }
        for command in [["list"], ["search", "ferry"], ["show", "150"], ["export"]] {
            _ = try DatelineBinary.run(command + ["--archive", archive])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: archive)) == bytes)
    }

    @Test("three imports creating the default archive at once all succeed, and it gets the samples once")
    func concurrentCreation() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let article = try directory.write("a.txt", text: "Pier notes\nThe quay reopens in May.\n")
        for round in 1...4 {
            let data = directory.path("data-\(round)")
            let imports = (1...3).map { _ in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: DatelineBinary.path)
                process.arguments = ["import", article]
                process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory.path("home"), "XDG_DATA_HOME": data]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in imports { try process.run() }
            for process in imports { process.waitUntilExit() }
            #expect(imports.map(\.terminationStatus) == [0, 0, 0])
            let listed = try DatelineBinary.run(["list"], environment: ["XDG_DATA_HOME": data])
            #expect(listed.stdout.split(separator: "\n").count == 14)
        }
    }
}
