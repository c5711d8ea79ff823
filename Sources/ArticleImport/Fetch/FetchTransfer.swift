import ArchiveStore
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The state of one `ArticleFetcher` request, filled in by `URLSession` delegate callbacks
/// on the session's queue and read by the waiting caller.
///
/// The transfer ends (the caller wakes up) when the task completes, or as soon as the answer
/// is known to be unwanted (an HTTP error, too many bytes); the caller then cancels the task.
final class FetchTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let maximumBytes: Int
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    // Guarded by `lock`.
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var redirects = 0
    /// The target of the last redirect while every redirect so far was permanent (301, 308).
    private var movedTo: String?
    private var onlyPermanentRedirects = true
    private var stopReason: ImportError?
    private var error: (any Error)?
    private var ended = false

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// Waits until the transfer ends; `false` when `seconds` passed first.
    func wait(seconds: Double) -> Bool {
        done.wait(timeout: .now() + seconds) == .success
    }

    /// The fetched document, or why there is none.
    func result(timeout: Double) throws(ImportError) -> FetchedDocument {
        lock.lock()
        defer { lock.unlock() }
        if let stopReason { throw stopReason }
        if let error { throw Self.importError(error, timeout: timeout) }
        guard let response, let url = response.url else { throw .unreachable(.connectionLost) }
        return FetchedDocument(
            url: url.absoluteString, contentType: response.value(forHTTPHeaderField: "Content-Type"), bytes: body,
            status: response.statusCode,
            validators: FeedValidators(
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified")),
            movedTo: movedTo)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        let http = response as? HTTPURLResponse
        self.response = http
        if let http, http.statusCode >= 400 { stopReason = Self.statusError(http) }
        let encoded = http?.value(forHTTPHeaderField: "Content-Encoding").map { !$0.isEmpty && $0 != "identity" }
        if stopReason == nil, encoded != true, response.expectedContentLength > maximumBytes {
            stopReason = .responseTooLarge(limit: maximumBytes)
        }
        let stop = stopReason != nil
        lock.unlock()
        if stop { end() }
        completionHandler(stop ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        var stop = false
        if stopReason == nil {
            if body.count + data.count > maximumBytes {
                stopReason = .responseTooLarge(limit: maximumBytes)
                body = []
                stop = true
            } else {
                body.append(contentsOf: data)
            }
        }
        lock.unlock()
        if stop { end() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.lock()
        redirects += 1
        onlyPermanentRedirects = onlyPermanentRedirects && [301, 308].contains(response.statusCode)
        if onlyPermanentRedirects { movedTo = request.url?.absoluteString }
        let allowed = redirects <= ArticleFetcher.maximumRedirects
        if !allowed { stopReason = .unreachable(.tooManyRedirects(limit: ArticleFetcher.maximumRedirects)) }
        lock.unlock()
        completionHandler(allowed ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        self.error = error
        lock.unlock()
        end()
    }

    /// Wakes the waiting caller, once.
    private func end() {
        lock.lock()
        let first = !ended
        ended = true
        lock.unlock()
        if first { done.signal() }
    }

    /// The error for an HTTP error status; 429 and 503 carry the server's `Retry-After`.
    static func statusError(_ response: HTTPURLResponse) -> ImportError {
        let code = response.statusCode
        guard code == 429 || code == 503 else { return .httpStatus(code: code) }
        let retryAfter = response.value(forHTTPHeaderField: "Retry-After").flatMap { RetryAfter.seconds($0) }
        return .serverBusy(code: code, retryAfterSeconds: retryAfter)
    }

    /// The import error for a failed transfer.
    static func importError(_ error: any Error, timeout: Double) -> ImportError {
        guard let urlError = error as? URLError else { return .unreachable(.other(code: 0)) }
        switch urlError.code {
        case .timedOut: return .timedOut(seconds: timeout)
        case .cannotFindHost, .dnsLookupFailed: return .unreachable(.unknownHost)
        case .cannotConnectToHost: return .unreachable(.refused)
        case .networkConnectionLost, .notConnectedToInternet: return .unreachable(.connectionLost)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return .unreachable(.secureConnection)
        case .httpTooManyRedirects: return .unreachable(.tooManyRedirects(limit: ArticleFetcher.maximumRedirects))
        case .unsupportedURL, .badURL: return .unreachable(.invalidAddress)
        default: return .unreachable(.other(code: urlError.code.rawValue))
        }
    }
}
