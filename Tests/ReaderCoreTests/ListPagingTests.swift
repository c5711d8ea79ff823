import ArchiveStore
import Foundation
import ReaderCore
import Testing

/// The list pages through a large archive without loading it all.
@Suite("List paging")
struct ListPagingTests {
    @Test("G jumps to the oldest article, g back to the newest, with a bounded window")
    func jumpToEnds() throws {
        let fixture = try ReaderTestArchive(extraArticles: 2_500)
        let session = fixture.session(width: 100, height: 30)
        let total = try fixture.archive.articleCount()
        #expect(session.state.list.rows.count == ArticleList.pageSize)
        session.press("G")
        #expect(session.state.list.selected == total - 1)
        #expect(session.state.list.selectedRow?.title.hasPrefix("Breaking") == true)
        #expect(session.shows("Breaking"))
        session.press("g")
        #expect(session.state.list.selected == 0)
        #expect(session.state.list.selectedRow?.title == "Filler article 2500")
    }

    @Test("paging down through the archive keeps the selection loaded and the window bounded")
    func pageThrough() throws {
        let fixture = try ReaderTestArchive(extraArticles: 2_500)
        let session = fixture.session(width: 100, height: 30)
        let total = try fixture.archive.articleCount()
        var previous = -1
        while session.state.list.selected != previous {
            previous = session.state.list.selected
            session.press("PageDown")
            #expect(session.state.list.selectedRow != nil)
            #expect(session.state.list.rows.count <= ArticleList.windowLimit)
        }
        #expect(session.state.list.selected == total - 1)
        for _ in 0..<200 { session.press("PageUp") }
        #expect(session.state.list.selected == 0)
        #expect(session.state.list.selectedRow?.title == "Filler article 2500")
        let positions = session.state.list.rows.map(\.id)
        #expect(positions == positions.sorted(by: >))
    }

    @Test("an empty archive's import hint names the --archive the reader was started with, quoted")
    func emptyArchiveHintNamesTheArchive() throws {
        for (argument, shown) in [
            (nil, "dateline import FILE..."),
            ("/tmp/news.sqlite", "dateline import --archive /tmp/news.sqlite FILE..."),
            ("/tmp/my news's.sqlite", "dateline import --archive '/tmp/my news'\\''s.sqlite' FILE..."),
        ] {
            let session = ReaderSession(
                archive: try Archive.inMemory(), size: TerminalSize(width: 60, height: 20), archiveArgument: argument)
            let text = session.rows.dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(text.contains("Import some with: " + shown), "\(text)")
        }
    }

    @Test("an empty archive says how to import")
    func emptyArchive() throws {
        let session = ReaderSession(archive: try Archive.inMemory(), size: TerminalSize(width: 100, height: 30))
        #expect(session.shows("No articles yet"))
        session.press("Enter", "j", "G", "]")
        #expect(session.state.article == nil)
    }
}
