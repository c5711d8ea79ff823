import ArticleAnalysis
import ReaderCore
import Testing

@Suite("Speakers of one article")
struct ArticleSpeakersTests {
    /// A span of `text` found in `body` (the first occurrence at or after `from`).
    static func span(_ text: String, in body: String, from: Int = 0) -> TextSpan {
        let scalars = Array(body.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        let start = (from...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
        return TextSpan(start: start, end: start + needle.count, text: text)
    }

    static let body =
        "“We will stay,” Dr. Ola Berg said. Four sources said the talks failed. “It is over,” she told reporters. "
        + "“Nothing is decided,” a spokesman said. Ola Berg later denied it. “Calm down.” Ines Roy warned of delays."

    static var annotations: Annotations {
        let body = Self.body
        let first = span("“We will stay,”", in: body)
        let second = span("“It is over,”", in: body)
        let third = span("“Nothing is decided,”", in: body)
        let floating = span("“Calm down.”", in: body)
        return Annotations(
            quotes: [
                Quote(
                    span: third, speaker: span("a spokesman", in: body), cue: span("said", in: body, from: third.end)),
                Quote(
                    span: first, speaker: span("Dr. Ola Berg", in: body), speakerName: "Dr. Ola Berg",
                    cue: span("said", in: body)),
                Quote(
                    span: second, speaker: span("she", in: body), speakerName: "Ola Berg", cue: span("told", in: body)),
                Quote(span: floating),
            ],
            attributions: [
                Attribution(
                    kind: .direct, source: span("Dr. Ola Berg", in: body), sourceName: "Dr. Ola Berg",
                    cue: span("said", in: body)),
                Attribution(
                    kind: .indirect, source: span("Four sources", in: body), cue: span("said", in: body, from: 40)),
                Attribution(
                    kind: .direct, source: span("she", in: body), sourceName: "Ola Berg", cue: span("told", in: body)),
                Attribution(
                    kind: .direct, source: span("a spokesman", in: body), cue: span("said", in: body, from: third.end)),
                Attribution(
                    kind: .indirect, source: span("Ola Berg", in: body, from: 140), sourceName: "Ola Berg",
                    cue: span("denied", in: body)),
                Attribution(
                    kind: .indirect, source: span("Ines Roy", in: body), sourceName: "Ines Roy",
                    cue: span("warned", in: body)),
                Attribution(kind: .indirect, source: nil, cue: span("said", in: body, from: 40)),
            ])
    }

    @Test("names first (most quoted first), then unnamed sources, then quotes without a speaker")
    func order() {
        let speakers = ArticleSpeakers(annotations: Self.annotations)
        #expect(
            speakers.entries.map(\.name) == [
                "Dr. Ola Berg", "Ines Roy", "a spokesman", "Four sources", "no speaker found",
            ])
        #expect(speakers.entries.map(\.kind) == [.named, .named, .unnamed, .unnamed, .unattributed])
    }

    @Test("one person under several spellings and pronouns is one entry with every quote, attribution and cue")
    func grouping() {
        let speakers = ArticleSpeakers(annotations: Self.annotations)
        let berg = speakers.entries[0]
        #expect(berg.key == "ola berg")
        #expect(berg.quotes.map(\.text) == ["“We will stay,”", "“It is over,”"])
        #expect(berg.attributionCount == 3)
        #expect(berg.cues == ["said", "told", "denied"])
        #expect(speakers.entries[1].quotes.isEmpty && speakers.entries[1].attributionCount == 1)
        #expect(speakers.entries[2].quotes.map(\.text) == ["“Nothing is decided,”"])
        #expect(speakers.entries[3].cues == ["said"])
        #expect(speakers.entries[4].quotes.map(\.text) == ["“Calm down.”"])
        #expect(speakers.namedEntry(key: "ola berg") == 0)
        #expect(speakers.namedEntry(key: "four sources") == nil)
    }

    @Test("an article without quotes or attributions has no speakers")
    func empty() {
        #expect(ArticleSpeakers(annotations: Annotations()).entries.isEmpty)
    }
}
