import SyntheticArchive

/// A saved news page of a chosen size, built from generated articles the way large real pages
/// are made: a script-heavy head, navigation, one article, a sidebar of related links, a long
/// comment thread and a footer, for timing the HTML extractor on big input.
public enum SyntheticPage {
    /// The page's bytes, about `size` of them (it stops at the first block past `size`).
    public static func html(size: Int, seed: UInt64) -> [UInt8] {
        var generator = ArticleGenerator(seed: seed)
        var page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Generated page</title>"
        page += "<meta property=\"og:title\" content=\"Generated page\"><script>var state = {"
        for index in 0..<(size / 5 / 40) { page += "\"key\(index)\": \"value \(index) of the page state\", " }
        page += "};</script></head><body><nav><ul>"
        for index in 0..<60 { page += "<li><a href=\"/section/\(index)\">Section \(index)</a></li>" }
        page += "</ul></nav><header class=\"masthead\"><a href=\"/\">The Generated Times</a></header><main><article>"
        var heading = true
        var length = page.utf8.count
        while length < size * 2 / 5 {
            for paragraph in paragraphs(of: generator.next()) {
                let block = heading ? "<h1>\(paragraph)</h1>" : "<p>\(paragraph)</p>"
                page += block
                length += block.utf8.count
                heading = false
            }
        }
        page += "</article><aside class=\"related\"><h2>Related</h2><ul>"
        for index in 0..<40 { page += "<li><a href=\"/story/\(index)\">Another generated story \(index)</a></li>" }
        page += "</ul></aside><section class=\"comments\">"
        length = page.utf8.count
        while length < size - 2_000 {
            let comment = paragraphs(of: generator.next()).prefix(2).map { "<p>\($0)</p>" }.joined()
            let block = "<div class=\"comment\"><span class=\"author\">reader</span>\(comment)</div>"
            page += block
            length += block.utf8.count
        }
        page += "</section></main><footer><p>All rights reserved.</p></footer></body></html>"
        return Array(page.utf8)
    }

    /// The title and paragraphs of a generated article, escaped for HTML.
    static func paragraphs(of article: SyntheticArticle) -> [String] {
        article.text.components(separatedBy: "\n\n").map { block in
            block.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
    }
}
