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

    /// Indexes the articles whose ids are in the JSON array of the argument
    /// (`ArticleWriter.finish`: the articles that `PreparedArticle` found may hold such text).
    static let insertListed = insert(where: "id IN (SELECT value FROM json_each(?))")

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
