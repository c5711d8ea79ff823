/// A deterministic pseudo-random generator (SplitMix64): the same seed gives the same
/// sequence on every machine and every run.
///
/// The standard library's `SystemRandomNumberGenerator` cannot be seeded, and the synthetic
/// archive must be reproducible, so every choice the generator makes comes from here.
public struct SeededGenerator: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0), without modulo bias worth measuring.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + next(below: range.count)
    }

    /// `true` with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool {
        next(below: 100) < percent
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[next(below: elements.count)]
    }

    /// An element of a non-empty array, early elements far more likely than late ones
    /// (roughly Zipf-like), as word and name frequencies are in real text.
    public mutating func pickSkewed<Element>(_ elements: [Element]) -> Element {
        let first = next(below: elements.count)
        let second = next(below: first + 1)
        return elements[next(below: second + 1)]
    }
}
