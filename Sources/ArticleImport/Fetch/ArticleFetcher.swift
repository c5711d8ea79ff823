import ArchiveStore
import ArticleAnalysis
import Foundation

/// Fetches a page or feed over HTTP(S) for `dateline import URL`.
///
/// Through libcurl, loaded at the first fetch (`CurlLibrary`). Redirects are followed (at most
/// `maximumRedirects`), a `User-Agent` is sent, and the whole exchange has a deadline.
/// Compressed answers are decompressed as they arrive and counted after decompression, so a
/// gzip bomb is cut off at `maximumBytes` instead of filling memory.
public struct ArticleFetcher: Sendable {
    /// Sent with every request.
    public static let userAgent = "Dateline/0.1"
    /// Redirects followed before giving up.
    public static let maximumRedirects = 10

    /// Seconds allowed for the whole exchange, from connecting to the last byte.
    public var timeout: Double
    /// The largest body accepted, counted after decompression.
    public var maximumBytes: Int

    /// The libcurl to load at the first fetch (another name only in tests).
    var library: String

    public init(timeout: Double = 30, maximumBytes: Int = TextDecoder.maximumBytes) {
        self.init(timeout: timeout, maximumBytes: maximumBytes, library: CurlLibrary.standardName)
    }

    init(timeout: Double, maximumBytes: Int, library: String) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.library = library
    }

    /// Whether `input` is an address to fetch rather than a path.
    public static func isAddress(_ input: String) -> Bool {
        SourceAddress.isWebAddress(input)
    }

    /// Fetches `address`, or says in one `ImportError` why it could not. With `validators`
    /// the request is conditional, and an unchanged document comes back empty with status 304.
    public func fetch(_ address: String, ifChangedFrom validators: FeedValidators = .init()) throws(ImportError)
        -> FetchedDocument
    {
        guard let url = URL(string: address), url.host != nil, ["http", "https"].contains(url.scheme?.lowercased())
        else { throw .unreachable(.invalidAddress) }
        let curl = try CurlLibrary.load(library)
        return try FetchTransfer(maximumBytes: maximumBytes).run(
            curl, url: url.absoluteString, timeout: timeout, validators: validators)
    }
}
