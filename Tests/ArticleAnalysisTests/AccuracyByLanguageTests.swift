import Foundation
import Testing

@testable import ArticleAnalysis

@Suite("Accuracy by language: figures per id prefix")
struct AccuracyByLanguageTests {
    //                      0         1         2
    //                      012345678901234567890123456
    static let text = "Ana Ruiz said: «Vamos bien»."

    static func gold(_ id: String) -> GoldArticle {
        GoldArticle(
            id: id, text: text,
            quotes: [.init(start: 15, end: 27, kind: .direct, speakerStart: 0, speakerEnd: 8, speakerText: "Ana Ruiz")])
    }

    static let found = Annotations(
        quotes: [
            Quote(
                span: TextSpan(start: 15, end: 27, text: "«Vamos bien»"),
                speaker: TextSpan(start: 0, end: 8, text: "Ana Ruiz"), speakerName: "Ana Ruiz")
        ])

    @Test(
        "the language is a two- or three-letter lower-case prefix before the first slash",
        arguments: [
            ("es/01", "es"), ("uk/02", "uk"), ("pt/h1", "pt"), ("nds/3", "nds"), ("polnear/dev/a", nil),
            ("ES/01", nil), ("01", nil), ("/01", nil), ("e/01", nil),
        ] as [(String, String?)])
    func language(id: String, expected: String?) {
        #expect(AccuracyByLanguage.language(ofID: id) == expected)
    }

    @Test("one row per language in alphabetical order, then the total of every article")
    func table() {
        var scores = AccuracyByLanguage()
        scores.add(gold: Self.gold("es/01"), predicted: Self.found)
        scores.add(gold: Self.gold("es/02"), predicted: Self.found)
        scores.add(gold: Self.gold("de/01"), predicted: Annotations())
        #expect(scores.hasLanguages)
        #expect(scores.total.documents == 3 && scores.total.quoteTruePositives == 2)
        let rows = scores.table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map(\.first) == ["language", "de", "es", "total"])
        #expect(rows[1] == ["de", "1", "0.000", "0.000", "0.000", "0.000", "0", "0.000", "0.000", "0.000"])
        #expect(rows[2] == ["es", "2", "1.000", "1.000", "1.000", "1.000", "2", "1.000", "1.000", "1.000"])
        #expect(rows[3] == ["total", "3", "1.000", "0.667", "0.800", "1.000", "2", "1.000", "0.667", "0.800"])
    }

    @Test("ids without a language prefix give no table and score as before")
    func unprefixed() {
        var scores = AccuracyByLanguage()
        scores.add(gold: Self.gold("polnear/dev/one"), predicted: Self.found)
        #expect(!scores.hasLanguages)
        var plain = AccuracyScore()
        plain.add(gold: Self.gold("polnear/dev/one"), predicted: Self.found)
        #expect(scores.total == plain)
    }

    @Test("a gold file is read line by line; a bad line is reported by its number")
    func lines() throws {
        let good = #"{"id": "es/01", "text": "Hola.", "quotes": []}"#
        let articles = try GoldArticle.lines(of: Data((good + "\n\n" + good + "\n").utf8))
        #expect(articles.map(\.id) == ["es/01", "es/01"])
        #expect(throws: GoldLineError(line: 3)) {
            try GoldArticle.lines(of: Data((good + "\n\n{\"id\": 1}\n").utf8))
        }
    }
}
