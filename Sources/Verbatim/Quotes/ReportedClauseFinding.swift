/// Finds indirect and mixed quotations: a cue verb with a speaker before it
/// and a reported clause after it (`Kerry said (that) …`, `told reporters
/// that …`), a clause before it (`…, Kerry said.`, `…, said Kerry.`), or a
/// source phrase (`according to Kerry, …` and `…, according to Kerry.`).
/// A reported clause that holds quotation marks is a mixed quotation and
/// absorbs them.
enum ReportedClauseFinding {
    /// A reported clause the detector found: token range of its content and of its cue.
    struct Clause: Sendable {
        var content: Range<Int>
        var cue: Range<Int>
        var absorbsQuotation: Bool
    }

    /// Most tokens between a cue and the `that` that opens its clause (`told reporters on Monday that`,
    /// `said at an event in Colorado Springs that`): 7 scored best on PolNeAR train and dev (6 and 8 tried).
    static let maximumThatDistance = 7
    /// Most tokens of the speaker phrase and adverbials after a clause-final cue (`…, said Secretary of State John Kerry.`).
    static let maximumTailTokens = 8
    /// Most tokens between an outer clause's start and an inner cue that repeats it (`said he expects`).
    static let maximumInnerCueOffset = 2
    /// Most tokens before a source cue that still opens its sentence (`But according to …`).
    static let maximumTokensBeforeLeadingSource = 2
    /// Tokens of a hearer that starts with a determiner (`told the AP`).
    static let determinerPhraseTokens = 2
    /// Fewest words a reported clause must have.
    static let minimumClauseWords = 2

    static let thatKey = LexicalScanner.key(of: "that")
    static let thanKey = LexicalScanner.key(of: "than")

    /// - Complexity: O(*c* · *s*) for *c* cues in sentences of *s* tokens.
    static func clauses(
        document: LexicalDocument, regions: inout [QuoteRegion], cues: CueIndex, nonClauseStarts: PhraseLexicon,
        clauseOpeners: PhraseLexicon, determiners: PhraseLexicon, questionOpeners: PhraseLexicon = PhraseLexicon(),
        nonSpeakers: PhraseLexicon = PhraseLexicon()
    ) -> [Clause] {
        let tokens = document.tokens
        var found: [Clause] = []
        // (position in `found`, region index) for each quotation a clause absorbed: a clause dropped below gives
        // its quotations back (`who has told aides he sees …, said: “…”`: the inner `sees` clause is dropped).
        var absorptions: [(clause: Int, region: Int)] = []
        // Regions in the order of their opening marks, so that each clause visits only the regions that open
        // inside it: scanning every region for every cue is quadratic, and never ends on a 200 MB document.
        let byOpen = regions.indices.sorted { regions[$0].open < regions[$1].open }
        for (position, start) in cues.starts.enumerated() where !cues.used.contains(start) {
            let entry = cues.entry(atPosition: position)
            let cue = start..<(start + entry.keys.count)
            let sentence = document.sentenceRange(of: start)
            var contentEnd = sentence.upperBound
            while contentEnd > sentence.lowerBound, tokens[contentEnd - 1].kind == .terminator { contentEnd -= 1 }
            var content: Range<Int>?
            if opensQuestion(entry, cue: cue, sentence: sentence) {
                content = questionClause(
                    cue: cue, contentEnd: contentEnd, tokens: tokens, questionOpeners: questionOpeners)
            } else if entry.tags.contains("source") {
                content = sourceClause(cue: cue, sentence: sentence, contentEnd: contentEnd, tokens: tokens)
            } else if entry.tags.contains("as") {
                content = regardAsClause(cue: cue, contentEnd: contentEnd, tokens: tokens, nonClauseStarts: nonClauseStarts)
            } else if cue.lowerBound > sentence.lowerBound {
                content = forwardClause(
                    cue: cue, entry: entry, contentEnd: contentEnd, tokens: tokens, nonClauseStarts: nonClauseStarts,
                    clauseOpeners: clauseOpeners, determiners: determiners,
                    quantifierSubject: cues.followsQuantifierSubject(start))
                if content == nil {
                    content = backwardClause(cue: cue, sentence: sentence, contentEnd: contentEnd, tokens: tokens)
                }
            }
            guard var clause = content else { continue }
            // `New Hampshire seems stable`, `Investors seem to agree`: nobody speaks through an appearance, and
            // the attributed content is the whole clause, its subject included.
            if entry.tags.contains("nosource"), entry.tags.contains("content"), clause.lowerBound >= cue.upperBound {
                clause = subjectClauseStart(before: cue.lowerBound, sentence: sentence, tokens: tokens)..<clause.upperBound
            }
            // A clause ends before `, saying …` / `, adding that …` / `, according to …`: those start another attribution
            // (`RelativeClauseReport`: so does `, which he called …`).
            var probe = clause.lowerBound + 1
            while probe + 1 < clause.upperBound {
                // … and before `and said, “…”` / `, but did not suggest …`: a coordinated cue reports on its own.
                if CoordinatedCueReport.opens(
                    at: probe, before: clause.upperBound, tokens: tokens, cues: cues, nonSpeakers: nonSpeakers)
                {
                    clause = clause.lowerBound..<(tokens[probe - 1].kind == .comma ? probe - 1 : probe)
                    break
                }
                if tokens[probe].kind == .comma {
                    // The comma may sit inside a closing mark: `“New York values,” stating …`.
                    let closes = tokens[probe + 1].kind == .closingQuote || tokens[probe + 1].kind == .eitherQuote
                    let after = closes ? probe + 2 : probe + 1
                    if after < clause.upperBound, let next = cues[after],
                        next.tags.contains("participle") || next.tags.contains("source")
                    {
                        clause = clause.lowerBound..<(closes ? probe + 2 : probe)
                        break
                    }
                    // … and, inside `X, who told aides …, said …`, before the main clause's cue.
                    if after < clause.upperBound, cues[after] != nil,
                        RelativeSubjectCue.opensRelativeClause(cue: cue.lowerBound, tokens: tokens)
                    {
                        clause = clause.lowerBound..<(closes ? probe + 2 : probe)
                        break
                    }
                    // … and before `, which he called “…”`: a relative clause with a report of its own.
                    if RelativeClauseReport.opens(
                        at: after, before: clause.upperBound, tokens: tokens, cues: cues, nonSpeakers: nonSpeakers)
                    {
                        clause = clause.lowerBound..<(closes ? probe + 2 : probe)
                        break
                    }
                }
                probe += 1
            }
            guard tokens[clause].lazy.filter({ $0.kind == .word }).count >= minimumClauseWords else { continue }
            var absorbs = false
            var position = firstRegion(openingAtOrAfter: clause.lowerBound, in: byOpen, regions: regions)
            while position < byOpen.count, regions[byOpen[position]].open < clause.upperBound {
                let index = byOpen[position]
                position += 1
                guard !regions[index].dropped else { continue }
                let region = regions[index]
                // A quotation with its own lead-in inside this clause (`Clinton said she opposes “…”`) is part of
                // the outer report: annotators attribute it to the outer speaker.
                if let own = region.cue {
                    // … unless a named speaker opens a new clause for it (`When Clinton noted that …, Trump
                    // boasted, “…”`): the clause ends at that comma and the quotation is the named speaker's.
                    if region.cueSide == .leading, own.lowerBound > clause.lowerBound, own.lowerBound < region.open,
                        let comma = namedSpeakerClauseStart(before: own.lowerBound, after: clause.lowerBound, tokens: tokens)
                    {
                        clause = clause.lowerBound..<comma
                        break
                    }
                    // So is a fragment in the middle of the clause (`Beck called Palin a “clown,” …`) even when a
                    // cue follows it.
                    let innerLeadIn = region.cueSide == .leading && own.lowerBound > clause.lowerBound
                        && own.lowerBound < region.open
                    let midClauseFragment = region.cueSide == .trailing && region.open > clause.lowerBound
                        && tokens[region.open - 1].kind == .word
                    guard innerLeadIn || midClauseFragment else { continue }
                }
                absorptions.append((found.count, index))
                regions[index].absorbed = true
                absorbs = true
                if region.end > clause.upperBound { clause = clause.lowerBound..<region.end }
            }
            found.append(Clause(content: clause, cue: cue, absorbsQuotation: absorbs))
        }
        // `Bryant said he expects an appeal`: the inner cue right at the start of the outer clause
        // reports the same words; annotators attribute them to the outer speaker only.
        // A bit a token: cheaper than hashing each start into a set, or searching a sorted list.
        var outerStarts = CueIndex.TokenSet(tokenCount: tokens.count)
        for clause in found { outerStarts.insert(clause.content.lowerBound) }
        func isOuterStart(_ token: Int) -> Bool {
            token < tokens.count && outerStarts.contains(token)
        }
        // `said he thought that drugs were …`: both cues find the same clause; it is one report, the outer cue's
        // (cues come in text order, so the first clause with a content range keeps it).
        // Two such cues stand in one sentence, so a clause is compared with the few kept just before it.
        var kept: [Clause] = []
        var keptPositions: [Int] = []
        kept.reserveCapacity(found.count)
        for (position, clause) in found.enumerated()
        where !kept.suffix(maximumDuplicateLookBack).contains(where: { $0.content == clause.content }) {
            kept.append(clause)
            keptPositions.append(position)
        }
        var result: [Clause] = []
        result.reserveCapacity(kept.count)
        var isKept = [Bool](repeating: false, count: found.count)
        for (clause, position) in zip(kept, keptPositions)
        where !(1...maximumInnerCueOffset).contains(where: { offset in
            clause.cue.lowerBound - offset >= 0 && isOuterStart(clause.cue.lowerBound - offset)
                && clause.content.lowerBound != clause.cue.lowerBound - offset
        }) {
            result.append(clause)
            isKept[position] = true
        }
        // Clauses that hold a quotation are never dropped here, so the absorptions below stay right.
        result = NestedNonSpeechReport.dropping(from: result, cues: cues)
        for absorption in absorptions where !isKept[absorption.clause] {
            regions[absorption.region].absorbed = false
        }
        // A quotation a kept clause absorbed too stays absorbed.
        for absorption in absorptions where isKept[absorption.clause] {
            regions[absorption.region].absorbed = true
        }
        return result
    }

    /// Most clauses kept just before a clause that are compared with it for the same content (`said he thought
    /// that …` finds it twice, from neighbouring cues); a bound, so that the comparison stays linear.
    static let maximumDuplicateLookBack = 4

    /// Most tokens of a named speaker between a comma and its cue inside a clause (`, Secretary John Kerry said`):
    /// a title and a full name; not tuned (the rule fires a few times per thousand articles).
    static let maximumInnerSpeakerTokens = 5

    /// The comma that opens `, Name cue` inside a clause, when the word before the inner cue is a capitalised name.
    static func namedSpeakerClauseStart(before cue: Int, after start: Int, tokens: [LexicalToken]) -> Int? {
        guard cue - 1 > start, tokens[cue - 1].kind == .word, tokens[cue - 1].isCapitalized else { return nil }
        var index = cue - 1
        while index > start, cue - index <= maximumInnerSpeakerTokens, tokens[index].kind == .word,
            tokens[index].isCapitalized
        {
            index -= 1
        }
        return index > start && tokens[index].kind == .comma ? index : nil
    }

    /// The first token of the clause that ends just before token `cue`: after the last punctuation mark,
    /// quotation mark or `that` before it in its sentence (`Polls show that [Clinton appears to lead]`).
    static func subjectClauseStart(before cue: Int, sentence: Range<Int>, tokens: [LexicalToken]) -> Int {
        var start = cue
        while start > sentence.lowerBound {
            let previous = tokens[start - 1]
            let boundary = previous.kind == .comma || previous.kind == .colon || previous.kind == .dash
                || previous.kind == .terminator || previous.isQuoteMark || (previous.kind == .word && previous.key == thatKey)
            if boundary { break }
            start -= 1
        }
        return start
    }

    /// The position in `byOpen` (region indices sorted by opening token) of the first region that opens at or
    /// after token `token`.
    /// - Complexity: O(log *r*) in the number of regions.
    static func firstRegion(openingAtOrAfter token: Int, in byOpen: [Int], regions: [QuoteRegion]) -> Int {
        var low = 0
        var high = byOpen.count
        while low < high {
            let middle = (low + high) / 2
            if regions[byOpen[middle]].open < token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `according to X, CLAUSE` or `CLAUSE, according to X`.
    static func sourceClause(cue: Range<Int>, sentence: Range<Int>, contentEnd: Int, tokens: [LexicalToken])
        -> Range<Int>?
    {
        if cue.lowerBound - sentence.lowerBound <= maximumTokensBeforeLeadingSource {
            var index = cue.upperBound
            while index < contentEnd, tokens[index].kind != .comma { index += 1 }
            guard index + 1 < contentEnd else { return nil }
            return (index + 1)..<contentEnd
        }
        var comma = cue.lowerBound - 1
        if tokens[comma].kind != .comma { comma = cue.lowerBound }
        guard comma > sentence.lowerBound else { return nil }
        return sentence.lowerBound..<comma
    }

    /// Most words of the speaker phrase inside a parenthetical cue (`, the former governor said,`).
    static let maximumParentheticalSpeakerWords = 5

    /// `It is his job, he said, to talk to Congress.`
    static func parentheticalClause(cue: Range<Int>, sentence: Range<Int>, contentEnd: Int, tokens: [LexicalToken])
        -> Range<Int>?
    {
        var after = cue.upperBound
        while after < contentEnd, tokens[after].kind == .word, after - cue.upperBound < maximumParentheticalSpeakerWords {
            after += 1
        }
        guard after < contentEnd, tokens[after].kind == .comma, after + 1 < contentEnd else { return nil }
        var comma = cue.lowerBound - 1
        while comma > sentence.lowerBound, tokens[comma].kind == .word,
            cue.lowerBound - comma <= maximumParentheticalSpeakerWords
        {
            comma -= 1
        }
        guard comma > sentence.lowerBound, tokens[comma].kind == .comma, comma < cue.lowerBound - 1 || after > cue.upperBound
        else { return nil }
        return sentence.lowerBound..<contentEnd
    }

    /// `X said (that) CLAUSE`, `X told Y that CLAUSE`.
    /// True when the tokens from `start` to the sentence end (or to a comma opening an appositive) are a
    /// speaker: a capitalised name (with `of` and the like between capitalised words), or a determiner and at
    /// most `determinerPhraseTokens` lowercase words (`the official`).
    static func isSpeakerTail(
        _ start: Int, contentEnd: Int, tokens: [LexicalToken], nonClauseStarts: PhraseLexicon, determiners: PhraseLexicon
    ) -> Bool {
        var index = start
        if tokens[index].kind == .word, !tokens[index].isCapitalized, determiners.contains(tokens[index].key) {
            index += 1
            while index < contentEnd, tokens[index].kind == .word, index - start <= determinerPhraseTokens { index += 1 }
        } else {
            guard tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
            while index < contentEnd, tokens[index].kind == .word, index - start < maximumTailTokens,
                tokens[index].isCapitalized
                    || (nonClauseStarts.contains(tokens[index].key) && index + 1 < contentEnd
                        && tokens[index + 1].isCapitalized)
            {
                index += 1
            }
        }
        return index > start && (index == contentEnd || tokens[index].kind == .comma)
    }

    static func forwardClause(
        cue: Range<Int>, entry: PhraseLexicon.Entry, contentEnd: Int, tokens: [LexicalToken],
        nonClauseStarts: PhraseLexicon, clauseOpeners: PhraseLexicon, determiners: PhraseLexicon,
        quantifierSubject: Bool = false
    ) -> Range<Int>? {
        let previous = tokens[cue.lowerBound - 1]
        // The speaker ends right before the cue: a word, an appositive's comma, a closing mark or a parenthesis (`(D-MA) said`).
        guard previous.kind == .word || previous.kind == .comma || previous.kind == .closingQuote
            || previous.kind == .eitherQuote || previous.kind == .other
        else { return nil }
        // `the alleged assault`, `his plans`: after a determiner the cue word is a noun or adjective.
        // `Some say …`: a quantifier may be the subject (`QuantifierSubject`).
        if previous.kind == .word && determiners.contains(previous.key) && !quantifierSubject { return nil }
        var index = cue.upperBound
        let limit = min(contentEnd, cue.upperBound + maximumThatDistance)
        while index < limit {
            let token = tokens[index]
            if token.kind == .word && token.key == thatKey {
                // A `that` ending the sentence is a pronoun inside a bare clause (`said the test could change
                // that`), not the start of one.
                if index + 1 >= contentEnd { break }
                return index..<contentEnd
            }
            if token.kind != .word { break }
            index += 1
        }
        if entry.tags.contains("content"), cue.upperBound < contentEnd {
            // `Clinton blamed the “fog of war” for …`: the object is the content.
            let first = tokens[cue.upperBound]
            guard first.kind == .word || first.isQuoteMark else { return nil }
            return cue.upperBound..<contentEnd
        }
        if entry.tags.contains("object"), cue.upperBound < contentEnd {
            // `told The Washington Post he was …`: skip the hearer; a clause opens with a pronoun or determiner.
            var index = cue.upperBound
            let first = tokens[index]
            guard first.kind == .word else { return nil }
            // `asked whether …`: no hearer, the clause starts at once.
            if !first.isCapitalized && clauseOpeners.contains(first.key) && !determiners.contains(first.key) {
                return index..<contentEnd
            }
            if first.isCapitalized {
                while index < contentEnd, tokens[index].kind == .word, tokens[index].isCapitalized,
                    index - cue.upperBound < maximumThatDistance
                {
                    index += 1
                }
            } else if determiners.contains(first.key) {
                index += min(determinerPhraseTokens, contentEnd - index)
            } else {
                index += 1
            }
            if index < contentEnd, tokens[index].kind == .word, clauseOpeners.contains(tokens[index].key) {
                return index..<contentEnd
            }
            return clauseAfterLongHearer(
                cue: cue, contentEnd: contentEnd, tokens: tokens, nonClauseStarts: nonClauseStarts,
                clauseOpeners: clauseOpeners)
        }
        guard entry.tags.contains("bare"), cue.upperBound < contentEnd else { return nil }
        // `The race is close, said Craig Robinson.`: after a comma, an inverted cue followed only by a name (or
        // `the official`) closes the clause before it; what follows is the speaker, not a reported clause.
        if previous.kind == .comma, entry.tags.contains("inverted"),
            isSpeakerTail(cue.upperBound, contentEnd: contentEnd, tokens: tokens, nonClauseStarts: nonClauseStarts, determiners: determiners)
        {
            return nil
        }
        let first = tokens[cue.upperBound]
        if first.kind == .colon, cue.upperBound + 1 < contentEnd { return (cue.upperBound + 1)..<contentEnd }
        guard first.kind == .word, !entry.tags.contains("object") else { return nil }
        guard nonClauseStarts.contains(first.key) else { return cue.upperBound..<contentEnd }
        // `said after the convention he would …`: an adverbial stands between the cue and its clause.
        return clauseAfterLongHearer(
            cue: cue, contentEnd: contentEnd, tokens: tokens, nonClauseStarts: nonClauseStarts,
            clauseOpeners: clauseOpeners)
    }

    /// `CLAUSE, X said.` and `CLAUSE, said X.`: the cue and its speaker end the sentence; or
    /// `A, X said, B.`: a parenthetical cue inside the sentence, whose content is the whole sentence.
    static func backwardClause(cue: Range<Int>, sentence: Range<Int>, contentEnd: Int, tokens: [LexicalToken])
        -> Range<Int>?
    {
        if let parenthetical = parentheticalClause(cue: cue, sentence: sentence, contentEnd: contentEnd, tokens: tokens) {
            return parenthetical
        }
        // Nothing but a short speaker phrase or adverbial may follow the cue.
        var index = cue.upperBound
        while index < contentEnd {
            if tokens[index].kind != .word && tokens[index].kind != .comma { return nil }
            index += 1
        }
        guard contentEnd - cue.upperBound <= maximumTailTokens else { return nil }
        // Walk back over the speaker phrase to the comma that ends the clause. A comparison
        // (`CLAUSE, much higher than officials stated.`) measures the clause against what was
        // said: it does not report it.
        var comma = cue.lowerBound - 1
        while comma > sentence.lowerBound, cue.lowerBound - comma <= maximumTailTokens {
            if tokens[comma].kind == .comma { break }
            if tokens[comma].kind != .word || tokens[comma].key == thanKey { return nil }
            comma -= 1
        }
        guard comma > sentence.lowerBound, tokens[comma].kind == .comma else { return nil }
        return sentence.lowerBound..<comma
    }
}
