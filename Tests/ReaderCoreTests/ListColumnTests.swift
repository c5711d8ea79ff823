import ArticleAnalysis
import Foundation
import ReaderCore
import TestSupport
import Testing

/// List columns that use the pane's width: byline and source apart from 120 columns, the
/// import date (the list's order) labelled when there is room.
@Suite("List columns")
struct ListColumnTests {
    /// The reader's fixture archive and two articles with bylines, sources and publication
    /// dates older than their import.
    private func fixture() throws -> ReaderTestArchive {
        let fixture = try ReaderTestArchive()
        var fromWeb = Article(
            title: "Night ferries return to the Tessaly crossing", bylines: ["Ines Halvorsen"],
            paragraphs: ["The night ferries sail again from Monday, the operator said."])
        fromWeb.source = "https://www.harbour-gazette.example/ferries/night-crossing"
        fromWeb.publishedAt = Date(timeIntervalSince1970: 1_700_000_000)
        var fromFile = Article(
            title: "Fog closes the estuary for a third day",
            paragraphs: ["Pilots kept ships at anchor as the fog held over the estuary."])
        fromFile.source = "/home/reader/clippings/estuary-fog.txt"
        fromFile.publishedAt = Date(timeIntervalSince1970: 1_600_000_000)
        _ = try fixture.archive.insert([fromWeb, fromFile], now: ReaderTestArchive.importDate)
        return fixture
    }

    @Test("the full-width list at 120×35 shows byline, source and the labelled import date; 80×24 and 60×20 less")
    func goldens() throws {
        let fixture = try fixture()
        let wide = fixture.session(width: 120, height: 35)
        wide.press("z")
        expectGolden(wide.screen, "list-columns-120x35.txt")
        let medium = fixture.session(width: 80, height: 24)
        medium.press("z")
        expectGolden(medium.screen, "list-columns-80x24.txt")
        let narrow = fixture.session(width: 60, height: 20)
        expectGolden(narrow.screen, "list-columns-60x20.txt")
    }

    @Test("the date column is the import date, whatever the publication date, so it runs in list order")
    func importDate() throws {
        let fixture = try fixture()
        let session = fixture.session(width: 120, height: 35)
        session.press("z")
        let first = try #require(session.rows.first)
        #expect(first.contains("imported 2026-01-01"))
        #expect(!session.shows("2020-09-13"))
        #expect(first.contains("harbour-gazette.example") == false)
        #expect(session.rows[1].contains("Ines Halvorsen"))
        #expect(session.rows[1].contains("harbour-gazette.example"))
        #expect(first.contains("estuary-fog.txt"))
    }
}
