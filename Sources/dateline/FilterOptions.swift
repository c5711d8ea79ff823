import ArchiveStore
import ArgumentParser

/// The filter and sort options of `list`, `search` and `export`: each narrows the articles
/// further, and `--filter` takes the reader's limit expression.
struct FilterOptions: ParsableArguments {
    @Option(
        name: .customLong("tag"), help: ArgumentHelp("Only articles with this tag (repeatable).", valueName: "name"))
    var tags: [String] = []

    @Flag(help: "Only articles not marked read.")
    var unread = false

    @Flag(help: "Only bookmarked articles.")
    var bookmarked = false

    @Option(help: ArgumentHelp("Only articles whose source contains this text.", valueName: "text"))
    var source: String?

    @Option(
        help: ArgumentHelp("Only articles of this day (published, else imported) or later.", valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles of this day or earlier.", valueName: "yyyy-mm-dd"))
    var until: String?

    @Option(help: ArgumentHelp("Only articles in this language (en, de, fr, …).", valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("Only articles quoting this person.", valueName: "name"))
    var speaker: String?

    @Option(
        help: ArgumentHelp(
            "Only articles from this subscription: its id, or text its title or address contains.",
            valueName: "feed"))
    var feed: String?

    @Option(
        help: ArgumentHelp(
            "A filter expression: tag:NAME unread bookmarked source:TEXT since:DAY until:DAY lang:CODE speaker:NAME "
                + "feed:ID-OR-TITLE.",
            valueName: "expression"))
    var filter: String?

    /// The filter the options describe together; one sentence for the first bad value.
    func articleFilter() throws(ArticleFilterError) -> ArticleFilter {
        var result = ArticleFilter(unread: unread, bookmarked: bookmarked)
        for tag in tags { try result.narrow("tag", tag) }
        let values = [
            ("source", source), ("since", since), ("until", until), ("lang", language), ("speaker", speaker),
            ("feed", feed),
        ]
        for case (let term, let value?) in values { try result.narrow(term, value) }
        if let filter { try result.narrow(by: filter) }
        return result
    }
}

extension ArticleOrder: ExpressibleByArgument {}
