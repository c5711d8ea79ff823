import ArticleAnalysis

/// One input of an import run after reading and parsing, waiting to be stored.
struct ParsedInput {
    var input: String
    var format: InputFormat
    var articles: [Article]
}
