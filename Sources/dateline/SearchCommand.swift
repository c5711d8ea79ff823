import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline search QUERY`: full-text search over the whole archive.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, bylines and bodies of the whole archive.",
        discussion: """
            Words must all match; "exact phrases" in double quotes; prefix* matches word starts; \
            OR and NOT go between terms. Diacritics are ignored (nunez finds Núñez). The filter \
            options keep only the matches they describe.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to search for.")
    var query: [String]

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @Option(help: "The most results to print.")
    var limit = 50

    @OptionGroup var filters: FilterOptions

    @Option(help: "The order instead of best matches first: newest, oldest, title, source or quotes (most first).")
    var sort: ArticleOrder?

    func validate() throws { try ResultLimit.validate(limit) }

    func run() throws {
        let filter = try filters.articleFilter()
        let archive = try global.openArchive(for: .read)
        let text = query.joined(separator: " ")
        let results =
            try sort.map { order in try archive.search(text, limit: limit, filter: filter, order: order) }
            ?? archive.search(text, limit: limit, filter: filter)
        switch format {
        case .json:
            // The listing fields plus the snippet.
            Terminal.writeJSONStream { writer in
                writer.array(results) { writer, result in
                    writer.object(
                        ArticleListingJSON(result.summary).fields + [("snippet", { $0.string(result.snippet) })])
                }
            }
        case .text:
            for result in results {
                Terminal.write(ArticleListingText.line(result.summary) + "\n        " + result.snippet + "\n")
            }
            if results.isEmpty { Terminal.printError("nothing matches \(text)") }
        }
        if results.isEmpty { throw ExitCode(1) }
    }
}
