import ArticleAnalysis
import Dispatch
import Foundation

/// Prepares articles (analysis, content hash, word count) a chunk ahead of the writer: while
/// one chunk is written to SQLite, the next is prepared on the other cores, so an import
/// costs about the larger of the two rather than their sum.
struct PreparationPipeline {
    /// Articles prepared together; small enough that the writer starts early, large enough
    /// that spreading a chunk over the cores pays.
    static let chunkSize = 32

    let articles: [Article]
    let importedAt: Date
    let analyse: @Sendable (String) -> Annotations

    /// Calls `body` with each prepared article, in order.
    func process(_ body: (PreparedArticle) throws -> Void) throws {
        let starts = Array(stride(from: 0, to: articles.count, by: Self.chunkSize))
        var next = starts.first.map(prepare(chunkAt:))
        for (index, _) in starts.enumerated() {
            guard let current = next?.wait() else { return }
            next = index + 1 < starts.count ? prepare(chunkAt: starts[index + 1]) : nil
            for article in current { try body(article) }
        }
    }

    /// Starts preparing the chunk that begins at `start` in the background.
    private func prepare(chunkAt start: Int) -> PendingChunk {
        let chunk = Array(articles[start..<min(start + Self.chunkSize, articles.count)])
        let pending = PendingChunk()
        let (importedAt, analyse) = (importedAt, analyse)
        pending.group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            pending.articles = PreparedArticle.prepare(chunk, importedAt: importedAt, analyse: analyse)
            pending.group.leave()
        }
        return pending
    }

    /// A chunk being prepared; `wait()` returns it once ready.
    private final class PendingChunk: @unchecked Sendable {
        let group = DispatchGroup()
        // Written once by the preparing thread before `leave()`, read after `wait()`.
        var articles: [PreparedArticle] = []

        func wait() -> [PreparedArticle] {
            group.wait()
            return articles
        }
    }
}
