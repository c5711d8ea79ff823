import CUchardet

/// Guesses the encoding of text that declares none, with uchardet (the statistical detector
/// browsers descend from), the way a browser or feed reader does for a page without a charset.
enum CharsetDetector {
    /// How many leading bytes are looked at: enough for any language, and a 60 MB file
    /// costs no more than a small one.
    static let sampleLength = 256 * 1024

    /// The name of the most likely encoding of `bytes` as uchardet spells it
    /// (`WINDOWS-1251`, `SHIFT_JIS`), or `nil` when it has no answer.
    static func guess(_ bytes: [UInt8]) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        let sample = bytes.prefix(sampleLength)
        let accepted = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { uchardet_handle_data(detector, $0.baseAddress, $0.count) }
        }
        guard accepted == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector).map({ String(cString: $0) }), !name.isEmpty else { return nil }
        return name
    }
}
