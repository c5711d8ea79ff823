/// Why an in-article search pattern cannot be used. The wording shown to users lives here.
public enum SearchPatternError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The regular expression does not compile; `reason` is the engine's explanation.
    case invalidRegex(pattern: String, reason: String)

    public var description: String {
        switch self {
        case .invalidRegex(let pattern, let reason):
            return "invalid regular expression \(pattern): \(reason)"
        }
    }
}
