/// Finds author lines (`By NAME`, `By NAME and NAME`, `By NAME, Reuters`, `Por NAME`) among the first and
/// last lines of a text, with `BylineParser` deciding what a byline is.
enum BylineFinder {
    /// How many non-empty lines at the start (after the title) and at the end are looked at.
    static let linesAtStart = 3
    static let linesAtEnd = 2

    /// `WordHash` of the words that open a byline (`BylineParser.openers`).
    static let openerKeys = WordKeySet(words: BylineParser.openers)

    /// The bylines of `text`.
    static func bylines(in text: TokenText) -> [Byline] {
        let tokens = text.tokens
        var lines: [(first: Int, last: Int)] = []
        lines.reserveCapacity(linesAtStart + linesAtEnd)
        var index = 0
        while text.opensArticle, index < tokens.count, lines.count < linesAtStart {
            let line = Self.line(startingAt: index, in: tokens)
            lines.append(line)
            index = line.last + 2
        }
        let endLinesStart = lines.count
        var last = tokens.count - 1
        while last >= index, lines.count - endLinesStart < linesAtEnd {
            if tokens[last].kind == .lineBreak {
                last -= 1
                continue
            }
            var first = last
            while first > index, tokens[first - 1].kind != .lineBreak { first -= 1 }
            lines.insert((first, last), at: endLinesStart)
            last = first - 2
        }
        var bylines: [Byline] = []
        for line in lines {
            guard Self.openerKeys.contains(text.tokens[line.first].key), text.tokens[line.first].kind == .word,
                text.tokens[line.last].end - text.tokens[line.first].start <= BylineParser.maximumLength
            else { continue }
            let span = text.span(line.first, line.last)
            if let names = BylineParser.names(in: span.text) {
                bylines.append(Byline(span: span, name: names.joined(separator: " and ")))
            }
        }
        return bylines
    }

    /// The line (its first and last token) that starts at token `first`, skipping a line break.
    private static func line(startingAt first: Int, in tokens: [Token]) -> (first: Int, last: Int) {
        var start = first
        if tokens[start].kind == .lineBreak, start + 1 < tokens.count { start += 1 }
        var end = start
        while end + 1 < tokens.count, tokens[end + 1].kind != .lineBreak { end += 1 }
        return (start, end)
    }
}
