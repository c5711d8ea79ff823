import ArticleAnalysis

/// Tallies how well extracted page texts meet their `ExtractionExpectation`s, the way
/// trafilatura scores its own evaluation set: a snippet counts as found when it occurs in
/// the text once white space runs are collapsed on both sides, and a page that is refused
/// finds nothing (and so keeps every unwanted snippet out).
public struct ExtractionScore: Equatable, Sendable {
    /// Pages scored.
    public private(set) var pages = 0
    /// Pages the extractor refused (no text).
    public private(set) var refusedPages = 0
    /// "with" snippets found in the text (true positives).
    public private(set) var found = 0
    /// "with" snippets missing from the text (false negatives).
    public private(set) var missed = 0
    /// "without" snippets left out of the text (true negatives).
    public private(set) var keptOut = 0
    /// "without" snippets that slipped into the text (false positives).
    public private(set) var letIn = 0

    public init() {}

    /// One page's misses: the wanted snippets not found and the unwanted ones let in.
    public struct PageMisses: Equatable, Sendable {
        public var missing: [String] = []
        public var letIn: [String] = []
    }

    /// Scores `text` (nil when the page was refused) against `expectation`; returns what it missed.
    @discardableResult
    public mutating func add(_ expectation: ExtractionExpectation, text: String?) -> PageMisses {
        pages += 1
        if text == nil { refusedPages += 1 }
        let normalised = text?.collapsingWhitespace() ?? ""
        var misses = PageMisses()
        for snippet in expectation.mustContain {
            if normalised.contains(snippet.collapsingWhitespace()) {
                found += 1
            } else {
                misses.missing.append(snippet)
            }
        }
        for snippet in expectation.mustNotContain {
            if normalised.contains(snippet.collapsingWhitespace()) {
                misses.letIn.append(snippet)
            } else {
                keptOut += 1
            }
        }
        missed += misses.missing.count
        letIn += misses.letIn.count
        return misses
    }

    /// The share of "with" snippets found (recall).
    public var foundShare: Double { Self.share(found, of: found + missed) }
    /// The share of "without" snippets kept out.
    public var keptOutShare: Double { Self.share(keptOut, of: keptOut + letIn) }
    /// Found snippets among everything the text matched (precision).
    public var precision: Double { Self.share(found, of: found + letIn) }
    /// The harmonic mean of precision and recall, as trafilatura reports it.
    public var f1: Double { Self.share(2 * found, of: 2 * found + letIn + missed) }
    /// Snippets judged right, wanted or unwanted, among all.
    public var accuracy: Double { Self.share(found + keptOut, of: found + keptOut + missed + letIn) }

    /// The figures as `dateline-eval` prints them, one `name: value` line each; `megabytesPerSecond`
    /// is page bytes extracted per second of CPU time.
    public func text(megabytesPerSecond: Double, slowestMilliseconds: Double) -> String {
        let rows: [(String, String)] = [
            ("pages", "\(pages)"),
            ("refused_pages", "\(refusedPages)"),
            ("with_found", AccuracyReport.rounded(foundShare) + " (\(found) of \(found + missed))"),
            ("without_kept_out", AccuracyReport.rounded(keptOutShare) + " (\(keptOut) of \(keptOut + letIn))"),
            ("precision", AccuracyReport.rounded(precision)),
            ("f1", AccuracyReport.rounded(f1)),
            ("accuracy", AccuracyReport.rounded(accuracy)),
            ("throughput_mb_s", AccuracyReport.rounded(megabytesPerSecond, places: 1)),
            ("slowest_page_ms", AccuracyReport.rounded(slowestMilliseconds, places: 1)),
        ]
        return AccuracyReport.lines(rows)
    }

    private static func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}
