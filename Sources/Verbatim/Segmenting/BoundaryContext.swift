/// What the sentence boundary rules see of one candidate boundary: the
/// sentence it would close and the text that follows it, as byte offsets.
///
/// Built once per candidate from byte scans only; nothing here allocates.
struct BoundaryContext {
    let bytes: UnsafeBufferPointer<UInt8>
    /// First byte of the sentence the boundary would close (whitespace skipped).
    let sentenceStart: Int
    /// End of that sentence, trailing whitespace removed.
    let sentenceEnd: Int
    /// `sentenceEnd` without trailing closing quotation marks and brackets:
    /// the sentence's own last character ends here.
    let terminatorEnd: Int
    /// First byte after the boundary that is not whitespace.
    let nextStart: Int
    /// End of the paragraph.
    let limit: Int

    /// - Parameters:
    ///   - sentence: the bytes from the current sentence's start to the candidate boundary.
    ///   - limit: the end of the paragraph.
    init(bytes: UnsafeBufferPointer<UInt8>, sentence: Range<Int>, limit: Int) {
        self.bytes = bytes
        self.limit = limit
        let trimmed = Whitespace.trim(sentence, in: bytes)
        sentenceStart = trimmed.lowerBound
        sentenceEnd = trimmed.upperBound
        var end = sentenceEnd
        while end > sentenceStart {
            let length = ClosingMark.length(endingAt: end, in: bytes, from: sentenceStart)
            if length == 0 { break }
            end -= length
        }
        terminatorEnd = end
        var next = sentence.upperBound
        while next < limit {
            let length = Whitespace.spaceLength(bytes, at: next)
            if length == 0 { break }
            next += length
        }
        nextStart = next
    }

    /// The sentence's last character before closing marks, if it is ASCII.
    var terminator: UInt8? {
        terminatorEnd > sentenceStart ? bytes[terminatorEnd - 1] : nil
    }

    /// True when closing quotation marks or brackets follow the terminator.
    var hasClosingMarks: Bool { terminatorEnd < sentenceEnd }

    /// The first byte after the boundary, if any.
    var nextByte: UInt8? { nextStart < limit ? bytes[nextStart] : nil }

    /// The ASCII word (letters only) that starts after the boundary; empty
    /// when the next text does not start with a letter.
    var nextWord: Range<Int> { Self.word(startingAt: nextStart, in: bytes, limit: limit) }

    /// The word before the sentence's final period (letters, inner periods,
    /// and the ordinal indicators of `N°`), without the period; empty when
    /// the sentence does not end with a period after a word.
    var wordBeforePeriod: Range<Int> {
        guard terminator == ASCII.period else { return terminatorEnd..<terminatorEnd }
        let end = terminatorEnd - 1
        var start = end
        let floor = max(sentenceStart, end - Self.longestAbbreviation)
        while start > floor {
            let byte = bytes[start - 1]
            if ASCII.isLetter(byte) || byte == ASCII.period {
                start -= 1
            } else if (byte == 0xB0 || byte == 0xBA), start - 2 >= sentenceStart, bytes[start - 2] == 0xC2 {
                start -= 2  // ° or º
            } else {
                break
            }
        }
        // Still inside a word at the floor: too long for an abbreviation.
        if start == floor, start > sentenceStart, ASCII.isLetter(bytes[start - 1]) { return end..<end }
        // A leading period belongs to an ellipsis, not to the word.
        while start < end, bytes[start] == ASCII.period { start += 1 }
        return start..<end
    }

    /// Bytes of the longest word `wordBeforePeriod` returns: longer than any
    /// abbreviation (`Messrs`, `U.S.A.F`), short enough that a run of
    /// letters and periods without spaces costs nothing per candidate.
    static let longestAbbreviation = 16

    /// The run of ASCII letters starting at `start`.
    static func word(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Range<Int> {
        var end = start
        while end < limit, ASCII.isLetter(bytes[end]) { end += 1 }
        return start..<end
    }
}

/// Closing quotation marks and brackets, which stay with the sentence they close.
enum ClosingMark {
    /// Length in bytes of the closing mark that ends just before `end`, or 0.
    @inline(__always)
    static func length(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let last = bytes[end - 1]
        switch last {
        case ASCII.quotationMark, ASCII.apostrophe, ASCII.rightParenthesis, ASCII.rightBracket:
            return 1
        case 0x9D, 0x99, 0xBA:  // ” ’ › (E2 80 xx)
            if end - 3 >= start, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 { return 3 }
            return 0
        case 0xBB:  // » (C2 BB)
            return end - 2 >= start && bytes[end - 2] == 0xC2 ? 2 : 0
        default:
            return 0
        }
    }
}
