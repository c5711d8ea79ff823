/// Turns the encoding label a document or server declares into the name iconv decodes it with.
///
/// Labels are matched without case, and, as the WHATWG Encoding Standard (what browsers do)
/// says, several legacy labels stand for a superset that real pages need: a page labelled
/// ISO-8859-1 is Windows-1252 (its bytes 0x80–0x9F are curly quotes and dashes), GB2312 is
/// GB18030, Shift_JIS is Windows-31J, EUC-KR is Windows-949, Big5 is Big5-HKSCS and TIS-620
/// is Windows-874.
enum EncodingLabel {
    /// The iconv name for `label`, or `nil` for an empty label or a UTF-16 or UTF-32 one,
    /// which a byte order mark decides, never a declaration read from ASCII bytes.
    static func decoderName(_ label: some StringProtocol) -> String? {
        let label = label.lowercased()
        if label.isEmpty || label.hasPrefix("utf-16") || label.hasPrefix("utf-32") || label == "unicode" { return nil }
        return supersets[label] ?? label.uppercased()
    }

    /// Labels decoded as another (larger or better known) encoding, by their iconv name.
    static let supersets: [String: String] = {
        let groups: [String: [String]] = [
            "UTF-8": ["utf8", "unicode-1-1-utf-8", "x-unicode20utf8"],
            "WINDOWS-1252": [
                "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252",
                "cp819", "ibm819", "iso-ir-100", "ansi_x3.4-1968",
            ],
            "WINDOWS-1251": ["cp1251", "x-cp1251"],
            "WINDOWS-1255": ["cp1255", "x-cp1255"],
            "WINDOWS-1254": ["iso-8859-9", "iso8859-9", "latin5", "l5"],
            "WINDOWS-874": ["tis-620", "tis620", "iso-8859-11", "iso8859-11", "dos-874", "cp874"],
            "ISO-8859-8": ["iso-8859-8-i", "iso-8859-8-e", "csiso88598i", "logical", "visual"],
            "WINDOWS-31J": ["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "ms932", "cp932"],
            "GB18030": ["gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "gb_2312", "euc-cn", "chinese", "csgb2312"],
            "BIG5-HKSCS": ["big5", "x-x-big5", "cn-big5", "csbig5", "big5hkscs"],
            "CP949": ["euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "korean", "windows-949", "cseuckr"],
            "EUC-JP": ["x-euc-jp", "cseucpkdfmtjapanese"],
            "KOI8-U": ["koi8-ru"],
            "MAC-CYRILLIC": ["x-mac-cyrillic", "x-mac-ukrainian"],
        ]
        var names: [String: String] = [:]
        for (name, labels) in groups {
            for label in labels { names[label] = name }
        }
        return names
    }()
}
