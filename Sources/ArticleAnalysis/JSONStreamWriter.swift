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

    /// How many bytes are gathered before they go to the sink.
    static let flushSize = 1 << 16

    private let pretty: Bool
    private let sink: ([UInt8]) -> Void
    private var buffer: [UInt8] = []
    private var depth = 0
    /// For each open container, whether its next element is its first.
    private var firsts: [Bool] = []
    /// For each open object, its last key (checked in debug builds only).
    private var keys: [String] = []

    /// A writer that hands its output to `sink` in pieces.
    public init(pretty: Bool, sink: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        self.sink = sink
        buffer.reserveCapacity(Self.flushSize + 1024)
    }

    /// Hands what is left to the sink; call once at the end.
    public mutating func flush() {
        if !buffer.isEmpty { sink(buffer) }
        buffer.removeAll(keepingCapacity: true)
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
        firsts.append(true)
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
        string(key)
        append(pretty ? " : " : ":")
    }

    public mutating func endObject() {
        firsts.removeLast()
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
        firsts.append(true)
        for item in items {
            separate()
            element(&self, item)
        }
        firsts.removeLast()
        close(UInt8(ascii: "]"))
    }

    public mutating func null() { append("null") }

    public mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    /// Writes a whole number, digit by digit (no string is made for it).
    public mutating func int(_ value: Int) { Self.appendDigits(value, to: &buffer) }

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
        buffer.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape go into the buffer at once.
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isPlainASCII[Int(byte)] {
                    index += 1
                    continue
                }
                let (code, width) = TextScanner.decode(bytes, at: index)
                let scalar = TextScanner.scalar(code)
                if code >= 0x7F && !InertText.needsReplacement(scalar) {
                    index += width
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch code {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x09: append("\\t")
                case 0x0D: append("\\r")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                case ..<0x20: append("\\u00" + (code < 0x10 ? "0" : "") + String(code, radix: 16))
                default: Self.appendEscape(scalar, to: &buffer)
                }
                index += width
                runStart = index
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        }
        buffer.append(UInt8(ascii: "\""))
        if buffer.count >= Self.flushSize { flush() }
    }

    /// For each byte, whether it is printable ASCII other than `"` and `\`: a byte a string
    /// holds as it is. (One look-up where four comparisons a byte were a tenth of writing a
    /// 50 MB article's JSON.)
    private static let isPlainASCII: [Bool] = (0...255).map { byte in
        (0x20..<0x7F).contains(byte) && byte != 0x22 && byte != 0x5C
    }

    /// Spaces enough for the indentation of most documents, appended a slice at a time.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// Appends `scalar` as `\uXXXX` (upper-case hex; UTF-16 surrogates beyond U+FFFF).
    public static func appendEscape(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16, uppercase: true)
            bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
    }

    private mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private mutating func open(_ bracket: UInt8) {
        buffer.append(bracket)
        depth += 1
        if pretty { buffer.append(UInt8(ascii: "\n")) }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            buffer.append(UInt8(ascii: "\n"))
            indent()
        }
        buffer.append(bracket)
    }

    /// The comma (and new line and indentation) before an element or field.
    private mutating func separate() {
        let first = firsts[firsts.count - 1]
        firsts[firsts.count - 1] = false
        if !first { buffer.append(UInt8(ascii: ",")) }
        if pretty {
            if !first { buffer.append(UInt8(ascii: "\n")) }
            indent()
        }
    }

    private mutating func indent() {
        var count = 2 * depth
        while count > 0 {
            let piece = min(count, Self.spaces.count)
            buffer.append(contentsOf: Self.spaces[..<piece])
            count -= piece
        }
    }
}
