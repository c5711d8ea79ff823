import ArticleAnalysis

/// Why a filter expression or filter option was refused. The wording shown to users lives here.
public enum ArticleFilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A word that is no term of the filter syntax.
    case unknownTerm(String)
    /// A term such as `source:` without its value.
    case missingValue(String)
    /// A `since:` or `until:` value that is not a day `YYYY-MM-DD`.
    case notADay(String)
    /// A `lang:` value that names no language the analyser tells.
    case unknownLanguage(String)
    /// A `"` without its closing quote.
    case unclosedQuote
    /// A `tag:` value that is not a tag's name: `TagName`'s error.
    case invalidTag(ArchiveError)
    /// `since:` names a later day than `until:`.
    case emptyRange(since: String, until: String)

    public var description: String {
        switch self {
        case .unknownTerm(let term):
            return "'\(term)' is not a filter term: use tag:NAME, unread, bookmarked, source:TEXT, "
                + "since:YYYY-MM-DD, until:YYYY-MM-DD, lang:CODE, speaker:NAME or feed:ID-OR-TITLE"
        case .missingValue(let key):
            return "the filter term \(key): needs a value"
        case .notADay(let text):
            return "'\(text)' is not a day: write it as YYYY-MM-DD"
        case .unknownLanguage(let code):
            return "'\(code)' is not a language code Dateline tells (one of: "
                + Language.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .unclosedQuote:
            return "the filter has a \" without its closing quote"
        case .invalidTag(let error):
            return error.description
        case .emptyRange(let since, let until):
            return "since:\(since) comes after until:\(until), so nothing could match"
        }
    }
}
