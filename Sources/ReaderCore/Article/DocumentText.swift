import ArticleAnalysis

/// The text of an article document as one searchable string (title, byline and paragraphs
/// joined by blank lines), and the way between its Unicode scalar offsets and glyphs.
///
/// Built once when an article opens, so that each keystroke of a search only scans.
public struct DocumentText: Sendable {
    /// The matcher over the whole text.
    public let index: TextSearchIndex
    /// Where each block starts in the text, as a scalar offset.
    let blockStarts: [Int]
    /// For each block, where each of its glyphs starts, as a scalar offset into the block.
    let glyphStarts: [[Int]]
    /// The first paragraph block: body offsets count from its start.
    let firstParagraph: Int

    /// The text of `blocks` (each block's text, with the scalar offset of each glyph in it).
    init(blocks: [(kind: ArticleDocument.BlockKind, text: String, glyphStarts: [Int])]) {
        var text = ""
        var starts: [Int] = []
        var offset = 0
        for (position, block) in blocks.enumerated() {
            if position > 0 {
                text += "\n\n"
                offset += 2
            }
            starts.append(offset)
            text += block.text
            offset += block.text.unicodeScalars.count
        }
        index = TextSearchIndex(text: text)
        blockStarts = starts
        glyphStarts = blocks.map(\.glyphStarts)
        firstParagraph = blocks.firstIndex { $0.kind == .paragraph } ?? blocks.count
    }

    /// Every match of `pattern`, in text order.
    public func hits(of pattern: String, regex: Bool) throws(SearchPatternError) -> [SearchHit] {
        hits(of: try index.matches(of: pattern, regex: regex))
    }

    /// Every match of any of `terms` (plain patterns), in text order, overlaps dropped.
    public func hits(ofAny terms: [String]) -> [SearchHit] {
        var ranges: [Range<Int>] = []
        for term in terms { ranges += (try? index.matches(of: term, regex: false)) ?? [] }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var kept: [Range<Int>] = []
        for range in ranges where range.lowerBound >= (kept.last?.upperBound ?? 0) { kept.append(range) }
        return hits(of: kept)
    }

    /// The glyph anchors of text ranges in text order, not overlapping.
    ///
    /// The offsets only grow, so each lookup gallops forward from the last one: dense matches
    /// (a one-letter pattern) cost a step each, sparse ones a short binary search.
    private func hits(of ranges: [Range<Int>]) -> [SearchHit] {
        var block = 0
        var glyph = 0
        func anchor(at offset: Int) -> ArticleLayout.Anchor {
            let nextBlock = DocumentText.lastIndex(in: blockStarts, notAbove: offset, from: block)
            if nextBlock != block {
                block = nextBlock
                glyph = 0
            }
            glyph = DocumentText.lastIndex(in: glyphStarts[block], notAbove: offset - blockStarts[block], from: glyph)
            return ArticleLayout.Anchor(block: block, glyph: glyph)
        }
        var hits: [SearchHit] = []
        hits.reserveCapacity(ranges.count)
        for range in ranges where !range.isEmpty {
            let start = anchor(at: range.lowerBound)
            let last = anchor(at: range.upperBound - 1)
            hits.append(SearchHit(start: start, end: ArticleLayout.Anchor(block: last.block, glyph: last.glyph + 1)))
        }
        return hits
    }

    /// The last index at or after `from` whose value is at most `value` (`from` when none is),
    /// in ascending `values`: an exponential search forward, then a binary search.
    static func lastIndex(in values: [Int], notAbove value: Int, from: Int) -> Int {
        guard from + 1 < values.count, values[from + 1] <= value else { return from }
        var low = from + 1
        var step = 1
        while low + step < values.count && values[low + step] <= value {
            low += step
            step *= 2
        }
        var high = min(values.count, low + step)
        low += 1
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// The glyph that contains text offset `offset`.
    func anchor(atText offset: Int) -> ArticleLayout.Anchor {
        let block = max(0, blockIndex(atText: offset))
        let local = max(0, offset - blockStarts[block])
        return ArticleLayout.Anchor(
            block: block, glyph: ArticleDocument.glyphIndex(atScalar: local, in: glyphStarts[block]))
    }

    /// The block containing text offset `offset` (a blank line between blocks belongs to the one before).
    private func blockIndex(atText offset: Int) -> Int {
        var low = 0
        var high = blockStarts.count
        while low < high {
            let middle = (low + high) / 2
            if blockStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// The body offset (a Unicode scalar offset into the stored body) of a place: 0 for the
    /// title and byline.
    public func bodyOffset(of anchor: ArticleLayout.Anchor) -> Int {
        guard anchor.block >= firstParagraph, anchor.block < blockStarts.count else { return 0 }
        let starts = glyphStarts[anchor.block]
        let local = starts.isEmpty ? 0 : starts[min(max(0, anchor.glyph), starts.count - 1)]
        return blockStarts[anchor.block] + local - blockStarts[firstParagraph]
    }

    /// The place of body offset `offset`: the glyph that contains it.
    public func anchor(atBody offset: Int) -> ArticleLayout.Anchor {
        guard firstParagraph < blockStarts.count else { return ArticleLayout.Anchor(block: 0, glyph: 0) }
        return anchor(atText: blockStarts[firstParagraph] + max(0, offset))
    }
}

extension DocumentText: Hashable {
    /// Two texts are equal when their strings are: everything else is derived from the blocks.
    public static func == (lhs: DocumentText, rhs: DocumentText) -> Bool {
        lhs.blockStarts == rhs.blockStarts && lhs.glyphStarts == rhs.glyphStarts && lhs.index.text == rhs.index.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(blockStarts)
        hasher.combine(index.text.unicodeScalars.count)
    }
}
