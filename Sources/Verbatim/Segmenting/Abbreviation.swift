/// How an abbreviation that ends with a period relates to sentence ends.
enum AbbreviationKind: UInt8, Sendable {
    /// A title or a Latin connective (`Mr.`, `Gen.`, `vs.`): never ends a sentence.
    case title
    /// Precedes a number (`Jan. 5`, `No. 2`): ends a sentence unless a number follows.
    case beforeNumber
    /// Usually inside a sentence, sometimes at its end (`Inc.`, `Calif.`, `U.S.`,
    /// an initial): ends a sentence only before a typical sentence starter.
    case ambiguous
    /// `a.m.` and `p.m.`.
    case timeOfDay
}

/// Looks up the word before a period in the segmenting abbreviation lists.
enum Abbreviation {
    private struct Entry {
        let kind: AbbreviationKind
        let capitalizedOnly: Bool
    }

    private static let entries: [WordKey: Entry] = {
        var table: [WordKey: Entry] = [:]
        func add(_ words: [String], _ kind: AbbreviationKind) {
            for word in words {
                let key = WordKey(word)
                precondition(table[key] == nil, "abbreviation listed twice: \(word)")
                table[key] = Entry(kind: kind, capitalizedOnly: SegmentingWordLists.capitalizedOnly.contains(word))
            }
        }
        add(SegmentingWordLists.titles, .title)
        add(SegmentingWordLists.beforeNumber, .beforeNumber)
        add(SegmentingWordLists.ambiguous, .ambiguous)
        add(SegmentingWordLists.timeOfDay, .timeOfDay)
        return table
    }()

    /// Bytes of the longest listed abbreviation.
    private static let longestEntry = entries.keys.map { Int($0.value >> 56) }.max() ?? 0

    /// The kind of the abbreviation spelled by `word` (without its final
    /// period), or nil when it is none.
    ///
    /// Besides the listed words, a single capital letter is an initial and
    /// a dotted run of single letters (`U.S`, `E.U`, `D.C`) an acronym, both
    /// ambiguous; a single lowercase letter (`p. 55`) precedes a number.
    /// - Complexity: O(1) in the text: the word is short.
    static func kind(of word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> AbbreviationKind? {
        guard !word.isEmpty else { return nil }
        let first = bytes[word.lowerBound]
        // A key holds its word's length, so a word longer than every entry matches none: most words before a
        // period are, and skip hashing a key.
        if word.count <= longestEntry, let entry = entries[WordKey(bytes, word)] {
            if !entry.capitalizedOnly || ASCII.isUppercase(first) { return entry.kind }
            return nil
        }
        if word.count == 1 {
            if ASCII.isUppercase(first) { return .ambiguous }
            if ASCII.isLowercase(first) { return .beforeNumber }
            return nil
        }
        return isDottedAcronym(word, in: bytes) ? .ambiguous : nil
    }

    /// True for single letters joined by periods (`U.S`, `U.S.A`, `N.Y`).
    private static func isDottedAcronym(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, word.count % 2 == 1 else { return false }
        var index = word.lowerBound
        while index < word.upperBound {
            guard ASCII.isLetter(bytes[index]) else { return false }
            if index + 1 < word.upperBound, bytes[index + 1] != ASCII.period { return false }
            index += 2
        }
        return true
    }
}
