/// One generated article, as the plain text a user would import.
public struct SyntheticArticle: Sendable {
    /// Title line, byline line and blank-line separated paragraphs.
    public let text: String
    public let language: ArticleLanguage

    /// The UTF-8 bytes of `text`, as an import reads them from a file.
    public var bytes: [UInt8] { Array(text.utf8) }
}
