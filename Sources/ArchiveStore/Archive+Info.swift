import GRDB

extension Archive {
    /// The archive's path, schema version and counts, for `dateline info`.
    ///
    /// The article and bookmark counts are kept counters; the quote count sums one column
    /// over the articles (a scan of the article rows, not of their bodies).
    public func info() throws(ArchiveError) -> ArchiveInfo {
        let stale = try staleAnalysisCount()
        return try read { db in
            let migrations = try ArchiveSchema.migrator.appliedMigrations(db)
            let counts = try Row.fetchOne(
                db, sql: "SELECT article_count, bookmark_count FROM archive_stats WHERE id = 1")
            let quotes = try Int.fetchOne(db, sql: "SELECT total(quote_count) FROM article") ?? 0
            return ArchiveInfo(
                path: displayPath, schemaVersion: migrations.last ?? "none",
                migrationCount: migrations.count, articleCount: counts?["article_count"] ?? 0, quoteCount: quotes,
                bookmarkCount: counts?["bookmark_count"] ?? 0, staleAnalysisCount: stale)
        }
    }
}
