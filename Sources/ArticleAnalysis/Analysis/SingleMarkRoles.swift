/// What each single mark (‘ ’ ' ‚ ‹ ›) of a text may be, from its neighbours: an opening
/// quote mark, a closing one, or an apostrophe.
///
/// A single mark opens when space (or a bracket, dash or other quote mark) is before it and a
/// word after it that is no elision ("’90s", "'em", Dutch "'s Ochtends", "rock 'n' roll"). It
/// closes when text is before it and no letter after it. A closing mark after a word in -s
/// followed by another word ("the workers’ union") is a possessive whenever another closing
/// mark follows in the paragraph. Computed once per text, in one backward pass over its quote
/// marks and line breaks, and only when it has single marks.
struct SingleMarkRoles {
    /// The role of one entry of `TokenText.quotesAndBreaks`.
    struct Role: OptionSet, Sendable {
        let rawValue: UInt8
        /// Space before, a word after, no elision.
        static let opens = Role(rawValue: 1 << 0)
        /// Text before, no letter after.
        static let closes = Role(rawValue: 1 << 1)
        /// A closing mark that may be a plural possessive ("workers’ union").
        static let possessive = Role(rawValue: 1 << 2)
        /// Another closing single mark follows in the paragraph.
        static let closerFollows = Role(rawValue: 1 << 3)
        /// The next single mark in the paragraph opens and cannot close ("zet om 'alles op
        /// alles' te doen. 'Maar …', zei ze"): outside English, where a plural possessive in
        /// -s' is rare, a possessive before it would leave the quotation open across a new one,
        /// so the mark closes. (In English copy the same test lost more quotations than it
        /// found: PolNeAR dev in British style, quote F1 0.952 → 0.948.)
        static let openerNext = Role(rawValue: 1 << 4)
    }

    /// One role per entry of `quotesAndBreaks` (empty when the text has no single mark).
    private var roles: [Role] = []

    /// `WordHash` of the words an apostrophe shortens at their start: "'em", "'cause", "'til",
    /// "'tis", "rock 'n' roll", Dutch "'s", "'t", "'n".
    static let elisionKeys = WordKeySet(
        words: ["em", "cause", "cos", "til", "tis", "twas", "n", "s", "t", "k", "bout", "nuff"])

    init(text: TokenText) {
        let entries = text.quotesAndBreaks
        guard
            entries.contains(where: {
                text.tokens[Int($0.token)].kind == .punctuation
            })
        else { return }
        roles = [Role](repeating: [], count: entries.count)
        // Inside quotes written with two apostrophes (''…''), single marks are nested quotes.
        let typewriterQuotes = text.typewriterQuotes
        var nextTypewriterQuote = typewriterQuotes.count - 1
        var closerFollows = false
        var openerNext = false
        for entryIndex in entries.indices.reversed() {
            let index = Int(entries[entryIndex].token)
            let token = text.tokens[index]
            if token.kind == .lineBreak {
                closerFollows = false
                openerNext = false
                continue
            }
            guard token.kind == .punctuation else { continue }
            while nextTypewriterQuote >= 0, typewriterQuotes[nextTypewriterQuote].lowerBound > index {
                nextTypewriterQuote -= 1
            }
            if nextTypewriterQuote >= 0, typewriterQuotes[nextTypewriterQuote].contains(index) { continue }
            var role = Self.role(of: index, in: text)
            if closerFollows { role.insert(.closerFollows) }
            if openerNext, text.language != .english { role.insert(.openerNext) }
            if role.contains(.closes) { closerFollows = true }
            openerNext = role.contains(.opens) && !role.contains(.closes)
            roles[entryIndex] = role
        }
    }

    /// The role of entry `entryIndex` (empty for double marks and line breaks).
    func role(_ entryIndex: Int) -> Role {
        entryIndex < roles.count ? roles[entryIndex] : []
    }

    /// What the single mark at token `index` may be, from its neighbours alone.
    static func role(of index: Int, in text: TokenText) -> Role {
        let token = text.tokens[index]
        let before: Unicode.Scalar = token.byteStart == 0 ? " " : text.scalar(beforeByte: token.byteStart)
        let after = text.scalar(atByte: token.byteEnd)
        let spaceBefore =
            TextScanner.isSpace(before) || TextScanner.isLineBreak(before)
            || "([{/\u{2013}\u{2014}".unicodeScalars.contains(before)
        // A quote mark before may open a nested quote ("‘“…") or close one ("…’’").
        let markBefore = QuoteMark(before) != nil
        let textAfter = TextScanner.isWordScalar(after) || QuoteMark(after) != nil || after == "\u{2026}"
        var role: Role = []
        if spaceBefore || markBefore, textAfter, !isElision(after: index, in: text) { role.insert(.opens) }
        if !spaceBefore, !TextScanner.isWordScalar(after), !isElisionPair(closing: index, in: text) {
            role.insert(.closes)
            if "sSzx".unicodeScalars.contains(before), index + 1 < text.tokens.count,
                text.tokens[index + 1].kind == .word
            {
                role.insert(.possessive)
            }
        }
        return role
    }

    /// Whether the word after the mark at `index` is one an apostrophe shortens ("’90s", "'em").
    static func isElision(after index: Int, in text: TokenText) -> Bool {
        let next = index + 1
        guard next < text.tokens.count, text.tokens[next].kind == .word,
            text.tokens[next].start == text.tokens[index].end
        else { return false }
        if elisionKeys.contains(text.tokens[next].key) { return true }
        // A decade: "’90s", "'60s".
        let first = text.utf8[text.tokens[next].byteStart]
        return first >= 0x30 && first <= 0x39 && text.hasSuffix(next, "s")
    }

    /// Whether the mark at `index` closes an elision opened right before the word before it
    /// ("rock ’n’ roll"), so it is an apostrophe too.
    static func isElisionPair(closing index: Int, in text: TokenText) -> Bool {
        guard index >= 2, text.tokens[index - 1].kind == .word else { return false }
        let opening = text.tokens[index - 2]
        return opening.kind == .punctuation && opening.end == text.tokens[index - 1].start
            && QuoteMark(text.scalar(atByte: opening.byteStart))?.isSingle == true
    }
}
