/// FNV-1a, 64 bits: a hash that is the same in every process, on every
/// machine and in every release, unlike Swift's `Hasher`, which is seeded
/// per process. Used for content hashes (resume) and shard assignment.
///
/// Not cryptographic: it detects changed documents and spreads ids evenly,
/// nothing more.
public struct StableHash: Sendable, Hashable {
    /// FNV-1a 64-bit offset basis (Fowler, Noll and Vo, IETF draft-eastlake-fnv).
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a 64-bit prime, from the same source.
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    public private(set) var value: UInt64 = StableHash.offsetBasis

    public init() {}

    /// Mixes in `bytes`.
    /// - Complexity: O(*n*) in the number of bytes.
    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* Self.prime
        }
        value = hash
    }

    /// Mixes in the UTF-8 bytes of `string`.
    /// - Complexity: O(*n*) in the length of the string.
    public mutating func combine(_ string: String) {
        var string = string
        string.withUTF8 { combine(bytes: $0) }
    }

    /// Mixes in a separator byte that no UTF-8 text contains, so that
    /// `("ab", "c")` and `("a", "bc")` hash differently.
    public mutating func combineSeparator() {
        combine(bytes: CollectionOfOne(0xFF))
    }

    /// The hash of the UTF-8 bytes of `string`.
    /// - Complexity: O(*n*) in the length of the string.
    public static func of(_ string: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(string)
        return hash.value
    }

    /// Sixteen lowercase hexadecimal digits.
    public var hexDigits: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
