import ArgumentParser
import ArticleAnalysis
import Foundation

/// `dateline annotate`: analyses raw text without an archive and prints the annotation JSON.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract:
            "Print the quotations, attributions and bylines of raw text as JSON (pretty; one line per input with --jsonl)."
    )

    @Argument(help: "A text file, or - (the default) for standard input.")
    var file: String = "-"

    @Flag(help: "Read {\"id\",\"text\"} lines and write one result line per input line.")
    var jsonl = false

    func run() throws {
        if jsonl {
            try annotateLines(try input())
        } else {
            // The bytes are read and decoded in a function of their own, so that they are
            // freed before the analysis of a large text needs the memory.
            let json = AnnotationJSON(annotations: QuoteAnalyzer.annotate(try text()))
            Terminal.writeJSONStream { json.write(to: &$0) }
        }
    }

    /// The bytes of the file, or of standard input.
    func input() throws -> Data {
        if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let contents = FileManager.default.contents(atPath: file) else {
            throw CommandError("\(file): no such file or it cannot be read")
        }
        return contents
    }

    /// The input decoded as UTF-8 text.
    func text() throws -> String {
        do {
            return try TextDecoder.decode(try input())
        } catch let error as ArticleInputError {
            throw CommandError("\(file): \(error)")
        }
    }

    struct InputLine: Decodable {
        var id: String?
        var text: String
    }

    func annotateLines(_ data: Data) throws {
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            guard let input = try? JSONDecoder().decode(InputLine.self, from: Data(line)) else {
                throw CommandError("line \(lineNumber): not a JSON object with a \"text\" string")
            }
            Terminal.writeJSONLine(
                AnnotationJSON(id: input.id, annotations: QuoteAnalyzer.annotate(input.text)).jsonLine())
        }
    }
}
