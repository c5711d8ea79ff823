import ReaderCore
import TestSupport
import Testing

/// The speakers panel and the speaker index as golden text (re-record with
/// DATELINE_RECORD_GOLDENS=1).
@Suite("Speaker golden screens")
struct SpeakerGoldenTests {
    private func expectGolden(_ session: ReaderSession, _ name: String) {
        let mismatch = GoldenFile.mismatch(ScreenText.golden(session.screen), name: name, testFile: #filePath)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""))
    }

    @Test("speakers panel beside the article at 100×30, then the filter in the status line")
    func panelTwoPanes() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("j", "Enter", "s")
        expectGolden(session, "speakers-panel-100x30.txt")
        session.press("Enter", "j")
        expectGolden(session, "speakers-filter-100x30.txt")
    }

    @Test("speakers panel over the article's lower half at 60×20")
    func panelOnePane() throws {
        let session = try SpeakerTestArchive().session(width: 60, height: 20)
        session.press("Enter", "s")
        expectGolden(session, "speakers-panel-60x20.txt")
    }

    @Test("speaker index and a speaker's articles at 100×30")
    func index() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("S")
        expectGolden(session, "speaker-index-100x30.txt")
        session.press("c", "a", "s", "Enter")
        expectGolden(session, "speaker-index-articles-100x30.txt")
    }
}
