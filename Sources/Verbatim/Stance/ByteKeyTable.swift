/// A read-only hash table from byte strings to small integers, looked up
/// straight from a byte buffer so that scoring never builds a `String` per token.
///
/// Each slot holds, beside the key's number, its length, part of its hash and its first eight
/// bytes: a key of eight bytes or fewer (most words) is found or refused with the slot's cache
/// line alone, without reading the key store.
struct ByteKeyTable: Sendable {
    /// All keys, end to end.
    private var keyBytes: [UInt8] = []
    /// Where each key starts in `keyBytes`; key `k` ends where key `k + 1` starts.
    private var keyStarts: [Int32] = [0]
    /// Open addressing, two words per slot. The first: the top `checkBits` of the key's hash
    /// (most mismatches fail on it), then the key's length (clamped to `lengthMask`), then key
    /// index + 1 in the low 32 bits (0 when empty). The second: the key's first eight bytes,
    /// little-endian, zero-padded.
    private var slots: [UInt64]
    /// Slot count - 1 (a power of two minus one).
    private var mask: Int

    /// Bits of the hash kept in a slot as a quick check.
    private static let checkBits: UInt64 = 24
    private static let checkShift: UInt64 = 64 - checkBits
    /// Lengths are kept in the 8 bits between the check and the index; longer keys read 255 there.
    private static let lengthMask: UInt64 = 0xFF
    private static let lengthShift: UInt64 = 32
    private static let indexMask: UInt64 = 0xFFFF_FFFF
    /// Bytes of a key held in its slot.
    private static let inlineBytes = 8

    /// Number of keys.
    var count: Int { keyStarts.count - 1 }

    /// - Parameter capacity: expected number of keys (the table grows when needed).
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size * 2)
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

    /// The slot's first word for a key with this hash and length, without its index.
    @inline(__always)
    private static func tag(hash: UInt64, length: Int) -> UInt64 {
        (hash >> checkShift) << checkShift | UInt64(min(length, Int(lengthMask))) << lengthShift
    }

    /// The key's first eight bytes, little-endian, zero-padded.
    @inline(__always)
    private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress else { return 0 }
        if key.count >= inlineBytes { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var value: UInt64 = 0
        for offset in 0..<key.count { value |= UInt64(base[offset]) << UInt64(offset * 8) }
        return value
    }

    /// The index of `key`, or `-1` when absent.
    /// - Complexity: O(*k*) in the key's length, expected.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        index(of: key, hash: Self.hash(key))
    }

    /// The index of `key`, whose `hash(_:)` the caller computed, or `-1` when absent.
    /// - Complexity: O(*k*) in the key's length, expected; one cache line for keys of eight bytes or fewer.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var slot = Self.slotHash(hash) & mask
        let tag = Self.tag(hash: hash, length: key.count)
        let prefix = Self.prefix(key)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let value = slots[slot &* 2]
                let entry = Int(value & Self.indexMask)
                if entry == 0 { return -1 }
                if value & ~Self.indexMask == tag && slots[slot &* 2 &+ 1] == prefix
                    && (key.count <= Self.inlineBytes || restEqual(entry - 1, key))
                {
                    return entry - 1
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether key `index`, whose first eight bytes match, equals `key` (longer than eight bytes).
    private func restEqual(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[index])
        guard Int(keyStarts[index + 1]) - start == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start + Self.inlineBytes, key.baseAddress! + Self.inlineBytes, key.count - Self.inlineBytes) == 0
        }
    }

    /// Whether a key with this `hash(_:)` may be present: false means absent, with no key bytes
    /// needed (one probe for most absent keys).
    /// - Complexity: O(1) expected.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool {
        var slot = Self.slotHash(hash) & mask
        let check = hash >> Self.checkShift
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let value = slots[slot &* 2]
                if value & Self.indexMask == 0 { return false }
                if value >> Self.checkShift == check { return true }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of `key`, or `-1` when absent.
    /// - Complexity: O(*k*) in the key's length, expected.
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
        if (count + 1) * 2 > mask + 1 { grow() }
        keyBytes += key
        keyStarts.append(Int32(keyBytes.count))
        let newIndex = count - 1
        place(newIndex)
        return newIndex
    }

    private mutating func place(_ keyIndex: Int) {
        let start = Int(keyStarts[keyIndex])
        let end = Int(keyStarts[keyIndex + 1])
        let (hash, prefix) = keyBytes.withUnsafeBufferPointer {
            let key = UnsafeBufferPointer(rebasing: $0[start..<end])
            return (Self.hash(key), Self.prefix(key))
        }
        var slot = Self.slotHash(hash) & mask
        while slots[slot * 2] != 0 { slot = (slot + 1) & mask }
        slots[slot * 2] = Self.tag(hash: hash, length: end - start) | UInt64(keyIndex + 1)
        slots[slot * 2 + 1] = prefix
    }

    private mutating func grow() {
        let size = (mask + 1) * 2
        slots = [UInt64](repeating: 0, count: size * 2)
        mask = size - 1
        for keyIndex in 0..<count { place(keyIndex) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
