import ArticleAnalysis
import Foundation
import GRDB

extension Archive {
    /// Removes the article `id` like `remove(ids:)` and returns it with its tags, bookmark
    /// and reading state, read in the same transaction, for `restore(_:)`.
    public func removeKeeping(id: Int64) throws(ArchiveError) -> RemovedArticle {
        let removed = try read { db -> RemovedArticle? in
            guard let record = try ArticleRecord.fetchOne(db, key: id) else { return nil }
            return RemovedArticle(
                record: record,
                tags: try String.fetchAll(
                    db, sql: "SELECT tag FROM article_tag WHERE article_id = ? ORDER BY tag", arguments: [id]),
                bookmark: try Bookmark.fetchOne(db, key: id), readingState: try ReadingState.fetchOne(db, key: id))
        }
        guard let removed else { throw .noSuchArticle(id: id) }
        try remove(ids: [id])
        return removed
    }

    /// Puts a removed article back in one transaction and returns its new id: the article
    /// goes through the import path again (analysed again, indexed, counted, its speakers
    /// indexed), then gets its tags, bookmark and reading state; its feed guid is forgotten
    /// as removed. When the same article was imported again meanwhile, that one gets them.
    public func restore(_ removed: RemovedArticle) throws(ArchiveError) -> Int64 {
        let record = removed.record
        let article = Article(
            title: record.title, bylines: record.byline.map { [$0] } ?? [], paragraphs: record.paragraphs,
            source: record.source, publishedAt: record.publishedAt, guid: record.guid)
        let prepared = PreparedArticle(article, importedAt: record.importedAt, analyse: QuoteAnalyzer.annotate)
        return try writeArticles { writer in
            if let guid = record.guid {
                try writer.db.execute(sql: "DELETE FROM deleted_guid WHERE guid = ?", arguments: [guid])
            }
            let id: Int64
            switch try writer.insert(prepared) {
            case .imported(let new), .duplicate(let new): id = new
            case .removed: throw ArchiveError.noSuchArticle(id: record.id ?? 0)
            }
            try writer.tag(id, with: removed.tags)
            if var bookmark = removed.bookmark {
                bookmark.articleID = id
                try bookmark.insert(writer.db, onConflict: .replace)
            }
            if var state = removed.readingState {
                state.articleID = id
                try state.insert(writer.db, onConflict: .replace)
            }
            return id
        }
    }
}
