import Foundation

/// Events that background work (fetching feeds) posts from its own thread, kept until the
/// reader's loop takes them on its thread; and whether such work is still running.
final class BackgroundInbox: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var events: [ReaderEvent] = []
    private var running = 0

    /// Counts one more piece of work as running.
    func begin() {
        lock.lock()
        running += 1
        lock.unlock()
    }

    /// Keeps `event` for the loop; `finished` says the work posting it is done.
    func post(_ event: ReaderEvent, finished: Bool = false) {
        lock.lock()
        events.append(event)
        if finished { running -= 1 }
        lock.unlock()
    }

    /// The events posted so far, in order, removed from the inbox.
    func take() -> [ReaderEvent] {
        lock.lock()
        defer { lock.unlock() }
        let taken = events
        events = []
        return taken
    }

    /// Whether work is running or events wait.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running > 0 || !events.isEmpty
    }
}
