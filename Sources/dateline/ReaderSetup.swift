import ReaderCore

/// What the reader starts with: the user's config, the themes to cycle through, and every
/// problem met reading them. A broken file never stops the reader: its part falls back to
/// the defaults and the problem is shown on the status line.
struct ReaderSetup {
    var config: ReaderConfig
    var themes: ThemeCycle
    /// The problems, in the order met: config first, then the chosen theme, then the others.
    var problems: [ConfigFileError]
    /// Why the theme named by `--theme` did not load: commands refuse to go on with another.
    var themeOptionProblem: ConfigFileError?

    /// Reads `files`; `themeOption` (`--theme`) wins over `rememberedTheme` (the last chosen
    /// with `t`, unless it is gone), which wins over the config's `theme`.
    init(themeOption: String?, rememberedTheme: String? = nil, files: SettingsFiles) {
        problems = []
        do {
            config = try files.config()
            problems += config.keyConflicts
        } catch {
            problems.append(error)
            config = ReaderConfig()
        }
        let catalog = files.catalog()
        var chosen = Theme.defaultDark
        do {
            if themeOption == nil, let rememberedTheme, let remembered = try? catalog.theme(named: rememberedTheme) {
                chosen = remembered
            } else {
                chosen = try files.theme(themeOption ?? config.theme ?? chosen.name, in: catalog)
            }
        } catch {
            var problem = error
            if themeOption != nil { themeOptionProblem = error }
            if problem.file == nil, themeOption == nil {
                (problem.file, problem.line) = (files.configPath, config.themeLine)
            }
            problems.append(problem)
        }
        let (cycle, errors) = catalog.cycle(startingAt: chosen)
        themes = cycle
        problems += errors
    }

    /// The status line's report of the problems: the first, and how many more there are.
    var problemSummary: String? {
        guard let first = problems.first else { return nil }
        let more = problems.count - 1
        return first.description + (more > 0 ? " (and \(more) more: dateline config --check)" : "")
    }
}
