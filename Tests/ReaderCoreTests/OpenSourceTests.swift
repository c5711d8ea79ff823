import ArchiveStore
import ArticleAnalysis
import Testing

@testable import ReaderCore

@Suite("Opening an article's web address")
struct OpenSourceTests {
    /// A session on two articles, one imported from a URL and one from a file, recording
    /// the addresses it is asked to open.
    final class Recorder {
        var opened: [String] = []
    }

    static func session(failing: Bool = false) throws -> (ReaderSession, Recorder) {
        let archive = try Archive.inMemory()
        _ = try archive.insert([
            Article(title: "From a file", paragraphs: ["Body."], source: "/home/me/saved.txt"),
            Article(title: "From the web", paragraphs: ["Body."], source: "https://news.example/story"),
        ])
        let recorder = Recorder()
        let session = ReaderSession(archive: archive, size: TerminalSize(width: 100, height: 30)) { address in
            recorder.opened.append(address)
            return failing ? "no browser found: set $BROWSER or install xdg-utils" : nil
        }
        return (session, recorder)
    }

    @Test("o on a web article opens its address, from the list and from the article")
    func opensWebAddress() throws {
        let (session, recorder) = try Self.session()
        session.press("o")
        #expect(recorder.opened == ["https://news.example/story"])
        #expect(session.state.status?.text == "opening https://news.example/story")
        session.press("Enter", "o")
        #expect(recorder.opened.count == 2)
    }

    @Test("o on a file article says why nothing opens")
    func fileArticle() throws {
        let (session, recorder) = try Self.session()
        session.press("j", "o")
        #expect(recorder.opened.isEmpty)
        #expect(session.state.status?.text == "this article has no web address; it was imported from a file")
    }

    @Test("a browser that cannot start is reported on the status line")
    func failure() throws {
        let (session, _) = try Self.session(failing: true)
        session.press("o")
        #expect(session.state.status?.text == "no browser found: set $BROWSER or install xdg-utils")
    }

    @Test("$BROWSER wins over xdg-open, with %s placing the address")
    func command() {
        let address = "https://news.example/a"
        #expect(ExternalBrowser.command(for: address, environment: [:]) == ["xdg-open", address])
        #expect(
            ExternalBrowser.command(for: address, environment: ["BROWSER": "firefox:chromium"]) == ["firefox", address])
        #expect(
            ExternalBrowser.command(for: address, environment: ["BROWSER": "open -a %s --new"])
                == ["open", "-a", address, "--new"])
        #expect(
            ExternalBrowser.open(address, environment: ["BROWSER": "no-such-browser-xyz", "PATH": "/usr/bin"]) != nil)
    }
}
