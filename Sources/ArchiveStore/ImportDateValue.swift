import Foundation
import GRDB

/// The stored form of an import's date, made once for all its articles: every article of an
/// import shares the date, and formatting it (`Date.databaseValue`, a `DateFormatter`) cost
/// 16,000 instructions an article on the preparing threads.
final class ImportDateValue: @unchecked Sendable {
    static let shared = ImportDateValue()

    private let lock = NSLock()
    // Guarded by `lock`.
    private var last: (date: Date, value: DatabaseValue)?

    /// `date.databaseValue`, formatted again only when `date` is not the last one asked about.
    func value(of date: Date) -> DatabaseValue {
        if let last = lock.withLock({ last }), last.date == date { return last.value }
        let value = date.databaseValue
        lock.withLock { last = (date, value) }
        return value
    }
}
