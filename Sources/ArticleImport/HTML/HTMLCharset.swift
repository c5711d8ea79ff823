/// Finds the character encoding of an HTML page the way browsers do: a byte order mark,
/// then the HTTP `charset`, then `<meta charset>` or `<meta http-equiv="Content-Type">`,
/// then UTF-8 when the bytes are valid UTF-8, else Windows-1252.
enum HTMLCharset {
    /// How far into the page a `<meta>` declaration is looked for.
    static let prescanLength = 8_192

    /// The IANA name of the encoding to decode `bytes` with; declared encodings for which
    /// `canDecode` is false (unknown labels) are passed over.
    static func detect(_ bytes: [UInt8], contentType: String? = nil, canDecode: (String) -> Bool = { _ in true })
        -> String
    {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let contentType, let declared = charset(in: contentType.lowercased()).map(normalised), canDecode(declared) {
            return declared
        }
        let head = String(decoding: bytes.prefix(prescanLength), as: UTF8.self).lowercased()
        var rest = Substring(head)
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            if let declared = charset(in: rest[meta.upperBound..<tagEnd]).map(normalised), canDecode(declared) {
                return declared
            }
            rest = rest[tagEnd...]
        }
        return isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
    }

    /// The value after `charset=` in a tag or header, without quotes.
    static func charset(in text: some StringProtocol) -> String? {
        guard let key = text.range(of: "charset") else { return nil }
        let value = text[key.upperBound...].drop(while: { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" })
        let name = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" })
        return name.isEmpty ? nil : String(name)
    }

    /// Labels that browsers decode as Windows-1252 are decoded as Windows-1252 here too,
    /// so the bytes 0x80–0x9F of a page labelled ISO-8859-1 become curly quotes and dashes.
    static func normalised(_ label: String) -> String {
        switch label {
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252": return "windows-1252"
        case "utf8": return "UTF-8"
        default: return label
        }
    }

    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
