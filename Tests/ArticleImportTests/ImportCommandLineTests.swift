import Foundation
import TestSupport
import Testing

/// `dateline import` options, run through the built binary.
@Suite struct ImportCommandLineTests {
    @Test func recursiveImportPrintsCountsAndASummaryByFormat() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path("in/feeds"), withIntermediateDirectories: true)
        try directory.write("in/page.html", Fixtures.bytes("Import/news-page.html"))
        try directory.write("in/feeds/f.xml", Fixtures.bytes("Import/rss-three.xml"))
        try directory.write("in/logo.png", text: "x")
        let archive = directory.path("a.sqlite")

        let first = try DatelineBinary.run(["import", "--archive", archive, "--recursive", directory.path("in")])
        let again = try DatelineBinary.run(["import", "--archive", archive, "-r", directory.path("in")])

        #expect(first.status == 0)
        #expect(
            first.stdout
                == "imported 4, duplicate 0, failed 0\nby format: html 1, rss 1 (3 articles); skipped 1 other file\n")
        #expect(again.stdout.hasPrefix("imported 0, duplicate 4, failed 0\n"))
    }

    @Test func plainTextOnlyImportPrintsJustTheCounts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("a.txt", text: "Title\n\nBody.\n")

        let result = try DatelineBinary.run(["import", "--archive", directory.path("a.sqlite"), path])

        #expect(result.stdout == "imported 1, duplicate 0, failed 0\n")
    }

    /// A folder of 30,000 nested block quotes, 16,000 nested links and a note with no text:
    /// the deep files import, the empty one fails with its one line, and the others go in.
    @Test func hostileMarkdownInAFolderNeverStopsTheOthers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path("in"), withIntermediateDirectories: true)
        try directory.write("in/a.txt", text: "First title\n\nFirst body.\n")
        try directory.write(
            "in/b-quotes.md", text: "# Quotes\n\n" + String(repeating: ">", count: 30_000) + " Deep words.\n")
        try directory.write(
            "in/c-links.md",
            text: "# Links\n\n" + String(repeating: "[", count: 16_000) + "x" + String(repeating: "](u)", count: 16_000)
        )
        try directory.write("in/d-empty.md", text: "---\ntitle: Only front matter\n---\n")
        try directory.write("in/e.txt", text: "Last title\n\nLast body.\n")

        let result = try DatelineBinary.run([
            "import", "--archive", directory.path("a.sqlite"), "-r", directory.path("in"),
        ])

        #expect(result.status == 1)
        #expect(
            result.stderr == "dateline: \(directory.path("in/d-empty.md")): the file has a title line but no body\n")
        #expect(result.stdout.hasPrefix("imported 4, duplicate 0, failed 1\n"))
    }

    @Test func folderWithoutRecursiveFailsWithOneLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

        let result = try DatelineBinary.run(["import", "--archive", directory.path("a.sqlite"), folder])

        #expect(result.status == 1)
        #expect(
            result.stderr == "dateline: \(folder): is a directory (add --recursive to import the files inside it)\n")
    }

    @Test func formatOptionOverridesDetection() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("saved.txt", text: "Plain headline\n\n<p>Not <b>really</b> markup.</p>")
        let archive = directory.path("a.sqlite")

        let asHTML = try DatelineBinary.run(["import", "--archive", archive, "--format", "html", path])
        let shown = try DatelineBinary.run(["show", "--archive", archive, "1", "--format", "plain"])
        let unknown = try DatelineBinary.run(["import", "--archive", archive, "--format", "pdf", path])

        #expect(asHTML.status == 0)
        #expect(asHTML.stdout == "imported 1, duplicate 0, failed 0\nby format: html 1\n")
        #expect(shown.stdout.hasPrefix("Plain headline\n\nNot really markup."))
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown format 'pdf'"))
    }

    @Test func urlImportAgainstALocalServer() throws {
        let server = try LocalHTTPServer(routes: [
            "/article.html": .ok(Fixtures.bytes("Import/news-page.html"), contentType: "text/html"),
            "/never": .silent,
        ])
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("a.sqlite")

        let fetched = try DatelineBinary.run(["import", "--archive", archive, server.url("/article.html")])
        let silent = try DatelineBinary.run(["import", "--archive", archive, "--timeout", "1", server.url("/never")])

        #expect(fetched.stdout == "imported 1, duplicate 0, failed 0\nby format: html 1\n")
        #expect(silent.status == 1)
        #expect(silent.stderr == "dateline: \(server.url("/never")): no complete answer from the server within 1 s\n")
    }
}
