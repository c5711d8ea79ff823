import ReaderCore
import Testing

/// Display columns of grapheme clusters and strings.
@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "one grapheme cluster",
        arguments: [
            ("a", 1), ("é", 1), ("e\u{301}", 1), ("漢", 2), ("한", 2), ("Ａ", 2), ("ｱ", 1), ("😀", 2),
            ("👍🏽", 2), ("👩\u{200D}🚀", 2), ("🏛\u{FE0F}", 2), ("👁\u{200D}🗨", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("☺", 1),
            ("☺\u{FE0F}", 2), ("🇳🇴", 2), ("\u{301}", 0),
            ("\u{200D}", 0), ("\u{1B}", 0), ("␛", 1), ("„", 1), ("「", 2),
        ] as [(Character, Int)])
    func cluster(character: Character, width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }

    @Test(
        "strings",
        arguments: [
            ("", 0), ("hello", 5), ("東京湾", 6), ("cafe\u{301}", 4), ("a😀b", 4), ("「交渉は続く」", 14),
        ])
    func string(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}
