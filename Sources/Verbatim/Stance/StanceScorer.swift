/// The stance stage: fills each quotation's stance.
///
/// When no lexicon folder can be found the stage leaves `stance` empty and says why in
/// `unavailableReason` (the command reports it once).
public struct StanceScorer: Sendable {
    public let scorer: TextStanceScorer?
    /// Why the scorer is missing, when it is.
    public let unavailableReason: String?

    /// Locates the lexicon folder (see `LexiconLocator`) and uses the default scorer.
    /// - Complexity: O(*n*) in the size of the lexicon files, read once.
    public init() {
        do {
            scorer = TextStanceScorer(lexicon: try StanceLexicon(locator: LexiconLocator()))
            unavailableReason = nil
        } catch {
            scorer = nil
            unavailableReason = "stance disabled: \(error)"
        }
    }

    /// A stage that leaves stance empty.
    /// - Parameter reason: why, for messages.
    /// - Complexity: O(1).
    public init(disabledBecause reason: String) {
        scorer = nil
        unavailableReason = "stance disabled: \(reason)"
    }

    /// - Parameter scorer: the text scorer (lexicon, mode, user targets).
    /// - Complexity: O(1).
    public init(scorer: TextStanceScorer) {
        self.scorer = scorer
        unavailableReason = nil
    }

    /// - Returns: the quotations with `stance` set (unchanged when no lexicon was found).
    /// - Complexity: O(*n*) in the total length of the quotations.
    public func score(_ quotations: [Quotation], in document: AnalyzedDocument) -> [Quotation] {
        guard let scorer, !quotations.isEmpty else { return quotations }
        var names: [String] = []
        for quotation in quotations {
            if let speaker = quotation.speaker, speaker.kind != .group, !names.contains(speaker.name) { names.append(speaker.name) }
        }
        // Each distinct name checked once (an unresolved `he` speaks many quotations).
        let speakers = names.filter { scorer.canNameTarget($0) }
        let workspace = ScoringWorkspace()
        let context = scorer.makeContext(speakers: speakers, document: document.text)
        return quotations.map { quotation in
            var quotation = quotation
            quotation.stance = scorer.stance(
                of: quotation.content, in: document.text, context: context, speaker: quotation.speaker?.name,
                attributionCue: quotation.speaker == nil ? nil : quotation.cue, workspace: workspace)
            return quotation
        }
    }
}
