/// One word, number, punctuation mark, quote mark or line break of an analysed text.
///
/// Offsets are Unicode scalar offsets (end exclusive). Words carry a hash of their lower-case
/// form so that lexicon look-ups never build a `String`.
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
    /// What the lexicon knows about a word (empty for other tokens).
    var info: WordInfo
    // Offsets are stored in 32 bits (articles are at most 64 MB) to keep a token at 24 bytes.
    private var storedStart: UInt32
    private var storedEnd: UInt32
    var kind: Kind
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool

    init(
        start: Int, end: Int, kind: Kind, isCapitalized: Bool, key: UInt64,
        info: WordInfo = WordInfo(classes: [], cue: nil)
    ) {
        self.key = key
        self.info = info
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
        self.kind = kind
        self.isCapitalized = isCapitalized
    }

    /// The first scalar's offset.
    var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(truncatingIfNeeded: newValue) }
    }

    /// The offset after the last scalar.
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
    }

    /// Whether the token is the punctuation mark `scalar`.
    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && key == UInt64(scalar.value)
    }

    /// Whether the token ends a sentence (`.`, `!`, `?`, `…`) or a paragraph.
    var isSentenceEnd: Bool {
        switch kind {
        case .lineBreak:
            return true
        case .punctuation:
            return key == 0x2E || key == 0x21 || key == 0x3F || key == 0x2026
        default:
            return false
        }
    }
}
