import ArchiveStore
import ArgumentParser
import ArticleAnalysis

/// `dateline info`: the program's version and what the archive holds.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the version, the archive's path, schema and analyser versions, and its counts.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let report = InfoReport(info: try global.openArchive(for: .read).info())
        switch format {
        case .json: Terminal.writeJSON(report)
        case .text: Terminal.write(report.text)
        }
    }
}
