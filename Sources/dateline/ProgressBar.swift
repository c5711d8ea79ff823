import Foundation

/// A one-line progress bar on standard error, drawn only when stderr is a terminal and
/// there is more than a handful of inputs. Updates may come from several threads (a refresh).
final class ProgressBar: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private let lock = NSLock()
    // Guarded by `lock`.
    private var lastDrawn = -1

    init(total: Int) {
        self.total = total
        enabled = total >= 20 && Terminal.stderrIsTerminal
    }

    func update(done: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = done * 100 / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
