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
    ///
    /// Each article's body and quotations are read once and the texts cut in one pass over
    /// the body (`QuoteRecord.records`): SQL `substr` per quotation counted the body's
    /// characters from its start every time, the square of the article's size.
    public func quotes(speaker name: String, limit: Int = 1000) throws(ArchiveError) -> [SpeakerQuote] {
        let key = SpeakerName.key(name)
        return try read { db in
            let articles = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.article_id, a.title, a.body, a.quotes
                    FROM speaker_article s JOIN article a ON a.id = s.article_id
                    WHERE s.speaker_key = ? ORDER BY s.article_id DESC
                    """,
                arguments: [key])
            var quotes: [SpeakerQuote] = []
            // The articles come from the speaker index; their other speakers' quotations are
            // left out here, by the same key the index was built with.
            var keys: [String: String] = [:]
            func isTheSpeaker(_ quote: StoredQuote) -> Bool {
                guard let speaker = quote.speakerName else { return false }
                let quoteKey = keys[speaker] ?? SpeakerName.key(speaker)
                keys[speaker] = quoteKey
                return quoteKey == key
            }
            while quotes.count < max(0, limit), let row = try articles.next() {
                let id: Int64 = row["article_id"]
                let title: String = row["title"]
                let stored = try StoredQuote.decode(column: row["quotes"], articleID: id).filter(isTheSpeaker)
                for quote in QuoteRecord.records(stored, body: row["body"]).prefix(limit - quotes.count) {
                    quotes.append(
                        SpeakerQuote(
                            articleID: id, articleTitle: title, start: quote.start, end: quote.end, text: quote.text,
                            speakerName: quote.speakerName, cue: quote.cue))
                }
            }
            return quotes
        }
    }
}
