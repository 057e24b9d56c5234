/// Whom `the regime`, `the government` or `the administration` means in a document: the name that
/// qualifies that noun elsewhere in it (`the Assad regime`, `the Obama administration`), most often
/// (the later on a tie). A demonym (`the Syrian regime`) names a country, not who runs it, and is
/// passed over. The nouns come from `lexicons/government-nouns.txt`.
struct GovernmentReference {
    /// Endings of demonyms (`Syrian`, `Korean`, `Chinese`, `British`): part of the rule, not a lexicon.
    static let demonymEndings = ["ian", "ean", "ese", "ish"]

    /// Aliases to add for the document: (`regime`, `Assad`).
    /// - Parameters:
    ///   - text: the document's text.
    ///   - nouns: the government nouns' tables, built once per lexicon (`StanceLexicon.governmentNounTable`).
    ///   - lexicon: when given, a qualifier that is a name stopword or a common word names no one
    ///     (`No government …`, `the federal government`: not a target called `No` or `Federal`).
    /// - Returns: the aliases to add for the document.
    /// - Complexity: O(*n*) in the length of the text; strings are made only around the nouns.
    static func aliases(in text: SourceText, nouns: Nouns, lexicon: StanceLexicon? = nil) -> [(alias: String, name: String)] {
        guard !nouns.isEmpty else { return [] }
        var counter = Counter(nouns: nouns, lexicon: lexicon)
        text.bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count && isSpace(bytes[index]) { index += 1 }
                let start = index
                while index < bytes.count && !isSpace(bytes[index]) { index += 1 }
                guard start < index else { break }
                counter.count(chunk: start..<index, in: bytes)
            }
        }
        return counter.aliases()
    }

    /// The same, from the document's lexical tokens (as the quote stage scanned them): only the
    /// words whose key is a noun's (alone or with a possessive `'s`) are looked at, rather than
    /// every word of the text. A word counts as in the byte scan: when the run of non-space bytes
    /// around it, cut of punctuation and possessive, is the noun.
    /// - Parameters:
    ///   - lexical: the document's tokens.
    ///   - nouns: the government nouns' tables.
    ///   - lexicon: as for the byte scan.
    /// - Returns: the aliases to add for the document.
    /// - Complexity: O(*t*) in the number of tokens.
    static func aliases(
        in text: SourceText, lexical: LexicalDocument, nouns: Nouns, lexicon: StanceLexicon? = nil
    ) -> [(alias: String, name: String)] {
        guard !nouns.isEmpty else { return [] }
        var counter = Counter(nouns: nouns, lexicon: lexicon)
        let keys = nouns.keys
        let filter = nouns.keyFilter
        text.bytes.withUnsafeBufferPointer { bytes in
            lexical.tokens.withUnsafeBufferPointer { tokens in
                for token in tokens where filter & (1 << (token.key & 63)) != 0 && keys.contains(token.key) && token.kind == .word {
                    var start = token.utf8Start
                    while start > 0 && !isSpace(bytes[start - 1]) { start -= 1 }
                    var end = token.utf8End
                    while end < bytes.count && !isSpace(bytes[end]) { end += 1 }
                    counter.count(chunk: start..<end, in: bytes)
                }
            }
        }
        return counter.aliases()
    }

    /// The government nouns' tables, which do not change from document to document: built once per
    /// lexicon rather than from the noun set for every document.
    struct Nouns: Sendable {
        let nounBytes: [[UInt8]]
        /// Most words are no government noun: their length or first letter says so before any comparison.
        private(set) var nounLengths = Set<Int>()
        private(set) var nounFirstBytes = [Bool](repeating: false, count: 256)
        let longestNoun: Int
        let shortestNoun: Int
        /// The lexical-token keys of the nouns, alone and with a possessive `'s`.
        let keys: [UInt64]
        /// One bit per key's low six bits: most words are refused on it without comparing keys.
        let keyFilter: UInt64

        var isEmpty: Bool { nounBytes.isEmpty }

        /// - Parameter nouns: lowercase government nouns.
        /// - Complexity: O(*n*) in the total length of the nouns.
        init(_ nouns: Set<String>) {
            nounBytes = nouns.map { Array($0.utf8) }
            for noun in nounBytes where !noun.isEmpty {
                nounLengths.insert(noun.count)
                nounFirstBytes[Int(noun[0])] = true
                if noun[0] &- UInt8(ascii: "a") < 26 { nounFirstBytes[Int(noun[0] - 0x20)] = true }
            }
            longestNoun = nounLengths.max() ?? 0
            shortestNoun = nounLengths.min() ?? 0
            keys = nouns.flatMap { [LexicalScanner.key(of: $0), LexicalScanner.key(of: $0 + "'s")] }
            var filter: UInt64 = 0
            for key in keys { filter |= 1 << (key & 63) }
            keyFilter = filter
        }
    }

    /// Counts the names before each noun, one run of non-space bytes (a chunk) at a time.
    private struct Counter {
        let nouns: Nouns
        /// By noun, by name: how often the name qualifies the noun, and where it last did (a chunk's
        /// first byte: later chunks start later).
        var counts: [String: [String: (count: Int, last: Int)]] = [:]
        /// When given, names that are ordinary words are refused (see `isOrdinaryWord`).
        let lexicon: StanceLexicon?

        init(nouns: Nouns, lexicon: StanceLexicon?) {
            self.lexicon = lexicon
            self.nouns = nouns
        }

        /// Counts the chunk's name when the chunk is a noun after a name.
        @inline(__always)
        mutating func count(chunk: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
            // A core is never longer than its chunk: short chunks hold no noun.
            guard chunk.count >= nouns.shortestNoun else { return }
            // Nor does a chunk whose core cannot start with a noun's first letter: the core starts
            // at the chunk's first byte unless punctuation or a curly quote comes first.
            let first = bytes[chunk.lowerBound]
            guard nouns.nounFirstBytes[Int(first)] || ValenceTokenizer.isASCIIPunctuation(first) || first == 0xE2 || first == 0xC2
            else { return }
            let word = core(bytes, chunk)
            guard word.count <= nouns.longestNoun, !word.isEmpty, nouns.nounFirstBytes[Int(bytes[word.lowerBound])],
                nouns.nounLengths.contains(word.count), let noun = nouns.nounBytes.firstIndex(where: { equalsLowercased(bytes, word, $0) }),
                let previousChunk = GovernmentReference.chunk(before: chunk.lowerBound, in: bytes),
                case let before = core(bytes, previousChunk),
                before.count > 1, bytes[before.lowerBound] &- UInt8(ascii: "A") < 26
            else { return }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[before]), as: UTF8.self)
            let lowered = name.lowercased()
            if lowered == "the" || demonymEndings.contains(where: { lowered.hasSuffix($0) }) { return }
            if let lexicon, GovernmentReference.isOrdinaryWord(lowered, lexicon) { return }
            let key = String(decoding: nouns.nounBytes[noun], as: UTF8.self)
            let entry = counts[key, default: [:]][name] ?? (0, 0)
            counts[key, default: [:]][name] = (entry.count + 1, chunk.lowerBound)
        }

        /// Per noun, the name that qualifies it most often (the later on a tie).
        func aliases() -> [(alias: String, name: String)] {
            counts.compactMap { noun, names in
                let best = names.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }
                return best.map { (noun, $0.key) }
            }
        }
    }

    /// The chunk (run of non-space bytes) that ends before the spaces before `start`, if any.
    @inline(__always)
    private static func chunk(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = start
        while end > 0 && isSpace(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        var first = end
        while first > 0 && !isSpace(bytes[first - 1]) { first -= 1 }
        return first..<end
    }

    /// A name stopword (`No`, `This`) or a common word (`Federal`, `Local`; `common-words.txt`).
    private static func isOrdinaryWord(_ word: String, _ lexicon: StanceLexicon) -> Bool {
        var word = word
        let entry = word.withUTF8 { lexicon.lookup($0) }
        if entry >= 0 && lexicon.hot[Int(entry)].isNameStopword { return true }
        return lexicon.commonWords.index(of: word) >= 0
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The word without ASCII punctuation or curly quotes around it and without a possessive `'s` / `’s`.
    private static func core(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && (ValenceTokenizer.isASCIIPunctuation(bytes[start])
            || ValenceTokenizer.curlyQuoteLength(bytes, at: start, limit: end) > 0)
        {
            start += max(1, ValenceTokenizer.curlyQuoteLength(bytes, at: start, limit: end))
        }
        while end > start && ValenceTokenizer.isASCIIPunctuation(bytes[end - 1]) { end -= 1 }
        if end - start > 2 && bytes[end - 1] == UInt8(ascii: "s") && bytes[end - 2] == UInt8(ascii: "'") {
            end -= 2
        } else if end - start > 4 && bytes[end - 1] == UInt8(ascii: "s") && bytes[end - 2] == 0x99 && bytes[end - 3] == 0x80
            && bytes[end - 4] == 0xE2
        {
            end -= 4
        }
        while end > start && ValenceTokenizer.curlyQuoteLengthEnding(bytes, before: end, start: start) > 0 {
            end -= ValenceTokenizer.curlyQuoteLengthEnding(bytes, before: end, start: start)
        }
        return start..<max(start, end)
    }

    @inline(__always)
    private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ noun: [UInt8]) -> Bool {
        guard range.count == noun.count else { return false }
        for (offset, byte) in noun.enumerated() {
            let letter = bytes[range.lowerBound + offset]
            if (letter &- UInt8(ascii: "A") < 26 ? letter | 0x20 : letter) != byte { return false }
        }
        return true
    }
}
