/// A read-only hash table from byte strings to small integers, looked up
/// straight from a byte buffer so that scoring never builds a `String` per token.
///
/// Kept small so that it stays in cache while a text is scored: a slot is four bytes (part of
/// the key's hash and the key's number), and a key's first eight bytes are kept by number, so a
/// word of eight bytes or fewer (most words) is refused with one slot read, or found with one
/// more read, without touching the key store.
struct ByteKeyTable: Sendable {
    /// All keys, end to end.
    private var keyBytes: [UInt8] = []
    /// Where each key starts in `keyBytes`; key `k` ends where key `k + 1` starts.
    private var keyStarts: [Int32] = [0]
    /// Each key's first eight bytes, little-endian, zero-padded, by key number.
    private var prefixes: [UInt64] = []
    /// Open addressing slots: the top 16 bits of the key's hash (most mismatches fail on them)
    /// in the upper half, key number + 1 in the lower (0 when empty).
    private var slots: [UInt32]
    /// One bit per hash value (`filterBitsPerSlot` bits per slot, so about one in 32 absent
    /// keys finds its bit set at half load): `mayContain` refuses most absent keys with one bit.
    private var filter: [UInt64]
    /// Slot count - 1 (a power of two minus one).
    private var mask: Int

    private static let checkMask: UInt32 = 0xFFFF_0000
    private static let numberMask: UInt32 = 0x0000_FFFF
    /// Most keys a table holds: numbers + 1 fit the slot's lower 16 bits.
    static let maximumCount = Int(numberMask) - 1
    /// Bits of `filter` per slot.
    private static let filterBitsPerSlot = 16
    /// Where `filter`'s bit index starts in the hash: clear of the slot index's low bits and of
    /// the check's top 16 bits.
    private static let filterShift: UInt64 = 20
    /// Bytes of a key kept in `prefixes`.
    private static let inlineBytes = 8
    /// Most slots in use, in tenths of the table: at half full, a key that is absent (most words
    /// the finder and the tokenizer look up) is refused after two or three probes on average.
    private static let maximumLoadTenths = 5

    /// Number of keys.
    var count: Int { keyStarts.count - 1 }

    /// - Parameter capacity: expected number of keys (the table grows when needed).
    init(capacity: Int = 64) {
        var size = 16
        while size * Self.maximumLoadTenths < capacity * 10 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        filter = [UInt64](repeating: 0, count: size * Self.filterBitsPerSlot / 64)
        mask = size - 1
        // Room for the expected keys up front: a document's table of speaker words would
        // otherwise grow its arrays several times.
        keyStarts.reserveCapacity(capacity + 1)
        prefixes.reserveCapacity(capacity)
        keyBytes.reserveCapacity(capacity * Self.reservedBytesPerKey)
    }

    /// Bytes reserved per expected key: a name word's length, with room to spare.
    private static let reservedBytesPerKey = 8

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

    /// The bit of `filter` for a key with this hash.
    @inline(__always)
    private func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> Self.filterShift) & (filter.count * 64 - 1)
    }

    /// The slot's check bits for a key with this hash.
    @inline(__always)
    private static func check(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 48) << 16
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
    /// - Complexity: O(*k*) in the key's length, expected.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        var slot = Self.slotHash(hash) & mask
        let check = Self.check(hash)
        let prefix = Self.prefix(key)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let value = slots[slot]
                if value == 0 { return -1 }
                if value & Self.checkMask == check {
                    let number = Int(value & Self.numberMask) - 1
                    if prefixes[number] == prefix && matches(number, key) { return number }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether key `number`, whose first eight bytes match, equals `key`.
    @inline(__always)
    private func matches(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keyStarts.withUnsafeBufferPointer { starts in
            let start = Int(starts[number])
            guard Int(starts[number + 1]) - start == key.count else { return false }
            guard key.count > Self.inlineBytes else { return true }
            return keyBytes.withUnsafeBufferPointer { stored in
                memcmp(stored.baseAddress! + start + Self.inlineBytes, key.baseAddress! + Self.inlineBytes, key.count - Self.inlineBytes) == 0
            }
        }
    }

    /// Whether a key with this `hash(_:)` may be present: false means absent, with no key bytes
    /// needed (one probe for most absent keys).
    /// - Complexity: O(1) expected.
    @inline(__always)
    func mayContain(hash: UInt64) -> Bool {
        let bit = filterBit(hash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        var slot = Self.slotHash(hash) & mask
        let check = Self.check(hash)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let value = slots[slot]
                if value == 0 { return false }
                if value & Self.checkMask == check { return true }
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

    /// Removes every key, keeping the room allocated.
    /// - Complexity: O(*s*) in the number of slots.
    mutating func removeAll() {
        keyBytes.removeAll(keepingCapacity: true)
        keyStarts.removeAll(keepingCapacity: true)
        keyStarts.append(0)
        prefixes.removeAll(keepingCapacity: true)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        filter.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Adds `key` when absent.
    /// - Returns: the key's index (new or existing).
    /// - Complexity: amortised O(*k*).
    @discardableResult
    mutating func insert(_ key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { insert($0) }
    }

    /// Adds `key` (bytes the caller keeps) when absent.
    /// - Returns: the key's index (new or existing).
    /// - Complexity: amortised O(*k*).
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let existing = index(of: key)
        if existing >= 0 { return existing }
        precondition(count < Self.maximumCount, "ByteKeyTable holds at most \(Self.maximumCount) keys")
        if (count + 1) * 10 > (mask + 1) * Self.maximumLoadTenths { grow() }
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        prefixes.append(Self.prefix(key))
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
        slots[slot] = Self.check(hash) | UInt32(keyIndex + 1)
        let bit = filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: (mask + 1) * 2)
        filter = [UInt64](repeating: 0, count: slots.count * Self.filterBitsPerSlot / 64)
        mask = slots.count - 1
        for keyIndex in 0..<count { place(keyIndex) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
