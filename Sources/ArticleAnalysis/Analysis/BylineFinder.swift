/// Finds author lines (`By NAME`, `By NAME and NAME`, `By NAME, Reuters`) among the first and
/// last lines of a text, with `BylineParser` deciding what a byline is.
enum BylineFinder {
    /// How many non-empty lines at the start (after the title) and at the end are looked at.
    static let linesAtStart = 3
    static let linesAtEnd = 2

    /// The bylines of `text`.
    static func bylines(in text: TokenText) -> [Byline] {
        var lines: [(first: Int, last: Int)] = []
        var first: Int?
        for (index, token) in text.tokens.enumerated() {
            if token.kind == .lineBreak {
                if let start = first { lines.append((start, index - 1)) }
                first = nil
            } else if first == nil {
                first = index
            }
        }
        if let start = first { lines.append((start, text.tokens.count - 1)) }
        var candidates = Set(lines.indices.prefix(linesAtStart))
        candidates.formUnion(lines.indices.suffix(linesAtEnd))
        var bylines: [Byline] = []
        for index in candidates.sorted() {
            let line = lines[index]
            guard text.tokens[line.last].end - text.tokens[line.first].start <= BylineParser.maximumLength else {
                continue
            }
            let span = text.span(line.first, line.last)
            if let names = BylineParser.names(in: span.text) {
                bylines.append(Byline(span: span, name: names.joined(separator: " and ")))
            }
        }
        return bylines
    }
}
