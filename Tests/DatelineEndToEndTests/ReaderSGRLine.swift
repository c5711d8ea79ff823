/// A line of `tmux capture-pane -e` output decoded into characters and the SGR style each
/// is drawn with, to compare how two pieces of text look.
struct ReaderSGRLine {
    /// The visible characters of the line.
    private(set) var text: [Character] = []
    /// The SGR state (a canonical description) of each character.
    private(set) var styles: [String] = []

    init(_ line: String) {
        var state = Style()
        var characters = Array(line)
        var index = 0
        while index < characters.count {
            if characters[index] == "\u{1B}", index + 1 < characters.count, characters[index + 1] == "[" {
                var end = index + 2
                while end < characters.count, !(characters[end].isLetter) { end += 1 }
                if end < characters.count, characters[end] == "m" {
                    state.apply(String(characters[(index + 2)..<end]))
                }
                index = end + 1
                continue
            }
            text.append(characters[index])
            styles.append(state.description)
            index += 1
        }
        characters.removeAll()
    }

    /// The styles of the characters of the first occurrence of `needle`, if present.
    func styles(of needle: String) -> [String]? {
        let needle = Array(needle)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        for start in 0...(text.count - needle.count) where Array(text[start..<(start + needle.count)]) == needle {
            return Array(styles[start..<(start + needle.count)])
        }
        return nil
    }

    /// The SGR attributes that matter for telling text apart.
    private struct Style: CustomStringConvertible {
        var foreground = "default"
        var background = "default"
        var flags: Set<Int> = []

        var description: String { "fg=\(foreground) bg=\(background) attrs=\(flags.sorted())" }

        mutating func apply(_ parameters: String) {
            var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            if codes.isEmpty { codes = [0] }
            var index = 0
            while index < codes.count {
                let code = codes[index]
                switch code {
                case 0: self = Style()
                case 1, 2, 3, 4, 5, 7, 9: flags.insert(code)
                case 22: flags.subtract([1, 2])
                case 23, 24, 25, 27, 29: flags.remove(code - 20)
                case 30...37, 90...97: foreground = "\(code)"
                case 39: foreground = "default"
                case 40...47, 100...107: background = "\(code)"
                case 49: background = "default"
                case 38, 48:
                    let isRGB = index + 1 < codes.count && codes[index + 1] == 2
                    let take = isRGB ? 4 : 2
                    let value = codes[min(codes.count, index + 1)..<min(codes.count, index + 1 + take)]
                        .map(String.init).joined(separator: ":")
                    if code == 38 { foreground = value } else { background = value }
                    index += take
                default: break
                }
                index += 1
            }
        }
    }
}
