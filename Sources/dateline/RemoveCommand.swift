import ArchiveStore
import ArgumentParser
import Foundation

/// `dateline remove ID... [--yes]`: removes articles from the archive for good.
///
/// On a terminal it lists the articles and asks first; otherwise it refuses unless `--yes`
/// says not to ask. Unknown ids remove nothing and are named in one line.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove articles from the archive, with their quotations, bookmarks and reading state.",
        discussion: """
            Asks before removing when standard input is a terminal; otherwise --yes is required. \
            A removed feed item is not imported again from its feed.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The ids of the articles to remove.", completion: ArchiveCompletion.articleIDs)
    var ids: [Int64]

    @Flag(name: .shortAndLong, help: "Remove without asking.")
    var yes = false

    func run() throws {
        let archive = try global.openArchive(for: .write)
        let summaries = try archive.summaries(ids: ids)
        if !yes { try confirm(summaries) }
        try archive.remove(ids: summaries.map(\.id))
        print(summaries.count == 1 ? "removed 1 article" : "removed \(summaries.count) articles")
    }

    /// Lists the articles on standard error and asks; throws unless the answer is yes, or when
    /// there is no terminal to ask on.
    private func confirm(_ summaries: [ArticleSummary]) throws {
        guard Terminal.stdinIsTerminal else {
            throw CommandError(
                "standard input is not a terminal, so remove cannot ask: add --yes to remove without asking")
        }
        for summary in summaries { Terminal.writeError(ArticleListingText.line(summary) + "\n") }
        let what = summaries.count == 1 ? "this article" : "these \(summaries.count) articles"
        Terminal.writeError("Remove \(what) for good? [y/N] ")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else { throw CommandError("nothing was removed") }
    }
}
