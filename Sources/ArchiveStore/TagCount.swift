/// A tag of the archive and how many articles carry it (`dateline tags`).
public struct TagCount: Codable, Equatable, Sendable {
    public var tag: String
    public var articles: Int

    public init(tag: String, articles: Int) {
        self.tag = tag
        self.articles = articles
    }
}
