import ReaderCore
import Testing

@Suite("The chosen speaker's quotes in every bundled theme")
struct QuoteFocusThemeTests {
    @Test("quote_focus differs from quote and quote_current", arguments: ThemeCatalog.bundled.names)
    func distinct(name: String) throws {
        let theme = try ThemeCatalog.bundled.theme(named: name)
        #expect(theme.style(for: .quoteFocus) != theme.style(for: .quote))
        #expect(theme.style(for: .quoteFocus) != theme.style(for: .quoteCurrent))
        #expect(theme.style(for: .quoteFocus).attributes != theme.style(for: .quote).attributes)
    }
}
