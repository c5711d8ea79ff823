extension FTSQuery {
    /// The query's words of scripts without spaces, as an `article_grams` query (each word the
    /// phrase of its character pairs, all required), or `nil` when it has none. Words after
    /// `NOT` are left out: FTS5's `NOT` needs a term of the same index before it.
    static func buildUnspaced(_ input: String) -> String? {
        var parts: [String] = []
        var negated = false
        for token in tokenize(input) {
            switch token {
            case .not: negated = true
            case .or: continue
            case .term(let text, _), .phrase(let text):
                defer { negated = false }
                guard !negated else { continue }
                for run in unspacedRuns(of: text) {
                    let phrase = quoted(UnspacedGrams.phrase(of: run))
                    parts.append(run.count == 1 ? phrase + "*" : phrase)
                }
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The query without its words of scripts without spaces, as an `article_fts` query;
    /// `expand` as in `build(tokens:expand:)`.
    static func buildSpaced(_ input: String, expand: (String) -> [String]? = { _ in nil }) -> String? {
        build(
            tokens: tokenize(input).map { token in
                switch token {
                case .term(let text, let prefix): .term(withoutUnspaced(text), prefix: prefix)
                case .phrase(let text): .phrase(withoutUnspaced(text))
                case .or, .not: token
                }
            }, expand: expand)
    }

    /// The runs of unspaced scalars in `text`.
    static func unspacedRuns(of text: String) -> [[Unicode.Scalar]] {
        Array(text.unicodeScalars).split(whereSeparator: { !ScriptRuns.isUnspaced($0) }).map(Array.init)
    }

    /// `text` with its unspaced runs replaced by spaces.
    static func withoutUnspaced(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ScriptRuns.isUnspaced($0) ? " " : $0 }))
    }
}
