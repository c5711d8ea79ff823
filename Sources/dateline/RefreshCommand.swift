import ArchiveStore
import ArgumentParser
import ArticleImport
import Foundation

/// `dateline refresh [FEED...]`: fetches the subscribed feeds and stores their new articles.
struct RefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Fetch the subscribed feeds (all, or those named) and store their new articles.",
        discussion: """
            Feeds are fetched concurrently and conditionally (ETag, Last-Modified): an unchanged \
            feed costs one short request. Each failure is one line on standard error; the exit \
            code is 1 when any feed failed. A server that asks to wait (429 or 503 with \
            Retry-After) is not asked again before then; a permanent redirect updates the address.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @Option(help: "Seconds each request may take, from connecting to the last byte.")
    var timeout: Double = 30

    @Option(help: "Requests running at once.")
    var jobs = FeedRefresher.defaultPoolSize

    @Option(help: "Requests running at once to one server.")
    var perHost = FeedRefresher.defaultPerHost

    @Argument(help: "Feeds to refresh, by id or address (default: every subscription).")
    var feeds: [String] = []

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if jobs < 1 || perHost < 1 { throw ValidationError("--jobs and --per-host must be at least 1") }
    }

    func run() throws {
        let archive = try global.openArchive(for: .write)
        let subscriptions =
            feeds.isEmpty ? try archive.subscriptions() : try feeds.map { try archive.subscription(matching: $0) }
        if subscriptions.isEmpty {
            throw CommandError("there are no subscriptions: add one with dateline feeds add URL")
        }
        let refresher = FeedRefresher(
            archive: archive, fetcher: ArticleFetcher(timeout: timeout), poolSize: jobs, perHost: perHost)
        let progress = ProgressBar(total: subscriptions.count)
        let report = refresher.refresh(subscriptions) { done, _ in progress.update(done: done) }
        progress.finish()
        switch format {
        case .json:
            Terminal.writeJSON(RefreshReportJSON(report))
        case .text:
            for result in report.results {
                if let movedTo = result.movedTo {
                    Terminal.write("\(result.subscription.displayName): moved permanently to \(movedTo)\n")
                }
                if case .failed(let error) = result.outcome {
                    Terminal.printError("\(result.subscription.displayName): \(error)")
                }
            }
            Terminal.write(report.summary + "\n")
        }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
