import Foundation

/// How the article list writes a date: a pattern of `%` fields (UTC), checked when
/// `config.toml` is read.
///
/// Fields: `%Y` year, `%y` two-digit year, `%m` month, `%d` day, `%e` day without a leading
/// zero, `%b` month abbreviation (Jan…Dec), `%H` hour, `%M` minute, `%%` a percent sign.
public struct DateFormat: Hashable, Sendable {
    /// The pattern as written.
    public let pattern: String

    /// `%Y-%m-%d`, the list's default.
    public static let standard = DateFormat(checked: "%Y-%m-%d")

    /// The fields `pattern` may use.
    public static let fields: [Character] = ["Y", "y", "m", "d", "e", "b", "H", "M", "%"]

    /// A format for `pattern`, or `nil` when it uses a field other than `fields` or ends in `%`.
    public init?(pattern: String) {
        var afterPercent = false
        for character in pattern {
            if afterPercent {
                guard DateFormat.fields.contains(character) else { return nil }
                afterPercent = false
            } else if character == "%" {
                afterPercent = true
            }
        }
        guard !afterPercent else { return nil }
        self.pattern = pattern
    }

    private init(checked pattern: String) {
        self.pattern = pattern
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `date` written in this format.
    public func string(for date: Date) -> String {
        let fields = CalendarDate.fields(of: date)
        var result = ""
        var afterPercent = false
        for character in pattern {
            guard afterPercent else {
                if character == "%" { afterPercent = true } else { result.append(character) }
                continue
            }
            afterPercent = false
            switch character {
            case "Y": result += CalendarDate.padded(fields.year, 4)
            case "y": result += CalendarDate.padded(fields.year % 100, 2)
            case "m": result += CalendarDate.padded(fields.month, 2)
            case "d": result += CalendarDate.padded(fields.day, 2)
            case "e": result += String(fields.day)
            case "b": result += DateFormat.months[fields.month - 1]
            case "H": result += CalendarDate.padded(fields.hour, 2)
            case "M": result += CalendarDate.padded(fields.minute, 2)
            default: result.append(character)
            }
        }
        return result
    }
}
