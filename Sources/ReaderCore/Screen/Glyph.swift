/// A grapheme cluster, measured and given its role: a glyph of article text, or one cell of
/// a `Screen`.
///
/// A glyph two columns wide takes its cell and the next one; on a screen the next one is a
/// continuation cell (width 0) that painters skip.
public struct Glyph: Hashable, Sendable {
    public var character: Character
    /// Display columns: 1 or 2, or 0 for the right half of a wide glyph on a screen.
    public var width: UInt8
    public var role: Role

    public init(character: Character, width: UInt8, role: Role) {
        self.character = character
        self.width = width
        self.role = role
    }

    /// An empty cell drawn in `role`.
    public static func blank(_ role: Role) -> Glyph {
        Glyph(character: " ", width: 1, role: role)
    }

    /// The right half of a wide glyph drawn in `role`.
    static func continuation(_ role: Role) -> Glyph {
        Glyph(character: " ", width: 0, role: role)
    }

    /// Whether this cell is the right half of a wide glyph.
    public var isContinuation: Bool { width == 0 }

    /// Whether the glyph is a space a line may break at.
    public var isSpace: Bool { character == " " || character == "\n" }
}
