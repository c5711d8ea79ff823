import ArchiveStore
import CCurlLoader
import Foundation

/// One `ArticleFetcher` request through libcurl: the answer's headers and body as libcurl's
/// callbacks deliver them, and why the transfer stopped early if it did.
///
/// libcurl follows the redirects and decompresses the body. The callbacks stop the transfer (by
/// returning 0, which libcurl ends as a write error) as soon as the answer is known to be
/// unwanted: an HTTP error status, or more bytes than `maximumBytes` after decompression.
final class FetchTransfer {
    private let maximumBytes: Int
    private var body: [UInt8] = []
    /// The headers of the response being received, by lowercased name.
    private var headers: [String: String] = [:]
    /// The status of the response being received, from its status line.
    private var status = 0
    private var redirects = 0
    private var onlyPermanentRedirects = true
    private var stopReason: ImportError?

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// Fetches `url` on a new handle of `curl`, conditionally when `validators` has any.
    func run(
        _ curl: CurlLibrary, url: String, timeout: Double, validators: FeedValidators
    ) throws(ImportError) -> FetchedDocument {
        let library = curl.functions
        guard let handle = dateline_curl_easy_init(library) else { throw .unreachable(.other(code: 0)) }
        defer { dateline_curl_cleanup(library, handle) }
        var lines: UnsafeMutablePointer<curl_slist>?
        defer { dateline_curl_slist_free_all(library, lines) }
        if let etag = validators.etag { lines = dateline_curl_slist_append(library, lines, "If-None-Match: \(etag)") }
        if let date = validators.lastModified {
            lines = dateline_curl_slist_append(library, lines, "If-Modified-Since: \(date)")
        }
        let context = Unmanaged.passUnretained(self).toOpaque()
        let settings = [
            dateline_curl_set_string(library, handle, CURLOPT_URL, url),
            dateline_curl_set_string(library, handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            dateline_curl_set_string(library, handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            dateline_curl_set_string(library, handle, CURLOPT_USERAGENT, ArticleFetcher.userAgent),
            // Every encoding libcurl decodes is accepted; the callbacks see the decoded body.
            dateline_curl_set_string(library, handle, CURLOPT_ACCEPT_ENCODING, ""),
            dateline_curl_set_long(library, handle, CURLOPT_FOLLOWLOCATION, 1),
            dateline_curl_set_long(library, handle, CURLOPT_MAXREDIRS, ArticleFetcher.maximumRedirects),
            dateline_curl_set_long(library, handle, CURLOPT_TIMEOUT_MS, Int((timeout * 1_000).rounded(.up))),
            // No signals for timeouts: the fetches of a refresh run on several threads.
            dateline_curl_set_long(library, handle, CURLOPT_NOSIGNAL, 1),
            dateline_curl_set_headers(library, handle, lines),
            dateline_curl_set_pointer(library, handle, CURLOPT_HEADERDATA, context),
            dateline_curl_set_callback(library, handle, CURLOPT_HEADERFUNCTION) { line, size, count, context in
                let transfer = Unmanaged<FetchTransfer>.fromOpaque(context!).takeUnretainedValue()
                let bytes = UnsafeRawBufferPointer(start: line, count: size * count)
                return transfer.receiveHeader(bytes) ? size * count : 0
            },
            dateline_curl_set_pointer(library, handle, CURLOPT_WRITEDATA, context),
            dateline_curl_set_callback(library, handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
                let transfer = Unmanaged<FetchTransfer>.fromOpaque(context!).takeUnretainedValue()
                let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
                return transfer.receiveBody(bytes) ? size * count : 0
            },
        ]
        if let failed = settings.first(where: { $0 != CURLE_OK }) {
            throw .unreachable(.other(code: Int(failed.rawValue)))
        }
        let code = dateline_curl_perform(library, handle)
        if let stopReason { throw stopReason }
        if code != CURLE_OK { throw Self.importError(code, timeout: timeout) }
        let status = dateline_curl_response_code(library, handle)
        guard status != 0, let address = dateline_curl_effective_url(library, handle) else {
            throw .unreachable(.connectionLost)
        }
        let finalURL = String(cString: address)
        return FetchedDocument(
            url: finalURL, contentType: headers["content-type"], bytes: body, status: status,
            validators: FeedValidators(etag: headers["etag"], lastModified: headers["last-modified"]),
            movedTo: redirects > 0 && onlyPermanentRedirects ? finalURL : nil)
    }

    /// Takes one header line of a response (the status line starts a response, an empty line
    /// ends its headers); `false` stops the transfer.
    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers = [:]
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        } else if line.isEmpty {
            return headersEnded()
        }
        return true
    }

    /// Decides, once a response's headers are in, whether its body is wanted.
    private func headersEnded() -> Bool {
        if (300..<400).contains(status), status != 304, headers["location"] != nil {
            redirects += 1
            onlyPermanentRedirects = onlyPermanentRedirects && [301, 308].contains(status)
        } else if status >= 400 {
            stopReason = Self.statusError(code: status, retryAfter: headers["retry-after"])
        } else if status >= 200, headers["content-encoding"].map({ $0.isEmpty || $0 == "identity" }) ?? true,
            let length = headers["content-length"].flatMap({ Int($0) }), length > maximumBytes
        {
            stopReason = .responseTooLarge(limit: maximumBytes)
        }
        return stopReason == nil
    }

    /// Takes a piece of the decompressed body; `false` (the body too large) stops the transfer.
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= maximumBytes else {
            stopReason = .responseTooLarge(limit: maximumBytes)
            body = []
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// The error for an HTTP error status; 429 and 503 carry the server's `Retry-After`.
    static func statusError(code: Int, retryAfter: String?) -> ImportError {
        guard code == 429 || code == 503 else { return .httpStatus(code: code) }
        return .serverBusy(code: code, retryAfterSeconds: retryAfter.flatMap { RetryAfter.seconds($0) })
    }

    /// The import error for a transfer libcurl ended with `code`.
    static func importError(_ code: CURLcode, timeout: Double) -> ImportError {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timedOut(seconds: timeout)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .unreachable(.unknownHost)
        case CURLE_COULDNT_CONNECT: return .unreachable(.refused)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2,
            CURLE_HTTP2_STREAM:
            return .unreachable(.connectionLost)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR:
            return .unreachable(.secureConnection)
        case CURLE_TOO_MANY_REDIRECTS: return .unreachable(.tooManyRedirects(limit: ArticleFetcher.maximumRedirects))
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: return .unreachable(.invalidAddress)
        default: return .unreachable(.other(code: Int(code.rawValue)))
        }
    }
}
