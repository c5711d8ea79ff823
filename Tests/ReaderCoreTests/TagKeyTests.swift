import ArchiveStore
import ReaderCore
import TestSupport
import Testing

/// `T`: the tag editor on the status line, with Tab completing from the archive's tags.
@Suite("Editing tags in the reader")
struct TagKeyTests {
    private let pilots = "Harbour pilots end two-week strike at Tessaly port"
    private let longRead = "The long read: a year on the Tessaly tide tables"

    @Test("T shows the article's tags; the edited text replaces them in the archive, the row and the header")
    func editTags() throws {
        let fixture = try ReaderTestArchive()
        let id = try fixture.id(of: pilots)
        try fixture.archive.changeTags(ids: [id], adding: ["coast", "strikes"], removing: [])
        try fixture.archive.changeTags(ids: [try fixture.id(of: longRead)], adding: ["harbour"], removing: [])
        let session = fixture.session(width: 80, height: 24)
        let row = try #require(session.state.list.rows.firstIndex { $0.title == pilots })
        for _ in 0..<row { session.press("j") }
        session.press("Enter", "T")
        expectGolden(session.screen, "tag-prompt-80x24.txt")
        #expect(session.statusLine.hasPrefix("tags: coast strikes"))
        session.press("C-w")
        session.type("ha")
        session.press("Tab")
        #expect(session.statusLine.hasPrefix("tags: coast harbour"))
        session.press("Enter")
        #expect(try fixture.archive.tags(articleID: id) == ["coast", "harbour"])
        #expect(session.state.list.rows.first { $0.id == id }?.tags == ["coast", "harbour"])
        #expect(session.state.article?.header?.tags == ["coast", "harbour"])
        #expect(session.shows("#coast #harbour"))
        session.press("h")
        #expect(session.rows.contains { $0.contains("Harbour pilots") && $0.contains("#coast #har") })
    }

    @Test("Esc keeps the tags; a bad tag changes nothing and says why in one sentence")
    func cancelAndRefuse() throws {
        let fixture = try ReaderTestArchive()
        let session = fixture.session(width: 80, height: 24)
        let id = try #require(session.state.list.selectedRow?.id)
        session.press("T")
        session.type("draft")
        session.press("Esc")
        #expect(try fixture.archive.tags(articleID: id).isEmpty)
        session.press("T")
        session.type("ok +bad")
        session.press("Enter")
        #expect(session.statusLine.contains("cannot start with + or -"))
        #expect(try fixture.archive.tags(articleID: id).isEmpty)
    }

    @Test("Tab extends to what several tags share and lists them; a used tag is not offered again")
    func completion() throws {
        var prompt = Prompt(purpose: .tags(articleID: 1), text: "coast ha")
        #expect(prompt.completeWord(from: ["coast", "harbour", "harbours", "port"]) == ["harbour", "harbours"])
        #expect(prompt.string == "coast harbour")
        prompt = Prompt(purpose: .tags(articleID: 1), text: "coast co")
        #expect(prompt.completeWord(from: ["coast", "coastal"]) == ["coastal"])
        #expect(prompt.string == "coast coastal ")
    }
}
