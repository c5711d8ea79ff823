import ArchiveStore
import ArgumentParser
import Foundation

extension FeedsCommand {
    /// `dateline feeds list [--format text|json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the subscriptions: title, address, last success or error, articles and unread.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "Output format: text or json.")
        var format: ListingFormat = .text

        func run() throws {
            let archive = try global.openArchive(for: .read)
            let overviews = try archive.subscriptionOverviews()
            switch format {
            case .json:
                Terminal.writeJSON(overviews.map(SubscriptionJSON.init))
            case .text:
                for overview in overviews { Terminal.write(SubscriptionText.lines(overview) + "\n") }
            }
        }
    }
}
