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
    public struct Entry: Sendable, Hashable {
        public var keys: [UInt64]
        public var text: String
        public var tags: Set<String>
    }

    /// Entries by the key of their first word, longest first.
    private var byFirstKey: [UInt64: [Entry]] = [:]
    /// A one-hash Bloom filter over first-word keys: most words of a text are in no lexicon, and a
    /// bit test is far cheaper than hashing the key again for a dictionary probe.
    private var firstKeyBits = [UInt64](repeating: 0, count: Self.filterWords)
    /// 64-bit words of the filter (4,096 bits: under 5% false positives for a few hundred entries).
    private static let filterWords = 64
    public private(set) var count = 0

    /// An empty lexicon.
    /// - Complexity: O(1).
    public init() {}

    /// Parses lexicon text.
    /// - Complexity: O(*n*) in the length of the text.
    public init(parsing contents: String) {
        for rawLine in contents.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: true)
            let words = columns[0].split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            let tags = Set(columns.dropFirst().flatMap { $0.split(separator: ",") }.map {
                $0.trimmingCharacters(in: .whitespaces)
            })
            insert(Entry(keys: words.map(LexicalScanner.key(of:)), text: words.joined(separator: " "), tags: tags))
        }
    }

    /// Reads a lexicon file.
    /// - Throws: the file system's error when the file cannot be read.
    /// - Complexity: O(*n*) in the size of the file.
    public init(contentsOf url: URL) throws {
        self.init(parsing: try String(contentsOf: url, encoding: .utf8))
    }

    /// Adds an entry.
    public mutating func insert(_ entry: Entry) {
        var list = byFirstKey[entry.keys[0], default: []]
        list.append(entry)
        list.sort { $0.keys.count > $1.keys.count }
        byFirstKey[entry.keys[0]] = list
        let bit = Int(truncatingIfNeeded: entry.keys[0] & UInt64(Self.filterWords * 64 - 1))
        firstKeyBits[bit >> 6] |= 1 << UInt64(bit & 63)
        count += 1
    }

    /// True when the one-word entry `key` is in the lexicon.
    /// - Complexity: O(1).
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        guard mayStart(key), let list = byFirstKey[key] else { return false }
        return list.contains { $0.keys.count == 1 }
    }

    /// True when some entry starts with the word `key`.
    /// - Complexity: O(1).
    @inline(__always)
    public func startsSomeEntry(_ key: UInt64) -> Bool {
        mayStart(key) && byFirstKey[key] != nil
    }

    /// False when no entry starts with `key`; true when one may.
    @inline(__always)
    private func mayStart(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: key & UInt64(Self.filterWords * 64 - 1))
        return firstKeyBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The longest entry that matches the word tokens starting at `index`.
    /// - Complexity: O(*k*) in the number of entries sharing the first word.
    public func longestMatch(in tokens: [LexicalToken], at index: Int, end: Int? = nil) -> Entry? {
        let limit = end ?? tokens.count
        guard index < limit, tokens[index].kind == .word, mayStart(tokens[index].key),
            let list = byFirstKey[tokens[index].key]
        else { return nil }
        for entry in list {
            guard index + entry.keys.count <= limit else { continue }
            var matches = true
            for offset in 1..<max(1, entry.keys.count) {
                let token = tokens[index + offset]
                if token.kind != .word || token.key != entry.keys[offset] {
                    matches = false
                    break
                }
            }
            if matches { return entry }
        }
        return nil
    }
}
