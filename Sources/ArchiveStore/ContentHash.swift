import ArticleAnalysis

/// The identity of an article's content, used to make imports idempotent.
///
/// Two 64-bit FNV-1a hashes with different offset bases over title, byline and body, as 32
/// hex digits. It is a de-duplication key, not a security boundary (see DECISIONS.md).
enum ContentHash {
    /// The hash of an article's title, byline (as displayed) and body.
    static func of(title: String, byline: String?, body: String) -> String {
        var lanes = Lanes()
        lanes.mix(title)
        lanes.mix(byline ?? "")
        lanes.mix(body)
        return hex(lanes.first) + hex(lanes.second)
    }

    /// The two hash lanes; each text is followed by a 0xFF separator.
    private struct Lanes {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142

        mutating func mix(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var (first, second) = (self.first, self.second)
                for byte in bytes {
                    first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                    second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                    second = second &+ (second >> 29)
                }
                (self.first, self.second) = (first, second)
            }
            first = (first ^ 0xFF) &* 0x0000_0100_0000_01B3
            second = (second ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
