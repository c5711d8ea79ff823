/// An article document wrapped to a width: the lines the article pane scrolls through.
///
/// Made once per width (on open and on resize), never per frame, and lazily, as `less` does:
/// making it counts the lines of every block (a plain block by its scalars, without making
/// glyphs), and the glyphs and line breaks of a block are made when a line of it is asked for,
/// kept for the blocks shown last (`LaidOutBlocks`). So opening a long article costs a pass
/// over its text and memory for the blocks on screen, not a glyph for every character.
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
    /// The number of lines.
    public let lineCount: Int
    /// The index of each block's first line (its blank line, for a paragraph after the first line).
    private let blockStarts: [Int]
    /// The blocks, laid out on demand.
    private let blocks: LaidOutBlocks

    /// `document` wrapped to `width` columns: title, byline, a blank line, then the
    /// paragraphs separated by blank lines.
    public init(document: ArticleDocument, width: Int) {
        self.width = width
        blocks = LaidOutBlocks(blocks: document.blocks, width: width)
        var starts: [Int] = []
        starts.reserveCapacity(document.blocks.count)
        var count = 0
        for (index, block) in document.blocks.enumerated() {
            starts.append(count)
            if block.kind == .paragraph && count > 0 { count += 1 }
            count += blocks.lineCount(ofBlock: index)
        }
        blockStarts = starts
        lineCount = count
    }

    /// Line `index` (`0..<lineCount`).
    public func line(_ index: Int) -> Line {
        let block = ArticleLayout.lastIndex(in: blockStarts, notAbove: index)
        var local = index - blockStarts[block]
        if hasBlankLine(block) {
            if local == 0 { return Line(block: block, glyphs: 0..<0) }
            local -= 1
        }
        return Line(block: block, glyphs: blocks.lines(ofBlock: block)[local])
    }

    /// The glyphs of block `block`, for drawing its lines.
    public func glyphs(ofBlock block: Int) -> [Glyph] {
        blocks.glyphs(ofBlock: block)
    }

    /// The number of blocks whose glyphs have been made so far.
    var laidOutBlockCount: Int { blocks.laidOutCount }

    /// The place shown by line `index`.
    public func anchor(ofLine index: Int) -> Anchor {
        guard lineCount > 0 else { return Anchor(block: 0, glyph: 0) }
        let line = line(min(max(0, index), lineCount - 1))
        return Anchor(block: line.block, glyph: line.glyphs.lowerBound)
    }

    /// The line that shows `anchor` (the first line of its block at or before the glyph).
    public func line(showing anchor: Anchor) -> Int {
        guard anchor.block >= 0 else { return 0 }
        guard anchor.block < blockStarts.count else { return max(0, lineCount - 1) }
        let ranges = blocks.lines(ofBlock: anchor.block)
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= anchor.glyph { low = middle + 1 } else { high = middle }
        }
        let blank = hasBlankLine(anchor.block) ? 1 : 0
        // Before the block's first line: the line before it, as a search over every line finds.
        return max(0, blockStarts[anchor.block] + blank + low - 1)
    }

    /// Whether block `block` starts with a blank line (a paragraph that is not the first line).
    private func hasBlankLine(_ block: Int) -> Bool {
        blocks.kind(ofBlock: block) == .paragraph && blockStarts[block] > 0
    }

    /// The last index of ascending `values` whose value is at most `value` (0 when none is).
    private static func lastIndex(in values: [Int], notAbove value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }
}

extension ArticleLayout {
    /// Two layouts are equal when they wrap the same blocks to the same width into the same lines.
    public static func == (lhs: ArticleLayout, rhs: ArticleLayout) -> Bool {
        lhs.width == rhs.width && lhs.blockStarts == rhs.blockStarts && lhs.lineCount == rhs.lineCount
            && (lhs.blocks === rhs.blocks || lhs.blocks.blocks == rhs.blocks.blocks)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(lineCount)
    }
}
