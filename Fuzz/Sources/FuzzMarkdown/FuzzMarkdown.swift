import ArticleAnalysis
import ArticleImport
import FuzzDriver

/// Feeds arbitrary bytes to the Markdown importer (front matter, then cmark), and checks
/// that what comes out is an article with text.
@_cdecl("FuzzMarkdown_main")
func fuzzMarkdownMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzMarkdown)
}

/// One fuzz input (libFuzzer also links against this name).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? MarkdownArticleParser.parse(bytes: bytes, source: nil) else { return 0 }
    precondition(!article.title.isEmpty, "a Markdown article has a title")
    precondition(!article.paragraphs.isEmpty, "a Markdown article has a body")
    _ = InertText.make(article.body)
    return 0
}
