import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of URL import: it listens on a free port,
/// answers each `GET` from a table of canned responses (404 for unknown paths), and records
/// the requests it saw. Each connection is served on its own thread; call `stop()` when done
/// (the accepting thread keeps the server alive until then).
public final class LocalHTTPServer: @unchecked Sendable {
    /// What the server does for one path.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Accept the connection and read the request, but never answer.
        public var silent = false

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
    private let routes: [String: Response]
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
        lock.lock()
        seenRequests.append(request)
        lock.unlock()
        let path = request.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let response =
            routes[path]
            ?? Response(status: 404, headers: [("Content-Type", "text/plain")], body: Array("not found".utf8))
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
        send(connection, response.body)
    }

    private func send(_ connection: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return }
            offset += sent
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
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
