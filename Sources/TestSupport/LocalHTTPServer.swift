import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of URL import: it listens on a free port,
/// answers each `GET` from a table of canned responses (404 for unknown paths), and records
/// the requests it saw. A response with an `ETag` or `Last-Modified` header is answered with
/// `304 Not Modified` when the request sends the same value back (`If-None-Match`,
/// `If-Modified-Since`), as a real server does; `setRoute` changes a response between requests. Each connection is served on its own thread; call `stop()` when done
/// (the accepting thread keeps the server alive until then).
public final class LocalHTTPServer: @unchecked Sendable {
    /// What the server does for one path.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Accept the connection and read the request, but never answer.
        public var silent = false
        /// Seconds between two bytes of the body (a slow drip); `0` sends it at once.
        public var dripInterval = 0.0

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// `200 OK` with a body of the given media type.
        public static func ok(_ body: [UInt8], contentType: String, headers: [(String, String)] = []) -> Response {
            Response(headers: [("Content-Type", contentType)] + headers, body: body)
        }

        /// A `301` to another path or address.
        public static func redirect(to location: String) -> Response {
            Response(status: 301, headers: [("Location", location)])
        }

        /// A `301` or `308` (permanent) or another redirect status to `location`.
        public static func redirect(_ status: Int, to location: String) -> Response {
            Response(status: status, headers: [("Location", location)])
        }

        /// This response with its body sent one byte every `interval` seconds.
        public func dripping(every interval: Double) -> Response {
            var response = self
            response.dripInterval = interval
            return response
        }

        /// The value of the header `name` (any case).
        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }

        /// A connection that is accepted and never answered.
        public static var silent: Response {
            var response = Response()
            response.silent = true
            return response
        }
    }

    /// The port the server listens on.
    public let port: Int
    private let listener: Int32
    // Guarded by `lock`.
    private var routes: [String: Response]
    private let lock = NSLock()
    private var stopped = false
    private var connections: [Int32] = []
    private var seenRequests: [String] = []

    /// Starts a server answering `routes` (path, e.g. `/article.html`, to response).
    public init(routes: [String: Response]) throws {
        self.routes = routes
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(listener, socketAddress, length) == 0 && listen(listener, 16) == 0
                    && getsockname(listener, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The request heads received so far (request line and headers), in arrival order.
    public var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seenRequests
    }

    /// The requests received so far for `path` (query included), in arrival order.
    public func requests(for path: String) -> [String] {
        requests.filter { $0.hasPrefix("GET \(path) ") }
    }

    /// Answers `path` with `response` from now on.
    public func setRoute(_ path: String, _ response: Response) {
        lock.lock()
        defer { lock.unlock() }
        routes[path] = response
    }

    /// Stops listening and ends every open connection.
    ///
    /// Sockets are only shut down here; each is closed by the thread that uses it, under the
    /// lock, so a descriptor number reused by another server is never touched.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(listener, Int32(SHUT_RDWR))
        for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let connection = accept(listener, nil, nil)
            lock.lock()
            if connection < 0 || stopped {
                if connection >= 0 { close(connection) }
                lock.unlock()
                return
            }
            connections.append(connection)
            lock.unlock()
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer {
            lock.lock()
            connections.removeAll { $0 == connection }
            close(connection)
            lock.unlock()
        }
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while !head.ends(with: Array("\r\n\r\n".utf8)) {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, 1, 0) }
            if count <= 0 { return }
            head.append(buffer[0])
            if head.count > 65_536 { return }
        }
        let request = String(decoding: head, as: UTF8.self)
        let path = request.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        lock.lock()
        seenRequests.append(request)
        var response =
            routes[path]
            ?? Response(status: 404, headers: [("Content-Type", "text/plain")], body: Array("not found".utf8))
        lock.unlock()
        if Self.isNotModified(response, request: request) {
            response = Response(status: 304, headers: response.headers.filter { $0.0.lowercased() != "content-type" })
        }
        if response.silent {
            while recv(connection, &buffer, buffer.count, 0) > 0 {}
            return
        }
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var headers = response.headers
        if !headers.contains(where: { $0.0.lowercased() == "content-length" }) {
            headers.append(("Content-Length", String(response.body.count)))
        }
        headers.append(("Connection", "close"))
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        send(connection, Array(text.utf8))
        if response.dripInterval > 0 {
            for byte in response.body {
                Thread.sleep(forTimeInterval: response.dripInterval)
                if !send(connection, [byte]) { return }
            }
        } else {
            send(connection, response.body)
        }
    }

    /// Whether `request` sends back a validator of `response` (which is then answered 304).
    private static func isNotModified(_ response: Response, request: String) -> Bool {
        guard response.status == 200 else { return false }
        let lines = request.split(separator: "\r\n").map { $0.lowercased() }
        func sent(_ name: String) -> String? {
            lines.first { $0.hasPrefix(name + ":") }.map {
                $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        if let etag = response.header("ETag"), sent("if-none-match") == etag.lowercased() { return true }
        if let date = response.header("Last-Modified"), sent("if-modified-since") == date.lowercased() { return true }
        return false
    }

    /// Sends all of `bytes`; `false` when the connection ended first.
    @discardableResult
    private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 308: return "Permanent Redirect"
        case 429: return "Too Many Requests"
        case 503: return "Service Unavailable"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        default: return "Status"
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the array ends with `suffix`.
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
