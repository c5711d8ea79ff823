import Foundation

/// The blocks of a document wrapped to a width on demand: the line count of every block, and
/// the glyphs and line breaks of the blocks asked for last.
///
/// A memo shared by the copies of one `ArticleLayout`: what it returns is a function of the
/// blocks and the width alone, so the screen stays a function of the reader's state. It keeps
/// the blocks last asked for up to `keptGlyphs` glyphs (always the last one), so its memory is
/// about a screen's worth of text however long the article is.
final class LaidOutBlocks: @unchecked Sendable {
    /// One block's glyphs and the glyph ranges of its lines.
    private struct Entry {
        var glyphs: [Glyph]
        var lines: [Range<Int>]
    }

    /// How many glyphs the kept blocks may hold together (a few thousand screens of text).
    static let keptGlyphs = 1 << 20

    let blocks: [ArticleDocument.Block]
    let width: Int
    private let lock = NSLock()
    // Guarded by `lock`.
    private var kept: [Int: Entry] = [:]
    /// The kept blocks, oldest first from `orderStart`.
    private var order: [Int] = []
    private var orderStart = 0
    private var keptCount = 0
    private var made = 0

    init(blocks: [ArticleDocument.Block], width: Int) {
        self.blocks = blocks
        self.width = width
    }

    /// The kind of block `block`.
    func kind(ofBlock block: Int) -> ArticleDocument.BlockKind {
        blocks[block].kind
    }

    /// The number of lines of block `block`: a plain block is wrapped by its scalars, any other
    /// laid out (and not kept).
    func lineCount(ofBlock block: Int) -> Int {
        if blocks[block].isPlain, let units = PlainScalar.units(of: blocks[block].text) {
            return TextWrapper.lines(of: units, width: width).count
        }
        let count = TextWrapper.lines(of: blocks[block].glyphs, width: width).count
        lock.lock()
        made += 1
        lock.unlock()
        return count
    }

    /// The glyph ranges of the lines of block `block`.
    func lines(ofBlock block: Int) -> [Range<Int>] {
        entry(block).lines
    }

    /// The glyphs of block `block`.
    func glyphs(ofBlock block: Int) -> [Glyph] {
        entry(block).glyphs
    }

    /// The number of blocks laid out so far (a block laid out again after it was dropped counts again).
    var laidOutCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    /// Block `block` laid out, from the kept ones or made now.
    private func entry(_ block: Int) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let entry = kept[block] { return entry }
        let glyphs = blocks[block].glyphs
        let entry = Entry(glyphs: glyphs, lines: TextWrapper.lines(of: glyphs, width: width))
        made += 1
        kept[block] = entry
        order.append(block)
        keptCount += glyphs.count
        while keptCount > LaidOutBlocks.keptGlyphs, order.count - orderStart > 1 {
            keptCount -= kept.removeValue(forKey: order[orderStart])?.glyphs.count ?? 0
            orderStart += 1
        }
        if orderStart > 1024 && orderStart * 2 > order.count {
            order.removeFirst(orderStart)
            orderStart = 0
        }
        return entry
    }
}
