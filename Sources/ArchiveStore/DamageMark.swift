import Foundation

/// Remembers, for one open archive, that a read found the file damaged, so that no later
/// write (a bookmark, the reading place saved on quitting the reader) goes into it.
final class DamageMark: @unchecked Sendable {
    private let lock = NSLock()
    private var found = false

    /// Whether a read found the file damaged.
    var isSet: Bool { lock.withLock { found } }

    func set() { lock.withLock { found = true } }
}
