import Foundation

/// Parses the dates that pages and feeds state: ISO 8601 / RFC 3339 (`2026-03-04`,
/// `2026-03-04T09:30:00+01:00`, with or without fractions) and RFC 822 / RFC 1123
/// (`Wed, 04 Mar 2026 09:30:00 GMT`, with or without the weekday and seconds, and the broken
/// variants of it that feeds send).
enum PublicationDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// North American zone names that RSS feeds still use, in hours from UTC.
    static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7,
    ]

    /// The date `text` gives, or `nil` when it is not one of the accepted forms.
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let first = trimmed.first, first.isNumber, trimmed.count >= 10,
            trimmed[trimmed.index(trimmed.startIndex, offsetBy: 4)] == "-"
        {
            return iso8601(trimmed)
        }
        return rfc822(trimmed)
    }

    static func iso8601(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<index + digits] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            index += digits
            return value
        }
        func skip(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var offset = 0
        if skip("T") || skip(" ") {
            guard let hour = number(2), skip(":"), let minute = number(2) else { return nil }
            components.hour = hour
            components.minute = minute
            if skip(":") {
                guard let second = number(2) else { return nil }
                components.second = second
                if skip(".") || skip(",") {
                    while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                }
            }
            if skip("Z") || skip("z") {
                offset = 0
            } else if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" {
                let sign = scalars[index] == "-" ? -1 : 1
                index += 1
                guard let hours = number(2) else { return nil }
                _ = skip(":")
                let minutes = number(2) ?? 0
                offset = sign * (hours * 3_600 + minutes * 60)
            }
        }
        return date(components, offset: offset)
    }

    /// An RFC 822 / RFC 1123 date and the broken forms feeds send instead: a full weekday or
    /// month name, RFC 850's `04-Mar-2026`, the month first (`Mar 4, 2026`, asctime's
    /// `Wed Mar  4 09:30:00 2026`), a zone written `+01:00`.
    static func rfc822(_ text: String) -> Date? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).flatMap { word in
            // RFC 850 joins the date with hyphens; a zone's sign is not a separator.
            word.first?.isNumber == true && word.contains("-") && !word.contains(":")
                ? word.split(separator: "-").map(String.init) : [String(word)]
        }
        if let first = words.first, first.first?.isLetter == true, month(first) == nil { words.removeFirst() }
        if words.count >= 2, month(words[0]) != nil, Int(words[1]) != nil { words.swapAt(0, 1) }
        if words.count >= 4, words[2].contains(":"), Int(words[3]) != nil {
            // asctime: the year after the time.
            words.swapAt(2, 3)
        }
        guard words.count >= 3, let day = Int(words[0]), let month = month(words[1]), var year = Int(words[2])
        else { return nil }
        if year < 100 { year += year < 50 ? 2_000 : 1_900 }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var offset = 0
        if words.count >= 4 {
            let time = words[3].split(separator: ":").map { Int($0) }
            guard time.count >= 2, let hour = time[0], let minute = time[1] else { return nil }
            components.hour = hour
            components.minute = minute
            components.second = time.count > 2 ? (time[2] ?? 0) : 0
        }
        if words.count >= 5 {
            let zone = words[4].replacingOccurrences(of: ":", with: "")
            if let hours = zones[zone.uppercased()] {
                offset = hours * 3_600
            } else if zone.count == 5, let value = Int(zone.dropFirst()), zone.first == "+" || zone.first == "-" {
                offset = (zone.first == "-" ? -1 : 1) * (value / 100 * 3_600 + value % 100 * 60)
            }
        }
        return date(components, offset: offset)
    }

    /// The month (1 to 12) that `word` names by its first three letters, or `nil`.
    private static func month(_ word: String) -> Int? {
        months.firstIndex(of: word.prefix(3).lowercased()).map { $0 + 1 }
    }

    private static func date(_ components: DateComponents, offset: Int) -> Date? {
        guard let month = components.month, (1...12).contains(month), let day = components.day, (1...31).contains(day),
            let zone = TimeZone(secondsFromGMT: offset)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: components)
    }
}
