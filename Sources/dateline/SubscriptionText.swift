import ArchiveStore
import Foundation

/// How `dateline feeds list` shows a subscription: a line with id, title, counts and the
/// last outcome, then the address (and tags) indented below.
enum SubscriptionText {
    static func lines(_ overview: SubscriptionOverview) -> String {
        let subscription = overview.subscription
        let id = String(subscription.id ?? 0)
        let counts = "\(overview.articleCount) articles, \(overview.unreadCount) unread"
        var status = "never refreshed"
        if let success = subscription.lastSuccessAt { status = "ok " + timestamp(success) }
        if let error = subscription.lastError, let at = subscription.lastErrorAt {
            status = "failed \(timestamp(at)): \(error)"
        }
        let name = subscription.title ?? URL(string: subscription.url)?.host ?? subscription.url
        var text = String(repeating: " ", count: max(0, 4 - id.count)) + id + "  \(name) (\(counts)) \(status)"
        text += "\n      " + subscription.url
        if !subscription.tags.isEmpty { text += "  tags: " + subscription.tags.joined(separator: ", ") }
        if subscription.fullText { text += "  full text" }
        return text
    }

    /// `2026-12-06 08:32` in the local time zone.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
