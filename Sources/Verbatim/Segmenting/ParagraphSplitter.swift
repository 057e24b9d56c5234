/// Splits text into paragraphs at blank lines and unwraps the lines inside
/// each paragraph.
///
/// Line ends are LF, CRLF, CR, U+0085 (next line) and U+2028 (line
/// separator); a line holding only whitespace is blank; U+2029 (paragraph
/// separator) ends a paragraph like a blank line. ICU ends a sentence at
/// every one of these, which is wrong for hard-wrapped text, so inside a
/// paragraph they are overwritten with spaces.
enum ParagraphSplitter {
    /// Returns the byte ranges of the paragraphs (trimmed, non-empty) and
    /// replaces every line end inside a paragraph with spaces in `bytes`, so
    /// that ICU sees one line per paragraph. Lengths do not change, so
    /// offsets into `bytes` stay offsets into the original text.
    /// - Parameters:
    ///   - bytes: UTF-8 text, changed in place.
    ///   - lineStarts: receives, in order, the offset of the first visible
    ///     byte of every line that continues a paragraph (list items often
    ///     start there).
    /// - Returns: the paragraphs' byte ranges, in order.
    /// - Complexity: O(*n*) in the number of bytes.
    static func paragraphs(in bytes: inout [UInt8], lineStarts: inout [Int]) -> [Range<Int>] {
        var innerLineEnds: [Range<Int>] = []
        let result = bytes.withUnsafeBufferPointer {
            paragraphs(in: $0, lineStarts: &lineStarts, innerLineEnds: &innerLineEnds)
        }
        unwrap(innerLineEnds, in: &bytes)
        return result
    }

    /// Replaces the line ends `innerLineEnds` (from `paragraphs(in:lineStarts:innerLineEnds:)`) with spaces.
    /// - Complexity: O(*n*) in the bytes of the line ends; `bytes` is not written (nor a shared copy made) when there are none.
    static func unwrap(_ innerLineEnds: [Range<Int>], in bytes: inout [UInt8]) {
        guard !innerLineEnds.isEmpty else { return }
        bytes.withUnsafeMutableBufferPointer { buffer in
            for lineEnd in innerLineEnds {
                for index in lineEnd { buffer[index] = ASCII.space }
            }
        }
    }

    /// The byte ranges of the paragraphs (trimmed, non-empty), without changing the text: the
    /// line ends inside paragraphs go to `innerLineEnds` (most texts have none, and then the
    /// caller need not copy the text to unwrap them).
    /// - Parameters:
    ///   - readable: UTF-8 text.
    ///   - lineStarts: receives, in order, the offset of the first visible byte of every line
    ///     that continues a paragraph (list items often start there).
    ///   - innerLineEnds: receives, in order, the byte ranges of the line ends inside paragraphs.
    /// - Returns: the paragraphs' byte ranges, in order.
    /// - Complexity: O(*n*) in the number of bytes.
    static func paragraphs(
        in readable: UnsafeBufferPointer<UInt8>, lineStarts: inout [Int], innerLineEnds: inout [Range<Int>]
    ) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let count = readable.count
        var paragraphStart = -1  // -1: no paragraph open
        var paragraphEnd = 0
        // The line end after the paragraph's last line: unwrapped if another line follows.
        var pendingLineEnd = 0..<0
        var lineStart = 0
        func close() {
            if paragraphStart >= 0 {
                let trimmed = Whitespace.trim(paragraphStart..<paragraphEnd, in: readable)
                if !trimmed.isEmpty { result.append(trimmed) }
            }
            paragraphStart = -1
        }
        while lineStart <= count {
            let (lineEnd, terminator) = nextLineEnd(from: lineStart, in: readable)
            let visible = Whitespace.trim(lineStart..<lineEnd, in: readable)
            if visible.isEmpty {
                close()
            } else {
                if paragraphStart < 0 {
                    paragraphStart = lineStart
                } else {
                    innerLineEnds.append(pendingLineEnd)
                    lineStarts.append(visible.lowerBound)
                }
                paragraphEnd = lineEnd
                pendingLineEnd = lineEnd..<lineEnd + terminator.length
            }
            if terminator == .paragraph { close() }
            if terminator == .none { break }
            lineStart = lineEnd + terminator.length
        }
        close()
        return result
    }

    private enum LineEnd: Equatable {
        case none, line(Int), paragraph

        var length: Int {
            switch self {
            case .none: 0
            case .line(let length): length
            case .paragraph: 3
            }
        }
    }

    /// Flags the bytes of `word` that are a control byte up to CR (0x0D) or a
    /// lead byte 0xC2 or 0xE2; zero guarantees no line end starts among them
    /// (a flag may be a false alarm, never a miss). The mask is the high bits
    /// of the flagged bytes (first byte lowest): borrows run only upwards, so
    /// its lowest set bit marks the first flagged byte exactly.
    @inline(__always)
    private static func lineEndMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x0E, or a byte equal to 0xC2 or 0xE2 (zero after the xor).
        let below = (word &- ones &* 0x0E) & ~word & highBits
        let c2 = word ^ (ones &* 0xC2)
        let e2 = word ^ (ones &* 0xE2)
        let equal = ((c2 &- ones) & ~c2 | (e2 &- ones) & ~e2) & highBits
        return below | equal
    }

    /// The offset where the line starting at `start` ends, and its terminator.
    private static func nextLineEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, LineEnd) {
        let count = bytes.count
        var index = start
        while index < count {
            // Skip eight bytes at a time while none of them can start a line end.
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let mask = lineEndMask(word)
                if mask != 0 {
                    index += mask.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
            // Then the flagged word byte by byte, and back to whole words: a curly quote or a
            // dash (0xE2) flags a word without ending the line.
            let stop = min(index + 8, count)
            while index < stop {
                let byte = bytes[index]
                // Fast path: printable ASCII and most UTF-8 bytes end no line.
                if byte > 0x0D && byte != 0xC2 && byte != 0xE2 {
                    index += 1
                    continue
                }
                switch byte {
                case 0x0A:
                    return (index, .line(1))
                case 0x0D:
                    return (index, .line(index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1))
                case 0xC2 where index + 1 < count && bytes[index + 1] == 0x85:  // U+0085
                    return (index, .line(2))
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80:
                    if bytes[index + 2] == 0xA8 { return (index, .line(3)) }  // U+2028
                    if bytes[index + 2] == 0xA9 { return (index, .paragraph) }  // U+2029
                default:
                    break
                }
                index += 1
            }
        }
        return (count, .none)
    }
}
