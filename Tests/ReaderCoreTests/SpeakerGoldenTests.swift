import ReaderCore
import TestSupport
import Testing

/// The speakers panel and the speaker index as golden text (re-record with
/// DATELINE_RECORD_GOLDENS=1).
@Suite("Speaker golden screens")
struct SpeakerGoldenTests {
    @Test("speakers panel beside the article at 100×30, then the filter in the status line")
    func panelTwoPanes() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("j", "Enter", "s")
        expectGolden(session.screen, "speakers-panel-100x30.txt")
        session.press("Enter", "j")
        expectGolden(session.screen, "speakers-filter-100x30.txt")
    }

    @Test("speakers panel over the article's lower half at 60×20")
    func panelOnePane() throws {
        let session = try SpeakerTestArchive().session(width: 60, height: 20)
        session.press("Enter", "s")
        expectGolden(session.screen, "speakers-panel-60x20.txt")
    }

    @Test("speaker index and a speaker's articles at 100×30")
    func index() throws {
        let session = try SpeakerTestArchive().session(width: 100, height: 30)
        session.press("S")
        expectGolden(session.screen, "speaker-index-100x30.txt")
        session.press("c", "a", "s", "Enter")
        expectGolden(session.screen, "speaker-index-articles-100x30.txt")
    }
}
