import ArchiveStore

/// One input of an import run after reading, parsing and analysis, waiting to be stored.
struct PreparedInput: Sendable {
    /// The format the input was read as.
    var format: InputFormat
    /// Its articles (a feed has many), ready to insert.
    var articles: [PreparedArticle]
    /// The encoding the detector chose for it, when it had to guess.
    var assumedEncoding: String?
}
