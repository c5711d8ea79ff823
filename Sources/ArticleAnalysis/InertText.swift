/// Makes text safe to send to a terminal by replacing every control character with a
/// visible, inert symbol, one scalar for one scalar so annotation offsets stay valid.
///
/// - C0 controls (except newline) and DEL become their Control Pictures (`␛` for ESC).
/// - C1 controls, bidirectional overrides and isolates, invisible format characters and
///   Unicode tag characters (U+E0000–E007F, invisible letters that can smuggle hidden text)
///   that can hide or reorder text become `�`.
/// - Zero-width joiners stay: emoji sequences need them and they cannot move the cursor.
public enum InertText {
    /// The symbol shown in place of a C1 control or a hidden formatting character.
    public static let hiddenCharacterSymbol: Unicode.Scalar = "\u{FFFD}"

    /// The visible replacement for `scalar`, or `scalar` itself when it is safe.
    @inline(__always)
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x0A:
            return scalar
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + value)!
        case 0x7F:
            return "\u{2421}"
        case 0x80..<0xA0, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
            0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return hiddenCharacterSymbol
        default:
            return scalar
        }
    }

    /// Whether `scalar` would be replaced by `visible(_:)` (`InertTextTests` checks every
    /// scalar against it).
    ///
    /// Plain comparisons, most common scalars first: every output (a whole `show --format
    /// json` of a large article) is scanned with it, and the range patterns of `visible`
    /// made that scan most of the command's time.
    @inline(__always)
    public static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0xA0 { return value < 0x20 ? value != 0x0A : value >= 0x7F }
        if value < 0x061C { return false }
        if value < 0x200B { return value == 0x061C }
        if value < 0x2070 {
            return value <= 0x200B || value == 0x200E || value == 0x200F || (value >= 0x202A && value <= 0x202E)
                || (value >= 0x2060 && value != 0x2065 && value <= 0x2069)
        }
        if value < 0xFEFF { return false }
        if value < 0xE0000 { return value == 0xFEFF || (value >= 0xFFF9 && value <= 0xFFFB) }
        return value <= 0xE007F
    }

    /// `text` with every unsafe scalar replaced; the same string when nothing needs it.
    public static func make(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var result = String.UnicodeScalarView()
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { result.append(visible(scalar)) }
        return String(result)
    }
}
