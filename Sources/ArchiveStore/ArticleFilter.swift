import ArticleAnalysis
import Foundation
import GRDB

/// Which articles a list, search or export shows: every condition set must hold.
///
/// The one filter of the store: `dateline list`, `search` and `export` build it from their
/// options or from an expression (`ArticleFilter(parsing:)`), the reader from its limit prompt.
/// `conditions` turns it into SQL on the article alias `a`, each condition a subquery or a
/// column of `article`, so the same conditions serve a page of summaries, a count and a
/// full-text search.
public struct ArticleFilter: Hashable, Sendable {
    /// Tags (normalised by `TagName`) the article must all carry.
    public var tags: [String] = []
    /// Only articles not marked read.
    public var unread = false
    /// Only bookmarked articles.
    public var bookmarked = false
    /// Text the article's source (its address or file path) must contain, case ignored.
    public var source: String?
    /// The first day (published, else imported) of the articles kept, in the user's time zone.
    public var since: CalendarDay?
    /// The last day (published, else imported) of the articles kept, in the user's time zone.
    public var until: CalendarDay?
    /// The language the analyser told (`Language`).
    public var language: Language?
    /// Someone the article quotes, by any spelling with the same `SpeakerName.key`.
    public var speaker: String?
    /// The subscription that brought the article: its id (all digits), else text its title or
    /// address contains, case ignored.
    public var feed: String?

    public init(
        tags: [String] = [], unread: Bool = false, bookmarked: Bool = false, source: String? = nil,
        since: CalendarDay? = nil, until: CalendarDay? = nil, language: Language? = nil, speaker: String? = nil,
        feed: String? = nil
    ) {
        self.tags = tags
        self.unread = unread
        self.bookmarked = bookmarked
        self.source = source
        self.since = since
        self.until = until
        self.language = language
        self.speaker = speaker
        self.feed = feed
    }

    /// Whether the filter keeps every article.
    public var isEmpty: Bool { self == ArticleFilter() }

    /// The filter as an expression `ArticleFilter(parsing:)` reads back, terms in a fixed order:
    /// what the reader's status line shows.
    public var expression: String {
        var terms = tags.map { "tag:" + $0 }
        if unread { terms.append("unread") }
        if bookmarked { terms.append("bookmarked") }
        if let source { terms.append("source:" + FilterExpression.quoted(source)) }
        if let since { terms.append("since:\(since)") }
        if let until { terms.append("until:\(until)") }
        if let language { terms.append("lang:" + language.rawValue) }
        if let speaker { terms.append("speaker:" + FilterExpression.quoted(speaker)) }
        if let feed { terms.append("feed:" + FilterExpression.quoted(feed)) }
        return terms.joined(separator: " ")
    }

    /// Whether the filter tests the article's own columns where an index gives no order:
    /// the date range and the source. `Archive.summaries` first walks the next articles in
    /// import order in a narrow index (`conditions(perArticle: true)`), which is quick when
    /// matches are common, before asking the indexes, which is quick when they are rare.
    var testsOwnColumns: Bool { source != nil || since != nil || until != nil }

    /// The SQL conditions on the article alias `a`, one per term (empty for no filter), each
    /// answered from an index of migration `v12-unread-articles` or of the table the term
    /// names, so that a page in import order reads no article the filter does not keep.
    var conditions: [SQL] { conditions(perArticle: false) }

    /// The SQL conditions on the article alias `a`; with `perArticle`, each term is tested on
    /// the one article instead of listing the articles it keeps: cheaper when few articles are
    /// looked at (the matches of a search, a short walk). The date range and the source then
    /// test the article's own columns, and a tag, a speaker or a feed is one look-up in its
    /// table by article (`EXISTS`): `a.id IN (SELECT …)` made SQLite list every article of the
    /// tag before the first match, 100,000 of them for a tag on a tenth of a million articles.
    ///
    /// The date range compares `coalesce(published_at, imported_at)` with the instants the
    /// days begin; the source matches with `LIKE`, which ignores ASCII case like SQLite's
    /// `lower`, the text lowercased and its wildcards escaped.
    ///
    /// `listedTags` keep the list form in the per-article form too: for a tag on few articles
    /// the list is quick to make, and looking an id up in it costs less than in `article_tag`,
    /// which counts when a common word's matches are walked for a rare tag.
    func conditions(perArticle: Bool, listedTags: Set<String> = []) -> [SQL] {
        var conditions: [SQL] = tags.map { tag in
            perArticle && !listedTags.contains(tag)
                ? "EXISTS (SELECT 1 FROM article_tag WHERE article_id = a.id AND tag = \(tag))"
                : "a.id IN (SELECT article_id FROM article_tag WHERE tag = \(tag))"
        }
        if unread { conditions.append("a.id IN (SELECT article_id FROM unread_article)") }
        if bookmarked { conditions.append("a.id IN (SELECT article_id FROM bookmark)") }
        if let source {
            let pattern = "%" + Self.escapedForLike(source.lowercased()) + "%"
            conditions.append(
                perArticle
                    ? "a.source LIKE \(pattern) ESCAPE '\\'"
                    : "a.id IN (SELECT id FROM article WHERE source LIKE \(pattern) ESCAPE '\\')")
        }
        if since != nil || until != nil {
            let day: SQL =
                perArticle ? "coalesce(a.published_at, a.imported_at)" : "coalesce(published_at, imported_at)"
            var range: [SQL] = []
            if let since { range.append(day + " >= \(since.start)") }
            if let until { range.append(day + " < \(until.next.start)") }
            let condition = range.joined(separator: " AND ")
            conditions.append(perArticle ? condition : "a.id IN (SELECT id FROM article WHERE " + condition + ")")
        }
        if let language { conditions.append("a.language = \(language.rawValue)") }
        if let speaker {
            let key = SpeakerName.key(speaker)
            conditions.append(
                perArticle
                    ? "EXISTS (SELECT 1 FROM speaker_article WHERE speaker_key = \(key) AND article_id = a.id)"
                    : "a.id IN (SELECT article_id FROM speaker_article WHERE speaker_key = \(key))")
        }
        if let feed { conditions.append(Self.feedCondition(feed, perArticle: perArticle)) }
        return conditions
    }

    /// `text` with the `LIKE` wildcards `%` and `_` and the escape `\\` escaped.
    static func escapedForLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// The condition of `feed:`: the article came (through `subscription_article`) from the
    /// subscription with id `feed` when it is all digits, else from one whose title or address
    /// contains it, case ignored; `perArticle` as for `conditions(perArticle:)`.
    static func feedCondition(_ feed: String, perArticle: Bool = false) -> SQL {
        let subscriptions: SQL
        if let id = Int64(feed) {
            subscriptions = "SELECT id FROM subscription WHERE id = \(id)"
        } else {
            let text = feed.lowercased()
            subscriptions = """
                SELECT id FROM subscription
                WHERE instr(lower(coalesce(title, '')), \(text)) > 0 OR instr(lower(url), \(text)) > 0
                """
        }
        return perArticle
            ? """
            EXISTS (SELECT 1 FROM subscription_article
                WHERE article_id = a.id AND subscription_id IN (\(subscriptions)))
            """
            : "a.id IN (SELECT article_id FROM subscription_article WHERE subscription_id IN (\(subscriptions)))"
    }

    /// `conditions(perArticle:listedTags:)` joined with `AND`, or `nil` for no filter.
    func whereClause(perArticle: Bool = false, listedTags: Set<String> = []) -> SQL? {
        let conditions = conditions(perArticle: perArticle, listedTags: listedTags)
        return conditions.isEmpty ? nil : conditions.joined(separator: " AND ")
    }
}
