import ArticleAnalysis
import Foundation

/// The title, authors, publication date and language a page states about itself: schema.org
/// JSON-LD, OpenGraph and `<meta>` tags (with the names news platforms use: `parsely-*`,
/// `sailthru.*`, Dublin Core), `itemprop`/`rel="author"`/byline elements, `<h1>`, `<time>`,
/// `<html lang>` and `<title>`, in that order of trust.
struct HTMLMetadata {
    /// schema.org types of a news or blog article.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "Report", "ScholarlyArticle", "TechArticle",
    ]

    var title: String?
    var bylines: [String] = []
    var publishedAt: Date?
    /// The schema.org `articleBody`, the whole article's text when the page carries it.
    var articleBody: String?
    /// The language tag the page declares (`de`, `en-GB`), when it declares one.
    var language: String?
    /// The paragraphs of a schema.org recipe, how-to or question page (`LinkedDataSteps`).
    var statedSteps: [String] = []

    /// `<meta>` names of the publication date, most trusted first.
    static let dateMetaNames = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "publish-date", "publication_date", "pubdate", "date",
    ]

    /// `<meta>` names of the authors, most trusted first.
    static let authorMetaNames = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator"]

    /// `<meta>` names of the language, most trusted first.
    static let languageMetaNames = ["og:locale", "content-language", "language", "dc.language"]

    /// Reads the metadata of the page rooted at `root` (before boilerplate is removed).
    init(_ root: MarkupElement) {
        let all = root.descendants(where: { _ in true })
        var meta: [String: String] = [:]
        for element in all where element.name == "meta" {
            guard let content = element.attributes["content"]?.collapsingWhitespace(), !content.isEmpty else {
                continue
            }
            for key in ["property", "name", "itemprop"] {
                if let name = element.attributes[key]?.lowercased(), meta[name] == nil { meta[name] = content }
            }
        }
        let scripts = all.filter { $0.name == "script" && $0.attributes["type"] == "application/ld+json" }.map(\.text)
        let linkedData = scripts.lazy.compactMap { Self.linkedDataArticle($0) }.first
        statedSteps = LinkedDataSteps.paragraphs(in: scripts)

        articleBody = (linkedData?["articleBody"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        let stated =
            (linkedData?["headline"] as? String)?.collapsingWhitespace() ?? meta["og:title"] ?? meta["twitter:title"]
        title =
            stated.map { Self.removingSiteName($0, siteName: meta["og:site_name"]) }
            ?? Self.heading(in: root, all: all) ?? Self.pageTitle(all)
        if title?.isEmpty == true { title = nil }

        let linkedAuthors = linkedData.map { Self.authorNames($0["author"]) } ?? []
        bylines =
            linkedAuthors.isEmpty
            ? Self.authorMetaNames.lazy.compactMap { Self.names(meta[$0]) }.first ?? [] : linkedAuthors
        if bylines.isEmpty { bylines = Self.bylineElementNames(all) }

        let dateText =
            (linkedData?["datePublished"] as? String)
            ?? Self.dateMetaNames.lazy.compactMap { meta[$0] }.first
            ?? Self.publicationTime(all)
        publishedAt = dateText.flatMap(PublicationDate.parse)

        let declared =
            (linkedData?["inLanguage"] as? String) ?? root.attributes["lang"] ?? root.attributes["xml:lang"]
            ?? Self.languageMetaNames.lazy.compactMap { meta[$0] }.first
            ?? all.first(where: { $0.name == "meta" && $0.attributes["http-equiv"]?.lowercased() == "content-language" }
            )?
            .attributes["content"]
        language = declared.flatMap(Self.languageTag)
    }

    /// The date of the `<time>` (or other element) marked as the publication date, else of the
    /// first `<time>` with a `datetime`.
    static func publicationTime(_ all: [MarkupElement]) -> String? {
        let marked = all.first { element in
            element.attributes["itemprop"]?.lowercased() == "datepublished" || element.attributes["pubdate"] != nil
        }
        if let marked, let date = marked.attributes["datetime"] ?? marked.attributes["content"] { return date }
        return all.first(where: { $0.name == "time" && $0.attributes["datetime"] != nil })?.attributes["datetime"]
    }

    /// A declared language as a tag: `de_DE` and `de-de` give `de-DE`, `en-US, en` gives
    /// `en-US`; `nil` for a value that is no language tag.
    static func languageTag(_ value: String) -> String? {
        let first = value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first ?? ""
        let parts = first.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var tag = primary.lowercased()
        if parts.count > 1, parts[1].count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isLetter }) {
            tag += "-" + parts[1].uppercased()
        }
        return tag
    }

    /// The first schema.org article object in a JSON-LD script.
    static func linkedDataArticle(_ json: String) -> [String: Any]? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return nil }
        return linkedDataObject(in: value, ofTypes: articleTypes)
    }

    /// The first object in the JSON-LD `value` whose `@type` is one of `types`, looking into
    /// arrays and `@graph`.
    static func linkedDataObject(in value: Any, ofTypes types: Set<String>) -> [String: Any]? {
        var queue: [Any] = [value]
        while !queue.isEmpty {
            let item = queue.removeFirst()
            if let array = item as? [Any] {
                queue += array
            } else if let object = item as? [String: Any] {
                let names = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String] ?? [])
                if names.contains(where: types.contains) { return object }
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
        return nil
    }

    /// Names from a JSON-LD `author`: a string, a person object, or an array of either.
    static func authorNames(_ value: Any?) -> [String] {
        switch value {
        case let name as String: return names(name) ?? []
        case let person as [String: Any]: return authorNames(person["name"])
        case let list as [Any]: return list.flatMap(authorNames)
        default: return []
        }
    }

    /// The names in a byline or author text (`By A and B`, `Written by A`, `A, B`), or `nil`
    /// for a URL or nothing.
    static func names(_ text: String?) -> [String]? {
        guard let text = text?.collapsingWhitespace(), !text.isEmpty, !text.contains("://") else { return nil }
        if let names = BylineParser.names(in: text) { return names }
        if let by = text.range(of: " by ", options: .caseInsensitive),
            text.distance(from: text.startIndex, to: by.lowerBound) <= 20
        {
            return BylineParser.names(in: "By " + text[by.upperBound...])
        }
        return BylineParser.names(in: "By " + text)
    }

    /// Names from the first author or byline element (`itemprop="author"`, `rel="author"`,
    /// a class or id naming a byline or author).
    static func bylineElementNames(_ all: [MarkupElement]) -> [String] {
        let candidates = all.lazy.filter { element in
            element.attributes["itemprop"]?.lowercased() == "author" || element.attributes["rel"] == "author"
                || (namesAuthor(element.attributes["class"]) || namesAuthor(element.attributes["id"]))
                    && element.classAndIDWords.contains { $0.hasPrefix("byline") || $0 == "author" }
        }
        // Comment threads repeat author elements by the thousand: the byline is among the first.
        for element in candidates.prefix(maximumBylineCandidates) {
            let name = element.descendants(where: { $0.attributes["itemprop"] == "name" }).first?.text ?? element.text
            if let names = names(name) { return names }
        }
        return []
    }

    /// How many author or byline elements are tried before giving up.
    static let maximumBylineCandidates = 10

    /// Whether a class or id value may name an author or byline (a cheap test before splitting it).
    private static func namesAuthor(_ value: String?) -> Bool {
        guard let value else { return false }
        let lowered = value.lowercased()
        return lowered.contains("author") || lowered.contains("byline")
    }

    /// The `<h1>` of the first `<article>`, else the page's only `<h1>`.
    static func heading(in root: MarkupElement, all: [MarkupElement]) -> String? {
        if let article = all.first(where: { $0.name == "article" }),
            let heading = article.descendants(where: { $0.name == "h1" }).first
        {
            return heading.text
        }
        let headings = all.filter { $0.name == "h1" }
        return headings.count == 1 ? headings[0].text : nil
    }

    /// `title` without a trailing ` | Site Name` (or ` - `, ` – `, ` — `) naming `siteName`.
    static func removingSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        for separator in [" | ", " – ", " — ", " - ", " :: "] where title.hasSuffix(separator + siteName) {
            return String(title.dropLast(separator.count + siteName.count))
        }
        return title
    }

    /// The `<title>` without a site name after ` | `, ` - ` or ` — ` (the longest part is kept).
    static func pageTitle(_ all: [MarkupElement]) -> String? {
        guard let title = all.first(where: { $0.name == "title" })?.text, !title.isEmpty else { return nil }
        for separator in [" | ", " – ", " — ", " - ", " :: "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            return parts.max(by: { $0.count < $1.count })
        }
        return title
    }
}
