import Foundation
import TestSupport
import Testing

/// `--feed` and `feed:` on `list`, `search` and `export`: the built binary against a local server.
@Suite("Feed filter option")
struct FeedFilterOptionTests {
    @Test("--feed by id or title narrows list, search and export; feed: works in --filter")
    func feedOption() throws {
        let bay = FeedFixture.rss(items: [1, 2].map { FeedFixture.item($0) })
        let ferries = FeedFixture.rss(
            title: "Ferry Bulletin", items: [7].map { FeedFixture.item($0, site: "https://ferries.example") })
        let server = try LocalHTTPServer(routes: [
            "/bay": .ok(bay, contentType: "application/rss+xml"),
            "/ferries": .ok(ferries, contentType: "application/rss+xml"),
        ])
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        for path in ["/bay", "/ferries"] {
            #expect(try DatelineBinary.run(["feeds", "add", "--archive", archive, server.url(path)]).status == 0)
        }
        #expect(try DatelineBinary.run(["refresh", "--archive", archive]).status == 0)
        func ids(_ arguments: [String]) throws -> [String] {
            FilterOptionTests.ids(try DatelineBinary.run(arguments + ["--archive", archive]).stdout)
        }

        #expect(try ids(["list"]).count == 3)
        let bayIDs = try ids(["list", "--feed", "1"])
        #expect(bayIDs.count == 2)
        #expect(try ids(["list", "--feed", "kessel bay"]) == bayIDs)
        #expect(try ids(["list", "--filter", #"feed:"Kessel Bay Courier""#]) == bayIDs)
        let ferryIDs = try ids(["list", "--feed", "ferry bulletin"])
        #expect(ferryIDs.count == 1 && !bayIDs.contains(ferryIDs[0]))
        #expect(try ids(["list", "--feed", "/ferries"]) == ferryIDs)
        #expect(try ids(["search", "timetable", "--feed", "2"]) == ferryIDs)
        #expect(try ids(["search", "timetable", "--feed", "Kessel"]).sorted() == bayIDs.sorted())

        let export = try DatelineBinary.run([
            "export", "--feed", "Ferry", "--format", "json", "--archive", archive,
        ])
        let entries = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]]
        #expect(entries?.map { $0["title"] as? String } == ["Harbour notice number 7"])

        let none = try DatelineBinary.run(["list", "--feed", "9", "--archive", archive])
        #expect(none.status == 0 && none.stdout.isEmpty)
        let empty = try DatelineBinary.run(["list", "--feed", " ", "--archive", archive])
        #expect(empty.status == 1)
        #expect(empty.stderr == "dateline: the filter term feed: needs a value\n")
    }
}
