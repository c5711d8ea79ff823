import ArchiveStore
import TestSupport
import Testing

@testable import ArticleImport

/// Format detection by content first, then media type, then name.
@Suite struct ImportFormatDetectorTests {
    @Test(
        arguments: [
            ("<!DOCTYPE html><html><body>x</body></html>", nil, nil, InputFormat.html),
            ("\u{FEFF}  <html lang=\"en\">", "notes.txt", nil, .html),
            ("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", "feed.html", nil, .rss),
            ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", nil, nil, .atom),
            ("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>", nil, nil, .atom),
            ("<!-- saved -->\n<TABLE><tr><td>x</td></tr></TABLE>", "page.txt", nil, .html),
            ("<3 to everyone who came.\n\nBody", nil, nil, .text),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text></svg>", "page.html", nil, .html),
            ("<x-story><p>Text</p></x-story>", nil, "text/html", .html),
            ("[Updated] The title\n\nBody", nil, nil, .text),
            ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", "x.txt", nil, .jsonFeed),
            ("---\ntitle: A note\n---\nBody", nil, nil, .markdown),
            ("# Heading\n\nBody", nil, nil, .markdown),
            ("Plain title\n\nBody", "story.md", nil, .markdown),
            ("Plain title\n\nBody", nil, "text/html; charset=utf-8", .html),
            ("Plain title\n\nBody", "page.htm", nil, .html),
            ("Plain title\n\nBody", "story.txt", nil, .text),
            ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]><rss>", nil, nil, .rss),
            // Text beyond ASCII before the first marker: white space and a BOM are skipped,
            // anything else opens a text.
            ("\u{3000}<html><body>x</body></html>", nil, nil, .html),
            ("\u{00A0}\u{FEFF}\u{2003}# Heading\n\nBody", nil, nil, .markdown),
            ("\u{85}{\"version\": \"https://jsonfeed.org/version/1\", \"items\": []}", nil, nil, .jsonFeed),
            ("Überschrift <html>\n\nText", nil, nil, .text),
            ("“<html>” is a tag\n\nBody", nil, nil, .text),
            ("市議会 <rss>\n\n本文", "notes.md", nil, .markdown),
            ("\u{301}<html>", nil, nil, .text),
        ] as [(String, String?, String?, InputFormat)])
    func detects(content: String, path: String?, contentType: String?, expected: InputFormat) throws {
        #expect(try InputFormatDetector.detect(Array(content.utf8), path: path, contentType: contentType) == expected)
    }

    @Test(
        arguments: [
            ("<feed><entry/></feed>", "an XML document with root element <feed>"),
            (
                "<?xml version=\"1.0\"?>\n<!-- list -->\n<opml version=\"2.0\"><head/></opml>",
                "an XML document with root element <opml>"
            ),
            (
                "<?xml version=\"1.0\"?><!-- a comment longer than the sniffed bytes",
                "an XML document without a root element in its first bytes"
            ),
            ("{\"status\": \"ok\", \"items\": [1, 2]}", "JSON that is not a JSON Feed"),
            ("[{\"title\": \"x\"}]", "JSON that is not a JSON Feed"),
        ])
    func unknownXMLAndJSONAreRefused(content: String, kind: String) {
        #expect(throws: ImportError.unsupportedDocument(kind)) {
            try InputFormatDetector.detect(Array(content.utf8), path: "input.txt")
        }
    }

    @Test func unknownXMLIsRefusedWithOneLineAndNothingStored() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let importer = ArticleImporter(archive: try Archive.inMemory())
        let xml =
            "<?xml version=\"1.0\"?>\n<!-- Exported list -->\n<opml version=\"2.0\"><body><outline/></body></opml>"
        let path = try directory.write("list.xml", Array(xml.utf8))

        let report = importer.importFiles([path])

        #expect(try importer.archive.articleCount() == 0)
        #expect(
            report.failures.map(\.error.description) == [
                "is an XML document with root element <opml>, not a page or feed Dateline reads"
            ])
    }

    @Test func feedFormatOnAnotherXMLDocumentSaysWhatItIs() {
        let xml = Array("<feed xmlns=\"urn:example:other\"><entry><title>T</title></entry></feed>".utf8)

        #expect(
            throws: ImportError.unsupportedDocument(
                "an XML document with root element <feed> in the namespace urn:example:other")
        ) {
            try ArticleImporter.articles(from: xml, source: nil, format: .atom)
        }
    }

    @Test func fixturesAreDetectedByContent() throws {
        #expect(try InputFormatDetector.detect(Fixtures.bytes("Import/news-page.html")) == .html)
        #expect(try InputFormatDetector.detect(Fixtures.bytes("Import/broken.html")) == .html)
        #expect(try InputFormatDetector.detect(Fixtures.bytes("Import/rss-three.xml")) == .rss)
        #expect(try InputFormatDetector.detect(Fixtures.bytes("Import/atom.xml")) == .atom)
        #expect(try InputFormatDetector.detect(Fixtures.bytes("Import/feed.json")) == .jsonFeed)
        #expect(try InputFormatDetector.detect(Fixtures.bytes("Import/note.md")) == .markdown)
    }

    @Test func textualMediaTypes() {
        #expect(InputFormatDetector.isTextual(contentType: "text/plain"))
        #expect(InputFormatDetector.isTextual(contentType: "application/rss+xml; charset=utf-8"))
        #expect(InputFormatDetector.isTextual(contentType: "application/feed+json"))
        #expect(!InputFormatDetector.isTextual(contentType: "image/png"))
        #expect(!InputFormatDetector.isTextual(contentType: "application/octet-stream"))
    }

    @Test func formatOverrideWins() throws {
        let html = Array("<html><body>\n<article><h1>T</h1><p>Text.</p></article>\n</body></html>".utf8)

        let asText = try ArticleImporter.articles(from: html, source: nil, format: .text)
        let detected = try ArticleImporter.articles(from: html, source: nil)

        #expect(asText.first?.title == "<html><body>")
        #expect(detected.first?.title == "T")
    }
}
