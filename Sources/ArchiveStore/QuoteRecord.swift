import ArticleAnalysis

/// A stored quotation of an article and who said it.
public struct QuoteRecord: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var speakerName: String?
    /// `SpeakerName.key` of the speaker's name, the key of the speaker index.
    public var speakerKey: String?
    public var cue: String?

    /// The quotations `stored` of the article with this body, in text order; their texts are
    /// cut from the body in one pass, however many there are.
    ///
    /// The pass counts scalars on the body's UTF-8 bytes (a byte that does not continue a
    /// scalar starts one) and each text is made from its bytes, and each speaker's name is
    /// keyed once: stepping a `String.UnicodeScalarView` index and keying every quotation's
    /// name took most of `export` on an article of 400,000 quotations.
    static func records(_ stored: [StoredQuote], body: String) -> [QuoteRecord] {
        var body = body
        var keys: [String: String?] = [:]
        func indexKey(_ name: String) -> String? {
            if let known = keys[name] { return known }
            let key = SpeakerName.indexKey(name)
            keys[name] = .some(key)
            return key
        }
        return body.withUTF8 { bytes in
            /// Scalar `target` as byte and scalar offsets, counted on from `start`: `start` when
            /// `target` is not after it, the end of the body when `target` is past the end.
            func place(ofScalar target: Int, from start: (byte: Int, scalar: Int)) -> (byte: Int, scalar: Int) {
                var (byte, scalar) = start
                while scalar < target, byte < bytes.count {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                return (byte, scalar)
            }
            /// The start of the last quotation found (they come in text order).
            var last = (byte: 0, scalar: 0)
            return stored.sorted { $0.start < $1.start }.map { quote in
                last = place(ofScalar: quote.start, from: last)
                let end = place(ofScalar: quote.end, from: last).byte
                return QuoteRecord(
                    start: quote.start, end: quote.end,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[last.byte..<end]), as: UTF8.self),
                    speakerName: quote.speakerName, speakerKey: quote.speakerName.flatMap(indexKey), cue: quote.cue)
            }
        }
    }
}
