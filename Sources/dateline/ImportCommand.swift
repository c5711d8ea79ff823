import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline import FILE... | -`: adds articles to the archive.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import article files (or - for standard input) into the archive.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files to import; - reads one article from standard input.")
    var files: [String]

    func run() throws {
        let archive = try global.openArchive()
        let progress = ProgressBar(total: files.count)
        let report = ArticleImporter(archive: archive).importFiles(files) { done, total in
            progress.update(done: done)
        }
        progress.finish()
        for failure in report.failures {
            Terminal.printError("\(failure.input): \(failure.error)")
        }
        print(
            "imported \(report.imported.count), duplicate \(report.duplicates.count), failed \(report.failures.count)")
        if !report.succeeded { throw ExitCode.failure }
    }
}
