import ArticleAnalysis
import GRDB

extension Archive {
    /// A page of the speakers of the whole archive, most quoted first; `matching` keeps those
    /// whose normalised name contains it (case, diacritics and titles ignored).
    ///
    /// Reads only the `speaker` table (kept by triggers on `quote`), through its
    /// `quote_count` index: this is the call the reader's speaker index makes on every keystroke.
    public func speakers(matching filter: String = "", limit: Int = 500, offset: Int = 0) throws(ArchiveError)
        -> [Speaker]
    {
        let key = SpeakerName.key(filter)
        return try read { db in
            try Speaker.fetchAll(
                db,
                sql: """
                    SELECT * FROM speaker WHERE quote_count > 0 AND (?1 = '' OR instr(key, ?1) > 0)
                    ORDER BY quote_count DESC, key LIMIT ?2 OFFSET ?3
                    """,
                arguments: [key, max(0, limit), max(0, offset)])
        }
    }

    /// A page of the articles quoting the speaker named `name` (any spelling with the same
    /// `SpeakerName.key`), newest first, with how often and where they are first quoted.
    public func articles(quoting name: String, limit: Int = 200, offset: Int = 0) throws(ArchiveError)
        -> [SpeakerArticle]
    {
        let key = SpeakerName.key(name)
        return try read { db in
            try SpeakerArticle.fetchAll(
                db,
                sql: """
                    SELECT q.article_id, a.title, count(*) AS quote_count, min(q.start) AS first_quote_start
                    FROM quote q JOIN article a ON a.id = q.article_id
                    WHERE q.speaker_key = ?
                    GROUP BY q.article_id ORDER BY q.article_id DESC LIMIT ? OFFSET ?
                    """,
                arguments: [key, max(0, limit), max(0, offset)])
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
                arguments: [key, max(0, limit)])
        }
    }
}
