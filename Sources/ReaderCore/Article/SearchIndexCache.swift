import ArticleAnalysis
import Foundation

/// Holds the search index of a document once it is built, shared by the copies of the document.
///
/// A memo, not state: the index is a function of the document's text, so building it when the
/// first search asks leaves every result the same.
final class SearchIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: TextSearchIndex?

    /// The index, built from `text()` on the first call.
    func index(_ text: () -> String) -> TextSearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = TextSearchIndex(text: text())
        built = index
        return index
    }
}
