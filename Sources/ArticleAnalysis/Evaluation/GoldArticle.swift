import Foundation

/// One line of a gold annotation file (`quotes-eval.md`): a text and its annotated
/// attributions, offsets in Unicode scalars.
public struct GoldArticle: Decodable, Sendable {
    /// One annotated attribution: its content span, kind and source.
    public struct GoldQuote: Decodable, Sendable {
        /// How the content is reported.
        public enum Kind: String, Decodable, Sendable {
            /// Quoted speech, marks included.
            case direct
            /// A quoted phrase inside paraphrase.
            case mixed
            /// Paraphrase.
            case indirect
        }

        public var start: Int
        public var end: Int
        public var kind: Kind
        public var speakerStart: Int?
        public var speakerEnd: Int?
        public var speakerText: String?
        public var speakerResolved: String?

        public init(
            start: Int, end: Int, kind: Kind, speakerStart: Int? = nil, speakerEnd: Int? = nil,
            speakerText: String? = nil, speakerResolved: String? = nil
        ) {
            self.start = start
            self.end = end
            self.kind = kind
            self.speakerStart = speakerStart
            self.speakerEnd = speakerEnd
            self.speakerText = speakerText
            self.speakerResolved = speakerResolved
        }

        enum CodingKeys: String, CodingKey {
            case start, end, kind
            case speakerStart = "speaker_start"
            case speakerEnd = "speaker_end"
            case speakerText = "speaker_text"
            case speakerResolved = "speaker_resolved"
        }

        /// The source span, when the attribution has one.
        var speakerSpan: (start: Int, end: Int)? {
            guard let speakerStart, let speakerEnd else { return nil }
            return (speakerStart, speakerEnd)
        }
    }

    public var id: String
    public var text: String
    public var quotes: [GoldQuote]

    public init(id: String, text: String, quotes: [GoldQuote]) {
        self.id = id
        self.text = text
        self.quotes = quotes
    }

    /// The articles of a gold JSONL file, one object per line; blank lines are skipped.
    public static func lines(of data: Data) throws(GoldLineError) -> [GoldArticle] {
        let decoder = JSONDecoder()
        var articles: [GoldArticle] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
            do {
                articles.append(try decoder.decode(GoldArticle.self, from: Data(line)))
            } catch {
                throw GoldLineError(line: index + 1)
            }
        }
        return articles
    }
}
