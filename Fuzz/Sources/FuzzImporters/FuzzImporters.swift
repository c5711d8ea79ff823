import ArticleImport
import FuzzDriver

@_cdecl("FuzzImporters_main")
func fuzzImportersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzImporters)
}

/// One fuzz input (libFuzzer also links against this name): the first byte picks the format
/// (or detection), the rest is the document handed to that importer.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzImporters(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let formats: [InputFormat?] = [nil] + InputFormat.allCases
    let format = formats[Int(data[0]) % formats.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard let articles = try? ArticleImporter.articles(from: bytes, source: "fuzz", format: format) else { return 0 }
    for article in articles {
        precondition(!article.title.isEmpty || !article.paragraphs.isEmpty, "an imported article has text")
    }
    return 0
}
