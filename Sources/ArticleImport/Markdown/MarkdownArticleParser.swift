import ArticleAnalysis
import Foundation

/// Parses a Markdown note into an article.
///
/// The title comes from front matter (`title:`, read here) or the first heading, the byline
/// from `author:` or a `By NAME` line, the date from `date:`. The rest is CommonMark, read by
/// cmark (`MarkdownBlockReader`): paragraphs (each list item's), later headings as paragraphs
/// of their own, inline markup reduced to its text, images dropped, and block quotes as
/// quoted paragraphs as in HTML.
public enum MarkdownArticleParser {
    /// The article of the Markdown file `bytes`.
    public static func parse(bytes: [UInt8], source: String?) throws(ImportError) -> Article {
        let text: String
        do { text = try PlainTextParser.decode(bytes).text } catch { throw .input(error) }
        return try parse(text: text, source: source)
    }

    /// The article of a Markdown note already decoded.
    static func parse(text: String, source: String?) throws(ImportError) -> Article {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        let frontMatter = Self.frontMatter(removingFrom: &lines)
        var blocks = MarkdownBlockReader.blocks(of: lines.joined(separator: "\n"))

        // The byline is looked for right after the title, wherever the title came from.
        var title = frontMatter["title"]
        var afterTitle = 0
        if title == nil, let heading = blocks.firstIndex(where: \.isHeading) {
            title = blocks.remove(at: heading).text
            afterTitle = heading
        }
        var paragraphs = blocks.map(\.text)
        if title == nil, !paragraphs.isEmpty { title = paragraphs.removeFirst() }
        guard let title, !title.isEmpty else { throw .input(.empty) }
        let length = title.unicodeScalars.count
        if length > PlainTextParser.maximumTitleLength {
            throw .input(.titleTooLong(length: length, limit: PlainTextParser.maximumTitleLength))
        }

        var bylines = frontMatter["author"].flatMap(HTMLMetadata.names) ?? []
        if afterTitle < paragraphs.count, let names = BylineParser.names(in: paragraphs[afterTitle]) {
            if bylines.isEmpty { bylines = names }
            paragraphs.remove(at: afterTitle)
        } else if let last = paragraphs.last, let names = BylineParser.names(in: last) {
            if bylines.isEmpty { bylines = names }
            paragraphs.removeLast()
        }
        if paragraphs.isEmpty { throw .input(.noBody) }
        return Article(
            title: title, bylines: bylines, paragraphs: paragraphs, source: source,
            publishedAt: frontMatter["date"].flatMap(PublicationDate.parse))
    }

    /// The `key: value` pairs of a front matter block (between `---` lines at the very top),
    /// removed from `lines`; keys are lowercased, quotes around values dropped.
    static func frontMatter(removingFrom lines: inout [Substring]) -> [String: String] {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: {
                ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces))
            })
        else { return [:] }
        var values: [String: String] = [:]
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty, values[key] == nil { values[key] = value }
        }
        lines.removeSubrange(...end)
        return values
    }
}
