import ReaderCore
import Testing

/// The unread count on the status line follows reading and `u`.
@Suite("Unread count")
struct UnreadCountTests {
    @Test("the status line counts unread articles; opening one and u change the count")
    func statusLineCount() throws {
        let fixture = try ReaderTestArchive(extraArticles: 2)
        let session = fixture.session(width: 100, height: 30)
        #expect(session.rows.last?.contains("1/6 \u{00B7} 6 unread") == true, "\(session.rows.last ?? "")")
        session.press("Enter")
        #expect(session.rows.last?.contains("6 unread") == false)
        #expect(session.shows("5 unread"))
        session.press("u")
        #expect(session.state.unreadCount == 6)
        session.press("u", "q", "j", "Enter")
        #expect(session.shows("4 unread"))
        #expect(try fixture.archive.unreadCount() == 4)
    }

    @Test("with a filter the status line counts the unread articles of the filtered list")
    func filteredCount() throws {
        let fixture = try ReaderTestArchive(extraArticles: 2)
        let pilots = try fixture.id(of: "Harbour pilots end two-week strike at Tessaly port")
        let longRead = try fixture.id(of: "The long read: a year on the Tessaly tide tables")
        try fixture.archive.changeTags(ids: [pilots, longRead], adding: ["tessaly"], removing: [])
        try fixture.archive.setRead(articleID: longRead, true)
        let session = fixture.session(width: 100, height: 30)
        session.press("f")
        session.type("tag:tessaly")
        session.press("Enter", "?", "?")
        #expect(session.statusLine.contains("tag:tessaly 1/2 \u{00B7} 1 unread"), "\(session.statusLine)")
        session.press("u")
        #expect(session.state.unreadCount == 0)
        session.press("Esc", "?", "?")
        #expect(session.statusLine.contains("\u{00B7} 4 unread"), "\(session.statusLine)")
    }
}
