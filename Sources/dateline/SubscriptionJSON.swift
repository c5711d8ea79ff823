import ArchiveStore
import Foundation

/// One subscription of `dateline feeds list --format json`.
struct SubscriptionJSON: Encodable {
    var id: Int64
    var title: String?
    var url: String
    var tags: [String]
    var fullText: Bool
    var lastSuccess: Date?
    var lastError: String?
    var lastErrorAt: Date?
    var nextAllowed: Date?
    var articles: Int
    var unread: Int

    init(_ overview: SubscriptionOverview) {
        let subscription = overview.subscription
        id = subscription.id ?? 0
        title = subscription.title
        url = subscription.url
        tags = subscription.tags
        fullText = subscription.fullText
        lastSuccess = subscription.lastSuccessAt
        lastError = subscription.lastError
        lastErrorAt = subscription.lastErrorAt
        nextAllowed = subscription.nextAllowedAt
        articles = overview.articleCount
        unread = overview.unreadCount
    }

    enum CodingKeys: String, CodingKey {
        case id, title, url, tags, articles, unread
        case fullText = "full_text"
        case lastSuccess = "last_success"
        case lastError = "last_error"
        case lastErrorAt = "last_error_at"
        case nextAllowed = "next_allowed"
    }
}
