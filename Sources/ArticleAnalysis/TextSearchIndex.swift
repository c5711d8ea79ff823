import Foundation

/// Finds every match of a search pattern in one text, the way `less` and `vim` users expect:
/// smart case, diacritics ignored when the pattern has none, any run of white space matching
/// any other (so a match may span a line wrap or a paragraph break), and a regex mode.
///
/// The folded form a search compares (`SearchFolding`) is made on the first search that needs
/// it and kept for the next keystrokes, which then only scan; only the last one made is kept,
/// so the index costs four bytes a character of the text, whichever the search.
public struct TextSearchIndex: Sendable {
    public let text: String
    /// The folded form last made, shared by the copies of the index.
    private let folded: FoldedTextCache

    public init(text: String) {
        self.text = text
        folded = FoldedTextCache()
    }

    /// The scalar offset ranges of every match of `pattern`, in text order, not overlapping.
    /// An empty pattern matches nothing.
    public func matches(of pattern: String, regex: Bool = false) throws(SearchPatternError) -> [Range<Int>] {
        if pattern.isEmpty { return [] }
        if regex { return try regexMatches(pattern) }
        let caseSensitive = pattern.unicodeScalars.contains { $0.properties.isUppercase }
        let ignoreMarks = !pattern.unicodeScalars.contains { Self.base(of: $0) != $0 || Self.isCombiningMark($0) }
        var needle: [UInt32] = []
        var previousWasSpace = false
        for scalar in pattern.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !previousWasSpace { needle.append(32) }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if Self.isCombiningMark(scalar) { continue }
            let folded = caseSensitive ? scalar : Self.lowercased(scalar)
            needle.append(ignoreMarks ? Self.base(of: folded).value : folded.value)
        }
        guard let first = needle.first else { return [] }
        let form = folded.form(
            caseSensitive ? (ignoreMarks ? .unaccented : .exact) : (ignoreMarks ? .fullyFolded : .caseFolded),
            of: text)
        var result: [Range<Int>] = []
        form.units.withUnsafeBufferPointer { units in
            var index = 0
            let limit = units.count - needle.count
            while index <= limit {
                if units[index] == first {
                    var matched = 1
                    while matched < needle.count && units[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count {
                        // Up to the next compared scalar: the match keeps its combining marks.
                        let next = index + needle.count
                        result.append(form.offset(of: index)..<form.offset(of: next))
                        index = next
                        continue
                    }
                }
                index += 1
            }
        }
        return result
    }

    private func regexMatches(_ pattern: String) throws(SearchPatternError) -> [Range<Int>] {
        let caseSensitive = pattern.unicodeScalars.contains { $0.properties.isUppercase }
        let expression: NSRegularExpression
        do {
            expression = try NSRegularExpression(
                pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        } catch {
            throw .invalidRegex(pattern: pattern, reason: "it does not compile")
        }
        let utf16 = text.utf16
        var result: [Range<Int>] = []
        for match in expression.matches(in: text, range: NSRange(location: 0, length: utf16.count)) {
            guard match.range.length > 0,
                let range = Range(match.range, in: text)
            else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let length = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
            result.append(start..<(start + length))
        }
        return result
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// The scalar in lower case (its first scalar when lower-casing expands it).
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            let value = scalar.value
            return (65...90).contains(value) ? Unicode.Scalar(value + 32)! : scalar
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// The scalar without diacritics: the first scalar of its canonical decomposition.
    static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar }
        switch scalar {
        case "ø": return "o"
        case "Ø": return "O"
        case "ł": return "l"
        case "Ł": return "L"
        case "đ": return "d"
        case "Đ": return "D"
        case "ß": return scalar
        default:
            return String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        }
    }
}
