import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// Values the preparing threads now make more cheaply are the ones they made before.
@Suite("Preparation shortcuts")
struct PreparationShortcutTests {
    @Test("a source of visible ASCII is kept as the full check keeps it, and others are checked")
    func plainSources() {
        let pieces = [
            "a", "Z", "7", "/", ".", ":", "-", "_", "~", "%", "@", "?", "=", " ", "\t", "\n", "\u{7F}", "\u{1B}",
            "\u{A0}", "\u{2028}", "é", "港", "http://", "HTTPS://", "https:/", "Http://", "sample:", "x.txt",
        ]
        var state: UInt64 = 23
        for trial in 0..<5_000 {
            let source = (0..<SeededRandom.next(&state, below: trial % 10 == 0 ? 30 : 6)).map { _ in
                pieces[SeededRandom.next(&state, below: pieces.count)]
            }
            .joined()
            #expect(SourceAddress.normalised(source) == SourceAddress.checked(source), "\(source.debugDescription)")
            if SourceAddress.isPlainName(source) { #expect(SourceAddress.checked(source) == source) }
        }
    }

    @Test("an import's date is stored as GRDB formats it, whichever date was asked about before")
    func importDate() {
        let dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_765_000_000.123),
            Date(timeIntervalSince1970: 1_765_000_000.124), Date(timeIntervalSinceReferenceDate: -1),
        ]
        for date in dates + dates.reversed() + dates {
            #expect(ImportDateValue.shared.value(of: date) == date.databaseValue)
        }
    }
}
