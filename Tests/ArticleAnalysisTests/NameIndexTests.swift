import Testing

@testable import ArticleAnalysis

@Suite("Name index: full names from mentions, roles, pronoun salience")
struct NameIndexTests {
    /// An invented text and the resolved speaker name of each of its quotes, in order.
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var names: [String?]
        var description: String { text }
    }

    /// A surname alone takes the full name of an earlier mention that was no source.
    static let surnames: [Case] = [
        Case(
            text: """
                The harbour reopened thanks to a late repair by welder Tomas Varga. \
                “I just kept going,” Varga told reporters.
                """,
            names: ["Tomas Varga"]),
        Case(
            text: """
                The port’s manager, Ida Lund, was not at the meeting. Lund said: “We were never asked.”
                """,
            names: ["Ida Lund"]),
        Case(
            text: """
                The appeal was brought by Petra Halsey, a ferry pilot. “I did it for the crews,” said Halsey.
                """,
            names: ["Petra Halsey"]),
    ]

    @Test("a surname alone is the full name mentioned before", arguments: surnames)
    func surname(_ example: Case) {
        #expect(QuoteAnalyzer.annotate(example.text).quotes.map(\.speakerName) == example.names)
    }

    /// Roles and titles before a name, and a place after a titled name, are not the name.
    static let roles: [Case] = [
        Case(text: "“We will rebuild,” Chief Executive Ida Lund wrote in a memo.", names: ["Ida Lund"]),
        Case(text: "“We will rebuild,” said Deputy Harbour Minister Tom Brandt.", names: ["Tom Brandt"]),
        Case(text: "“We will rebuild,” Artist Mara Quill said.", names: ["Mara Quill"]),
        Case(text: "“We will rebuild,” said President Tom Brandt of Veskaria.", names: ["Tom Brandt"]),
        Case(text: "“We will rebuild,” said Secretary of State Ida Lund.", names: ["Ida Lund"]),
        Case(text: "„Wir bauen neu“, sagte der Hafen-Vorsitzende Jonas Weber.", names: ["Jonas Weber"]),
    ]

    @Test("a role or title is not part of the resolved name", arguments: roles)
    func role(_ example: Case) {
        #expect(QuoteAnalyzer.annotate(example.text).quotes.map(\.speakerName) == example.names)
    }

    /// "The minister" and "die Ministerin" stand for the person named with that role.
    static let roleHolders: [Case] = [
        Case(
            text: """
                Landeshafenministerin Jutta Kramm rief beide Seiten zur Ruhe auf. \
                „Ich erwarte eine Einigung“, sagte die Ministerin.
                """,
            names: ["Jutta Kramm"]),
        Case(
            text: """
                Harbour minister Tom Brandt visited the pier on Monday. \
                “It must be rebuilt,” the minister said.
                """,
            names: ["Tom Brandt"]),
    ]

    @Test("a role with an article stands for the person named with it", arguments: roleHolders)
    func roleHolder(_ example: Case) {
        #expect(QuoteAnalyzer.annotate(example.text).quotes.map(\.speakerName) == example.names)
    }

    /// A pronoun stands for the first person named in its sentence or the ones before, not for
    /// a passive agent or an older source.
    static let pronouns: [Case] = [
        Case(
            text: """
                Ida Lund said the pier was safe. Tom Brandt, questioned by Lund, admitted the cracks. \
                “I should have called,” he said.
                """,
            names: ["Tom Brandt"]),
        Case(
            text: """
                Ida Lund said the pier was safe.
                In the village of Harrowby, fisherman Tom Brandt stood by his boat. “It is gone,” he said.
                """,
            names: ["Tom Brandt"]),
        Case(
            text: """
                Ida Lund said the pier was safe.
                On the last day, the widow’s brother, Tom Brandt, read a statement to the board.
                “Our family loved the pier.
                “What we ask is simple,” he said.
                """,
            names: ["Tom Brandt", "Tom Brandt"]),
    ]

    /// A pronoun is nobody named when an unnamed person is the latest source, and not the
    /// person who has "him" after them.
    static let unnamedOrObject: [Case] = [
        Case(
            text: """
                Ida Lund said the pier was safe.
                A former harbour official said the repair had been delayed. “Nobody signed it,” he said.
                """,
            names: [nil]),
        Case(
            text: """
                Questioned by Ida Lund, Tom Brandt admitted the delay. Lund asked him whether he knew.                 “Probably not,” he replied.
                """,
            names: ["Tom Brandt"]),
    ]

    @Test(
        "a pronoun skips the object of “asked him” and stays unnamed after an unnamed source",
        arguments: unnamedOrObject)
    func unnamedOrObjectPronoun(_ example: Case) {
        #expect(QuoteAnalyzer.annotate(example.text).quotes.map(\.speakerName) == example.names)
    }

    @Test("a pronoun is the first person of its sentence or the ones before", arguments: pronouns)
    func pronoun(_ example: Case) {
        #expect(QuoteAnalyzer.annotate(example.text).quotes.map(\.speakerName) == example.names)
    }

    @Test("a common noun that opens a sentence is nobody's name")
    func commonNoun() {
        let text = """
            Farmers count losses as floodwaters recede
            Floodwaters began to recede on Sunday, revealing drowned orchards.
            """
        let annotations = QuoteAnalyzer.annotate(text)
        #expect(annotations.attributions.map { $0.source?.text } == ["Floodwaters"])
        #expect(annotations.attributions.map(\.sourceName) == [nil])
    }
}
