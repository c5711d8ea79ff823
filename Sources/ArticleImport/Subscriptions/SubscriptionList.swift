import ArchiveStore
import ArticleAnalysis

/// The feeds of a subscription list file, and the lines of it that are not feeds Dateline
/// can fetch (newsboat's query feeds, `exec:` and `filter:` sources).
public struct SubscriptionList: Equatable, Sendable {
    /// A line (or outline) left out, and why.
    public struct Skipped: Equatable, Sendable {
        /// The line number in a `urls` file; 0 in OPML.
        public var line: Int
        public var text: String
        public var reason: String
    }

    public var entries: [SubscriptionEntry] = []
    public var skipped: [Skipped] = []

    /// Reads the subscription list file at `path` (see `read(_:)`).
    public static func read(path: String) throws(ImportError) -> SubscriptionList {
        try read(try InputFile.read(path))
    }

    /// Reads an OPML file (its first character is `<`) or else a newsboat `urls` file.
    public static func read(_ bytes: [UInt8]) throws(ImportError) -> SubscriptionList {
        let start = bytes.drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        if start.first == UInt8(ascii: "<") { return try OPMLReader.read(bytes) }
        do {
            return NewsboatURLsReader.read(try TextDecoder.decode(bytes))
        } catch {
            throw .input(error)
        }
    }

    /// Adds `entry`, or merges its tags into an earlier entry for the same address; folder
    /// and category names become tags (`TagName.fromLabel`).
    mutating func add(_ entry: SubscriptionEntry) {
        var entry = entry
        entry.tags = entry.tags.compactMap(TagName.fromLabel).reduce(into: []) { tags, tag in
            if !tags.contains(tag) { tags.append(tag) }
        }
        guard let index = entries.firstIndex(where: { $0.url == entry.url }) else {
            entries.append(entry)
            return
        }
        for tag in entry.tags where !entries[index].tags.contains(tag) { entries[index].tags.append(tag) }
        if entries[index].title == nil { entries[index].title = entry.title }
    }
}
