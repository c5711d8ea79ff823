import Foundation
import GRDB

/// Reads the dates of the archive's rows: GRDB stores a `Date` as UTC text `YYYY-MM-DD
/// HH:MM:SS.SSS` and reads it back through Foundation's calendar, about 6,000 instructions a
/// date and half of decoding a list row (`ArticleSummary`). That exact form, from 1600 on, is
/// read here with arithmetic instead; anything else (another tool's text, a number, a date
/// the Gregorian calendar's reform makes ambiguous) goes to GRDB as before.
enum StoredDate {
    /// The date in `column` of `row`, `nil` for NULL.
    static func decode(_ row: Row, forColumn column: String) throws -> Date? {
        if case .string(var text) = (row[column] as DatabaseValue).storage,
            let date = text.withUTF8({ parse($0) })
        {
            return date
        }
        return try row.decode(Date?.self, forColumn: column)
    }

    /// The date of GRDB's text form, or `nil` when `text` is not exactly that form of a real
    /// date from 1600 on.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        guard text.count == 23, text[4] == 0x2D, text[7] == 0x2D, text[10] == 0x20, text[13] == 0x3A,
            text[16] == 0x3A, text[19] == 0x2E
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let digit = Int(text[index]) &- 0x30
                guard digit >= 0, digit < 10 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
            year >= 1600, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24,
            minute < 60, second < 60
        else { return nil }
        let seconds = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(
            timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + Double(millisecond) / 1_000)
    }

    /// The days of `month` (1–12) in `year`, in the Gregorian calendar.
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the date (Howard Hinnant's `days_from_civil`).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = year / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
