/// Turns raw bytes into normalised text: validates UTF-8, drops a BOM, rejects binaries.
public enum TextDecoder {
    /// The largest input accepted as one article.
    public static let maximumBytes = 64 * 1_048_576

    /// Decodes `bytes` as UTF-8 text, or says why it cannot.
    ///
    /// A leading UTF-8 byte order mark is removed. Input with a NUL byte, or where more than
    /// one byte in ten of the first 8 KB is a control byte other than tab, CR, LF and FF,
    /// is binary. Invalid UTF-8 is rejected rather than decoded as Latin-1, so that no
    /// mojibake is ever stored.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(ArticleInputError) -> String
    where Bytes.Element == UInt8 {
        if bytes.count > maximumBytes { throw .tooLarge(bytes: bytes.count, limit: maximumBytes) }
        var body = Array(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if body.isEmpty { throw .empty }
        if isBinary(body) { throw .binary }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .notUTF8(offset: firstInvalidUTF8Offset(body) ?? 0)
        }
        return text
    }

    /// Whether `bytes` hold a NUL, or control characters (other than tab, line and page breaks,
    /// carriage return and escape) in more than a tenth of their first 8 KB. One pass, eight
    /// bytes at a time (`ByteLanes`); only words holding a byte below space are looked at byte
    /// by byte.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            let sample = min(bytes.count, 8192)
            var controls = 0
            var index = 0
            while index < bytes.count {
                let end = min(index &+ 8, bytes.count)
                if end == index &+ 8, !ByteLanes.hasControl(ByteLanes.load(base, at: index)) {
                    index = end
                    continue
                }
                while index < end {
                    let byte = bytes[index]
                    if byte < 0x20 {
                        if byte == 0 { return true }
                        if index < sample && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
                            && byte != 0x1B
                        {
                            controls += 1
                        }
                    }
                    index += 1
                }
            }
            return controls * 10 > sample
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
