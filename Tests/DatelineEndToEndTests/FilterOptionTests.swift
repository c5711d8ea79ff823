import Foundation
import TestSupport
import Testing

/// The filter and sort options of `list`, `search` and `export`: the built binary.
@Suite("Filter options")
struct FilterOptionTests {
    /// Three articles (ids 1 to 3); 1 and 3 tagged `harbour`, 2 read.
    static func archive(in directory: TemporaryDirectory) throws -> String {
        let archive = try directory.importArchive([
            ("breakwater.txt", Array("Breakwater finished\nThe harbour breakwater held through the storm.\n".utf8)),
            ("market.txt", Array("Fish market moves\nThe fish market opens on the east quay.\n".utf8)),
            ("tides.txt", Array("Anchorage dredged\nThe harbour anchorage was dredged.\n".utf8)),
        ])
        #expect(try DatelineBinary.run(["tag", "1", "3", "+harbour", "--archive", archive]).status == 0)
        return archive
    }

    /// The ids at the start of the lines of `output` (search's snippet lines have none).
    static func ids(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.filter {
            Int($0) != nil
        }
    }

    @Test(
        "list keeps what the options and --filter describe, in the --sort order",
        arguments: [
            (["--tag", "harbour"], ["3", "1"]), (["--filter", "tag:harbour"], ["3", "1"]),
            (["--tag", "harbour", "--sort", "title"], ["3", "1"]), (["--sort", "oldest"], ["1", "2", "3"]),
            (["--filter", "tag:harbour", "--source", "market"], []), (["--source", "MARKET"], ["2"]),
            (["--since", "2000-01-01", "--sort", "title"], ["3", "1", "2"]),
        ])
    func list(options: [String], ids: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let result = try DatelineBinary.run(["list", "--archive", archive] + options)
        #expect(result.status == 0)
        #expect(Self.ids(result.stdout) == ids)
    }

    @Test("search with a tag and --sort, export of a filter, and a bad expression in one sentence")
    func searchExportAndErrors() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try Self.archive(in: directory)
        let search = try DatelineBinary.run(["search", "harbour", "--tag", "harbour", "--archive", archive])
        #expect(Self.ids(search.stdout).sorted() == ["1", "3"])
        for (order, ids) in [("oldest", ["1", "3"]), ("newest", ["3", "1"]), ("title", ["3", "1"])] {
            let sorted = try DatelineBinary.run(["search", "harbour", "--sort", order, "--archive", archive])
            #expect(Self.ids(sorted.stdout) == ids, "--sort \(order)")
        }
        let badSort = try DatelineBinary.run(["search", "harbour", "--sort", "size", "--archive", archive])
        #expect(badSort.status != 0)
        let none = try DatelineBinary.run(["search", "fish", "--filter", "tag:harbour", "--archive", archive])
        #expect(none.status == 1)

        let export = try DatelineBinary.run([
            "export", "--tag", "harbour", "--sort", "oldest", "--format", "json", "--archive", archive,
        ])
        let entries = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]]
        #expect(entries?.map { $0["title"] as? String } == ["Breakwater finished", "Anchorage dredged"])

        let bad = try DatelineBinary.run(["list", "--filter", "tag:harbour unred", "--archive", archive])
        #expect(bad.status == 1)
        #expect(
            bad.stderr
                == "dateline: 'unred' is not a filter term: use tag:NAME, unread, bookmarked, source:TEXT, "
                + "since:YYYY-MM-DD, until:YYYY-MM-DD, lang:CODE, speaker:NAME or feed:ID-OR-TITLE\n")
        let badDay = try DatelineBinary.run(["list", "--since", "2026-13-01", "--archive", archive])
        #expect(badDay.stderr == "dateline: '2026-13-01' is not a day: write it as YYYY-MM-DD\n")
    }
}
