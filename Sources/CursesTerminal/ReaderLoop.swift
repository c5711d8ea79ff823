import ArchiveStore
import ReaderCore

/// The interactive reader: a `ReaderSession` on an archive, shown on a `CursesTerminal`.
public enum ReaderLoop {
    /// Runs the reader until the user quits; the terminal is restored on every way out. SIGINT,
    /// SIGTERM and SIGHUP quit as `Q` does (the reading position and place are saved), then exit
    /// with status 128 + the signal's number.
    ///
    /// On a terminal without colours (or with `NO_COLOR`) the reader draws with the `mono`
    /// theme only. `problem`, when given, is shown as an error on the status line at start (a
    /// broken config or theme file, say). `archiveArgument` is the `--archive` given, if any.
    public static func run(
        archive: Archive, themes: ThemeCycle = ThemeCycle([.defaultDark]), keymap: Keymap = .standard,
        preferences: ReaderPreferences = ReaderPreferences(), archiveArgument: String? = nil,
        problem: String? = nil
    ) throws(TerminalError) {
        let terminal = try CursesTerminal(theme: themes.current)
        defer { terminal.close() }
        let usable = terminal.colorDepth == .monochrome ? ThemeCycle([.mono]) : themes
        if usable != themes { terminal.apply(usable.current) }
        let session = ReaderSession(
            archive: archive, size: terminal.size, keymap: keymap, themes: usable, preferences: preferences,
            archiveArgument: archiveArgument, applyTheme: terminal.apply,
            copy: { text in
                terminal.copyToClipboard(text)
                return preferences.copyCommand.flatMap { CopyCommand.run($0, text: text) }
            },
            pipe: { command, text in terminal.runOutside { PipeCommand.run(command, text: text) } })
        if let problem { session.handle(.failed(problem)) }
        while !session.isFinished {
            terminal.paint(session.screen)
            guard let event = terminal.nextEvent() else { continue }
            session.handle(event)
        }
        terminal.exitIfStopped()
    }
}
