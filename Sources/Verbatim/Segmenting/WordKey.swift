/// A word packed into one integer, so that the segmenting rules can look
/// words up in a set without making a `String` for every candidate boundary.
///
/// The key holds the first `prefixLength` bytes, ASCII-lowercased, and the
/// word's length in bytes (capped at 255). Two different words share a key
/// only when they are longer than the prefix, have the same length, and agree
/// on the prefix; no word in the segmenting word lists collides that way
/// (the lists' builder checks it).
struct WordKey: Hashable, Sendable {
    let value: UInt64

    /// Bytes of the word that the key keeps: the top byte holds the length.
    static let prefixLength = 7

    /// - Complexity: O(1): at most `prefixLength` bytes are read.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var packed: UInt64 = 0
        var index = range.lowerBound
        let stop = min(range.upperBound, range.lowerBound + Self.prefixLength)
        var shift: UInt64 = 0
        while index < stop {
            packed |= UInt64(ASCII.lowercased(bytes[index])) << shift
            shift += 8
            index += 1
        }
        value = packed | (UInt64(min(range.count, 255)) << 56)
    }

    /// The key of a word written in a list.
    init(_ word: String) {
        var word = word
        self = word.withUTF8 { Self($0, 0..<$0.count) }
    }

    /// Builds the keys of a word list, rejecting lists in which two words
    /// would share a key.
    static func set(of words: [String]) -> Set<WordKey> {
        var keys = Set<WordKey>()
        var owners: [WordKey: String] = [:]
        for word in words {
            let key = WordKey(word)
            if let owner = owners[key], owner.lowercased() != word.lowercased() {
                preconditionFailure("word list keys collide: \(owner) and \(word)")
            }
            owners[key] = word
            keys.insert(key)
        }
        return keys
    }
}
