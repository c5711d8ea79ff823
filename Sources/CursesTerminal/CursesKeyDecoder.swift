import CNCurses
import ReaderCore

/// Turns what `get_wch` reports into reader events. Pure, apart from reading the mouse
/// event queue for `KEY_MOUSE`.
enum CursesKeyDecoder {
    /// The key for a character code (`isFunctionKey` false) or an ncurses key code.
    static func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        if isFunctionKey { return functionKey(Int32(bitPattern: code)) }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for an ncurses key code (`KEY_DOWN`...).
    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_DOWN: return .down
        case KEY_UP: return .up
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        default:
            let number = code - dl_key_f0()
            return (1...24).contains(number) ? .function(Int(number)) : nil
        }
    }

    /// The key an escape sequence stands for, given as what follows Esc (`[1~`, `OH`, `[H`),
    /// whatever the terminal description says: with a `TERM` that does not describe the
    /// terminal, ncurses hands these over one character at a time. `nil` for others.
    static func escapeSequence(_ sequence: String) -> Key? {
        switch sequence {
        case "[A", "OA": return .up
        case "[B", "OB": return .down
        case "[C", "OC": return .right
        case "[D", "OD": return .left
        case "[H", "OH", "[1~", "[7~": return .home
        case "[F", "OF", "[4~", "[8~": return .end
        case "[5~": return .pageUp
        case "[6~": return .pageDown
        case "[Z": return .backTab
        case "OM": return .enter
        case "OP", "[11~": return .function(1)
        case "OQ", "[12~": return .function(2)
        case "OR", "[13~": return .function(3)
        case "OS", "[14~": return .function(4)
        default:
            // F5–F12: `[15~`, then `[17~`…`[21~` and `[23~`, `[24~`.
            let numbers = [15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12]
            guard sequence.hasPrefix("["), sequence.hasSuffix("~"),
                let number = Int(sequence.dropFirst().dropLast()).flatMap({ numbers[$0] })
            else { return nil }
            return .function(number)
        }
    }

    /// Whether `code`, after `[` or `O`, ends an escape sequence (a CSI or SS3 final byte).
    static func endsEscapeSequence(_ code: UInt32) -> Bool {
        (0x40...0x7E).contains(code)
    }

    /// The reader's mouse event for an ncurses button state, if it is one the reader uses.
    static func mouse(buttons: mmask_t, row: Int32, column: Int32) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttons & dl_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & dl_button5_pressed() != 0 {
            kind = .wheelDown
        } else if buttons & (dl_button1_pressed() | dl_button1_clicked()) != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(kind: kind, row: Int(row), column: Int(column))
    }
}
