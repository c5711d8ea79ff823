import ArchiveStore
import ArgumentParser
import ArticleAnalysis
import CursesTerminal
import Foundation
import ReaderCore

/// `dateline show ID`: prints one article.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one article.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article id, as `dateline list` shows it.", completion: ArchiveCompletion.articleIDs)
    var id: Int64

    @Option(help: "Output format: plain, ansi (highlighted as in the reader, with the configured theme) or json.")
    var format: ShowFormat = .plain

    @Option(
        help: ArgumentHelp(
            "The colour theme of --format ansi: a theme's name or a theme file's path.", valueName: "name|path"),
        completion: ThemeNameCompletion.kind)
    var theme: String?

    func run() throws {
        let archive = try global.openArchive(for: .read)
        let record = try archive.article(id: id)
        switch format {
        case .plain:
            Terminal.write(ArticleText.plain(record))
        case .ansi:
            let blocks = ArticleDocument.blocks(of: record, annotations: QuoteAnalyzer.annotate(record.body))
            let setup = ReaderSetup(themeOption: theme, files: SettingsFiles())
            if let problem = setup.themeOptionProblem { throw problem }
            for problem in setup.problems { Terminal.printError(problem.description) }
            let depth = CursesTerminal.colorDepthOfStandardOutput()
            ArticleANSIText.render(blocks, theme: setup.themes.current, depth: depth) { Terminal.writeStyled($0) }
        case .json:
            let summary = try archive.summary(id: id)
            let json = ArticleDocumentJSON(
                record: record, summary: summary, annotations: QuoteAnalyzer.annotate(record.body))
            Terminal.writeJSONStream { $0.object(json.fields) }
        }
    }
}
