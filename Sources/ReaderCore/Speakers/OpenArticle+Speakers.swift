extension OpenArticle {
    /// The indices in `document.quotes` of the quotes of speakers-panel entry `entry`, in
    /// text order.
    public func quoteIndices(ofSpeaker entry: Int) -> [Int] {
        let entries = document.speakers.entries
        guard entries.indices.contains(entry) else { return [] }
        let starts = Set(entries[entry].quotes.map(\.start))
        return document.quotes.indices.filter { starts.contains(document.quotes[$0].start) }
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
}
