import ArchiveStore
import ArgumentParser

/// `dateline bookmarks [list | add ID | remove ID]`.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks", abstract: "List, add or remove bookmarks.",
        subcommands: [List.self, Add.self, Remove.self], defaultSubcommand: List.self)

    /// `dateline bookmarks list`: the bookmarked articles, newest bookmark first.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the bookmarked articles.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "Output format: text or json.")
        var format: ListingFormat = .text

        func run() throws {
            let archive = try global.openArchive(for: .read)
            let summaries = try archive.bookmarks().map { try archive.summary(id: $0.articleID) }
            switch format {
            case .json:
                Terminal.writeJSONStream { writer in
                    writer.array(summaries) { $0.object(ArticleListingJSON($1).fields) }
                }
            case .text:
                for summary in summaries {
                    let note = summary.note.map { "\n        note: \($0)" } ?? ""
                    Terminal.write(ArticleListingText.line(summary) + note + "\n")
                }
            }
        }
    }

    /// `dateline bookmarks add ID [--note TEXT]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bookmark an article.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The article id.", completion: ArchiveCompletion.articleIDs)
        var id: Int64

        @Option(help: "A short note to keep with the bookmark.")
        var note: String?

        func run() throws {
            let archive = try global.openArchive(for: .write)
            if let note {
                try archive.setBookmarkNote(articleID: id, note: note)
            } else {
                try archive.addBookmark(articleID: id)
            }
            print("bookmarked \(id)")
        }
    }

    /// `dateline bookmarks remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an article's bookmark.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The article id.", completion: ArchiveCompletion.articleIDs)
        var id: Int64

        func run() throws {
            let archive = try global.openArchive(for: .write)
            guard try archive.removeBookmark(articleID: id) else {
                throw CommandError("article \(id) is not bookmarked")
            }
            print("removed the bookmark of \(id)")
        }
    }
}
