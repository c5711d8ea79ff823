import Foundation
import TestSupport
import Testing

/// `dateline feeds` and `dateline refresh` run as a user runs them, against a local server.
@Suite("Subscriptions and refresh commands")
struct FeedCommandTests {
    struct Feed: Decodable {
        var id: Int
        var title: String?
        var url: String
        var tags: [String]
        var fullText: Bool
        var lastSuccess: String?
        var lastError: String?
        var articles: Int
        var unread: Int
    }

    struct Refresh: Decodable {
        struct Result: Decodable {
            var url: String
            var status: String
            var new: Int
            var error: String?
        }
        var feeds: [Result]
        var newArticles: Int
        var failed: Int
        var summary: String
    }

    /// Reads the commands' snake_case keys.
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(json.utf8))
    }

    static func feed(_ items: [Int]) -> LocalHTTPServer.Response {
        .ok(FeedFixture.rss(items: items.map { FeedFixture.item($0) }), contentType: "application/rss+xml")
    }

    @Test("feeds add, list as text and JSON, refresh with a failure, remove with and without articles")
    func subscribeRefreshRemove() throws {
        let server = try LocalHTTPServer(routes: ["/courier": Self.feed([1, 2]), "/gone": .init(status: 500)])
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        func run(_ arguments: String...) throws -> DatelineBinary.Result {
            try DatelineBinary.run([arguments[0], "--archive", archive] + arguments.dropFirst())
        }

        let added = try DatelineBinary.run([
            "feeds", "add", "--archive", archive, server.url("/courier"), "--tag", "coast", "--tag", "ferries",
            "--title", "Courier",
        ])
        #expect(added.status == 0)
        #expect(added.stdout == "subscribed to Courier (feed 1); dateline refresh fetches it\n")
        #expect(try DatelineBinary.run(["feeds", "add", "--archive", archive, server.url("/gone")]).status == 0)
        let twice = try DatelineBinary.run(["feeds", "add", "--archive", archive, server.url("/gone")])
        #expect(twice.status == 1)
        #expect(twice.stderr == "dateline: \(server.url("/gone")) is subscribed already\n")
        let notURL = try DatelineBinary.run(["feeds", "add", "--archive", archive, "courier.xml"])
        #expect(notURL.stderr == "dateline: courier.xml is not an http or https address\n")

        let refreshed = try run("refresh")
        #expect(refreshed.status == 1)
        #expect(refreshed.stdout == "2 feeds: 2 new articles, 1 failed\n")
        #expect(refreshed.stderr == "dateline: \(server.url("/gone")): the server answered HTTP 500\n")

        let listed = try DatelineBinary.run(["feeds", "list", "--archive", archive, "--format", "json"])
        let feeds = try Self.decode([Feed].self, listed.stdout)
        #expect(feeds.map(\.url) == [server.url("/courier"), server.url("/gone")])
        #expect(feeds[0].tags == ["coast", "ferries"])
        #expect(feeds[0].articles == 2 && feeds[0].unread == 2 && feeds[0].lastSuccess != nil)
        #expect(feeds[1].lastError == "the server answered HTTP 500" && feeds[1].lastSuccess == nil)
        let text = try run("feeds").stdout
        #expect(text.contains("   1  Courier (2 articles, 2 unread) ok "))
        #expect(text.contains("\n      \(server.url("/courier"))  tags: coast, ferries\n"))
        #expect(text.contains("   2  127.0.0.1 (0 articles, 0 unread) failed "))

        server.setRoute("/courier", Self.feed([3, 2, 1]))
        let json = try DatelineBinary.run(["refresh", "--archive", archive, "--format", "json", "1"])
        #expect(json.status == 0)
        let report = try Self.decode(Refresh.self, json.stdout)
        #expect(report.feeds.map(\.status) == ["updated"])
        #expect(report.newArticles == 1 && report.failed == 0)
        #expect(report.summary == "1 feed: 1 new article, 0 failed")

        let kept = try DatelineBinary.run(["feeds", "remove", "--archive", archive, server.url("/gone")])
        #expect(kept.stdout == "removed the feed \(server.url("/gone"))\n")
        let removed = try DatelineBinary.run(["feeds", "remove", "--archive", archive, "1", "--articles"])
        #expect(removed.stdout == "removed the feed Courier and 3 articles\n")
        #expect(try run("list").stdout.isEmpty)
        #expect(try run("feeds").stdout.isEmpty)
        let unknown = try DatelineBinary.run(["feeds", "remove", "--archive", archive, "7"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no subscription has the id or address 7"))
        let none = try run("refresh")
        #expect(none.stderr == "dateline: there are no subscriptions: add one with dateline feeds add URL\n")
    }

    @Test("feeds import reads a newsboat urls file; feeds export writes OPML that imports back the same")
    func importAndExport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = directory.path("first.sqlite")
        let second = directory.path("second.sqlite")
        let urls = try directory.write(
            "urls",
            text: """
                https://courier.example/feed.xml coast "harbour news" ~Courier
                "query:Unread:unread = \\"yes\\""
                https://ferries.example/atom transport
                """)

        let imported = try DatelineBinary.run(["feeds", "import", "--archive", first, urls])
        #expect(imported.status == 0)
        #expect(imported.stdout == "subscribed to 2 feeds, skipped 1\n")
        #expect(
            imported.stderr
                == "dateline: \(urls):2: skipped \"query:Unread:unread = \\\"yes\\\"\": query feeds are newsboat's own searches\n"
        )
        let again = try DatelineBinary.run(["feeds", "import", "--archive", first, urls])
        #expect(again.stdout == "subscribed to 0 feeds, 2 already subscribed, skipped 1\n")

        let exported = try DatelineBinary.run(["feeds", "export", "--archive", first])
        #expect(exported.status == 0)
        let opml = try directory.write("feeds.opml", text: exported.stdout)
        #expect(try DatelineBinary.run(["feeds", "import", "--archive", second, opml]).status == 0)

        let listings = try [first, second].map { archive in
            try Self.decode(
                [Feed].self, try DatelineBinary.run(["feeds", "list", "--archive", archive, "--format", "json"]).stdout)
        }
        #expect(listings[0].map(\.url) == ["https://courier.example/feed.xml", "https://ferries.example/atom"])
        #expect(listings[0].map(\.title) == ["Courier", nil])
        #expect(listings[0].map(\.tags) == [["coast", "harbour-news"], ["transport"]])
        #expect(listings[1].map(\.url) == listings[0].map(\.url))
        #expect(listings[1].map(\.title) == listings[0].map(\.title))
        #expect(listings[1].map(\.tags) == listings[0].map(\.tags))
    }

    @Test(
        "F in the reader fetches the feeds in the background: the status line sums up, new rows appear",
        .enabled(if: ReaderTmuxSession.isAvailable, "tmux is not installed"))
    func fetchInTheReader() throws {
        let server = try LocalHTTPServer(routes: ["/courier": Self.feed([1])])
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        #expect(try DatelineBinary.run(["feeds", "add", "--archive", archive, server.url("/courier")]).status == 0)
        #expect(try DatelineBinary.run(["refresh", "--archive", archive]).status == 0)
        server.setRoute("/courier", Self.feed([2, 1]))

        let session = try ReaderTmuxSession(
            command: "env TERM=xterm-256color LANG=C.UTF-8 HOME='\(directory.url.path)' "
                + "'\(DatelineBinary.path)' --archive '\(archive)'",
            width: 100, height: 30)
        try session.waitFor(text: "Harbour notice number 1")
        try session.send("F")
        let screen = try session.waitFor(text: "1 feed: 1 new article, 0 failed")
        #expect(try session.waitFor(text: "Harbour notice number 2").contains("Harbour notice number 1"))
        #expect(screen.contains("1 feed: 1 new article, 0 failed"))
        try session.send("Q")
    }
}
