/// How `dateline-bench` prints its figures.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// An aligned table for people.
    case table
    /// One JSON object per metric and line: `{"metric","value","unit","articles"}` plus
    /// `p50`/`p95` for latencies, and `target` and `met` for a figure with a target
    /// (`MetricTarget`).
    case json

    /// The report of `metrics` in this format, ending with a newline.
    public func render(_ metrics: [Metric]) -> String {
        switch self {
        case .json: return metrics.map(Self.json).joined(separator: "\n") + "\n"
        case .table: return Self.table(metrics)
        }
    }

    static func json(_ metric: Metric) -> String {
        var fields = [
            "\"metric\":\"\(metric.name)\"", "\"value\":\(number(metric.value))", "\"unit\":\"\(metric.unit)\"",
            "\"articles\":\(metric.articles)",
        ]
        if let p50 = metric.p50 { fields.append("\"p50\":\(number(p50))") }
        if let p95 = metric.p95 { fields.append("\"p95\":\(number(p95))") }
        if let target = MetricTarget.of(metric.name, articles: metric.articles) {
            fields.append("\"target\":\"\(target.description)\"")
            fields.append("\"met\":\(target.isMet(by: metric))")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func table(_ metrics: [Metric]) -> String {
        var rows = [["metric", "value", "unit", "p95", "articles", "target"]]
        for metric in metrics {
            let target = MetricTarget.of(metric.name, articles: metric.articles).map { target in
                target.description + (target.isMet(by: metric) ? "" : " NOT MET")
            }
            rows.append([
                metric.label, number(metric.value), metric.unit, metric.p95.map(number) ?? "", String(metric.articles),
                target ?? "",
            ])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                // Numbers align right, words left.
                return Self.wordColumns.contains(rows[0][column]) ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    /// The table's columns of words, aligned left.
    private static let wordColumns: Set = ["metric", "unit", "target"]

    /// A figure with three significant decimals at most, never in exponent notation.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3
        var scaled = (value * pow10(decimals)).rounded() / pow10(decimals)
        if scaled == 0 { scaled = 0 }
        if decimals == 0 { return String(Int(scaled)) }
        var text = String(scaled)
        if text.contains("e") { text = String(Int(scaled)) }
        return text
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
