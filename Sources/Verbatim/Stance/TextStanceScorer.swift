/// Scores the stance of one text (a quotation's content, or a line given to `verbatim stance`):
/// an overall score and label, per-target scores, and the words that moved them.
public struct TextStanceScorer: Sendable {
    public let lexicon: StanceLexicon
    public let kind: ScorerKind
    public let catalogue: TargetCatalogue
    let valence: ValenceScorer
    /// The user's targets and the shipped countries, as aliases: built once, read by every document.
    let aliasTable: TargetAliasTable

    /// - Parameters:
    ///   - lexicon: the compiled lexicon folder.
    ///   - kind: `news` (default) or `vader` (compound only, no targets).
    ///   - catalogue: user targets (`--targets FILE`).
    /// - Complexity: O(1).
    public init(lexicon: StanceLexicon, kind: ScorerKind = .news, catalogue: TargetCatalogue = TargetCatalogue()) {
        self.lexicon = lexicon
        self.kind = kind
        self.catalogue = catalogue
        valence = ValenceScorer(lexicon: lexicon, kind: kind)
        aliasTable = TargetAliasTable(catalogue: catalogue, countries: lexicon.countries, lexicon: lexicon)
    }

    /// The label for a score: `support` at or above `StanceWeights.labelThreshold`, `oppose`
    /// at or below its negative, `neutral` between.
    /// - Parameter score: a score in [-1, 1].
    /// - Returns: the label.
    /// - Complexity: O(1).
    public static func label(for score: Double) -> StanceLabel {
        if score >= StanceWeights.labelThreshold { return .support }
        if score <= -StanceWeights.labelThreshold { return .oppose }
        return .neutral
    }

    /// The score alone, as fast as possible (benchmarks, `--scorer vader` agreement).
    /// - Parameters:
    ///   - text: the text to score.
    ///   - workspace: buffers reused from call to call (one per thread).
    /// - Returns: the score in [-1, 1].
    /// - Complexity: O(*n*) in the length of the text.
    public func score(_ text: String, workspace: ScoringWorkspace) -> Double {
        var text = text
        return text.withUTF8 { valence.score($0, workspace: workspace.valence) }
    }

    /// The stance of `span` of `text`.
    /// - Returns: the score, label, per-target stances and evidence (offsets into `text`).
    /// - Parameters:
    ///   - speakers: canonical speaker names known in the document (targets by name and surname).
    ///   - speaker: who says the text (never their own target).
    ///   - attributionCue: the cue that introduces the text (`blasted` in `Obama blasted Republicans`),
    ///     with the words after it up to the content or the sentence end: a side-taking cue there
    ///     carries the speaker's stance toward its object.
    /// - Complexity: O(*n*) in the span's length, plus the alias look-ups.
    public func stance(
        of span: TextSpan, in text: SourceText, speakers: [String] = [], speaker: String? = nil,
        attributionCue: TextSpan? = nil, workspace: ScoringWorkspace = ScoringWorkspace()
    ) -> Stance {
        stance(
            of: span, in: text, context: makeContext(speakers: speakers, document: text), speaker: speaker,
            attributionCue: attributionCue,
            workspace: workspace)
    }

    /// The target finder of one document, built once, and extended once with the document's
    /// government references (`the regime` = Assad) when a quotation first uses such a noun:
    /// most documents never pay for that search.
    final class TargetContext {
        let speakers: [String]
        let document: SourceText
        /// The document's references, when found beforehand from the quote stage's tokens;
        /// otherwise the text is searched when a quotation first needs them.
        let references: DocumentReferences?
        let finder: TargetMentionFinder
        var hasReferences = false

        init(speakers: [String], document: SourceText, references: DocumentReferences? = nil, finder: TargetMentionFinder) {
            self.speakers = speakers
            self.document = document
            self.references = references
            self.finder = finder
        }
    }

    /// Whether a speaker's name can stand for a target: it starts with a capital, its first word
    /// is no name stopword, no word of it is a possessive, and every later word is capitalised or
    /// a lowercase word that names take (`name-connectors.txt`: `of`, `bin`, `al-Assad`).
    /// An unresolved pronoun (`he`, `It`, `I'm`) as a speaker name would otherwise make every `it`
    /// of the document a target, and a phrase taken for a name (`Donald Trump’s tweet`, `Everyone
    /// I interviewed`, `Oz took Trump`) would name one.
    /// - Complexity: O(*n*) in the length of the name.
    func canNameTarget(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return false }
        var word = Array(name.utf8.prefix { $0 != UInt8(ascii: " ") })
        let normalised = TargetMentionFinder.normalise(bytes: &word)
        var key = normalised
        let entry = key.withUTF8 { lexicon.lookup($0) }
        guard entry < 0 || !lexicon.hot[Int(entry)].isNameStopword else { return false }
        // A lone common word (`State`, `Companies`: `common-words.txt`) taken for a speaker's name
        // would name every capitalised use of the word; the text's real names are found without it.
        if !name.utf8.contains(UInt8(ascii: " ")) && lexicon.commonWords.index(of: normalised) >= 0 { return false }
        // On bytes: every document's speakers come through here.
        var name = name
        return name.withUTF8 { bytes -> Bool in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                if Self.endsInPossessive(bytes, start..<end) { return false }
                let initial = bytes[start]
                let isCapitalised = initial < 0x80
                    ? initial &- UInt8(ascii: "A") < 26
                    : Unicode.Scalar(ValenceTokenizer.decode(bytes, at: start).0)?.properties.isUppercase == true
                if isCapitalised { continue }
                // Not even an organisation word: `Trump campaign` would make `Trump` the first word of
                // an alias, and cut `Donald Trump` in two.
                var headEnd = start
                while headEnd < end && bytes[headEnd] != UInt8(ascii: "-") { headEnd += 1 }
                if !lexicon.nameConnectors.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<headEnd]), as: UTF8.self)) {
                    return false
                }
            }
            return true
        }
    }

    /// Whether the word ends in `'s` or `’s`.
    private static func endsInPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let end = word.upperBound
        guard word.count > 2, bytes[end - 1] == UInt8(ascii: "s") else { return false }
        if bytes[end - 2] == UInt8(ascii: "'") { return true }
        return word.count > 4 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && bytes[end - 2] == 0x99
    }

    /// The target context of a document with these speakers.
    /// - Parameters:
    ///   - references: the document's references, if found beforehand.
    ///   - finder: a finder of this scorer's aliases to reuse (the workspace's, from an
    ///     earlier document), reset to these speakers; a new one when `nil`.
    /// - Complexity: O(*s*) in the total length of the speaker names.
    func makeContext(
        speakers: [String], document: SourceText, references: DocumentReferences? = nil, reusing finder: TargetMentionFinder? = nil
    ) -> TargetContext {
        let documentFinder: TargetMentionFinder
        if let finder {
            finder.reset(speakers: speakers)
            documentFinder = finder
        } else {
            documentFinder = TargetMentionFinder(base: aliasTable, speakers: speakers, lexicon: lexicon)
        }
        return TargetContext(speakers: speakers, document: document, references: references, finder: documentFinder)
    }

    /// The context's finder, with the government references added when `tokens` need them.
    private func finder(for tokens: [ValenceToken], in context: TargetContext) -> TargetMentionFinder {
        if !context.hasReferences && tokens.contains(where: \.isGovernmentNoun) {
            context.hasReferences = true
            context.finder.addDocumentAliases(
                context.references?.aliases
                    ?? GovernmentReference.aliases(in: context.document, nouns: lexicon.governmentNounTable, lexicon: lexicon))
        }
        return context.finder
    }

    /// `stance(of:in:speakers:…)` with the document's target context. `isDirect`: the span is a
    /// direct quotation's content, whose reporter's frames (`QuotationFrame`) are blanked and whose
    /// words may name the speaker as a target.
    func stance(
        of span: TextSpan, in text: SourceText, context: TargetContext, speaker: String?,
        attributionCue: TextSpan?, isDirect: Bool = false, workspace: ScoringWorkspace
    ) -> Stance {
        let work = workspace.valence
        var score = text.bytes.withUnsafeBufferPointer { bytes in
            let content = UnsafeBufferPointer(rebasing: bytes[span.utf8Range])
            // The narrator's words between the parts of a split direct quotation are not the speaker's.
            if isDirect, kind == .news, let masked = QuotationFrame.masked(content) {
                return masked.withUnsafeBufferPointer { valence.score($0, baseOffset: span.utf8Start, workspace: work) }
            }
            return valence.score(content, baseOffset: span.utf8Start, workspace: work)
        }
        var evidence = Self.evidence(in: work, text: text, excluding: nil)
        guard kind == .news else {
            return Stance(score: score, label: Self.label(for: score), evidence: evidence)
        }
        // Read once: each read of a workspace property pays an exclusivity check and a retain.
        let tokens = work.tokens
        let sentiments = work.sentiments
        let finder = finder(for: tokens, in: context)
        // A speaker is not their own target where the reporter's words name them (`Graham said,` inside
        // an indirect quotation). A direct quotation's words, its frames blanked, are the speaker's own:
        // a name there is someone spoken of (`not vote for Trump`, even when the quote stage took Trump
        // for the speaker; Trump on Trump), so it stays.
        let mentions = finder.mentions(in: work, excluding: isDirect ? nil : speaker)
        if mentions.isEmpty {
            // No target in the text: only the attribution cue's object can be one, and the
            // per-target rules have nothing to do.
            guard let attributionCue else { return Stance(score: score, label: Self.label(for: score), evidence: evidence) }
            var targets: [(name: String, sum: Double, mentions: [TextSpan])] = []
            addCueStance(attributionCue, in: text, speaker: speaker, finder: finder, workspace: workspace, to: &targets, evidence: &evidence)
            return finish(score: score, targets: targets, evidence: evidence)
        }
        // Per-token flags in buffers kept by the workspace, reset rather than allocated per quotation.
        var inMention = RuleBuffers.take(&workspace.inMention, filledWith: false, count: tokens.count)
        var listed = RuleBuffers.take(&workspace.listed, filledWith: false, count: tokens.count)
        defer {
            workspace.inMention = inMention
            workspace.listed = listed
        }
        for mention in mentions { markNameWords(of: mention, in: tokens, &inMention) }
        var hasNameValence = false
        for index in inMention.indices where inMention[index] && sentiments[index] != 0 {
            hasNameValence = true
            break
        }
        if hasNameValence {
            // Names are not opinions: `United` in `United States` moves nothing.
            score = valence.rescore(work, excluding: inMention)
            evidence = Self.evidence(in: work, text: text, excluding: inMention)
        }
        var contributions: [TargetStanceRules.Contribution] = []
        if Self.mayContribute(work) {
            let rules = TargetStanceRules(
                scorer: valence, tokens: tokens, sentiments: sentiments, text: work.working, buffers: workspace.rules)
            var usedCues: [Bool]
            (contributions, usedCues) = rules.cueContributions(tokens: tokens, mentions: mentions)
            var clauseSentiments = sentiments
            if hasNameValence { for index in clauseSentiments.indices where inMention[index] { clauseSentiments[index] = 0 } }
            rules.clauseContributions(
                tokens: tokens, sentiments: clauseSentiments, mentions: mentions, usedCues: usedCues, text: work.working,
                into: &contributions)
        }
        // Targets in order of first mention, numbered so by the finder (`TargetMention.target`);
        // never more than the mentions, so room for them all is reserved once.
        var targets: [(name: String, sum: Double, mentions: [TextSpan])] = []
        targets.reserveCapacity(mentions.count)
        // Generic groups (`Latinos`) take part in the rules but are no targets: left out below.
        var isGeneric: [Bool] = []
        for mention in mentions {
            if mention.target == targets.count {
                targets.append((mention.name, 0, []))
                isGeneric.append(mention.isGenericGroup)
            }
            let range = work.sourceRange(ofToken: mention.tokens.lowerBound).lowerBound
                ..< work.sourceRange(ofToken: mention.tokens.upperBound - 1).upperBound
            targets[mention.target].mentions.append(text.span(utf8: range))
        }
        // Words already in the evidence: the valence pass listed every word with a non-zero weight.
        for index in sentiments.indices where sentiments[index] != 0 && !inMention[index] { listed[index] = true }
        // Evidence grows by at most one word per contribution: room for them at once.
        evidence.reserveCapacity(evidence.count + contributions.count)
        for contribution in contributions where !isGeneric[contribution.target] {
            targets[contribution.target].sum += contribution.weight
            if contribution.weight != 0 && !listed[contribution.token] {
                listed[contribution.token] = true
                let span = text.span(utf8: work.sourceRange(ofToken: contribution.token))
                evidence.append(StanceEvidence(span: span, weight: contribution.weight))
            }
        }
        if isGeneric.contains(true) {
            var kept = 0
            for index in targets.indices where !isGeneric[index] {
                targets[kept] = targets[index]
                kept += 1
            }
            targets.removeLast(targets.count - kept)
        }
        if let attributionCue {
            addCueStance(attributionCue, in: text, speaker: speaker, finder: finder, workspace: workspace, to: &targets, evidence: &evidence)
        }
        return finish(score: score, targets: targets, evidence: evidence)
    }

    /// Whether the target rules can find anything: a word with valence (rule 2), a word that may
    /// start a side-taking cue, alone or as a phrase's first word (rule 1), or a question mark with
    /// a negation (a reproach: `Why won't Congress act?`). A quarter of the texts that name a
    /// target have none, and skip the rules.
    private static func mayContribute(_ work: ValenceWorkspace) -> Bool {
        for value in work.sentiments where value != 0 { return true }
        for token in work.tokens where token.startsPhrase || (token.cue != nil && token.cue != .neutral) { return true }
        return work.questions > 0 && work.tokens.contains(where: \.isNegation)
    }

    /// Every word with a non-zero weight after scoring, as evidence (offsets into `text`), except
    /// the words `excluded` marks; built in one pass, without intermediate arrays.
    private static func evidence(in work: ValenceWorkspace, text: SourceText, excluding excluded: [Bool]?) -> [StanceEvidence] {
        let sentiments = work.sentiments
        var evidence: [StanceEvidence] = []
        evidence.reserveCapacity(sentiments.lazy.filter { $0 != 0 }.count)
        for index in sentiments.indices where sentiments[index] != 0 && excluded?[index] != true {
            evidence.append(StanceEvidence(span: text.span(utf8: work.sourceRange(ofToken: index)), weight: sentiments[index]))
        }
        return evidence
    }

    /// Adds the stance the attribution cue carries toward its object to `targets` and `evidence`.
    private func addCueStance(
        _ attributionCue: TextSpan, in text: SourceText, speaker: String?, finder: TargetMentionFinder,
        workspace: ScoringWorkspace, to targets: inout [(name: String, sum: Double, mentions: [TextSpan])],
        evidence: inout [StanceEvidence]
    ) {
        let cueStance = cueObjectStance(attributionCue, in: text, speaker: speaker, finder: finder, workspace: workspace)
        for (name, weight, mention, cue) in cueStance {
            let index: Int
            if let existing = targets.firstIndex(where: { $0.name == name }) {
                index = existing
            } else {
                targets.append((name, 0, []))
                index = targets.count - 1
            }
            targets[index].sum += weight
            // The cue's object is often inside the content too: one mention, not two.
            if !targets[index].mentions.contains(mention) { targets[index].mentions.append(mention) }
            if !evidence.contains(where: { $0.span == cue }) { evidence.append(StanceEvidence(span: cue, weight: weight)) }
        }
    }

    /// The stance from the overall score, the targets' summed weights and the evidence.
    private func finish(score: Double, targets: [(name: String, sum: Double, mentions: [TextSpan])], evidence: [StanceEvidence]) -> Stance {
        var evidence = evidence
        // Mostly in text order already (the valence pass lists words in order): checked before sorting.
        if !Self.isSorted(evidence.lazy.map(\.span)) { evidence.sort { $0.span < $1.span } }
        let targetStances = targets.map { entry -> TargetStance in
            let targetScore = VaderCompatibleRules.normalise(entry.sum)
            let mentions = Self.isSorted(entry.mentions) ? entry.mentions : entry.mentions.sorted()
            return TargetStance(name: entry.name, score: targetScore, label: Self.label(for: targetScore), mentions: mentions)
        }
        return Stance(score: score, label: Self.label(for: score), targets: targetStances, evidence: evidence)
    }

    /// Whether `spans` are in ascending order.
    private static func isSorted<Spans: Collection>(_ spans: Spans) -> Bool where Spans.Element == TextSpan {
        var previous: TextSpan?
        for span in spans {
            if let previous, span < previous { return false }
            previous = span
        }
        return true
    }

    /// Marks in `inMention` the words of `mention` that are part of a name, and so carry no valence: every word of a
    /// known name (target, speaker), and the capitalised words of a run of two or more capitalised
    /// words (`United States`, `Free Syrian Army`, `Human Rights Watch`). A capitalised word alone
    /// may open a sentence or be shouted, so it keeps its valence; a run that opens the sentence
    /// keeps its first word's (`Happy Birthday`, `Great work Team`: the capital is the sentence's).
    /// Against human ratings (Pearson r, default scorer) runs of capitalised words move tweets
    /// 0.8735 to 0.8724 (VADER 0.8722) and movie reviews 0.4280 to 0.4312; without the
    /// sentence-opener exception tweets fall to 0.8700, below VADER.
    /// A capitalised title just before a name belongs to it too (`Justice Department`, `Justice
    /// Kennedy`), unless it opens the sentence.
    private func markNameWords(of mention: TargetMention, in tokens: [ValenceToken], _ inMention: inout [Bool]) {
        let title = mention.tokens.lowerBound - 1
        if title > 0, !tokens[title - 1].endsSentence, tokens[title].isCapitalised, tokens[title].isNameStopword,
            !tokens[title].isUpper, !tokens[title].endsClause
        {
            inMention[title] = true
        }
        if mention.isKnown {
            for index in mention.tokens { inMention[index] = true }
            return
        }
        guard mention.tokens.count > 1 else { return }
        var first = mention.tokens.lowerBound
        if first == 0 || tokens[first - 1].endsSentence { first += 1 }
        for index in first..<mention.tokens.upperBound where tokens[index].isCapitalised { inMention[index] = true }
    }

    /// The stance the attribution's own cue carries toward its object.
    private func cueObjectStance(
        _ cue: TextSpan, in text: SourceText, speaker: String?, finder: TargetMentionFinder, workspace: ScoringWorkspace
    ) -> [(String, Double, TextSpan, TextSpan)] {
        let work = workspace.cue
        // Most cues (`said`, `told`) take no side: then there is nothing to find. The cue's own words
        // (to the next space, so no word is cut) tell, without scoring the words after it.
        var cueWordsEnd = cue.utf8End
        while cueWordsEnd < text.bytes.count && !ValenceTokenizer.isSpace(text.bytes[cueWordsEnd]) { cueWordsEnd += 1 }
        // The answer depends on the words' bytes alone: a cue seen quiet before is quiet again.
        let cueKey = text.bytes.withUnsafeBufferPointer { ByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[cue.utf8Start..<cueWordsEnd])) }
        if let quiet = workspace.quietCues[cueKey], quiet.elementsEqual(text.bytes[cue.utf8Start..<cueWordsEnd]) { return [] }
        text.bytes.withUnsafeBufferPointer {
            valence.tokenize(UnsafeBufferPointer(rebasing: $0[cue.utf8Start..<cueWordsEnd]), baseOffset: cue.utf8Start, workspace: work)
        }
        // A word that may start a side-taking cue, alone or as a phrase's first word. A word that
        // starts only phrases that take no side (`according to`) is quiet whatever follows it:
        // `ValenceScorer.cue(at:in:)` then finds a neutral phrase or the word's own cue.
        guard work.tokens.contains(where: { ($0.cue != nil && $0.cue != .neutral) || startsSideTakingPhrase($0) }) else {
            if workspace.quietCues.count == ScoringWorkspace.quietCueCapacity { workspace.quietCues.removeAll() }
            workspace.quietCues[cueKey] = Array(text.bytes[cue.utf8Start..<cueWordsEnd])
            return []
        }
        let end = min(text.bytes.count, cue.utf8End + Self.cueObjectBytes)
        _ = text.bytes.withUnsafeBufferPointer {
            valence.score(UnsafeBufferPointer(rebasing: $0[cue.utf8Start..<end]), baseOffset: cue.utf8Start, workspace: work)
        }
        var cueTakesSide = false
        for index in work.tokens.indices where work.sourceRange(ofToken: index).lowerBound < cue.utf8End {
            if valence.cue(at: index, in: work.tokens) != nil {
                cueTakesSide = true
                break
            }
        }
        guard cueTakesSide else { return [] }
        let mentions = finder.mentions(in: work, excluding: speaker)
        let rules = TargetStanceRules(
            scorer: valence, tokens: work.tokens, sentiments: work.sentiments, text: work.working, buffers: workspace.rules)
        return rules.cueContributions(tokens: work.tokens, mentions: mentions).0.compactMap { contribution in
            // Only the cue itself (its first words), not cues further on in the sentence.
            let cueRange = work.sourceRange(ofToken: contribution.token)
            guard cueRange.lowerBound < cue.utf8End, let mention = mentions.first(where: { $0.target == contribution.target }),
                !mention.isGenericGroup
            else {
                return nil
            }
            let mentionRange = work.sourceRange(ofToken: mention.tokens.lowerBound).lowerBound
                ..< work.sourceRange(ofToken: mention.tokens.upperBound - 1).upperBound
            return (mention.name, contribution.weight, text.span(utf8: mentionRange), text.span(utf8: cueRange))
        }
    }

    /// Whether some phrase of two words or more that starts with the token's word is a cue that
    /// takes a side.
    private func startsSideTakingPhrase(_ token: ValenceToken) -> Bool {
        guard token.startsPhrase, token.entry >= 0 else { return false }
        return lexicon.entries[Int(token.entry)].phrases.contains { phrase in
            guard phrase.words.count > 1, case .cue(let label) = phrase.meaning else { return false }
            return label != .neutral
        }
    }

    /// Bytes after an attribution cue searched for its object: enough for a title and a
    /// three-word name (`criticized Syrian President Bashar al-Assad`).
    static let cueObjectBytes = 80
}
