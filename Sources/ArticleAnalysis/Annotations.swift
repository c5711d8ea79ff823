/// A run of article text, in Unicode scalar offsets (end exclusive), with its text.
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// The number of Unicode scalars the span covers.
    public var length: Int { end - start }

    /// The span moved `offset` scalars further into the text.
    func shifted(by offset: Int) -> TextSpan {
        TextSpan(start: start + offset, end: end + offset, text: text)
    }
}

/// A span of quoted speech or writing, quote marks included, with who said it.
public struct Quote: Hashable, Sendable {
    /// The quotation, marks included.
    public let span: TextSpan
    /// The mention of the speaker in the text ("he", "Jane Doe"), if found.
    public let speaker: TextSpan?
    /// The resolved full name of the speaker ("he" -> "Jane Doe"), if known.
    public let speakerName: String?
    /// The reporting verb or phrase ("said", "according to"), if found.
    public let cue: TextSpan?

    public init(span: TextSpan, speaker: TextSpan? = nil, speakerName: String? = nil, cue: TextSpan? = nil) {
        self.span = span
        self.speaker = speaker
        self.speakerName = speakerName
        self.cue = cue
    }
}

/// A source and cue of reported speech, direct (introducing a quote) or indirect.
public struct Attribution: Hashable, Sendable {
    /// Whether the attribution introduces a direct quote.
    public enum Kind: String, Sendable, Codable {
        case direct
        case indirect
    }

    public let kind: Kind
    /// The source mention ("four sources", "the port authority").
    public let source: TextSpan?
    /// The resolved name of the source, when it is a person the article names.
    public let sourceName: String?
    /// The cue ("said", "according to").
    public let cue: TextSpan?

    public init(kind: Kind, source: TextSpan?, sourceName: String? = nil, cue: TextSpan?) {
        self.kind = kind
        self.source = source
        self.sourceName = sourceName
        self.cue = cue
    }
}

/// An author line ("By Jane Doe") and the name it gives.
public struct Byline: Hashable, Sendable {
    public var span: TextSpan
    public var name: String

    public init(span: TextSpan, name: String) {
        self.span = span
        self.name = name
    }
}

/// Everything the analyser found in one text.
public struct Annotations: Hashable, Sendable {
    public var quotes: [Quote]
    public var attributions: [Attribution]
    public var bylines: [Byline]
    /// Quoted titles and scare quotes ("Saturday Night Live", a “reset”): quoted text that is
    /// nobody's speech, kept apart from `quotes` so a reader can style it differently.
    public var quotedPhrases: [TextSpan]
    /// The language of the text, told from its first words (English when none is told).
    public var language: Language = .english

    public init(
        quotes: [Quote] = [], attributions: [Attribution] = [], bylines: [Byline] = [], quotedPhrases: [TextSpan] = []
    ) {
        self.quotes = quotes
        self.attributions = attributions
        self.bylines = bylines
        self.quotedPhrases = quotedPhrases
    }

    /// Adds what the analyser found in a later stretch of the same text, whose first scalar is
    /// `offset` scalars into it.
    mutating func append(_ other: Annotations, shiftedBy offset: Int) {
        quotes += other.quotes.map { quote in
            Quote(
                span: quote.span.shifted(by: offset), speaker: quote.speaker?.shifted(by: offset),
                speakerName: quote.speakerName, cue: quote.cue?.shifted(by: offset))
        }
        attributions += other.attributions.map { attribution in
            Attribution(
                kind: attribution.kind, source: attribution.source?.shifted(by: offset),
                sourceName: attribution.sourceName, cue: attribution.cue?.shifted(by: offset))
        }
        bylines += other.bylines.map { Byline(span: $0.span.shifted(by: offset), name: $0.name) }
        quotedPhrases += other.quotedPhrases.map { $0.shifted(by: offset) }
    }
}
