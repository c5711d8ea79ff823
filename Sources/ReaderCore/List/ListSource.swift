/// How the list names where an article came from, in the room of a column.
enum ListSource {
    /// The host of a web address without `www.` (`example.org`), or the last part of a file
    /// path (`ferry.txt`); anything else as it is.
    static func name(_ source: String) -> String {
        if let range = source.range(of: "://") {
            let rest = source[range.upperBound...]
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let name = host.hasPrefix("www.") ? host.dropFirst(4) : host
            return name.isEmpty ? source : String(name)
        }
        return source.split(separator: "/").last.map(String.init) ?? source
    }
}
