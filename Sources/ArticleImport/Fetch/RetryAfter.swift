import Foundation

/// Reads an HTTP `Retry-After` header: a number of seconds, or an HTTP date.
enum RetryAfter {
    /// The longest wait honoured (a week): a later date is taken as this.
    static let maximumSeconds = 7 * 24 * 3_600

    /// The seconds to wait from `now`, or `nil` when the value is neither form.
    static func seconds(_ value: String, now: Date = Date()) -> Int? {
        let value = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(value), seconds >= 0 { return min(seconds, maximumSeconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return min(max(0, Int(date.timeIntervalSince(now).rounded(.up))), maximumSeconds)
    }
}
