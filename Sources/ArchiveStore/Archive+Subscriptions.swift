import Foundation
import GRDB

extension Archive {
    /// Stores a new subscription and returns it with its id; an address that is already
    /// subscribed is refused.
    public func addSubscription(_ subscription: Subscription) throws(ArchiveError) -> Subscription {
        var subscription = subscription
        subscription.tags = try subscription.tags.map(TagName.normalised)
        return try write { db in
            if try Subscription.filter(Subscription.Columns.url == subscription.url).fetchOne(db) != nil {
                throw ArchiveError.subscriptionExists(url: subscription.url)
            }
            var stored = subscription
            try stored.insert(db)
            return stored
        }
    }

    /// Every subscription, in the order they were added.
    public func subscriptions() throws(ArchiveError) -> [Subscription] {
        try read { db in try Subscription.order(Subscription.Columns.id).fetchAll(db) }
    }

    /// Every subscription with its article and unread counts, in the order they were added.
    public func subscriptionOverviews() throws(ArchiveError) -> [SubscriptionOverview] {
        try read { db in
            let counts = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.subscription_id AS id, count(*) AS articles,
                           sum(COALESCE(r.read, 0) = 0) AS unread
                    FROM subscription_article s
                    LEFT JOIN reading_state r ON r.article_id = s.article_id
                    GROUP BY s.subscription_id
                    """)
            var byID: [Int64: (Int, Int)] = [:]
            for row in counts { byID[row["id"]] = (row["articles"], row["unread"]) }
            return try Subscription.order(Subscription.Columns.id).fetchAll(db).map { subscription in
                let (articles, unread) = byID[subscription.id ?? 0] ?? (0, 0)
                return SubscriptionOverview(subscription: subscription, articleCount: articles, unreadCount: unread)
            }
        }
    }

    /// The subscription named by `reference`: its id, or its address.
    public func subscription(matching reference: String) throws(ArchiveError) -> Subscription {
        let found = try read { db -> Subscription? in
            if let id = Int64(reference), let byID = try Subscription.fetchOne(db, key: id) { return byID }
            return try Subscription.filter(Subscription.Columns.url == reference).fetchOne(db)
        }
        guard let found else { throw .noSuchSubscription(reference) }
        return found
    }

    /// The ids of the articles that came from the subscription `id`.
    public func articleIDs(subscriptionID id: Int64) throws(ArchiveError) -> [Int64] {
        try read { db in
            try Int64.fetchAll(
                db, sql: "SELECT article_id FROM subscription_article WHERE subscription_id = ? ORDER BY article_id",
                arguments: [id])
        }
    }

    /// The title of the subscription that brought the article `id`, or `nil` when no
    /// subscription did or that one has no title: one lookup through `subscription_article`.
    public func feedTitle(articleID id: Int64) throws(ArchiveError) -> String? {
        try read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT s.title FROM subscription_article sa JOIN subscription s ON s.id = sa.subscription_id
                    WHERE sa.article_id = ?
                    """,
                arguments: [id])
        }
    }

    /// Removes the subscription `id`; its articles stay (`remove(ids:)` removes them).
    public func removeSubscription(id: Int64) throws(ArchiveError) {
        try write { db in
            guard try Subscription.deleteOne(db, key: id) else {
                throw ArchiveError.noSuchSubscription(String(id))
            }
        }
    }

    /// The guids among `guids` that the archive has, or had before its article was removed:
    /// items with those guids are not new.
    public func knownGuids(_ guids: [String]) throws(ArchiveError) -> Set<String> {
        try read { db in
            let article = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM article WHERE guid = ?)")
            let removed = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM deleted_guid WHERE guid = ?)")
            var known: Set<String> = []
            for guid in guids {
                if try Bool.fetchOne(article, arguments: [guid]) == true
                    || Bool.fetchOne(removed, arguments: [guid]) == true
                {
                    known.insert(guid)
                }
            }
            return known
        }
    }

    /// Records the outcome of a fetch of the subscription `id`.
    public func record(_ fetch: FeedFetchRecord, subscriptionID id: Int64) throws(ArchiveError) {
        try write { db in try Self.record(fetch, subscriptionID: id, in: db) }
    }

    /// Stores the articles of one fetch of the subscription `id` and records the fetch, in
    /// one transaction; every article that came in, or was already in the archive, is
    /// counted as the feed's (unless another feed brought it first).
    public func storeFeedArticles(
        _ articles: [PreparedArticle], subscriptionID id: Int64, tags: [String] = [], fetch: FeedFetchRecord
    ) throws(ArchiveError) -> [InsertOutcome] {
        try writeArticles { writer in
            let outcomes = try articles.map { try writer.insert($0) }
            for case .imported(let articleID) in outcomes where !tags.isEmpty { try writer.tag(articleID, with: tags) }
            try Self.link(outcomes, subscriptionID: id, in: writer.db)
            try Self.record(fetch, subscriptionID: id, in: writer.db)
            return outcomes
        }
    }

    /// Counts the articles of `outcomes` (stored or already there) as the subscription `id`'s.
    public func link(_ outcomes: [InsertOutcome], subscriptionID id: Int64) throws(ArchiveError) {
        try write { db in try Self.link(outcomes, subscriptionID: id, in: db) }
    }

    private static func link(_ outcomes: [InsertOutcome], subscriptionID id: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO subscription_article (article_id, subscription_id) VALUES (?, ?)")
        for outcome in outcomes {
            switch outcome {
            case .imported(let articleID), .duplicate(let articleID):
                try statement.execute(arguments: [articleID, id])
            case .removed:
                break
            }
        }
    }

    private static func record(_ fetch: FeedFetchRecord, subscriptionID id: Int64, in db: Database) throws {
        if let error = fetch.error {
            try db.execute(
                sql: "UPDATE subscription SET last_error = ?, last_error_at = ?, next_allowed_at = ? WHERE id = ?",
                arguments: [error, fetch.at, fetch.nextAllowedAt, id])
        } else {
            try db.execute(
                sql: """
                    UPDATE subscription SET last_success_at = ?, last_error = NULL, last_error_at = NULL,
                        next_allowed_at = NULL WHERE id = ?
                    """,
                arguments: [fetch.at, id])
        }
        if let validators = fetch.validators {
            try db.execute(
                sql: "UPDATE subscription SET etag = ?, last_modified = ? WHERE id = ?",
                arguments: [validators.etag, validators.lastModified, id])
        }
        if let title = fetch.feedTitle {
            try db.execute(
                sql: "UPDATE subscription SET title = ? WHERE id = ? AND title IS NULL", arguments: [title, id])
        }
        if let movedTo = fetch.movedTo {
            // Another subscription may already have the new address: this one then keeps its own.
            try db.execute(sql: "UPDATE OR IGNORE subscription SET url = ? WHERE id = ?", arguments: [movedTo, id])
        }
    }
}
