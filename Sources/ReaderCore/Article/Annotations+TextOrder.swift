import ArticleAnalysis

extension Annotations {
    /// The indices of `quotes` in text order: by start, quotes that start at the same place
    /// in the order they have (as a stable sort puts them). The analyser gives its quotes in
    /// text order, so the indices are only sorted when they are not, and the quotes are never
    /// copied (a sorted copy of 400,000 quotes was 50 MB).
    var quoteIndicesInTextOrder: [Int] {
        var indices = Array(quotes.indices)
        let inOrder = zip(quotes, quotes.dropFirst()).allSatisfy { $0.span.start <= $1.span.start }
        if !inOrder {
            indices.sort { (quotes[$0].span.start, $0) < (quotes[$1].span.start, $1) }
        }
        return indices
    }
}
