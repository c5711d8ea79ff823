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
