import TestSupport
import Testing

@testable import ArchiveStore

/// `SmallStringMap` answers as a dictionary would, below and past its linear limit.
@Suite("Small string maps")
struct SmallStringMapTests {
    @Test("every look-up matches a dictionary's, for maps of 0 to 60 keys, nil values included")
    func matchesDictionary() {
        var state: UInt64 = 24
        // Names that share prefixes and differ in case, length and scripts beyond ASCII.
        let keys = (0..<60).map { index in
            ["Ana Lind", "ana lind", "Ana Lind-Ortiz", "Zoë Ñúñez", "李明", ""][index % 6] + String(index / 6)
        }
        for count in [0, 1, 2, SmallStringMap<Int?>.linearLimit, SmallStringMap<Int?>.linearLimit + 1, 60] {
            var map = SmallStringMap<Int?>()
            var dictionary: [String: Int?] = [:]
            for _ in 0..<(count * 3) {
                let key = keys[SeededRandom.next(&state, below: count)]
                if dictionary[key] == nil {
                    let value = SeededRandom.next(&state, below: 4) == 0 ? nil : SeededRandom.next(&state, below: 1_000)
                    map.add(value, for: key)
                    dictionary[key] = .some(value)
                }
                for probe in keys { #expect(map[probe] == dictionary[probe], "\(probe) with \(dictionary.count) keys") }
            }
        }
    }
}
