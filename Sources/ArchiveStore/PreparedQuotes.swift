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
        var speakers: [SpeakerTally] = []
        var speakerIndex = SmallStringMap<Int>()
        /// The tally of each name as written and the name's length (`nil` for a name without
        /// a key): one look-up a quotation, where keying the name and finding its tally took
        /// two and both names were counted. An article names a few people, so both maps
        /// compare names rather than hash them (`SmallStringMap`).
        var tallyOfName = SmallStringMap<(index: Int, length: Int)?>()
        func tally(of name: String, firstStart: Int) -> (index: Int, length: Int)? {
            if let known = tallyOfName[name] { return known }
            var found: (index: Int, length: Int)?
            if let key = SpeakerKeyCache.shared.indexKey(name) {
                let length = name.unicodeScalars.count
                if let index = speakerIndex[key] {
                    found = (index, length)
                } else {
                    speakerIndex.add(speakers.count, for: key)
                    speakers.append(
                        SpeakerTally(key: key, name: name, nameLength: length, quotes: 0, firstStart: firstStart))
                    found = (speakers.count - 1, length)
                }
            }
            tallyOfName.add(found, for: name)
            return found
        }
        let records = quotes.map { quote in
            if let name = quote.speakerName, let tally = tally(of: name, firstStart: quote.span.start) {
                if tally.length > speakers[tally.index].nameLength {
                    speakers[tally.index].name = name
                    speakers[tally.index].nameLength = tally.length
                }
                speakers[tally.index].quotes += 1
            }
            return StoredQuote(
                start: quote.span.start, end: quote.span.end, speakerName: quote.speakerName, cue: quote.cue?.text)
        }
        count = records.count
        self.speakers = speakers
        json = StoredQuote.json(records)
    }

}
