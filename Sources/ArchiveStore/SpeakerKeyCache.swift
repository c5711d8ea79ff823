import ArticleAnalysis
import Foundation

/// The speaker index keys of names already seen (`SpeakerName.indexKey`), shared by the
/// threads that prepare articles.
///
/// The same people speak in article after article, and folding a name to its key goes
/// through Foundation's string search: 9,000 instructions a name, 67,000 an article of the
/// benchmark, against a few hundred for a look-up here. The cache forgets everything when it
/// holds `capacity` names, so an import of many different names keeps a bounded memory.
final class SpeakerKeyCache: @unchecked Sendable {
    static let shared = SpeakerKeyCache(capacity: 20_000)

    private let capacity: Int
    private let lock = NSLock()
    // Guarded by `lock`.
    private var keys: [String: String?] = [:]

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// `SpeakerName.indexKey(name)`, from the cache when the name was seen before.
    func indexKey(_ name: String) -> String? {
        if let key = lock.withLock({ keys[name] }) { return key }
        let key = SpeakerName.indexKey(name)
        lock.withLock {
            if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
            keys[name] = .some(key)
        }
        return key
    }

    /// The number of names held.
    var count: Int { lock.withLock { keys.count } }
}
