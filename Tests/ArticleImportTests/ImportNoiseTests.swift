import ArchiveStore
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// What the real binary prints while importing broken pages and feeds, and a folder of
/// thousands of varied small feeds: only Dateline's own one-line messages, never libxml2's,
/// and never an article of raw markup.
@Suite struct ImportNoiseTests {
    /// Whether every line of `stderr` is one of Dateline's own (`dateline: INPUT: reason`).
    static func onlyOwnMessages(_ stderr: String) -> Bool {
        stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("dateline: ") }
    }

    /// Whether `text` holds markup: a tag, an entity or a character reference.
    static func holdsMarkup(_ text: String) -> Bool {
        text.range(of: "<[A-Za-z/!?]", options: .regularExpression) != nil
            || text.range(of: "&(#x?[0-9A-Fa-f]+|[A-Za-z]+);", options: .regularExpression) != nil
    }

    @Test func brokenPagesAndFeedsPrintOnlyDatelinesMessages() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let japanese = try #require(
            Transcoder.convert(
                Array("<p>北浜港と南島を結ぶ新しいフェリー航路が三月一日に開設され、初日から多くの観光客が利用した。</p>".utf8),
                from: "UTF-8", to: "SHIFT_JIS"))
        let inputs: [(String, [UInt8])] = [
            (
                "truncated.xml",
                Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quay</title><item><title>A".utf8)
            ),
            (
                "entity.xml",
                Array("<rss version=\"2.0\"><channel><item><title>Tide&nbsp;tables</title></item></channel></rss>".utf8)
            ),
            ("mismatch.xml", Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</entry></feed>".utf8)),
            (
                "external.xml",
                Array(
                    "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://dtd.example/rss.dtd\"><rss version=\"2.0\"><channel><item><title>&ext;</title></item></channel></rss>"
                        .utf8)
            ),
            (
                "lying.html",
                Array("<html><head><meta charset=\"utf-8\"><title>Ferry</title></head><body>".utf8) + japanese
                    + Array("</body></html>".utf8)
            ),
            (
                "badbytes.xml",
                Array(
                    "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><item><title>"
                        .utf8)
                    + [0xFF, 0xFE, 0x80, 0x81] + Array("</title></item></channel></rss>".utf8)
            ),
            ("tags.html", Array("<html><body><p <<< class=x>Quay <b><i>works</b></i> &bogus; <div></span></p>".utf8)),
        ]
        try FileManager.default.createDirectory(atPath: directory.path("in"), withIntermediateDirectories: true)
        for (name, bytes) in inputs { try directory.write("in/\(name)", bytes) }

        let result = try DatelineBinary.run([
            "import", "--archive", directory.path("a.sqlite"), "--recursive", directory.path("in"),
        ])

        #expect(Self.onlyOwnMessages(result.stderr), "stderr:\n\(result.stderr)")
        #expect(!result.stderr.contains("parser error"))
        #expect(!result.stderr.contains("encoding error"))
        #expect(result.status == 0 || result.status == 1)
    }

    @Test func folderOfThousandsOfVariedFeedsStoresNoMarkupAndPrintsNoLibraryMessage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var generator = FeedCorpus(seed: 25)
        let count = 2_000
        for index in 0..<count {
            let (name, bytes) = generator.feed(index)
            if index % 250 == 0 {
                try FileManager.default.createDirectory(
                    atPath: directory.path("in/\(index / 250)"), withIntermediateDirectories: true)
            }
            try directory.write("in/\(index / 250)/\(name)", bytes)
        }
        let archive = directory.path("a.sqlite")

        let result = try DatelineBinary.run(["import", "--archive", archive, "--recursive", directory.path("in")])

        #expect(result.status == 0 || result.status == 1, "stderr:\n\(result.stderr.prefix(2_000))")
        #expect(Self.onlyOwnMessages(result.stderr), "stderr:\n\(result.stderr.prefix(2_000))")
        #expect(result.stdout.contains("imported "))
        let stored = try Archive.open(path: archive, access: .read)
        let total = try stored.articleCount()
        var checked = 0
        var id: Int64 = 1
        while checked < total, id < 10 * Int64(count) {
            defer { id += 1 }
            guard let article = try? stored.article(id: id) else { continue }
            #expect(!Self.holdsMarkup(article.title), "markup in title: \(article.title)")
            #expect(!Self.holdsMarkup(article.body), "markup in body of \(article.title): \(article.body.prefix(200))")
            #expect(!article.title.contains("\u{FFFD}") && !article.body.contains("\u{FFFD}"))
            checked += 1
        }
        #expect(checked == total)
        #expect(total > count / 2, "only \(total) articles stored: \(result.stdout.suffix(300))")
    }
}
