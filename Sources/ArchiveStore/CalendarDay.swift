import Foundation

/// A day of the calendar (`2026-01-31`), as the date filters name it.
public struct CalendarDay: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The day written `YYYY-MM-DD`, or `nil` when `text` is not a day of the calendar.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard let start = Self.calendar.date(from: components),
            Self.calendar.dateComponents(
                [.year, .month, .day], from: start) == components
        else { return nil }
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The instant the day begins in the user's time zone.
    var start: Date {
        Self.calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day after this one.
    var next: CalendarDay {
        let following = Self.calendar.date(byAdding: .day, value: 1, to: start) ?? start
        let fields = Self.calendar.dateComponents([.year, .month, .day], from: following)
        return CalendarDay(year: fields.year ?? year, month: fields.month ?? month, day: fields.day ?? day)
    }

    private var components: DateComponents { DateComponents(year: year, month: month, day: day) }

    /// The Gregorian calendar in the user's time zone: the list shows dates in it too.
    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }
}
