import ArticleAnalysis
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

    @Test("the help scrolled at 80×24 and at 60×20, and narrowed with /")
    func scrolledHelp() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 80, height: 24)
        session.press("?", "PageDown")
        expectGolden(session.screen, "help-scrolled-80x24.txt")
        session.press("/")
        session.type("mark")
        expectGolden(session.screen, "help-find-80x24.txt")
        let narrow = fixture.session(width: 60, height: 20)
        narrow.press("?", "G")
        expectGolden(narrow.screen, "help-end-60x20.txt")
    }

    @Test("the article at full width (z) and a wider list (>) at 120×35 and 80×24")
    func layouts() throws {
        let fixture = try ReaderTestArchive()
        for (width, height) in [(120, 35), (80, 24)] {
            let session = fixture.session(width: width, height: height)
            session.press("j", "Enter", "z")
            expectGolden(session.screen, "full-width-\(width)x\(height).txt")
            session.press("z", ">", ">")
            expectGolden(session.screen, "wide-list-\(width)x\(height).txt")
        }
    }

    @Test("emoji sequences (ZWJ, VS16, a family) in the list and the article at 120×35, 80×24 and 60×20")
    func emojiSequences() throws {
        let fixture = try ReaderTestArchive()
        let article = Article(
            title: "Museum \u{1F3DB}\u{FE0F} greets crew \u{1F469}\u{200D}\u{1F680} home",
            paragraphs: [
                "The crew \u{1F469}\u{200D}\u{1F680} landed at dawn, met by a family "
                    + "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} and a flag "
                    + "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308} at the museum \u{1F3DB}\u{FE0F} steps."
            ])
        _ = try fixture.archive.insert([article], now: ReaderTestArchive.importDate)
        for (width, height) in [(120, 35), (80, 24), (60, 20)] {
            let session = fixture.session(width: width, height: height)
            session.press("g", "Enter")
            expectGolden(session.screen, "emoji-\(width)x\(height).txt")
        }
    }
}
