/// Why a connection for `dateline import URL` failed before any HTTP answer arrived.
public enum FetchFailure: Equatable, Sendable {
    case invalidAddress
    case unknownHost
    case refused
    case connectionLost
    case secureConnection
    case tooManyRedirects(limit: Int)
    case other(code: Int)
}
