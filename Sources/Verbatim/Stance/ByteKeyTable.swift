/// A read-only hash table from byte strings to small integers, looked up
/// straight from a byte buffer so that scoring never builds a `String` per token.
struct ByteKeyTable: Sendable {
    /// All keys, end to end.
    private var keyBytes: [UInt8] = []
    /// Where each key starts in `keyBytes`; key `k` ends where key `k + 1` starts.
    private var keyStarts: [Int32] = [0]
    /// Open addressing slots: the high half of the key's hash (most mismatches fail on it, before
    /// `memcmp`) in the upper 32 bits, key index + 1 in the lower (0 when empty); one load per probe.
    private var slots: [UInt64]
    private var mask: Int

    /// Number of keys.
    var count: Int { keyStarts.count - 1 }

    /// - Parameter capacity: expected number of keys (the table grows when needed).
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// FNV-1a's starting value and prime: cheap, and good enough spread for word keys.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let hashPrime: UInt64 = 0x0000_0100_0000_01B3

    /// One FNV-1a step, so that callers can hash while they copy a key.
    @inline(__always)
    static func hashStep(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* hashPrime
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = hashSeed
        for byte in key { value = hashStep(value, byte) }
        return value
    }

    @inline(__always)
    private static func slotHash(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    /// The index of `key`, or `-1` when absent.
    /// - Complexity: O(*k*) in the key's length, expected.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        index(of: key, hash: Self.hash(key))
    }

    /// The index of `key`, whose `hash(_:)` the caller computed, or `-1` when absent.
    /// - Complexity: O(*k*) in the key's length, expected.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var slot = Self.slotHash(hash) & mask
        let check = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            keyStarts.withUnsafeBufferPointer { starts in
                keyBytes.withUnsafeBufferPointer { stored in
                    while true {
                        let value = slots[slot]
                        let entry = Int(value & 0xFFFF_FFFF)
                        if entry == 0 { return -1 }
                        if value >> 32 == check {
                            let start = Int(starts[entry - 1])
                            let end = Int(starts[entry])
                            if end - start == key.count
                                && (key.isEmpty || Self.bytesEqual(stored.baseAddress! + start, key.baseAddress!, key.count))
                            {
                                return entry - 1
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Keys this long or shorter (most words) are compared byte by byte: calling `memcmp` costs
    /// more than the comparison.
    private static let inlineCompareLimit = 16

    @inline(__always)
    private static func bytesEqual(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard count <= inlineCompareLimit else { return memcmp(left, right, count) == 0 }
        for offset in 0..<count where left[offset] != right[offset] { return false }
        return true
    }

    /// Whether a key with this `hash(_:)` may be present: false means absent, with no key bytes
    /// needed (one probe for most absent keys).
    /// - Complexity: O(1) expected.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool {
        var slot = Self.slotHash(hash) & mask
        let check = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let value = slots[slot]
                if value & 0xFFFF_FFFF == 0 { return false }
                if value >> 32 == check { return true }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of `key`, or `-1` when absent.
    func index(of key: String) -> Int {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Adds `key` when absent.
    /// - Returns: the key's index (new or existing).
    /// - Complexity: amortised O(*k*).
    @discardableResult
    mutating func insert(_ key: [UInt8]) -> Int {
        let existing = key.withUnsafeBufferPointer { index(of: $0) }
        if existing >= 0 { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        keyBytes += key
        keyStarts.append(Int32(keyBytes.count))
        let newIndex = count - 1
        place(newIndex)
        return newIndex
    }

    private mutating func place(_ keyIndex: Int) {
        let start = Int(keyStarts[keyIndex])
        let end = Int(keyStarts[keyIndex + 1])
        let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        var slot = Self.slotHash(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(keyIndex + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for keyIndex in 0..<count { place(keyIndex) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
