/// The SQL of `article_grams`: the full-text index of the character pairs of text written
/// without spaces (`UnspacedGrams`). Only articles that have such text get a row.
enum UnspacedGramsIndex {
    /// Creates the table and the triggers that keep it in step with changed and deleted
    /// articles, and indexes the articles already stored (migration
    /// `v7-grams-of-unspaced-scripts`). New articles are indexed by `ArticleWriter.finish`.
    static let creation = """
        CREATE VIRTUAL TABLE article_grams USING fts5(
            title, body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
        CREATE TRIGGER article_grams_update AFTER UPDATE OF title, byline, body ON article BEGIN
            DELETE FROM article_grams WHERE rowid = old.id;
            INSERT INTO article_grams(rowid, title, body)
            SELECT new.id, title_grams, body_grams FROM (
                SELECT dateline_grams(new.title) AS title_grams,
                    dateline_grams(coalesce(new.byline, '') || char(10) || new.body) AS body_grams)
            WHERE title_grams != '' OR body_grams != '';
        END;
        CREATE TRIGGER article_grams_delete AFTER DELETE ON article BEGIN
            DELETE FROM article_grams WHERE rowid = old.id;
        END;
        """ + insertNewer.replacingOccurrences(of: "?", with: "0")

    /// Indexes the articles whose id is above the argument.
    static let insertNewer = insert(where: "id > ?")

    /// Indexes one article's pairs, made by `PreparedArticle` (the writer runs it for the
    /// articles of a transaction that have any, in `ArticleWriter.finish`).
    static let insertPrepared = "INSERT INTO article_grams(rowid, title, body) VALUES (?, ?, ?)"

    /// The pairs of an article as `insertNewer` and the triggers make them, or `nil` when it has
    /// none: those of the title, and those of the byline and body.
    static func pairs(title: String, byline: String?, body: String) -> (title: String, body: String)? {
        let titlePairs = UnspacedGrams.grams(of: title)
        let bodyPairs = UnspacedGrams.grams(of: (byline ?? "") + "\n" + body)
        return titlePairs.isEmpty && bodyPairs.isEmpty ? nil : (titlePairs, bodyPairs)
    }

    /// Indexes the articles matching `condition`. The pairs are materialized so that SQLite
    /// calls the function once per column, not again for the `WHERE`.
    private static func insert(where condition: String) -> String {
        """
        WITH pairs AS MATERIALIZED (
            SELECT id, dateline_grams(title) AS title_grams,
                dateline_grams(coalesce(byline, '') || char(10) || body) AS body_grams
            FROM article WHERE \(condition))
        INSERT INTO article_grams(rowid, title, body)
        SELECT id, title_grams, body_grams FROM pairs WHERE title_grams != '' OR body_grams != ''
        """
    }
}
