/// Scores the stance of one text (a quotation's content, or a line given to `verbatim stance`):
/// an overall score and label, per-target scores, and the words that moved them.
public struct TextStanceScorer: Sendable {
    public let lexicon: StanceLexicon
    public let kind: ScorerKind
    public let catalogue: TargetCatalogue
    let valence: ValenceScorer

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
            of: span, in: text, finder: makeFinder(speakers: speakers), speaker: speaker, attributionCue: attributionCue,
            workspace: workspace)
    }

    /// A finder for the user targets and a document's speakers, built once per document.
    func makeFinder(speakers: [String]) -> TargetMentionFinder {
        TargetMentionFinder(catalogue: catalogue, speakers: speakers, lexicon: lexicon)
    }

    /// `stance(of:in:speakers:…)` with the document's finder.
    func stance(
        of span: TextSpan, in text: SourceText, finder: TargetMentionFinder, speaker: String?,
        attributionCue: TextSpan?, workspace: ScoringWorkspace
    ) -> Stance {
        let work = workspace.valence
        var score = text.bytes.withUnsafeBufferPointer {
            valence.score(UnsafeBufferPointer(rebasing: $0[span.utf8Range]), baseOffset: span.utf8Start, workspace: work)
        }
        var evidence: [StanceEvidence] = valence.contributions(in: work).map {
            StanceEvidence(span: text.span(utf8: work.sourceRange(ofToken: $0.token)), weight: $0.weight)
        }
        guard kind == .news else {
            return Stance(score: score, label: Self.label(for: score), evidence: evidence)
        }
        let rules = TargetStanceRules(scorer: valence)
        let mentions = finder.mentions(in: work, excluding: speaker)
        if mentions.isEmpty && attributionCue == nil {
            return Stance(score: score, label: Self.label(for: score), evidence: evidence)
        }
        var inMention = [Bool](repeating: false, count: work.tokens.count)
        for mention in mentions where mention.isKnown { for index in mention.tokens { inMention[index] = true } }
        if mentions.contains(where: { $0.isKnown && $0.tokens.contains { work.sentiments[$0] != 0 } }) {
            // Names are not opinions: `United` in `United States` moves nothing. Only known names
            // (targets, speakers): a run of capitalised words may be `Happy Birthday`, and leaving
            // those out lowers the correlation with human ratings (tweets 0.873 to 0.860).
            score = valence.rescore(work, excluding: inMention)
            evidence = valence.contributions(in: work).filter { !inMention[$0.token] }.map {
                StanceEvidence(span: text.span(utf8: work.sourceRange(ofToken: $0.token)), weight: $0.weight)
            }
        }
        var (contributions, usedCues) = rules.cueContributions(tokens: work.tokens, mentions: mentions)
        contributions += rules.clauseContributions(
            tokens: work.tokens, sentiments: work.sentiments, mentions: mentions, usedCues: usedCues)
        var targets: [String: (sum: Double, mentions: [TextSpan])] = [:]
        var order: [String] = []
        for mention in mentions {
            let range = work.sourceRange(ofToken: mention.tokens.lowerBound).lowerBound
                ..< work.sourceRange(ofToken: mention.tokens.upperBound - 1).upperBound
            if targets[mention.name] == nil { order.append(mention.name) }
            targets[mention.name, default: (0, [])].mentions.append(text.span(utf8: range))
        }
        // Words already in the evidence: the valence pass listed every word with a non-zero weight.
        var listed = [Bool](repeating: false, count: work.tokens.count)
        for index in work.sentiments.indices where work.sentiments[index] != 0 && !inMention[index] { listed[index] = true }
        for contribution in contributions {
            targets[contribution.name]?.sum += contribution.weight
            if contribution.weight != 0 && !listed[contribution.token] {
                listed[contribution.token] = true
                let span = text.span(utf8: work.sourceRange(ofToken: contribution.token))
                evidence.append(StanceEvidence(span: span, weight: contribution.weight))
            }
        }
        if let attributionCue {
            let cueStance = cueObjectStance(attributionCue, in: text, speaker: speaker, finder: finder, workspace: workspace.cue)
            for (name, weight, mention, cue) in cueStance {
                if targets[name] == nil { order.append(name) }
                targets[name, default: (0, [])].sum += weight
                targets[name]!.mentions.append(mention)
                if !evidence.contains(where: { $0.span == cue }) { evidence.append(StanceEvidence(span: cue, weight: weight)) }
            }
        }
        evidence.sort { $0.span < $1.span }
        let targetStances = order.map { name -> TargetStance in
            let entry = targets[name]!
            let targetScore = VaderCompatibleRules.normalise(entry.sum)
            return TargetStance(name: name, score: targetScore, label: Self.label(for: targetScore), mentions: entry.mentions.sorted())
        }
        return Stance(score: score, label: Self.label(for: score), targets: targetStances, evidence: evidence)
    }

    /// The stance the attribution's own cue carries toward its object.
    private func cueObjectStance(
        _ cue: TextSpan, in text: SourceText, speaker: String?, finder: TargetMentionFinder, workspace work: ValenceWorkspace
    ) -> [(String, Double, TextSpan, TextSpan)] {
        let end = min(text.bytes.count, cue.utf8End + Self.cueObjectBytes)
        _ = text.bytes.withUnsafeBufferPointer {
            valence.score(UnsafeBufferPointer(rebasing: $0[cue.utf8Start..<end]), baseOffset: cue.utf8Start, workspace: work)
        }
        let mentions = finder.mentions(in: work, excluding: speaker)
        let rules = TargetStanceRules(scorer: valence)
        return rules.cueContributions(tokens: work.tokens, mentions: mentions).0.compactMap { contribution in
            // Only the cue itself (its first words), not cues further on in the sentence.
            let cueRange = work.sourceRange(ofToken: contribution.token)
            guard cueRange.lowerBound < cue.utf8End, let mention = mentions.first(where: { $0.name == contribution.name }) else {
                return nil
            }
            let mentionRange = work.sourceRange(ofToken: mention.tokens.lowerBound).lowerBound
                ..< work.sourceRange(ofToken: mention.tokens.upperBound - 1).upperBound
            return (contribution.name, contribution.weight, text.span(utf8: mentionRange), text.span(utf8: cueRange))
        }
    }

    /// Bytes after an attribution cue searched for its object: enough for a title and a
    /// three-word name (`criticized Syrian President Bashar al-Assad`).
    static let cueObjectBytes = 80
}
