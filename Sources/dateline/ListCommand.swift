import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline list`: prints the archive's articles, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the archive's articles, newest first.",
        discussion: ArticleListingText.legend)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @Flag(help: "Only bookmarked articles.")
    var bookmarked = false

    func run() throws {
        let archive = try global.openArchive(for: .read)
        var summaries: [ArticleSummary] = []
        var after: Int64?
        while true {
            let page = try archive.summaries(than: after, limit: 1000, bookmarkedOnly: bookmarked)
            summaries += page
            guard page.count == 1000, let last = page.last else { break }
            after = last.id
        }
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
