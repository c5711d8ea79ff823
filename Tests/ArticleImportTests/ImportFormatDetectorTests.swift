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
            ("<feed><entry/></feed>", nil, nil, .text),
            ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", "x.txt", nil, .jsonFeed),
            ("---\ntitle: A note\n---\nBody", nil, nil, .markdown),
            ("# Heading\n\nBody", nil, nil, .markdown),
            ("Plain title\n\nBody", "story.md", nil, .markdown),
            ("Plain title\n\nBody", nil, "text/html; charset=utf-8", .html),
            ("Plain title\n\nBody", "page.htm", nil, .html),
            ("Plain title\n\nBody", "story.txt", nil, .text),
            ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]><rss>", nil, nil, .rss),
        ] as [(String, String?, String?, InputFormat)])
    func detects(content: String, path: String?, contentType: String?, expected: InputFormat) {
        #expect(InputFormatDetector.detect(Array(content.utf8), path: path, contentType: contentType) == expected)
    }

    @Test func fixturesAreDetectedByContent() {
        #expect(InputFormatDetector.detect(Fixtures.bytes("Import/news-page.html")) == .html)
        #expect(InputFormatDetector.detect(Fixtures.bytes("Import/broken.html")) == .html)
        #expect(InputFormatDetector.detect(Fixtures.bytes("Import/rss-three.xml")) == .rss)
        #expect(InputFormatDetector.detect(Fixtures.bytes("Import/atom.xml")) == .atom)
        #expect(InputFormatDetector.detect(Fixtures.bytes("Import/feed.json")) == .jsonFeed)
        #expect(InputFormatDetector.detect(Fixtures.bytes("Import/note.md")) == .markdown)
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
