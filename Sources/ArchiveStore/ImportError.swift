import ArticleAnalysis

/// Why one input of `dateline import` failed. The wording shown to users lives here.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchFile
    case isDirectory
    case unreadable(reason: String)
    case input(ArticleInputError)
    case archive(ArchiveError)

    public var description: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .isDirectory: return "is a directory (import the files inside it)"
        case .unreadable(let reason): return "cannot be read: \(reason)"
        case .input(let error): return error.description
        case .archive(let error): return error.description
        }
    }
}
