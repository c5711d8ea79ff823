import ArchiveStore
import ReaderCore

/// The interactive reader: a `ReaderSession` on an archive, shown on a `CursesTerminal`.
public enum ReaderLoop {
    /// Runs the reader until the user quits; the terminal is restored on every way out.
    public static func run(archive: Archive, theme: Theme = .defaultDark) throws(TerminalError) {
        let terminal = try CursesTerminal(theme: theme)
        defer { terminal.close() }
        let session = ReaderSession(archive: archive, size: terminal.size)
        while !session.isFinished {
            terminal.paint(session.screen)
            guard let event = terminal.nextEvent() else { continue }
            session.handle(event)
        }
    }
}
