/// Why an evaluation could not run. The wording shown to users lives here.
enum EvaluationError: Error, CustomStringConvertible {
    /// The gold file does not exist or cannot be read.
    case unreadable(path: String)
    /// A line of the gold file is not a gold annotation object.
    case badLine(path: String, line: Int)
    /// The expectations file of `--extract` is not a JSON array of page expectations.
    case notExpectations(path: String)
    /// The true-bodies file of `--body` is not a JSON object of article bodies.
    case notBodyTruths(path: String)
    /// The predictions file or an extracted text cannot be written; `reason` is the system's message.
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case .unreadable(let path):
            return "\(path): no such file, or it cannot be read"
        case .badLine(let path, let line):
            return "\(path), line \(line): not a gold annotation object ({\"id\", \"text\", \"quotes\": [...]})"
        case .notExpectations(let path):
            return "\(path): not a JSON array of page expectations ({\"file\", \"with\": [...], \"without\": [...]})"
        case .notBodyTruths(let path):
            return "\(path): not a JSON object of true article bodies ({NAME: {\"articleBody\": TEXT}})"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
