import Foundation

/// Finds the encoding a document declares for itself: the `charset` of an HTTP
/// `Content-Type`, an XML declaration's `encoding`, or an HTML `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`.
enum CharsetDeclaration {
    /// How far into a page a `<meta>` declaration is looked for.
    static let prescanLength = 8_192

    /// The label after `charset=` in a `Content-Type` value, a tag or a header.
    static func charset(in text: some StringProtocol) -> Substring? {
        guard let key = text.range(of: "charset", options: .caseInsensitive) else { return nil }
        return value(after: Substring(text[key.upperBound...]))
    }

    /// The `encoding` label of an XML declaration (`<?xml version="1.0" encoding="KOI8-R"?>`)
    /// at the start of `bytes`.
    static func xmlDeclaration(in bytes: [UInt8]) -> Substring? {
        let head = ascii(bytes.prefix(512))
        guard let start = head.range(of: "<?xml"), head[..<start.lowerBound].allSatisfy(\.isWhitespace),
            let end = head[start.upperBound...].range(of: "?>")
        else { return nil }
        let declaration = head[start.upperBound..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        return value(after: declaration[key.upperBound...])
    }

    /// The labels of the `<meta>` declarations in the first bytes of a page, in order.
    static func metaTags(in bytes: [UInt8]) -> [Substring] {
        let head = ascii(bytes.prefix(prescanLength)).lowercased()
        var labels: [Substring] = []
        var rest = Substring(head)
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            if let label = charset(in: rest[meta.upperBound..<tagEnd]) { labels.append(label) }
            rest = rest[tagEnd...]
        }
        return labels
    }

    /// The value after a key: `=` and quotes skipped, up to the first character that no
    /// encoding label has.
    private static func value(after text: Substring) -> Substring? {
        let value = text.drop(while: { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" })
        let label = value.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) })
        return label.isEmpty ? nil : label
    }

    /// The ASCII bytes of `bytes` as text, every other byte as a space: declarations are
    /// ASCII in every encoding they can be read from, and the rest must not decode as UTF-8.
    private static func ascii(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
    }
}
