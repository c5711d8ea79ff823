/// Where the glyphs of a block start in its text, as Unicode scalar offsets: the way between
/// a glyph index and a scalar offset.
enum GlyphOffsets {
    /// A plain block (`PlainScalar`): glyph `n` is scalar `n`, of `count`.
    case plain(count: Int)
    /// The scalar offset where each glyph starts, ascending.
    case starts([Int])

    /// The number of glyphs.
    var count: Int {
        switch self {
        case .plain(let count): count
        case .starts(let starts): starts.count
        }
    }

    /// The scalar offset where glyph `glyph` starts (the nearest glyph's when out of range; 0
    /// in an empty block).
    func scalar(ofGlyph glyph: Int) -> Int {
        let index = min(max(0, glyph), count - 1)
        guard index >= 0 else { return 0 }
        switch self {
        case .plain: return index
        case .starts(let starts): return starts[index]
        }
    }

    /// The index of the glyph that contains scalar `offset` (the last glyph past the end).
    func glyph(atScalar offset: Int) -> Int {
        switch self {
        case .plain(let count): return max(0, min(offset, count - 1))
        case .starts(let starts): return ArticleDocument.glyphIndex(atScalar: offset, in: starts)
        }
    }

    /// The last glyph at or after `from` that starts at or before scalar `offset` (`from` when
    /// none does): for lookups whose offsets only grow.
    func glyph(atScalar offset: Int, from: Int) -> Int {
        switch self {
        case .plain(let count): return max(from, min(offset, count - 1))
        case .starts(let starts): return DocumentText.lastIndex(in: starts, notAbove: offset, from: from)
        }
    }
}
