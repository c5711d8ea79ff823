import Foundation

/// Counts calls made from several threads at once.
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one call.
    func increment() { lock.withLock { count += 1 } }

    /// The calls counted so far.
    var value: Int { lock.withLock { count } }
}
