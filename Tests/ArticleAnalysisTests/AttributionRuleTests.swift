import Testing

@testable import ArticleAnalysis

/// Each rule of the attribution finder on its own example sentences, through the whole analyser.
@Suite("Attribution rules: every rule's examples")
struct AttributionRuleTests {
    @Test("each rule finds what its examples say", arguments: AttributionRule.allCases)
    func examples(_ rule: AttributionRule) {
        #expect(!rule.examples.isEmpty)
        for example in rule.examples {
            let annotations = QuoteAnalyzer.annotate(example.text)
            let found = annotations.attributions.map { "\($0.source?.text ?? "-") / \($0.cue?.text ?? "-")" }
            #expect(found == example.attributions, "\(rule): \(example.text)")
        }
    }

    @Test("every rule has a one-line summary that ends with a full stop")
    func summaries() {
        for rule in AttributionRule.allCases {
            #expect(!rule.summary.contains("\n"))
            #expect(rule.summary.hasSuffix("."), "\(rule)")
        }
    }
}
