/// How a text is cut into words for valence lookup.
public enum TokenizationStyle: Sendable {
    /// vaderSentiment's: split at whitespace, strip ASCII punctuation from both ends unless
    /// that leaves two characters or fewer (then the token is kept whole: `:)`, `it,`).
    case vader
    /// The default scorer's: as `vader`, plus dashes and ellipses split words, curly quotes are
    /// punctuation, `’` reads as `'`, abbreviations keep their final dot (`U.S.`), and the
    /// punctuation after a word marks clause and sentence ends.
    case news
}

/// A word of the text being scored.
///
/// The eight-byte fields come first: stored in declaration order, the token takes 56 bytes
/// instead of 72 with them among the flags, and every scored text reads its tokens many times.
struct ValenceToken {
    /// The entry's valence (news-domain first in news style), NaN outside the lexicon.
    var valence: Double = .nan
    var booster: Double = 0
    /// `ByteKeyTable.hash` of the lowercased word (`’` as `'`), when `hasLookupHash`: the target
    /// finder reuses it instead of hashing the word again.
    var lookupHash: UInt64 = 0
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
    var ruleWord: RuleWord = .none
    /// A negator, or a word with `n't`.
    var isNegation: Bool = false
    var isVaderContrast: Bool = false
    var startsPhrase: Bool = false
    /// Side of a one-word stance cue (`condemned`), if the word is one.
    var cue: StanceLabel?
    var contrast: ContrastKind?
    var isHedge: Bool = false
    var isNameStopword: Bool = false
    /// `regime`, `government`: see `GovernmentReference`.
    var isGovernmentNoun: Bool = false
    /// The word ends in `ed` or `en` (`praised`, `taken`): it may be a past participle, which a
    /// form of `be` before it makes passive.
    var mayBeParticiple: Bool = false
    /// `refused`, `declined`: withholds the stance cue after it (see `withholding-verbs.txt`).
    var isWithholding: Bool = false
    /// The word is (or starts) a cue tagged `act` in `stance-cues.tsv`.
    var isActCue: Bool = false
    var hasLookupHash: Bool = false
    /// The word is in VADER's valence lexicon (for the target finder: `Great` opening a sentence is no name).
    var hasVaderValence: Bool = false
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
    /// Per token, its alias-word number for the target finder (a buffer reused from text to text).
    var aliasWords: [Int] = []
    /// Per-word contrast and hedge factors of the default scorer (a buffer reused from text to text).
    var scale: [Double] = []
    var exclamations = 0
    var questions = 0
    /// The punctuation emphasis added to the last text's sum.
    var emphasis = 0.0
    var baseOffset = 0
    /// Tokens of words already met (see `WordTokenCache`).
    var wordCache = WordTokenCache()
    /// Lowercased word being looked up; words longer than this are in no lexicon.
    let scratch: UnsafeMutablePointer<UInt8>
    static let scratchCapacity = 256

    init() {
        scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.scratchCapacity)
        working.reserveCapacity(1024)
        tokens.reserveCapacity(128)
        sentiments.reserveCapacity(128)
    }

    deinit { scratch.deallocate() }

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
    /// Whose tokens a workspace's `WordTokenCache` holds.
    let identity = TokenizerIdentity()

    /// Fills `workspace` with the words of `text`.
    /// - Complexity: O(*n*) in the number of bytes.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, baseOffset: Int, into workspace: ValenceWorkspace) {
        workspace.baseOffset = baseOffset
        replaceEmoji(text, into: workspace)
        // Local copies: class properties pay a dynamic exclusivity check on every access.
        var tokens = workspace.tokens
        workspace.tokens = []
        tokens.removeAll(keepingCapacity: true)
        let scratch = workspace.scratch
        // Taken out while in use, as the tokens are.
        var cache = WordTokenCache()
        swap(&cache, &workspace.wordCache)
        defer { swap(&cache, &workspace.wordCache) }
        var exclamations = 0
        var questions = 0
        let working = workspace.working
        working.withUnsafeBufferPointer { bytes in
            var index = 0
            var tokenStart = -1
            while index < bytes.count {
                let byte = bytes[index]
                if byte > 0x20 && byte < 0x80 {
                    // The common case: a printable ASCII byte inside a word.
                    if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
                    if tokenStart < 0 { tokenStart = index }
                    index += 1
                    continue
                }
                let separatorLength = Self.separatorLength(bytes, at: index, style: style)
                if separatorLength > 0 {
                    if tokenStart >= 0 { appendToken(bytes, tokenStart..<index, &tokens, scratch, &cache) }
                    if style == .news, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 || bytes[index + 2] == 0xA6,
                        !tokens.isEmpty
                    {
                        // A dash or ellipsis between words ends the clause.
                        tokens[tokens.count - 1].endsClause = true
                    }
                    tokenStart = -1
                    index += separatorLength
                    continue
                }
                if tokenStart < 0 { tokenStart = index }
                index += 1
            }
            if tokenStart >= 0 { appendToken(bytes, tokenStart..<bytes.count, &tokens, scratch, &cache) }
        }
        workspace.tokens = tokens
        workspace.exclamations = exclamations
        workspace.questions = questions
    }

    // MARK: emoji

    /// vaderSentiment replaces each emoji (one code point) with its description, adding a
    /// space before it unless one is there already, and none after it.
    private func replaceEmoji(_ text: UnsafeBufferPointer<UInt8>, into workspace: ValenceWorkspace) {
        workspace.working.removeAll(keepingCapacity: true)
        workspace.mapsToSource = false
        guard Self.hasNonASCII(text), !lexicon.emojiDescriptions.isEmpty, containsEmoji(text) else {
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
            if lexicon.isEmoji(scalar), let description = lexicon.emojiDescriptions[scalar] {
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

    /// Whether any byte is 0x80 or above, eight bytes at a time: most quotations are plain ASCII.
    static func hasNonASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= text.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits != 0 { return true }
            index += 8
        }
        while index < text.count {
            if text[index] >= 0x80 { return true }
            index += 1
        }
        return false
    }

    private func containsEmoji(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            if text[index] < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = Self.decode(text, at: index)
            if lexicon.isEmoji(scalar) { return true }
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

    /// Appends the token of the word `raw` (between two separators): a copy of the cached one
    /// when the word was met before, else `addToken`'s, which is then cached.
    @inline(__always)
    private func appendToken(
        _ bytes: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>, _ tokens: inout [ValenceToken],
        _ scratch: UnsafeMutablePointer<UInt8>, _ cache: inout WordTokenCache
    ) {
        guard raw.count <= WordTokenCache.longestWord else {
            addToken(bytes, raw, &tokens, scratch)
            return
        }
        let (low, high) = WordTokenCache.pack(bytes, raw)
        let offset = Int32(raw.lowerBound)
        if var token = cache.token(low, high, length: raw.count, owner: identity) {
            token.start &+= offset
            token.end &+= offset
            tokens.append(token)
            return
        }
        addToken(bytes, raw, &tokens, scratch)
        var template = tokens[tokens.count - 1]
        template.start &-= offset
        template.end &-= offset
        cache.insert(low, high, length: raw.count, token: template, owner: identity)
    }

    private func addToken(
        _ bytes: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>, _ tokens: inout [ValenceToken], _ scratch: UnsafeMutablePointer<UInt8>
    ) {
        var start = raw.lowerBound
        var end = raw.upperBound
        var endsClause = false
        var endsSentence = false
        switch style {
        case .vader:
            while start < end && Self.isASCIIPunctuation(bytes[start]) { start += 1 }
            while end > start && Self.isASCIIPunctuation(bytes[end - 1]) { end -= 1 }
            // Two code points take at most eight bytes, so longer words skip the count.
            if end - start <= 8 && Self.hasAtMostTwoScalars(bytes, start..<end) {
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
            // Two code points take at most eight bytes, so longer words skip the count.
            if end - start <= 8 && Self.hasAtMostTwoScalars(bytes, start..<end) {
                // As VADER: a word of two characters or fewer keeps its punctuation (`:)`, `ok!`),
                // but the punctuation still ends the clause.
                start = raw.lowerBound
                end = raw.upperBound
            }
            if end < raw.upperBound, bytes[end] == UInt8(ascii: "."), bytes[start..<end].contains(UInt8(ascii: ".")) {
                // An abbreviation (`U.S.`) keeps its final dot, which ends no sentence.
                end += 1
                endsSentence = false
                endsClause = raw.upperBound > end && bytes[end] != UInt8(ascii: ".")
            }
        }
        let (entry, isUpper, hasNegation, isPossessive, lookupHash) = lookupEntry(bytes, start..<end, scratch)
        if style == .news && endsSentence && entry >= 0 && lexicon.hot[Int(entry)].isNameStopword && end - start <= 3
            && end < raw.upperBound && bytes[end] == UInt8(ascii: ".") && bytes[start] &- UInt8(ascii: "A") < 26
        {
            // A title's abbreviation (`Mr.`, `Dr.`, `Sen.`) ends no sentence.
            endsSentence = false
            endsClause = false
        }
        let first = bytes[start]
        let isCapitalised: Bool
        if first < 0x80 {
            isCapitalised = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
        } else {
            let scalar = Self.decode(bytes, at: start).0
            isCapitalised = Unicode.Scalar(scalar)?.properties.isUppercase ?? false
        }
        var token = ValenceToken(
            start: Int32(start), end: Int32(end), entry: entry, isUpper: isUpper,
            hasContractedNegation: hasNegation, endsClause: endsClause, endsSentence: endsSentence,
            isPossessive: isPossessive, isCapitalised: isCapitalised)
        token.isNegation = hasNegation
        if end - start >= 4, bytes[end - 1] | 0x20 == UInt8(ascii: "d") || bytes[end - 1] | 0x20 == UInt8(ascii: "n"),
            bytes[end - 2] | 0x20 == UInt8(ascii: "e")
        {
            token.mayBeParticiple = true
        }
        if let lookupHash {
            token.lookupHash = lookupHash
            token.hasLookupHash = true
        }
        if entry >= 0 {
            let hot = lexicon.hot[Int(entry)]
            token.valence = style == .news ? hot.newsValence : hot.vaderValence
            token.booster = hot.booster
            token.ruleWord = hot.ruleWord
            token.isNegation = hasNegation || hot.isNegator
            token.isVaderContrast = hot.isVaderContrast
            token.startsPhrase = hot.startsPhrase
            token.cue = hot.cue
            token.contrast = hot.contrast
            token.isHedge = hot.isHedge
            token.isNameStopword = hot.isNameStopword
            token.isGovernmentNoun = hot.isGovernmentNoun
            token.isWithholding = hot.isWithholding
            token.isActCue = hot.isActCue
            token.hasVaderValence = !hot.vaderValence.isNaN
        }
        tokens.append(token)
    }

    /// Whether `range` holds two code points or fewer, stopping at the third (most words reach it at
    /// their third byte).
    @inline(__always)
    static func hasAtMostTwoScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 {
            count += 1
            if count > 2 { return false }
        }
        return true
    }

    /// Lowercases the word (Python's `str.lower()`) into `scratch`, looks it up, and reads its letter case.
    @inline(__always)
    private func lookupEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ scratch: UnsafeMutablePointer<UInt8>)
        -> (entry: Int32, isUpper: Bool, hasNegation: Bool, isPossessive: Bool, hash: UInt64?)
    {
        var count = range.count
        var isASCII = true
        var hasUpper = false
        var hasLower = false
        // An apostrophe copied: only then can the word hold `n't`.
        var hasApostrophe = false
        var hash = ByteKeyTable.hashSeed
        if count <= ValenceWorkspace.scratchCapacity {
            var position = 0
            var index = range.lowerBound
            while index < range.upperBound {
                var byte = bytes[index]
                if byte >= 0x80 {
                    // U+2000...U+203F (dashes, quotes, `’`, `…`) has no letters, so lowercasing keeps
                    // it as it is: copy it and stay on the fast path. News style reads `’` as `'`.
                    if byte == 0xE2 && index + 2 < range.upperBound && bytes[index + 1] == 0x80 {
                        if style == .news && bytes[index + 2] == 0x99 {
                            hasApostrophe = true
                            scratch[position] = UInt8(ascii: "'")
                            hash = ByteKeyTable.hashStep(hash, UInt8(ascii: "'"))
                            position += 1
                        } else {
                            for offset in 0..<3 {
                                scratch[position] = bytes[index + offset]
                                hash = ByteKeyTable.hashStep(hash, bytes[index + offset])
                                position += 1
                            }
                        }
                        index += 3
                        continue
                    }
                    isASCII = false
                    break
                }
                if byte &- UInt8(ascii: "A") < 26 {
                    hasUpper = true
                    byte |= 0x20
                } else if byte &- UInt8(ascii: "a") < 26 {
                    hasLower = true
                } else if byte == UInt8(ascii: "'") {
                    hasApostrophe = true
                }
                scratch[position] = byte
                hash = ByteKeyTable.hashStep(hash, byte)
                position += 1
                index += 1
            }
            count = position
        } else {
            isASCII = false
        }
        var isUpper = hasUpper && !hasLower
        if !isASCII {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            isUpper = Self.pythonIsUpper(word)
            var lowercase = word.lowercased()
            if style == .news { lowercase = String(lowercase.map { $0 == "\u{2019}" ? "'" : $0 }) }
            count = lowercase.utf8.count
            if count > ValenceWorkspace.scratchCapacity {
                return (-1, isUpper, lowercase.contains("n't"), false, nil)
            }
            var position = 0
            for byte in lowercase.utf8 {
                scratch[position] = byte
                position += 1
            }
        }
        var hasNegation = false
        if count >= 3 && (hasApostrophe || !isASCII) {
            for index in 0...(count - 3)
            where scratch[index] == UInt8(ascii: "n") && scratch[index + 1] == UInt8(ascii: "'") && scratch[index + 2] == UInt8(ascii: "t") {
                hasNegation = true
                break
            }
        }
        var entry = isASCII
            ? lexicon.lookup(UnsafeBufferPointer(start: scratch, count: count), hash: hash)
            : lexicon.lookup(UnsafeBufferPointer(start: scratch, count: count))
        if entry < 0 && style == .news && count > 3 {
            entry = lookupElongated(scratch, count: count)
        }
        var isPossessive = false
        if style == .news, count > 2, scratch[count - 1] == UInt8(ascii: "s"), scratch[count - 2] == UInt8(ascii: "'") {
            // Not looked up without the `'s`: possessives are mostly names (`Hell's Kitchen`, `God's`),
            // whose look-alike words would add valence the writer never meant.
            isPossessive = true
        }
        return (entry, isUpper, hasNegation, isPossessive, isASCII ? hash : nil)
    }

    /// A word stretched for emphasis (`goooood`, `loooove`): letters repeated three times or
    /// more are cut to two, then to one, and looked up again.
    private func lookupElongated(_ scratch: UnsafeMutablePointer<UInt8>, count: Int) -> Int32 {
        var hasRun = false
        for index in 2..<count where scratch[index] == scratch[index - 1] && scratch[index] == scratch[index - 2] {
            hasRun = scratch[index] &- UInt8(ascii: "a") < 26
            if hasRun { break }
        }
        guard hasRun else { return -1 }
        for keep in [2, 1] {
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(count)
            var run = 0
            for index in 0..<count {
                run = index > 0 && scratch[index] == scratch[index - 1] ? run + 1 : 1
                if run <= keep { collapsed.append(scratch[index]) }
            }
            let entry = collapsed.withUnsafeBufferPointer { lexicon.lookup($0) }
            if entry >= 0 { return entry }
        }
        return -1
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
