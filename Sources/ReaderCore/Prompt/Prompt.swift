/// A one-line text prompt on the status line: `/` searches and the bookmark note share it.
///
/// Editing: characters insert at the cursor; Backspace, C-u (to the start), C-w (the word
/// before the cursor), Left and Right; Up and Down browse the history of a search prompt;
/// C-r switches a search between plain text and regular expression; Enter confirms and Esc
/// cancels.
public struct Prompt: Hashable, Sendable {
    public var purpose: PromptPurpose
    /// The text typed so far.
    public private(set) var text: [Character]
    /// The cursor, as an index into `text`.
    public private(set) var cursor: Int
    /// Whether the pattern is a regular expression (article search only).
    public private(set) var isRegex = false
    /// The history entry shown (counted from the newest), while browsing it.
    private var historyPosition: Int?
    /// What was typed before browsing the history.
    private var draft: [Character] = []

    /// A prompt for `purpose`, holding `text` with the cursor at its end.
    public init(purpose: PromptPurpose, text: String = "") {
        self.purpose = purpose
        self.text = Array(text)
        cursor = self.text.count
    }

    /// The text as a string.
    public var string: String { String(text) }

    /// The words before the text: `/`, `regex /`, `search archive: `, `note: `, `pipe to: `, `tags: `.
    public var label: String {
        switch purpose {
        case .articleSearch: return isRegex ? "regex /" : "/"
        case .archiveSearch: return "search archive: "
        case .bookmarkNote: return "note: "
        case .pipeCommand: return "pipe to: "
        case .helpFilter: return "find key: "
        case .limit: return "filter: "
        case .confirmDelete(_, let title): return "delete \u{201C}\(title)\u{201D}? (y/n) "
        case .tags: return "tags: "
        }
    }

    /// Applies `key`; `history` is the search history, oldest first.
    public mutating func edit(_ key: Key, history: [String]) -> PromptEdit {
        switch key {
        case .enter: return .confirmed
        case .escape: return .cancelled
        case .character(let character):
            text.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return .unchanged }
            cursor -= 1
            text.remove(at: cursor)
        case .control("u"):
            guard cursor > 0 else { return .unchanged }
            text.removeSubrange(0..<cursor)
            cursor = 0
        case .control("w"):
            var start = cursor
            while start > 0 && text[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !text[start - 1].isWhitespace { start -= 1 }
            guard start < cursor else { return .unchanged }
            text.removeSubrange(start..<cursor)
            cursor = start
        case .control("r"):
            guard case .articleSearch = purpose else { return .unchanged }
            isRegex.toggle()
        case .left:
            cursor = max(0, cursor - 1)
            return .unchanged
        case .right:
            cursor = min(text.count, cursor + 1)
            return .unchanged
        case .home, .control("a"):
            cursor = 0
            return .unchanged
        case .end, .control("e"):
            cursor = text.count
            return .unchanged
        case .up, .down:
            return browseHistory(older: key == .up, history: history)
        default:
            return .unchanged
        }
        historyPosition = nil
        return .changed
    }

    /// Completes the word before the cursor from `candidates`, leaving out words the text
    /// has already: one match is written out followed by a space, several are extended to
    /// their common beginning. Returns the matches, in the order of `candidates`.
    public mutating func completeWord(from candidates: [String]) -> [String] {
        var start = cursor
        while start > 0 && !text[start - 1].isWhitespace { start -= 1 }
        let word = String(text[start..<cursor])
        let others = Set(string.split(whereSeparator: \.isWhitespace).map(String.init))
        let matches = candidates.filter { $0.hasPrefix(word) && ($0 == word || !others.contains($0)) }
        guard let first = matches.first else { return [] }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        let completion = matches.count == 1 ? first + " " : common
        guard completion.count > word.count else { return matches }
        text.replaceSubrange(start..<cursor, with: Array(completion))
        cursor = start + completion.count
        historyPosition = nil
        return matches
    }

    /// Shows the next older or newer history entry; past the newest, what was typed.
    private mutating func browseHistory(older: Bool, history: [String]) -> PromptEdit {
        guard purpose.usesHistory, !history.isEmpty else { return .unchanged }
        let position: Int?
        switch (historyPosition, older) {
        case (nil, true):
            draft = text
            position = 0
        case (nil, false):
            return .unchanged
        case (let current?, true):
            position = min(current + 1, history.count - 1)
        case (let current?, false):
            position = current == 0 ? nil : current - 1
        }
        historyPosition = position
        text = position.map { Array(history[history.count - 1 - $0]) } ?? draft
        cursor = text.count
        return .changed
    }
}
