import GRDB

extension Archive {
    /// Adds the tags `adding` to the articles `ids` and takes `removing` off them, in one
    /// transaction. Tag names are checked and lower-cased first (`TagName`); adding a tag an
    /// article has, or removing one it has not, changes nothing. When an id names no article
    /// nothing changes: the error names every unknown id.
    ///
    /// SQL: `INSERT OR IGNORE` into a table without a record type.
    public func changeTags(ids: [Int64], adding: [String], removing: [String]) throws(ArchiveError) {
        let added = try adding.map { name throws(ArchiveError) in try TagName.normalised(name) }
        let removed = try removing.map { name throws(ArchiveError) in try TagName.normalised(name) }
        try write { db in
            let exists = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)")
            var unknown: [Int64] = []
            for id in ids where try Bool.fetchOne(exists, arguments: [id]) != true && !unknown.contains(id) {
                unknown.append(id)
            }
            if !unknown.isEmpty { throw ArchiveError.noSuchArticles(ids: unknown) }
            let remove = try db.cachedStatement(sql: "DELETE FROM article_tag WHERE article_id = ? AND tag = ?")
            for id in ids {
                for tag in removed { try remove.execute(arguments: [id, tag]) }
                try Archive.tag(id, with: added, in: db)
            }
        }
    }

    /// Gives the article `id` the tags `tags` (already normalised) inside a write transaction.
    static func tag(_ id: Int64, with tags: [String], in db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_tag (article_id, tag) VALUES (?, ?)")
        for tag in tags { try insert.execute(arguments: [id, tag]) }
    }

    /// The tags of the article `id`, in alphabetical order.
    public func tags(articleID id: Int64) throws(ArchiveError) -> [String] {
        try read { db in
            try String.fetchAll(
                db.cachedStatement(sql: "SELECT tag FROM article_tag WHERE article_id = ? ORDER BY tag"),
                arguments: [id])
        }
    }

    /// Every tag of the archive with the number of articles carrying it, in alphabetical order.
    public func tagCounts() throws(ArchiveError) -> [TagCount] {
        try read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT tag, count(*) FROM article_tag GROUP BY tag ORDER BY tag")
            ).map { row in TagCount(tag: row[0], articles: row[1]) }
        }
    }
}
