import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline` with no subcommand: opens the reader (for now: lists the archive).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default command).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let archive = try global.openArchive()
        for summary in try archive.summaries(limit: 1000) {
            Terminal.write(ArticleListingText.line(summary) + "\n")
        }
    }
}
