import Foundation

/// The rules of a tag's name: what `dateline tag`, `import --tag` and the filters accept.
///
/// A tag is one word of at most `maximumLength` characters, kept in lower case so that
/// `Politics` and `politics` are one tag. Spaces, commas and quotes would make tag lists and
/// filter expressions ambiguous, and a leading `+` or `-` is the add or remove sign of
/// `dateline tag`, so they are refused.
public enum TagName {
    /// The longest tag, in characters.
    public static let maximumLength = 64

    /// `text` as a tag (trimmed, lower case), or `.invalidTag` saying what is wrong.
    public static func normalised(_ text: String) throws(ArchiveError) -> String {
        let tag = text.trimmingCharacters(in: .whitespaces).lowercased()
        if tag.isEmpty { throw .invalidTag(text, reason: "a tag cannot be empty") }
        if tag.count > maximumLength {
            throw .invalidTag(text, reason: "a tag has at most \(maximumLength) characters")
        }
        if tag.hasPrefix("+") || tag.hasPrefix("-") {
            throw .invalidTag(text, reason: "a tag cannot start with + or -")
        }
        if tag.unicodeScalars.contains(where: { forbidden.contains($0) || $0.properties.isWhitespace }) {
            throw .invalidTag(text, reason: "a tag is one word without spaces, commas, colons or quotes")
        }
        if tag.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidTag(text, reason: "a tag cannot contain control characters")
        }
        return tag
    }

    /// A folder or category name of another reader ("World News", "tech/linux") as a tag:
    /// lower case, its words joined by "-"; `nil` when nothing of it makes a tag.
    public static func fromLabel(_ label: String) -> String? {
        let words = label.lowercased().split { character in
            character.isWhitespace || character == "/" || character.unicodeScalars.contains(where: forbidden.contains)
        }
        let tag = words.joined(separator: "-").drop { $0 == "+" || $0 == "-" }
        return try? normalised(String(tag.prefix(maximumLength)))
    }

    /// Characters that separate tags or terms of a filter expression.
    private static let forbidden: Set<Unicode.Scalar> = [",", ":", "\"", "'"]
}
