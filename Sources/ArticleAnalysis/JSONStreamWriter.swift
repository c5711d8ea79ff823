/// Writes JSON piece by piece into a byte buffer that it hands to a sink whenever it fills,
/// so a document as large as a 50 MB article and its annotations is never built in memory.
///
/// The output is byte for byte what Foundation's `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`): two-space indentation,
/// `"key" : value`, empty containers as `[`, blank line, `]`. Objects are written from their
/// fields (`object(_:)`), which it sorts by key as `.sortedKeys` does. Characters that
/// `InertText` would replace are written as `\uXXXX` escapes, as `JSONOutput` does for
/// encoder output, so the JSON keeps the exact text and cannot drive a terminal.
public struct JSONStreamWriter {
    /// One field of an object: its key and a function that writes its value.
    public typealias Field = (key: String, value: (inout JSONStreamWriter) -> Void)

    /// The most containers open at once (their first-element marks are the bits of one word).
    static let maximumDepth = 63

    private let pretty: Bool
    private let output: JSONOutputBuffer
    /// How many containers are open.
    private var depth = 0
    /// Bit `d - 1` is set while the container at depth `d` has no element yet.
    private var firsts: UInt64 = 0
    /// For each open object, its last key (checked in debug builds only).
    private var keys: [String] = []

    /// A writer that hands its output to `sink` in pieces of at most 64 KB; a piece is only
    /// valid during the call.
    public init(pretty: Bool, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.pretty = pretty
        output = JSONOutputBuffer(sink: sink)
    }

    /// Hands what is left to the sink; call once at the end.
    public mutating func flush() {
        output.flush()
    }

    /// Writes an object of `fields`, in the order of their keys' UTF-8 bytes.
    public mutating func object(_ fields: [Field]) {
        beginObject()
        for field in fields.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(field.key)
            field.value(&self)
        }
        endObject()
    }

    /// Opens an object whose fields follow as `key` and a value each, keys in the order of
    /// their UTF-8 bytes (as `.sortedKeys` writes them), then `endObject`.
    public mutating func beginObject() {
        open(UInt8(ascii: "{"))
        assert(
            {
                keys.append("")
                return true
            }())
    }

    /// Writes the key of the next field of the open object; its value comes next.
    public mutating func key(_ key: String) {
        #if DEBUG
            let previous = keys[keys.count - 1]
            precondition(previous.isEmpty || previous.utf8.lexicographicallyPrecedes(key.utf8), "keys out of order")
            keys[keys.count - 1] = key
        #endif
        separate()
        var key = key
        key.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count <= 64, bytes.allSatisfy(Self.isPlainASCII) else {
                string(utf8: bytes)
                if pretty { output.append(" : ") } else { output.append(UInt8(ascii: ":")) }
                return
            }
            // A key as code writes it: its quotes, bytes and colon stored in place.
            let count = bytes.count
            let start = output.room(count + 5)
            start[0] = UInt8(ascii: "\"")
            (start + 1).update(from: base, count: count)
            start[count + 1] = UInt8(ascii: "\"")
            if pretty {
                start[count + 2] = UInt8(ascii: " ")
                start[count + 3] = UInt8(ascii: ":")
                start[count + 4] = UInt8(ascii: " ")
                output.advance(by: count + 5)
            } else {
                start[count + 2] = UInt8(ascii: ":")
                output.advance(by: count + 3)
            }
        }
    }

    public mutating func endObject() {
        assert(
            {
                keys.removeLast()
                return true
            }())
        close(UInt8(ascii: "}"))
    }

    /// Writes an array whose elements `element` writes, one per item of `items`.
    public mutating func array<Items: Sequence>(
        _ items: Items, _ element: (inout JSONStreamWriter, Items.Element) -> Void
    ) {
        open(UInt8(ascii: "["))
        for item in items {
            separate()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    public mutating func null() { output.append("null") }

    public mutating func bool(_ value: Bool) { output.append(value ? "true" : "false") }

    /// Writes a whole number, digit by digit (no string is made for it).
    public mutating func int(_ value: Int) {
        let start = output.room(20)
        var magnitude = value.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 20 && magnitude >= bound {
            digits += 1
            bound = bound &* 10
        }
        let sign = value < 0 ? 1 : 0
        if value < 0 { start[0] = UInt8(ascii: "-") }
        var position = sign + digits
        repeat {
            position -= 1
            start[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while position > sign
        output.advance(by: sign + digits)
    }

    /// Appends `value` in decimal as JSON writes a whole number, digit by digit.
    public static func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Writes `value`, or `null`.
    public mutating func string(_ value: String?) {
        guard var value else { return null() }
        value.withUTF8 { string(utf8: $0) }
    }

    /// Writes the string whose UTF-8 (valid) is `bytes`.
    public mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        output.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape go into the output at once; eight bytes are
        // looked at together while none of them needs a second look.
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            if let base = bytes.baseAddress {
                while index + 8 <= count,
                    !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                }
            }
            guard index < count else { break }
            let byte = bytes[index]
            if Self.isPlainASCII(byte) {
                index += 1
                continue
            }
            let (code, width) = TextScanner.decode(bytes, at: index)
            let scalar = TextScanner.scalar(code)
            if code >= 0x7F && !InertText.needsReplacement(scalar) {
                index += width
                continue
            }
            output.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart..<index])))
            switch code {
            case 0x22: output.append("\\\"")
            case 0x5C: output.append("\\\\")
            case 0x0A: output.append("\\n")
            case 0x09: output.append("\\t")
            case 0x0D: output.append("\\r")
            case 0x08: output.append("\\b")
            case 0x0C: output.append("\\f")
            default: appendEscape(code, lowerCaseControl: code < 0x20)
            }
            index += width
            runStart = index
        }
        output.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart..<count])))
        output.append(UInt8(ascii: "\""))
    }

    /// Whether `byte` is printable ASCII other than `"` and `\`: a byte a string holds as it is.
    @inline(__always)
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte &- 0x20 < 0x5F && byte != 0x22 && byte != 0x5C
    }

    /// Whether any of the eight bytes of `word` may not be plain ASCII (`isPlainASCII`): one
    /// of them is below 0x20, `"`, `\`, DEL or not ASCII. Never false when one is.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte that is zero is set (and maybe of others above it).
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let below = (word &- 0x20 &* ones) & ~word & highs
        return (word & highs) | below | zeroBytes(word ^ (0x22 &* ones)) | zeroBytes(word ^ (0x5C &* ones))
            | zeroBytes(word ^ (0x7F &* ones)) != 0
    }

    /// Appends `scalar` as `\uXXXX` (upper-case hex; UTF-16 surrogates beyond U+FFFF).
    public static func appendEscape(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16, uppercase: true)
            bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
    }

    /// Writes the scalar `code` as `\uXXXX`: upper-case hex as `appendEscape(_:to:)`, or the
    /// lower-case `\u00xx` the encoder writes for a control character.
    private mutating func appendEscape(_ code: UInt32, lowerCaseControl: Bool) {
        if lowerCaseControl {
            output.append("\\u00")
            output.append(Self.lowerHexDigit(code >> 4))
            output.append(Self.lowerHexDigit(code & 0xF))
            return
        }
        var bytes: [UInt8] = []
        Self.appendEscape(TextScanner.scalar(code), to: &bytes)
        bytes.withUnsafeBytes { output.append($0) }
    }

    private static func lowerHexDigit(_ value: UInt32) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + UInt8(value) : UInt8(ascii: "a") + UInt8(value - 10)
    }

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < Self.maximumDepth, "JSON nested too deeply")
        output.append(bracket)
        depth += 1
        firsts |= 1 << UInt64(depth - 1)
        if pretty { output.append(UInt8(ascii: "\n")) }
    }

    private mutating func close(_ bracket: UInt8) {
        firsts &= ~(1 << UInt64(depth - 1))
        depth -= 1
        if pretty { newLine(comma: false) }
        output.append(bracket)
    }

    /// The comma (and new line and indentation) before an element or field.
    private mutating func separate() {
        let mark: UInt64 = 1 << UInt64(depth - 1)
        let first = firsts & mark != 0
        firsts &= ~mark
        if pretty {
            if first { indent() } else { newLine(comma: true) }
        } else if !first {
            output.append(UInt8(ascii: ","))
        }
    }

    /// A new line (after a comma when `comma`) and the indentation of the current depth.
    private func newLine(comma: Bool) {
        let lead = comma ? 2 : 1
        let start = output.room(lead + 2 * depth)
        if comma { start[0] = UInt8(ascii: ",") }
        start[lead - 1] = UInt8(ascii: "\n")
        (start + lead).update(repeating: UInt8(ascii: " "), count: 2 * depth)
        output.advance(by: lead + 2 * depth)
    }

    private func indent() {
        let start = output.room(2 * depth)
        start.update(repeating: UInt8(ascii: " "), count: 2 * depth)
        output.advance(by: 2 * depth)
    }
}
