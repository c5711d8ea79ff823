/// One word, number, punctuation mark, quote mark or line break of an analysed text.
///
/// A token knows where it is twice: in Unicode scalars (`start`, `end`: the offsets the
/// analyser reports) and in UTF-8 bytes (`byteStart`, `byteEnd`: where `TokenText` reads its
/// letters). Words carry a hash of their lower-case form so that lexicon look-ups never build a
/// `String`.
struct Token: Sendable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        /// Letters, digits and the apostrophes, hyphens and dots inside them.
        case word
        /// A double quote mark of any style (`"`, `“`, `”`, `„`, `«`, `»`, `「`, `」`, ...).
        case quoteMark
        /// A line break; two or more in a row still make one token.
        case lineBreak
        /// Any other symbol: `.`, `,`, `:`, `’` outside a word, dashes, brackets.
        case punctuation
    }

    /// For a word, `WordHash` of its lower-case form; for other tokens, the scalar's value.
    var key: UInt64
    // Offsets are stored in 32 bits (articles are at most 64 MB), and the fields are declared
    // in this order, to keep a token at 32 bytes.
    private var storedStart: UInt32
    private var storedEnd: UInt32
    private var storedByteStart: UInt32
    private var storedByteEnd: UInt32
    /// What the lexicon knows about a word (empty for other tokens).
    var info: WordInfo
    var kind: Kind
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool

    init(
        start: Int, end: Int, byteStart: Int, byteEnd: Int, kind: Kind, isCapitalized: Bool, key: UInt64,
        info: WordInfo = WordInfo(classes: [], cue: nil)
    ) {
        self.key = key
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        storedByteStart = UInt32(truncatingIfNeeded: byteStart)
        storedByteEnd = UInt32(truncatingIfNeeded: byteEnd)
        self.info = info
        self.kind = kind
        self.isCapitalized = isCapitalized
    }

    /// The first scalar's offset.
    var start: Int { Int(storedStart) }

    /// The offset after the last scalar.
    var end: Int { Int(storedEnd) }

    /// The first UTF-8 byte's offset.
    var byteStart: Int { Int(storedByteStart) }

    /// The offset after the last UTF-8 byte.
    var byteEnd: Int { Int(storedByteEnd) }

    /// Moves the end of a line-break token to the end of a later line break.
    mutating func extend(toEnd end: Int, byteEnd: Int) {
        storedEnd = UInt32(truncatingIfNeeded: end)
        storedByteEnd = UInt32(truncatingIfNeeded: byteEnd)
    }

    /// Whether the token is the punctuation mark `scalar`.
    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && key == UInt64(scalar.value)
    }

    /// Whether the token is an en, em or horizontal-bar dash (–, —, ―): one that may open or
    /// close dialogue.
    var isLongDash: Bool {
        kind == .punctuation && (key == 0x2013 || key == 0x2014 || key == 0x2015)
    }

    /// Whether the token is a dash: a long one or a hyphen standing alone.
    var isDash: Bool { isLongDash || isPunctuation("-") }

    /// Whether the token ends a sentence (`.`, `!`, `?`, `…`, and the ideographic and
    /// full-width `。`, `！`, `？`) or a paragraph.
    var isSentenceEnd: Bool {
        switch kind {
        case .lineBreak:
            return true
        case .punctuation:
            return key == 0x2E || key == 0x21 || key == 0x3F || key == 0x2026 || key == 0x3002 || key == 0xFF01
                || key == 0xFF1F
        default:
            return false
        }
    }
}
