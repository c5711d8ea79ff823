import ArchiveStore
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// `dateline import DIR --recursive`: which files a folder walk finds.
@Suite struct ImportDirectoryTests {
    @Test func walkSkipsHiddenAndNonArticleFilesAndEndsSymlinkLoops() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let root = directory.url.path
        let files = [
            "a.txt": "Title A\n\nBody A.", "sub/b.html": "<article><h1>B</h1><p>Body B.</p></article>",
            "sub/deeper/c.md": "# C\n\nBody C.", "sub/README": "Title R\n\nBody R.", ".hidden/d.txt": "Hidden\n\nNo.",
            ".e.txt": "Hidden\n\nNo.", "sub/photo.JPG": "not an image really", "page_files/site.css": "body {}",
        ]
        for (name, content) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try directory.write(name, text: content)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/deeper/loop", withDestinationPath: root)
        // A link to a file is listed as the file it leads to would be; one that leads nowhere is
        // not; a link to a folder walked already adds nothing.
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/link.txt", withDestinationPath: root + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/gone.txt", withDestinationPath: root + "/none")
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/css", withDestinationPath: root + "/page_files")

        let found = try InputDirectory.files(in: root)

        #expect(
            found.files == [
                root + "/a.txt", root + "/sub/README", root + "/sub/b.html", root + "/sub/deeper/c.md",
                root + "/sub/link.txt",
            ])
        #expect(found.skipped == 2)

        var progress: [Int] = []
        let report = ArticleImporter(archive: try Archive.inMemory()).importFiles(found.files) { done, total in
            if total == 5 { progress.append(done) }
        }
        #expect(progress == [1, 2, 3, 4, 5])
        #expect(report.imported.count == 4)
        #expect(report.duplicates.count == 1)
        #expect(
            report.formats == [
                .text: .init(inputs: 3, articles: 3), .html: .init(inputs: 1, articles: 1),
                .markdown: .init(inputs: 1, articles: 1),
            ])
    }

    @Test func aFileIsItsOwnListAndAMissingPathAnError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("note.md", Fixtures.bytes("Import/note.md"))

        #expect(try InputDirectory.files(in: path).files == [path])
        #expect(throws: ImportError.noSuchFile) { try InputDirectory.files(in: path + ".missing") }
    }

    @Test func importInputsWalkFoldersOnlyWhenRecursiveAndKeepAddressesAndStandardInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let root = directory.url.path
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        try directory.write("in/a.txt", text: "Title A\n\nBody A.")
        try directory.write("in/logo.png", text: "x")
        let inputs = [root + "/in", "-", "https://news.example/story", root + "/missing"]

        let walked = ImportInputs(inputs, recursive: true)
        let asGiven = ImportInputs(inputs, recursive: false)

        #expect(walked.paths == [root + "/in/a.txt", "-", "https://news.example/story"])
        #expect(walked.skipped == 1)
        #expect(walked.failures == [ImportReport.Failure(input: root + "/missing", error: .noSuchFile)])
        #expect(asGiven.paths == inputs)
        #expect(asGiven.skipped == 0 && asGiven.failures.isEmpty)
    }
}
