import ArticleAnalysis

/// An article's quotations ready to store: the JSON of its `quotes` column, and the
/// per-speaker tallies that go into the speaker index.
///
/// Built when the article is prepared, on the other cores, so that the one thread that
/// writes only writes. Quotations are one column of their article rather than a row each:
/// fifteen rows with two indexes per article were a third of an import's time.
struct PreparedQuotes: Sendable {
    /// One speaker's quotations in this article.
    struct SpeakerTally: Sendable {
        let key: String
        /// The fullest form of the name: the first of the longest (as SQL `length`, in scalars).
        var name: String
        var quotes: Int
        /// The body offset of the speaker's first quotation.
        let firstStart: Int
    }

    /// The number of quotations.
    let count: Int
    /// The quotations as a JSON array of `StoredQuote`.
    let json: String
    /// Speakers in order of their first quotation.
    let speakers: [SpeakerTally]

    init(_ quotes: [Quote]) {
        var keys: [String: String?] = [:]
        var speakers: [SpeakerTally] = []
        var speakerIndex: [String: Int] = [:]
        let records = quotes.map { quote in
            var key: String?
            if let name = quote.speakerName {
                key = keys[name] ?? SpeakerKeyCache.shared.indexKey(name)
                keys[name] = .some(key)
                if let key, let index = speakerIndex[key] {
                    if name.unicodeScalars.count > speakers[index].name.unicodeScalars.count {
                        speakers[index].name = name
                    }
                    speakers[index].quotes += 1
                } else if let key {
                    speakerIndex[key] = speakers.count
                    speakers.append(SpeakerTally(key: key, name: name, quotes: 1, firstStart: quote.span.start))
                }
            }
            return StoredQuote(
                start: quote.span.start, end: quote.span.end, speakerName: quote.speakerName, cue: quote.cue?.text)
        }
        count = records.count
        self.speakers = speakers
        json = StoredQuote.json(records)
    }

}
