import ArchiveStore
import ArgumentParser

/// `dateline speakers`: everyone quoted in the archive, most quoted first.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers", abstract: "List the people quoted in the archive, most quoted first.")

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: "Only speakers whose name contains this (case and diacritics ignored).",
        completion: ArchiveCompletion.speakerNames)
    var filter: String = ""

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @Option(help: "The most speakers to print.")
    var limit = 500

    func validate() throws { try ResultLimit.validate(limit) }

    func run() throws {
        let speakers = try global.openArchive(for: .read).speakers(matching: filter, limit: limit)
        switch format {
        case .json:
            Terminal.writeJSON(speakers)
        case .text:
            guard !speakers.isEmpty else { break }
            Terminal.write("quotes articles  name\n")
            for speaker in speakers {
                Terminal.write(
                    "\(String(speaker.quoteCount).leftPadded(to: 6)) \(String(speaker.articleCount).leftPadded(to: 8))  "
                        + "\(speaker.name)\n")
            }
        }
        if speakers.isEmpty {
            throw CommandError(
                filter.isEmpty ? "nobody is quoted in the archive yet" : "no quoted speaker matches \(filter)")
        }
    }
}
