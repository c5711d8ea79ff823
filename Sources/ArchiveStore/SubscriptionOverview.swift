/// A subscription with the counts `dateline feeds list` and the reader's feeds view show.
public struct SubscriptionOverview: Equatable, Sendable {
    public var subscription: Subscription
    /// Articles in the archive that came from this feed.
    public var articleCount: Int
    /// Those of them not read yet.
    public var unreadCount: Int
}
