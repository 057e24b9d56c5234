/// The quote detection stage: finds quotations (their kind, content span and
/// cue) in a segmented document. Speakers are the attribution stage's work.
///
/// Rules run in order, each in its own file: `QuoteMarkPairing` (quotation
/// marks into regions, multi-paragraph quotes, recovery from unbalanced
/// marks), `AdjacentCueFinding` (the cue next to a quotation),
/// `SplitQuoteMerging` (`“X,” he said, “Y.”` as one quotation),
/// `ReportedClauseFinding` (indirect and mixed quotations),
/// `HeadlineSourceFinding` (`Gingrich: Trump Must Decide …` heading the document),
/// `HeadlineSaysFinding` (`Trump Says He’s Unlikely To …` heading the document),
/// `ScareQuoteFilter` (quotation marks nobody speaks through),
/// `UncuedContinuationMerging` (`“X,” he said. … “Y.”` as one quotation) and
/// `TranscriptTurnFinding` (`PENCE: Well, look, …` turns of a transcript) and
/// `PollOpenerClause` (`In a CBS News poll last month, she led …`).
public struct QuoteDetector: Sendable {
    public let lexicons: QuoteLexicons
    let nonClauseStarts: PhraseLexicon
    let titleSmallWords: PhraseLexicon
    let clauseOpeners: PhraseLexicon
    let determiners: PhraseLexicon
    let questionOpeners: PhraseLexicon
    let pollNouns: PhraseLexicon
    let quantifiers: PhraseLexicon

    /// - Parameter folder: where the lexicon files are; nil searches as `LexiconFolder.locate()` documents.
    /// - Complexity: O(*n*) in the size of the lexicon files (read once per process when `folder` is nil).
    public init(folder: LexiconFolder? = nil) {
        if let folder {
            lexicons =
                (try? QuoteLexicons(folder: folder))
                ?? QuoteLexicons(
                    cues: LexiconFolder.lexiconOrEmpty("cue-verbs.txt", in: folder),
                    adverbs: LexiconFolder.lexiconOrEmpty("cue-adverbs.txt", in: folder),
                    nonSpeakers: LexiconFolder.lexiconOrEmpty("non-speakers.txt", in: folder))
            nonClauseStarts = LexiconFolder.lexiconOrEmpty("non-clause-starts.txt", in: folder)
            titleSmallWords = LexiconFolder.lexiconOrEmpty("title-small-words.txt", in: folder)
            clauseOpeners = LexiconFolder.lexiconOrEmpty("clause-openers.txt", in: folder)
            determiners = LexiconFolder.lexiconOrEmpty("determiners.txt", in: folder)
            questionOpeners = LexiconFolder.lexiconOrEmpty("question-openers.txt", in: folder)
            pollNouns = LexiconFolder.lexiconOrEmpty("poll-nouns.txt", in: folder)
            quantifiers = LexiconFolder.lexiconOrEmpty("quantifiers.txt", in: folder)
        } else {
            lexicons = QuoteLexicons.located
            nonClauseStarts = Self.locatedNonClauseStarts
            titleSmallWords = Self.locatedTitleSmallWords
            clauseOpeners = Self.locatedClauseOpeners
            determiners = Self.locatedDeterminers
            questionOpeners = Self.locatedQuestionOpeners
            pollNouns = Self.locatedPollNouns
            quantifiers = Self.locatedQuantifiers
        }
    }

    private static let locatedClauseOpeners = LexiconFolder.lexiconOrEmpty(
        "clause-openers.txt", in: LexiconFolder.located)
    private static let locatedQuestionOpeners = LexiconFolder.lexiconOrEmpty(
        "question-openers.txt", in: LexiconFolder.located)
    private static let locatedQuantifiers = LexiconFolder.lexiconOrEmpty("quantifiers.txt", in: LexiconFolder.located)
    private static let locatedPollNouns = LexiconFolder.lexiconOrEmpty("poll-nouns.txt", in: LexiconFolder.located)
    private static let locatedDeterminers = LexiconFolder.lexiconOrEmpty("determiners.txt", in: LexiconFolder.located)
    private static let locatedTitleSmallWords = LexiconFolder.lexiconOrEmpty(
        "title-small-words.txt", in: LexiconFolder.located)
    private static let locatedNonClauseStarts = LexiconFolder.lexiconOrEmpty(
        "non-clause-starts.txt", in: LexiconFolder.located)

    /// Direct, mixed and indirect quotations, in document order.
    /// - Complexity: O(*n*) in the length of the text.
    public func detect(in document: AnalyzedDocument) -> [Quotation] {
        let lexical = LexicalDocument(document)
        return detect(in: document, lexical: lexical)
    }

    /// The same, reusing an already scanned `LexicalDocument`.
    /// - Complexity: O(*n*) in the length of the text.
    public func detect(in document: AnalyzedDocument, lexical: LexicalDocument) -> [Quotation] {
        let tokens = lexical.tokens
        var regions = QuoteMarkPairing.regions(in: lexical, bytes: document.text.bytes)
        var cues = CueIndex(
            document: lexical, regions: regions, lexicon: lexicons.cues, determiners: determiners, quantifiers: quantifiers,
            bytes: document.text.bytes)
        AdjacentCueFinding.attach(
            &regions, document: lexical, bytes: document.text.bytes, cues: &cues, nonSpeakers: lexicons.nonSpeakers)
        SplitQuoteMerging.merge(&regions, document: lexical, cues: cues)
        ScareQuoteFilter.releaseTitles(
            &regions, document: lexical, bytes: document.text.bytes, smallWords: titleSmallWords, cues: &cues)
        regions.removeAll { $0.dropped }
        var clauses = ReportedClauseFinding.clauses(
            document: lexical, regions: &regions, cues: cues, nonClauseStarts: nonClauseStarts,
            clauseOpeners: clauseOpeners, determiners: determiners, questionOpeners: questionOpeners,
            nonSpeakers: lexicons.nonSpeakers)
        if let headline = HeadlineSourceFinding.clause(
            document: lexical, regions: regions, bytes: document.text.bytes, determiners: determiners),
            !clauses.contains(where: { $0.content.overlaps(headline.content) })
        {
            clauses.append(headline)
        } else if let headline = HeadlineSaysFinding.clause(
            document: lexical, regions: &regions, bytes: document.text.bytes, cues: lexicons.cues,
            determiners: determiners, clauses: clauses)
        {
            clauses.append(headline)
        }
        ScareQuoteFilter.filter(&regions, document: lexical, bytes: document.text.bytes, smallWords: titleSmallWords)
        UncuedContinuationMerging.merge(&regions, document: lexical)
        clauses += TranscriptTurnFinding.clauses(document: lexical, regions: &regions, bytes: document.text.bytes)
        clauses += PollOpenerClause.clauses(
            document: lexical, regions: &regions, pollNouns: pollNouns, nonSpeakers: lexicons.nonSpeakers,
            bytes: document.text.bytes)

        let text = document.text
        var quotations: [Quotation] = []
        quotations.reserveCapacity(regions.count + clauses.count)
        func span(_ range: Range<Int>) -> TextSpan {
            text.span(utf8Start: tokens[range.lowerBound].utf8Start, utf8End: tokens[range.upperBound - 1].utf8End)
        }
        for region in regions where !region.dropped && !region.absorbed {
            let content = (region.open + 1)..<region.contentEnd
            guard !content.isEmpty else { continue }
            quotations.append(
                Quotation(
                    kind: .direct, content: span(content), cue: region.cue.map(span),
                    sentence: sentenceIndex(of: content.lowerBound, in: lexical),
                    paragraph: Int(lexical.paragraphOfToken[content.lowerBound])))
        }
        for clause in clauses {
            quotations.append(
                Quotation(
                    kind: clause.absorbsQuotation ? .mixed : .indirect, content: span(clause.content),
                    cue: span(clause.cue), sentence: sentenceIndex(of: clause.content.lowerBound, in: lexical),
                    paragraph: Int(lexical.paragraphOfToken[clause.content.lowerBound])))
        }
        return Self.inDocumentOrder(quotations)
    }

    /// `quotations` ordered by content start, then end, equal spans kept in their order.
    ///
    /// Sorts positions and moves each quotation once, in place (sorting the quotations moved the
    /// large values at every step of the merge sort, and a sorted copy held them all twice).
    /// - Complexity: O(*q* log *q*) in the number of quotations.
    static func inDocumentOrder(_ quotations: consuming [Quotation]) -> [Quotation] {
        var ordered = consume quotations
        // `source[i]`: the position of the quotation that goes to position `i` (positions, not
        // copied keys: a 200 MB document has most of a million quotations); empty when in order.
        let source: [Int] = ordered.withUnsafeBufferPointer { quotations in
            func precedes(_ left: Int, _ right: Int) -> Bool {
                let (first, second) = (quotations[left].content, quotations[right].content)
                // The position breaks ties, so the order is the one a stable sort by span gives.
                return (first.start, first.end, left) < (second.start, second.end, right)
            }
            guard quotations.indices.dropFirst().contains(where: { precedes($0, $0 - 1) }) else { return [] }
            return Array(quotations.indices).sorted(by: precedes)
        }
        guard !source.isEmpty else { return ordered }
        var isPlaced = [Bool](repeating: false, count: source.count)
        // Each cycle of the permutation is followed once: a position takes the quotation from
        // its source, which then takes from its own source, until the cycle comes back.
        for start in source.indices where !isPlaced[start] {
            let first = ordered[start]
            var position = start
            while true {
                isPlaced[position] = true
                let from = source[position]
                if from == start {
                    ordered[position] = first
                    break
                }
                ordered[position] = ordered[from]
                position = from
            }
        }
        return ordered
    }

    private func sentenceIndex(of token: Int, in lexical: LexicalDocument) -> Int {
        let sentence = Int(lexical.sentenceOfToken[token])
        if sentence >= 0 { return sentence }
        // A token between sentences: the next sentence that starts after it.
        var index = token
        while index < lexical.sentenceOfToken.count, lexical.sentenceOfToken[index] < 0 { index += 1 }
        return index < lexical.sentenceOfToken.count ? Int(lexical.sentenceOfToken[index]) : max(0, lexical.sentenceTokens.count - 1)
    }
}
