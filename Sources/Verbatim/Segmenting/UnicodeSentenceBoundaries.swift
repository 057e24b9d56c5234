import CICU

/// The default sentence boundaries of Unicode Standard Annex #29 (rules SB1
/// to SB998), found directly on UTF-8 bytes.
///
/// ICU's sentence break iterator implements the same rules, and gives the
/// same boundaries (a test compares the two), but walks a general rule state
/// machine through a UText at about 15 cycles a byte; this runs a fixed
/// state machine on a byte table, several times faster, so ICU is left for
/// word breaks. Character classes come from ICU's own Sentence_Break data
/// (`vb_sentence_break`), so both agree on every code point.
///
/// The rules, in the annex's words (`×` no break, `÷` break; `SATerm` is
/// `STerm | ATerm`, `ParaSep` is `Sep | CR | LF`; Extend and Format
/// characters are invisible to the rules except after a ParaSep, SB5):
/// - SB3 `CR × LF`; SB4 `ParaSep ÷`
/// - SB6 `ATerm × Numeric`; SB7 `(Upper | Lower) ATerm × Upper`
/// - SB8 `ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower`
/// - SB8a `SATerm Close* Sp* × (SContinue | SATerm)`
/// - SB9 `SATerm Close* × (Close | Sp | ParaSep)`; SB10 `SATerm Close* Sp* × (Sp | ParaSep)`
/// - SB11 `SATerm Close* Sp* ParaSep? ÷`; SB998 `Any × Any`
enum UnicodeSentenceBoundaries {
    /// Sentence_Break classes, numbered as `VBSentenceBreak` numbers them.
    enum BreakClass: UInt8 {
        case other = 0, aTerm, close, format, lower, numeric, oLetter, sep, sp, sTerm, upper, cr, extend, lf, sContinue

        var isParagraphSeparator: Bool { self == .sep || self == .cr || self == .lf }
        var isTerminator: Bool { self == .aTerm || self == .sTerm }
        var isExtendOrFormat: Bool { self == .extend || self == .format }
    }

    /// The class of every code point of the Basic Multilingual Plane (64 KB,
    /// filled once per process from ICU); code points above it are asked of ICU.
    static let basicPlaneClasses: [BreakClass] = (0..<0x1_0000).map { codePoint in
        BreakClass(rawValue: UInt8(truncatingIfNeeded: vb_sentence_break(Int32(codePoint)).rawValue)) ?? .other
    }

    /// The ASCII bytes that can end a sentence or paragraph (`.`, `!`, `?`, CR, LF), which the
    /// scan skips to eight bytes at a time.
    private static let asciiBreakBytes: [UInt8] = [0x2E, 0x21, 0x3F, 0x0D, 0x0A]

    /// True when ICU's data gives no other ASCII character a class that can end a sentence
    /// or paragraph, so skipping words free of `asciiBreakBytes` (and of non-ASCII bytes) skips
    /// nothing the rules need; checked once against the table, else the scan goes byte by byte.
    static let canSkipWords: Bool = (0..<0x80).allSatisfy { byte in
        switch basicPlaneClasses[byte] {
        case .aTerm, .sTerm, .sep, .cr, .lf: asciiBreakBytes.contains(UInt8(byte))
        default: true
        }
    }

    /// A mask whose lowest set bit is the high bit of the first byte of `word` (first byte
    /// lowest) that is non-ASCII or one of `asciiBreakBytes`; zero when there is none.
    ///
    /// SWAR: a byte equal to `b` is zero after xor with `b`, and subtracting one from a zero
    /// byte borrows into its high bit. Borrows run only upwards, so bits above the lowest may
    /// be false alarms, but the lowest is exact.
    @inline(__always)
    private static func breakMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func holds(_ byte: UInt64) -> UInt64 {
            let difference = word ^ (ones &* byte)
            return (difference &- ones) & ~difference
        }
        return ((holds(0x2E) | holds(0x21) | holds(0x3F) | holds(0x0D) | holds(0x0A)) | word) & high
    }

    /// Where the trailing `SATerm Close* Sp*` sequence stands after a character.
    private enum TerminatorState {
        /// Right after the terminator (`SATerm`).
        case terminator
        /// After its closing punctuation (`SATerm Close+`).
        case close
        /// After spaces (`SATerm Close* Sp+`).
        case space
    }

    /// Appends to `boundaries` the byte offsets (relative to `text`) of the
    /// sentence boundaries after the start of `text`, in order, its end included
    /// (what ICU's `next()` returns); nothing for empty text.
    ///
    /// Only a terminator sequence (`SATerm Close* Sp*`) or a paragraph
    /// separator can end a sentence, so the scan skips every other character
    /// and runs the rules only around those.
    /// - Parameter text: valid UTF-8.
    /// - Complexity: O(*n*) in the number of bytes, plus the SB8 look-ahead
    ///   after each full stop (up to the next letter).
    static func boundaries(in text: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int]) {
        guard !text.isEmpty else { return }
        let skipsWords = canSkipWords
        basicPlaneClasses.withUnsafeBufferPointer { table in
            let count = text.count
            let base = UnsafeRawPointer(text.baseAddress!)
            var index = 0
            while index < count {
                // Skip characters that neither end a paragraph nor start a terminator sequence.
                if skipsWords, index + 8 <= count {
                    let mask = breakMask(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if mask == 0 {
                        index += 8
                        continue
                    }
                    // Straight to the first byte that may matter.
                    index += mask.trailingZeroBitCount / 8
                }
                let lead = text[index]
                if lead < 0x80 {
                    switch table[Int(lead)] {
                    case .aTerm, .sTerm, .sep, .cr, .lf: break
                    default:
                        index += 1
                        continue
                    }
                }
                let (found, width) = breakClass(in: text, at: index, table: table)
                switch found {
                case .aTerm, .sTerm:
                    index = terminatorSequence(at: index, in: text, table: table, into: &boundaries)
                case .cr where index + width < count && text[index + width] == 0x0A:
                    index += width  // SB3: CR × LF; the LF ends the paragraph.
                case .sep, .cr, .lf:
                    index += width
                    if index < count { boundaries.append(index) }  // SB4
                default:
                    index += width
                }
            }
            boundaries.append(count)
        }
    }

    /// Applies SB6 to SB11 after the terminator at `start` and any sequences
    /// that follow it directly; appends the boundaries found.
    /// - Returns: the offset of the first character after the sequences that no rule has looked at yet.
    private static func terminatorSequence(
        at start: Int, in text: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<BreakClass>,
        into boundaries: inout [Int]
    ) -> Int {
        let count = text.count
        var terminator = start
        while true {
            let (terminatorClass, terminatorWidth) = breakClass(in: text, at: terminator, table: table)
            let isFullStop = terminatorClass == .aTerm
            let letterBefore = isFullStop && letterPrecedes(terminator, in: text, table: table)
            var state = TerminatorState.terminator
            var end = skipExtendAndFormat(from: terminator + terminatorWidth, in: text, table: table)
            while end < count {
                let (next, nextWidth) = breakClass(in: text, at: end, table: table)
                if breaks(
                    before: next, state: state, isFullStop: isFullStop, letterBefore: letterBefore,
                    lowercaseFollows: { lowercaseFollows(text, from: end, table: table) })
                {
                    boundaries.append(end)
                }
                switch next {
                case .aTerm, .sTerm:
                    break
                case .close where state != .space:
                    state = .close
                    end = skipExtendAndFormat(from: end + nextWidth, in: text, table: table)
                    continue
                case .sp:
                    state = .space
                    end = skipExtendAndFormat(from: end + nextWidth, in: text, table: table)
                    continue
                default:
                    return end
                }
                break
            }
            guard end < count else { return count }
            // Another terminator right after this sequence starts a sequence of its own.
            terminator = end
        }
    }

    /// The rules SB6 to SB11 at the boundary between a terminator sequence in `state` and `next`.
    @inline(__always)
    private static func breaks(
        before next: BreakClass, state: TerminatorState, isFullStop: Bool, letterBefore: Bool,
        lowercaseFollows: () -> Bool
    ) -> Bool {
        if state == .terminator && isFullStop {
            if next == .numeric { return false }  // SB6
            if letterBefore && next == .upper { return false }  // SB7
        }
        if isFullStop && lowercaseFollows() { return false }  // SB8
        if next == .sContinue || next.isTerminator { return false }  // SB8a
        if state != .space && (next == .close || next == .sp || next.isParagraphSeparator) { return false }  // SB9
        if next == .sp || next.isParagraphSeparator { return false }  // SB10
        return true  // SB11
    }

    /// SB7's left side: true when the character before the terminator at
    /// `index` (Extend and Format characters skipped, SB5) is a letter with case.
    private static func letterPrecedes(
        _ index: Int, in text: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<BreakClass>
    ) -> Bool {
        var position = index
        while position > 0 {
            position -= 1
            while position > 0 && text[position] & 0xC0 == 0x80 { position -= 1 }
            let found = breakClass(in: text, at: position, table: table).0
            if found.isExtendOrFormat { continue }
            return found == .upper || found == .lower
        }
        return false
    }

    /// The offset after any Extend and Format characters from `start` (SB5).
    @inline(__always)
    private static func skipExtendAndFormat(
        from start: Int, in text: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<BreakClass>
    ) -> Int {
        var index = start
        while index < text.count {
            let (found, width) = breakClass(in: text, at: index, table: table)
            guard found.isExtendOrFormat else { break }
            index += width
        }
        return index
    }

    /// SB8's look-ahead: true when the first letter, paragraph separator or
    /// terminator from `start` on is a lowercase letter.
    private static func lowercaseFollows(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, table: UnsafeBufferPointer<BreakClass>
    ) -> Bool {
        var index = start
        while index < text.count {
            let (found, width) = breakClass(in: text, at: index, table: table)
            switch found {
            case .lower: return true
            case .oLetter, .upper, .sep, .cr, .lf, .aTerm, .sTerm: return false
            default: index += width
            }
        }
        return false
    }

    /// The class of the code point at `index` and its length in bytes.
    @inline(__always)
    private static func breakClass(
        in text: UnsafeBufferPointer<UInt8>, at index: Int, table: UnsafeBufferPointer<BreakClass>
    ) -> (BreakClass, Int) {
        let lead = text[index]
        if lead < 0x80 { return (table[Int(lead)], 1) }
        let width = LexicalScanner.scalarLength(lead)
        guard index + width <= text.count else { return (.other, text.count - index) }
        var codePoint = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { codePoint = codePoint << 6 | UInt32(text[index + offset] & 0x3F) }
        if codePoint < 0x1_0000 { return (table[Int(codePoint)], width) }
        let value = UInt8(truncatingIfNeeded: vb_sentence_break(Int32(codePoint)).rawValue)
        return (BreakClass(rawValue: value) ?? .other, width)
    }
}
