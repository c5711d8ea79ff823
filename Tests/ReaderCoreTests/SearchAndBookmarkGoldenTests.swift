import ReaderCore
import TestSupport
import Testing

/// Golden screens of search highlights and the bookmarks view; the line under a row marks
/// `search_match` cells with `^` and `search_current` cells with `#`.
@Suite("Search and bookmark golden screens")
struct SearchAndBookmarkGoldenTests {
    private let marks: [Role: Character] = [.searchMatch: "^", .searchCurrent: "#"]

    private func expectGolden(_ session: ReaderSession, _ name: String) {
        let text = ScreenText.golden(session.screen, marking: marks)
        let mismatch = GoldenFile.mismatch(text, name: name, testFile: #filePath)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
    }

    @Test("an in-article search: every match highlighted, the current one apart, the prompt on the status line")
    func articleSearch() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "Enter", "/")
        session.type("the fog")
        expectGolden(session, "search-typing-100x30.txt")
        session.press("Enter", "n", "n")
        expectGolden(session, "search-third-match-100x30.txt")
    }

    @Test("archive search results in the list pane at 100×30 and 60×20")
    func archiveSearch() throws {
        let fixture = try ReaderTestArchive()
        for (width, height) in [(100, 30), (60, 20)] {
            let session = fixture.session(width: width, height: height)
            session.press("/")
            session.type("tessaly")
            session.press("Enter")
            expectGolden(session, "archive-search-\(width)x\(height).txt")
        }
    }

    @Test("the bookmarks-only view with a note")
    func bookmarksView() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "a")
        session.type("fog chapter")
        session.press("Enter", "j", "j", "b", "B", "Esc")
        expectGolden(session, "bookmarks-100x30.txt")
    }
}
