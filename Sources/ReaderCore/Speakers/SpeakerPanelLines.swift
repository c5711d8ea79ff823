/// The lines of the speakers panel, each made only when it is asked for: per entry a name
/// line, a counts-and-cues line and the first words of each quote, with a heading line before
/// the first entry of each later kind.
///
/// Only where each entry starts is worked out in advance, so the panel of an article of
/// 400,000 quotations costs the lines on screen, not a line for every quotation.
struct SpeakerPanelLines {
    /// One line of the panel.
    struct Line: Equatable {
        var text: String
        var role: Role
        /// The entry the line belongs to (a heading belongs to the entry after it).
        var entry: Int
    }

    let speakers: ArticleSpeakers
    /// The line of each entry's name.
    private(set) var entryStarts: [Int] = []
    /// The line after each entry's last line.
    private var entryEnds: [Int] = []
    /// How many lines the panel has.
    private(set) var count = 0

    init(_ speakers: ArticleSpeakers) {
        self.speakers = speakers
        entryStarts.reserveCapacity(speakers.entries.count)
        entryEnds.reserveCapacity(speakers.entries.count)
        for (index, entry) in speakers.entries.enumerated() {
            if startsKind(index) { count += 1 }
            entryStarts.append(count)
            count += 2 + entry.quotes.count
            entryEnds.append(count)
        }
    }

    /// Line `number` (`0..<count`).
    func line(_ number: Int) -> Line {
        let index = entry(ofLine: number)
        let entry = speakers.entries[index]
        switch number - entryStarts[index] {
        case -1:
            return Line(
                text: entry.kind == .unnamed ? "Unnamed sources" : "Quotes without a speaker", role: .listItem,
                entry: index)
        case 0:
            return Line(text: entry.name, role: .speaker, entry: index)
        case 1:
            var details: [String] = []
            if !entry.quotes.isEmpty { details.append(ReaderRenderer.plural(entry.quotes.count, "quote")) }
            if entry.attributionCount > 0 {
                details.append(ReaderRenderer.plural(entry.attributionCount, "attribution"))
            }
            if !entry.cues.isEmpty { details.append(entry.cues.joined(separator: ", ")) }
            return Line(text: "  " + details.joined(separator: " \u{00B7} "), role: .cue, entry: index)
        case let offset:
            let quote = entry.quotes[offset - 2].text
            return Line(
                text: "  " + quote.split(whereSeparator: \.isNewline).joined(separator: " "), role: .quote, entry: index
            )
        }
    }

    /// The entry line `number` belongs to.
    func entry(ofLine number: Int) -> Int {
        entryEnds.partitionPoint { $0 > number }
    }

    /// The first line under the panel's title when it is `height` lines tall and shows entry
    /// `selected`: the top while the entry fits there, else the entry's first line (its
    /// heading, if it has one).
    func top(selected: Int, height: Int) -> Int {
        guard entryStarts.indices.contains(selected) else { return 0 }
        let first = entryStarts[selected]
        let last = entryEnds[selected] - 1
        return last < height ? 0 : first - (startsKind(selected) ? 1 : 0)
    }

    /// Whether entry `index` is the first of its kind after another kind (a heading comes
    /// before it).
    private func startsKind(_ index: Int) -> Bool {
        index > 0 && speakers.entries[index].kind != speakers.entries[index - 1].kind
    }
}
