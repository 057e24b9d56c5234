/// Word tokens of text made of ASCII and the common news punctuation
/// (curly quotes, dashes, ellipsis, no-break space), found with a byte scan
/// that gives exactly what ICU's `en_US` word break rules give, at several
/// times ICU's speed.
///
/// It follows the UAX #29 word rules as ICU tailors them, restricted to
/// these characters: letters (and `@`, which ICU counts as a letter) and
/// digits join; `.` `'` `’` `‘` join two letters or two digits, `,` `;`
/// two digits; `_` joins anything word-like; every other character is a
/// segment of its own. On any other byte (accented letters, emoji,
/// ideographs, control characters) it gives up and the caller asks ICU, so
/// coverage never changes the output.
enum ASCIIWordTokenizer {
    /// The word break class of a character.
    enum WordClass: UInt8 {
        case letter, digit, extendNumLet, midNumLet, midNum
        /// Spaces, tabs and other blanks: segments that are not tokens.
        case blank
        /// Punctuation and symbols: one token each.
        case punctuation
        /// Anything this scan does not cover.
        case unsupported
    }

    private static let asciiClasses: [WordClass] = (0..<128).map { value -> WordClass in
        let byte = UInt8(value)
        switch byte {
        case _ where ASCII.isLetter(byte), UInt8(ascii: "@"): return .letter
        case _ where ASCII.isDigit(byte): return .digit
        case UInt8(ascii: "_"): return .extendNumLet
        case UInt8(ascii: "."), UInt8(ascii: "'"): return .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): return .midNum
        case 0x20, 0x09, 0x0B, 0x0C: return .blank
        case 0x21...0x7E: return .punctuation
        default: return .unsupported  // other control characters
        }
    }

    /// The class and length in bytes of the character at `index`.
    @inline(__always)
    static func wordClass(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (WordClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (asciiClasses[Int(byte)], 1) }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
            switch bytes[index + 2] {
            case 0x98, 0x99, 0xA4: return (.midNumLet, 3)  // ‘ ’ ․
            case 0x93, 0x94, 0x9C, 0x9D, 0xA6: return (.punctuation, 3)  // – — “ ” …
            default: return (.unsupported, 0)
            }
        }
        if byte == 0xC2, index + 1 < end {
            switch bytes[index + 1] {
            case 0xA0: return (.blank, 2)  // no-break space
            case 0xAB, 0xBB: return (.punctuation, 2)  // « »
            default: return (.unsupported, 0)
            }
        }
        return (.unsupported, 0)
    }

    /// Reports the tokens of bytes `range` in order, or returns false as soon
    /// as it meets a character it does not cover (tokens already reported
    /// must then be discarded).
    /// - Complexity: O(*n*) in the length of the range.
    static func tokenize(
        _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ emit: (Range<Int>, TokenKind) -> Void
    ) -> Bool {
        let end = range.upperBound
        var index = range.lowerBound
        while index < end {
            let (wordClass, length) = wordClass(at: index, in: bytes, end: end)
            switch wordClass {
            case .unsupported:
                return false
            case .blank:
                index += length
            case .punctuation, .midNumLet, .midNum:
                emit(index..<index + length, .punctuation)
                index += length
            case .letter, .digit, .extendNumLet:
                guard let (tokenEnd, kind) = word(from: index, first: wordClass, length: length, in: bytes, end: end)
                else { return false }
                emit(index..<tokenEnd, kind)
                index = tokenEnd
            }
        }
        return true
    }

    /// The end and kind of the word that starts at `start`, or nil on an
    /// uncovered character that might change the word.
    @inline(__always)
    private static func word(
        from start: Int, first: WordClass, length: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int
    ) -> (Int, TokenKind)? {
        var last = first
        var beforeLast = WordClass.blank
        var index = start + length
        while index < end {
            let (next, nextLength) = wordClass(at: index, in: bytes, end: end)
            switch next {
            case .letter, .digit, .extendNumLet:
                beforeLast = last
                last = next
                index += nextLength
                continue
            case .midNumLet, .midNum:
                // Joins two letters (`don't`, `U.S`) or two digits (`3.5`, `1,200`).
                guard last == .letter || (last == .digit) else { break }
                if next == .midNum && last != .digit { break }
                let after = index + nextLength
                guard after < end else { break }
                let (following, followingLength) = wordClass(at: after, in: bytes, end: end)
                if following == .unsupported { return nil }
                guard following == last else { break }
                beforeLast = last
                index = after + followingLength
                continue
            case .unsupported:
                return nil
            case .blank, .punctuation:
                break
            }
            break
        }
        // ICU's rule status follows the last two characters of the word.
        switch last {
        case .letter: return (index, .word)
        case .digit: return (index, .number)
        default:
            if index - start == length { return (index, .punctuation) }  // a lone `_`
            return (index, beforeLast == .digit ? .number : .word)
        }
    }
}
