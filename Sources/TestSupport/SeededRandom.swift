/// A repeatable stream of pseudo-random numbers for tests that compare a fast path with its
/// first version over random inputs: the same seed gives the same inputs on every run.
public enum SeededRandom {
    /// The next number below `bound`, stepping the linear congruential generator `state`.
    public static func next(_ state: inout UInt64, below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
