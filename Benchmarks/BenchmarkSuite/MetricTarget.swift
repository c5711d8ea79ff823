/// What a figure of the benchmark should be: the targets of the issues that set them (issue 24's
/// million articles, the reader's frame and memory, the HTML extraction), declared once here
/// and printed beside each figure (`ReportFormat`).
public struct MetricTarget: Equatable, Sendable {
    /// Which number of a metric a bound reads.
    public enum Statistic: Equatable, Sendable {
        /// The value: the median, for latencies.
        case value
        /// The 95th percentile of a latency.
        case p95
    }

    /// One bound on one number of a metric.
    public struct Bound: Equatable, Sendable {
        let statistic: Statistic
        /// `true` when the number must be at least `limit`, `false` when it must stay under it.
        let atLeast: Bool
        let limit: Double

        static func atLeast(_ limit: Double) -> Bound { Bound(statistic: .value, atLeast: true, limit: limit) }
        static func under(_ limit: Double, _ statistic: Statistic = .value) -> Bound {
            Bound(statistic: statistic, atLeast: false, limit: limit)
        }

        func isMet(by metric: Metric) -> Bool {
            let number: Double? = statistic == .value ? metric.value : metric.p95
            guard let number else { return false }
            return atLeast ? number >= limit : number < limit
        }

        var description: String {
            let name = statistic == .value ? "" : "p95 "
            let whole = limit.rounded() == limit && abs(limit) < 1e15
            return name + (atLeast ? "≥ " : "< ") + (whole ? String(Int(limit)) : ReportFormat.number(limit))
        }
    }

    /// Every bound must hold.
    public let bounds: [Bound]

    /// The bounds in words, in the metric's unit: `≥ 10000`, `< 20, p95 < 50`.
    public var description: String { bounds.map(\.description).joined(separator: ", ") }

    /// Whether `metric` meets every bound.
    public func isMet(by metric: Metric) -> Bool { bounds.allSatisfy { $0.isMet(by: metric) } }

    /// A latency every kind of archive search and list filter must answer its first page in:
    /// median under 20 ms, 95th percentile under 50 ms at a million articles.
    private static let firstPage = MetricTarget(bounds: [.under(20), .under(50, .p95)])

    /// The targets by metric name, each for archives of up to a number of articles (in
    /// increasing order); an archive larger than the last takes the last, a figure measured
    /// on a smaller archive than a target's size should meet it too.
    static let table: [String: [(upTo: Int, target: MetricTarget)]] = {
        var table: [String: [(upTo: Int, target: MetricTarget)]] = [
            "import_throughput": [
                (100_000, MetricTarget(bounds: [.atLeast(10_000)])),
                (1_000_000, MetricTarget(bounds: [.atLeast(5_000)])),
            ],
            "first_screen": [(1_000_000, MetricTarget(bounds: [.under(15)]))],
            "render_frame": [(1_000_000, MetricTarget(bounds: [.under(2)]))],
            "peak_memory": [
                (100_000, MetricTarget(bounds: [.under(50)])),
                (1_000_000, MetricTarget(bounds: [.under(80)])),
            ],
            "html_extract_2mb": [(1_000_000, MetricTarget(bounds: [.under(100)]))],
        ]
        for kind in ["one_word", "two_words", "phrase", "unspaced", "prefix", "filtered"] {
            table["search_" + kind] = [(1_000_000, firstPage)]
        }
        for kind in ["tag", "unread", "bookmarked", "source", "feed", "date", "language", "speaker", "combined"] {
            table["filter_" + kind] = [(1_000_000, MetricTarget(bounds: [.under(20)]))]
        }
        return table
    }()

    /// The target of the metric `name` on an archive of `articles`, if it has one.
    public static func of(_ name: String, articles: Int) -> MetricTarget? {
        guard let sizes = table[name] else { return nil }
        return (sizes.first { articles <= $0.upTo } ?? sizes.last)?.target
    }
}
