import ArchiveStore
import ArticleAnalysis
import Foundation
import ReaderCore
import Testing

/// `F`: the feeds are fetched in the background while reading goes on; progress and the
/// summary show on the status line and the new articles join the list in place.
@Suite struct FeedFetchKeyTests {
    /// Waits (at most 5 s) until the session's background work has ended and is applied.
    static func settle(_ session: ReaderSession) {
        let deadline = Date().addingTimeInterval(5)
        while session.hasBackgroundWork, Date() < deadline {
            session.handleBackgroundEvents()
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    @Test func newArticlesAppearAndTheSummaryIsShown() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert([Article(title: "Pier opens in May", paragraphs: ["The pier opens in May."])])
        let release = DispatchSemaphore(value: 0)
        let session = ReaderSession(
            archive: archive, size: TerminalSize(width: 100, height: 30),
            fetchFeeds: { progress, finished in
                Thread {
                    progress(1, 2)
                    release.wait()
                    _ = try? archive.insert([Article(title: "Ferry returns at night", paragraphs: ["It does."])])
                    progress(2, 2)
                    finished("2 feeds: 1 new article, 0 failed", false)
                }.start()
            })

        session.handle(.key(.character("F")))
        while session.hasBackgroundWork, !session.statusLine.contains("1 of 2") { session.handleBackgroundEvents() }
        #expect(session.statusLine.contains("fetching feeds: 1 of 2"))
        session.handle(.key(.character("j")))  // reading goes on
        #expect(session.row(containing: "Ferry returns at night") == nil)
        release.signal()
        Self.settle(session)

        #expect(session.statusLine.contains("2 feeds: 1 new article, 0 failed"))
        let ferry = try #require(session.row(containing: "Ferry returns at night"))
        let pier = try #require(session.row(containing: "Pier opens in May"))
        #expect(ferry < pier)
    }

    @Test func failureIsAnErrorAndASecondFetchWaitsForTheFirst() throws {
        let release = DispatchSemaphore(value: 0)
        let session = ReaderSession(
            archive: try Archive.inMemory(), size: TerminalSize(width: 100, height: 30),
            fetchFeeds: { _, finished in
                Thread {
                    release.wait()
                    finished("1 feed: 0 new articles, 1 failed", true)
                }.start()
            })

        session.handle(.key(.character("F")))
        session.handle(.key(.character("F")))
        #expect(session.statusLine.contains("the feeds are being fetched already"))
        release.signal()
        Self.settle(session)

        #expect(session.statusLine.contains("1 feed: 0 new articles, 1 failed (dateline feeds lists why)"))
        #expect(session.state.status?.isError == true)
    }

    @Test func withoutAFetcherTheReaderSaysWhereFeedsAreFetched() throws {
        let session = ReaderSession(archive: try Archive.inMemory(), size: TerminalSize(width: 100, height: 30))

        session.handle(.key(.character("F")))

        #expect(session.statusLine.contains("feeds are fetched with dateline refresh"))
        #expect(!session.hasBackgroundWork)
    }
}
