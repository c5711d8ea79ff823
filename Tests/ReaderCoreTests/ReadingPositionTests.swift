import ArchiveStore
import ReaderCore
import Testing

/// The reading position and the place the reader was closed on, kept in the archive.
@Suite("Reading position")
struct ReadingPositionTests {
    private let longRead = "The long read: a year on the Tessaly tide tables"

    /// Scrolls the open article down until its first row shows `text`.
    private func scroll(_ session: ReaderSession, untilTopShows text: String) throws {
        for _ in 0..<400 where !session.rows[0].contains(text) { session.press("j") }
        try #require(session.rows[0].contains(text))
    }

    @Test("leaving an article stores its position; reopening at another width returns to the same paragraph")
    func restoredAtAnotherWidth() throws {
        let fixture = try ReaderTestArchive()
        let wide = fixture.session(width: 100, height: 30)
        wide.press("j", "Enter")
        try scroll(wide, untilTopShows: "Paragraph 20 of")
        wide.press("q")
        let id = try fixture.id(of: longRead)
        #expect(try fixture.archive.readingState(articleID: id).scrollOffset > 0)
        wide.press("q")
        #expect(wide.isFinished)

        let narrow = fixture.session(width: 60, height: 20)
        #expect(narrow.state.list.selectedRow?.title == longRead)
        narrow.press("Enter")
        #expect(narrow.state.focus == .article)
        #expect(narrow.rows[0].contains("Paragraph 20 of"))
    }

    @Test("the reader reopens on the article and pane it was closed on")
    func reopensOnLastArticle() throws {
        let fixture = try ReaderTestArchive()
        let first = fixture.session(width: 100, height: 30)
        first.press("j", "Enter")
        try scroll(first, untilTopShows: "Paragraph 9 of")
        first.press("Q")
        #expect(first.isFinished)

        let second = fixture.session(width: 80, height: 24)
        #expect(second.state.focus == .article)
        #expect(try second.state.article?.document.articleID == fixture.id(of: longRead))
        #expect(second.rows[0].contains("Paragraph 9 of"))
    }

    @Test("an article opened for the first time starts at the top; quitting from the list reopens on the list")
    func freshArticleAndListPane() throws {
        let fixture = try ReaderTestArchive()
        let first = fixture.session(width: 100, height: 30)
        first.press("Enter", "q", "q")
        let second = fixture.session(width: 100, height: 30)
        #expect(second.state.focus == .list)
        #expect(second.state.article?.top == 0)
        #expect(second.state.article != nil)
    }

    @Test("the position is a body offset: the update asks to save it on back and on quit")
    func effects() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("j", "Enter")
        try scroll(session, untilTopShows: "Paragraph 2 of")
        var state = session.state
        let id = try fixture.id(of: longRead)
        let body = try fixture.archive.article(id: id).body
        let offset = try #require(body.unicodeScalars.count > 0 ? state.article?.readingPosition : nil)
        let expected = body.unicodeScalars.distance(
            from: body.unicodeScalars.startIndex,
            to: try #require(body.range(of: "Paragraph 2 of")).lowerBound.samePosition(in: body.unicodeScalars)!)
        #expect(offset == expected)
        #expect(state.update(.action(.back)) == [.saveReadingPosition(id: id, offset: offset)])
        #expect(
            state.update(.action(.quit)) == [
                .saveReadingPosition(id: id, offset: offset), .rememberPlace(articleID: id, focus: .list), .quit,
            ])
    }
}
