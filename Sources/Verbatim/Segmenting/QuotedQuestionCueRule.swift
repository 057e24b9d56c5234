/// A quoted question or exclamation followed by its speaker and a verb of
/// saying is one sentence: `“Why not?” Smith asked.` (the lowercase case,
/// `“Why not?” he asked.`, is `LowercaseContinuationRule`'s).
enum QuotedQuestionCueRule {
    /// Capitalised words a speaker's name may take before the verb
    /// (`Secretary of State John Kerry` has one lowercase word, which ends
    /// the name; four capitals cover title, first, middle and last name).
    static let maximumNameWords = 4

    private static let verbs = WordKey.set(of: SegmentingWordLists.speechVerbs)

    static func verdict(_ context: BoundaryContext) -> BoundaryVerdict? {
        guard context.hasClosingMarks,
            let terminator = context.terminator,
            terminator == ASCII.questionMark || terminator == ASCII.exclamationMark
        else { return nil }
        let bytes = context.bytes
        var index = context.nextStart
        var names = 0
        while names <= maximumNameWords, index < context.limit {
            let first = bytes[index]
            var end = index
            while end < context.limit, isNameByte(bytes[end]) { end += 1 }
            if end == index { return nil }
            if ASCII.isUppercase(first) {
                names += 1
            } else {
                let verb = BoundaryContext.word(startingAt: index, in: bytes, limit: context.limit)
                return names > 0 && verbs.contains(WordKey(bytes, verb)) ? .join : nil
            }
            guard end < context.limit, bytes[end] == ASCII.space else { return nil }
            index = end + 1
        }
        return nil
    }

    /// Letters and the marks inside names (`O'Brien`, `Jean-Marc`, `Mr.`).
    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == ASCII.apostrophe || byte == ASCII.hyphen || byte == ASCII.period
    }
}
