import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline list`: prints the archive's articles, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the archive's articles, newest first, or those a filter keeps.",
        discussion: ArticleListingText.legend)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @OptionGroup var filters: FilterOptions

    @Option(help: "The order: newest, oldest, title, source or quotes (most first).")
    var sort: ArticleOrder = .newest

    func run() throws {
        let filter = try filters.articleFilter()
        let archive = try global.openArchive(for: .read)
        let summaries = try archive.summaries(matching: filter, order: sort)
        switch format {
        case .json:
            Terminal.writeJSONStream { writer in
                writer.array(summaries) { $0.object(ArticleListingJSON($1).fields) }
            }
        case .text:
            for summary in summaries { Terminal.write(ArticleListingText.line(summary) + "\n") }
        }
    }
}
