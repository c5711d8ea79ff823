import BenchmarkSuite
import Testing

@Suite("Report format")
struct ReportFormatTests {
    static let metrics: [Metric] = {
        var samples = LatencySamples()
        for value in [4.0, 1.0, 3.0, 2.0, 10.0] { samples.append(value) }
        return [
            Metric(
                name: "import_throughput", label: "import throughput", value: 6123.4, unit: "articles/s", articles: 100),
            Metric(name: "search_one_word", label: "archive search, 1 word", samples: samples, articles: 100),
        ]
    }()

    @Test("JSON has one object per metric and line, with percentiles for latencies")
    func json() {
        #expect(
            ReportFormat.json.render(Self.metrics) == """
                {"metric":"import_throughput","value":6123,"unit":"articles/s","articles":100}
                {"metric":"search_one_word","value":3.0,"unit":"ms","articles":100,"p50":3.0,"p95":10.0}

                """)
    }

    @Test("the table aligns its columns")
    func table() {
        #expect(
            ReportFormat.table.render(Self.metrics) == """
                metric                  value  unit         p95  articles
                import throughput        6123  articles/s             100
                archive search, 1 word    3.0  ms          10.0       100

                """)
    }

    @Test("percentiles are nearest-rank")
    func percentiles() {
        var samples = LatencySamples()
        for value in 1...100 { samples.append(Double(value)) }
        #expect(samples.p50 == 50)
        #expect(samples.p95 == 95)
        #expect(LatencySamples().p50 == 0)
    }
}
