import ArchiveStore
import ArgumentParser
import ArticleImport
import Foundation

extension FeedsCommand {
    /// `dateline feeds add URL [--tag T]... [--title T] [--full-text]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Subscribe to a feed (RSS, Atom or JSON Feed); dateline refresh fetches it.")

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("tag"), help: "A tag for the feed's articles (repeat for more).")
        var tags: [String] = []

        @Option(help: "The feed's title in lists (default: its address).")
        var title: String?

        @Flag(help: "Fetch each new item's page and store the whole article, not only the feed's summary.")
        var fullText = false

        @Argument(help: "The feed's http(s) address.")
        var url: String

        func run() throws {
            guard ArticleFetcher.isAddress(url) else {
                throw CommandError("\(url) is not an http or https address")
            }
            let archive = try global.openArchive(for: .create)
            let subscription = try archive.addSubscription(
                Subscription(
                    url: url, title: title?.isEmpty == false ? title : nil, tags: tags, fullText: fullText,
                    addedAt: Date()))
            Terminal.write(
                "subscribed to \(subscription.displayName) (feed \(subscription.id ?? 0)); dateline refresh fetches it\n"
            )
        }
    }
}
