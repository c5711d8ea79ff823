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
    /// Whether a sentence ends inside, before the last word ("The Donald. Big Daddy.").
    var hasInnerSentenceEnd = false
    /// Whether the first word starts with a lower-case letter (a fragment: “a disaster”).
    var startsLowercase = false
    /// Whether Japanese marks the piece as reported: the quotative particle と follows the
    /// closing mark (「…」と述べた), or a sentence that announces it comes right before
    /// (…はこう語った。「…」); what is quoted is then what someone said or wrote.
    var isReportedInJapanese = false
    /// What follows と when it names rather than reports: 「…」と名付けられ, と呼ばれる, という.
    static let namingAfterQuotative = ["\u{3068}\u{540D}", "\u{3068}\u{547C}", "\u{3068}\u{3044}\u{3046}"]
    /// The quotative と with a verb that calls on someone (と呼びかけた), which reports speech
    /// although it opens like a verb that names (と呼ぶ).
    static let appealAfterQuotative = "\u{3068}\u{547C}\u{3073}\u{304B}\u{3051}"

    /// Whether the token `after` (starting with と) reports the quote before it rather than
    /// naming it.
    static func isReportingAfterQuotative(_ after: String) -> Bool {
        after.hasPrefix(appealAfterQuotative) || !namingAfterQuotative.contains(where: { after.hasPrefix($0) })
    }

    /// The fewest words a lower-case fragment needs to count as speech on its own.
    static let fragmentWords = 7

    /// The fewest words a quote needs to count as speech on its length alone.
    static let speechWords = 4
    /// The most words a title may have.
    static let titleWords = 8

    init(of piece: QuoteFinder.Piece, in text: borrowing TokenText) {
        var last: Token?
        for index in (piece.firstToken + 1)..<max(piece.firstToken + 1, piece.lastToken) {
            let token = text.tokens[index]
            defer { last = token }
            switch token.kind {
            case .word:
                if words == 0 { startsLowercase = TextScanner.isLowercase(text.scalar(atByte: token.byteStart)) }
                if let previous = last, previous.kind == .punctuation, words > 0, text.endsSentence(index - 1) {
                    hasInnerSentenceEnd = true
                }
                words += 1
                if !token.isCapitalized, !text.isWord(index, .preposition), !text.isWord(index, .determiner),
                    !text.isWord(index, .and), !text.isWord(index, .be)
                {
                    isTitleLike = false
                }
            case .punctuation:
                if token.isPunctuation("!") || token.isPunctuation("?") || token.isPunctuation("\u{FF01}")
                    || token.isPunctuation("\u{FF1F}")
                {
                    hasExclamationOrQuestion = true
                }
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
        let after = piece.lastToken + 1
        if piece.isClosed, after < text.tokens.count, text.tokens[after].kind == .word,
            text.tokens[after].start == text.tokens[piece.lastToken].end,
            text.scalar(atByte: text.tokens[after].byteStart) == "\u{3068}",
            Self.isReportingAfterQuotative(text.text(after, after))
        {
            isReportedInJapanese = true
        }
        // A sentence that announces it ("…はこう語った。「…」") reports it as well.
        if text.language == .japanese, JapaneseQuotatives.introduction(of: piece, in: text) != nil {
            isReportedInJapanese = true
        }
    }

    /// Whether the piece reads as speech without a cue right next to it; `embedded` says it
    /// follows a word mid-sentence, `attributed` that a cue in its sentence introduces it.
    func readsAsSpeech(embedded: Bool, attributed: Bool) -> Bool {
        if hasExclamationOrQuestion || hasInnerSentenceEnd || isReportedInJapanese { return true }
        if isTitleLike { return words > Self.titleWords }
        // A name given mid-sentence, in any language: "the slogan «Carta per il futuro»", "the
        // campaign “Pier Watch Now”" (no sentence ends inside, no cue reports it).
        if embedded, !attributed, !endsWithPunctuation, !hasInnerSentenceEnd, !startsLowercase,
            words <= Self.titleWords
        {
            return false
        }
        if startsLowercase, embedded, !attributed, words < Self.fragmentWords { return false }
        if words >= Self.speechWords { return true }
        return endsWithPunctuation && words >= 2
    }
}
