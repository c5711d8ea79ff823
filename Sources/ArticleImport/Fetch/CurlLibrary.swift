import CCurlLoader

/// libcurl, loaded when the first address is fetched rather than when Dateline starts.
///
/// Linking it (through FoundationNetworking) made every start of `dateline` load it and the 28
/// libraries it needs; now only fetches do (`dateline import URL`, feed subscriptions, refresh).
struct CurlLibrary: @unchecked Sendable {
    /// The library loaded unless a caller names another.
    static let standardName = "libcurl.so.4"

    /// The resolved functions; never freed, so any copy stays valid.
    let functions: OpaquePointer

    /// Loads the library `name` (once per process; later calls find it), or says it cannot.
    static func load(_ name: String) throws(ImportError) -> CurlLibrary {
        guard let functions = dateline_curl_open(name) else { throw .networkLibraryMissing(name: name) }
        return CurlLibrary(functions: functions)
    }
}
