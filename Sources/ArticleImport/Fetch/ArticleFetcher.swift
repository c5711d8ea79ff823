import ArchiveStore
import ArticleAnalysis
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches a page or feed over HTTP(S) for `dateline import URL`.
///
/// Redirects are followed (at most `maximumRedirects`), a `User-Agent` is sent, and the whole
/// exchange has a deadline. Compressed answers are decompressed as they arrive and counted
/// after decompression, so a gzip bomb is cut off at `maximumBytes` instead of filling memory.
public struct ArticleFetcher: Sendable {
    /// Sent with every request.
    public static let userAgent = "Dateline/0.1"
    /// Redirects followed before giving up.
    public static let maximumRedirects = 10

    /// Seconds allowed for the whole exchange, from connecting to the last byte.
    public var timeout: Double
    /// The largest body accepted, counted after decompression.
    public var maximumBytes: Int

    public init(timeout: Double = 30, maximumBytes: Int = TextDecoder.maximumBytes) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
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
        guard let url = URL(string: address), url.host != nil else { throw .unreachable(.invalidAddress) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpAdditionalHeaders = ["User-Agent": Self.userAgent]
        let transfer = FetchTransfer(maximumBytes: maximumBytes)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = validators.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
        let task = session.dataTask(with: request)
        task.resume()
        let finished = transfer.wait(seconds: timeout)
        // Cancelled from this thread: cancelling inside a delegate callback deadlocks
        // swift-corelibs-foundation, and meanwhile libcurl keeps queueing decompressed data.
        task.cancel()
        if !finished { throw .timedOut(seconds: timeout) }
        return try transfer.result(timeout: timeout)
    }
}
