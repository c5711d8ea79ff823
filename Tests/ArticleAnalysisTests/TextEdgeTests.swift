import Testing

@testable import ArticleAnalysis

/// Texts that stop where a rule looks past them: a cue at the very start or end, a comma as the
/// first token. Each crashed the analyser (an index before the first or after the last token).
@Suite("Texts that begin or end where a rule reads on")
struct TextEdgeTests {
    @Test(
        "no rule reads before the first token or after the last",
        arguments: [
            ", said Doe.", ",said", "cited by", "The figure was cited by", "according to", "», a objecté",
            "«…», ha detto ieri in", "secondo quanto riferito da", "Preguntado por", "nach Angaben",
            "土屋さんはこう語った。「", "Read more:", ":", "“", "—", "Dyrektor teatru:",
        ])
    func edges(text: String) {
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: text).isEmpty)
    }
}
