import ArticleAnalysis

/// The text of an article document as one searchable string (title, byline and paragraphs
/// joined by blank lines), and the way between its Unicode scalar offsets and glyphs.
///
/// The search index is built on the first search, not when the article opens; each keystroke
/// of a search then only scans.
public struct DocumentText: Sendable {
    /// The blocks, for their text and their glyphs' offsets.
    let blocks: [ArticleDocument.Block]
    /// Where each block starts in the text, as a scalar offset.
    let blockStarts: [Int]
    /// The first paragraph block: body offsets count from its start.
    let firstParagraph: Int
    /// The search index, once built.
    private let searchIndex: SearchIndexCache

    /// The text of `blocks`.
    init(blocks: [ArticleDocument.Block]) {
        var starts: [Int] = []
        starts.reserveCapacity(blocks.count)
        var offset = 0
        for (position, block) in blocks.enumerated() {
            if position > 0 && block.kind != .continuation { offset += 2 }
            starts.append(offset)
            offset += block.scalarCount
        }
        self.blocks = blocks
        blockStarts = starts
        firstParagraph = blocks.firstIndex { $0.kind == .paragraph } ?? blocks.count
        searchIndex = SearchIndexCache()
    }

    /// The matcher over the whole text, built on first use.
    public var index: TextSearchIndex {
        searchIndex.index {
            var text = ""
            for (position, block) in blocks.enumerated() {
                if position > 0 && block.kind != .continuation { text += "\n\n" }
                text += block.text
            }
            return text
        }
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
        var offsets = blocks.first?.glyphOffsets ?? .plain(count: 0)
        func anchor(at offset: Int) -> ArticleLayout.Anchor {
            let nextBlock = DocumentText.lastIndex(in: blockStarts, notAbove: offset, from: block)
            if nextBlock != block {
                block = nextBlock
                glyph = 0
                offsets = blocks[block].glyphOffsets
            }
            glyph = offsets.glyph(atScalar: offset - blockStarts[block], from: glyph)
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
        return ArticleLayout.Anchor(block: block, glyph: blocks[block].glyphOffsets.glyph(atScalar: local))
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
        let local = blocks[anchor.block].glyphOffsets.scalar(ofGlyph: anchor.glyph)
        return blockStarts[anchor.block] + local - blockStarts[firstParagraph]
    }

    /// The place of body offset `offset`: the glyph that contains it.
    public func anchor(atBody offset: Int) -> ArticleLayout.Anchor {
        guard firstParagraph < blockStarts.count else { return ArticleLayout.Anchor(block: 0, glyph: 0) }
        return anchor(atText: blockStarts[firstParagraph] + max(0, offset))
    }
}

extension DocumentText: Hashable {
    /// Two texts are equal when their blocks are: everything else is derived from them.
    public static func == (lhs: DocumentText, rhs: DocumentText) -> Bool {
        lhs.blocks == rhs.blocks
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(blockStarts)
    }
}
