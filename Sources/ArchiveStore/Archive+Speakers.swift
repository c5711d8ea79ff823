import ArticleAnalysis
import GRDB

extension Archive {
    /// A page of the speakers of the whole archive, most quoted first; `matching` keeps those
    /// whose normalised name contains it (case, diacritics and titles ignored).
    ///
    /// Reads only the `speaker` table (kept by `ArticleWriter` and a trigger), through its
    /// `quote_count` index: this is the call the reader's speaker index makes on every keystroke.
    /// SQL because the filter is SQLite's `instr` with a parameter used twice.
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
    /// SQL: one join flattened into `SpeakerArticle`'s row.
    public func articles(quoting name: String, limit: Int = 200, offset: Int = 0) throws(ArchiveError)
        -> [SpeakerArticle]
    {
        let key = SpeakerName.key(name)
        return try read { db in
            try SpeakerArticle.fetchAll(
                db,
                sql: """
                    SELECT s.article_id, a.title, s.quote_count, s.first_quote_start
                    FROM speaker_article s JOIN article a ON a.id = s.article_id
                    WHERE s.speaker_key = ?
                    ORDER BY s.article_id DESC LIMIT ? OFFSET ?
                    """,
                arguments: [key, max(0, limit), max(0, offset)])
        }
    }

    /// Every stored quotation of the speaker named `name` (any spelling that normalises to the
    /// same key), newest article first, in text order within an article.
    /// SQL because the quotations are a JSON column, unpacked by SQLite's `json_each`.
    public func quotes(speaker name: String, limit: Int = 1000) throws(ArchiveError) -> [SpeakerQuote] {
        let key = SpeakerName.key(name)
        return try read { db in
            // The articles come from the speaker index; their other speakers' quotations are
            // left out here, by the same key the index was built with.
            let cursor = try SpeakerQuote.fetchCursor(
                db,
                sql: """
                    SELECT s.article_id, a.title AS article_title,
                        json_extract(q.value, '$[0]') AS start, json_extract(q.value, '$[1]') AS "end",
                        substr(a.body, json_extract(q.value, '$[0]') + 1,
                            json_extract(q.value, '$[1]') - json_extract(q.value, '$[0]')) AS text,
                        json_extract(q.value, '$[2]') AS speaker_name, json_extract(q.value, '$[3]') AS cue
                    FROM speaker_article s JOIN article a ON a.id = s.article_id, json_each(a.quotes) q
                    WHERE s.speaker_key = ? AND json_extract(q.value, '$[2]') IS NOT NULL
                    ORDER BY s.article_id DESC, start
                    """,
                arguments: [key])
            var quotes: [SpeakerQuote] = []
            var keys: [String: String] = [:]
            while quotes.count < max(0, limit), let quote = try cursor.next() {
                guard let speaker = quote.speakerName else { continue }
                let quoteKey = keys[speaker] ?? SpeakerName.key(speaker)
                keys[speaker] = quoteKey
                if quoteKey == key { quotes.append(quote) }
            }
            return quotes
        }
    }
}
