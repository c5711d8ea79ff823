/// The UTF-8 and tokens of one text, with the word tests the finders share:
/// the shared input of the quote finder, the attribution finder and the speaker resolver.
struct TokenText {
    /// The tokens; after `markQuoteMarks(of:)`, single marks that bound quotations are quote
    /// marks.
    private(set) var tokens: [Token]
    /// The number of word tokens.
    let wordCount: Int
    /// Whether two apostrophes in a row (`''`) appear anywhere.
    let hasDoubledApostrophes: Bool
    /// The language of the text, told once from its first words.
    let language: Language
    /// The bytes and the lists no pass changes, behind one reference: the finders and the
    /// resolver each keep a copy of the text, and a copy retains every array and object it holds.
    private let lists: Lists
    /// Whether the text opens an article (and so may start with a headline), rather than
    /// continuing one that was cut into windows.
    let opensArticle: Bool

    /// Scans `text`; one that continues an article (`AnalysisWindow`) takes the article's
    /// language instead of telling its own.
    init(text: String, continuing articleLanguage: Language? = nil) {
        var text = text
        let utf8 = text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count + TextScanner.padding) { buffer, count in
                _ = buffer.initialize(from: bytes)
                buffer[bytes.count...].initialize(repeating: 0)
                count = buffer.count
            }
        }
        var scan = utf8.withUnsafeBufferPointer { TextScanner.scan($0) }
        language = articleLanguage ?? LanguageDetector.language(of: scan.tokens, utf8: utf8)
        opensArticle = articleLanguage == nil
        var tokens = scan.tokens
        scan.tokens = []  // so that `tokens` is the array's only owner and changes in place
        let readsAgain = Lexicon.hasOwnLexicon(language)
        if readsAgain {
            // The scan read every word with the shared lexicon; this language has its own.
            let lexicon = Lexicon.of(language)
            for index in tokens.indices where tokens[index].kind == .word {
                let token = tokens[index]
                tokens[index].info =
                    token.end - token.start <= Lexicon.longestWord
                    ? lexicon.info(token.key) : WordInfo(classes: [], cue: nil)
            }
        }
        Self.readPastElidedArticles(&tokens, utf8: utf8, language: language)
        var quotesAndBreaks = scan.quotesAndBreaks
        var wordCount = scan.wordCount
        let scannedCount = tokens.count
        HyphenatedSubject.split(
            &tokens, entries: &quotesAndBreaks, wordCount: &wordCount, utf8: utf8, language: language)
        // The scan listed the candidates by the shared lexicon's words, before any word was cut.
        let attributionCandidates: [Int32]
        if readsAgain || tokens.count != scannedCount {
            let inKey = AttributionFinder.inKey
            attributionCandidates = tokens.indices.compactMap { index in
                AttributionRule.mayRead(tokens[index], inKey: inKey) ? Int32(truncatingIfNeeded: index) : nil
            }
        } else {
            attributionCandidates = scan.attributionCandidates
        }
        self.tokens = tokens
        self.wordCount = wordCount
        hasDoubledApostrophes = scan.doubledApostrophes
        lists = Lists(
            utf8: utf8, quotesAndBreaks: quotesAndBreaks, attributionCandidates: attributionCandidates,
            typewriterQuotes: scan.doubledApostrophes ? QuoteFinder.apostropheQuotes(in: tokens) : [])
    }

    /// The text's bytes and the lists of its scan that no pass changes.
    private final class Lists {
        let utf8: [UInt8]
        let quotesAndBreaks: [QuoteOrBreak]
        let attributionCandidates: [Int32]
        let typewriterQuotes: [ClosedRange<Int>]
        let lowerCaseWords = LowerCaseWords()

        init(
            utf8: [UInt8], quotesAndBreaks: [QuoteOrBreak], attributionCandidates: [Int32],
            typewriterQuotes: [ClosedRange<Int>]
        ) {
            self.utf8 = utf8
            self.quotesAndBreaks = quotesAndBreaks
            self.attributionCandidates = attributionCandidates
            self.typewriterQuotes = typewriterQuotes
        }
    }

    /// The text's UTF-8 bytes, then `TextScanner.padding` NUL bytes (which read as spaces
    /// after the text); tokens know their byte ranges in it.
    var utf8: [UInt8] { lists.utf8 }
    /// The quote marks and line breaks, in text order, with the words before each.
    var quotesAndBreaks: [QuoteOrBreak] { lists.quotesAndBreaks }
    /// The tokens an attribution rule may read (`AttributionRule.mayRead`), in text order.
    var attributionCandidates: [Int32] { lists.attributionCandidates }
    /// The token ranges between pairs of doubled apostrophes (`QuoteFinder.apostropheQuotes`),
    /// found once: empty unless `hasDoubledApostrophes`.
    var typewriterQuotes: [ClosedRange<Int>] { lists.typewriterQuotes }
    /// Which words the text writes in lower case somewhere.
    var lowerCaseWords: LowerCaseWords { lists.lowerCaseWords }

    /// Makes a role written against an elided article before a name ("L’allenatore Vincenzo
    /// Marra", "l’adjointe Claire Roux") a role, as the lexicon gives the word after the
    /// apostrophe; its key stays the whole word's. Only languages whose table lists such articles.
    private static func readPastElidedArticles(_ tokens: inout [Token], utf8: [UInt8], language: Language) {
        let articles = WordGroup.elidedArticle.keys(in: language)
        guard !articles.isEmpty else { return }
        let lexicon = Lexicon.of(language)
        utf8.withUnsafeBufferPointer { bytes in
            for index in tokens.indices.dropLast() where tokens[index].kind == .word {
                let token = tokens[index]
                guard token.info.classes.isEmpty, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized
                else { continue }
                guard let mark = elidedArticleMark(in: token, utf8: utf8, articles: articles) else { continue }
                let (value, markWidth) = TextScanner.decode(bytes, at: mark)
                guard value == 0x27 || value == 0x2019 else { continue }
                var position = mark + markWidth
                var word = WordHash()
                var scalars = 0
                while position < token.byteEnd {
                    let (value, width) = TextScanner.decode(bytes, at: position)
                    word.add(TextScanner.scalar(value))
                    position += width
                    scalars += 1
                }
                guard scalars > 0, scalars <= Lexicon.longestWord else { continue }
                let info = lexicon.info(word.value)
                if !info.classes.isDisjoint(with: [.role, .title]) {
                    tokens[index].info.classes.formUnion(info.classes)
                }
            }
        }
    }

    /// Makes the marks that open or close `pieces` quote-mark tokens (single marks and dialogue
    /// dashes), so that every later pass sees a quotation's bounds as it sees double marks.
    mutating func markQuoteMarks(of pieces: [QuoteFinder.Piece]) {
        // Most texts have none: their tokens are not written.
        guard pieces.contains(where: { tokens[$0.firstToken].kind != .quoteMark }) else { return }
        for piece in pieces {
            tokens[piece.firstToken].kind = .quoteMark
            if piece.isClosed { tokens[piece.lastToken].kind = .quoteMark }
        }
    }

    /// The most words a headline may have.
    static let headlineWords = 30

    /// The line break that ends the text's headline: its first line, when the text opens an
    /// article, text follows and the line is short and reads as a headline (a blank line after
    /// it, or no full stop at its end); `nil` when the text has none.
    func headlineEnd() -> Int? {
        guard opensArticle else { return nil }
        guard let entry = quotesAndBreaks.first(where: { tokens[Int($0.token)].kind == .lineBreak }) else {
            return nil
        }
        let lineBreak = Int(entry.token)
        guard lineBreak > 0, lineBreak + 1 < tokens.count, entry.wordsBefore <= Self.headlineWords else { return nil }
        let newlines = utf8[tokens[lineBreak].byteStart..<tokens[lineBreak].byteEnd].reduce(0) {
            $0 + ($1 == 0x0A ? 1 : 0)
        }
        var last = lineBreak - 1
        if tokens[last].kind == .quoteMark, last > 0 { last -= 1 }
        // A line that ends with the ideographic full stop is a sentence: Japanese and Chinese
        // headlines never end with one, though a lede paragraph before a blank line does.
        if tokens[last].isPunctuation("\u{3002}") { return nil }
        return newlines >= 2 || !tokens[last].isSentenceEnd ? lineBreak : nil
    }

    /// Whether token `index` ends a sentence: `.`, `!`, `?`, `…` or a line break, but not the
    /// dot of an abbreviation or an initial, nor one followed by a lower-case word, a comma, a
    /// semicolon or a closing bracket ("Sen. Doe, D-Ore., said", "(R-Ind.)").
    @inline(__always)
    func endsSentence(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isSentenceEnd else { return false }
        guard token.isPunctuation("."), index > 0 else { return true }
        let previous = tokens[index - 1]
        if previous.info.classes.contains(.abbreviation) { return false }
        if previous.kind == .word, previous.isCapitalized, previous.end - previous.start == 1 { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.kind == .word, !next.isCapitalized, TextScanner.isLowercase(scalar(atByte: next.byteStart)) {
            return false
        }
        return !(next.isPunctuation(",") || next.isPunctuation(";") || next.isPunctuation(")"))
    }

    /// The text of tokens `first...last`, exactly as written.
    ///
    /// The bytes are a slice of a `String`'s UTF-8 cut at scalar bounds, so they are valid
    /// UTF-8 and are copied without checking them again (a check cost as much as the rest of
    /// making the string).
    func text(_ first: Int, _ last: Int) -> String {
        let bytes = utf8.span.extracting(tokens[first].byteStart..<tokens[last].byteEnd)
        return String(copying: unsafe UTF8Span(unchecked: bytes))
    }

    /// The scalar whose UTF-8 starts at byte `offset`.
    func scalar(atByte offset: Int) -> Unicode.Scalar {
        utf8.withUnsafeBufferPointer { TextScanner.scalar(TextScanner.decode($0, at: offset).value) }
    }

    /// The scalar whose UTF-8 ends just before byte `offset` (which must be above 0).
    func scalar(beforeByte offset: Int) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(atByte: start)
    }

    /// Whether the token at `index` ends with the UTF-8 of `suffix` ("ing", "’s"). Inlined, so
    /// that a literal suffix's length and bytes are constants.
    @inline(__always)
    func hasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        let token = tokens[index]
        let length = suffix.utf8CodeUnitCount
        guard token.byteEnd - token.byteStart >= length else { return false }
        let suffixStart = token.byteEnd - length
        for offset in 0..<length where utf8[suffixStart + offset] != suffix.utf8Start[offset] { return false }
        return true
    }

    /// Whether the word at `index` opens with an article cut before its vowel ("l’adjointe",
    /// "dell’ente"), one of the language tables' `elidedArticle` words.
    func hasElidedArticle(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return Self.elidedArticleMark(in: tokens[index], utf8: utf8, articles: Self.elidedArticleKeys) != nil
    }

    /// The byte offset of the apostrophe after an elided article that opens the word `token`
    /// ("l’adjointe", "dell’ente"): ASCII ' or the first of the three bytes of ’ (E2 80 99),
    /// within a short prefix whose letters are one of `articles`; `nil` when there is none.
    static func elidedArticleMark(in token: Token, utf8: [UInt8], articles: WordKeySet) -> Int? {
        let bytes = utf8[token.byteStart..<token.byteEnd]
        guard let mark = bytes.prefix(longestElidedArticle + 1).firstIndex(where: { $0 == 0x27 || $0 == 0xE2 }),
            mark > bytes.startIndex,
            articles.contains(WordHash.of(String(decoding: bytes[bytes.startIndex..<mark], as: UTF8.self)))
        else { return nil }
        return mark
    }

    /// `WordHash` of the articles an apostrophe joins to the next word ("l", "dell").
    static let elidedArticleKeys = WordGroup.elidedArticle.keys

    /// The longest article a word may open with before an apostrophe ("dell", "quell").
    static let longestElidedArticle = 5

    /// The span of tokens `first...last`.
    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(start: tokens[first].start, end: tokens[last].end, text: text(first, last))
    }

    /// Whether token `index` is a word of class `wordClass`.
    @inline(__always)
    func isWord(_ index: Int, _ wordClass: WordClass) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
            && tokens[index].info.classes.contains(wordClass)
    }

    /// Whether token `index` is a capitalized word that is no function word ("But", "In").
    func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else {
            return false
        }
        let classes = tokens[index].info.classes
        if !classes.isDisjoint(with: [.boundary, .preposition, .skippable, .pronoun, .relative, .determiner, .and]) {
            return classes.contains(.title)
        }
        return tokens[index].info.cue == nil
    }

    /// Whether token `index` is a word that may be part of a noun phrase: no function word, no cue.
    func isContentWord(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let info = tokens[index].info
        if info.cue != nil { return false }
        return info.classes.isDisjoint(with: [.boundary, .pronoun, .relative, .and, .preposition, .determiner])
    }

    /// Whether token `index` is a word of digits only ("2001", "58").
    func isNumber(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        for byte in utf8[tokens[index].byteStart..<tokens[index].byteEnd] {
            if !(byte >= 0x30 && byte <= 0x39) && byte != 0x2C && byte != 0x2E { return false }
        }
        return true
    }

    /// Whether token `index` is a word of two letters or more, none of them lower case ("BOSTON",
    /// "AP", "MÜNCHEN").
    func isWrittenInCapitals(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        guard token.end - token.start >= 2 else { return false }
        var offset = token.byteStart
        while offset < token.byteEnd {
            let (value, width) = utf8.withUnsafeBufferPointer { TextScanner.decode($0, at: offset) }
            if TextScanner.isLowercase(TextScanner.scalar(value)) { return false }
            offset += width
        }
        return true
    }

    /// Whether token `index` is a negated auxiliary ("didn’t", "won't").
    @inline(__always)
    func isNegation(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        return token.end - token.start > 3 && (hasSuffix(index, "n't") || hasSuffix(index, "n\u{2019}t"))
    }

    /// Whether token `index` is a possessive ("Trump’s", "Jones’"), which cannot head a source.
    @inline(__always)
    func isPossessive(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let token = tokens[index]
        if token.end - token.start > 2, hasSuffix(index, "'s") || hasSuffix(index, "\u{2019}s") { return true }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.start == token.end && (next.isPunctuation("'") || next.isPunctuation("\u{2019}"))
    }

    /// Whether token `index` is a lower-case adverb in -ly ("widely", "publicly").
    func isAdverb(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized else {
            return false
        }
        let token = tokens[index]
        return token.end - token.start > 4 && hasSuffix(index, "ly") && !token.info.classes.contains(.notAdverb)
    }
}
