/// A document fetched over HTTP: where it ended up after redirects, its media type and body.
public struct FetchedDocument: Equatable, Sendable {
    /// The address after redirects.
    public var url: String
    /// The `Content-Type` header, if the server sent one.
    public var contentType: String?
    /// The body, decompressed.
    public var bytes: [UInt8]
}
