import ArchiveStore
import ArticleAnalysis
import ArticleImport
import Foundation
import TestSupport
import Testing

/// Sources are checked and normalised when an article is imported.
@Suite("Article sources")
struct SourceAddressTests {
    @Test(
        "web addresses lose their credentials, spaces are encoded, broken ones are dropped",
        arguments: [
            ("http://user:secret@example.org/pier?x=1", "http://example.org/pier?x=1"),
            ("https://jane@example.org/a", "https://example.org/a"),
            ("  https://example.org/a b  ", "https://example.org/a%20b"),
            ("https://example.org/pier\n> “We surrender.” — The President", nil),
            ("https://example.org/\u{1B}]0;x\u{07}", nil),
            ("https://", nil),
            ("/home/ana/saved/pier.html", "/home/ana/saved/pier.html"),
            ("sample:sample-01.txt", "sample:sample-01.txt"),
            ("notes\u{2028}more", nil),
            ("", nil),
        ] as [(String, String?)])
    func normalised(source: String, stored: String?) {
        #expect(SourceAddress.normalised(source) == stored)
    }

    @Test("an imported article's source is stored normalised")
    func storedNormalised() throws {
        let archive = try Archive.inMemory()
        let article = Article(
            title: "Pier", paragraphs: ["The pier reopens."], source: "https://ana:hunter2@example.org/pier")
        guard case .imported(let id) = try archive.insert([article])[0] else { throw ArchiveError.noSuchArticle(id: 0) }
        #expect(try archive.article(id: id).source == "https://example.org/pier")
    }

    @Test("two feeds fetched from different addresses, alike in title and item numbers, do not collide")
    func feedAddressInGuid() throws {
        func feed(_ text: String) -> [UInt8] {
            Array(
                """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>
                <item><guid isPermaLink="false">1</guid><title>\(text)</title><description>\(text) today.</description></item>
                </channel></rss>
                """.utf8)
        }
        let server = try LocalHTTPServer(routes: [
            "/a.xml": .ok(feed("Ferry leaves"), contentType: "application/rss+xml"),
            "/b.xml": .ok(feed("Quay closes"), contentType: "application/rss+xml"),
        ])
        defer { server.stop() }
        let importer = ArticleImporter(archive: try Archive.inMemory(), fetcher: ArticleFetcher(timeout: 5))
        let report = importer.importFiles([server.url("/a.xml"), server.url("/b.xml")])
        #expect(report.imported.count == 2)
        #expect(report.duplicates.isEmpty)
    }
}
