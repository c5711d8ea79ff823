import ArchiveStore
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// `dateline import URL` against a server on 127.0.0.1 started by each test.
@Suite struct ImportURLTests {
    static let page = Fixtures.bytes("Import/news-page.html")

    /// The canned answers, built once (the gzip bomb takes a moment to build).
    static let routes: [String: LocalHTTPServer.Response] = [
        "/article.html": .ok(Self.page, contentType: "text/html; charset=utf-8"),
        "/old-address": .redirect(to: "/article.html"),
        "/loop": .redirect(to: "/loop"),
        "/feed": .ok(Fixtures.bytes("Import/rss-three.xml"), contentType: "text/html"),
        "/photo.png": .ok(
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], contentType: "image/png"),
        "/never": .silent,
        "/compressed": .ok(
            GzipStream.stored(Self.page), contentType: "text/html", headers: [("Content-Encoding", "gzip")]),
        "/bomb": .ok(
            GzipStream.zeros(64 * 1_048_576), contentType: "text/html", headers: [("Content-Encoding", "gzip")]),
        "/huge": LocalHTTPServer.Response(
            headers: [("Content-Type", "text/html"), ("Content-Length", "104857600")], body: Array("<html>".utf8)),
    ]

    func server() throws -> LocalHTTPServer { try LocalHTTPServer(routes: Self.routes) }

    @Test func pageIsFetchedAndStoredWithItsURLAsSource() throws {
        let server = try server()
        defer { server.stop() }
        let importer = ArticleImporter(archive: try Archive.inMemory(), fetcher: ArticleFetcher(timeout: 5))

        let report = importer.importFiles([server.url("/article.html")])

        #expect(report.failures.isEmpty)
        let record = try importer.archive.article(id: try #require(report.imported.first))
        #expect(record.title == "Night ferries return to Kessel Bay after six-year pause")
        #expect(record.byline == "Ilse Marchetti")
        #expect(record.source == server.url("/article.html"))
        #expect(report.formats == [.html: ImportReport.FormatTally(inputs: 1, articles: 1)])
        #expect(server.requests.first?.contains("User-Agent: Dateline/0.1") == true)
    }

    @Test func redirectIsFollowedAndTheFinalAddressIsTheSource() throws {
        let server = try server()
        defer { server.stop() }

        let document = try ArticleFetcher(timeout: 5).fetch(server.url("/old-address"))

        #expect(document.url == server.url("/article.html"))
        #expect(document.bytes == Self.page)
        #expect(server.requests.count == 2)
        #expect(server.requests.allSatisfy { $0.contains("User-Agent: Dateline/0.1") })
    }

    @Test func redirectLoopEnds() throws {
        let server = try server()
        defer { server.stop() }

        #expect(throws: ImportError.unreachable(.tooManyRedirects(limit: ArticleFetcher.maximumRedirects))) {
            try ArticleFetcher(timeout: 5).fetch(server.url("/loop"))
        }
    }

    @Test func missingPageIsAnHTTPError() throws {
        let server = try server()
        defer { server.stop() }

        #expect(throws: ImportError.httpStatus(code: 404)) {
            try ArticleFetcher(timeout: 5).fetch(server.url("/nothing"))
        }
        #expect(ImportError.httpStatus(code: 404).description == "the server answered HTTP 404")
    }

    @Test func serverThatNeverAnswersTimesOut() throws {
        let server = try server()
        defer { server.stop() }
        let clock = ContinuousClock()

        let elapsed = clock.measure {
            #expect(throws: ImportError.timedOut(seconds: 1)) {
                try ArticleFetcher(timeout: 1).fetch(server.url("/never"))
            }
        }

        #expect(elapsed < .seconds(5))
        #expect(ImportError.timedOut(seconds: 1).description == "no complete answer from the server within 1 s")
    }

    @Test func feedServedAsHTMLIsSniffedAsAFeed() throws {
        let server = try server()
        defer { server.stop() }
        let importer = ArticleImporter(archive: try Archive.inMemory(), fetcher: ArticleFetcher(timeout: 5))

        let read = try importer.read(server.url("/feed"))

        #expect(read.format == .rss)
        #expect(read.articles.count == 3)
    }

    @Test func imageIsRefusedByItsContentType() throws {
        let server = try server()
        defer { server.stop() }
        let importer = ArticleImporter(archive: try Archive.inMemory(), fetcher: ArticleFetcher(timeout: 5))

        #expect(throws: ImportError.unsupportedContentType("image/png")) { try importer.read(server.url("/photo.png")) }
    }

    @Test func gzipAnswerIsDecompressed() throws {
        let server = try server()
        defer { server.stop() }

        let document = try ArticleFetcher(timeout: 5).fetch(server.url("/compressed"))

        #expect(document.bytes == Self.page)
    }

    @Test func gzipBombIsCutOffAtTheLimit() throws {
        let server = try server()
        defer { server.stop() }
        let fetcher = ArticleFetcher(timeout: 5, maximumBytes: 1_048_576)

        #expect(throws: ImportError.responseTooLarge(limit: 1_048_576)) { try fetcher.fetch(server.url("/bomb")) }
    }

    @Test func announcedOversizeBodyIsRefused() throws {
        let server = try server()
        defer { server.stop() }
        let fetcher = ArticleFetcher(timeout: 5, maximumBytes: 1_048_576)

        #expect(throws: ImportError.responseTooLarge(limit: 1_048_576)) { try fetcher.fetch(server.url("/huge")) }
    }

    @Test func closedPortIsRefused() throws {
        let server = try server()
        let address = server.url("/article.html")
        server.stop()

        #expect(throws: ImportError.unreachable(.refused)) { try ArticleFetcher(timeout: 5).fetch(address) }
        #expect(
            ImportError.unreachable(.refused).description == "cannot be fetched: the server refused the connection")
    }

    @Test func missingLibcurlIsOneSentenceAndOnlyFetchingFails() throws {
        let server = try server()
        defer { server.stop() }
        let missing = ImportError.networkLibraryMissing(name: "libcurl-absent.so.4")
        let fetcher = ArticleFetcher(timeout: 5, maximumBytes: 1_048_576, library: "libcurl-absent.so.4")
        let importer = ArticleImporter(archive: try Archive.inMemory(), fetcher: fetcher)

        let report = importer.importFiles([server.url("/article.html"), "/no/such/file.html"])

        #expect(report.failures.map(\.error) == [missing, .noSuchFile])
        #expect(server.requests.isEmpty)
        #expect(
            missing.description
                == "cannot be fetched: Dateline fetches addresses with libcurl, and libcurl-absent.so.4 cannot be loaded"
        )
        // The library that is there still loads after the one that is not.
        #expect(try ArticleFetcher(timeout: 5).fetch(server.url("/article.html")).bytes == Self.page)
    }

    @Test func addressesAreToldApartFromPaths() {
        #expect(ArticleFetcher.isAddress("https://example.org/a"))
        #expect(ArticleFetcher.isAddress("HTTP://example.org"))
        #expect(!ArticleFetcher.isAddress("http-notes.txt"))
        #expect(!ArticleFetcher.isAddress("/tmp/page.html"))
    }
}
