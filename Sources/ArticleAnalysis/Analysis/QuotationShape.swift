/// What a quoted piece looks like from the inside: how many words, whether it reads like a
/// title ("Saturday Night Live"), whether it carries sentence punctuation.
///
/// Used to tell quoted speech from quoted titles and scare quotes when no cue sits right next
/// to the quote.
struct QuotationShape {
    /// The number of words inside the marks.
    var words = 0
    /// Whether every word but short function words starts with a capital.
    var isTitleLike = true
    /// Whether a `!` or `?` appears inside.
    var hasExclamationOrQuestion = false
    /// Whether the text ends with `.`, `,`, `!` or `?` inside the closing mark.
    var endsWithPunctuation = false

    /// The fewest words a quote needs to count as speech on its length alone.
    static let speechWords = 4
    /// The most words a title may have.
    static let titleWords = 8

    init(of piece: QuoteFinder.Piece, in text: TokenText) {
        var last: Token?
        for index in (piece.firstToken + 1)..<max(piece.firstToken + 1, piece.lastToken) {
            let token = text.tokens[index]
            last = token
            switch token.kind {
            case .word:
                words += 1
                if !token.isCapitalized, !text.isWord(index, .preposition), !text.isWord(index, .determiner),
                    !text.isWord(index, .and), !text.isWord(index, .be)
                {
                    isTitleLike = false
                }
            case .punctuation:
                if token.isPunctuation("!") || token.isPunctuation("?") { hasExclamationOrQuestion = true }
            default:
                break
            }
        }
        if let last, piece.isClosed {
            endsWithPunctuation =
                last.isPunctuation(".") || last.isPunctuation(",") || last.isPunctuation("!")
                || last.isPunctuation("?")
        }
        if words == 0 { isTitleLike = false }
    }

    /// Whether the piece reads as speech without a cue right next to it.
    var readsAsSpeech: Bool {
        if isTitleLike { return words > Self.titleWords }
        if words >= Self.speechWords || hasExclamationOrQuestion { return true }
        return endsWithPunctuation && words >= 2
    }
}
