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
    private var slots: [Int32] = []
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
    /// Most words kept: news text has a few thousand frequent words, which come first; each
    /// entry takes about 80 bytes, so a full cache stays within a megabyte and a half.
    static let capacity = 16_384
    /// Slots: twice the capacity, so that a full cache is half loaded and a probe for an absent
    /// word stops after one or two slots.
    private static let slotCount = capacity * 2

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

    /// Multipliers that spread the packed words over the slots (MurmurHash3's 64-bit finaliser
    /// constants, public domain).
    private static let lowMultiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
    private static let highMultiplier: UInt64 = 0xC4CE_B9FE_1A85_EC53
    /// Shift that folds a product's high bits (the well-mixed ones) into the slot index.
    private static let foldShift: UInt64 = 32

    @inline(__always)
    private static func firstSlot(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        var hash = (low &* lowMultiplier) ^ ((high &+ UInt64(length)) &* highMultiplier)
        hash ^= hash >> foldShift
        return Int(truncatingIfNeeded: hash) & (slotCount - 1)
    }

    /// The cached token of a word (offsets relative to its first byte), or nil.
    /// - Parameter owner: the tokenizer asking; a cache of another tokenizer has nothing for it.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func token(_ low: UInt64, _ high: UInt64, length: Int, owner: TokenizerIdentity) -> ValenceToken? {
        guard !slots.isEmpty, self.owner === owner else { return nil }
        return slots.withUnsafeBufferPointer { slots -> ValenceToken? in
            entries.withUnsafeBufferPointer { entries -> ValenceToken? in
                var slot = Self.firstSlot(low, high, length)
                while true {
                    let number = Int(slots[slot]) - 1
                    if number < 0 { return nil }
                    if entries[number].low == low && entries[number].high == high && entries[number].length == length {
                        return entries[number].token
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
            slots = [Int32](repeating: 0, count: Self.slotCount)
            entries.removeAll(keepingCapacity: true)
        }
        guard entries.count < Self.capacity else { return }
        var slot = Self.firstSlot(low, high, length)
        while slots[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
        entries.append(Entry(low: low, high: high, token: token, length: length))
        slots[slot] = Int32(entries.count)
    }
}

/// The identity of one tokenizer (its lexicon and style), which a `WordTokenCache` is filled for.
final class TokenizerIdentity: Sendable {
    /// - Complexity: O(1).
    init() {}
}
