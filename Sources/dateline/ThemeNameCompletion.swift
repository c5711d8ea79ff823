import ArgumentParser

/// Shell completion of `--theme`: the names of the bundled and the user's themes.
enum ThemeNameCompletion {
    static let kind = CompletionKind.custom { _, _, prefix in
        SettingsFiles().catalog().names.filter { $0.hasPrefix(prefix) }
    }
}
