import Testing

@testable import ArticleAnalysis

@Suite("Analysis windows: a text longer than any article is read a stretch at a time")
struct AnalysisWindowTests {
    /// The windows of `text` under `limit`.
    static func windows(of text: String, limit: Int) -> [AnalysisWindow] {
        var windows: [AnalysisWindow] = []
        AnalysisWindow.forEach(in: text, limit: limit) { windows.append($0) }
        return windows
    }

    @Test("a text within the limit is one window")
    func shortText() {
        let windows = Self.windows(of: "“Yes,” she said.", limit: 64)
        #expect(windows.map(\.text) == ["“Yes,” she said."])
        #expect(windows.map(\.scalarOffset) == [0])
    }

    @Test("windows cut after a line break in their second half, keep every byte and count scalars")
    func cutsAtParagraphs() {
        let paragraph = "Les élus ont voté «oui» à l’unanimité.\n\n"
        let text = String(repeating: paragraph, count: 40)
        let windows = Self.windows(of: text, limit: 300)
        #expect(windows.count > 5)
        #expect(windows.map(\.text).joined() == text)
        for window in windows.dropLast() {
            #expect(window.text.hasSuffix("\n"))
            #expect(window.text.utf8.count <= 300 && window.text.utf8.count > 150)
        }
        let scalars = Array(text.unicodeScalars)
        for window in windows {
            let count = window.text.unicodeScalars.count
            let slice = String(String.UnicodeScalarView(scalars[window.scalarOffset..<window.scalarOffset + count]))
            #expect(slice == window.text)
        }
    }

    @Test("a text with no break or space is cut between scalars, never inside one")
    func cutsBetweenScalars() {
        let text = String(repeating: "é東", count: 200)
        let windows = Self.windows(of: text, limit: 100)
        #expect(windows.map(\.text).joined() == text)
        #expect(windows.allSatisfy { $0.text.utf8.count <= 100 && !$0.text.contains("\u{FFFD}") })
    }

    @Test("a text over the limit is annotated window by window, every span at its place in the whole text")
    func longTextAnnotations() {
        let opening = "Ferry crews return to work\n\nBy Ines Halvorsen\n\n"
        let paragraph = "“The night boats sail again on Monday,” said Tomas Brandvold, who runs the port.\n\n"
        let repeats = AnalysisWindow.limit / paragraph.utf8.count + 20
        let text = opening + String(repeating: paragraph, count: repeats)
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.quotes.count == repeats)
        #expect(annotations.bylines.map(\.name) == ["Ines Halvorsen"])
        #expect(annotations.language == .english)
        let scalars = Array(text.unicodeScalars)
        for quote in annotations.quotes {
            #expect(String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end])) == quote.span.text)
            #expect(quote.speakerName == "Tomas Brandvold")
        }
        #expect(annotations.quotes.last?.span.end == text.unicodeScalars.count - 43)
    }
}
