/// Why a benchmark run could not finish. The wording shown to users lives here.
public enum BenchmarkError: Error, Equatable, Sendable, CustomStringConvertible {
    case archive(String)
    case startupProbeFailed(String)
    case cannotKeep(path: String, reason: String)
    case cannotGenerate(path: String, reason: String)
    /// The HTML extractor refused the generated page.
    case extraction(String)

    public var description: String {
        switch self {
        case .archive(let reason): return "the archive failed: \(reason)"
        case .startupProbeFailed(let reason): return "the start-up measurement failed: \(reason)"
        case .cannotKeep(let path, let reason): return "cannot write the archive to \(path): \(reason)"
        case .cannotGenerate(let path, let reason):
            return "cannot write the generated articles to \(path): \(reason)"
        case .extraction(let reason): return "the HTML extractor refused the generated page: \(reason)"
        }
    }
}
