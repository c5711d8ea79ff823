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
        paragraphs.reduce(Self.wordCount(title)) { $0 + Self.wordCount($1) }
    }

    /// The number of words in `text`, separated by Unicode white space.
    ///
    /// Works on UTF-8 bytes: ASCII is classified directly, and only scalars whose lead byte
    /// can begin a non-ASCII white-space character (C2, E1, E2, E3: U+0085, U+00A0, U+1680,
    /// U+2000–U+205F, U+3000) are decoded for the Unicode property lookup.
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let (value, width) = TextScanner.decode(bytes, at: index)
                index += width
                let isWhitespace: Bool
                switch lead {
                case 0x09...0x0D, 0x20: isWhitespace = true
                case 0xC2, 0xE1...0xE3: isWhitespace = Unicode.Scalar(value)?.properties.isWhitespace ?? false
                default: isWhitespace = false
                }
                if isWhitespace {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }
}
