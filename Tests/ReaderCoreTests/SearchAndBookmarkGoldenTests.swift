import ReaderCore
import TestSupport
import Testing

/// Golden screens of search highlights and the bookmarks view; the line under a row marks
/// `search_match` cells with `^` and `search_current` cells with `#`.
@Suite("Search and bookmark golden screens")
struct SearchAndBookmarkGoldenTests {
    private let marks: [Role: Character] = [.searchMatch: "^", .searchCurrent: "#"]

    @Test("an in-article search: every match highlighted, the current one apart, the prompt on the status line")
    func articleSearch() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "Enter", "/")
        session.type("the fog")
        expectGolden(session.screen, "search-typing-100x30.txt", marking: marks)
        session.press("Enter", "n", "n")
        expectGolden(session.screen, "search-third-match-100x30.txt", marking: marks)
    }

    @Test("archive search results in the list pane at 100×30 and 60×20")
    func archiveSearch() throws {
        let fixture = try ReaderTestArchive()
        for (width, height) in [(100, 30), (60, 20)] {
            let session = fixture.session(width: width, height: height)
            session.press("/")
            session.type("tessaly")
            session.press("Enter")
            expectGolden(session.screen, "archive-search-\(width)x\(height).txt", marking: marks)
        }
    }

    @Test("the bookmarks-only view with a note")
    func bookmarksView() throws {
        let session = try ReaderTestArchive().session(width: 100, height: 30)
        session.press("j", "a")
        session.type("fog chapter")
        session.press("Enter", "j", "j", "b", "B", "?", "?")
        expectGolden(session.screen, "bookmarks-100x30.txt", marking: marks)
    }
}
