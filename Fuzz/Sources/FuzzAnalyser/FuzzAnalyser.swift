import ArticleAnalysis
import FuzzDriver

/// Feeds arbitrary text to the quotation analyser and the in-article matcher, and checks
/// that every span it returns lies inside the text and says what the text says.
@_cdecl("FuzzAnalyser_main")
func fuzzAnalyserMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzAnalyser)
}

/// One fuzz input (libFuzzer also links against this name).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAnalyser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let annotations = QuoteAnalyzer.annotate(text)
    func check(_ span: TextSpan?) {
        guard let span else { return }
        precondition(0 <= span.start && span.start <= span.end && span.end <= scalars.count, "span inside the text")
        precondition(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text, "span text")
    }
    for quote in annotations.quotes {
        check(quote.span)
        check(quote.speaker)
        check(quote.cue)
    }
    for attribution in annotations.attributions {
        check(attribution.source)
        check(attribution.cue)
    }
    for byline in annotations.bylines { check(byline.span) }
    let index = TextSearchIndex(text: text)
    let pattern = String(text.prefix(3))
    for range in (try? index.matches(of: pattern)) ?? [] {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "match inside the text")
    }
    return 0
}
