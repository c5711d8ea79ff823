/// Builds gzip streams for tests of compressed HTTP answers, without a zlib dependency.
public enum GzipStream {
    /// `bytes` in a valid gzip stream of stored (uncompressed) deflate blocks.
    public static func stored(_ bytes: [UInt8]) -> [UInt8] {
        var output = header
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let isLast = offset + length == bytes.count
            output.append(isLast ? 1 : 0)
            output += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            output += bytes[offset..<(offset + length)]
            offset += length
        } while offset < bytes.count
        return output + littleEndian(crc32(bytes)) + littleEndian(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// A gzip bomb: `count` zero bytes compressed about 160 to 1 (a literal zero, then
    /// back-references of 258 bytes at distance 1 in one fixed-Huffman block). Its trailer
    /// is deliberately left without a checksum: a reader must give up long before the end.
    public static func zeros(_ count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE = fixed Huffman
        bits.writeCode(0b0011_0000, length: 8)  // literal 0
        var remaining = count - 1
        while remaining >= 258 {
            bits.writeCode(0b1100_0101, length: 8)  // length 258 (symbol 285)
            bits.writeCode(0, length: 5)  // distance 1
            remaining -= 258
        }
        for _ in 0..<remaining { bits.writeCode(0b0011_0000, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        return header + bits.bytes + [0, 0, 0, 0] + littleEndian(UInt32(truncatingIfNeeded: count))
    }

    private static let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }

    /// The CRC-32 (IEEE) of `bytes`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Packs deflate bits, least significant bit first.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var bitCount = 0

        mutating func write(_ value: UInt32, count: Int) {
            for index in 0..<count { append(bit: (value >> index) & 1) }
        }

        /// Huffman codes go most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for index in stride(from: length - 1, through: 0, by: -1) { append(bit: (code >> index) & 1) }
        }

        private mutating func append(bit: UInt32) {
            if bitCount % 8 == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(bit) << (bitCount % 8)
            bitCount += 1
        }
    }
}
