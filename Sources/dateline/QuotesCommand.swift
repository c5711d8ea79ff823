import ArchiveStore
import ArgumentParser

/// `dateline quotes --speaker NAME`: what one person said, across the archive.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Print every quotation of one speaker across the archive.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case markdown
    }

    @OptionGroup var global: GlobalOptions

    @Option(
        help: """
            The speaker's name (case, diacritics and titles such as Dr are ignored), or a part of it \
            that only one speaker's name contains.
            """, completion: ArchiveCompletion.speakerNames)
    var speaker: String

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Option(help: "The most quotations to print.")
    var limit = 1000

    func validate() throws { try ResultLimit.validate(limit) }

    func run() throws {
        let archive = try global.openArchive(for: .read)
        var quotes = try archive.quotes(speaker: speaker, limit: limit)
        if quotes.isEmpty {
            let name = try SpeakerChoice.resolve(speaker, in: archive)
            if name != speaker { quotes = try archive.quotes(speaker: name, limit: limit) }
        }
        if quotes.isEmpty { throw CommandError("no quotations of \(speaker) in the archive") }
        switch format {
        case .json:
            Terminal.writeJSON(quotes)
        case .text:
            for quote in quotes {
                Terminal.write("\(String(quote.articleID).leftPadded(to: 6))  \(quote.text)  (\(quote.articleTitle))\n")
            }
        case .markdown:
            for quote in quotes {
                let (text, name) = (
                    MarkdownText.escaped(quote.text), MarkdownText.escaped(quote.speakerName ?? speaker)
                )
                Terminal.write("> \(text) — \(name), *\(MarkdownText.escaped(quote.articleTitle))*\n\n")
            }
        }
    }
}
