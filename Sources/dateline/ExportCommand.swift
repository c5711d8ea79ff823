import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline export --bookmarked --format markdown|json`: the kept articles with their quotes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export articles with their quotations and speakers.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case json
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Export the bookmarked articles (the default and, for now, the only selection).")
    var bookmarked = false

    @Option(help: "Output format: markdown or json.")
    var format: Format = .markdown

    func run() throws {
        let archive = try global.openArchive(for: .read)
        let entries = try archive.bookmarks().map { bookmark in
            ExportEntry(
                record: try archive.article(id: bookmark.articleID), bookmark: bookmark,
                quotes: try archive.quotes(articleID: bookmark.articleID))
        }
        switch format {
        case .json: Terminal.writeJSON(entries)
        case .markdown: Terminal.write(entries.map(\.markdown).joined(separator: "\n"))
        }
    }
}
