import ArchiveStore
import ArticleAnalysis
import ReaderCore
import TestSupport
import Testing

/// Quotes, speakers, cues and bylines are drawn in their own roles; body text in none of them.
@Suite("Article roles")
struct ArticleRolesTests {
    /// The span of the first occurrence of `needle` in `text`, in Unicode scalar offsets.
    private func span(_ needle: String, in text: String) -> TextSpan {
        let range = text.range(of: needle)!
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return TextSpan(start: start, end: start + needle.unicodeScalars.count, text: needle)
    }

    /// The harbour-pilots article open at `width`×`height` with hand-made annotations, so
    /// the test does not depend on how good the analyser is.
    private func openPilotsArticle(width: Int, height: Int) throws -> ReaderState {
        let fixture = try ReaderTestArchive()
        let record = try fixture.archive.article(
            id: fixture.id(of: "Harbour pilots end two-week strike at Tessaly port"))
        let body = record.body
        let quote = "\u{201C}We are back because the port needs us, not because anything has been fixed,\u{201D}"
        let annotations = Annotations(
            quotes: [
                Quote(
                    span: span(quote, in: body), speaker: span("Dagny Sorensen", in: body),
                    speakerName: "Dagny Sorensen", cue: span("said Dagny", in: body).prefix(4))
            ],
            attributions: [
                Attribution(
                    kind: .indirect, source: span("three people familiar with the talks", in: body),
                    cue: span("according to", in: body)),
                Attribution(
                    kind: .indirect, source: span("two officials", in: body),
                    cue: span("officials said", in: body).suffix(4)),
            ])
        var state = ReaderState(size: TerminalSize(width: width, height: height))
        _ = state.update(.articleLoaded(record, annotations))
        _ = state.update(.action(.switchPane))
        return state
    }

    /// The roles of `text` on the first row of `screen` that shows it.
    private func roles(of text: String, on screen: Screen) -> [Role]? {
        for row in 0..<screen.height {
            if let roles = screen.roles(of: text, row: row) { return roles }
        }
        return nil
    }

    @Test("each annotation kind is drawn in its role, body text is plain", arguments: [(100, 30), (60, 20)])
    func rolesOfCells(width: Int, height: Int) throws {
        let screen = ReaderRenderer.render(try openPilotsArticle(width: width, height: height))
        let expectations: [(String, Role)] = [
            ("Harbour pilots end two-week strike", .title),
            ("By Oskar Melnyk", .byline),
            ("\u{201C}We are back because", .quote),
            ("fixed,\u{201D}", .quote),
            ("Dagny Sorensen", .speaker),
            ("according to", .cue),
            ("three people", .speaker),
            ("two officials", .speaker),
            ("returned to work on", .text),
            ("who leads", .text),
        ]
        for (text, role) in expectations {
            let found = roles(of: text, on: screen)
            #expect(found != nil, "\(text) is not on the screen")
            #expect(found?.allSatisfy { $0 == role } == true, "\(text): \(found ?? []) instead of \(role)")
        }
        #expect(roles(of: "said", on: screen)?.allSatisfy { $0 == .cue } == true)
    }

    @Test("a quote wrapped over two lines keeps its role on both")
    func quoteAcrossLines() throws {
        let screen = ReaderRenderer.render(try openPilotsArticle(width: 60, height: 20))
        let rows = screen.rows
        let first = try #require(rows.firstIndex { $0.contains("\u{201C}We are back") })
        let continuation = rows[first + 1]
        #expect(continuation.contains("fixed,\u{201D}"))
        #expect(screen.roles(of: "anything has been", row: first + 1)?.allSatisfy { $0 == .quote } == true)
    }

    @Test("] marks the quote in the current-quote role and [ unmarks the other")
    func markedQuote() throws {
        var state = try openPilotsArticle(width: 100, height: 30)
        _ = state.update(.key(.character("]")))
        let screen = ReaderRenderer.render(state)
        #expect(roles(of: "\u{201C}We are back", on: screen)?.allSatisfy { $0 == .quoteCurrent } == true)
        #expect(state.status?.text == "quote 1 of 1: Dagny Sorensen")
        #expect(roles(of: "Dagny Sorensen", on: screen)?.allSatisfy { $0 == .speaker } == true)
    }

    @Test("the real analyser's quotes reach the screen in the quote role")
    func analysedQuotes() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("Enter")
        let screen = session.screen
        #expect(roles(of: "\u{201C}Every day of delay", on: screen)?.allSatisfy { $0 == .quote } == true)
        #expect(roles(of: "Harbour pilots at the port", on: screen)?.allSatisfy { $0 == .text } == true)
    }
}

extension TextSpan {
    /// The first `count` scalars of the span (ASCII text only).
    fileprivate func prefix(_ count: Int) -> TextSpan {
        TextSpan(start: start, end: start + count, text: String(text.prefix(count)))
    }

    /// The last `count` scalars of the span (ASCII text only).
    fileprivate func suffix(_ count: Int) -> TextSpan {
        TextSpan(start: end - count, end: end, text: String(text.suffix(count)))
    }
}
