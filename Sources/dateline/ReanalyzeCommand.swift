import ArchiveStore
import ArgumentParser
import ArticleAnalysis

/// `dateline reanalyze`: re-runs the quotation analyser over articles analysed by an older
/// version of it, so stored quotes and speakers follow the analyser's improvements.
struct ReanalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Re-run the quotation analyser over articles an older analyser version annotated.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Re-analyse every article, not only those an older analyser annotated.")
    var all = false

    func run() throws {
        let archive = try global.openArchive(for: .write)
        let bar = ProgressBar(total: try all ? archive.articleCount() : archive.staleAnalysisCount())
        let count = try archive.reanalyze(all: all, progress: { done, _ in bar.update(done: done) })
        bar.finish()
        Terminal.write(
            "Re-analysed \(count) article\(count == 1 ? "" : "s") (analyser version \(QuoteAnalyzer.version)).\n")
    }
}
