import ArticleAnalysis

extension OpenArticle {
    /// The indices in `document.quotes` of the quotes of speakers-panel entry `entry`, in
    /// text order.
    ///
    /// Both lists are in text order, so each of the entry's quotes is found by its start in a
    /// binary search, without a pass over every quote of the article.
    public func quoteIndices(ofSpeaker entry: Int) -> [Int] {
        let entries = document.speakers.entries
        guard entries.indices.contains(entry) else { return [] }
        let quotes = document.quotes
        var indices: [Int] = []
        var previousStart: Int?
        for span in entries[entry].quotes where span.start != previousStart {
            previousStart = span.start
            var index = firstQuote(startingAtOrAfter: span.start)
            while index < quotes.count && quotes[index].start == span.start {
                indices.append(index)
                index += 1
            }
        }
        return indices
    }

    /// The first of `quoteIndices(ofSpeaker: entry)`, found without the others.
    public func firstQuoteIndex(ofSpeaker entry: Int) -> Int? {
        let entries = document.speakers.entries
        guard entries.indices.contains(entry) else { return nil }
        for span in entries[entry].quotes {
            let index = firstQuote(startingAtOrAfter: span.start)
            if index < document.quotes.count && document.quotes[index].start == span.start { return index }
        }
        return nil
    }

    /// The quotes of `quoteIndices(ofSpeaker: entry)` that reach into blocks `blocks`: what a
    /// screen of the article highlights, found from the quotes there, not from every quote of
    /// the speaker.
    public func quoteIndices(ofSpeaker entry: Int, inBlocks blocks: ClosedRange<Int>) -> [Int] {
        let entries = document.speakers.entries
        guard entries.indices.contains(entry) else { return [] }
        let quotes = document.quotes
        // Quotes are in text order, so by their first block; one that starts before the blocks
        // may run on into them.
        var low = quotes.partitionPoint { $0.block >= blocks.lowerBound }
        while low > 0, let last = quotes[low - 1].parts.last, last.block >= blocks.lowerBound { low -= 1 }
        let starts = entries[entry].quotes
        var indices: [Int] = []
        var index = low
        while index < quotes.count && quotes[index].block <= blocks.upperBound {
            if Self.contains(start: quotes[index].start, in: starts) { indices.append(index) }
            index += 1
        }
        return indices
    }

    /// The quotes `]`/`[` step through: the filtered speaker's, else all of them.
    public var steppableQuotes: [Int] {
        guard let speakerFilter else { return Array(document.quotes.indices) }
        return quoteIndices(ofSpeaker: speakerFilter)
    }

    /// The name of the speaker `]`/`[` are limited to, if any.
    public var speakerFilterName: String? {
        speakerFilter.flatMap {
            document.speakers.entries.indices.contains($0) ? document.speakers.entries[$0].name : nil
        }
    }

    /// The index of the first quote of `document.quotes` that starts at `start` or later.
    private func firstQuote(startingAtOrAfter start: Int) -> Int {
        document.quotes.partitionPoint { $0.start >= start }
    }

    /// Whether one of `spans` (in text order) starts at `start`.
    private static func contains(start: Int, in spans: [TextSpan]) -> Bool {
        let index = spans.partitionPoint { $0.start >= start }
        return index < spans.count && spans[index].start == start
    }
}
