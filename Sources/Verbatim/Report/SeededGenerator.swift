/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014): a small generator whose stream depends only on
/// its seed, so that bootstrap intervals are the same on every run and machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        // Constants of SplitMix64 as published by its authors.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count`. Uses the modulo, whose bias is below
    /// count / 2^64, far under what a bootstrap can notice.
    mutating func index(below count: Int) -> Int {
        Int(next() % UInt64(count))
    }
}
