extension ReaderState {
    /// A status-line hint naming the keys bound now (`] [ quotes  ? help`), so that it stays
    /// true after `config.toml` rebinds keys; an item whose actions have no key is left out.
    func keyHint(_ items: [(actions: [Action], label: String)]) -> String {
        items.compactMap { item in
            let keys = item.actions.compactMap { keymap.keys(for: $0).first?.name }
            return keys.isEmpty ? nil : keys.joined(separator: " ") + " " + item.label
        }.joined(separator: "  ")
    }

    /// The status line's hint for the speaker features, when one applies.
    var speakerHint: String? {
        if speakerPanel != nil { return "j k choose  Enter their quotes  Esc close" }
        if case .speakerIndex(let index) = mode {
            return index.level == .speakers ? "type to filter  Enter choose  Esc close" : "Enter read  Esc speakers"
        }
        if focus == .article, let name = article?.speakerFilterName {
            return "] [ quotes by \(name) only  s: all quotes"
        }
        return nil
    }
}
