import ArchiveStore
import ArticleAnalysis
import Foundation

/// Stores the articles of a newsboat cache: each feed's articles in one transaction, counted
/// as that feed's subscription (added when the archive has none for its address), read ones
/// marked read, flagged ones bookmarked with their flags as the note. No network.
public struct NewsboatCacheImporter: Sendable {
    let archive: Archive
    /// Runs the analyser over each article (replaced by tests).
    public var analyse: @Sendable (String) -> Annotations

    public init(archive: Archive, analyse: @escaping @Sendable (String) -> Annotations = QuoteAnalyzer.annotate) {
        self.archive = archive
        self.analyse = analyse
    }

    /// Imports `cache`; `progress` sees (feeds done, feeds).
    public func importCache(_ cache: NewsboatCache, progress: (Int, Int) -> Void = { _, _ in }) throws(ArchiveError)
        -> NewsboatImportReport
    {
        var report = NewsboatImportReport(skipped: cache.skipped)
        var feedURLs = cache.feeds.map(\.url)
        for item in cache.items where !feedURLs.contains(item.feedURL) { feedURLs.append(item.feedURL) }
        let titles = Dictionary(cache.feeds.map { ($0.url, $0.title) }, uniquingKeysWith: { first, _ in first })
        let byFeed = Dictionary(grouping: cache.items, by: \.feedURL)
        for (index, url) in feedURLs.enumerated() {
            defer { progress(index + 1, feedURLs.count) }
            let items = byFeed[url] ?? []
            let subscriptionID = try subscription(url: url, title: titles[url], report: &report)
            guard !items.isEmpty else { continue }
            let outcomes = try archive.insert(items.map(\.article), analyse: analyse)
            if let subscriptionID { try archive.link(outcomes, subscriptionID: subscriptionID) }
            var read: [Int64] = []
            for (item, outcome) in zip(items, outcomes) {
                switch outcome {
                case .imported(let id):
                    report.imported.append(id)
                    if !item.unread { read.append(id) }
                    if !item.flags.isEmpty {
                        try archive.setBookmarkNote(articleID: id, note: "newsboat flags: \(item.flags)")
                        report.flagged += 1
                    }
                case .duplicate(let id): report.duplicates.append(id)
                case .removed: report.previouslyRemoved += 1
                }
            }
            try archive.markRead(ids: read)
            report.markedRead += read.count
        }
        return report
    }

    /// The id of the subscription for the feed `url`, added when missing; `nil` for newsboat's
    /// query, `exec:` and `filter:` feeds, which Dateline cannot fetch.
    private func subscription(url: String, title: String?, report: inout NewsboatImportReport) throws(ArchiveError)
        -> Int64?
    {
        guard ArticleFetcher.isAddress(url) else { return nil }
        do {
            return try archive.subscription(matching: url).id
        } catch .noSuchSubscription {
            let title = title.flatMap { $0.isEmpty ? nil : $0 }
            report.subscriptionsAdded += 1
            return try archive.addSubscription(Subscription(url: url, title: title, addedAt: Date())).id
        }
    }
}
