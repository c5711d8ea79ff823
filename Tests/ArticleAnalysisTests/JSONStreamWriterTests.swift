import ArticleAnalysis
import Foundation
import TestSupport
import Testing

/// `JSONStreamWriter` writes what `JSONEncoder` wrote, byte for byte, without building the
/// document in memory.
@Suite struct JSONStreamWriterTests {
    /// What `writer` writes, pretty or compact.
    func written(pretty: Bool, _ write: (inout JSONStreamWriter) -> Void) -> String {
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter(pretty: pretty) { bytes += $0 }
        write(&writer)
        writer.flush()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What `JSONEncoder` writes for `value` with the options Dateline uses.
    func encoded<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: [true, false]) func nestedContainersMatchJSONEncoder(pretty: Bool) throws {
        let value: [String: [[Int]]] = ["zeta": [[1, 2], []], "alpha": [], "mid": [[3]]]
        let text = "quote \" backslash \\ slash / tab \t line \n return \r bell \u{7} \u{1F} é 日本 😀"

        let streamed = written(pretty: pretty) { writer in
            writer.object([
                ("zeta", { $0.array(value["zeta"]!) { $0.array($1) { $0.int($1) } } }),
                ("alpha", { $0.array([Int]()) { $0.int($1) } }),
                ("mid", { $0.array(value["mid"]!) { $0.array($1) { $0.int($1) } } }),
                ("text", { $0.string(text) }),
                ("empty", { $0.object([]) }),
            ])
        }

        struct Reference: Encodable {
            var zeta: [[Int]]
            var alpha: [Int]
            var mid: [[Int]]
            var text: String
            var empty: [String: Int]
        }
        let reference = Reference(zeta: value["zeta"]!, alpha: [], mid: value["mid"]!, text: text, empty: [:])
        #expect(streamed == (try encoded(reference, pretty: pretty)))
    }

    @Test func unsafeScalarsAreEscapedAsJSONOutputDoes() {
        let streamed = written(pretty: false) { $0.string("a\u{200B}b\u{202E}c\u{7F}d\u{E0041}") }
        #expect(streamed == #""a\u200Bb\u202Ec\u007Fd\uDB40\uDC41""#)
    }

    @Test func theSinkNeverGetsMoreThan64KBAtOnce() {
        let long = String(repeating: "harbour \u{201C}ferry\u{201D} ", count: 20_000)
        var pieces: [Int] = []
        var bytes: [UInt8] = []
        var writer = JSONStreamWriter(pretty: true) { piece in
            pieces.append(piece.count)
            bytes += piece
        }

        writer.array([long, "short", long]) { $0.string($1) }
        writer.flush()

        #expect(pieces.allSatisfy { $0 <= 1 << 16 })
        #expect(bytes.count > 3 << 16)
        #expect(String(decoding: bytes, as: UTF8.self) == (try? encoded([long, "short", long], pretty: true)))
    }

    /// Strings are looked at eight bytes at a time: a character that needs an escape is found
    /// wherever it stands in those eight.
    @Test func everyEscapeIsFoundAtEveryPlace() throws {
        let specials = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t", "é", "\u{201C}", "日", "😀", "~", " "]
        for special in specials {
            for place in 0..<17 {
                let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: 17 - place)
                let streamed = written(pretty: false) { $0.array([text]) { $0.string($1) } }
                #expect(streamed == (try encoded([text], pretty: false)), "\(special) at \(place)")
            }
        }
        let unsafe = written(pretty: false) { $0.string("abcdefg\u{7F}abcdefg\u{200B}") }
        #expect(unsafe == #""abcdefg\u007Fabcdefg\u200B""#)
    }

    /// The goldens were written by `dateline annotate` when it still encoded with `JSONEncoder`.
    @Test(arguments: [("seed-like.txt", "annotate-seed-like.json"), ("annotate-escapes.txt", "annotate-escapes.json")])
    func annotationJSONIsByteIdenticalToTheEncoderOutput(input: String, golden: String) throws {
        let text = String(decoding: Fixtures.bytes(input), as: UTF8.self)
        let expected = String(decoding: Fixtures.bytes(golden), as: UTF8.self)

        let json = AnnotationJSON(annotations: QuoteAnalyzer.annotate(text))
        let streamed = written(pretty: true) { json.write(to: &$0) }

        #expect(streamed + "\n" == expected)
    }
}
