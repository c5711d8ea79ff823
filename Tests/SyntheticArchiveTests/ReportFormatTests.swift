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

    @Test("JSON has one object per metric and line, with percentiles for latencies and targets")
    func json() {
        #expect(
            ReportFormat.json.render(Self.metrics) == """
                {"metric":"import_throughput","value":6123,"unit":"articles/s","articles":100,"target":"≥ 10000","met":false}
                {"metric":"search_one_word","value":3.0,"unit":"ms","articles":100,"p50":3.0,"p95":10.0,"target":"< 20, p95 < 50","met":true}

                """)
    }

    @Test("the table aligns its columns and says which targets are not met")
    func table() {
        #expect(
            ReportFormat.table.render(Self.metrics) == """
                metric                  value  unit         p95  articles  target
                import throughput        6123  articles/s             100  ≥ 10000 NOT MET
                archive search, 1 word    3.0  ms          10.0       100  < 20, p95 < 50

                """)
    }

    @Test("a target is chosen by the archive's size, and each of its bounds must hold")
    func targets() {
        func throughput(_ value: Double, articles: Int) -> Metric {
            Metric(name: "import_throughput", label: "", value: value, unit: "articles/s", articles: articles)
        }
        #expect(MetricTarget.of("import_throughput", articles: 100_000)?.description == "≥ 10000")
        #expect(MetricTarget.of("import_throughput", articles: 100_001)?.description == "≥ 5000")
        #expect(MetricTarget.of("import_throughput", articles: 5_000_000)?.description == "≥ 5000")
        #expect(MetricTarget.of("analysis_throughput", articles: 100_000) == nil)
        let atMillion = MetricTarget.of("import_throughput", articles: 1_000_000)!
        #expect(atMillion.isMet(by: throughput(5_000, articles: 1_000_000)))
        #expect(!atMillion.isMet(by: throughput(4_999, articles: 1_000_000)))

        var slowTail = LatencySamples()
        for value in [5.0, 6.0, 7.0, 8.0, 60.0] { slowTail.append(value) }
        let search = Metric(name: "search_phrase", label: "", samples: slowTail, articles: 1_000_000)
        // The median is under 20 ms, the 95th percentile over 50.
        #expect(!MetricTarget.of("search_phrase", articles: 1_000_000)!.isMet(by: search))
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
