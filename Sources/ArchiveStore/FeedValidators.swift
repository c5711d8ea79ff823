/// The validators of a feed's last complete answer, sent back to ask "has it changed?"
/// (`If-None-Match`, `If-Modified-Since`); a server that says no answers 304 with no body.
public struct FeedValidators: Equatable, Sendable {
    /// The `ETag` header.
    public var etag: String?
    /// The `Last-Modified` header, kept as the server wrote it.
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// Whether there is anything to send.
    public var isEmpty: Bool { etag == nil && lastModified == nil }
}
