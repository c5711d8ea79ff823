/// One stretch of a long text that the analyser reads on its own, cut at a paragraph break.
///
/// A text longer than `limit` bytes of UTF-8 (far longer than any news article) is analysed a
/// window at a time, so that the analyser's memory stays bounded by the window and not by the
/// text: its token list costs about six times the text. A quotation or a name is not followed
/// across a cut, which falls where a paragraph ends whenever one ends in the window's second half.
struct AnalysisWindow {
    /// The window's text.
    let text: String
    /// The offset of its first scalar in the whole text.
    let scalarOffset: Int

    /// The most UTF-8 bytes a text may have to be analysed whole: one mebibyte.
    static let limit = 1 << 20

    /// Calls `body` with each window of `text` in order; with the text itself when it is within
    /// `limit`. One window's text is held at a time.
    static func forEach(in text: String, limit: Int = limit, _ body: (AnalysisWindow) -> Void) {
        var text = text
        guard text.utf8.count > limit else { return body(AnalysisWindow(text: text, scalarOffset: 0)) }
        text.withUTF8 { bytes in
            var start = 0
            var scalarOffset = 0
            while start < bytes.count {
                let end = cut(bytes, from: start, limit: limit)
                let window = UnsafeBufferPointer(rebasing: bytes[start..<end])
                body(AnalysisWindow(text: String(decoding: window, as: UTF8.self), scalarOffset: scalarOffset))
                scalarOffset += window.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                start = end
            }
        }
    }

    /// Where the window that starts at byte `start` ends: after the last line break in the
    /// second half of the next `limit` bytes, else after the last space there, else at the last
    /// scalar boundary.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        guard bytes.count - start > limit else { return bytes.count }
        let end = start + limit
        let half = start + limit / 2
        for separator: UInt8 in [0x0A, 0x20] {
            if let last = bytes[half..<end].lastIndex(of: separator) { return last + 1 }
        }
        var boundary = end
        while boundary > start + 1, bytes[boundary] & 0xC0 == 0x80 { boundary -= 1 }
        return boundary
    }
}
