import ArchiveStore
import ArticleAnalysis

/// An article ready to lay out: title, byline and paragraphs as styled glyphs, with where
/// its quotes are.
///
/// Built once when an article opens; wrapping it to a width (`ArticleLayout`) does not touch
/// the text again.
public struct ArticleDocument: Hashable, Sendable {
    /// What a block of the document is.
    public enum BlockKind: Hashable, Sendable {
        case title
        case byline
        /// The header under the title and byline (`ArticleHeader`).
        case details
        case paragraph
    }

    /// A title, byline or paragraph.
    public struct Block: Hashable, Sendable {
        public var kind: BlockKind
        public var glyphs: [Glyph]
    }

    /// Where a quote is: the glyph range of each paragraph it spans, and who said it when
    /// known. A quotation that goes on over several paragraphs (each re-opened, only the last
    /// closed) is one quote, though the analyser gives one span per paragraph.
    public struct QuoteAnchor: Hashable, Sendable {
        /// The part of the quote in one paragraph.
        public struct Part: Hashable, Sendable {
            public var block: Int
            public var glyphs: Range<Int>
        }

        public var parts: [Part]
        public var speakerName: String?
        /// The Unicode scalar offset of the quote in the body.
        public var start: Int

        /// The block where the quote starts.
        public var block: Int { parts[0].block }
        /// The glyphs of the quote in its first block.
        public var glyphs: Range<Int> { parts[0].glyphs }

        /// Whether glyph `glyph` of block `block` belongs to the quote.
        public func contains(block: Int, glyph: Int) -> Bool {
            parts.contains { $0.block == block && $0.glyphs.contains(glyph) }
        }
    }

    /// The article's id in the archive.
    public var articleID: Int64
    public var blocks: [Block]
    /// The quotes in text order.
    public var quotes: [QuoteAnchor]
    /// The text of the blocks, for searching and for reading positions.
    public let text: DocumentText
    /// Who speaks in the article, for the speakers panel.
    public var speakers: ArticleSpeakers

    /// The characters of one part of a quote.
    public func text(of part: QuoteAnchor.Part) -> String {
        String(blocks[part.block].glyphs[part.glyphs].map(\.character))
    }

    /// The document of a stored article, styled by its annotations (scalar offsets into `body`),
    /// with the header line `details` under the title and byline when given.
    public init(record: ArticleRecord, annotations: Annotations, details: String? = nil) {
        articleID = record.id ?? 0
        var texts: [(kind: BlockKind, text: String, glyphStarts: [Int])] = []
        var blocks: [Block] = []
        func add(_ kind: BlockKind, _ text: String, _ styled: (glyphs: [Glyph], starts: [Int])) {
            blocks.append(Block(kind: kind, glyphs: styled.glyphs))
            texts.append((kind, text, styled.starts))
        }
        add(
            .title, record.title,
            ArticleDocument.glyphs(record.title, roles: ArticleDocument.uniform(.title, record.title)))
        if let byline = record.byline, !byline.isEmpty {
            let line = "By " + byline
            add(.byline, line, ArticleDocument.glyphs(line, roles: ArticleDocument.uniform(.byline, line)))
        }
        if let details {
            add(.details, details, ArticleDocument.glyphs(details, roles: ArticleDocument.uniform(.byline, details)))
        }
        let roles = ArticleDocument.roles(of: record.body, annotations: annotations)
        var paragraphStart = 0
        var quoteStarts = annotations.quotes.map(\.span).sorted { $0.start < $1.start }[...]
        var quotes: [QuoteAnchor] = []
        /// The end of the previous quote when it ran to the end of its paragraph unclosed.
        var openQuoteEnd: Int?
        let speakers = Dictionary(
            annotations.quotes.map { ($0.span.start, $0.speakerName) }, uniquingKeysWith: { first, _ in first })
        for paragraph in record.paragraphs {
            let scalarCount = paragraph.unicodeScalars.count
            let styled = ArticleDocument.glyphs(
                paragraph, roles: roles[paragraphStart..<min(roles.count, paragraphStart + scalarCount)])
            let glyphStarts = styled.starts
            let blockIndex = blocks.count
            while let span = quoteStarts.first, span.start < paragraphStart + scalarCount {
                quoteStarts.removeFirst()
                guard span.start >= paragraphStart else { continue }
                let first = ArticleDocument.glyphIndex(atScalar: span.start - paragraphStart, in: glyphStarts)
                let last = ArticleDocument.glyphIndex(
                    atScalar: max(span.start, span.end - 1) - paragraphStart, in: glyphStarts)
                let part = QuoteAnchor.Part(block: blockIndex, glyphs: first..<(last + 1))
                let speaker = speakers[span.start] ?? nil
                if let end = openQuoteEnd, end + 2 == paragraphStart, span.start == paragraphStart,
                    let previous = quotes.last, previous.speakerName == speaker
                {
                    quotes[quotes.count - 1].parts.append(part)
                } else {
                    quotes.append(QuoteAnchor(parts: [part], speakerName: speaker, start: span.start))
                }
                let runsToEnd = span.end == paragraphStart + scalarCount
                openQuoteEnd = runsToEnd && !ArticleDocument.endsWithQuoteMark(span.text) ? span.end : nil
            }
            add(.paragraph, paragraph, styled)
            paragraphStart += scalarCount + 2
        }
        self.blocks = blocks
        self.quotes = quotes
        text = DocumentText(blocks: texts)
        self.speakers = ArticleSpeakers(annotations: annotations)
    }

    /// Whether `text` ends with a quote mark or closing bracket (`”`, `"`, `»`, `’`, `」`): a
    /// quote that ends a paragraph without one goes on in the next.
    static func endsWithQuoteMark(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        switch last.properties.generalCategory {
        case .initialPunctuation, .finalPunctuation, .closePunctuation: return true
        default: return last == "\"" || last == "'"
        }
    }

    /// The role of every Unicode scalar of `body`: `text` unless an annotation covers it.
    static func roles(of body: String, annotations: Annotations) -> [Role] {
        var roles = Array(repeating: Role.text, count: body.unicodeScalars.count)
        func paint(_ span: TextSpan?, _ role: Role) {
            guard let span else { return }
            let start = max(0, span.start)
            let end = min(roles.count, span.end)
            guard start < end else { return }
            for index in start..<end { roles[index] = role }
        }
        for quote in annotations.quotes { paint(quote.span, .quote) }
        for byline in annotations.bylines { paint(byline.span, .byline) }
        for attribution in annotations.attributions {
            paint(attribution.source, .speaker)
            paint(attribution.cue, .cue)
        }
        for quote in annotations.quotes {
            paint(quote.speaker, .speaker)
            paint(quote.cue, .cue)
        }
        return roles
    }

    /// `text` as glyphs all in one role.
    static func glyphs(_ text: String, role: Role) -> [Glyph] {
        glyphs(text, roles: uniform(role, text)).glyphs
    }

    /// `role` for every scalar of `text`.
    private static func uniform(_ role: Role, _ text: String) -> ArraySlice<Role> {
        Array(repeating: role, count: text.unicodeScalars.count)[...]
    }

    /// `text` as glyphs, each taking the role of its first scalar, with the scalar offset
    /// where each glyph starts. Control characters become visible symbols; a combining mark
    /// with no base is drawn on a dotted circle so that it takes a column; a line feed is a space.
    static func glyphs(_ text: String, roles: ArraySlice<Role>) -> (glyphs: [Glyph], starts: [Int]) {
        var inert = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { inert.append(InertText.visible(scalar)) }
        var glyphs: [Glyph] = []
        var starts: [Int] = []
        glyphs.reserveCapacity(inert.count)
        var offset = 0
        for character in String(inert) {
            let role = roles.isEmpty ? .text : roles[roles.startIndex + min(offset, roles.count - 1)]
            var width = DisplayWidth.of(character)
            var shown = character
            if character == "\n" {
                shown = " "
                width = 1
            } else if width == 0 {
                let onCircle = "\u{25CC}" + String(character)
                shown = onCircle.count == 1 ? onCircle.first! : Character(InertText.hiddenCharacterSymbol)
                width = 1
            }
            glyphs.append(Glyph(character: shown, width: UInt8(width), role: role))
            starts.append(offset)
            offset += character.unicodeScalars.count
        }
        return (glyphs, starts)
    }

    /// The index of the glyph containing the scalar at `offset`.
    static func glyphIndex(atScalar offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }
}
