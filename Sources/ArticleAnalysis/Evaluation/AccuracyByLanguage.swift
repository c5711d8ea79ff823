/// Accuracy figures per language, for gold files whose ids carry a language prefix
/// (`es/01`, `uk/02`), beside the figures of the whole file.
public struct AccuracyByLanguage: Sendable {
    /// The score of each language prefix; articles without one are under `""`.
    public private(set) var scores: [String: AccuracyScore] = [:]
    /// The score of every article.
    public private(set) var total = AccuracyScore()

    public init() {}

    /// The language prefix of a gold id: the part before its first `/` when that is a code of two
    /// or three lower-case ASCII letters (`es/01` → `es`); `nil` for other ids (`polnear/dev/…`,
    /// `article-7`).
    public static func language(ofID id: String) -> String? {
        guard let slash = id.firstIndex(of: "/") else { return nil }
        let prefix = id[..<slash]
        guard (2...3).contains(prefix.count), prefix.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
            return nil
        }
        return String(prefix)
    }

    /// Adds one document to its language and to the total.
    public mutating func add(gold: GoldArticle, predicted: Annotations) {
        scores[Self.language(ofID: gold.id) ?? "", default: AccuracyScore()].add(gold: gold, predicted: predicted)
        total.add(gold: gold, predicted: predicted)
    }

    /// Whether any article's id carried a language prefix.
    public var hasLanguages: Bool { scores.keys.contains { !$0.isEmpty } }

    /// One row per language in alphabetical order (`-` for ids without a prefix), then the
    /// total: documents, quote precision / recall / F1, speaker accuracy with the number of
    /// speakers checked, source precision / recall / F1.
    public var table: String {
        let header = [
            "language", "docs", "quote_p", "quote_r", "quote_f1", "speaker_acc", "speakers",
            "source_p", "source_r", "source_f1",
        ]
        var rows = [header]
        for language in scores.keys.sorted() {
            rows.append(Self.row(language.isEmpty ? "-" : language, scores[language]!))
        }
        rows.append(Self.row("total", total))
        return rows.map { row in
            row.enumerated().map { column, cell in
                let width = header[column].count
                let padding = String(repeating: " ", count: max(0, width - cell.count))
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func row(_ name: String, _ score: AccuracyScore) -> [String] {
        [
            name, "\(score.documents)", fixed(score.quotePrecision), fixed(score.quoteRecall), fixed(score.quoteF1),
            fixed(score.speakerAccuracy), "\(score.speakersChecked)", fixed(score.sourcePrecision),
            fixed(score.sourceRecall), fixed(score.sourceF1),
        ]
    }

    /// A share between 0 and 1 with exactly three decimals ("0.950", "1.000").
    static func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded(.toNearestOrEven))
        let decimals = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - decimals.count) + decimals
    }
}
