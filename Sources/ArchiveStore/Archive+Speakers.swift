import ArticleAnalysis
import GRDB

extension Archive {
    /// Speakers of the whole archive, most quoted first; `matching` keeps those whose
    /// normalised name contains it (case and diacritics ignored).
    public func speakers(matching filter: String = "", limit: Int = 500) throws(ArchiveError) -> [Speaker] {
        let key = SpeakerName.key(filter)
        return try read { db in
            if key.isEmpty {
                return try Speaker.fetchAll(
                    db,
                    sql: "SELECT * FROM speaker WHERE quote_count > 0 ORDER BY quote_count DESC, key LIMIT ?",
                    arguments: [limit])
            }
            return try Speaker.fetchAll(
                db,
                sql: """
                    SELECT * FROM speaker WHERE quote_count > 0 AND instr(key, ?) > 0
                    ORDER BY quote_count DESC, key LIMIT ?
                    """,
                arguments: [key, limit])
        }
    }

    /// Every stored quotation of the speaker named `name` (any spelling that normalises to the
    /// same key), newest article first, in text order within an article.
    public func quotes(speaker name: String, limit: Int = 1000) throws(ArchiveError) -> [SpeakerQuote] {
        let key = SpeakerName.key(name)
        return try read { db in
            try SpeakerQuote.fetchAll(
                db,
                sql: """
                    SELECT q.article_id, a.title AS article_title, q.start, q."end", q.text, q.speaker_name, q.cue
                    FROM quote q JOIN article a ON a.id = q.article_id
                    WHERE q.speaker_key = ?
                    ORDER BY q.article_id DESC, q.start LIMIT ?
                    """,
                arguments: [key, limit])
        }
    }
}
