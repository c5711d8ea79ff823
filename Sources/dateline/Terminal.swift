import ArticleAnalysis
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes command output. Everything that came from an article or from the command line goes
/// through `InertText` before it reaches the terminal, so neither can send escape sequences.
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    /// Whether standard input is a terminal.
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Writes `text` to standard output, control characters made visible.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(InertText.make(text).utf8))
    }

    /// Writes styled text to standard output as it is: only for text whose article parts
    /// were already made inert (`ArticleDocument` glyphs) and whose escapes are SGR styles.
    static func writeStyled(_ text: String) {
        writeStyled(Array(text.utf8))
    }

    /// Writes styled text given as UTF-8 bytes, as `writeStyled(_:)` does.
    static func writeStyled(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `value` as pretty JSON (`JSONOutput`) and a newline to standard output.
    static func writeJSON<T: Encodable>(_ value: T) {
        write(JSONOutput.encode(value) + "\n")
    }

    /// Writes pretty JSON to standard output piece by piece as `write` produces it through
    /// a `JSONStreamWriter` (the same bytes as `writeJSON`), then a newline.
    static func writeJSONStream(_ write: (inout JSONStreamWriter) -> Void) {
        var writer = JSONStreamWriter(pretty: true) { FileHandle.standardOutput.write(Data($0)) }
        write(&writer)
        writer.flush()
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Writes one line of already encoded JSON, its unsafe scalars as `\u` escapes so that
    /// the data stays exact (`write` alone would replace them with visible symbols).
    static func writeJSONLine(_ json: String) {
        write(JSONOutput.escapingUnsafeScalars(json) + "\n")
    }

    /// Writes one line to standard error, prefixed with `dateline: `.
    static func printError(_ line: String) {
        writeError("dateline: " + line + "\n")
    }

    /// Writes `text` to standard error, control characters made visible: error messages
    /// repeat what the user typed, and an argument may hold escape sequences too.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(InertText.make(text).utf8))
    }
}
