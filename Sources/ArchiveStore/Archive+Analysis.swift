import ArticleAnalysis
import GRDB

extension Archive {
    /// How many articles one re-analysis transaction rewrites.
    public static let reanalysisBatchSize = 256

    /// The number of stored articles analysed by an analyser older than `version`.
    public func staleAnalysisCount(version: Int = QuoteAnalyzer.version) throws(ArchiveError) -> Int {
        try read { db in
            try ArticleRecord.filter(ArticleRecord.Columns.analysisVersion < version).fetchCount(db)
        }
    }

    /// Re-runs the analyser over every article analysed by a version older than `version`
    /// (every article when `all`), replacing its stored quotes, quote count and language and
    /// recording `version`; returns how many articles were re-analysed.
    ///
    /// Works in batches of `reanalysisBatchSize` articles in id order: each batch is read,
    /// analysed on every core outside any transaction, then written in one transaction, so an interrupted
    /// run keeps every finished batch and a re-run picks up the rest. `progress` gets the
    /// number done and the total after each batch.
    @discardableResult
    public func reanalyze(
        version: Int = QuoteAnalyzer.version,
        all: Bool = false,
        analyse: @escaping @Sendable (String) -> Annotations = QuoteAnalyzer.annotate,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(ArchiveError) -> Int {
        let below = all ? Int.max : version
        let total = try staleAnalysisCount(version: below)
        var done = 0
        var lastID: Int64 = 0
        while true {
            let batch = try read { db in
                let columns = ArticleRecord.Columns.self
                let request = ArticleRecord.select(columns.id, columns.body)
                    .filter(columns.analysisVersion < below && columns.id > lastID)
                    .order(columns.id).limit(Self.reanalysisBatchSize)
                return try Row.fetchAll(db, request).map { row -> (id: Int64, body: String) in (row["id"], row["body"])
                }
            }
            guard let last = batch.last else { break }
            lastID = last.id
            let analysed = ParallelMap.map(batch) { article in
                let annotations = analyse(article.body)
                return (article.id, PreparedQuotes(annotations.quotes), annotations.language)
            }
            try writeArticles { writer in
                for (id, quotes, language) in analysed {
                    try writer.replaceQuotes(ofArticle: id, with: quotes, language: language, version: version)
                }
            }
            done += batch.count
            progress(done, total)
        }
        return done
    }
}
