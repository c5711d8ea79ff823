import ArchiveStore
import ArticleAnalysis

/// An article ready to lay out: title, byline and paragraphs with the role of every
/// character, and where its quotes are.
///
/// Built once when an article opens. A block keeps its text and roles, not its glyphs: the
/// layout makes the glyphs of the blocks it shows (`ArticleLayout`), so a long article costs
/// a few bytes a character, not a glyph each.
public struct ArticleDocument: Hashable, Sendable {
    /// What a block of the document is.
    public enum BlockKind: Hashable, Sendable {
        case title
        case byline
        /// The header under the title and byline (`ArticleHeader`).
        case details
        case paragraph
        /// The rest of a paragraph too long for one block (`maximumBlockScalars`): drawn,
        /// searched and copied as part of it, with no blank line before.
        case continuation
    }

    /// The most Unicode scalars a block holds: a longer paragraph is cut into blocks (after a
    /// space near the limit when there is one, else between two characters), so that the
    /// layout never makes glyphs for more than this at a time, however long the paragraph.
    /// Where such a paragraph is cut, a line of the reader ends early.
    static let maximumBlockScalars = 8192

    /// A title, byline or paragraph.
    public struct Block: Hashable, Sendable {
        public var kind: BlockKind
        /// The text as stored.
        public var text: String
        /// The role of each Unicode scalar of `text`.
        var roles: ArraySlice<Role>
        /// The number of Unicode scalars in `text`.
        let scalarCount: Int
        /// Whether every scalar of `text` is a `PlainScalar`, so that glyph `n` is scalar `n`.
        let isPlain: Bool

        init(kind: BlockKind, text: String, roles: ArraySlice<Role>) {
            self.kind = kind
            self.text = text
            self.roles = roles
            var count = 0
            var plain = true
            for scalar in text.unicodeScalars {
                count += 1
                if plain && !PlainScalar.isPlain(scalar) { plain = false }
            }
            scalarCount = count
            isPlain = plain
        }

        /// The block as styled glyphs, made on each call.
        public var glyphs: [Glyph] { ArticleDocument.glyphs(text, roles: roles).glyphs }

        /// Where each glyph starts in `text`, made on each call (without work for a plain block).
        var glyphOffsets: GlyphOffsets {
            isPlain ? .plain(count: scalarCount) : .starts(ArticleDocument.glyphs(text, roles: roles).starts)
        }
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
    public private(set) var text: DocumentText
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
        blocks = ArticleDocument.blocks(of: record, annotations: annotations, details: details)
        quotes = ArticleDocument.quoteAnchors(in: blocks, annotations: annotations)
        text = DocumentText(blocks: blocks)
        speakers = ArticleSpeakers(annotations: annotations)
    }

    /// The blocks of the document of `record`: title, byline, `details` when given, and the
    /// paragraphs, styled by `annotations` (scalar offsets into `body`). All that
    /// `ArticleANSIText` needs, without the quotes' places and the speakers.
    public static func blocks(of record: ArticleRecord, annotations: Annotations, details: String? = nil) -> [Block] {
        var blocks: [Block] = []
        func add(_ kind: BlockKind, _ text: String, role: Role) {
            blocks.append(Block(kind: kind, text: text, roles: ArticleDocument.uniform(role, text)))
        }
        add(.title, record.title, role: .title)
        if let byline = record.byline, !byline.isEmpty { add(.byline, "By " + byline, role: .byline) }
        if let details { add(.details, details, role: .byline) }
        let roles = ArticleDocument.roles(of: record.body, annotations: annotations)
        let paragraphs = record.paragraphs
        // Reserved, not grown: a doubling array holds both buffers at once while it copies.
        blocks.reserveCapacity(blocks.count + paragraphs.count)
        var paragraphStart = 0
        for paragraph in paragraphs {
            let scalarCount = ArticleDocument.scalarCount(of: paragraph)
            for piece in ArticleDocument.pieces(of: paragraph, scalarCount: scalarCount) {
                let start = paragraphStart + piece.start
                blocks.append(
                    Block(
                        kind: piece.start == 0 ? .paragraph : .continuation, text: piece.text,
                        roles: roles[min(roles.count, start)..<min(roles.count, start + piece.scalarCount)]))
            }
            paragraphStart += scalarCount + 2
        }
        return blocks
    }

    /// Where the quotes of `annotations` are in `blocks` (`blocks(of:annotations:details:)`):
    /// a paragraph is a `.paragraph` block and the `.continuation` blocks after it, and starts
    /// two scalars (the blank line) after the one before in the body.
    static func quoteAnchors(in blocks: [Block], annotations: Annotations) -> [QuoteAnchor] {
        let quoteOrder = annotations.quoteIndicesInTextOrder
        /// The next quote of `quoteOrder` to place.
        var nextQuote = 0
        var quotes: [QuoteAnchor] = []
        quotes.reserveCapacity(quoteOrder.count)
        /// The end of the previous quote when it ran to the end of its paragraph unclosed.
        var openQuoteEnd: Int?
        /// The speaker of the quotes that start where the last one placed starts: the first
        /// of them names it.
        var speakerAtStart: (start: Int, name: String?)?
        var paragraphStart = 0
        var firstBlock = blocks.firstIndex { $0.kind == .paragraph } ?? blocks.count
        while firstBlock < blocks.count {
            /// Where each block of the paragraph starts in it, as a scalar offset.
            var blockStarts: [Int] = []
            var scalarCount = 0
            var endBlock = firstBlock
            repeat {
                blockStarts.append(scalarCount)
                scalarCount += blocks[endBlock].scalarCount
                endBlock += 1
            } while endBlock < blocks.count && blocks[endBlock].kind == .continuation
            var offsets: [Int: GlyphOffsets] = [:]
            while nextQuote < quoteOrder.count,
                case let quote = annotations.quotes[quoteOrder[nextQuote]],
                quote.span.start < paragraphStart + scalarCount
            {
                nextQuote += 1
                let span = quote.span
                if speakerAtStart?.start != span.start { speakerAtStart = (span.start, quote.speakerName) }
                guard span.start >= paragraphStart else { continue }
                let first = span.start - paragraphStart
                let last = min(max(span.start, span.end - 1) - paragraphStart, scalarCount - 1)
                var parts: [QuoteAnchor.Part] = []
                for (number, blockStart) in blockStarts.enumerated() {
                    let blockEnd = number + 1 < blockStarts.count ? blockStarts[number + 1] : scalarCount
                    guard blockStart <= last, blockEnd > first else { continue }
                    let block = firstBlock + number
                    let glyphs = offsets[block] ?? blocks[block].glyphOffsets
                    offsets[block] = glyphs
                    let from = glyphs.glyph(atScalar: max(first, blockStart) - blockStart)
                    let to = glyphs.glyph(atScalar: min(last, blockEnd - 1) - blockStart)
                    parts.append(QuoteAnchor.Part(block: block, glyphs: from..<(to + 1)))
                }
                let speaker = speakerAtStart?.name
                if let end = openQuoteEnd, end + 2 == paragraphStart, span.start == paragraphStart,
                    let previous = quotes.last, previous.speakerName == speaker
                {
                    quotes[quotes.count - 1].parts += parts
                } else {
                    quotes.append(QuoteAnchor(parts: parts, speakerName: speaker, start: span.start))
                }
                let runsToEnd = span.end == paragraphStart + scalarCount
                openQuoteEnd = runsToEnd && !ArticleDocument.endsWithQuoteMark(span.text) ? span.end : nil
            }
            paragraphStart += scalarCount + 2
            firstBlock = endBlock
        }
        return quotes
    }

    /// `paragraph` (of `scalarCount` scalars) cut into blocks of at most `maximumBlockScalars`
    /// (one block for any paragraph shorter), each with its scalar offset in the paragraph.
    static func pieces(of paragraph: String, scalarCount: Int) -> [(text: String, start: Int, scalarCount: Int)] {
        guard scalarCount > maximumBlockScalars else { return [(paragraph, 0, scalarCount)] }
        let scalars = paragraph.unicodeScalars
        var pieces: [(text: String, start: Int, scalarCount: Int)] = []
        var start = scalars.startIndex
        var startOffset = 0
        while startOffset < scalarCount {
            guard scalarCount - startOffset > maximumBlockScalars else {
                pieces.append((String(scalars[start...]), startOffset, scalarCount - startOffset))
                break
            }
            let limit = scalars.index(start, offsetBy: maximumBlockScalars)
            let cut = cutIndex(in: paragraph, from: start, limit: limit)
            let length = scalars.distance(from: start, to: cut)
            pieces.append((String(scalars[start..<cut]), startOffset, length))
            start = cut
            startOffset += length
        }
        return pieces
    }

    /// Where to cut `paragraph` before `limit` (after `start`): after the last space of the
    /// 256 scalars before `limit` that a character begins after, else the last character
    /// boundary before it (the next one after it inside a cluster longer than a block).
    private static func cutIndex(in paragraph: String, from start: String.Index, limit: String.Index) -> String.Index {
        let scalars = paragraph.unicodeScalars
        var index = limit
        var steps = 0
        while index > start && steps < 256 {
            let before = scalars.index(before: index)
            if scalars[before] == " ", index.samePosition(in: paragraph) != nil { return index }
            index = before
            steps += 1
        }
        index = limit
        while index > start && index.samePosition(in: paragraph) == nil { scalars.formIndex(before: &index) }
        if index > start { return index }
        index = limit
        while index < scalars.endIndex && index.samePosition(in: paragraph) == nil { scalars.formIndex(after: &index) }
        return index
    }

    /// Shows `details` as the header line under the title and byline instead of the one shown.
    mutating func replaceDetails(with details: String) {
        guard let index = blocks.firstIndex(where: { $0.kind == .details }) else { return }
        blocks[index] = Block(kind: .details, text: details, roles: ArticleDocument.uniform(.byline, details))
        text = DocumentText(blocks: blocks)
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
        var roles = Array(repeating: Role.text, count: scalarCount(of: body))
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

    /// The number of Unicode scalars in `text`: its UTF-8 bytes that do not continue a scalar
    /// (`unicodeScalars.count` steps an index a scalar at a time, a tenth of opening a 50 MB
    /// article).
    static func scalarCount(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    }

    /// `text` as glyphs all in one role.
    static func glyphs(_ text: String, role: Role) -> [Glyph] {
        glyphs(text, roles: uniform(role, text)).glyphs
    }

    /// `role` for every scalar of `text`.
    static func uniform(_ role: Role, _ text: String) -> ArraySlice<Role> {
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
