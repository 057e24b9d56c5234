/// Gives every person one name per document: the fullest form the document
/// writes (`Secretary of State John Kerry`, `Mr. Kerry`, `Kerry` →
/// `John Kerry`), found by the last word of the name among the document's
/// capitalised phrases; titles found with the full form go to the role.
enum CanonicalNames {
    /// Words a name needs to serve as the full form (`John Kerry`, not `Kerry`).
    static let minimumFullNameWords = 2

    /// - Complexity: O(*n*) in the number of tokens plus O(*q*) in the number of quotations.
    static func canonicalize(_ quotations: inout [Quotation], context: AttributionContext) {
        // The last-word key of each person's mention first, so that the scan for full names works out
        // titles only for the capitalised runs some speaker can use (none: nothing to do).
        // Read through a buffer: an array's element read copies the whole quotation, strings and all.
        let lastWordKeys: [(quotation: Int, key: UInt64)] = quotations.withUnsafeBufferPointer { quotations in
            var keys: [(quotation: Int, key: UInt64)] = []
            for index in quotations.indices {
                guard quotations[index].speaker?.kind == .person, let mention = quotations[index].speaker?.mention else {
                    continue
                }
                // A named mention ends with the name's last word (titles and roles only precede it); a pronoun's
                // name came from another mention, so its last word is looked up from the name itself.
                let last = context.tokenIndex(atOrAfter: mention.utf8End) - 1
                guard last >= 0 else { continue }
                let key =
                    context.tokens[last].isCapitalized && context.tokens[last].kind == .word && !context.isPronoun(last)
                    ? context.tokens[last].key : lastWordKey(of: quotations[index].speaker?.name ?? "")
                keys.append((index, key))
            }
            return keys
        }
        guard !lastWordKeys.isEmpty else { return }
        let fullNames = fullNamesByLastWord(context, among: KeyFilter(lastWordKeys.map(\.key)))
        for (index, key) in lastWordKeys {
            guard let ranges = fullNames[key], var speaker = quotations[index].speaker else { continue }
            // Spaces counted in the contiguous bytes: the `utf8` view's generic iteration cost more than the rest.
            let nameWords = speaker.name.withUTF8 { bytes in bytes.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
            guard ranges.name.count > nameWords else { continue }
            speaker.name = context.text(ranges.name)
            if speaker.role == nil, let title = ranges.title { speaker.role = context.roleText(title) }
            quotations[index].speaker = speaker
        }
    }

    /// The lexicon key of the last space-separated word of `name` (the whole name when it has no space).
    /// - Complexity: O(*n*) in the length of the name.
    static func lastWordKey(of name: String) -> UInt64 {
        var name = name
        let ascii: UInt64? = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            // An empty or all-space name has no word: the whole name, as with `split`.
            if start == end { (start, end) = (0, bytes.count) }
            // As `LexicalScanner.key(of:)`: a final period is not part of the key.
            if end - start > 1, bytes[end - 1] == 0x2E { end -= 1 }
            return LexicalScanner.key(of: bytes, range: start..<end)
        }
        // Outside ASCII a space can begin a grapheme (a combining mark after it), which
        // `split(separator:)` on characters does not split at: keep its exact reading.
        return ascii ?? LexicalScanner.key(of: name.split(separator: " ").last.map(String.init) ?? name)
    }

    /// Tokens tested together by `nextCapitalizedWord`.
    static let tokensPerBlock = 8

    /// The index of the first capitalised word at or after `start` (`tokens.count` when there is none).
    ///
    /// About one token in seven is a capitalised word, at no predictable place: testing a block of
    /// tokens into a bit mask without branches, then taking the mask's lowest bit, mispredicts once a
    /// block instead of once a capitalised word.
    /// - Complexity: O(*n*) in the number of tokens passed.
    @inline(__always)
    static func nextCapitalizedWord(in tokens: [LexicalToken], from start: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var index = start
            while index + tokensPerBlock <= tokens.count {
                var mask: UInt = 0
                for offset in 0..<tokensPerBlock {
                    let token = tokens[index &+ offset]
                    let isName: UInt = (token.kind == .word ? 1 : 0) & (token.isCapitalized ? 1 : 0)
                    mask |= isName &<< UInt(offset)
                }
                if mask != 0 { return index &+ mask.trailingZeroBitCount }
                index &+= tokensPerBlock
            }
            while index < tokens.count, !(tokens[index].kind == .word && tokens[index].isCapitalized) { index += 1 }
            return index
        }
    }

    /// The few last-word keys a document's speakers need, tested against every capitalised run.
    ///
    /// A bit per key's low six bits turns most runs away with one test (keys are hashes, so their low
    /// bits are evenly spread); the rest compare against the short list (a `Set` hashed every run's key).
    struct KeyFilter {
        private let keys: [UInt64]
        private let bits: UInt64
        /// The number of different keys.
        let count: Int

        /// - Complexity: O(*k* log *k*) in the number of keys.
        init(_ keys: [UInt64]) {
            self.keys = keys
            bits = keys.reduce(0) { $0 | Self.bit(of: $1) }
            let sorted = keys.sorted()
            count = zip(sorted, sorted.dropFirst()).reduce(sorted.isEmpty ? 0 : 1) { $0 + ($1.0 != $1.1 ? 1 : 0) }
        }

        @inline(__always)
        private static func bit(of key: UInt64) -> UInt64 { 1 &<< (key & 63) }

        /// - Complexity: O(*k*) in the number of keys, O(1) for most keys not in the filter.
        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            bits & Self.bit(of: key) != 0 && keys.contains(key)
        }
    }

    /// The first name of two or more words (after titles) ending in each last word, with its title
    /// (token ranges: the text is read only for the names a speaker needs), for the last words in `wanted`.
    static func fullNamesByLastWord(
        _ context: AttributionContext, among wanted: KeyFilter
    ) -> [UInt64: (name: Range<Int>, title: Range<Int>?)] {
        let tokens = context.tokens
        var names: [UInt64: (name: Range<Int>, title: Range<Int>?)] = [:]
        var index = 0
        // Once every wanted last word has its first full name, later runs change nothing.
        while index < tokens.count, names.count < wanted.count {
            index = nextCapitalizedWord(in: tokens, from: index)
            guard index < tokens.count else { break }
            let start = index
            var end = index
            while end < tokens.count, tokens[end].kind == .word,
                tokens[end].isCapitalized
                    || (context.lexicons.nameConnectors.contains(tokens[end].key) && end + 1 < tokens.count
                        && tokens[end + 1].isCapitalized)
            {
                end += 1
            }
            index = end
            // Only the first full name for each wanted last word is kept: skip the title search for the rest.
            guard wanted.contains(tokens[end - 1].key), names[tokens[end - 1].key] == nil else { continue }
            var nameStart = start
            while nameStart < end - 1, let title = context.lexicons.titles.longestMatchLength(in: tokens, at: nameStart, end: end - 1) {
                nameStart += title
            }
            // A title inside the capitalised run (`Russian Foreign Minister Sergei Lavrov`): the name follows it.
            var probe = nameStart
            while probe < end - 1 {
                if let title = context.lexicons.titles.longestMatchLength(in: tokens, at: probe, end: end - 1) {
                    probe += title
                    nameStart = probe
                } else {
                    probe += 1
                }
            }
            let titleEnd = nameStart
            // A headline's common words (`Year Barack Obama`) are no part of the full name, nor a title.
            nameStart = HeadlineWordsBeforeName.nameStart(in: nameStart..<end, context: context)
            // A name starting a sentence may begin with any capitalised word (`But Kerry`): skip those
            // (a headline opening with common words, `How Does Russia Navigate U.S. Media`, too).
            guard end - nameStart >= minimumFullNameWords,
                titleEnd > start || titleEnd > context.lexical.sentenceRange(of: start).lowerBound
            else { continue }
            guard !tokens[nameStart..<end].contains(where: { context.lexicons.organisationWords.contains($0.key) }) else {
                continue
            }
            let key = tokens[end - 1].key
            if names[key] == nil {
                names[key] = (nameStart..<end, titleEnd > start ? start..<titleEnd : nil)
            }
        }
        return names
    }
}
