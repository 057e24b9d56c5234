/// Splits UTF-8 text into words and punctuation for the quote and attribution
/// stages, which need quotation marks told apart from apostrophes and words
/// hashed for lexicon look-ups, at several hundred MB/s (ICU word breaks run
/// at about 30 MB/s and do not separate `“` from `’`).
///
/// Dashes are U+2012 to U+2015, `--`, and `-` between spaces.
///
/// Rules: a word is a run of letters and digits, joined across `'`, `’`, `-`,
/// `.` and `&` when a letter or digit follows (`don't`, `Kerry’s`, `U.S`,
/// `al-Assad`); `’` or `'` before a digit starts a word (`’90s`). A word keeps
/// its final period when it already holds one (`U.S.`) or is a capitalised
/// abbreviation of at most three letters after its last hyphen (`Mr.`, `Sen.`, `R-Fla.`). Single
/// quotation marks are never quotation marks here (they are apostrophes far
/// more often than quotes in news text), so they come out as `.other`.
public enum LexicalScanner {
    /// Hashes a word's folded bytes into its lexicon key, eight bytes at a time.
    ///
    /// Bytes are packed into a 64-bit word (the first byte lowest), and each
    /// full word is mixed into the hash with one multiplication, so runs of
    /// letters are added a word at a time (`add(_:count:)`) with no per-byte
    /// dependency chain; byte-at-a-time FNV-1a waited for a multiplication on
    /// every byte. The final mix is MurmurHash3's 64-bit finaliser (Austin
    /// Appleby, public domain), cut to the 56 bits a `LexicalToken` keeps: two
    /// different words share a key with odds of about one in 2^56.
    struct KeyHasher {
        /// An arbitrary odd start value (the 64-bit golden ratio), so that the empty word hashes to a non-zero key.
        private static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        /// Multiplier that mixes a full word into the hash (MurmurHash3's first 64-bit constant).
        private static let wordMultiplier: UInt64 = 0x87C3_7B91_1142_53D5
        /// Shift that folds a mixed word's high bits into its low bits.
        private static let wordShift: UInt64 = 29
        /// MurmurHash3 `fmix64` multipliers and shift.
        private static let finalMultipliers: (UInt64, UInt64) = (0xFF51_AFD7_ED55_8CCD, 0xC4CE_B9FE_1A85_EC53)
        private static let finalShift: UInt64 = 33

        private var hash = seed
        /// Bytes added since the last full word, the first lowest.
        private var pending: UInt64 = 0
        private var pendingBits: UInt64 = 0

        @inline(__always)
        init() {}

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            pending |= UInt64(byte) &<< pendingBits
            pendingBits &+= 8
            if pendingBits == 64 { flush(pending, carry: 0, carryBits: 0) }
        }

        /// Adds the `count` (1 to 8) lowest bytes of `bytes`, first byte lowest.
        @inline(__always)
        mutating func add(_ bytes: UInt64, count: Int) {
            let bits = UInt64(truncatingIfNeeded: count) &* 8
            let value = bits == 64 ? bytes : bytes & ((1 &<< bits) &- 1)
            let total = pendingBits &+ bits
            if total < 64 {
                pending |= value &<< pendingBits
                pendingBits = total
            } else {
                // The word fills up: mix it, and keep the bytes that did not fit.
                let full = pending | (value &<< pendingBits)
                let spilled = pendingBits == 0 ? 0 : value &>> (64 &- pendingBits)
                flush(full, carry: spilled, carryBits: total &- 64)
            }
        }

        @inline(__always)
        private mutating func flush(_ word: UInt64, carry: UInt64, carryBits: UInt64) {
            hash = (hash ^ word) &* Self.wordMultiplier
            hash ^= hash &>> Self.wordShift
            pending = carry
            pendingBits = carryBits
        }

        /// The key of the bytes added so far (56 bits: `LexicalToken` keeps its kind beside it).
        @inline(__always)
        func finish() -> UInt64 {
            var value = hash ^ pending
            value ^= value &>> Self.finalShift
            value = value &* Self.finalMultipliers.0
            value ^= value &>> Self.finalShift
            value = value &* Self.finalMultipliers.1
            value ^= value &>> Self.finalShift
            return value & LexicalToken.keyMask
        }
    }

    /// Longest capitalised word (in letters) that keeps a final period as an abbreviation.
    static let abbreviationLength = 3

    /// The lexicon key of a written word or phrase part (same folding as the scanner).
    /// - Complexity: O(*n*) in the length of `word`.
    public static func key(of word: String) -> UInt64 {
        var bytes = Array(word.utf8)
        if bytes.last == 0x2E, bytes.count > 1 { bytes.removeLast() }
        return bytes.withUnsafeBufferPointer { key(of: $0, range: 0..<$0.count) }
    }

    @inline(__always)
    static func key(of bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> UInt64 {
        var hasher = KeyHasher()
        var index = range.lowerBound
        while index < range.upperBound {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = 0x27
                index += 2
            } else if byte >= 0x41 && byte <= 0x5A {
                byte |= 0x20
            }
            hasher.add(byte)
            index += 1
        }
        return hasher.finish()
    }

    /// For eight bytes of text (first byte lowest): the count of leading bytes that are
    /// ASCII letters or digits, and the bytes with ASCII capitals lowered.
    ///
    /// SWAR: with the high bit of each byte set first, subtracting `n` from every byte
    /// borrows across no byte, and leaves a byte's high bit set exactly when its low seven
    /// bits are at least `n`; bytes of 0x80 and above are masked out as not ASCII.
    @inline(__always)
    static func asciiWordPrefix(_ word: UInt64) -> (count: Int, folded: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func atLeast(_ value: UInt64, _ bound: UInt64) -> UInt64 {
            ((value | high) &- ones &* bound) & high
        }
        let lowered = word | (ones &* 0x20)
        let letter = atLeast(lowered, 0x61) & ~atLeast(lowered, 0x7B)
        let digit = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
        let alphanumeric = (letter | digit) & ~word & high
        let notAlphanumeric = ~alphanumeric & high
        let count = notAlphanumeric == 0 ? 8 : notAlphanumeric.trailingZeroBitCount / 8
        // A letter's high-bit flag shifted down two places is its 0x20 case bit.
        return (count, word | (letter &>> 2))
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Length of the code point that starts with `lead`.
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// True when the code point at `index` is a letter or digit (any script:
    /// non-ASCII code points count as letters except the punctuation, space and
    /// symbol blocks news text uses).
    @inline(__always)
    static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIAlphanumeric(byte) }
        if byte == 0xC2 { return false }
        if byte == 0xE2 { return false }
        if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80 { return false }
        if byte == 0xEF, index + 1 < end, bytes[index + 1] == 0xBB || bytes[index + 1] == 0xBC { return false }
        return byte >= 0xC3
    }

    /// Tokens scanned into a scratch buffer before they are appended to the
    /// caller's array in one copy (appending one token at a time checks the
    /// array's uniqueness and capacity per token); 1,024 tokens take 16 KB, small
    /// enough for the allocator to hand out and take back cheaply for every document.
    static let scratchTokens = 1_024

    /// For each byte: its lowercase form when it is an ASCII letter or digit, else 0
    /// (one table load instead of three range tests per byte of a word).
    static let asciiWordFold: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
        return isASCIIAlphanumeric(byte) ? byte : 0
    }

    /// Appends the tokens of `bytes[range]` to `tokens`.
    /// - Complexity: O(*n*) in the length of the range.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [LexicalToken]) {
        let scratch = UnsafeMutableBufferPointer<LexicalToken>.allocate(capacity: scratchTokens)
        defer { scratch.deallocate() }
        scan(bytes, range: range, into: &tokens, scratch: scratch)
    }

    /// The same, with a scratch buffer the caller reuses across calls.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [LexicalToken],
        scratch: UnsafeMutableBufferPointer<LexicalToken>
    ) {
        var index = range.lowerBound
        asciiWordFold.withUnsafeBufferPointer { fold in
            while index < range.upperBound {
                let count = scanChunk(bytes, range: range, from: &index, fold: fold, into: scratch)
                tokens.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<count]))
            }
        }
    }

    /// Scans from `index` until the end of `range` or until `output` is full
    /// (each step writes at most one token); advances `index` past what it scanned.
    /// - Returns: the number of tokens written to `output`.
    private static func scanChunk(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, from start: inout Int, fold: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<LexicalToken>
    ) -> Int {
        let end = range.upperBound
        var index = start
        var count = 0
        defer { start = index }
        func punctuation(_ kind: LexicalKind, _ width: Int) {
            output[count] = LexicalToken(utf8Start: index, utf8End: index + width, kind: kind, isCapitalized: false, key: 0)
            count &+= 1
            index += width
        }
        while index < end, count < output.count {
            let byte = bytes[index]
            // Fast paths before the general switch: a space, or an ASCII letter or digit starting a word.
            if byte == 0x20 {
                index &+= 1
                continue
            }
            if fold[Int(byte)] != 0 {
                index = scanWord(bytes, from: index, end: end, fold: fold, into: output, at: count)
                count &+= 1
                continue
            }
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x0B:
                index += 1
                continue
            case 0x22:
                punctuation(.eitherQuote, 1)
                continue
            case 0x2C:
                punctuation(.comma, 1)
                continue
            case 0x3A:
                punctuation(.colon, 1)
                continue
            case 0x2E, 0x3F, 0x21:
                var width = 1
                while index + width < end, bytes[index + width] == 0x2E || bytes[index + width] == 0x3F
                    || bytes[index + width] == 0x21
                {
                    width += 1
                }
                punctuation(.terminator, width)
                continue
            case 0x60:
                if index + 1 < end, bytes[index + 1] == 0x60 { punctuation(.openingQuote, 2) } else { punctuation(.other, 1) }
                continue
            case 0x27:
                if index + 1 < end, bytes[index + 1] == 0x27 {
                    punctuation(.eitherQuote, 2)
                    continue
                }
                if !(index + 1 < end && isDigit(bytes[index + 1])) {
                    punctuation(.other, 1)
                    continue
                }
            case 0x2D:
                if index + 1 < end, bytes[index + 1] == 0x2D {
                    var width = 2
                    while index + width < end, bytes[index + width] == 0x2D { width += 1 }
                    punctuation(.dash, width)
                } else if index > range.lowerBound, bytes[index - 1] == 0x20, index + 1 < end, bytes[index + 1] == 0x20 {
                    // A hyphen between spaces stands for a dash (`polls did predict it - HuffPollster:`).
                    punctuation(.dash, 1)
                } else {
                    punctuation(.other, 1)
                }
                continue
            case 0xC2:
                let next = index + 1 < end ? bytes[index + 1] : 0
                if next == 0xA0 {
                    index += 2
                } else if next == 0xAB {
                    punctuation(.openingQuote, 2)
                } else if next == 0xBB {
                    punctuation(.closingQuote, 2)
                } else {
                    punctuation(.other, min(2, end - index))
                }
                continue
            case 0xE2:
                guard index + 2 < end else {
                    punctuation(.other, end - index)
                    continue
                }
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if second == 0x80 {
                    if third <= 0x8B || third == 0xAF {
                        index += 3
                        continue
                    }
                    switch third {
                    case 0x9C: punctuation(.openingQuote, 3)
                    case 0x9D: punctuation(.closingQuote, 3)
                    case 0x92, 0x93, 0x94, 0x95: punctuation(.dash, 3)
                    case 0xA6: punctuation(.terminator, 3)
                    case 0x99:
                        if index + 3 < end, isDigit(bytes[index + 3]) { break }
                        punctuation(.other, 3)
                    default: punctuation(.other, 3)
                    }
                    if third != 0x99 || !(index + 3 < end && isDigit(bytes[index + 3])) { continue }
                } else {
                    punctuation(.other, 3)
                    continue
                }
            default:
                if !isWordScalar(bytes, at: index, end: end) {
                    punctuation(.other, min(scalarLength(byte), end - index))
                    continue
                }
            }
            index = scanWord(bytes, from: index, end: end, fold: fold, into: output, at: count)
            count &+= 1
        }
        return count
    }

    /// Scans one word starting at `start` into `output[slot]`; returns the index after it.
    ///
    /// The key is hashed in the same pass (same folding as `key(of:range:)`:
    /// ASCII capitals lowered, `’` read as `'`), so the word's bytes are read once.
    @inline(__always)
    static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, fold: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<LexicalToken>, at slot: Int
    ) -> Int {
        var index = start
        var hasInnerPeriod = false
        var letters = 0
        var hasher = KeyHasher()
        // A leading apostrophe before digits (’90s) belongs to the word.
        if bytes[index] == 0x27 {
            hasher.add(0x27)
            index += 1
        } else if bytes[index] == 0xE2 {
            hasher.add(0x27)
            index += 3
        }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index < end {
            // Fast path: ASCII letters and digits, the bulk of news text, eight bytes at a time.
            if index + 8 <= end {
                let (run, folded) = asciiWordPrefix(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if run > 0 {
                    hasher.add(folded, count: run)
                    index &+= run
                    letters &+= run
                    // After a shorter run the next byte is no ASCII letter or digit, so loading eight bytes
                    // from it again would find a run of none: test that byte below straight away.
                    if run == 8 { continue }
                }
            }
            let byte = bytes[index]
            let folded = fold[Int(byte)]
            if folded != 0 {
                hasher.add(folded)
                index &+= 1
                letters &+= 1
                continue
            }
            if byte >= 0x80, isWordScalar(bytes, at: index, end: end) {
                let width = min(scalarLength(byte), end - index)
                for offset in 0..<width { hasher.add(bytes[index + offset]) }
                index += width
                letters += 1
                continue
            }
            var joinerWidth = 0
            var joinerKey: UInt8 = byte
            if byte == 0x27 || byte == 0x2D || byte == 0x26 || byte == 0x2E {
                joinerWidth = 1
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                joinerWidth = 3
                joinerKey = 0x27
            }
            // `U.S.-led`: a period and a hyphen join as one.
            if byte == 0x2E, index + 2 < end, bytes[index + 1] == 0x2D { joinerWidth = 2 }
            guard joinerWidth > 0, index + joinerWidth < end, isWordScalar(bytes, at: index + joinerWidth, end: end)
            else { break }
            hasher.add(joinerKey)
            if joinerWidth == 2 { hasher.add(0x2D) }
            if byte == 0x2E { hasInnerPeriod = true }
            if byte == 0x2D { letters = 0 }
            index += joinerWidth
        }
        let first = bytes[start]
        let isCapitalized = (first >= 0x41 && first <= 0x5A) || (first == 0xC3 && start + 1 < end && bytes[start + 1] < 0x9F)
        if index < end, bytes[index] == 0x2E,
            hasInnerPeriod || (isCapitalized && letters <= abbreviationLength && !(index + 1 < end && bytes[index + 1] == 0x2E))
        {
            index += 1
        }
        output[slot] = LexicalToken(utf8Start: start, utf8End: index, kind: .word, isCapitalized: isCapitalized, key: hasher.finish())
        return index
    }
}
