#if canImport(Glibc)
    import Glibc
#endif

/// Converts bytes between character encodings with the C library's `iconv`.
///
/// glibc's iconv knows every encoding the web still uses (Windows-1251, Shift_JIS, Big5,
/// EUC-JP, EUC-KR, GB18030, KOI8-R, TIS-620, Windows-1255 and the rest), where Foundation on
/// Linux knows only a few of them.
enum Transcoder {
    /// What a byte sequence that is not valid in the source encoding becomes.
    enum InvalidInput {
        /// The conversion fails.
        case refuse
        /// Each bad byte becomes U+FFFD (only when converting to UTF-8).
        case replace
    }

    /// `bytes` converted from the encoding called `source` to the one called `target`
    /// (names as iconv knows them), or `nil` when either is unknown or, with `.refuse`, when
    /// `bytes` hold a sequence invalid in `source` or not representable in `target`.
    static func convert(_ bytes: [UInt8], from source: String, to target: String, invalid: InvalidInput = .refuse)
        -> [UInt8]?
    {
        let converter = iconv_open(target, source)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let converted = input.withUnsafeMutableBufferPointer { inputBuffer -> Bool in
            var inputPointer = UnsafeMutableRawPointer(inputBuffer.baseAddress).map {
                $0.assumingMemoryBound(to: CChar.self)
            }
            var inputLeft = inputBuffer.count
            while true {
                let (result, failure, written) = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    var outputPointer = UnsafeMutableRawPointer(chunkBuffer.baseAddress)?.assumingMemoryBound(
                        to: CChar.self)
                    var outputLeft = chunkBuffer.count
                    // At the end of the input, a null input flushes a stateful encoding's shift state.
                    let result =
                        inputLeft == 0
                        ? iconv(converter, nil, nil, &outputPointer, &outputLeft)
                        : iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    return (result, errno, chunkBuffer.count - outputLeft)
                }
                output.append(contentsOf: chunk[..<written])
                if result != -1 {
                    if inputLeft == 0 { return true }
                    continue
                }
                switch failure {
                case E2BIG:
                    continue
                case EILSEQ, EINVAL:
                    guard invalid == .replace, inputLeft > 0 else { return false }
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inputPointer = inputPointer.map { $0 + 1 }
                    inputLeft -= 1
                default:
                    return false
                }
            }
        }
        return converted ? output : nil
    }

    /// `bytes` decoded from `encoding` into a string, or `nil` (see `convert`).
    static func decode(_ bytes: [UInt8], from encoding: String, invalid: InvalidInput = .refuse) -> String? {
        convert(bytes, from: encoding, to: "UTF-8", invalid: invalid).map { String(decoding: $0, as: UTF8.self) }
    }
}
