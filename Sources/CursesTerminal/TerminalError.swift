/// Why the reader cannot use the terminal. The wording shown to users lives here.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard output (or input) is not a terminal: the output is piped or redirected.
    case notATerminal
    /// ncurses could not start on this terminal type.
    case cannotStart(term: String)
    /// The terminal type cannot move the cursor (`TERM=dumb`), so no full-screen program can
    /// draw on it.
    case cannotAddressCursor(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the reader needs a terminal; to print articles use `dateline list` or `dateline show ID`"
        case .cannotStart(let term):
            return "cannot start the reader on the terminal type \"\(term)\"; try TERM=xterm-256color"
        case .cannotAddressCursor(let term):
            return "the terminal type \"\(term)\" cannot move the cursor, which the reader needs; "
                + "use `dateline list` and `dateline show ID`, or set TERM (e.g. TERM=xterm-256color)"
        }
    }
}
