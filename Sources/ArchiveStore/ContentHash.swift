import ArticleAnalysis

/// The identity of an article's content, used to make imports idempotent.
///
/// Two 64-bit FNV-1a hashes with different offset bases over title, byline and body, as 32
/// hex digits. It is a de-duplication key, not a security boundary (see DECISIONS.md).
enum ContentHash {
    static func of(_ article: Article) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        func mix(_ text: String) {
            for byte in text.utf8 {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = second &+ (second >> 29)
            }
            first = (first ^ 0xFF) &* 0x0000_0100_0000_01B3
            second = (second ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        mix(article.title)
        mix(article.byline ?? "")
        mix(article.body)
        return hex(first) + hex(second)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
