import ArchiveStore

/// A document fetched over HTTP: where it ended up after redirects, its media type and body.
public struct FetchedDocument: Equatable, Sendable {
    /// The address after redirects.
    public var url: String
    /// The `Content-Type` header, if the server sent one.
    public var contentType: String?
    /// The body, decompressed.
    public var bytes: [UInt8]
    /// The HTTP status: 200, or 304 when a conditional request found nothing new.
    public var status: Int
    /// The `ETag` and `Last-Modified` headers, for the next conditional request.
    public var validators: FeedValidators
    /// Where permanent redirects (301, 308, and only those) led, when they did.
    public var movedTo: String?

    public init(
        url: String, contentType: String?, bytes: [UInt8], status: Int = 200, validators: FeedValidators = .init(),
        movedTo: String? = nil
    ) {
        self.url = url
        self.contentType = contentType
        self.bytes = bytes
        self.status = status
        self.validators = validators
        self.movedTo = movedTo
    }

    /// Whether the server said the document has not changed since the validators sent (304).
    public var isNotModified: Bool { status == 304 }
}
