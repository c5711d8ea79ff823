import Foundation

/// The true article body of one saved page: the unit of `dateline-eval --body`, read from a
/// JSON object that maps each page's name to `{"articleBody": TEXT, ...}`, as the
/// article-extraction benchmark of Zyte (scrapinghub) ships its `ground-truth.json`.
public struct ArticleBodyTruth: Equatable, Sendable {
    /// The page's name; its file is `NAME.html` in the pages directory.
    public var page: String
    /// The article's body text.
    public var body: String

    public init(page: String, body: String) {
        self.page = page
        self.body = body
    }

    /// What the file holds for each page; other fields (url, headline) are not read.
    private struct Entry: Decodable {
        var articleBody: String?
    }

    /// The true bodies of a JSON file, in page-name order, or `nil` when `data` is not an
    /// object of them.
    public static func list(from data: Data) -> [ArticleBodyTruth]? {
        guard let entries = try? JSONDecoder().decode([String: Entry].self, from: data) else { return nil }
        return entries.keys.sorted().map { ArticleBodyTruth(page: $0, body: entries[$0]?.articleBody ?? "") }
    }
}
