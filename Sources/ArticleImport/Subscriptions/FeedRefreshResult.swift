import ArchiveStore
import Foundation

/// What refreshing one subscription did.
public struct FeedRefreshResult: Equatable, Sendable {
    /// How the refresh of one feed ended.
    public enum Outcome: Equatable, Sendable {
        /// The feed answered; `new` of its items were stored.
        case updated(new: Int)
        /// The server said nothing changed since the last refresh (304).
        case unchanged
        /// The fetch or the feed failed; nothing of it was stored.
        case failed(ImportError)
        /// Not asked: the server's `Retry-After` of an earlier refresh runs until this time.
        case deferred(until: Date)
    }

    /// The subscription as it was before the refresh.
    public var subscription: Subscription
    public var outcome: Outcome
    /// The address the feed moved to permanently (301, 308), now stored.
    public var movedTo: String?

    public init(subscription: Subscription, outcome: Outcome, movedTo: String? = nil) {
        self.subscription = subscription
        self.outcome = outcome
        self.movedTo = movedTo
    }

    /// The number of articles this refresh stored.
    public var newArticles: Int {
        if case .updated(let new) = outcome { return new }
        return 0
    }

    /// Whether the feed failed.
    public var failed: Bool {
        if case .failed = outcome { return true }
        return false
    }
}
