import ArticleAnalysis
import Foundation

/// The filter syntax: `tag:politics unread since:2026-01-01 lang:de source:example.com
/// speaker:"Ana Ruiz" bookmarked feed:"Kessel Bay Courier"`.
///
/// Terms are separated by spaces; a value with spaces goes in double quotes. Every term
/// narrows the list further (AND); `tag:` may come more than once.
enum FilterExpression {
    /// The words of `text`, split at spaces outside double quotes, quotes removed.
    static func words(_ text: String) throws(ArticleFilterError) -> [String] {
        var words: [String] = []
        var word = ""
        var inQuotes = false
        var started = false
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
                started = true
            } else if character.isWhitespace && !inQuotes {
                if started { words.append(word) }
                (word, started) = ("", false)
            } else {
                word.append(character)
                started = true
            }
        }
        if inQuotes { throw .unclosedQuote }
        if started { words.append(word) }
        return words
    }

    /// `value` as the filter syntax writes it: in double quotes when it has a space.
    static func quoted(_ value: String) -> String {
        value.contains(where: \.isWhitespace) ? "\"" + value + "\"" : value
    }

    /// The terms a filter knows, each with or without a value.
    static let valueTerms: Set<String> = ["tag", "source", "since", "until", "lang", "language", "speaker", "feed"]

    /// Narrows `filter` by the terms of `text`.
    static func apply(_ text: String, to filter: inout ArticleFilter) throws(ArticleFilterError) {
        for word in try words(text) {
            if let colon = word.firstIndex(of: ":") {
                try apply(String(word[..<colon]), String(word[word.index(after: colon)...]), to: &filter, word: word)
            } else {
                try apply(word, nil, to: &filter, word: word)
            }
        }
    }

    /// Narrows `filter` by one term: `key` with its `value` (`nil` for `unread` and
    /// `bookmarked`); `word` is the term as written, for the error.
    static func apply(_ key: String, _ value: String?, to filter: inout ArticleFilter, word: String)
        throws(ArticleFilterError)
    {
        let key = key.lowercased()
        guard let value else {
            switch key {
            case "unread": filter.unread = true
            case "bookmarked": filter.bookmarked = true
            default: throw .unknownTerm(word)
            }
            return
        }
        guard valueTerms.contains(key) else { throw .unknownTerm(word) }
        if value.trimmingCharacters(in: .whitespaces).isEmpty { throw .missingValue(key) }
        switch key {
        case "tag":
            let tag = try tag(value)
            if !filter.tags.contains(tag) { filter.tags.append(tag) }
        case "source": filter.source = value
        case "since": filter.since = try day(value)
        case "until": filter.until = try day(value)
        case "speaker": filter.speaker = value
        case "feed": filter.feed = value
        default: filter.language = try language(value)
        }
        if let since = filter.since, let until = filter.until, since.start > until.start {
            throw .emptyRange(since: since.description, until: until.description)
        }
    }

    /// `value` as a tag's name.
    static func tag(_ value: String) throws(ArticleFilterError) -> String {
        do {
            return try TagName.normalised(value)
        } catch {
            throw .invalidTag(error)
        }
    }

    /// `value` as a day.
    static func day(_ value: String) throws(ArticleFilterError) -> CalendarDay {
        guard let day = CalendarDay(value) else { throw .notADay(value) }
        return day
    }

    /// `value` as a language the analyser tells.
    static func language(_ value: String) throws(ArticleFilterError) -> Language {
        guard let language = Language(rawValue: value.lowercased()) else { throw .unknownLanguage(value) }
        return language
    }
}

extension ArticleFilter {
    /// The filter an expression describes (`FilterExpression`); throws one sentence naming the
    /// first term it cannot read.
    public init(parsing expression: String) throws(ArticleFilterError) {
        self.init()
        try FilterExpression.apply(expression, to: &self)
    }

    /// Narrows the filter by the terms of `expression` (`--filter` on top of the options).
    public mutating func narrow(by expression: String) throws(ArticleFilterError) {
        try FilterExpression.apply(expression, to: &self)
    }

    /// Narrows the filter by one term with its value, as a command-line option gives it
    /// (`tag`, `source`, `since`, `until`, `lang`, `speaker`, `feed`).
    public mutating func narrow(_ term: String, _ value: String) throws(ArticleFilterError) {
        try FilterExpression.apply(term, value, to: &self, word: term + ":" + value)
    }
}
