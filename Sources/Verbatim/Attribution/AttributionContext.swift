/// What every speaker rule reads: the document's tokens and text, the
/// lexicons, and helpers that find the speaker phrase next to a cue.
struct AttributionContext {
    let document: AnalyzedDocument
    let lexical: LexicalDocument
    let lexicons: AttributionLexicons
    let tokens: [LexicalToken]

    /// Token range of each quotation's cue, by the quotation's index (nil: no cue).
    private var cueRanges: [Range<Int>?] = []
    /// The cue lexicon's entry at each quotation's cue, by the quotation's index.
    private var cueEntries: [PhraseLexicon.Entry?] = []

    /// - Parameter quotations: the quotations the rules will read, in the order they will be passed: the token
    ///   range and lexicon entry of each cue are worked out here once, since most quotations pass through some
    ///   ten rules that each need them (and a cue never changes while speakers are found).
    /// - Complexity: O(*q* · *k*) for *q* quotations with cues of *k* tokens.
    init(document: AnalyzedDocument, lexical: LexicalDocument, lexicons: AttributionLexicons, quotations: [Quotation] = []) {
        self.document = document
        self.lexical = lexical
        self.lexicons = lexicons
        tokens = lexical.tokens
        // Local arrays, and the static look-ups: a method called on `self` while it is being built copies the
        // whole context (some forty references) at every call.
        var ranges: [Range<Int>?] = []
        var entries: [PhraseLexicon.Entry?] = []
        ranges.reserveCapacity(quotations.count)
        entries.reserveCapacity(quotations.count)
        let cues = lexicons.cues
        let tokens = lexical.tokens
        quotations.withUnsafeBufferPointer { quotations in
            for index in quotations.indices {
                let range = Self.cueRange(quotations[index], in: lexical)
                ranges.append(range)
                entries.append(range.flatMap { cues.longestMatch(in: tokens, at: $0.lowerBound) })
            }
        }
        cueRanges = ranges
        cueEntries = entries
    }

    /// Token range of the cue of the quotation at `index` (of those the context was made with).
    /// - Complexity: O(1).
    @inline(__always)
    func cueRange(of index: Int) -> Range<Int>? {
        cueRanges[index]
    }

    /// The cue lexicon's entry at the cue of the quotation at `index` (of those the context was made with).
    /// - Complexity: O(1).
    @inline(__always)
    func cueEntry(of index: Int) -> PhraseLexicon.Entry? {
        cueEntries[index]
    }

    /// Most tokens of a speaker phrase (`U.S. Central Command officials`).
    static let maximumPhraseTokens = 7
    /// Most tokens of an appositive between commas (`Muhammad Mardoud, a media activist, told`).
    static let maximumAppositiveTokens = 20
    /// Most tokens of a description between commas before a cue (`Bill Millis, a North Carolina businessman who …, said`).
    /// Source: PolNeAR train and dev (round quality-9): 25 tokens reached 4 of the 7 train gains over 20, 30 all of
    /// them; 30, 40 and 80 give byte-identical output on both splits. 40 leaves room on held-out text while still
    /// bounding the scan (a terminator, colon or quotation mark ends it first).
    static let maximumCommaDescriptionTokens = 40

    /// A phrase naming a speaker.
    struct Phrase {
        /// Token range of the mention.
        var mention: Range<Int>
        /// Title or role found with it (`Secretary of State`, `a media activist`).
        var role: String?
        /// The head noun when it is not the mention's last word (`activists` in `Activists in eastern Aleppo`).
        var head: Int? = nil
    }

    /// The index of the first token at or after byte offset `utf8`.
    func tokenIndex(atOrAfter utf8: Int) -> Int {
        lexical.tokenIndex(atOrAfter: utf8)
    }

    func text(_ range: Range<Int>) -> String {
        document.text.string(utf8: tokens[range.lowerBound].utf8Start..<tokens[range.upperBound - 1].utf8End)
    }

    func span(_ range: Range<Int>) -> TextSpan {
        document.text.span(utf8Start: tokens[range.lowerBound].utf8Start, utf8End: tokens[range.upperBound - 1].utf8End)
    }

    func isPronoun(_ index: Int) -> Bool {
        tokens[index].kind == .word && lexicons.pronouns.contains(tokens[index].key)
    }

    /// The speaker phrase that ends just before token `end` (the subject of
    /// `Kerry said`, `the official told`, `Muhammad Mardoud, a media activist, told`).
    func phrase(endingBefore end: Int, notBefore lower: Int) -> Phrase? {
        var index = end - 1
        // Before a progressive cue (`is already claiming`, `has been saying`) auxiliaries are skipped too.
        let progressive = end < tokens.count && tokens[end].kind == .word && endsInIng(tokens[end])
        // A capitalised auxiliary is a name (`Will called for` names George Will); time words may be capitalised.
        while index >= lower, tokens[index].kind == .word,
            !(tokens[index].isCapitalized && lexicons.auxiliaries.contains(tokens[index].key)),
            lexicons.adverbs.contains(tokens[index].key)
                || (progressive && lexicons.auxiliaries.contains(tokens[index].key))
                || isMannerAdverb(index, notBefore: lower)
        {
            index -= 1
        }
        guard index >= lower else { return nil }
        // `Lewandowski continued to say`, `his critics rushed to TV to say`: step back over `to` and its verb.
        if tokens[index].kind == .word, tokens[index].key == Self.toKey, index - 2 >= lower,
            tokens[index - 1].kind == .word
        {
            return phrase(endingBefore: index - 1, notBefore: lower)
        }
        // `Democrats — buoyed by … — have found`: a dash-bounded aside.
        if tokens[index].kind == .dash {
            var open = index - 1
            while open >= lower, index - open <= Self.maximumAppositiveTokens, tokens[open].kind != .dash,
                tokens[open].kind != .terminator
            {
                open -= 1
            }
            guard open >= lower, tokens[open].kind == .dash else { return nil }
            return phrase(endingBefore: open, notBefore: lower)
        }
        // `Kasich (R-OH), said`: a comma right after a parenthesis closes the name, not an appositive.
        if tokens[index].kind == .comma, index - 1 >= lower, tokens[index - 1].kind == .other,
            document.text.bytes[tokens[index - 1].utf8Start] == 0x29
        {
            index -= 1
        }
        // A parenthesis after the name (`Reid (D-Nev.) said`): step over it.
        if tokens[index].kind == .other, document.text.bytes[tokens[index].utf8Start] == 0x29 {
            var open = index - 1
            while open >= lower, index - open <= Self.maximumPhraseTokens {
                if tokens[open].kind == .other && document.text.bytes[tokens[open].utf8Start] == 0x28 { break }
                open -= 1
            }
            guard open >= lower, index - open <= Self.maximumPhraseTokens else { return nil }
            return phrase(endingBefore: open, notBefore: lower)
        }
        if let comma = commaOpeningTitledAppositive(closingAt: index, notBefore: lower) {
            return phrase(endingBefore: comma, notBefore: lower)
        }
        if tokens[index].kind == .comma {
            // An appositive or relative clause between commas: the speaker is before the first comma.
            var comma = index - 1
            while comma >= lower, index - comma <= Self.maximumCommaDescriptionTokens {
                let kind = tokens[comma].kind
                if kind == .comma, !AsideBeforePredicate.closesAside(at: comma, before: index, context: self) { break }
                if kind == .terminator || tokens[comma].isQuoteMark || kind == .colon { return nil }
                comma -= 1
            }
            guard comma >= lower, tokens[comma].kind == .comma, var phrase = phrase(endingBefore: comma, notBefore: lower)
            else { return nil }
            let appositive = (comma + 1)..<index
            if phrase.role == nil, !appositive.isEmpty, !tokens[appositive.lowerBound].isCapitalized,
                !["who", "which"].contains(text(appositive.lowerBound..<(appositive.lowerBound + 1)))
            {
                phrase.role = text(appositive)
            }
            return phrase
        }
        guard tokens[index].kind == .word else { return nil }
        if let before = stepOverAgeOrYear(index, notBefore: lower) { return phrase(endingBefore: before, notBefore: lower) }
        if let word = lexicons.nonSpeakers.longestMatch(in: tokens, at: index), word.keys.count == 1 {
            // `Wilson praised Rubio and said …`: the cue shares the sentence's subject.
            guard word.tags.contains("coordination") else { return nil }
            return coordinatedPronounSubject(before: index) ?? sentenceSubject(of: index)
        }
        if isPronoun(index) { return Phrase(mention: index..<(index + 1), role: nil) }
        if tokens[index].isCapitalized {
            var start = index
            while start - 1 >= lower, start > index - Self.maximumPhraseTokens {
                let previous = tokens[start - 1]
                guard previous.kind == .word else { break }
                // `But Kerry said`, `When Clinton noted`, `After Trump said`: a sentence-opening conjunction,
                // subordinator or preposition is not part of the name.
                if previous.isCapitalized
                    && (lexicons.nonSpeakers.contains(previous.key) || lexicons.phraseStops.contains(previous.key))
                {
                    break
                }
                if previous.isCapitalized || (lexicons.nameConnectors.contains(previous.key) && start - 2 >= lower && tokens[start - 2].isCapitalized) {
                    start -= 1
                } else {
                    break
                }
            }
            // Lowercase role words before the name: `media activist Muhammad Mardoud`.
            var roleStart = start
            while roleStart - 1 >= lower, start - roleStart < Self.maximumRoleWords, tokens[roleStart - 1].kind == .word,
                !tokens[roleStart - 1].isCapitalized, !lexicons.determiners.contains(tokens[roleStart - 1].key),
                !lexicons.cues.startsSomeEntry(tokens[roleStart - 1].key),
                !lexicons.phraseStops.contains(tokens[roleStart - 1].key),
                !lexicons.adverbs.contains(tokens[roleStart - 1].key)
            {
                roleStart -= 1
            }
            // `Activists in eastern Aleppo said`: a place after a group noun belongs to the group, not a name.
            if let group = groupBeforePreposition(roleStart, notBefore: lower) {
                return Phrase(mention: group.mention.lowerBound..<(index + 1), role: nil, head: group.head)
            }
            return Phrase(mention: start..<(index + 1), role: roleStart < start ? text(roleStart..<start) : nil)
        }
        // A common noun phrase: back to its determiner (`the official`, `U.S. officials`).
        var start = index
        while start - 1 >= lower, index - start < Self.maximumPhraseTokens - 1 {
            let previous = tokens[start - 1]
            guard previous.kind == .word else { break }
            if lexicons.determiners.contains(previous.key) {
                start -= 1
                break
            }
            if lexicons.cues.startsSomeEntry(previous.key) || lexicons.phraseStops.contains(previous.key)
                || lexicons.nonSpeakers.contains(previous.key) || lexicons.adverbs.contains(previous.key)
            {
                break
            }
            start -= 1
        }
        // `officials close to the investigation said`: the group, with its prepositional phrase.
        if let group = groupBeforePreposition(start, notBefore: lower) {
            return Phrase(mention: group.mention.lowerBound..<(index + 1), role: nil, head: group.head)
        }
        return Phrase(mention: start..<(index + 1), role: nil)
    }

    /// Most digits of an age between commas (`Marley Anderson, 21, a junior from Las Vegas, said`).
    static let maximumAgeDigits = 3

    /// Where the speaker phrase ends when token `index` is a number that names nobody: an age between commas
    /// after a name (`Woodrow Benford, 58, who lives …, says`: the comma before the age) or a year after a
    /// preposition (`McConnell, who in 2010 said`, `an executive … in 2009 sought`: the word before the
    /// preposition); nil for any other token.
    /// - Complexity: O(*k*) in the token's bytes.
    func stepOverAgeOrYear(_ index: Int, notBefore lower: Int) -> Int? {
        guard index - 1 >= lower, isNumber(tokens[index]) else { return nil }
        let previous = tokens[index - 1]
        // Between commas, set off by a space (`21,000 said` is one number, `Clinton, 43 said` a count).
        if previous.kind == .comma, previous.utf8End < tokens[index].utf8Start,
            tokens[index].utf8End - tokens[index].utf8Start <= Self.maximumAgeDigits,
            index + 1 < tokens.count, tokens[index + 1].kind == .comma
        {
            return index - 1
        }
        if previous.kind == .word, !previous.isCapitalized, lexicons.phraseStops.contains(previous.key) {
            return index - 1
        }
        return nil
    }

    /// True when the token is ASCII digits only (`58`, `2010`).
    func isNumber(_ token: LexicalToken) -> Bool {
        let bytes = document.text.bytes
        var position = token.utf8Start
        guard position < token.utf8End else { return false }
        while position < token.utf8End {
            guard bytes[position] >= 0x30, bytes[position] <= 0x39 else { return false }
            position += 1
        }
        return true
    }

    /// The group phrase before a preposition ending just before token `end` (`Activists` before
    /// `in eastern Aleppo`), when the word before the preposition is a group noun.
    func groupBeforePreposition(_ end: Int, notBefore lower: Int) -> Phrase? {
        let preposition = end - 1
        guard preposition - 1 >= lower, tokens[preposition].kind == .word, !tokens[preposition].isCapitalized,
            lexicons.phraseStops.contains(tokens[preposition].key)
        else { return nil }
        // The group noun right before the preposition, or before one adjective (`officials close to`, `local to`).
        var noun = preposition - 1
        if noun - 1 >= lower, tokens[noun].kind == .word, !tokens[noun].isCapitalized,
            !lexicons.groupNouns.contains(tokens[noun].key), tokens[noun - 1].kind == .word
        {
            noun -= 1
        }
        guard tokens[noun].kind == .word, lexicons.groupNouns.contains(tokens[noun].key),
            var group = phrase(endingBefore: noun + 1, notBefore: lower), group.head == nil,
            group.mention.upperBound == noun + 1
        else { return nil }
        group.head = noun
        return group
    }

    /// The speaker phrase that starts at token `start` (after an inverted cue: `said Kerry`, `according to the Pentagon`).
    func phrase(startingAt start: Int, before upper: Int) -> Phrase? {
        guard start < upper, tokens[start].kind == .word else { return nil }
        if isPronoun(start) { return Phrase(mention: start..<(start + 1), role: nil) }
        var end = start
        while end < upper, end - start < Self.maximumPhraseTokens {
            let token = tokens[end]
            guard token.kind == .word else { break }
            if end > start, !token.isCapitalized {
                if lexicons.phraseStops.contains(token.key) || lexicons.pronouns.contains(token.key)
                    || lexicons.cues.startsSomeEntry(token.key) || token.key == Self.whoKey
                {
                    if !(lexicons.nameConnectors.contains(token.key) && end + 1 < upper && tokens[end + 1].isCapitalized) {
                        break
                    }
                }
            }
            end += 1
        }
        guard end > start else { return nil }
        // An appositive after the name is its role: `said Sen. Smith, a Democrat`.
        var role: String?
        if end + 1 < upper, tokens[end].kind == .comma, tokens[start].isCapitalized {
            var roleEnd = end + 1
            while roleEnd < upper, tokens[roleEnd].kind == .word, roleEnd - end <= Self.maximumPhraseTokens { roleEnd += 1 }
            // Only a closed appositive is a role: `according to Lavrov, the ceasefire collapsed because …` opens a clause.
            let closed = roleEnd == upper || tokens[roleEnd].kind == .comma || tokens[roleEnd].kind == .terminator
            if closed, roleEnd > end + 1, lexicons.determiners.contains(tokens[end + 1].key) { role = text((end + 1)..<roleEnd) }
        }
        return Phrase(mention: start..<end, role: role)
    }

    /// True when token `index` is a lowercase `-ly` adverb between a speaker and a cue (`Clinton has increasingly
    /// decried`, `she jokingly said`); after a determiner it is a noun (`the family said`).
    func isMannerAdverb(_ index: Int, notBefore lower: Int) -> Bool {
        let token = tokens[index]
        guard !token.isCapitalized, token.utf8End - token.utf8Start > Self.minimumAdverbBytes, index - 1 >= lower,
            tokens[index - 1].kind == .word, !lexicons.determiners.contains(tokens[index - 1].key)
        else { return false }
        let bytes = document.text.bytes
        return bytes[token.utf8End - 2] == 0x6C && bytes[token.utf8End - 1] == 0x79
    }

    /// True when the word at `index` opens an adverbial clause rather than a subject: a preposition or time word
    /// (`In`, `After`, `Last`), a subordinator (`When`, `If`, `As`), an adverb, or a participle (`Speaking`, `Asked`).
    func opensAdverbial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return true }
        if lexicons.phraseStops.contains(token.key) || lexicons.nonSpeakers.contains(token.key)
            || lexicons.adverbs.contains(token.key) || endsInIng(token)
        {
            return true
        }
        let bytes = document.text.bytes
        let end = token.utf8End
        // `Asked about …,` `Unlike …,` `Still,`: an `-ed` participle or an `-ly`/`-like` adverb.
        return end - token.utf8Start > Self.minimumAdverbBytes
            && ((bytes[end - 2] == 0x65 && bytes[end - 1] == 0x64) || (bytes[end - 2] == 0x6C && bytes[end - 1] == 0x79))
    }

    /// Fewest bytes of an `-ly` adverb: shorter `-ly` words are nouns or particles (`ally`, `only`).
    static let minimumAdverbBytes = 4

    /// True when the word ends in `ing` (a progressive or participle form).
    func endsInIng(_ token: LexicalToken) -> Bool {
        let bytes = document.text.bytes
        let end = token.utf8End
        return end - token.utf8Start > 3 && bytes[end - 3] | 0x20 == 0x69 && bytes[end - 2] | 0x20 == 0x6E
            && bytes[end - 1] | 0x20 == 0x67
    }

    /// True when the last character of token `index` is `s` (a plural: `officials`), read from the bytes
    /// instead of a `String` made for the test; only after a non-ASCII byte can `s` share a character with
    /// what precedes it, and then the characters decide.
    /// - Complexity: O(1), O(*k*) in the token's length after a non-ASCII byte.
    func endsInS(_ index: Int) -> Bool {
        let token = tokens[index]
        let bytes = document.text.bytes
        let end = token.utf8End
        guard end > token.utf8Start, bytes[end - 1] == 0x73 else { return false }
        if end - 1 == token.utf8Start || bytes[end - 2] < 0x80 { return true }
        return text(index..<(index + 1)).hasSuffix("s")
    }

    static let whoKey = LexicalScanner.key(of: "who")
    static let toKey = LexicalScanner.key(of: "to")

    /// Most lowercase role words before a name (`media activist Muhammad Mardoud`).
    static let maximumRoleWords = 3
    /// Most tokens of a sentence subject with its role and name (`Former Republican presidential candidate Jeb Bush`).
    static let maximumSubjectTokens = 14
    /// Most lowercase words a sentence subject takes after its determiner or name (`the Russian government`).
    static let maximumSubjectNouns = 2

    /// The first speaker phrase of the sentence holding token `index` (the subject of a participle cue).
    func sentenceSubject(of index: Int) -> Phrase? {
        let sentence = lexical.sentenceRange(of: index)
        var start = sentence.lowerBound
        // `WASHINGTON (AP) — Donald Trump called …`: the subject starts after a dateline.
        if let afterDateline = DatelineOpener.end(of: sentence, context: self), afterDateline < index { start = afterDateline }
        // Skip a leading adverbial clause up to its comma (`In an interview, Kerry …`, `However, …`); a sentence
        // that opens with a name keeps it (`Hillary Clinton is telling customers at a Manchester, New Hampshire, …`).
        var probe = start
        while probe < index, probe - start < Self.maximumAppositiveTokens {
            if tokens[probe].kind == .comma {
                if probe + 1 < index, probe == start + 1 || opensAdverbial(start) { start = probe + 1 }
                break
            }
            probe += 1
        }
        // `But Trump said …`: an opening conjunction is not the subject.
        while start < index, tokens[start].kind == .word,
            lexicons.nonSpeakers.longestMatch(in: tokens, at: start)?.tags.contains("coordination") == true
        {
            start += 1
        }
        guard start < index, tokens[start].kind == .word else { return nil }
        if let subjectStart = subjectStartAfterAdverbialOpener(from: start, before: index) { start = subjectStart }
        // The subject ends at the first lowercase word that is not a determiner or connector.
        if isPronoun(start) { return Phrase(mention: start..<(start + 1), role: nil) }
        var end = start
        while end < index, tokens[end].kind == .word, end - start < Self.maximumPhraseTokens {
            let token = tokens[end]
            if !token.isCapitalized && !lexicons.determiners.contains(token.key)
                && !lexicons.nameConnectors.contains(token.key)
            {
                break
            }
            end += 1
        }
        guard end > start else { return nil }
        // Common nouns after the determiner or name: `The Russian government alleges`.
        var nouns = 0
        while end < index, tokens[end].kind == .word, nouns < Self.maximumSubjectNouns {
            let key = tokens[end].key
            if lexicons.cues.startsSomeEntry(key) || lexicons.adverbs.contains(key) || lexicons.nonSpeakers.contains(key)
                || lexicons.phraseStops.contains(key) || lexicons.pronouns.contains(key)
                || lexicons.determiners.contains(key)
            {
                break
            }
            end += 1
            nouns += 1
        }
        // A name after a role: `Former Republican presidential candidate Jeb Bush broke down …`.
        if nouns > 0 {
            while end < index, tokens[end].kind == .word, tokens[end].isCapitalized, end - start < Self.maximumSubjectTokens {
                end += 1
            }
        }
        if end == start + 1, lexicons.determiners.contains(tokens[start].key) { return nil }
        return Phrase(mention: start..<end, role: nil)
    }
}
