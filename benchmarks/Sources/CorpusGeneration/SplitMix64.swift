/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast generator whose
/// output depends only on the seed, on every platform and Swift version.
///
/// The generator does not use `Int.random(in:using:)`, whose mapping from
/// random bits to a range is not promised to stay the same across Swift
/// releases: a corpus made from seed 1 must be the same corpus next year.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// The increment of SplitMix64's Weyl sequence (the golden ratio in 64-bit fixed point).
    private static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// The two multipliers of SplitMix64's output mix (from the reference implementation).
    private static let mixFirst: UInt64 = 0xBF58_476D_1CE4_E5B9
    private static let mixSecond: UInt64 = 0x94D0_49BB_1331_11EB

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= Self.golden
        var z = state
        z = (z ^ (z >> 30)) &* Self.mixFirst
        z = (z ^ (z >> 27)) &* Self.mixSecond
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (Lemire's multiply-high reduction; its bias, at
    /// most bound / 2^64, is far below anything a benchmark corpus could show).
    /// - Complexity: O(1).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    /// - Complexity: O(1).
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// One element of a non-empty array.
    /// - Complexity: O(1).
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// The numbers `0..<count` in random order (Fisher–Yates).
    /// - Complexity: O(*count*).
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        var index = count - 1
        while index > 0 {
            order.swapAt(index, below(index + 1))
            index -= 1
        }
        return order
    }
}
