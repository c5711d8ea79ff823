import ArchiveStore
import ArgumentParser

extension FeedsCommand {
    /// `dateline feeds remove URL|ID [--articles]`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Unsubscribe from a feed; its articles stay unless --articles is given.")

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Remove the feed's articles from the archive too.")
        var articles = false

        @Argument(help: "The feed's id (dateline feeds list) or address.")
        var feed: String

        func run() throws {
            let archive = try global.openArchive(for: .write)
            let subscription = try archive.subscription(matching: feed)
            guard let id = subscription.id else { return }
            var removed = 0
            if articles {
                let ids = try archive.articleIDs(subscriptionID: id)
                try archive.remove(ids: ids)
                removed = ids.count
            }
            try archive.removeSubscription(id: id)
            let what = articles ? " and \(removed) article\(removed == 1 ? "" : "s")" : ""
            Terminal.write("removed the feed \(subscription.displayName)\(what)\n")
        }
    }
}
