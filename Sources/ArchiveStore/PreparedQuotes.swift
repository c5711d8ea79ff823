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
        /// The length of `name` in scalars, counted here so that the writer need not count it.
        var nameLength: Int
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
        var tallies = SpeakerTallies()
        var records: [StoredQuote] = []
        records.reserveCapacity(quotes.count)
        for quote in quotes {
            if let name = quote.speakerName { tallies.count(name, start: quote.span.start) }
            records.append(
                StoredQuote(
                    start: quote.span.start, end: quote.span.end, speakerName: quote.speakerName, cue: quote.cue?.text))
        }
        count = records.count
        speakers = tallies.speakers
        json = StoredQuote.json(records)
    }
}
