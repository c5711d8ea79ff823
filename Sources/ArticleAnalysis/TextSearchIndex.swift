import Foundation

/// Finds every match of a search pattern in one text, the way `less` and `vim` users expect:
/// smart case, diacritics ignored when the pattern has none, any run of white space matching
/// any other (so a match may span a line wrap or a paragraph break), and a regex mode.
///
/// Build it once per text: the folded forms are computed here, so each keystroke of an
/// incremental search only scans.
public struct TextSearchIndex: Sendable {
    /// The text's compared scalars in each folding (white space runs as one space, combining
    /// marks left out), and where each one starts in the text.
    let exact: [UInt32]
    let unaccented: [UInt32]
    let caseFolded: [UInt32]
    let fullyFolded: [UInt32]
    let offsets: [Int]

    public let text: String
    let scalarCount: Int

    public init(text: String) {
        self.text = text
        let capacity = text.unicodeScalars.count
        var exact: [UInt32] = []
        var unaccented: [UInt32] = []
        var caseFolded: [UInt32] = []
        var fullyFolded: [UInt32] = []
        var offsets: [Int] = []
        exact.reserveCapacity(capacity)
        unaccented.reserveCapacity(capacity)
        caseFolded.reserveCapacity(capacity)
        fullyFolded.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity)
        var offset = 0
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let isSpace = scalar.properties.isWhitespace
            if isSpace && previousWasSpace { continue }
            previousWasSpace = isSpace
            // A decomposed accent belongs to the letter before it; matching skips it.
            if !isSpace && Self.isCombiningMark(scalar) { continue }
            let lower = isSpace ? " " : Self.lowercased(scalar)
            exact.append(isSpace ? 32 : scalar.value)
            unaccented.append(isSpace ? 32 : Self.base(of: scalar).value)
            caseFolded.append(lower.value)
            fullyFolded.append(isSpace ? 32 : Self.base(of: lower).value)
            offsets.append(offset)
        }
        self.exact = exact
        self.unaccented = unaccented
        self.caseFolded = caseFolded
        self.fullyFolded = fullyFolded
        self.offsets = offsets
        scalarCount = offset
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
        let haystack =
            switch (caseSensitive, ignoreMarks) {
            case (true, true): unaccented
            case (true, false): exact
            case (false, true): fullyFolded
            case (false, false): caseFolded
            }
        var result: [Range<Int>] = []
        haystack.withUnsafeBufferPointer { units in
            var index = 0
            let limit = units.count - needle.count
            while index <= limit {
                if units[index] == first {
                    var matched = 1
                    while matched < needle.count && units[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count {
                        // Up to the next compared scalar: the match keeps its combining marks.
                        let next = index + needle.count
                        let end = next < units.count ? offsets[next] : scalarCount
                        result.append(offsets[index]..<end)
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
