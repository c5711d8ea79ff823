import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline export [FILTERS] --format markdown|json`: articles with their quotes; without a
/// filter, the bookmarked ones.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export articles with their quotations and speakers.",
        discussion: "Without a filter option, the bookmarked articles are exported.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case json
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var filters: FilterOptions

    @Option(help: "The order: newest, oldest, title, source or quotes (most first).")
    var sort: ArticleOrder = .newest

    @Option(help: "Output format: markdown or json.")
    var format: Format = .markdown

    func run() throws {
        var filter = try filters.articleFilter()
        if filter.isEmpty { filter.bookmarked = true }
        let archive = try global.openArchive(for: .read)
        let entries = try archive.summaries(matching: filter, order: sort).map { summary in
            ExportEntry(
                record: try archive.article(id: summary.id), bookmark: try archive.bookmark(articleID: summary.id),
                quotes: try archive.quotes(articleID: summary.id))
        }
        switch format {
        case .json: Terminal.writeJSONStream { writer in writer.array(entries) { $0.object($1.fields) } }
        case .markdown: Terminal.write(entries.map(\.markdown).joined(separator: "\n"))
        }
    }
}
