import FuzzDriver
import ReaderCore

@_cdecl("FuzzThemes_main")
func fuzzThemesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzThemes)
}

/// One fuzz input (libFuzzer also links against this name): the text is read both as a
/// theme file and as `config.toml`; either may be refused, neither may crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzThemes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let entry = ThemeCatalog.Entry(name: "fuzz", text: text, file: "fuzz.toml", isBundled: false)
    _ = try? ThemeCatalog(userThemes: [entry]).theme(named: "fuzz")
    _ = try? ReaderConfig(text: text, file: "config.toml")
    return 0
}
