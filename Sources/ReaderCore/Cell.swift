/// One character cell of a `Screen`: a grapheme cluster, its display width and its role.
///
/// A glyph two columns wide occupies its cell and the next one; the next one is a
/// continuation cell (width 0) that painters skip.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1 or 2 for a glyph, 0 for the right half of a wide glyph.
    public var width: UInt8
    public var role: Role

    public init(character: Character, width: UInt8, role: Role) {
        self.character = character
        self.width = width
        self.role = role
    }

    /// An empty cell drawn in `role`.
    public static func blank(_ role: Role) -> Cell {
        Cell(character: " ", width: 1, role: role)
    }

    /// The right half of a wide glyph drawn in `role`.
    static func continuation(_ role: Role) -> Cell {
        Cell(character: " ", width: 0, role: role)
    }

    /// Whether this cell is the right half of a wide glyph.
    public var isContinuation: Bool { width == 0 }
}
