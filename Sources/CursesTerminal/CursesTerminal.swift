import CNCurses
import Foundation
import ReaderCore

/// The thin ncursesw adapter: starts and restores the terminal, paints `Screen`s (only the
/// cells that changed) and turns key, mouse and resize input into `ReaderEvent`s.
public final class CursesTerminal {
    private let screenPointer: OpaquePointer
    /// The stream the terminal is drawn on.
    private let output: UnsafeMutablePointer<FILE>
    /// The stream keys are read from.
    private let input: UnsafeMutablePointer<FILE>
    private var palette: CursesPalette
    /// The colours the terminal shows, decided once at start.
    public let colorDepth: ColorDepth
    private var previous: Screen?
    private var isClosed = false

    /// Takes over the terminal on standard input and output, drawing roles with `theme`.
    ///
    /// Colours are used as far as the terminal has them (`ColorDepth.detect`); with
    /// `NO_COLOR` or no colours roles differ by attributes only.
    public convenience init(theme: Theme) throws(TerminalError) {
        let environment = ProcessInfo.processInfo.environment
        // With TERM unset (cron, some IDE terminals) assume the common denominator rather
        // than refusing: nearly every terminal emulator understands xterm's sequences.
        let term: String? = (environment["TERM"] ?? "").isEmpty ? "xterm" : nil
        try self.init(
            theme: theme, term: term, output: dl_stdout(), input: dl_stdin(), environment: environment,
            handleSignals: true)
    }

    /// Takes over the terminal `term` (nil: `$TERM`) on the given streams; `environment`
    /// decides the colour depth with the terminal (`NO_COLOR`, `COLORTERM`). Tests pass
    /// `/dev/null` streams to run real ncurses headlessly.
    public init(
        theme: Theme, term: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        environment: [String: String], handleSignals: Bool
    ) throws(TerminalError) {
        CursesTerminal.selectUTF8Locale()
        let started: OpaquePointer? =
            if let term { newterm(term, output, input) } else { newterm(nil, output, input) }
        let termName = term ?? environment["TERM"] ?? ""
        guard let started else { throw .cannotStart(term: termName) }
        guard dl_can_address_cursor() != 0 else {
            endwin()
            delscreen(started)
            throw .cannotAddressCursor(term: termName)
        }
        screenPointer = started
        self.output = output
        self.input = input
        if handleSignals { dl_install_exit_handlers() }
        cbreak()
        noecho()
        nonl()
        keypad(dl_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(dl_button1_pressed() | dl_button1_clicked() | dl_button4_pressed() | dl_button5_pressed(), nil)
        mouseinterval(0)
        // COLORS is only set by start_color, so the terminal description gives the count.
        var canChangeColor: Int32 = 0
        let colors = dl_started_terminal_colors(&canChangeColor)
        colorDepth =
            has_colors()
            ? ColorDepth.detect(
                environment: environment, colors: Int(max(0, colors)), canChangeColor: canChangeColor != 0)
            : .monochrome
        if colorDepth != .monochrome {
            start_color()
            use_default_colors()
        }
        palette = CursesPalette(theme: theme, depth: colorDepth)
    }

    /// Draws with `theme` from now on: allocates its colour pairs and repaints everything.
    public func apply(_ theme: Theme) {
        palette = CursesPalette(theme: theme, depth: colorDepth)
        invalidate()
    }

    deinit {
        close()
        delscreen(screenPointer)
    }

    /// Gives the terminal back as it was (`endwin`); safe to call more than once.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        endwin()
    }

    /// The terminal's size now.
    public var size: TerminalSize {
        TerminalSize(width: Int(dl_cols()), height: Int(dl_lines()))
    }

    /// Draws `screen`, sending only the cells that differ from the last frame.
    public func paint(_ screen: Screen) {
        guard let window = dl_stdscr() else { return }
        let full = previous.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { werase(window) }
        // Neighbouring cells mostly share a role: its look is found once per run of them.
        var look = (role: Role.text, look: palette.look(of: .text))
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let cell = screen[row, column]
                if cell.isContinuation { continue }
                if !full, let previous, previous[row, column] == cell,
                    column + 1 >= screen.width || previous[row, column + 1] == screen[row, column + 1]
                {
                    continue
                }
                if cell.role != look.role { look = (cell.role, palette.look(of: cell.role)) }
                draw(cell, look: look.look, row: row, column: column, window: window)
            }
        }
        if let cursor = screen.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        previous = screen
    }

    /// Puts `text` on the clipboard of the terminal (and of the terminal a tmux or ssh
    /// session runs in) with the OSC 52 escape sequence.
    public func copyToClipboard(_ text: String) {
        let encoded = Data(text.utf8).base64EncodedString()
        fputs("\u{1B}]52;c;\(encoded)\u{07}", output)
        fflush(output)
    }

    /// Hands the terminal to `work` (a command the reader runs, like mutt's pipe), then waits
    /// for a key under "Press any key to return to Dateline." and takes the terminal back;
    /// returns what `work` returned. A Ctrl-C while `work` runs was for the command.
    public func runOutside(_ work: () -> String?) -> String? {
        endwin()
        let result = work()
        fputs("\n" + (result.map { $0 + ". " } ?? "") + "Press any key to return to Dateline.", output)
        fflush(output)
        waitForKey()
        fputs("\n", output)
        dl_forget_interrupt()
        invalidate()
        return result
    }

    /// Reads one key from the input outside curses (no echo, no Enter needed), then drops
    /// whatever else the key sent (the rest of an escape sequence).
    private func waitForKey() {
        let descriptor = fileno(input)
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { characters in
            characters[Int(VMIN)] = 1
            characters[Int(VTIME)] = 0
        }
        tcsetattr(descriptor, TCSANOW, &raw)
        var byte: UInt8 = 0
        _ = read(descriptor, &byte, 1)
        tcflush(descriptor, TCIFLUSH)
        tcsetattr(descriptor, TCSANOW, &saved)
    }

    /// Forgets the last frame so that the next `paint` redraws everything.
    public func invalidate() {
        previous = nil
        clearok(dl_stdscr(), true)
    }

    /// Draws one cell: the whole grapheme cluster in one `cchar_t`, then blanks over the
    /// columns curses does not count for it, so that curses' idea of the row matches the
    /// screen's (`CursesCluster`).
    private func draw(
        _ cell: Glyph, look: (attributes: attr_t, pair: Int16), row: Int, column: Int,
        window: UnsafeMutablePointer<WINDOW>
    ) {
        let cluster = CursesCluster(cell.character)
        var cchar = cluster.cchar(attributes: look.attributes, pair: look.pair)
        mvwadd_wch(window, Int32(row), Int32(column), &cchar)
        guard cluster.cursesWidth < Int(cell.width) else { return }
        var blank = CursesCluster(" ").cchar(attributes: look.attributes, pair: look.pair)
        for pad in cluster.cursesWidth..<Int(cell.width) {
            mvwadd_wch(window, Int32(row), Int32(column + pad), &blank)
        }
    }

    /// The signal (SIGINT, SIGTERM or SIGHUP) that asked the reader to stop, if one has.
    public var stopSignal: Int32? {
        let signal = dl_stop_signal_number()
        return signal == 0 ? nil : signal
    }

    /// Exits with status 128 + the signal's number (130 for Ctrl-C) after restoring the
    /// terminal, if a signal asked the reader to stop.
    public func exitIfStopped() {
        guard let stopSignal else { return }
        close()
        exit(128 + stopSignal)
    }

    /// Waits for the next key, mouse or resize event; `nil` for input the reader ignores.
    /// When the input is gone (end of file, a closed terminal) or a signal asks the reader to
    /// stop, the event is `quit`, so the reader saves its place on the way out.
    ///
    /// With `milliseconds`, waits no longer than that and returns `nil` when no key came
    /// (the reader then looks at its background work); without, waits for a key.
    public func nextEvent(waitingAtMost milliseconds: Int32? = nil) -> ReaderEvent? {
        if stopSignal != nil { return .action(.quit) }
        var code: wint_t = 0
        if let milliseconds { wtimeout(dl_stdscr(), milliseconds) }
        let result = wget_wch(dl_stdscr(), &code)
        if milliseconds != nil { wtimeout(dl_stdscr(), -1) }
        if result == ERR {
            // A timeout is no input yet; only a blocking read that fails means the input is gone.
            if milliseconds != nil && stopSignal == nil { return nil }
            return errno == EINTR && stopSignal == nil ? nil : .action(.quit)
        }
        let isFunctionKey = result == KEY_CODE_YES
        if isFunctionKey && Int32(code) == KEY_RESIZE {
            invalidate()
            return .resize(size)
        }
        if isFunctionKey && Int32(code) == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return CursesKeyDecoder.mouse(buttons: event.bstate, row: event.y, column: event.x).map(ReaderEvent.mouse)
        }
        if !isFunctionKey, code == 27 { return keyAfterEscape().map(ReaderEvent.key) }
        return CursesKeyDecoder.key(code: UInt32(code), isFunctionKey: isFunctionKey).map(ReaderEvent.key)
    }

    /// The key of an Esc that ncurses passed on alone: Esc itself, or the key of the escape
    /// sequence that follows at once and that the terminal description did not list (Home as
    /// Esc `[1~` under a `TERM` that does not describe the terminal); `nil` for an unknown
    /// sequence, which is read and dropped.
    private func keyAfterEscape() -> Key? {
        guard let window = dl_stdscr() else { return .escape }
        wtimeout(window, 25)
        defer { wtimeout(window, -1) }
        var code: wint_t = 0
        let first = wget_wch(window, &code)
        guard first == OK, code == 0x5B || code == 0x4F else {
            // Esc alone, or Esc and another key: that key is read next.
            if first == KEY_CODE_YES { ungetch(Int32(code)) } else if first == OK { unget_wch(wchar_t(code)) }
            return .escape
        }
        var sequence = String(Character(Unicode.Scalar(UInt8(code))))
        while sequence.count < 8, wget_wch(window, &code) == OK, let scalar = Unicode.Scalar(UInt32(code)) {
            sequence.unicodeScalars.append(scalar)
            if CursesKeyDecoder.endsEscapeSequence(UInt32(code)) { break }
        }
        return CursesKeyDecoder.escapeSequence(sequence)
    }

    /// Uses the user's locale, falling back to C.UTF-8 when it does not encode UTF-8
    /// (`LANG=C`), so wide characters still reach the terminal.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        if dl_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
