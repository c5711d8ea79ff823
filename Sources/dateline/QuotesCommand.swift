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

    @Option(help: "The speaker's name (case, diacritics and titles such as Dr are ignored).")
    var speaker: String

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Option(help: "The most quotations to print.")
    var limit = 1000

    func run() throws {
        let quotes = try global.openArchive(for: .read).quotes(speaker: speaker, limit: max(1, limit))
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
