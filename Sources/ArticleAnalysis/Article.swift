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
    /// The language the source declares (a tag such as `de` or `en-GB`), if any; a web page
    /// states it in `<html lang>`, its JSON-LD or its `<meta>` tags.
    public var language: String?

    public init(
        title: String, bylines: [String] = [], paragraphs: [String], source: String? = nil,
        publishedAt: Date? = nil, guid: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.bylines = bylines
        self.paragraphs = paragraphs
        self.source = source
        self.publishedAt = publishedAt
        self.guid = guid
        self.language = language
    }

    /// The body text: paragraphs separated by one blank line.
    ///
    /// Made at its exact size: joining let it grow by doubling, a 64 MB string for 50 MB of
    /// paragraphs, copied five times on the way.
    public var body: String {
        var body = ""
        body.reserveCapacity(paragraphs.reduce(2 * max(0, paragraphs.count - 1)) { $0 + $1.utf8.count })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { body += "\n\n" }
            body += paragraph
        }
        return body
    }

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

    /// The number of words in `text`, separated by Unicode white space; each Chinese or
    /// Japanese character (kana and ideographs) counts as a word of its own, since those scripts
    /// put no spaces between words.
    ///
    /// Works on UTF-8 bytes: eight ASCII bytes at a time where they are (`ByteLanes`), and
    /// only scalars whose lead byte can begin a non-ASCII white-space character (C2, E1, E2,
    /// E3: U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) or a CJK character (E3–E9, EF) are
    /// decoded.
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                if index &+ 8 <= bytes.count {
                    let word = ByteLanes.load(base, at: index)
                    if ByteLanes.isASCII(word) {
                        count += ByteLanes.wordStarts(in: word, inWord: &inWord)
                        index += 8
                        continue
                    }
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    // ASCII, most of most articles: no scalar to decode.
                    index += 1
                    if lead == 0x20 || (0x09...0x0D).contains(lead) {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        count += 1
                    }
                    continue
                }
                let (value, width) = TextScanner.decode(bytes, at: index)
                index += width
                let isWhitespace: Bool
                switch lead {
                case 0x09...0x0D, 0x20: isWhitespace = true
                case 0xC2, 0xE1...0xE3: isWhitespace = UnicodeWhiteSpace.contains(value)
                default: isWhitespace = false
                }
                if lead >= 0xE3 && lead <= 0xEF && isCJKCharacter(value) {
                    inWord = false
                    count += 1
                } else if isWhitespace {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether `value` is a kana or CJK ideograph: a word of its own in `wordCount`.
    static func isCJKCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: true
        default: false
        }
    }
}
