import TestSupport
import Testing

@testable import ArticleAnalysis

/// `BylineParser` rules a line out on its first scalars before trimming and counting it; it
/// must take and refuse exactly the lines it did before.
@Suite("Byline parser: lines ruled out on their first word")
struct BylineParserFastPathTests {
    /// `BylineParser.names(in:)` as it was before the first-word test.
    static func referenceNames(in line: String) -> [String]? {
        guard let rest = referenceNameList(in: line) else { return nil }
        var names: [String] = []
        for piece in rest.split(separator: ",").flatMap({ BylineParser.splitOnAnd(String($0)) }) {
            let name = referenceTrimmed(piece)
            if name.isEmpty || BylineParser.agencies.contains(name.lowercased()) { continue }
            guard BylineParser.isName(name) else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names
    }

    static func referenceNameList(in line: String) -> Substring? {
        let trimmed = referenceTrimmed(line)
        guard trimmed.count <= BylineParser.maximumLength,
            let space = trimmed.firstIndex(where: { $0 == " " || $0 == ":" }),
            BylineParser.openers.contains(trimmed[..<space].lowercased())
        else { return nil }
        var rest = trimmed[space...].drop { $0 == " " || $0 == ":" }
        rest = rest.prefix { $0 != "\n" }
        guard let first = rest.unicodeScalars.first, BylineParser.opensName(first) else { return nil }
        return rest
    }

    static func referenceTrimmed<Text: StringProtocol>(_ text: Text) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Pieces of bylines and of what is not one: openers in every case and script, names
    /// with diacritics (precomposed and combining), particles, conjunctions, agencies, white
    /// space beyond ASCII, combining marks after spaces and colons, scripts without case.
    static let pieces = [
        "By", "by", "BY", "bY", "Por", "POR", "Von", "di", "Di", "door", "Door", "autor", "Autorka", "AUTORKA",
        "Автор", "автор", "АВТОР", "Par", "par", "Byline", "Bye", "İ", "ǅ", "ß", "Ⅸ",
        " ", " ", " ", ":", ": ", ",", ", ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\n", "\r\n", "\r",
        "\u{301}", "\u{308}", "\u{200D}", "\u{FE0F}",
        "Jane", "Doe", "Ana", "Núñez", "Nu\u{303}n\u{303}ez", "Élise", "E\u{301}lise", "O'Neil", "van", "de", "la",
        "and", "&", "und", "et", "y", "и", "oraz", "Reuters", "AP", "the Associated Press", "jane", "doe",
        "Иван", "Петров", "山田", "太郎", "김", "ดวง", "עמית", "😀", "🇫🇷", "7", "2024", "—", "“", "”", "(", ")", "said",
        "x", "Zoë", "ŁUKASZ", "Łukasz", "żaneta",
    ]

    @Test("random lines of byline pieces give the same names as before")
    func randomLines() {
        var state: UInt64 = 11
        for trial in 0..<20_000 {
            let count =
                trial % 50 == 0 ? 40 + SeededRandom.next(&state, below: 80) : SeededRandom.next(&state, below: 12)
            let line = (0..<count).map { _ in Self.pieces[SeededRandom.next(&state, below: Self.pieces.count)] }
                .joined()
            #expect(BylineParser.names(in: line) == Self.referenceNames(in: line), "\(line.debugDescription)")
            #expect(BylineParser.nameList(in: line) == Self.referenceNameList(in: line), "\(line.debugDescription)")
        }
    }

    /// ASCII pieces, for the byte path: every kind of white space, CR LF, commas and colons,
    /// conjunctions, particles and agencies in several cases.
    static let asciiPieces = [
        "By", "by", "BY", "Por", "von", "Von", "di", "door", "autorka", "Autorkaa", " ", " ", " ", "  ", ":", ",",
        ", ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "Jane", "Doe", "JANE", "jane", "O'Neil", "van",
        "de", "Y", "y", "and", "And", "&", "e", "i", "oraz", "Reuters", "REUTERS", "AP", "associated press",
        "Associated Press", "the", "The", "7", "x", "Q", "(", "-", "Ana", "Ruiz", "bin", "al",
    ]

    @Test("random ASCII lines give the same names as before")
    func randomASCIILines() {
        var state: UInt64 = 17
        var bylines = 0
        for trial in 0..<40_000 {
            let count =
                trial % 50 == 0 ? 40 + SeededRandom.next(&state, below: 80) : 1 + SeededRandom.next(&state, below: 14)
            var line = (0..<count).map { _ in Self.asciiPieces[SeededRandom.next(&state, below: Self.asciiPieces.count)]
            }
            if trial % 2 == 0 { line.insert(["By ", "by:", "  Por ", "\tvon ", "DI: "][trial / 2 % 5], at: 0) }
            let text = line.joined()
            let names = BylineParser.names(in: text)
            #expect(names == Self.referenceNames(in: text), "\(text.debugDescription)")
            if names != nil { bylines += 1 }
        }
        #expect(bylines > 2_000)
    }

    @Test("random lines that open with an opener give the same names as before")
    func openedLines() {
        let openers = ["By", "by ", " By", "\u{A0}BY", "Por", "Автор:", "autorka", "\u{2003}Door", "von:"]
        var state: UInt64 = 13
        var bylines = 0
        for _ in 0..<20_000 {
            let count = SeededRandom.next(&state, below: 10)
            let line =
                openers[SeededRandom.next(&state, below: openers.count)]
                + (0..<count).map { _ in Self.pieces[SeededRandom.next(&state, below: Self.pieces.count)] }.joined()
            #expect(BylineParser.names(in: line) == Self.referenceNames(in: line), "\(line.debugDescription)")
            #expect(BylineParser.nameList(in: line) == Self.referenceNameList(in: line), "\(line.debugDescription)")
            if Self.referenceNames(in: line) != nil { bylines += 1 }
        }
        #expect(bylines > 500)
    }

    @Test(
        "lines at the edges of the first-word test",
        arguments: [
            "", " ", "By", "By ", "By:", " By Jane Doe", "By\u{301} Jane Doe", "By \u{301}Jane Doe", "By:\u{301} Jane",
            "\u{301}By Jane Doe", "By\u{A0}Jane Doe", "Autorka: Anna Nowak", "Autorkaa Anna Nowak",
            "АВТОР: Иван Петров", "By Jane Doe and John Roe, Reuters", "by 山田太郎", "By İsmail Kara",
            "BY JANE DOE", "By jane doe", "By Jane Doe\u{2003}", "\u{3000}Por Ana Ruiz y Luis Gil",
            String(repeating: "By Jane Doe ", count: 20), "By " + String(repeating: "x", count: 200),
            "By Jane Doe\r\nand John Roe", "By Jane Doe\nJohn Roe", "By\r\nJane", "By :Jane", "By ,Jane",
            "By Jane,,Doe",
            "By and Jane", "By Jane and", "By Jane\tDoe", "By \tJane", "Bye Jane", "By Reuters", "By Jane, Reuters",
            "By A B C D E F", "By A B C D E F G", "By " + String(repeating: "A", count: 156),
            "By " + String(repeating: "A", count: 157), "By " + String(repeating: "A\r\n", count: 60),
        ])
    func edges(line: String) {
        #expect(BylineParser.names(in: line) == Self.referenceNames(in: line))
        #expect(BylineParser.nameList(in: line) == Self.referenceNameList(in: line))
    }
}
