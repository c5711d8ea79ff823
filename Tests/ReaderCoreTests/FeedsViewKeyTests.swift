import ArchiveStore
import ArticleAnalysis
import ReaderCore
import TestSupport
import Testing

/// `L`: the subscriptions with their unread counts in the list pane; Enter lists one feed's
/// articles through the `feed:` term.
@Suite("Feeds view")
struct FeedsViewKeyTests {
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"
    private let longRead = "The long read: a year on the Tessaly tide tables"

    /// The reader's test archive with two subscriptions: the Courier brought the pilots' strike
    /// and the long read (the strike read), the untitled bulletin nothing.
    static func fixture() throws -> ReaderTestArchive {
        let fixture = try ReaderTestArchive()
        let date = ReaderTestArchive.importDate
        let courier = try fixture.archive.addSubscription(
            Subscription(url: "https://courier.example/rss", title: "Kessel Bay Courier", addedAt: date))
        _ = try fixture.archive.addSubscription(Subscription(url: "https://bulletin.example/feed.xml", addedAt: date))
        let pilots = try fixture.id(of: "Harbour pilots end two-week strike at Tessaly port")
        let longRead = try fixture.id(of: "The long read: a year on the Tessaly tide tables")
        try fixture.archive.link(
            [.imported(id: pilots), .imported(id: longRead)], subscriptionID: try #require(courier.id))
        try fixture.archive.setRead(articleID: pilots, true)
        return fixture
    }

    @Test("L lists the feeds with unread counts at 80×24; Enter lists one feed's articles; Esc shows all again")
    func chooseAFeed() throws {
        let session = try Self.fixture().session(width: 80, height: 24)
        session.press("L")
        expectGolden(session.screen, "feeds-view-80x24.txt")
        #expect(session.statusLine.contains("1/2 feeds"))
        session.press("Enter")
        #expect(session.state.list.filter == ArticleFilter(feed: "1"))
        #expect(session.state.list.rows.map(\.title) == [pilots, longRead])
        #expect(session.statusLine.contains("filter: feed:1 (Kessel Bay Courier, 1 unread)"))
        session.press("?", "?")
        #expect(session.statusLine.contains("feed:1 1/2"))
        session.press("Esc")
        #expect(session.state.list.filter.isEmpty)
        #expect(session.state.list.total == 4)
    }

    @Test("a feed with no articles gives an empty list; Esc or L again closes the view; no feeds says how to add one")
    func emptyAndClose() throws {
        let session = try Self.fixture().session(width: 80, height: 24)
        session.press("L", "j", "Enter")
        #expect(session.state.list.filter == ArticleFilter(feed: "2"))
        #expect(session.state.list.total == 0)
        session.press("L", "Esc")
        #expect(session.state.listPaneMode == .list)
        #expect(session.state.list.filter == ArticleFilter(feed: "2"))
        session.press("L", "L")
        #expect(session.state.listPaneMode == .list)

        let empty = try ReaderTestArchive().session(width: 80, height: 24)
        empty.press("L")
        #expect(empty.shows("No subscriptions yet."))
    }
}
