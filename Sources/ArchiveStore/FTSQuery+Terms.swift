extension FTSQuery {
    /// The words and phrases of an archive query to highlight inside a matching article
    /// (prefixes without their `*`; terms after `NOT` and operators left out).
    public static func highlightTerms(_ input: String) -> [String] {
        var terms: [String] = []
        var negated = false
        for token in tokenize(input) {
            switch token {
            case .not:
                negated = true
            case .or:
                continue
            case .term(let text, _), .phrase(let text):
                defer { negated = false }
                guard !negated, isSearchable(text) else { continue }
                terms.append(text)
            }
        }
        return terms
    }
}
