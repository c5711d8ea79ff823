import ArticleAnalysis

/// A frame of the reader: rows of styled cells, what a terminal adapter paints.
///
/// Writing never goes past the column limit it is given: a wide glyph that would straddle
/// it is replaced by a blank, so nothing is drawn across a pane border.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// The cells, row after row.
    public private(set) var cells: [Glyph]
    /// Where the terminal's cursor goes, if it is shown (a prompt's insertion point).
    public var cursor: ScreenCursor?

    /// A screen of blank `text` cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(.text), count: self.width * self.height)
    }

    /// The cell at a position.
    public subscript(row: Int, column: Int) -> Glyph {
        cells[row * width + column]
    }

    /// Draws `character` (`width` columns) at a position if it fits before `limit`;
    /// returns the column after it. A glyph that does not fit leaves blanks up to `limit`.
    @discardableResult
    public mutating func put(
        _ character: Character, width glyphWidth: Int, role: Role, row: Int, column: Int, limit: Int
    )
        -> Int
    {
        let limit = min(limit, width)
        guard row >= 0, row < height, column >= 0, column < limit else { return column + glyphWidth }
        if glyphWidth <= 0 { return column }
        if column + glyphWidth > limit {
            for blankColumn in column..<limit { set(.blank(role), row: row, column: blankColumn) }
            return column + glyphWidth
        }
        set(Glyph(character: character, width: UInt8(glyphWidth), role: role), row: row, column: column)
        for extra in 1..<max(1, glyphWidth) { set(.continuation(role), row: row, column: column + extra) }
        return column + glyphWidth
    }

    /// Writes `text` from `column`, control characters made visible, clipped at `limit`;
    /// returns the column after it.
    @discardableResult
    public mutating func write(_ text: String, role: Role, row: Int, column: Int, limit: Int) -> Int {
        var column = column
        for character in InertText.make(text) {
            if column >= limit { break }
            column = put(
                character, width: DisplayWidth.of(character), role: role, row: row, column: column, limit: limit)
        }
        return column
    }

    /// Fills columns `from..<to` of a row with blanks in `role`.
    public mutating func fill(_ role: Role, row: Int, from: Int, to: Int) {
        guard row >= 0, row < height else { return }
        for column in max(0, from)..<max(max(0, from), min(to, width)) { set(.blank(role), row: row, column: column) }
    }

    /// Stores a cell, first blanking any wide glyph it would cut in half.
    private mutating func set(_ cell: Glyph, row: Int, column: Int) {
        let index = row * width + column
        let old = cells[index]
        if old.isContinuation, column > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        } else if old.width == 2, column + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// The text of each row, continuation cells left out: each row is `width` columns wide.
    public var rows: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[row, column].isContinuation {
                line.append(self[row, column].character)
            }
            return line
        }
    }
}
