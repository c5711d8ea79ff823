import ArchiveStore
import ArgumentParser
import ArticleImport
import Foundation

extension FeedsCommand {
    /// `dateline feeds import FILE`: subscribes to the feeds of an OPML file or newsboat `urls` file.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Subscribe to the feeds of an OPML file (categories become tags) or a newsboat urls file.",
            discussion: """
                Feeds already subscribed are left as they are. newsboat's query feeds and exec: or \
                filter: sources are named on standard error and skipped.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The OPML or urls file.")
        var file: String

        func run() throws {
            let list = try SubscriptionList.read(path: file)
            let archive = try global.openArchive(for: .create)
            var added = 0
            var existing = 0
            for entry in list.entries {
                do {
                    _ = try archive.addSubscription(
                        Subscription(
                            url: entry.url, title: entry.title, tags: entry.tags, fullText: entry.fullText,
                            addedAt: Date()))
                    added += 1
                } catch .subscriptionExists {
                    existing += 1
                }
            }
            for skipped in list.skipped {
                let place = skipped.line > 0 ? "\(file):\(skipped.line)" : file
                Terminal.printError("\(place): skipped \(skipped.text): \(skipped.reason)")
            }
            let already = existing > 0 ? ", \(existing) already subscribed" : ""
            let skipped = list.skipped.isEmpty ? "" : ", skipped \(list.skipped.count)"
            Terminal.write("subscribed to \(added) feed\(added == 1 ? "" : "s")\(already)\(skipped)\n")
        }
    }
}
