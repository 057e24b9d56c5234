/// The tokens a tokenizer already made from words as written, kept by a workspace from text to
/// text: a word met again (`the`, `said`, `Russia,`) is copied instead of being cut, lowercased,
/// hashed and looked up in the lexicon again.
///
/// A token depends on the word's bytes (between two separators, punctuation included), the
/// lexicon and the tokenization style alone, so a copy is the token the tokenizer would make:
/// output does not depend on what the cache holds. Its offsets are kept relative to the word's
/// first byte. Words of at most `longestWord` bytes are kept, as two 64-bit words compared
/// whole; the cache stops growing at `capacity` words, which the frequent words of news text fill
/// first.
struct WordTokenCache {
    /// The tokenizer whose tokens these are (a workspace may serve a scorer of another style or
    /// lexicon); held so that its identity cannot be reused by another while the cache lives.
    private var owner: TokenizerIdentity?
    /// Open addressing slots: entry number + 1, 0 when empty (allocated at the first insert).
    private var slots: [UInt32] = []
    /// The words kept, in the order met: together, so that a hit reads one place in memory.
    private var entries: [Entry] = []

    /// A word's bytes (first eight, next eight; zero-padded), its length, its token.
    private struct Entry {
        var low: UInt64
        var high: UInt64
        var token: ValenceToken
        var length: Int
    }

    /// Longest word kept, in bytes: two 64-bit words. News words are shorter but for a few.
    static let longestWord = 16
    /// Most words kept: news text has a few thousand frequent words, which come first, and a
    /// long tail. An entry takes about 90 bytes, so a full cache takes about 1.5 MB (a quarter of
    /// it ran as fast on PolNeAR train). At most `numberMask` - 1.
    static let capacity = 16_384
    /// Slots: twice the capacity (`slotBits`), so that a full cache is half loaded and a probe for an absent
    /// word stops after one or two slots.
    private static let slotCount = 1 << slotBits

    /// An empty cache (allocates nothing).
    /// - Complexity: O(1).
    init() {}

    /// The word's bytes as two zero-padded little-endian 64-bit words.
    /// - Precondition: `range.count <= longestWord`.
    /// - Complexity: O(1).
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let count = range.count
        if range.lowerBound + 8 <= bytes.count {
            low = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
            if count < 8 { low &= (1 &<< UInt64(count * 8)) &- 1 }
        } else {
            for offset in 0..<min(count, 8) { low |= UInt64(bytes[range.lowerBound + offset]) &<< UInt64(offset * 8) }
        }
        if count > 8 {
            let second = range.lowerBound + 8
            if second + 8 <= bytes.count {
                high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: second, as: UInt64.self))
                if count < 16 { high &= (1 &<< UInt64((count - 8) * 8)) &- 1 }
            } else {
                for offset in 0..<(count - 8) { high |= UInt64(bytes[second + offset]) &<< UInt64(offset * 8) }
            }
        }
        return (low, high)
    }

    /// Multipliers of MurmurHash3's 64-bit finaliser (Austin Appleby, public domain), which spreads
    /// every input bit over the whole hash.
    private static let finalMultipliers: (UInt64, UInt64) = (0xFF51_AFD7_ED55_8CCD, 0xC4CE_B9FE_1A85_EC53)
    private static let finalShift: UInt64 = 33
    /// Rotation that keeps the second eight bytes from cancelling the first when they are mixed.
    private static let highRotation: UInt64 = 29
    /// Slot bits: `slotCount` is 2 to this power.
    private static let slotBits = 15
    /// A slot holds the entry number + 1 in its low 16 bits and the hash's low 16 bits in its high
    /// 16, so that most probes of an absent word fail on the slot alone, without reading an entry.
    private static let numberMask: UInt32 = 0xFFFF
    private static let tagShift: UInt32 = 16

    @inline(__always)
    private static func hash(_ low: UInt64, _ high: UInt64, _ length: Int) -> UInt64 {
        var hash = low ^ ((high << highRotation) | (high >> (64 - highRotation))) ^ UInt64(length)
        hash ^= hash >> finalShift
        hash &*= finalMultipliers.0
        hash ^= hash >> finalShift
        hash &*= finalMultipliers.1
        hash ^= hash >> finalShift
        return hash
    }

    /// The cached token of a word (offsets relative to its first byte), or nil.
    /// - Parameter owner: the tokenizer asking; a cache of another tokenizer has nothing for it.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func token(_ low: UInt64, _ high: UInt64, length: Int, owner: TokenizerIdentity) -> ValenceToken? {
        guard !slots.isEmpty, self.owner === owner else { return nil }
        let hash = Self.hash(low, high, length)
        let tag = UInt32(truncatingIfNeeded: hash) << Self.tagShift
        return slots.withUnsafeBufferPointer { slots -> ValenceToken? in
            entries.withUnsafeBufferPointer { entries -> ValenceToken? in
                var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.slotBits))
                while true {
                    let value = slots[slot]
                    if value == 0 { return nil }
                    if value & ~Self.numberMask == tag {
                        let number = Int(value & Self.numberMask) - 1
                        if entries[number].low == low && entries[number].high == high && entries[number].length == length {
                            return entries[number].token
                        }
                    }
                    slot = (slot + 1) & (Self.slotCount - 1)
                }
            }
        }
    }

    /// Keeps a word's token (offsets relative to its first byte), unless the cache is full. A
    /// cache of another tokenizer is emptied first.
    /// - Complexity: O(1) expected; O(`slotCount`) when the cache is first used or changes owner.
    mutating func insert(_ low: UInt64, _ high: UInt64, length: Int, token: ValenceToken, owner: TokenizerIdentity) {
        if self.owner !== owner || slots.isEmpty {
            self.owner = owner
            slots = [UInt32](repeating: 0, count: Self.slotCount)
            entries.removeAll(keepingCapacity: true)
        }
        guard entries.count < Self.capacity else { return }
        let hash = Self.hash(low, high, length)
        var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.slotBits))
        while slots[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
        entries.append(Entry(low: low, high: high, token: token, length: length))
        slots[slot] = (UInt32(truncatingIfNeeded: hash) << Self.tagShift) | UInt32(entries.count)
    }
}

/// The identity of one tokenizer (its lexicon and style), which a `WordTokenCache` is filled for.
final class TokenizerIdentity: Sendable {
    /// - Complexity: O(1).
    init() {}
}
