import ArticleAnalysis
import GRDB

/// An article's quotations ready to store: the `quote` rows with their speaker keys, and
/// the per-speaker tallies that go into the speaker index.
///
/// Built when the article is prepared, on the other cores, so that the one thread that
/// writes only writes.
struct PreparedQuotes: Sendable {
    /// One `quote` row.
    struct Row: Sendable {
        let quote: Quote
        /// `SpeakerName.key` of the speaker's name; `nil` for an unknown speaker.
        let speakerKey: String?
    }

    /// One speaker's quotations in this article.
    struct SpeakerTally: Sendable {
        let key: String
        /// The fullest form of the name: the first of the longest (as SQL `length`, in scalars).
        var name: String
        var quotes: Int
    }

    /// Quote rows written by one `INSERT`: fewer statements cost less than the same rows
    /// one by one.
    static let rowsPerStatement = 32

    let rows: [Row]
    /// Speakers in order of their first quotation.
    let speakers: [SpeakerTally]
    /// The rows in groups of at most `rowsPerStatement`, with their values bound in that
    /// order (six per row: start, end, text, speaker name, speaker key, cue).
    let statements: [(rows: Int, arguments: StatementArguments)]

    init(_ quotes: [Quote]) {
        var keys: [String: String?] = [:]
        var speakers: [SpeakerTally] = []
        var speakerIndex: [String: Int] = [:]
        rows = quotes.map { quote in
            guard let name = quote.speakerName else { return Row(quote: quote, speakerKey: nil) }
            let key = keys[name] ?? Optional(SpeakerName.key(name)).flatMap { $0.isEmpty ? nil : $0 }
            keys[name] = .some(key)
            guard let key else { return Row(quote: quote, speakerKey: nil) }
            if let index = speakerIndex[key] {
                if name.unicodeScalars.count > speakers[index].name.unicodeScalars.count { speakers[index].name = name }
                speakers[index].quotes += 1
            } else {
                speakerIndex[key] = speakers.count
                speakers.append(SpeakerTally(key: key, name: name, quotes: 1))
            }
            return Row(quote: quote, speakerKey: key)
        }
        self.speakers = speakers
        statements = stride(from: 0, to: rows.count, by: Self.rowsPerStatement).map { [rows] start in
            let group = rows[start..<min(start + Self.rowsPerStatement, rows.count)]
            var values: [(any DatabaseValueConvertible)?] = []
            values.reserveCapacity(group.count * 6)
            for row in group {
                let quote = row.quote
                values += [
                    quote.span.start, quote.span.end, quote.span.text, quote.speakerName, row.speakerKey,
                    quote.cue?.text,
                ]
            }
            return (group.count, StatementArguments(values))
        }
    }
}
