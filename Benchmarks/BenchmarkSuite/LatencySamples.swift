/// Durations of repeated runs of one operation, summarised by percentiles.
public struct LatencySamples: Sendable {
    public private(set) var milliseconds: [Double] = []

    public init() {}

    public mutating func append(_ value: Double) {
        milliseconds.append(value)
    }

    /// The nearest-rank percentile (`fraction` in 0...1), or 0 without samples.
    public func percentile(_ fraction: Double) -> Double {
        guard !milliseconds.isEmpty else { return 0 }
        let sorted = milliseconds.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    public var p50: Double { percentile(0.5) }
    public var p95: Double { percentile(0.95) }
}
