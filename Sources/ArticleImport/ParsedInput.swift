import ArticleAnalysis

/// One input read and parsed: the format it was read as, its articles, and the encoding
/// that had to be guessed for it.
public struct ParsedInput: Sendable {
    /// The format the input was read as.
    public var format: InputFormat
    /// Its articles (a feed has many).
    public var articles: [Article]
    /// The encoding the detector chose when the input was neither UTF-8 nor declared one
    /// (`WINDOWS-1251`), else `nil`.
    public var assumedEncoding: String?

    public init(format: InputFormat, articles: [Article], assumedEncoding: String? = nil) {
        self.format = format
        self.articles = articles
        self.assumedEncoding = assumedEncoding
    }
}
