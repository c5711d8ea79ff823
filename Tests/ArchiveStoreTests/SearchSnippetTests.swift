import ArticleAnalysis
import Foundation
import Testing

@testable import ArchiveStore

/// Snippets of archive search results: cut around the first match, in bounded time.
@Suite("Search snippets")
struct SearchSnippetTests {
    /// The highlighted parts of a result's snippet.
    func marked(_ result: SearchResult) -> [String] {
        let scalars = Array(result.snippet.unicodeScalars)
        return result.highlights.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test("a search over a 1 MB article of one repeated word returns at once, with a short snippet")
    func repeatedWord() throws {
        let archive = try Archive.inMemory()
        let body = String(repeating: "alpha ", count: 180_000)
        _ = try archive.insert([Article(title: "Repetition", paragraphs: [body])])
        let started = Date()
        let result = try #require(try archive.search("alpha").first)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 10, "search took \(elapsed) s")
        #expect(result.snippet.split(separator: " ").count == SearchSnippet.wordsShown)
        #expect(result.snippet.hasSuffix("…"))
        #expect(marked(result) == Array(repeating: "alpha", count: SearchSnippet.wordsShown))
    }

    @Test("the snippet starts a few words before the first match; case and diacritics are ignored")
    func window() {
        let snippets = SearchSnippet(query: "nunez")
        let body = "One two three four five six seven eight Mayor Núñez agreed.\n\nThe council met."
        let (text, highlights) = snippets.excerpt(title: "Council", body: body)
        #expect(text == "…six seven eight Mayor Núñez agreed.  The council met.")
        let scalars = Array(text.unicodeScalars)
        #expect(highlights.map { String(String.UnicodeScalarView(scalars[$0])) } == ["Núñez"])
    }

    @Test("prefixes and phrases mark their words; words after NOT are not marked")
    func terms() {
        let snippets = SearchSnippet(query: "cran* \"security advisers\" NOT port")
        let (text, highlights) = snippets.excerpt(
            title: "", body: "Security advisers left the port. The cranes came back.")
        let scalars = Array(text.unicodeScalars)
        #expect(
            highlights.map { String(String.UnicodeScalarView(scalars[$0])) } == ["Security", "advisers", "cranes"])
        #expect(SearchSnippet(query: "cran").excerpt(of: "The cranes came back.") == nil)
        let phrase = SearchSnippet(query: "\"four sources\"")
        let body =
            "Eleven sources agreed. " + String(repeating: "Filler words here. ", count: 10)
            + "Then four sources said no."
        #expect(phrase.excerpt(title: "", body: body).text.contains("four sources said no."))
    }

    @Test("a match only in the title gives the title; no match in the text gives its opening")
    func elsewhere() {
        let snippets = SearchSnippet(query: "budget")
        #expect(snippets.excerpt(title: "Council budget", body: "The advisers met.").text == "Council budget")
        #expect(
            SearchSnippet(query: "roe").excerpt(title: "Council", body: "The advisers met.") == (
                "The advisers met.", []
            ))
    }

    @Test("a word of a language without spaces is found inside its run")
    func unspacedScripts() {
        let (text, highlights) = SearchSnippet(query: "フェリー").excerpt(title: "", body: "白波港のフェリーは朝に出る。")
        let scalars = Array(text.unicodeScalars)
        #expect(highlights.map { String(String.UnicodeScalarView(scalars[$0])) } == ["フェリー"])
    }
}

extension SearchSnippetTests {
    @Test("a long run of Japanese is cut around its match")
    func longRun() {
        let run = String(repeating: "白波", count: 2_000) + "フェリー" + String(repeating: "港湾", count: 2_000)
        let (text, highlights) = SearchSnippet(query: "フェリー").excerpt(title: "", body: run + "。")
        #expect(text.unicodeScalars.count <= SearchSnippet.scalarsShown + 2)
        let scalars = Array(text.unicodeScalars)
        #expect(highlights.map { String(String.UnicodeScalarView(scalars[$0])) } == ["フェリー"])
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
    }
}
