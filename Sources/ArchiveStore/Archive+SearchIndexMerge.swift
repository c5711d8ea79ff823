import GRDB

extension Archive {
    /// The fewest new articles an import must store, and the least share of the archive they
    /// must be, for `mergeSearchIndexAfterImport(imported:)` to merge the index: a bulk load,
    /// not a refresh of a few feeds.
    public static let bulkImportArticles = 10_000
    public static let bulkImportShare = 4

    /// Whether an import that stored `imported` new articles into an archive that now holds
    /// `total` is a bulk load after which the full-text index is worth merging.
    public static func isBulkImport(imported: Int, total: Int) -> Bool {
        imported >= bulkImportArticles && imported * bulkImportShare >= total
    }

    /// Whether an import of `inputs` inputs into this archive is presumed a bulk load: as
    /// `isBulkImport` would find it if each input stored one new article. What
    /// `ArticleImporter.bulkLoad` is set from, before the import.
    public func presumesBulkLoad(inputs: Int) throws(ArchiveError) -> Bool {
        Self.isBulkImport(imported: inputs, total: try articleCount() + inputs)
    }

    /// Merges each full-text index (`article_fts`, `article_grams`) into one segment, FTS5's
    /// `optimize`, when `imported` new articles make a bulk load (`isBulkImport`), or when the
    /// import deferred its merges (`mergesDeferred`, an import presumed bulk from its inputs:
    /// see `Archive.writeArticles`) and stored any, calling `willMerge` first (the merge takes
    /// seconds, 14 at a million articles); gives whether it merged.
    ///
    /// An import adds segments, and FTS5's automatic merging keeps a dozen of them at a million
    /// articles; a search that looks words up article by article (a common word under a rare
    /// tag) seeks every segment at every look-up. After a bulk load one segment answers them
    /// (see "A search index merged after a bulk import" in `DECISIONS.md`).
    @discardableResult
    public func mergeSearchIndexAfterImport(
        imported: Int, mergesDeferred: Bool = false, willMerge: () -> Void = {}
    ) throws(ArchiveError) -> Bool {
        guard imported > 0 else { return false }
        if !mergesDeferred {
            guard Self.isBulkImport(imported: imported, total: try articleCount()) else { return false }
        }
        willMerge()
        try mergeSearchIndex()
        return true
    }

    /// Merges each full-text index into one segment.
    public func mergeSearchIndex() throws(ArchiveError) {
        try write { db in
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('optimize')")
            try db.execute(sql: "INSERT INTO article_grams(article_grams) VALUES('optimize')")
        }
    }
}
