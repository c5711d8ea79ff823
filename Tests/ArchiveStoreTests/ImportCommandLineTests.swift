import Foundation
import TestSupport
import Testing

/// `dateline import` options, run through the built binary (`.build/debug/dateline`).
@Suite struct ImportCommandLineTests {
    /// The debug binary next to this package's sources.
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/dateline").path

    /// Runs `dateline` with `arguments`; returns the exit status, stdout and stderr.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-cli-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func recursiveImportPrintsCountsAndASummaryByFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/in/feeds", withIntermediateDirectories: true)
        try Data(Fixtures.bytes("Import/news-page.html")).write(to: URL(fileURLWithPath: folder + "/in/page.html"))
        try Data(Fixtures.bytes("Import/rss-three.xml")).write(to: URL(fileURLWithPath: folder + "/in/feeds/f.xml"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/in/logo.png"))
        let archive = folder + "/a.sqlite"

        let first = try run(["import", "--archive", archive, "--recursive", folder + "/in"])
        let again = try run(["import", "--archive", archive, "-r", folder + "/in"])

        #expect(first.status == 0)
        #expect(
            first.output
                == "imported 4, duplicate 0, failed 0\nby format: html 1, rss 1 (3 articles); skipped 1 other file\n")
        #expect(again.output.hasPrefix("imported 0, duplicate 4, failed 0\n"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func folderWithoutRecursiveFailsWithOneLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let result = try run(["import", "--archive", folder + "/a.sqlite", folder])

        #expect(result.status == 1)
        #expect(
            result.errors == "dateline: \(folder): is a directory (add --recursive to import the files inside it)\n")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func formatOptionOverridesDetection() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/saved.txt"
        try Data("Plain headline\n\n<p>Not <b>really</b> markup.</p>".utf8).write(to: URL(fileURLWithPath: path))
        let archive = folder + "/a.sqlite"

        let asHTML = try run(["import", "--archive", archive, "--format", "html", path])
        let shown = try run(["show", "--archive", archive, "1", "--format", "plain"])
        let unknown = try run(["import", "--archive", archive, "--format", "pdf", path])

        #expect(asHTML.status == 0)
        #expect(asHTML.output.contains("by format: html 1"))
        #expect(shown.output.hasPrefix("Plain headline\n\nNot really markup."))
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("unknown format 'pdf'"))
    }
}
