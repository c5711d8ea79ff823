/// An article document wrapped to a width: the lines the article pane scrolls through.
///
/// Made once per width (on open and on resize), never per frame.
public struct ArticleLayout: Hashable, Sendable {
    /// One screen line: a glyph range of a block, or a blank line between blocks.
    public struct Line: Hashable, Sendable {
        public var block: Int
        public var glyphs: Range<Int>
    }

    /// A place in the document that survives re-wrapping: a block and a glyph in it.
    public struct Anchor: Hashable, Sendable {
        public var block: Int
        public var glyph: Int
    }

    /// The text width in columns.
    public let width: Int
    public let lines: [Line]

    /// `document` wrapped to `width` columns: title, byline, a blank line, then the
    /// paragraphs separated by blank lines.
    public init(document: ArticleDocument, width: Int) {
        self.width = width
        var lines: [Line] = []
        for (index, block) in document.blocks.enumerated() {
            if block.kind == .paragraph, !lines.isEmpty {
                lines.append(Line(block: index, glyphs: 0..<0))
            }
            for range in TextWrapper.lines(of: block.glyphs, width: width) {
                lines.append(Line(block: index, glyphs: range))
            }
        }
        self.lines = lines
    }

    /// The place shown by line `index`.
    public func anchor(ofLine index: Int) -> Anchor {
        guard !lines.isEmpty else { return Anchor(block: 0, glyph: 0) }
        let line = lines[min(max(0, index), lines.count - 1)]
        return Anchor(block: line.block, glyph: line.glyphs.lowerBound)
    }

    /// The line that shows `anchor` (the first line of its block at or before the glyph).
    public func line(showing anchor: Anchor) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            let line = lines[middle]
            if line.block < anchor.block || (line.block == anchor.block && line.glyphs.lowerBound <= anchor.glyph) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return max(0, low - 1)
    }
}
