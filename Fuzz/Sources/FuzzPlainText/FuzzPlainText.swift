import ArticleAnalysis
import ArticleImport
import FuzzDriver

/// Feeds arbitrary bytes to the plain-text article parser.
@_cdecl("FuzzPlainText_main")
func fuzzPlainTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzPlainText)
}

/// One fuzz input (libFuzzer also links against this name).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPlainText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let article = try? PlainTextParser.parse(bytes: bytes) else { return 0 }
    precondition(!article.title.isEmpty, "a parsed article has a title")
    precondition(!article.paragraphs.isEmpty, "a parsed article has a body")
    _ = InertText.make(article.body)
    return 0
}
