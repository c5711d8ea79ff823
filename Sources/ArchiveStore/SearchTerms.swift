import Foundation
import GRDB

/// The archive's words and how many articles hold each (`search_term`), read to turn a short
/// prefix into its most frequent complete words.
///
/// FTS5 (SQLite 3.40) answers `sa*` by merging the lists of every word with the prefix before
/// its first row, whatever the `LIMIT`: most of a second at a million articles. An `OR` of the
/// words is merged as it is read, so its first page costs what a word's does. The words come
/// from a copy of the index's vocabulary (`article_fts_terms`, an `fts5vocab` table), since
/// reading the vocabulary itself counts the same lists. The copy is kept by every import
/// and removal, which count the words of their articles as FTS5 does (`IndexTerms`), so it
/// stays equal to the vocabulary; it is copied from the index again only when an archive's
/// copy is not current (`isCurrent`).
enum SearchTerms {
    /// The most words a prefix stands for: its most frequent ones, by articles.
    static let expansionLimit = 32
    /// Below this many articles per word, summed over the prefix's words, the exact prefix
    /// query is cheap and is kept.
    static let exactPrefixArticles = 20_000

    /// The words `prefix` stands for, most frequent first, or `nil` when the exact prefix
    /// query should be kept: a prefix that is not plain ASCII letters and digits (whose folded
    /// form is not simply its lower case), or whose words hold fewer than `exactBelow`
    /// articles in all, few enough to merge.
    static func expansion(of prefix: String, in db: Database, exactBelow: Int = exactPrefixArticles) throws
        -> [String]?
    {
        let folded = prefix.lowercased()
        guard let last = folded.unicodeScalars.last,
            folded.unicodeScalars.allSatisfy(isFoldedASCII)
        else { return nil }
        let end = String(folded.unicodeScalars.dropLast()) + String(Character(Unicode.Scalar(last.value + 1)!))
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT term, docs FROM search_term WHERE term >= ? AND term < ? ORDER BY docs DESC, term"),
            arguments: [folded, end])
        let articles = rows.reduce(0) { $0 + ($1[1] as Int) }
        guard articles >= exactBelow, !rows.isEmpty else { return nil }
        return rows.prefix(expansionLimit).map { $0[0] }
    }

    /// The number of articles that hold each phrase of `ftsQuery` (as `FTSQuery` writes it), in
    /// order, from the copy; `nil` unless every phrase is one whole word found there.
    /// `dateline_rank` weighs the phrases by these instead of counting each one across the
    /// archive (for a common word, most of its articles).
    static func articleCounts(ofPhrasesIn ftsQuery: String, in db: Database) throws -> [Int]? {
        let phrases = try NSRegularExpression(pattern: #""((?:[^"]|"")*)"(\*?)"#)
            .matches(in: ftsQuery, range: NSRange(ftsQuery.startIndex..., in: ftsQuery))
        let statement = try db.cachedStatement(sql: "SELECT docs FROM search_term WHERE term = ?")
        var counts: [Int] = []
        for phrase in phrases {
            guard phrase.range(at: 2).length == 0, let range = Range(phrase.range(at: 1), in: ftsQuery) else {
                return nil
            }
            let word = ftsQuery[range].lowercased()
            guard word.unicodeScalars.allSatisfy(isFoldedASCII),
                let count = try Int.fetchOne(statement, arguments: [word])
            else { return nil }
            counts.append(count)
        }
        return counts
    }

    /// Whether `scalar` is an ASCII letter or digit: a word of them is its own folded form
    /// once lower-cased.
    static func isFoldedASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// Whether `search_term` describes every article of the archive: true since it was last
    /// copied from the index, as long as every import and removal has kept it
    /// (`archive_stats.search_term_articles` is then the article count). An archive whose
    /// copy is older (an import by an earlier version, or articles deleted outside Dateline)
    /// has it copied again by its next import.
    static func isCurrent(_ db: Database) throws -> Bool {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT article_count, search_term_articles FROM archive_stats WHERE id = 1"))
        else { return false }
        return (row[0] as Int) == (row[1] as Int)
    }

    /// Adds a transaction's articles to `search_term`: `counts` holds each term with the number
    /// of those articles that hold it (`IndexTerms`), `articles` how many they are. Called
    /// once per transaction, after the article count has grown by `articles`, and only when
    /// `isCurrent` was true before it did.
    static func add(_ counts: TermTable, articles: Int, in db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO search_term(term, docs) VALUES (?, ?)
                ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs
                """)
        for (term, docs) in counts.countedStrings { try upsert.execute(arguments: [term, docs]) }
        try db.execute(
            sql: "UPDATE archive_stats SET search_term_articles = search_term_articles + ? WHERE id = 1",
            arguments: [articles])
    }

    /// Takes removed articles out of `search_term` (`counts` as for `add`); a term no article
    /// holds any more goes, as it goes from the index. Only when `isCurrent` was true before
    /// the articles were removed.
    static func remove(_ counts: TermTable, articles: Int, in db: Database) throws {
        let lower = try db.cachedStatement(sql: "UPDATE search_term SET docs = docs - ? WHERE term = ?")
        let drop = try db.cachedStatement(sql: "DELETE FROM search_term WHERE term = ? AND docs <= 0")
        for (term, docs) in counts.countedStrings {
            try lower.execute(arguments: [docs, term])
            try drop.execute(arguments: [term])
        }
        try db.execute(
            sql: "UPDATE archive_stats SET search_term_articles = search_term_articles - ? WHERE id = 1",
            arguments: [articles])
    }

    /// Copies the index's vocabulary into `search_term`: reads the whole index (about 13 s of
    /// CPU at a million articles), so only when the table is not current (`isCurrent`).
    static func refresh(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM search_term;
                INSERT INTO search_term(term, docs) SELECT term, doc FROM article_fts_terms;
                UPDATE archive_stats SET search_term_articles = article_count WHERE id = 1;
                """)
    }
}
