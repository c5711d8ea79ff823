import ReaderCore
import TestSupport
import Testing

/// The reader's screens as golden text (`Goldens/*.txt`; re-record with DATELINE_RECORD_GOLDENS=1).
@Suite("Reader golden screens")
struct ReaderGoldenTests {
    @Test("list and article side by side at 100×30")
    func twoPanes() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        expectGolden(session.screen, "list-100x30.txt")
        session.press("Enter")
        expectGolden(session.screen, "article-100x30.txt")
    }

    @Test("one pane at a time at 60×20")
    func onePane() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 60, height: 20)
        expectGolden(session.screen, "list-60x20.txt")
        session.press("Enter")
        expectGolden(session.screen, "article-60x20.txt")
    }

    @Test("terminal too small at 10×4")
    func tooSmall() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 10, height: 4)
        expectGolden(session.screen, "too-small-10x4.txt")
    }

    @Test("CJK and escape-sequence titles at 100×30, with the help overlay")
    func wideTitlesAndHelp() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 100, height: 30)
        session.press("G", "Enter")
        expectGolden(session.screen, "escape-title-100x30.txt")
        session.press("K")
        expectGolden(session.screen, "cjk-title-100x30.txt")
        session.press("?")
        expectGolden(session.screen, "help-100x30.txt")
    }
}
