/// The text of an input decoded from its character encoding, and how that encoding was found.
///
/// The order is the one browsers and feed readers follow: a byte order mark; then what the
/// server or the document declares (the HTTP `charset`, then the XML declaration or HTML
/// `<meta>`); then UTF-8 when the bytes are valid UTF-8; then a guess by `CharsetDetector`.
/// A declaration the bytes contradict (a page labelled UTF-8 that is not, an unknown label)
/// is passed over. The parsers then only ever see UTF-8: libxml2 is told to ignore the
/// document's own declaration, so it never decodes the bytes a second time.
struct DecodedText: Sendable, Equatable {
    /// How the encoding was found.
    enum Evidence: Sendable, Equatable {
        case byteOrderMark
        case declared
        case validUTF8
        /// UTF-8 but for a few broken sequences (a character cut in two when the page was
        /// assembled), each read as U+FFFD.
        case mostlyUTF8
        /// Guessed by the detector: the import report says so.
        case detected
        /// Nothing decodes the bytes cleanly: an HTML page is read as Windows-1252, each
        /// byte that is not a character becoming U+FFFD, as browsers do.
        case fallback
    }

    /// Where a document may declare its encoding.
    enum Declarations: Sendable {
        /// Plain text and Markdown declare nothing.
        case none
        /// An XML declaration (feeds).
        case xml
        /// An XML declaration or `<meta>` tags (pages).
        case html
    }

    /// The decoded text.
    var text: String
    /// The iconv name of the encoding the bytes were read in.
    var encoding: String
    var evidence: Evidence

    /// The encoding to name in the import report: the one the detector guessed, or `nil`
    /// when the input said or showed what it is.
    var assumedEncoding: String? {
        evidence == .detected || evidence == .fallback ? encoding : nil
    }

    /// `bytes` decoded, or `nil` when they are not UTF-8, declare no encoding they are
    /// valid in and the detector has no answer (for `.html`, the fallback always answers).
    static func decode(_ bytes: [UInt8], declarations: Declarations, contentType: String? = nil) -> DecodedText? {
        for (mark, encoding) in byteOrderMarks where bytes.starts(with: mark) {
            if let text = Transcoder.decode(Array(bytes.dropFirst(mark.count)), from: encoding, invalid: .replace) {
                return DecodedText(text: text, encoding: encoding, evidence: .byteOrderMark)
            }
        }
        var declared = contentType.flatMap(CharsetDeclaration.charset(in:)).map { [$0] } ?? []
        if declarations != .none, let label = CharsetDeclaration.xmlDeclaration(in: bytes) { declared.append(label) }
        if declarations == .html { declared += CharsetDeclaration.metaTags(in: bytes) }
        for label in declared {
            guard let encoding = EncodingLabel.decoderName(label) else { continue }
            if let text = strictly(bytes, from: encoding) {
                return DecodedText(text: text, encoding: encoding, evidence: .declared)
            }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "UTF-8", evidence: .validUTF8)
        }
        if let text = mostlyUTF8(bytes) {
            return DecodedText(text: text, encoding: "UTF-8", evidence: .mostlyUTF8)
        }
        if let guess = CharsetDetector.guess(bytes), let encoding = EncodingLabel.decoderName(guess),
            let text = strictly(bytes, from: encoding)
        {
            return DecodedText(text: text, encoding: encoding, evidence: .detected)
        }
        guard declarations == .html, let text = Transcoder.decode(bytes, from: "WINDOWS-1252", invalid: .replace)
        else { return nil }
        return DecodedText(text: text, encoding: "WINDOWS-1252", evidence: .fallback)
    }

    /// The largest share of broken sequences among the non-ASCII characters of text that is
    /// still read as UTF-8: in text of another encoding nearly every non-ASCII byte is broken.
    static let maximumBrokenShare = 0.05

    /// `bytes` read as UTF-8 with each broken sequence as U+FFFD, when at most
    /// `maximumBrokenShare` of the non-ASCII characters are broken; otherwise `nil`.
    static func mostlyUTF8(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        var nonASCII = 0
        var broken = 0
        for scalar in text.unicodeScalars where !scalar.isASCII {
            nonASCII += 1
            if scalar == "\u{FFFD}" { broken += 1 }
        }
        return Double(broken) <= Double(nonASCII) * maximumBrokenShare ? text : nil
    }

    /// The byte order marks, longest first (UTF-32's starts like UTF-16's).
    static let byteOrderMarks: [([UInt8], String)] = [
        ([0xEF, 0xBB, 0xBF], "UTF-8"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
        ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"),
    ]

    /// `bytes` decoded from `encoding` when every byte is valid in it; UTF-8 is checked
    /// by the standard library, the rest by iconv.
    private static func strictly(_ bytes: [UInt8], from encoding: String) -> String? {
        encoding == "UTF-8" ? String(validating: bytes, as: UTF8.self) : Transcoder.decode(bytes, from: encoding)
    }
}
