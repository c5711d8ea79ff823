/// One measured figure of a benchmark run.
public struct Metric: Equatable, Sendable {
    /// Stable identifier used in JSON (`search_one_word`).
    public let name: String
    /// What the table shows in its first column.
    public let label: String
    /// The figure; for latencies, the median.
    public let value: Double
    public let unit: String
    /// The size of the archive it was measured on.
    public let articles: Int
    /// Percentiles, for latencies.
    public let p50: Double?
    public let p95: Double?

    public init(name: String, label: String, value: Double, unit: String, articles: Int) {
        self.name = name
        self.label = label
        self.value = value
        self.unit = unit
        self.articles = articles
        p50 = nil
        p95 = nil
    }

    /// A latency metric: the value is the median of `samples`.
    public init(name: String, label: String, samples: LatencySamples, articles: Int) {
        self.name = name
        self.label = label
        value = samples.p50
        unit = "ms"
        self.articles = articles
        p50 = samples.p50
        p95 = samples.p95
    }
}
