/// One feed of a subscription list (OPML, a newsboat `urls` file), before it is stored.
public struct SubscriptionEntry: Equatable, Sendable {
    public var url: String
    public var title: String?
    public var tags: [String]
    public var fullText: Bool

    public init(url: String, title: String? = nil, tags: [String] = [], fullText: Bool = false) {
        self.url = url
        self.title = title
        self.tags = tags
        self.fullText = fullText
    }
}
