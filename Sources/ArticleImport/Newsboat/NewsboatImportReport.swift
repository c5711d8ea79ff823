/// What importing a newsboat cache did.
public struct NewsboatImportReport: Equatable, Sendable {
    /// Ids of the articles stored, feed by feed.
    public var imported: [Int64] = []
    /// Ids of articles that were already in the archive.
    public var duplicates: [Int64] = []
    /// Articles not stored because they were removed from the archive before.
    public var previouslyRemoved = 0
    /// Items of the cache without title or text.
    public var skipped = 0
    /// Stored articles newsboat had read, marked read.
    public var markedRead = 0
    /// Stored articles with newsboat flags, bookmarked.
    public var flagged = 0
    /// Feeds of the cache that were not subscribed yet.
    public var subscriptionsAdded = 0

    public init(skipped: Int = 0) {
        self.skipped = skipped
    }
}
