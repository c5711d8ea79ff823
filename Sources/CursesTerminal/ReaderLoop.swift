import ArchiveStore
import ReaderCore

/// The interactive reader: a `ReaderSession` on an archive, shown on a `CursesTerminal`.
public enum ReaderLoop {
    /// How often the loop looks at background work while it runs.
    static let backgroundPollMilliseconds: Int32 = 150

    /// Runs the reader until the user quits; the terminal is restored on every way out. SIGINT,
    /// SIGTERM and SIGHUP quit as `Q` does (the reading position and place are saved), then exit
    /// with status 128 + the signal's number.
    ///
    /// On a terminal without colours (or with `NO_COLOR`) the reader draws with the `mono`
    /// theme only. `problem`, when given, is shown as an error on the status line at start (a
    /// broken config or theme file, say). `archiveArgument` is the `--archive` given, if any.
    /// `fetchFeeds` fetches the subscribed feeds in the background (`F`): while it runs the
    /// loop wakes every `backgroundPollMilliseconds` to show its progress between keys.
    public static func run(
        archive: Archive, themes: ThemeCycle = ThemeCycle([.defaultDark]), keymap: Keymap = .standard,
        preferences: ReaderPreferences = ReaderPreferences(), archiveArgument: String? = nil,
        problem: String? = nil, fetchFeeds: FeedFetching? = nil
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
            pipe: { command, text in terminal.runOutside { PipeCommand.run(command, text: text) } },
            fetchFeeds: fetchFeeds)
        if let problem { session.handle(.failed(problem)) }
        while !session.isFinished {
            session.handleBackgroundEvents()
            terminal.paint(session.screen)
            let wait = session.hasBackgroundWork ? backgroundPollMilliseconds : nil
            guard let event = terminal.nextEvent(waitingAtMost: wait) else { continue }
            session.handle(event)
        }
        terminal.exitIfStopped()
    }
}
