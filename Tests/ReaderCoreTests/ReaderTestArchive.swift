import ArchiveStore
import ArticleAnalysis
import Foundation
import ReaderCore

/// An in-memory archive with the articles the reader tests use, imported at a fixed date.
struct ReaderTestArchive {
    /// The import date of every article: 2026-01-01 (UTC).
    static let importDate = Date(timeIntervalSince1970: 1_767_225_600)

    let archive: Archive

    /// The articles, oldest first; the list shows them newest first.
    static let articles: [Article] = [
        Article(
            title: "Breaking\u{1B}]0;pwned\u{07} update on the ferry timetable",
            paragraphs: ["The ferry timetable\u{1B}[2J changes on Monday, the operator said."]),
        Article(
            title: "東京湾の水先案内人がストライキを終了",
            paragraphs: ["港湾当局は声明で「交渉は続く」と述べた。 The harbour café 🚢 reopened; cafe\u{301} tables were full."]),
        longRead,
        Article(
            title: "Harbour pilots end two-week strike at Tessaly port",
            bylines: ["Oskar Melnyk"],
            paragraphs: [
                "Harbour pilots at the port of Tessaly returned to work on Friday after a two-week strike that left "
                    + "more than forty ships waiting offshore, according to three people familiar with the talks.",
                "\u{201C}We are back because the port needs us, not because anything has been fixed,\u{201D} said "
                    + "Dagny Sorensen, who leads the pilots\u{2019} union.",
                "The port authority agreed to review rest rules within a month, two officials said.",
                "Shipping agents welcomed the deal. \u{201C}Every day of delay cost our clients dearly,\u{201D} one "
                    + "agent told reporters.",
            ]),
    ]

    /// A long article: 40 numbered paragraphs, a quote in every seventh.
    static let longRead = Article(
        title: "The long read: a year on the Tessaly tide tables",
        bylines: ["Mira Tallis"],
        paragraphs: (1...40).map { number in
            var paragraph =
                "Paragraph \(number) of the long read follows the pilots through the tide tables, "
                + "the night shifts and the fog that rolls in from the estuary."
            if number % 7 == 0 {
                paragraph += " \u{201C}Quote number \(number) is about the fog,\u{201D} said Jonas Brekke."
            }
            return paragraph
        })

    init(extraArticles: Int = 0) throws {
        archive = try Archive.inMemory()
        _ = try archive.insert(ReaderTestArchive.articles, now: ReaderTestArchive.importDate)
        if extraArticles > 0 {
            let filler = (1...extraArticles).map { number in
                Article(title: "Filler article \(number)", paragraphs: ["Filler body \(number)."])
            }
            _ = try archive.insert(filler, now: ReaderTestArchive.importDate)
        }
    }

    /// A session on the archive at `width`×`height`.
    func session(width: Int, height: Int) -> ReaderSession {
        ReaderSession(archive: archive, size: TerminalSize(width: width, height: height))
    }

    /// The id of the article titled `title`.
    func id(of title: String) throws -> Int64 {
        try archive.summaries(limit: 1000).first { $0.title == title }!.id
    }
}

extension ReaderSession {
    /// Presses each key of `keys` (by key name) in turn.
    func press(_ keys: String...) {
        for name in keys { handle(.key(Key(name: name)!)) }
    }

    /// The screen rows as text.
    var rows: [String] { screen.rows }

    /// Whether some row of the screen contains `text`.
    func shows(_ text: String) -> Bool {
        rows.contains { $0.contains(text) }
    }
}
