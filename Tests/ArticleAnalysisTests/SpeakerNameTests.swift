import ArticleAnalysis
import Testing

@Suite("Speaker name keys")
struct SpeakerNameTests {
    @Test(
        "spellings of one person share a key",
        arguments: [
            ("Ana Núñez", "ana nunez"),
            ("ANA NUNEZ", "ana nunez"),
            ("Dr. Ana Núñez", "ana nunez"),
            ("Dr Ana  Núñez,", "ana nunez"),
            ("Prime Minister Helena Dusovic", "helena dusovic"),
            ("Mr. Ruben Castellano Jr.", "ruben castellano"),
            ("the President", "president"),
            ("Sen.\u{00A0}Ola Berg", "ola berg"),
            ("Maeve O’Rourke", "maeve o'rourke"),
            ("Maeve O'Rourke", "maeve o'rourke"),
            ("Jean\u{2011}Luc Amiel", "jean-luc amiel"),
            ("Ｋａｉ Ｒｏｓｓ", "kai ross"),
            ("\u{201C}Ruben Castellano\u{201D}", "ruben castellano"),
        ])
    func sameKey(name: String, key: String) {
        #expect(SpeakerName.key(name) == key)
    }

    @Test("a title alone stays a name, and nothing but punctuation gives an empty key")
    func edges() {
        #expect(SpeakerName.key("Mayor") == "mayor")
        #expect(SpeakerName.key("Dr.") == "dr")
        #expect(SpeakerName.key(" ., ") == "")
        #expect(SpeakerName.key("") == "")
    }

    @Test("different people keep different keys")
    func distinct() {
        #expect(SpeakerName.key("Ana Núñez") != SpeakerName.key("Ana Núñez Ortega"))
        #expect(SpeakerName.key("Dr. Ola Berg") != SpeakerName.key("Dr. Ola Bergh"))
    }
}
