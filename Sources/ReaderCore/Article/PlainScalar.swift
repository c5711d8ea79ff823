/// A Unicode scalar of plain text: one that is a grapheme cluster on its own, one column
/// wide, and shown as itself (Latin letters, digits, punctuation, dashes and curly quotes).
///
/// Most article text is made only of these, so a block of them is wrapped by scalars, without
/// grapheme segmentation or width look-ups, and glyph `n` of it is scalar `n`.
struct PlainScalar: WrapUnit {
    let isSpace: Bool
    var columns: Int { 1 }
    var isNoLineStart: Bool { false }

    /// The unit of `scalar` if it is plain, else `nil`.
    @inline(__always)
    init?(_ scalar: Unicode.Scalar) {
        guard PlainScalar.isPlain(scalar) else { return nil }
        isSpace = scalar == " " || scalar == "\n"
    }

    /// Whether `scalar` is plain: printable ASCII or the line feed, Latin-1 and Latin Extended
    /// letters and spacing modifiers (U+00A0–U+02FF but the soft hyphen), and the dashes,
    /// quotation marks and punctuation of U+2010–U+2027 and U+2030–U+205E. None of these joins
    /// a neighbour into one grapheme cluster, `InertText` keeps each, and each takes one column
    /// (`PlainScalarTests` checks every one against the general path).
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x0A: return true
        case 0xA0...0x2FF: return scalar.value != 0xAD
        case 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    /// The units of `text` when every scalar of it is plain, else `nil`.
    static func units<Text: StringProtocol>(of text: Text) -> [PlainScalar]? {
        var units: [PlainScalar] = []
        units.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let unit = PlainScalar(scalar) else { return nil }
            units.append(unit)
        }
        return units
    }
}
