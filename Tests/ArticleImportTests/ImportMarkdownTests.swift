import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// Markdown notes as articles.
@Suite struct ImportMarkdownTests {
    @Test func frontMatterGivesTitleAuthorAndDate() throws {
        let article = try MarkdownArticleParser.parse(bytes: Fixtures.bytes("Import/note.md"), source: "note.md")

        #expect(article.title == "Orchard growers test frost fans")
        #expect(article.bylines == ["Priya Lindgren"])
        #expect(article.publishedAt == ISO8601DateFormatter().date(from: "2026-02-11T00:00:00Z"))
        #expect(
            article.paragraphs == [
                "A heading that is not the title",
                "Fruit growers in the Hallen valley are trying a new defence against late frost: tall fans that push warmer air down onto the blossoms on still, cold nights.",
                "“The fans bought us three degrees on the worst night of last spring.",
                "“Without them we would have lost the whole early crop.”",
                "Grower Matthias Obi said the first two fans were paid for by a regional fund and that neighbours had been \"sceptical, then curious, then jealous\".",
                "Each fan costs about 40,000 euros.",
                "One fan covers roughly five hectares.",
                "The valley cooperative will decide in June whether to buy six more.",
            ])
    }

    @Test func firstHeadingIsTheTitleAndByLineTheByline() throws {
        let markdown = """
            Some intro line before the heading.

            Setext Title
            ============

            By Arno Keller

            Body with `code`, __strong__ and snake_case_name kept.
            """

        let article = try MarkdownArticleParser.parse(bytes: Array(markdown.utf8), source: nil)

        #expect(article.title == "Setext Title")
        #expect(article.bylines == ["Arno Keller"])
        #expect(
            article.paragraphs == [
                "Some intro line before the heading.", "Body with code, strong and snake_case_name kept.",
            ])
    }

    @Test(arguments: [
        ("[text](https://x.example) and [ref][1]\n\n[1]: https://ref.example", "text and ref"),
        ("![alt](a.png) after", "after"),
        ("<https://auto.example/link>", "https://auto.example/link"),
        ("a <em>b</em> c < d", "a b c < d"),
        ("\\*not emphasis\\*", "*not emphasis*"),
        ("~~gone~~ **bold** *it*", "gone bold it"),
        ("[sic] stays", "[sic] stays"),
        ("Fish &amp; chips &#8212; cheap", "Fish & chips \u{2014} cheap"),
    ])
    func inlineMarkupIsReducedToText(markdown: String, text: String) {
        #expect(MarkdownBlockReader.blocks(of: markdown) == [MarkdownBlock(text: text)])
    }

    @Test func nestedBlockQuotesAreQuotedOnceAndHeadingsInsideAreParagraphs() {
        let markdown = "> ## Inside\n\n> > Deeper words.\n\n```\nlet  x = 1\n```\n\n<div>\nRaw <b>HTML</b>\n</div>\n"

        #expect(
            MarkdownBlockReader.blocks(of: markdown) == [
                MarkdownBlock(text: "\u{201C}Inside\u{201D}"), MarkdownBlock(text: "\u{201C}Deeper words.\u{201D}"),
                MarkdownBlock(text: "let x = 1"), MarkdownBlock(text: "Raw HTML"),
            ])
    }

    /// 16,000 nested links (80 KB) took 74 s and 10.5 GB in the hand-written scanner.
    @Test(.timeLimit(.minutes(1)))
    func deeplyNestedLinksImportInBoundedTime() throws {
        let markdown =
            "# Nested links\n\n" + String(repeating: "[", count: 16_000) + "x"
            + String(repeating: "](u)", count: 16_000) + "\n"

        let article = try MarkdownArticleParser.parse(bytes: Array(markdown.utf8), source: nil)

        #expect(article.title == "Nested links")
        #expect(article.paragraphs.count == 1)
        #expect(article.paragraphs[0].contains("x"))
    }

    /// About 28,000 nested block quotes overflowed the stack of the recursive block scanner.
    @Test(.timeLimit(.minutes(1)))
    func deeplyNestedBlockQuotesImportWithoutRecursion() throws {
        let markdown = "# Nested quotes\n\n" + String(repeating: ">", count: 30_000) + " Innermost words.\n"

        let article = try MarkdownArticleParser.parse(bytes: Array(markdown.utf8), source: nil)

        #expect(article.paragraphs == ["\u{201C}Innermost words.\u{201D}"])
    }

    @Test func noteWithOnlyATitleHasNoBody() {
        #expect(throws: ImportError.input(.noBody)) {
            try MarkdownArticleParser.parse(bytes: Array("# Only a title\n".utf8), source: nil)
        }
    }
}
