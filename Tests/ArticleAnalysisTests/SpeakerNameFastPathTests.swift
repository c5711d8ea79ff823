import Testing

@testable import ArticleAnalysis

@Suite("Speaker name keys: ASCII fast path")
struct SpeakerNameFastPathTests {
    @Test(
        "ASCII names give the same words by both paths",
        arguments: [
            "Dr. Ana Lind", "  ana   lind, Jr. ", "(Ana) Lind!", "O`Brien", "Mr. O'Neil-Smith", "The President",
            "Sen. J.D. Vance", "#hash tag$", "...", "x", "Jean-Luc  Picard\t", "A_B c~d",
        ])
    func samePaths(name: String) {
        #expect(SpeakerName.asciiWords(name) == SpeakerName.unicodeWords(name))
    }
}
