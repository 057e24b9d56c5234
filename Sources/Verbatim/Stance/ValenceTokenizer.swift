/// How a text is cut into words for valence lookup.
public enum TokenizationStyle: Sendable {
    /// vaderSentiment's: split at whitespace, strip ASCII punctuation from both ends unless
    /// that leaves two characters or fewer (then the token is kept whole: `:)`, `it,`).
    case vader
    /// The default scorer's: as `vader`, plus dashes and ellipses split words, curly quotes
    /// are punctuation, short words lose their punctuation too (unless the whole token is a
    /// lexicon entry such as `:)`), `’` reads as `'`, and `Russia’s` is looked up as `russia`.
    case news
}

/// A word of the text being scored.
struct ValenceToken {
    /// Bytes `start..<end` of the workspace's working buffer.
    var start: Int32
    var end: Int32
    /// Vocabulary entry of the lowercased word, or -1.
    var entry: Int32
    /// Python's `str.isupper()`: some cased letter, none lowercase.
    var isUpper: Bool
    /// The lowercased word contains `n't`.
    var hasContractedNegation: Bool
    /// Punctuation after the word ends a clause (`,` `;` `:` `.` `!` `?` or a dash); news style only.
    var endsClause: Bool
    /// `.`, `!` or `?` after the word ends a sentence; news style only.
    var endsSentence: Bool
    /// The word ended in `'s` / `’s`, which was dropped for lookup; news style only.
    var isPossessive: Bool
    /// The word starts with an uppercase letter.
    var isCapitalised: Bool
}

/// Reusable buffers for scoring one text after another without allocating.
final class ValenceWorkspace {
    /// The text after emoji were replaced by their descriptions (or a copy of it).
    var working: [UInt8] = []
    /// For each working byte, the source byte range of the character it came from.
    var sourceStart: [Int32] = []
    var sourceEnd: [Int32] = []
    var mapsToSource = false
    var tokens: [ValenceToken] = []
    var sentiments: [Double] = []
    var lowered: [UInt8] = []
    var exclamations = 0
    var questions = 0
    var baseOffset = 0

    init() {
        working.reserveCapacity(1024)
        tokens.reserveCapacity(128)
        sentiments.reserveCapacity(128)
        lowered.reserveCapacity(64)
    }

    /// The source byte range (offset by the scored range's start) of token `index`.
    func sourceRange(ofToken index: Int) -> Range<Int> {
        let token = tokens[index]
        if !mapsToSource { return (baseOffset + Int(token.start))..<(baseOffset + Int(token.end)) }
        return (baseOffset + Int(sourceStart[Int(token.start)]))..<(baseOffset + Int(sourceEnd[Int(token.end) - 1]))
    }
}

/// Cuts text into `ValenceToken`s, working on UTF-8 bytes.
struct ValenceTokenizer {
    let lexicon: StanceLexicon
    let style: TokenizationStyle

    /// Fills `workspace` with the words of `text`.
    /// - Complexity: O(*n*) in the number of bytes.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, baseOffset: Int, into workspace: ValenceWorkspace) {
        workspace.baseOffset = baseOffset
        workspace.tokens.removeAll(keepingCapacity: true)
        replaceEmoji(text, into: workspace)
        var exclamations = 0
        var questions = 0
        workspace.working.withUnsafeBufferPointer { bytes in
            var index = 0
            var tokenStart = -1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
                let separatorLength = Self.separatorLength(bytes, at: index, style: style)
                if separatorLength > 0 {
                    if tokenStart >= 0 { addToken(bytes, tokenStart..<index, workspace) }
                    if style == .news, byte == 0xE2, bytes[index + 1] == 0x80, [0x93, 0x94, 0xA6].contains(bytes[index + 2]),
                        !workspace.tokens.isEmpty
                    {
                        // A dash or ellipsis between words ends the clause.
                        workspace.tokens[workspace.tokens.count - 1].endsClause = true
                    }
                    tokenStart = -1
                    index += separatorLength
                    continue
                }
                if tokenStart < 0 { tokenStart = index }
                index += 1
            }
            if tokenStart >= 0 { addToken(bytes, tokenStart..<bytes.count, workspace) }
        }
        workspace.exclamations = exclamations
        workspace.questions = questions
    }

    // MARK: emoji

    /// vaderSentiment replaces each emoji (one code point) with its description, adding a
    /// space before it unless one is there already, and none after it.
    private func replaceEmoji(_ text: UnsafeBufferPointer<UInt8>, into workspace: ValenceWorkspace) {
        workspace.working.removeAll(keepingCapacity: true)
        workspace.mapsToSource = false
        var hasNonASCII = false
        for byte in text where byte >= 0x80 {
            hasNonASCII = true
            break
        }
        guard hasNonASCII, !lexicon.emojiDescriptions.isEmpty, containsEmoji(text) else {
            workspace.working.append(contentsOf: text)
            return
        }
        workspace.mapsToSource = true
        workspace.sourceStart.removeAll(keepingCapacity: true)
        workspace.sourceEnd.removeAll(keepingCapacity: true)
        var index = 0
        var previousIsSpace = true
        while index < text.count {
            let (scalar, length) = Self.decode(text, at: index)
            let start = Int32(index)
            let end = Int32(index + length)
            if let description = lexicon.emojiDescriptions[scalar] {
                if !previousIsSpace {
                    workspace.working.append(UInt8(ascii: " "))
                    workspace.sourceStart.append(start)
                    workspace.sourceEnd.append(end)
                }
                for byte in description {
                    workspace.working.append(byte)
                    workspace.sourceStart.append(start)
                    workspace.sourceEnd.append(end)
                }
                previousIsSpace = false
            } else {
                for offset in 0..<length {
                    workspace.working.append(text[index + offset])
                    workspace.sourceStart.append(start)
                    workspace.sourceEnd.append(end)
                }
                previousIsSpace = scalar == 0x20
            }
            index += length
        }
    }

    private func containsEmoji(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            if text[index] < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = Self.decode(text, at: index)
            if lexicon.emojiDescriptions[scalar] != nil { return true }
            index += length
        }
        return false
    }

    /// Decodes the code point at `index` (valid UTF-8 assumed; a stray byte reads as itself).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (UInt32(lead), 1) }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        return (value, length)
    }

    // MARK: separators and punctuation

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }

    /// Bytes of the separator at `index`, or 0. Python's `str.split()` splits at every
    /// character for which `str.isspace()` holds; news style also splits at dashes and `…`.
    @inline(__always)
    static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, style: TokenizationStyle) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isSpace(byte) ? 1 : 0 }
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return 0 }
        let (scalar, length) = decode(bytes, at: index)
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return length
        case 0x2013, 0x2014, 0x2026: return style == .news ? length : 0
        default: return 0
        }
    }

    /// Python's `string.punctuation`: the ASCII punctuation characters.
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Bytes of curly quotes or guillemets at `index` (news style treats them as punctuation).
    @inline(__always)
    static func curlyQuoteLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        if bytes[index] == 0xE2, index + 2 < limit, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D
        {
            return 3
        }
        if bytes[index] == 0xC2, index + 1 < limit, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return 2 }
        return 0
    }

    /// The length of the curly quote that ends just before `end`, or 0.
    @inline(__always)
    static func curlyQuoteLengthEnding(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, start: Int) -> Int {
        if end - start >= 3, curlyQuoteLength(bytes, at: end - 3, limit: end) == 3 { return 3 }
        if end - start >= 2, curlyQuoteLength(bytes, at: end - 2, limit: end) == 2 { return 2 }
        return 0
    }

    // MARK: tokens

    private func addToken(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>, _ workspace: ValenceWorkspace) {
        var start = raw.lowerBound
        var end = raw.upperBound
        var endsClause = false
        var endsSentence = false
        switch style {
        case .vader:
            while start < end && Self.isASCIIPunctuation(bytes[start]) { start += 1 }
            while end > start && Self.isASCIIPunctuation(bytes[end - 1]) { end -= 1 }
            if Self.scalarCount(bytes, start..<end) <= 2 {
                start = raw.lowerBound
                end = raw.upperBound
            }
        case .news:
            while start < end {
                if Self.isASCIIPunctuation(bytes[start]) {
                    start += 1
                } else if case let length = Self.curlyQuoteLength(bytes, at: start, limit: end), length > 0 {
                    start += length
                } else {
                    break
                }
            }
            while end > start {
                let byte = bytes[end - 1]
                if Self.isASCIIPunctuation(byte) {
                    switch byte {
                    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                        endsClause = true
                        endsSentence = true
                    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"): endsClause = true
                    default: break
                    }
                    end -= 1
                } else if case let length = Self.curlyQuoteLengthEnding(bytes, before: end, start: start), length > 0 {
                    end -= length
                } else {
                    break
                }
            }
            if start == end || lookupEntry(bytes, raw, workspace).entry >= 0 && !hasLetters(bytes, start..<end) {
                // An emoticon (`:)`, `:-(`) or bare punctuation stays whole.
                start = raw.lowerBound
                end = raw.upperBound
                endsClause = false
                endsSentence = false
            }
            if end < raw.upperBound, bytes[end] == UInt8(ascii: "."), bytes[start..<end].contains(UInt8(ascii: ".")) {
                // An abbreviation (`U.S.`) keeps its final dot, which ends no sentence.
                end += 1
                endsSentence = false
                endsClause = raw.upperBound > end && bytes[end] != UInt8(ascii: ".")
            }
        }
        let (entry, isUpper, hasNegation, isPossessive) = lookupEntry(bytes, start..<end, workspace)
        let first = bytes[start]
        let isCapitalised: Bool
        if first < 0x80 {
            isCapitalised = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
        } else {
            let scalar = Self.decode(bytes, at: start).0
            isCapitalised = Unicode.Scalar(scalar)?.properties.isUppercase ?? false
        }
        workspace.tokens.append(
            ValenceToken(
                start: Int32(start), end: Int32(end), entry: entry, isUpper: isUpper,
                hasContractedNegation: hasNegation, endsClause: endsClause, endsSentence: endsSentence,
                isPossessive: isPossessive, isCapitalised: isCapitalised))
    }

    private func hasLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index] | 0x20
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || bytes[index] >= 0x80 { return true }
        }
        return false
    }

    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Lowercases the word (Python's `str.lower()`), looks it up, and reads its letter case.
    private func lookupEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ workspace: ValenceWorkspace)
        -> (entry: Int32, isUpper: Bool, hasNegation: Bool, isPossessive: Bool)
    {
        workspace.lowered.removeAll(keepingCapacity: true)
        var isASCII = true
        var hasUpper = false
        var hasLower = false
        for index in range {
            var byte = bytes[index]
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                hasUpper = true
                byte |= 0x20
            } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                hasLower = true
            }
            workspace.lowered.append(byte)
        }
        var isUpper = hasUpper && !hasLower
        if !isASCII {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            isUpper = Self.pythonIsUpper(word)
            workspace.lowered.removeAll(keepingCapacity: true)
            var lowered = word.lowercased()
            if style == .news { lowered = lowered.replacingOccurrences(of: "\u{2019}", with: "'") }
            workspace.lowered.append(contentsOf: lowered.utf8)
        }
        return workspace.lowered.withUnsafeBufferPointer { lowered in
            var hasNegation = false
            if lowered.count >= 3 {
                for index in 0...(lowered.count - 3)
                where lowered[index] == UInt8(ascii: "n") && lowered[index + 1] == UInt8(ascii: "'") && lowered[index + 2] == UInt8(ascii: "t") {
                    hasNegation = true
                    break
                }
            }
            var entry = lexicon.lookup(lowered)
            var isPossessive = false
            if style == .news, lowered.count > 2, lowered[lowered.count - 1] == UInt8(ascii: "s"),
                lowered[lowered.count - 2] == UInt8(ascii: "'")
            {
                isPossessive = true
                if entry < 0 { entry = lexicon.lookup(UnsafeBufferPointer(rebasing: lowered[0..<(lowered.count - 2)])) }
            }
            return (entry, isUpper, hasNegation, isPossessive)
        }
    }

    /// Python's `str.isupper()`: at least one cased character and none lowercase or titlecase.
    static func pythonIsUpper(_ word: String) -> Bool {
        var cased = false
        for scalar in word.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }
}
