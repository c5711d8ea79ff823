import Foundation

/// The annotation JSON of the contract (`quotes-eval.md`): what `dateline annotate` prints.
///
/// Keys are snake case; unknown speakers, names and cues are `null`, never left out.
public struct AnnotationJSON: Encodable {
    public var id: String?
    public var annotations: Annotations

    public init(id: String? = nil, annotations: Annotations) {
        self.id = id
        self.annotations = annotations
    }

    enum Keys: String, CodingKey {
        case id, language, quotes, attributions, bylines
        case start, end, text, speaker, cue, kind, source, name
        case speakerName = "speaker_name"
        case sourceName = "source_name"
        case quotedPhrases = "quoted_phrases"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        if let id { try container.encode(id, forKey: .id) }
        try container.encode(annotations.language.rawValue, forKey: .language)
        var quotes = container.nestedUnkeyedContainer(forKey: .quotes)
        for quote in annotations.quotes {
            var object = quotes.nestedContainer(keyedBy: Keys.self)
            try Self.encode(quote.span, into: &object)
            try Self.encode(optional: quote.speaker, forKey: .speaker, into: &object)
            try object.encode(quote.speakerName, forKey: .speakerName)
            try Self.encode(optional: quote.cue, forKey: .cue, into: &object)
        }
        var attributions = container.nestedUnkeyedContainer(forKey: .attributions)
        for attribution in annotations.attributions {
            var object = attributions.nestedContainer(keyedBy: Keys.self)
            try object.encode(attribution.kind.rawValue, forKey: .kind)
            try Self.encode(optional: attribution.source, forKey: .source, into: &object)
            try object.encode(attribution.sourceName, forKey: .sourceName)
            try Self.encode(optional: attribution.cue, forKey: .cue, into: &object)
        }
        var bylines = container.nestedUnkeyedContainer(forKey: .bylines)
        for byline in annotations.bylines {
            var object = bylines.nestedContainer(keyedBy: Keys.self)
            try Self.encode(byline.span, into: &object)
            try object.encode(byline.name, forKey: .name)
        }
        var phrases = container.nestedUnkeyedContainer(forKey: .quotedPhrases)
        for phrase in annotations.quotedPhrases {
            var object = phrases.nestedContainer(keyedBy: Keys.self)
            try Self.encode(phrase, into: &object)
        }
    }

    static func encode(_ span: TextSpan, into object: inout KeyedEncodingContainer<Keys>) throws {
        try object.encode(span.start, forKey: .start)
        try object.encode(span.end, forKey: .end)
        try object.encode(span.text, forKey: .text)
    }

    static func encode(optional span: TextSpan?, forKey key: Keys, into object: inout KeyedEncodingContainer<Keys>)
        throws
    {
        guard let span else { return try object.encodeNil(forKey: key) }
        var nested = object.nestedContainer(keyedBy: Keys.self, forKey: key)
        try encode(span, into: &nested)
    }

    /// One line of JSON with keys sorted, as `--jsonl` and `show --format json` print it.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
