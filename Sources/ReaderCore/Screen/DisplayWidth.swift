/// Measures text in terminal display columns, the one measure every layout in Dateline uses.
///
/// A grapheme cluster is measured as a whole: East Asian wide and fullwidth characters and
/// emoji take two columns, combining marks and invisible format characters take none, and
/// everything else takes one. Control characters take none; article text reaches the screen
/// only after `InertText` has made them visible.
public enum DisplayWidth {
    /// The number of columns `character` takes on a terminal.
    @inline(__always)
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let base = of(first)
        if base != 1 { return base }
        let emojiBase = first.properties.isEmoji
        while let scalar = scalars.next() {
            // A text-default emoji followed by VS16 or a skin tone, or joined into a sequence
            // by a zero-width joiner, is drawn as an emoji.
            if emojiBase
                && (scalar.value == 0xFE0F || scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value))
            {
                return 2
            }
            if of(scalar) == 2 { return 2 }
        }
        return base
    }

    /// The number of columns `text` takes: the sum over its grapheme clusters.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of columns one Unicode scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        // Hangul medial vowels and final consonants join the preceding syllable.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// Whether `value` is East Asian Wide or Fullwidth.
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        for range in wideRanges where range.contains(value) { return true }
        return false
    }

    /// East Asian Wide and Fullwidth ranges outside the emoji blocks (emoji are decided by
    /// their presentation property instead).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
