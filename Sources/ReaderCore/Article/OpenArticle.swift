import ArchiveStore
import ArticleAnalysis

/// The article being read: its document, its layout at the pane's width, the scroll
/// position and the quote last moved to.
public struct OpenArticle: Hashable, Sendable {
    /// The header of a document that has one, and how its dates are written, so that a new
    /// header can replace it.
    struct Origin: Hashable, Sendable {
        var header: ArticleHeader
        var dateFormat: DateFormat
    }

    public private(set) var document: ArticleDocument
    /// What the document was made from, when it has a header.
    private var origin: Origin?
    /// The document wrapped to the current text width.
    public private(set) var layout: ArticleLayout
    /// The first visible line.
    public var top = 0
    /// The index in `document.quotes` of the quote `]`/`[` moved to.
    public var currentQuote: Int?
    /// The search in this article, if any.
    public var search: ArticleSearch?
    /// The entry of `document.speakers` whose quotes alone `]`/`[` step through, if any.
    public var speakerFilter: Int?

    /// `document` laid out at `width` columns, from the top.
    public init(document: ArticleDocument, width: Int) {
        self.document = document
        layout = ArticleLayout(document: document, width: width)
    }

    /// The stored article `record` with its header, laid out at `width` columns, from the top.
    public init(
        record: ArticleRecord, annotations: Annotations, header: ArticleHeader, dateFormat: DateFormat, width: Int
    ) {
        self.init(
            document: ArticleDocument(
                record: record, annotations: annotations, details: header.text(dateFormat: dateFormat)),
            width: width)
        origin = Origin(header: header, dateFormat: dateFormat)
    }

    /// The header shown, if the document has one.
    public var header: ArticleHeader? { origin?.header }

    /// Shows `header` instead (a bookmark or its note changed), keeping the place, the
    /// current quote and the search; a search match in the old header is dropped with the search.
    public mutating func show(_ header: ArticleHeader) {
        guard var origin, origin.header != header else { return }
        origin.header = header
        self.origin = origin
        let anchor = layout.anchor(ofLine: top)
        document.replaceDetails(with: header.text(dateFormat: origin.dateFormat))
        layout = ArticleLayout(document: document, width: layout.width)
        top = layout.line(showing: anchor)
        let detailsBlock = document.blocks.firstIndex { $0.kind == .details }
        if let search, search.hits.contains(where: { $0.start.block == detailsBlock || $0.end.block == detailsBlock }) {
            self.search = nil
        }
    }

    /// Re-wraps to `width` when it changed, keeping the first visible text on screen.
    public mutating func relayout(width: Int) {
        guard width != layout.width else { return }
        let anchor = layout.anchor(ofLine: top)
        layout = ArticleLayout(document: document, width: width)
        top = layout.line(showing: anchor)
    }

    /// Scrolls so that `top` is valid for a pane `height` lines tall.
    public mutating func clampScroll(height: Int) {
        top = max(0, min(top, layout.lineCount - max(1, height)))
    }

    /// Scrolls so that `line` is in view with a few lines of context above it, unless it
    /// already is, in a pane `height` lines tall.
    public mutating func reveal(line: Int, height: Int) {
        let context = min(2, height / 4)
        if line < top || line >= top + height - context { top = line - context }
        clampScroll(height: height)
    }

    /// The place at the top of the pane as a body offset, which survives re-wrapping.
    public var readingPosition: Int {
        document.text.bodyOffset(of: layout.anchor(ofLine: top))
    }

    /// Scrolls to body offset `offset` (the top for 0), in a pane `height` lines tall.
    public mutating func scroll(toReadingPosition offset: Int, height: Int) {
        top = offset > 0 ? layout.line(showing: document.text.anchor(atBody: offset)) : 0
        clampScroll(height: height)
    }

    /// The first line of quote `index`.
    public func line(ofQuote index: Int) -> Int {
        let quote = document.quotes[index]
        return layout.line(showing: ArticleLayout.Anchor(block: quote.block, glyph: quote.glyphs.lowerBound))
    }

    /// The index of the quote drawn at `column` (counted from where the text starts) of line
    /// `line` of the pane, if a quote is drawn there.
    public func quote(atLine line: Int, column: Int) -> Int? {
        let index = top + line
        guard column >= 0, (0..<layout.lineCount).contains(index) else { return nil }
        let shown = layout.line(index)
        let glyphs = layout.glyphs(ofBlock: shown.block)
        var end = 0
        for glyph in shown.glyphs {
            end += Int(glyphs[glyph].width)
            if column < end { return document.quotes.firstIndex { $0.contains(block: shown.block, glyph: glyph) } }
        }
        return nil
    }

    /// Whether glyph `glyph` of block `block` belongs to the current quote.
    public func isInCurrentQuote(block: Int, glyph: Int) -> Bool {
        guard let currentQuote else { return false }
        return document.quotes[currentQuote].contains(block: block, glyph: glyph)
    }
}
