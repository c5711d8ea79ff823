import Foundation

/// A news article as Dateline understands it, independent of the format it came from.
///
/// `paragraphs` hold the body only: the title and the byline line are kept apart so the
/// reader can style them, and `body` joins the paragraphs with blank lines. Annotation
/// offsets of a stored article always refer to `body`.
public struct Article: Equatable, Sendable {
    /// The headline.
    public var title: String
    /// Author names, in the order the byline gives them (`By A and B` gives two).
    public var bylines: [String]
    /// Body paragraphs, without the title and the byline line.
    public var paragraphs: [String]
    /// Where the article came from: a file path or a URL.
    public var source: String?
    /// The publication date, when the input states one.
    public var publishedAt: Date?
    /// A stable identity given by the source format (a feed item's guid), if any.
    public var guid: String?

    public init(
        title: String, bylines: [String] = [], paragraphs: [String], source: String? = nil,
        publishedAt: Date? = nil, guid: String? = nil
    ) {
        self.title = title
        self.bylines = bylines
        self.paragraphs = paragraphs
        self.source = source
        self.publishedAt = publishedAt
        self.guid = guid
    }

    /// The body text: paragraphs separated by one blank line.
    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// The byline as one display string (`Jane Doe and John Roe`), or `nil` when unknown.
    public var byline: String? {
        switch bylines.count {
        case 0: return nil
        case 1: return bylines[0]
        default: return bylines.dropLast().joined(separator: ", ") + " and " + bylines.last!
        }
    }

    /// The number of whitespace-separated words in title and body.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in title.unicodeScalars { step(scalar) }
        for paragraph in paragraphs {
            inWord = false
            for scalar in paragraph.unicodeScalars { step(scalar) }
        }
        return count

        func step(_ scalar: Unicode.Scalar) {
            // ASCII first: the Unicode property lookup is slow and most text is ASCII.
            let isWhitespace =
                scalar.isASCII
                ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
    }
}
