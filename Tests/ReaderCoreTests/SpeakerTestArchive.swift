import ArchiveStore
import ArticleAnalysis
import ArticleImport
import Foundation
import ReaderCore
import TestSupport

/// An in-memory archive for the speaker tests: the seed-like fixture (Ruben Castellano, four
/// sources, an official) and a later article quoting Castellano twice, analysed by the real
/// analyser, imported at a fixed date.
struct SpeakerTestArchive {
    let archive: Archive

    static let followUp = Article(
        title: "Corvan trainers leave the Velm airbase",
        bylines: ["Petra Lindqvist"],
        paragraphs: [
            "The last foreign trainers left Corvan on Sunday, officials said.",
            "\u{201C}This closes a long chapter,\u{201D} said Ruben Castellano, a historian at Northfield University.",
            "\u{201C}What comes next is less certain,\u{201D} Castellano said.",
            "Mara Eltz, a lawmaker, said she welcomed the departure.",
        ])

    init() throws {
        archive = try Archive.inMemory()
        let seed = try PlainTextParser.parse(bytes: Fixtures.bytes("seed-like.txt"), source: "seed-like.txt")
        _ = try archive.insert([seed], now: ReaderTestArchive.importDate)
        _ = try archive.insert([Self.followUp], now: ReaderTestArchive.importDate.addingTimeInterval(3600))
    }

    /// A session on the archive at `width`×`height`.
    func session(width: Int, height: Int) -> ReaderSession {
        ReaderSession(archive: archive, size: TerminalSize(width: width, height: height))
    }
}
