import ArchiveStore
import ArgumentParser

/// `dateline tag ID... +politics -draft`: adds and removes tags of articles.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Add (+name) and remove (-name) tags of articles.",
        discussion: """
            Numbers are article ids, +name adds the tag name, -name removes it; every change \
            applies to every id, in one transaction. Tags are single words, kept in lower case.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Article ids, +tag to add, -tag to remove.", valueName: "id|+tag|-tag"))
    var words: [String] = []

    /// Moves the `-tag` words of a `tag` command line behind a `--`: ArgumentParser would take
    /// them for options. `-h` stays the help option.
    static func allowRemovals(in arguments: inout [String]) {
        guard Dateline.commandWord(of: arguments) == "tag", !arguments.contains("--") else { return }
        let isRemoval = { (word: String) in
            word.count > 1 && word.hasPrefix("-") && !word.hasPrefix("--") && word != "-h"
        }
        let removals = arguments.filter(isRemoval)
        if !removals.isEmpty { arguments = arguments.filter { !isRemoval($0) } + ["--"] + removals }
    }

    func run() throws {
        var ids: [Int64] = []
        var adding: [String] = []
        var removing: [String] = []
        for word in words {
            if word.hasPrefix("+") {
                adding.append(String(word.dropFirst()))
            } else if word.hasPrefix("-") {
                removing.append(String(word.dropFirst()))
            } else if let id = Int64(word) {
                ids.append(id)
            } else {
                throw CommandError("'\(word)' is neither an article id nor a tag change (+tag or -tag)")
            }
        }
        if ids.isEmpty { throw CommandError("name the articles to tag by their ids (dateline list shows them)") }
        if adding.isEmpty && removing.isEmpty { throw CommandError("name tags to add (+tag) or remove (-tag)") }
        let archive = try global.openArchive(for: .write)
        try archive.changeTags(ids: ids, adding: adding, removing: removing)
        let changes = (adding.map { "+" + $0.lowercased() } + removing.map { "-" + $0.lowercased() })
        let articles = ids.count == 1 ? "1 article" : "\(ids.count) articles"
        print("tagged \(articles): \(changes.joined(separator: " "))")
    }
}
