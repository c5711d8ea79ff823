import Testing

@testable import ArticleAnalysis

@Suite("Bylines")
struct BylineFinderTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var bylines: [String]
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Port plan approved\nBy Jane Doe\nThe council met on Monday.", bylines: ["Jane Doe"]),
        Case(
            text: "Port plan approved\nBy Jane Doe and John Roe\nThe council met on Monday.",
            bylines: ["Jane Doe and John Roe"]),
        Case(text: "Port plan approved\nThe council met on Monday.\nBy Jane Doe, Reuters", bylines: ["Jane Doe"]),
        Case(text: "Port plan approved\nThe council met on Monday.\nBy Jane Doe\n\n\n", bylines: ["Jane Doe"]),
        Case(
            text: "Port plan approved\nThe council met on Monday.\nBy the end of the week it had rained.", bylines: []),
    ]

    @Test("By NAME, By NAME and NAME, By NAME, Reuters at the start or the end", arguments: cases)
    func byline(_ example: Case) {
        let annotations = QuoteAnalyzer.annotate(example.text)
        #expect(annotations.bylines.map(\.name) == example.bylines)
        #expect(AnnotationChecks.misplacedSpans(in: annotations, of: example.text).isEmpty)
    }

    @Test("the byline span is the whole author line")
    func span() {
        let byline = QuoteAnalyzer.annotate("Title\nBody.\nBy Jane Doe").bylines.first
        #expect(byline?.span == TextSpan(start: 12, end: 23, text: "By Jane Doe"))
    }
}
