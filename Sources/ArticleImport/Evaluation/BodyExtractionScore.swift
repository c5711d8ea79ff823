import ArticleAnalysis

/// Tallies how well extracted article bodies match true ones, page by page, the way the
/// article-extraction benchmark of Zyte (scrapinghub) scores extractors: precision is the mean
/// of the pages' shingle precisions, recall the mean of their recalls (`ShingleOverlap`), F1
/// the harmonic mean of the two, and accuracy the share of pages whose words match exactly.
public struct BodyExtractionScore: Equatable, Sendable {
    /// Pages scored.
    public private(set) var pages = 0
    /// Pages the extractor refused (no text).
    public private(set) var refusedPages = 0
    /// Pages whose extracted words are exactly the true body's.
    public private(set) var exactPages = 0
    private var precisions: [Double] = []
    private var recalls: [Double] = []

    public init() {}

    /// Scores `extracted` (nil when the page was refused) against the true body `truth`, and
    /// returns the page's overlap.
    @discardableResult
    public mutating func add(extracted: String?, truth: String) -> ShingleOverlap {
        pages += 1
        if extracted == nil { refusedPages += 1 }
        if ShingleOverlap.words(of: extracted ?? "") == ShingleOverlap.words(of: truth) { exactPages += 1 }
        let overlap = ShingleOverlap(extracted: extracted, truth: truth)
        if let precision = overlap.precision { precisions.append(precision) }
        if let recall = overlap.recall { recalls.append(recall) }
        return overlap
    }

    /// The mean share of each page's extraction that belongs to its article.
    public var precision: Double { Self.mean(precisions) }
    /// The mean share of each page's article its extraction holds.
    public var recall: Double { Self.mean(recalls) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// The share of pages extracted word for word.
    public var accuracy: Double { pages > 0 ? Double(exactPages) / Double(pages) : 0 }

    /// The figures as `dateline-eval --body` prints them, one `name: value` line each;
    /// `megabytesPerSecond` is page bytes extracted per second of CPU time.
    public func text(megabytesPerSecond: Double, slowestMilliseconds: Double) -> String {
        let rows: [(String, String)] = [
            ("pages", "\(pages)"),
            ("refused_pages", "\(refusedPages)"),
            ("precision", AccuracyReport.rounded(precision)),
            ("recall", AccuracyReport.rounded(recall)),
            ("f1", AccuracyReport.rounded(f1)),
            ("accuracy", AccuracyReport.rounded(accuracy)),
            ("throughput_mb_s", AccuracyReport.rounded(megabytesPerSecond, places: 1)),
            ("slowest_page_ms", AccuracyReport.rounded(slowestMilliseconds, places: 1)),
        ]
        return AccuracyReport.lines(rows)
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
