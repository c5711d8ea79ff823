/// RSS 2.0 feeds written by tests, item by item, so that a test can serve a feed that
/// changes between two refreshes.
public enum FeedFixture {
    /// One item: its guid, headline and the paragraph of its description.
    public struct Item: Sendable {
        public var guid: String
        public var title: String
        public var text: String
        public var link: String?

        public init(guid: String, title: String, text: String, link: String? = nil) {
            self.guid = guid
            self.title = title
            self.text = text
            self.link = link
        }
    }

    /// Item `number` of the invented harbour-town paper used across the feed tests.
    public static func item(_ number: Int, site: String = "https://courier.example") -> Item {
        Item(
            guid: "\(site)/news/\(number)", title: "Harbour notice number \(number)",
            text: "The ferry timetable changes for the \(number)th time this season, the harbour office said.",
            link: "\(site)/news/\(number).html")
    }

    /// An RSS 2.0 document with `items`, newest first.
    public static func rss(title: String = "Kessel Bay Courier", items: [Item]) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>\(escaped(title))</title><link>https://courier.example/</link>

            """
        for item in items {
            xml += "<item><guid>\(escaped(item.guid))</guid><title>\(escaped(item.title))</title>"
            if let link = item.link { xml += "<link>\(escaped(link))</link>" }
            xml += "<description>\(escaped("<p>" + item.text + "</p>"))</description></item>\n"
        }
        return Array((xml + "</channel></rss>\n").utf8)
    }

    /// `text` with XML's special characters escaped.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
