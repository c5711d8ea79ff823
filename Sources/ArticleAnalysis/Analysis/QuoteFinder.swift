/// Pairs quotation marks into quoted spans, one left-to-right pass over the tokens.
///
/// A mark opens when nothing is open and it is followed by text; it closes an open quotation
/// when it is a closing mark of that style preceded by text (French « … » may have inner
/// spaces). The same curly mark opening again inside a quotation nests (“… he calls “hell” …”).
/// Single marks (British ‘…’, Dutch '…') are quote marks only where `SingleMarkRoles` says
/// they may be, and an opening one needs a closing one later in its paragraph (or opens the
/// paragraph); inside a double quotation they are nested quotes, and double marks are nested
/// inside a single quotation. A quotation still open at a paragraph end continues when the
/// next paragraph re-opens it (each paragraph is then its own piece), else it ends with the
/// paragraph. Unpaired marks are skipped, so the pass stays linear on any input.
enum QuoteFinder {
    /// One quoted span: a whole quotation or one paragraph of a multi-paragraph quotation.
    struct Piece: Sendable, Equatable {
        /// Token index of the opening mark.
        var firstToken: Int
        /// Token index of the closing mark, or of the last token of an unclosed piece.
        var lastToken: Int
        /// Whether the piece ends with its closing mark.
        var isClosed: Bool
        /// Whether the piece continues the quotation of the piece before it (next paragraph).
        var continuesPrevious: Bool
        /// Whether dashes bound the piece instead of quote marks ("— Мы готовы, — сказал он").
        var isDialogue = false

        /// The tokens the piece quotes: all of it, but for a dialogue piece, not its dashes.
        var quotedTokens: ClosedRange<Int> {
            guard isDialogue else { return firstToken...lastToken }
            return (firstToken + 1)...(isClosed ? lastToken - 1 : lastToken)
        }
    }

    /// The quoted pieces of `text`, in text order; pieces without a word are dropped. Reads only
    /// the quote marks and line breaks (`TokenText.quotesAndBreaks`), which know how many words
    /// come before them.
    static func pieces(in text: TokenText) -> [Piece] {
        let tokens = text.tokens
        let entries = text.quotesAndBreaks
        let singles = SingleMarkRoles(text: text)
        var output = Output()
        // A piece takes two quote marks, and most entries are quote marks.
        output.pieces.reserveCapacity(entries.count / 2)
        var open: (token: Int, mark: QuoteMark, wordsBefore: Int)?
        var nesting = 0
        // Quotes of another style open inside the open one («… “…” …»).
        var innerDepth = 0
        // In a language that quotes with dashes, the last token of a dialogue paragraph: the
        // quote marks up to it are nested in the dialogue.
        let dashes = text.language != .english && text.language.reading { $0.quotesWithDashes }
        var dialogueEnd = -1
        if dashes {
            let dialogue = Self.dialogue(from: 0, in: text)
            output.pieces += dialogue.pieces
            if !dialogue.pieces.isEmpty { dialogueEnd = dialogue.last }
        }
        for (entryIndex, entry) in entries.enumerated() {
            let index = Int(entry.token)
            let words = Int(entry.wordsBefore)
            let token = tokens[index]
            if index <= dialogueEnd { continue }
            if token.kind == .lineBreak, open == nil, dashes, index + 1 < tokens.count {
                let dialogue = Self.dialogue(from: index + 1, in: text)
                output.pieces += dialogue.pieces
                if !dialogue.pieces.isEmpty {
                    dialogueEnd = dialogue.last
                    output.continuing = false
                    continue
                }
            }
            if token.kind == .lineBreak {
                guard let current = open else {
                    output.continuing = false
                    continue
                }
                output.emit(from: current.token, to: index - 1, closed: false, words: words - current.wordsBefore)
                open = nil
                nesting = 0
                innerDepth = 0
                if entryIndex + 1 < entries.count, Int(entries[entryIndex + 1].token) == index + 1,
                    let next = QuoteMark(text.scalar(atByte: tokens[index + 1].byteStart)), next.opens,
                    !next.isSingle || singles.role(entryIndex + 1).contains(.opens)
                {
                    output.continuing = true
                }
                continue
            }
            guard let mark = QuoteMark(text.scalar(atByte: token.byteStart)) else { continue }
            if mark.isSingle {
                let role = singles.role(entryIndex)
                if let current = open {
                    // Inside a double quotation a single mark is a nested quote or an apostrophe.
                    guard current.mark.isSingle else { continue }
                    if role.contains(.opens), role.contains(.closerFollows), mark.opens {
                        nesting += 1
                    } else if role.contains(.closes), mark.closes(current.mark),
                        !role.contains(.possessive) || !role.contains(.closerFollows) || role.contains(.openerNext)
                    {
                        if nesting > 0 {
                            nesting -= 1
                        } else {
                            output.emit(
                                from: current.token, to: index, closed: true, words: words - current.wordsBefore)
                            open = nil
                        }
                    }
                } else if mark.opens, role.contains(.opens),
                    role.contains(.closerFollows) || index == 0 || tokens[index - 1].kind == .lineBreak
                {
                    open = (index, mark, words)
                }
                continue
            }
            // Inside a single quotation a double mark is a nested quote.
            if let current = open, current.mark.isSingle { continue }
            let flanks = Flanks(around: token, in: text)
            if let current = open, current.mark.nests(mark) {
                // A quote nested in the open one: it never closes the outer quote.
                if mark.opens, flanks.spaceBefore || (flanks.textAfter && mark != .straight) {
                    innerDepth += 1
                } else if innerDepth > 0 {
                    innerDepth -= 1
                }
                continue
            }
            if let current = open {
                if mark == current.mark, mark != .straight, flanks.spaceBefore, flanks.textAfter {
                    nesting += 1
                } else if nesting > 0, mark.closes(current.mark), flanks.textBefore {
                    nesting -= 1
                } else if mark.closes(current.mark), flanks.textBefore || mark.allowsInnerSpace || !flanks.textAfter {
                    output.emit(from: current.token, to: index, closed: true, words: words - current.wordsBefore)
                    open = nil
                } else if mark.opens, flanks.spaceBefore, flanks.textAfter {
                    output.emit(from: current.token, to: index - 1, closed: false, words: words - current.wordsBefore)
                    open = (index, mark, words)
                    innerDepth = 0
                }
            } else if mark.opens, flanks.textAfter || mark.allowsInnerSpace, mark != .rightDouble || flanks.spaceBefore
            {
                open = (index, mark, words)
                innerDepth = 0
            } else {
                output.continuing = false
            }
        }
        if let current = open {
            output.emit(
                from: current.token, to: tokens.count - 1, closed: false, words: text.wordCount - current.wordsBefore)
        }
        return output.pieces
    }

    /// The quotations of the paragraph that starts at token `first` when it opens with a
    /// dialogue dash: from each dash that opens speech to the dash after its `,` `!` `?` or `…`
    /// ("— Мы готовы, — сказал он. — Начнём."), and `last`, the paragraph's last token. No
    /// pieces when the paragraph opens otherwise.
    static func dialogue(from first: Int, in text: TokenText) -> (pieces: [Piece], last: Int) {
        let tokens = text.tokens
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].kind != .lineBreak { last += 1 }
        guard first < last,
            let opening = tokens[first].isLongDash ? first : inlineDialogue(from: first, to: last, in: text)
        else { return ([], last) }
        var pieces: [Piece] = []
        var open: Int? = opening
        for index in (opening + 1)...last where tokens[index].isLongDash {
            let before = tokens[index - 1]
            if let start = open {
                // Russian puts a comma before the dash ("— Готовы, — сказал он"), Polish may not
                // ("– To błąd – stwierdził"): then a reporting verb follows.
                let endsSpeech =
                    before.isPunctuation(",") || before.isPunctuation("!") || before.isPunctuation("?")
                    || before.isPunctuation("\u{2026}")
                    || (before.kind == .word && index < last && tokens[index + 1].info.cue != nil)
                if endsSpeech, tokens[(start + 1)..<index].contains(where: { $0.kind == .word }) {
                    pieces.append(
                        Piece(
                            firstToken: start, lastToken: index, isClosed: true, continuesPrevious: false,
                            isDialogue: true))
                    open = nil
                }
            } else if index < last, before.isPunctuation(".") || before.isPunctuation(",") || before.isPunctuation(":")
            {
                open = index
            }
        }
        if let start = open, tokens[(start + 1)...last].contains(where: { $0.kind == .word }) {
            // "— …, raconte Élise Dumas.", "— …, a lancé une commerçante", "— …, a-t-elle
            // rétorqué": a comma before a reporting verb, after its auxiliary and inverted
            // pronoun, closes the speech.
            if let comma = ((start + 2)..<max(start + 2, last)).first(where: {
                tokens[$0].isPunctuation(",") && opensSpeechTag(after: $0, in: text)
            }) {
                pieces.append(
                    Piece(
                        firstToken: start, lastToken: comma, isClosed: true, continuesPrevious: false, isDialogue: true)
                )
            } else {
                pieces.append(
                    Piece(
                        firstToken: start, lastToken: last, isClosed: false, continuesPrevious: false, isDialogue: true)
                )
            }
        }
        return (pieces, last)
    }

    /// Whether a reporting verb follows the comma at `comma`, after at most an auxiliary and a
    /// pronoun ("…, raconte", "…, a lancé", "…, a elle rétorqué" once "a-t-elle" is cut).
    static func opensSpeechTag(after comma: Int, in text: TokenText) -> Bool {
        var index = comma + 1
        if text.isWord(index, .auxiliary) { index += 1 }
        if text.isWord(index, .personPronoun), index > comma + 1 { index += 1 }
        return index < text.tokens.count && text.tokens[index].info.cue == .speech
    }

    /// The dash that opens speech inside the paragraph `first...last` after a sentence of
    /// narration ("… więzienia. – To jasny sygnał – powiedział …"): one after a sentence end,
    /// with a later dash that a reporting verb follows; `nil` when there is none, or when a
    /// quote mark comes first (the paragraph is then read for its quote marks).
    static func inlineDialogue(from first: Int, to last: Int, in text: TokenText) -> Int? {
        let tokens = text.tokens
        var index = first + 1
        while index < last {
            if tokens[index].kind == .quoteMark { return nil }
            if tokens[index].isLongDash, tokens[index - 1].isSentenceEnd,
                ((index + 2)..<max(index + 2, last)).contains(where: {
                    tokens[$0].isLongDash && tokens[$0 + 1].info.cue == .speech
                })
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The pieces found so far and what the next one needs to know.
    private struct Output {
        var pieces: [Piece] = []
        /// Whether the next piece continues a quotation from the previous paragraph.
        var continuing = false

        /// Adds the piece `first...last`, which holds `words` words, unless it holds none.
        mutating func emit(from first: Int, to last: Int, closed: Bool, words: Int) {
            if words > 0, last > first {
                pieces.append(
                    Piece(firstToken: first, lastToken: last, isClosed: closed, continuesPrevious: continuing))
            }
            continuing = false
        }
    }

    /// What surrounds a quote mark: space or text on either side.
    struct Flanks {
        var spaceBefore: Bool
        var textBefore: Bool { !spaceBefore }
        var textAfter: Bool

        init(around mark: Token, in text: borrowing TokenText) {
            if mark.byteStart == 0 {
                spaceBefore = true
            } else {
                let before = text.scalar(beforeByte: mark.byteStart)
                switch before {
                case "(", "[", "{", "/", "\u{2013}", "\u{2014}":
                    spaceBefore = true
                default:
                    spaceBefore = TextScanner.isSpace(before) || TextScanner.isLineBreak(before)
                }
            }
            // After the text come the NULs that pad `text.utf8`: spaces.
            let after = text.scalar(atByte: mark.byteEnd)
            textAfter = !(TextScanner.isSpace(after) || TextScanner.isLineBreak(after))
        }
    }

    /// Token ranges between pairs of doubled apostrophes (`''like this''`, a typewriter
    /// convention of some news archives), paired within a paragraph.
    ///
    /// They are not reported as quotes, because `''` is also a typo and a unit mark, but cues
    /// inside them are the quoted speaker's words, never attributions of the article.
    static func apostropheQuotes(in tokens: [Token]) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var open: Int?
        var index = 0
        while index + 1 < tokens.count {
            let token = tokens[index]
            if token.kind == .lineBreak {
                open = nil
            } else if token.isPunctuation("'"), tokens[index + 1].isPunctuation("'"),
                tokens[index + 1].start == token.end
            {
                if let start = open {
                    ranges.append(start...(index + 1))
                    open = nil
                } else {
                    open = index
                }
                index += 1
            }
            index += 1
        }
        return ranges
    }
}
