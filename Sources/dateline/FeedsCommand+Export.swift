import ArchiveStore
import ArgumentParser
import ArticleImport
import Foundation

extension FeedsCommand {
    /// `dateline feeds export`: the subscriptions as OPML 2.0 on standard output.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the subscriptions as OPML 2.0 (for newsboat -i, newsraft and other readers).")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let archive = try global.openArchive(for: .read)
            Terminal.write(OPMLWriter.document(try archive.subscriptions()))
        }
    }
}
