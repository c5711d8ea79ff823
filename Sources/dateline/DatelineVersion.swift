/// The version of this Dateline program, as `dateline --version` and `dateline info` print it.
enum DatelineVersion {
    static let current = "0.1.0"
}
