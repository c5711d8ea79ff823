import ArchiveStore
import ArgumentParser

/// `dateline tags`: every tag of the archive with its number of articles.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags", abstract: "List the archive's tags, each with its number of articles.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let archive = try global.openArchive(for: .read)
        let counts = try archive.tagCounts()
        switch format {
        case .json:
            Terminal.writeJSON(counts)
        case .text:
            for count in counts { Terminal.write("\(String(count.articles).leftPadded(to: 6))  \(count.tag)\n") }
        }
    }
}
