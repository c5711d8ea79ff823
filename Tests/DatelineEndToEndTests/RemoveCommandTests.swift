import ArchiveStore
import Foundation
import TestSupport
import Testing

/// `dateline remove`: the built binary, with and without a terminal to ask on.
@Suite("Remove command")
struct RemoveCommandTests {
    /// Three text articles: ids 1 to 3.
    static func archive(in directory: TemporaryDirectory) throws -> String {
        try directory.importArchive([
            ("breakwater.txt", Array("Breakwater finished\nThe new breakwater held through the storm.\n".utf8)),
            ("market.txt", Array("Fish market moves\nThe fish market opens on the east quay.\n".utf8)),
            ("tides.txt", Array("Tide tables printed\nThe harbour office printed the tide tables.\n".utf8)),
        ])
    }

    /// The ids `dateline list` prints, in its order.
    static func listedIDs(_ archive: String) throws -> [String] {
        try DatelineBinary.run(["list", "--archive", archive]).stdout.split(separator: "\n").map {
            String($0.split(separator: " ")[0])
        }
    }

    @Test("without a terminal it refuses unless --yes is given; with it, the articles go")
    func withoutTerminal() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)

        let refused = try DatelineBinary.run(["remove", "1", "3", "--archive", archive])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "dateline: standard input is not a terminal, so remove cannot ask: add --yes to remove without asking\n"
        )
        #expect(try Self.listedIDs(archive) == ["3", "2", "1"])

        let removed = try DatelineBinary.run(["remove", "1", "3", "--yes", "--archive", archive])
        #expect(removed.status == 0)
        #expect(removed.stdout == "removed 2 articles\n")
        #expect(try Self.listedIDs(archive) == ["2"])
        #expect(try DatelineBinary.run(["search", "breakwater", "--archive", archive]).status == 1)
        let info = try DatelineBinary.run(["info", "--archive", archive, "--format", "json"])
        let counts = try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any]
        #expect(counts?["articles"] as? Int == 1)
    }

    @Test("unknown ids are named in one line and nothing is removed")
    func unknownIDs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let result = try DatelineBinary.run(["remove", "2", "9", "-4", "--yes", "--archive", archive])
        #expect(result.status == 1)
        #expect(result.stderr == "dateline: no articles have the ids 9, -4\n")
        #expect(try Self.listedIDs(archive) == ["3", "2", "1"])
        let none = try DatelineBinary.run(["remove", "--yes", "--archive", archive])
        #expect(none.status != 0)
        #expect(none.stderr.contains("Missing expected argument '<ids> ...'"))
    }

    @Test("a removed feed item is not imported again from its feed")
    func feedItemStaysRemoved() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write(
            "feed.xml",
            text: """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Quay news</title>
                <item><title>Crane repaired</title><guid>quay-1</guid><description>The crane lifts again.</description></item>
                <item><title>Ferry delayed</title><guid>quay-2</guid><description>Fog kept the ferry in port.</description></item>
                </channel></rss>
                """)
        let archive = directory.path("archive.sqlite")
        #expect(try DatelineBinary.run(["import", "--archive", archive, feed]).status == 0)
        #expect(try DatelineBinary.run(["remove", "1", "--yes", "--archive", archive]).status == 0)
        let again = try DatelineBinary.run(["import", "--archive", archive, feed])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("imported 0, duplicate 1, previously removed 1, failed 0\n"))
        #expect(try Self.listedIDs(archive) == ["2"])
    }

    @Test(
        "on a terminal it lists the articles and asks; only yes removes them",
        .enabled(if: ReaderTmuxSession.isAvailable),
        arguments: [("n", "nothing was removed", 1), ("y", "removed 1 article", 0)])
    func onTerminal(answer: String, message: String, status: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let session = try ReaderTmuxSession(
            command: "'\(DatelineBinary.path)' remove 2 --archive '\(archive)'; echo \"status $?\"; sleep 600",
            width: 100, height: 10)
        let question = try session.waitFor(text: "Remove this article for good? [y/N]")
        #expect(question.contains("Fish market moves"))
        try session.send(answer, "Enter")
        let screen = try session.waitFor(text: "status \(status)")
        #expect(screen.contains(message))
        #expect(try Self.listedIDs(archive) == (status == 0 ? ["3", "1"] : ["3", "2", "1"]))
    }

    @Test("a removal while an import runs in another process waits for it; both land and the archive stays sound")
    func removeDuringImport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let files = try (1...400).map { number in
            try directory.write(
                "quay-\(number).txt", text: "Quay log \(number)\nBoat \(number) moored at the north quay at noon.\n")
        }
        let importing = Process()
        importing.executableURL = URL(fileURLWithPath: DatelineBinary.path)
        importing.arguments = ["import", "--archive", archive] + files
        importing.standardOutput = FileHandle.nullDevice
        importing.standardError = FileHandle.nullDevice
        try importing.run()
        let removed = try DatelineBinary.run(["remove", "1", "3", "--yes", "--archive", archive])
        importing.waitUntilExit()

        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(importing.terminationStatus == 0)
        let ids = try Self.listedIDs(archive)
        #expect(ids.count == 401)
        #expect(!ids.contains("1") && !ids.contains("3") && ids.contains("2"))
        let opened = try Archive.open(path: archive, access: .write)
        #expect(try opened.articleCount() == 401)
        #expect(try opened.integrityCheck())
        #expect(try opened.count(matching: ArticleFilter(unread: true)) == 401)
        #expect(try opened.searchCount("moored") == 400)
        #expect(try opened.searchCount("breakwater OR tide") == 0)
    }
}
