import ArchiveStore
import ArticleAnalysis
import Foundation

/// Why one input of `dateline import` failed. The wording shown to users lives here.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchFile
    case isDirectory
    case unreadable(reason: String)
    case input(ArticleInputError)
    case archive(ArchiveError)
    /// The input is bigger than an input of this format may be.
    case tooLarge(format: InputFormat, bytes: Int, limit: Int)
    /// The markup or JSON cannot be parsed at all; `line` is 0 when unknown.
    case malformed(format: InputFormat, line: Int, reason: String)
    /// A page parsed fine but holds no article text.
    case noArticleText(format: InputFormat)
    /// A feed without a single item that has text.
    case emptyFeed(format: InputFormat)
    /// A feed with more items than one import takes.
    case tooManyItems(count: Int, limit: Int)
    /// The server answered with an HTTP error status.
    case httpStatus(code: Int)
    /// The server answered 429 (too many requests) or 503 (unavailable), maybe saying how
    /// many seconds to wait (`Retry-After`).
    case serverBusy(code: Int, retryAfterSeconds: Int?)
    /// The server did not answer, or not completely, in time.
    case timedOut(seconds: Double)
    /// The connection failed before an HTTP answer (no such host, refused, TLS, redirects...).
    case unreachable(FetchFailure)
    /// libcurl, which fetches addresses, cannot be loaded (`name` is the library looked for).
    case networkLibraryMissing(name: String)
    /// The server sent more bytes (after decompression) than Dateline accepts.
    case responseTooLarge(limit: Int)
    /// The server sent something that is neither a page, a feed nor text.
    case unsupportedContentType(String)
    /// An OPML file that cannot be read; `line` is 0 when unknown.
    case malformedSubscriptionList(line: Int, reason: String)
    /// A subscription's address answered with a document that is not a feed.
    case notAFeed(InputFormat)
    /// XML or JSON of a kind Dateline does not read; the text says what it is ("an XML
    /// document with root element <opml>").
    case unsupportedDocument(String)
    /// Bytes that are not UTF-8, declare no encoding they are valid in, and whose encoding
    /// the detector cannot tell.
    case unknownEncoding(format: InputFormat)

    public var description: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .isDirectory: return "is a directory (add --recursive to import the files inside it)"
        case .unreadable(let reason): return "cannot be read: \(reason)"
        case .input(let error): return error.description
        case .archive(let error): return error.description
        case .tooLarge(let format, let bytes, let limit):
            return
                "the \(Self.name(format)) is \(megabytes(bytes)) MB, more than the \(megabytes(limit)) MB Dateline reads"
        case .malformed(let format, let line, let reason):
            let place = line > 0 ? " (line \(line): \(reason))" : " (\(reason))"
            return "the \(Self.name(format)) cannot be parsed\(place)"
        case .noArticleText(let format): return "the \(Self.name(format)) has no article text"
        case .emptyFeed(let format): return "the \(Self.name(format)) has no items with text"
        case .tooManyItems(let count, let limit):
            return "the feed has \(count) items, more than the \(limit) one import takes"
        case .httpStatus(let code): return "the server answered HTTP \(code)"
        case .serverBusy(let code, let seconds):
            let what = code == 429 ? "too many requests" : "unavailable"
            let wait = seconds.map { " and asked to wait \($0) s" } ?? ""
            return "the server answered HTTP \(code) (\(what))\(wait)"
        case .timedOut(let seconds): return "no complete answer from the server within \(Int(seconds.rounded(.up))) s"
        case .unreachable(let failure): return "cannot be fetched: " + Self.reason(failure)
        case .networkLibraryMissing(let name):
            return "cannot be fetched: Dateline fetches addresses with libcurl, and \(name) cannot be loaded"
        case .responseTooLarge(let limit):
            return "the server sent more than \(megabytes(limit)) MB (after decompression); nothing was imported"
        case .unsupportedContentType(let type): return "the server sent \(type), not a web page, feed or text"
        case .malformedSubscriptionList(let line, let reason):
            return "the OPML file cannot be read (\(line > 0 ? "line \(line): " : "")\(reason))"
        case .notAFeed(let format): return "the address sent \(Self.article(format)) \(Self.name(format)), not a feed"
        case .unsupportedDocument(let kind): return "is \(kind), not a page or feed Dateline reads"
        case .unknownEncoding(let format):
            return
                "the \(Self.name(format)) is not UTF-8 and its character encoding is neither declared nor recognisable"
        }
    }

    /// How a format is named in messages.
    static func name(_ format: InputFormat) -> String {
        switch format {
        case .text: return "text file"
        case .html: return "HTML page"
        case .markdown: return "Markdown file"
        case .rss: return "RSS feed"
        case .atom: return "Atom feed"
        case .jsonFeed: return "JSON feed"
        }
    }

    /// The indefinite article of `name(format)`.
    static func article(_ format: InputFormat) -> String {
        format == .html || format == .rss ? "an" : "a"
    }

    /// How a connection failure is named in messages.
    static func reason(_ failure: FetchFailure) -> String {
        switch failure {
        case .invalidAddress: return "not a valid http or https address"
        case .unknownHost: return "the host name is unknown"
        case .refused: return "the server refused the connection"
        case .connectionLost: return "the connection was lost"
        case .secureConnection: return "the secure connection (TLS) failed"
        case .tooManyRedirects(let limit): return "more than \(limit) redirects"
        case .other(let code): return "network error \(code)"
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(bytes / 1_048_576) : String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
