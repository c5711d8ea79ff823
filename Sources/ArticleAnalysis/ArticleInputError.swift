/// Why raw input could not become an article. The wording shown to users lives here.
public enum ArticleInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no text at all (or only white space).
    case empty
    /// The input looks like a binary file (NUL bytes or mostly control bytes).
    case binary
    /// The input is not valid UTF-8; `offset` is the first bad byte.
    case notUTF8(offset: Int)
    /// The input has a title but nothing after it.
    case noBody
    /// The title line is longer than any headline could be.
    case titleTooLong(length: Int, limit: Int)
    /// The input is larger than Dateline accepts for one article.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty"
        case .binary:
            return "the file is binary, not text"
        case .notUTF8(let offset):
            return
                "the file is not valid UTF-8 (first bad byte at offset \(offset)); convert it with iconv -f WINDOWS-1252 -t UTF-8"
        case .noBody:
            return "the file has a title line but no body"
        case .titleTooLong(let length, let limit):
            return "the first line is \(length) characters long, more than the \(limit) a title may have"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes / 1_048_576) MB, more than the \(limit / 1_048_576) MB an article may have"
        }
    }
}
