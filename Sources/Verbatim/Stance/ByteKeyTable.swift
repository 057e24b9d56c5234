/// A read-only hash table from byte strings to small integers, looked up
/// straight from a byte buffer so that scoring never builds a `String` per token.
struct ByteKeyTable: Sendable {
    /// All keys, end to end.
    private var keyBytes: [UInt8] = []
    /// Where each key starts in `keyBytes`; key `k` ends where key `k + 1` starts.
    private var keyStarts: [Int32] = [0]
    /// Open addressing slots: key index + 1, or 0 when empty.
    private var slots: [Int32]
    private var mask: Int

    /// Number of keys.
    var count: Int { keyStarts.count - 1 }

    /// - Parameter capacity: expected number of keys (the table grows when needed).
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// FNV-1a over the bytes: cheap, and good enough spread for word keys.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    /// The index of `key`, or `-1` when absent.
    /// - Complexity: O(*k*) in the key's length, expected.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        var slot = Self.hash(key) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return -1 }
                let start = Int(keyStarts[entry - 1])
                let end = Int(keyStarts[entry])
                if end - start == key.count && (key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0) {
                    return entry - 1
                }
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
        var slot = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) } & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(keyIndex + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for keyIndex in 0..<count { place(keyIndex) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
