extension ReaderState {
    /// A status-line hint naming the keys bound now (`] [ quotes  ? help`), so that it stays
    /// true after `config.toml` rebinds keys; an item whose actions have no key is left out.
    func keyHint(_ items: [(actions: [Action], label: String)]) -> String {
        items.compactMap { item in
            let keys = item.actions.compactMap { keymap.keys(for: $0).first?.name }
            return keys.isEmpty ? nil : keys.joined(separator: " ") + " " + item.label
        }.joined(separator: "  ")
    }
}
