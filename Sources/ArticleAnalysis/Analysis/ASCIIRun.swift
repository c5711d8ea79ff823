/// The ASCII letters and digits at a word's start, measured and hashed from one or two 8-byte
/// loads, with no loop over the letters.
///
/// Each 8-byte group is classified a byte at a time in parallel (SWAR): bit 7 of a byte says
/// whether it is a letter or digit; a letter's bit 7 shifted to bit 5 lowers its case.
struct ASCIIRun {
    /// How many bytes from the start are ASCII letters or digits, at most 16.
    let length: Int
    /// `WordHash` of those bytes in lower case.
    let hash: UInt64

    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Measures the run at `position` of `bytes`, which must hold 16 bytes from there.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) {
        let start = UnsafeRawPointer(bytes.baseAddress! + position)
        let (firstWord, firstLowered) = Self.classify(UInt64(littleEndian: start.loadUnaligned(as: UInt64.self)))
        let firstLength = (~firstWord & Self.high).trailingZeroBitCount &>> 3
        guard firstLength == 8 else {
            // Four words in five end within eight letters.
            length = firstLength
            hash = WordHash.ofASCII(firstLowered & Self.mask(bytes: firstLength), 0, length: firstLength)
            return
        }
        let (secondWord, secondLowered) = Self.classify(
            UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        let secondLength = (~secondWord & Self.high).trailingZeroBitCount &>> 3
        length = 8 &+ secondLength
        hash = WordHash.ofASCII(firstLowered, secondLowered & Self.mask(bytes: secondLength), length: length)
    }

    /// For each byte of `group`: bit 7 set when it is an ASCII letter or digit (all other bits
    /// clear), and the group with those letters in lower case.
    @inline(__always)
    private static func classify(_ group: UInt64) -> (word: UInt64, lowered: UInt64) {
        let low7 = group & ~high
        let folded = low7 | (ones &* 0x20)
        // A byte of at most 0x7F plus at most 0x50 never carries into the next byte, and
        // reaches 0x80 exactly when it was at least the bound.
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A)) & high
        let digit = (low7 &+ ones &* (0x80 - 0x30)) & ~(low7 &+ ones &* (0x7F - 0x39)) & high
        return ((letter | digit) & ~group, group | (letter &>> 2))
    }

    /// The low `bytes` bytes set (0 to 8).
    @inline(__always)
    private static func mask(bytes: Int) -> UInt64 {
        ~(UInt64.max << UInt64(truncatingIfNeeded: bytes &* 8))
    }
}
