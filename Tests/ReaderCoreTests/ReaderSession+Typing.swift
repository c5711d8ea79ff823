import ReaderCore

extension ReaderSession {
    /// Types `text` one character at a time, as keys.
    func type(_ text: String) {
        for character in text { handle(.key(.character(character))) }
    }

    /// The status line's text, trimmed.
    var statusLine: String {
        (rows.last ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The row index of the first screen row containing `text`.
    func row(containing text: String) -> Int? {
        rows.firstIndex { $0.contains(text) }
    }
}
