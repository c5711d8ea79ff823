import ArticleAnalysis
import Testing

@testable import ArchiveStore

/// The shared cache of speaker keys gives `SpeakerName.indexKey`'s answers and stays bounded.
@Suite("Speaker key cache")
struct SpeakerKeyCacheTests {
    @Test("a name's key is SpeakerName's, the first time and from the cache, nil included")
    func sameKeys() {
        let cache = SpeakerKeyCache(capacity: 100)
        let names = ["Ana Lind", "Dr. Ana Lind", "the President", "Zoë Ñúñez-Ortiz", "...", "ANA  LIND", "Ana Lind"]
        for _ in 0..<2 {
            for name in names { #expect(cache.indexKey(name) == SpeakerName.indexKey(name), "\(name)") }
        }
        #expect(cache.count == Set(names).count)
    }

    @Test("the cache forgets everything when full, and still answers")
    func bounded() {
        let cache = SpeakerKeyCache(capacity: 10)
        for index in 0..<25 {
            let name = "Speaker \(index) Lind"
            #expect(cache.indexKey(name) == SpeakerName.indexKey(name))
            #expect(cache.count <= 10)
        }
    }
}
