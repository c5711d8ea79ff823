import GRDB

/// The order of a list of articles (`--sort`, the reader's sort key).
public enum ArticleOrder: String, CaseIterable, Equatable, Hashable, Sendable {
    /// Newest import first: the archive's own order.
    case newest
    /// Oldest import first.
    case oldest
    /// By title, case ignored.
    case title
    /// By source (address or file path), articles without one last.
    case source
    /// Most quotations first.
    case quotes

    /// Whether the order is import order, newest or oldest first: the order of the articles'
    /// ids, which every index of the archive keeps within equal keys.
    var isImportOrder: Bool { self == .newest || self == .oldest }

    /// One term of the order: an expression on the article alias `a`, and its direction.
    struct Term {
        var expression: String
        var descending: Bool
    }

    /// The terms, most significant first; the last is always the id, so the order is total
    /// (ties newest first) and a page can start after any article (keyset pagination).
    var terms: [Term] {
        switch self {
        case .newest: [Term(expression: "a.id", descending: true)]
        case .oldest: [Term(expression: "a.id", descending: false)]
        case .title:
            [Term(expression: "a.title COLLATE NOCASE", descending: false), Term(expression: "a.id", descending: true)]
        case .source:
            [
                Term(expression: "(a.source IS NULL)", descending: false),
                Term(expression: "coalesce(a.source, '') COLLATE NOCASE", descending: false),
                Term(expression: "a.id", descending: true),
            ]
        case .quotes:
            [Term(expression: "a.quote_count", descending: true), Term(expression: "a.id", descending: true)]
        }
    }

    /// The `ORDER BY` clause, or its reverse.
    func orderBy(reversed: Bool = false) -> String {
        terms.map { $0.expression + ($0.descending != reversed ? " DESC" : " ASC") }.joined(separator: ", ")
    }

    /// The condition that an article comes after (or, `reversed`, before) the one whose term
    /// values are `values`: `(t1 > v1) OR (t1 = v1 AND t2 > v2) …`.
    func keysetCondition(after values: [DatabaseValue], reversed: Bool) -> SQL {
        let terms = terms
        let alternatives: [SQL] = terms.indices.map { index in
            var parts: [SQL] = terms[..<index].indices.map { earlier in
                "\(sql: terms[earlier].expression) = \(values[earlier])"
            }
            let comparison = (terms[index].descending != reversed) ? "<" : ">"
            parts.append("\(sql: terms[index].expression) \(sql: comparison) \(values[index])")
            return "(" + parts.joined(separator: " AND ") + ")"
        }
        return "(" + alternatives.joined(separator: " OR ") + ")"
    }

    /// The values of the terms for the article whose id is bound, for `keysetCondition`.
    var keyValuesQuery: String {
        "SELECT " + terms.map(\.expression).joined(separator: ", ") + " FROM article a WHERE a.id = ?"
    }
}
