/// Reads a `quotes` column in the form `StoredQuote.json` writes it, without `JSONDecoder`.
///
/// `JSONDecoder` built a tree of the whole array before it made the first quotation: a third
/// of `dateline quotes --speaker` on an article of 400,000 quotations. This reads the bytes
/// once. It knows only what `StoredQuote.json` writes (no white space, whole numbers, strings
/// without escapes) and gives up on anything else, which `JSONDecoder` then reads, so a
/// column it cannot read decodes exactly as before.
struct StoredQuoteParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The quotations of `json`, or `nil` when it is not in the plain form.
    static func quotes(in json: String) -> [StoredQuote]? {
        var json = json
        return json.withUTF8 { bytes in
            var parser = StoredQuoteParser(bytes)
            return parser.array()
        }
    }

    /// `[` quotations separated by `,` `]`, and nothing after it.
    private mutating func array() -> [StoredQuote]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var quotes: [StoredQuote] = []
        if !take(UInt8(ascii: "]")) {
            repeat {
                guard let quote = quote() else { return nil }
                quotes.append(quote)
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "]")) else { return nil }
        }
        return index == bytes.count ? quotes : nil
    }

    /// `[start,end]`, `[start,end,name]` or `[start,end,name,cue]`, a name or cue a string or
    /// `null`.
    private mutating func quote() -> StoredQuote? {
        guard take(UInt8(ascii: "[")), let start = number(), take(UInt8(ascii: ",")), let end = number() else {
            return nil
        }
        var texts: [String?] = []
        while texts.count < 2, take(UInt8(ascii: ",")) {
            guard let text = optionalString() else { return nil }
            texts.append(text)
        }
        guard take(UInt8(ascii: "]")) else { return nil }
        texts += [nil, nil]
        return StoredQuote(start: start, end: end, speakerName: texts[0], cue: texts[1])
    }

    /// A whole number of one to eighteen digits, with no leading zero.
    private mutating func number() -> Int? {
        var value = 0
        let start = index
        while index < bytes.count, index - start < 18, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start, bytes[start] != UInt8(ascii: "0") || index == start + 1 else { return nil }
        return value
    }

    /// `null`, or a string with no escape and no control character, as `.some`; `nil` for
    /// anything else.
    private mutating func optionalString() -> String?? {
        if bytes[index...].starts(with: "null".utf8) {
            index += 4
            return .some(nil)
        }
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] >= 0x20, bytes[index] != UInt8(ascii: "\\") else { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        index += 1
        return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self))
    }

    /// Steps over `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
