/// One grapheme cluster of article text, made inert, measured and given its role.
public struct StyledGlyph: Hashable, Sendable {
    public var character: Character
    /// Display columns (1 or 2).
    public var width: UInt8
    public var role: Role

    public init(character: Character, width: UInt8, role: Role) {
        self.character = character
        self.width = width
        self.role = role
    }

    /// Whether the glyph is a space a line may break at.
    public var isSpace: Bool { character == " " || character == "\n" }
}
