import Foundation

/// A list of words and phrases read from a lexicon file, matched against
/// `LexicalToken`s by their case-folded keys.
///
/// File format (see `lexicons/README.md`): UTF-8, one entry a line; words of
/// a phrase separated by spaces; `#` starts a comment line; blank lines are
/// skipped. An entry may carry a tag after a tab (`said<TAB>bare`); the tags
/// of an entry are kept with it.
public struct PhraseLexicon: Sendable {
    /// A phrase: its word keys and its tags.
    ///
    /// The fields live in one shared immutable box, so that handing an entry
    /// out of a look-up costs one reference count instead of three.
    public struct Entry: Sendable, Hashable {
        private final class Storage: Sendable {
            let keys: [UInt64]
            let text: String
            let tags: Tags
            init(keys: [UInt64], text: String, tags: Tags) {
                self.keys = keys
                self.text = text
                self.tags = tags
            }
        }
        private var storage: Storage

        /// - Complexity: O(1).
        public init(keys: [UInt64], text: String, tags: Set<String>) {
            storage = Storage(keys: keys, text: text, tags: Tags(tags))
        }

        public var keys: [UInt64] {
            get { storage.keys }
            set { storage = Storage(keys: newValue, text: text, tags: tags) }
        }
        public var text: String {
            get { storage.text }
            set { storage = Storage(keys: keys, text: newValue, tags: tags) }
        }
        public var tags: Tags {
            get { storage.tags }
            set { storage = Storage(keys: keys, text: text, tags: newValue) }
        }

        public static func == (left: Entry, right: Entry) -> Bool {
            left.storage === right.storage
                || (left.keys == right.keys && left.text == right.text && left.tags == right.tags)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(keys)
            hasher.combine(text)
            hasher.combine(tags)
        }
    }

    /// The tags of an entry (`bare`, `source`, `person`, ...).
    ///
    /// An entry has one to three tags, so a membership test compares the few
    /// names directly: tag names are short enough for Swift's inline small
    /// strings, and comparing two of them is cheaper than hashing one, which
    /// `Set<String>.contains` did on every rule's test of a cue.
    public struct Tags: Sendable, Hashable, Sequence {
        /// The names, sorted (so that equal tag sets compare and hash equal).
        private let names: [String]

        /// - Complexity: O(*t* log *t*) in the number of tags.
        public init(_ names: Set<String>) {
            self.names = names.sorted()
        }

        /// True when the entry carries `tag`.
        /// - Complexity: O(*t*) in the number of tags.
        @inline(__always)
        public func contains(_ tag: String) -> Bool {
            for name in names where name == tag { return true }
            return false
        }

        public var isEmpty: Bool { names.isEmpty }
        public var count: Int { names.count }

        /// - Complexity: O(1).
        public func makeIterator() -> IndexingIterator<[String]> { names.makeIterator() }
    }

    /// One slot of the open-addressing table from a first-word key to the
    /// entries starting with it (`count` 0: an empty slot).
    private struct Slot {
        var key: UInt64 = 0
        /// First position in `orderedEntries` of the key's entries.
        var start: Int32 = 0
        var count: Int32 = 0
        /// True when one of the key's entries is that word alone.
        var hasSingleWord = false
    }

    /// The entries and their look-up tables, built once and never changed: one shared
    /// reference, so that copying a lexicon (every context holds several) costs one
    /// reference count instead of one per table.
    private final class Tables: Sendable {
        /// Entries in insertion order.
        let entries: [Entry]
        /// Entry numbers grouped by first key, longest entry first within a group (ties in insertion order).
        let orderedEntries: [Int32]
        /// All entries' word keys, back to back; `keyRanges[i]` locates entry `i`'s.
        let flatKeys: [UInt64]
        let keyRanges: [Range<Int32>]
        /// A power-of-two table, at most a quarter full (probes past a taken slot cost more than the
        /// memory: a probe chain at half load ran a third of the cue scan's time); keys are already hashes, so a
        /// multiplicative mix of their bits is spread enough.
        let slots: [Slot]
        let slotShift: UInt64
        /// A one-hash Bloom filter over first-word keys: most words of a text are in no lexicon, and a
        /// bit test is far cheaper than probing the table.
        let firstKeyBits: [UInt64]

        /// - Complexity: O(*n* log *n*) in the number of entries.
        init(entries: [Entry]) {
            self.entries = entries
            var flatKeys: [UInt64] = []
            var keyRanges: [Range<Int32>] = []
            for entry in entries {
                let start = Int32(flatKeys.count)
                flatKeys.append(contentsOf: entry.keys)
                keyRanges.append(start..<Int32(flatKeys.count))
            }
            // Group by first key in order of first appearance, longest first within a group.
            var groups: [UInt64: [Int32]] = [:]
            var firstKeys: [UInt64] = []
            for (number, entry) in entries.enumerated() {
                let key = entry.keys[0]
                if groups[key] == nil { firstKeys.append(key) }
                groups[key, default: []].append(Int32(number))
            }
            var capacity = 1
            var bits: UInt64 = 0
            while capacity < firstKeys.count * PhraseLexicon.slotsPerKey {
                capacity *= 2
                bits += 1
            }
            var slots = [Slot](repeating: Slot(), count: capacity)
            let slotShift = 64 - bits
            var orderedEntries: [Int32] = []
            var firstKeyBits = [UInt64](repeating: 0, count: PhraseLexicon.filterWords)
            for key in firstKeys {
                // Longest first; among entries of equal length, the one inserted first.
                let group = groups[key]!.sorted {
                    let left = entries[Int($0)].keys.count
                    let right = entries[Int($1)].keys.count
                    return left != right ? left > right : $0 < $1
                }
                var slot = Self.slotIndex(key, shift: slotShift)
                while slots[slot].count != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Slot(
                    key: key, start: Int32(orderedEntries.count), count: Int32(group.count),
                    hasSingleWord: group.contains { entries[Int($0)].keys.count == 1 })
                orderedEntries.append(contentsOf: group)
                let bit = Int(truncatingIfNeeded: key & UInt64(PhraseLexicon.filterWords * 64 - 1))
                firstKeyBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            self.flatKeys = flatKeys
            self.keyRanges = keyRanges
            self.slots = slots
            self.slotShift = slotShift
            self.orderedEntries = orderedEntries
            self.firstKeyBits = firstKeyBits
        }

        @inline(__always)
        static func slotIndex(_ key: UInt64, shift: UInt64) -> Int {
            shift >= 64 ? 0 : Int(truncatingIfNeeded: (key &* PhraseLexicon.slotMultiplier) >> shift)
        }
    }

    private var tables = Tables(entries: [])
    /// 64-bit words of the filter (16,384 bits: about 2.5% false positives for the cue lexicon's 409 first
    /// words; 4,096 bits let one word in ten through to the table).
    private static let filterWords = 256
    /// Slots of the first-word table for each first word, at least (a power of two above it is taken).
    private static let slotsPerKey = 4
    /// Tokens `firstPossibleStart` tests together.
    private static let tokensPerBlock = 8
    /// Fibonacci hashing multiplier (2^64 divided by the golden ratio), to spread key bits over the slots.
    private static let slotMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    public var count: Int { tables.entries.count }

    /// An empty lexicon.
    /// - Complexity: O(1).
    public init() {}

    /// Parses lexicon text.
    /// - Complexity: O(*n*) in the length of the text.
    public init(parsing contents: String) {
        var entries: [Entry] = []
        for rawLine in contents.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: true)
            let words = columns[0].split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            let tags = Set(columns.dropFirst().flatMap { $0.split(separator: ",") }.map {
                $0.trimmingCharacters(in: .whitespaces)
            })
            entries.append(Entry(keys: words.map(LexicalScanner.key(of:)), text: words.joined(separator: " "), tags: tags))
        }
        tables = Tables(entries: entries)
    }

    /// Reads a lexicon file.
    /// - Throws: the file system's error when the file cannot be read.
    /// - Complexity: O(*n*) in the size of the file.
    public init(contentsOf url: URL) throws {
        self.init(parsing: try String(contentsOf: url, encoding: .utf8))
    }

    /// Adds an entry.
    /// - Complexity: O(*n* log *n*) in the number of entries (the look-up tables are rebuilt).
    public mutating func insert(_ entry: Entry) {
        tables = Tables(entries: tables.entries + [entry])
    }

    /// The table slot of first-word key `key`, or nil when no entry starts with it.
    @inline(__always)
    private func slot(of key: UInt64) -> Slot? {
        let tables = self.tables
        let bit = Int(truncatingIfNeeded: key & UInt64(Self.filterWords * 64 - 1))
        guard tables.firstKeyBits.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else {
            return nil
        }
        return tables.slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var index = Tables.slotIndex(key, shift: tables.slotShift)
            while table[index].count != 0 {
                if table[index].key == key { return table[index] }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// True when the one-word entry `key` is in the lexicon.
    /// - Complexity: O(1).
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        slot(of: key)?.hasSingleWord ?? false
    }

    /// True when some entry starts with the word `key`.
    /// - Complexity: O(1).
    @inline(__always)
    public func startsSomeEntry(_ key: UInt64) -> Bool {
        slot(of: key) != nil
    }

    /// The index of the first word token in `range` that may start an entry (`range.upperBound` when none
    /// does): a test of the first-word filter only, so some words it stops at start no entry, but every
    /// word that starts one is found. For scans that look up only the few words that may match.
    /// - Complexity: O(*n*) in the length of the range, one bit test a word.
    public func firstPossibleStart(in tokens: [LexicalToken], _ range: Range<Int>) -> Int {
        let bits = tables.firstKeyBits
        return tokens.withUnsafeBufferPointer { tokens in
            bits.withUnsafeBufferPointer { bits in
                @inline(__always) func mayStart(_ token: LexicalToken) -> UInt {
                    let bit = Int(truncatingIfNeeded: token.key & UInt64(Self.filterWords * 64 - 1))
                    let inFilter = bits[bit >> 6] &>> UInt64(bit & 63) & 1
                    return UInt(truncatingIfNeeded: inFilter) & (token.kind == .word ? 1 : 0)
                }
                var index = range.lowerBound
                // A block of tokens tested into a bit mask without branches: which words pass the filter is
                // unpredictable, so a branch a word mispredicts often (as in `CanonicalNames.nextCapitalizedWord`).
                while index + Self.tokensPerBlock <= range.upperBound {
                    var mask: UInt = 0
                    for offset in 0..<Self.tokensPerBlock {
                        mask |= mayStart(tokens[index &+ offset]) &<< UInt(offset)
                    }
                    if mask != 0 { return index &+ mask.trailingZeroBitCount }
                    index &+= Self.tokensPerBlock
                }
                while index < range.upperBound, mayStart(tokens[index]) == 0 { index += 1 }
                return index
            }
        }
    }

    /// The longest entry that matches the word tokens starting at `index`.
    /// - Complexity: O(*k*) in the number of entries sharing the first word.
    public func longestMatch(in tokens: [LexicalToken], at index: Int, end: Int? = nil) -> Entry? {
        guard let number = longestMatchNumber(in: tokens, at: index, end: end) else { return nil }
        return tables.entries[number]
    }

    /// The number of words of the longest entry that matches the word tokens starting at `index`
    /// (for callers that need only its length: no entry is copied out).
    /// - Complexity: O(*k*) in the number of entries sharing the first word.
    public func longestMatchLength(in tokens: [LexicalToken], at index: Int, end: Int? = nil) -> Int? {
        guard let number = longestMatchNumber(in: tokens, at: index, end: end) else { return nil }
        return tables.keyRanges[number].count
    }

    /// The position in `entries` of the longest entry that matches at `index`.
    @inline(__always)
    private func longestMatchNumber(in tokens: [LexicalToken], at index: Int, end: Int?) -> Int? {
        let limit = end ?? tokens.count
        guard index < limit, tokens[index].kind == .word, let slot = slot(of: tokens[index].key) else { return nil }
        let tables = self.tables
        return tokens.withUnsafeBufferPointer { tokens in
            tables.flatKeys.withUnsafeBufferPointer { flatKeys in
                for position in Int(slot.start)..<Int(slot.start + slot.count) {
                    let number = Int(tables.orderedEntries[position])
                    let keys = tables.keyRanges[number]
                    let length = Int(keys.count)
                    guard index + length <= limit else { continue }
                    var matches = true
                    var offset = 1
                    while offset < length {
                        let token = tokens[index + offset]
                        if token.kind != .word || token.key != flatKeys[Int(keys.lowerBound) + offset] {
                            matches = false
                            break
                        }
                        offset += 1
                    }
                    if matches { return number }
                }
                return nil
            }
        }
    }
}
