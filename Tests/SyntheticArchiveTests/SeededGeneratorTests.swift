import SyntheticArchive
import Testing

@Suite("Seeded generator")
struct SeededGeneratorTests {
    @Test("a seed fixes the sequence")
    func sequence() {
        var first = SeededGenerator(seed: 1)
        var second = SeededGenerator(seed: 1)
        let a = (0..<100).map { _ in first.next() }
        let b = (0..<100).map { _ in second.next() }
        #expect(a == b)
        #expect(Set(a).count == 100)
    }

    @Test("bounded numbers stay in range and cover it")
    func bounded() {
        var random = SeededGenerator(seed: 99)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = random.next(in: 3...9)
            #expect((3...9).contains(value))
            seen.insert(value)
        }
        #expect(seen == Set(3...9))
    }

    @Test("skewed picks favour early elements")
    func skewed() {
        var random = SeededGenerator(seed: 5)
        let elements = Array(0..<20)
        var counts = [Int](repeating: 0, count: 20)
        for _ in 0..<10_000 { counts[random.pickSkewed(elements)] += 1 }
        #expect(counts[0] > counts[10] * 3)
        #expect(counts[19] > 0)
    }
}
