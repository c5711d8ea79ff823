/// What `TextWrapper` needs to know of one unit of text (a glyph) to break lines.
public protocol WrapUnit {
    /// Display columns the unit takes.
    var columns: Int { get }
    /// Whether a line may break at the unit (it is dropped at a break).
    var isSpace: Bool { get }
    /// Whether a Chinese or Japanese line may not start with the unit (`、。」`).
    var isNoLineStart: Bool { get }
}

extension Glyph: WrapUnit {
    public var columns: Int { Int(width) }
    public var isNoLineStart: Bool { TextWrapper.noLineStart.contains(character) }
}
