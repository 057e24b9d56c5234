/// Per-target stance within one text: each target named in it gets a score from
/// (1) stance cues whose object it is (`accuses Russia of …`: oppose Russia) and
/// (2) the valenced words of its own sentence segment, not the whole text.
struct TargetStanceRules {
    let scorer: ValenceScorer
    var lexicon: StanceLexicon { scorer.lexicon }

    /// One piece of evidence toward a target.
    struct Contribution {
        var name: String
        var token: Int
        var weight: Double
    }

    /// The stance cue at `index`, if its label takes a side, with its length in tokens.
    func sideTakingCue(at index: Int, in tokens: [ValenceToken]) -> (label: StanceLabel, width: Int)? {
        if let phrase = scorer.phrase(at: index, in: tokens), case .cue(let label) = phrase.meaning {
            return label == .neutral ? nil : (label, phrase.words.count)
        }
        guard tokens[index].entry >= 0, let label = lexicon.entries[Int(tokens[index].entry)].cue, label != .neutral else {
            return nil
        }
        return (label, 1)
    }

    /// Rule 1: a side-taking cue points at the first mention that starts within
    /// `StanceWeights.cueObjectWindow` tokens after it, in the same clause; a negator just
    /// before the cue reverses it (`did not condemn`).
    func cueContributions(tokens: [ValenceToken], mentions: [TargetMention]) -> [Contribution] {
        var result: [Contribution] = []
        var index = 0
        while index < tokens.count {
            guard let cue = sideTakingCue(at: index, in: tokens) else {
                index += 1
                continue
            }
            let objectStart = index + cue.width
            if !tokens[objectStart - 1].endsClause,
                let object = mentions.first(where: {
                    $0.tokens.lowerBound >= objectStart && $0.tokens.lowerBound < objectStart + StanceWeights.cueObjectWindow
                        && !(objectStart..<$0.tokens.lowerBound).contains(where: { tokens[$0].endsClause })
                })
            {
                var weight = cue.label == .oppose ? -StanceWeights.cueValence : StanceWeights.cueValence
                if isNegated(cueAt: index, tokens) { weight *= StanceWeights.negationScalar }
                result.append(Contribution(name: object.name, token: index, weight: weight))
            }
            index += cue.width
        }
        return result
    }

    private func isNegated(cueAt index: Int, _ tokens: [ValenceToken]) -> Bool {
        var position = index - 1
        let rules = VaderCompatibleRules(lexicon: lexicon)
        while position >= 0 && index - position <= StanceWeights.modifierWindow {
            if tokens[position].endsClause { return false }
            if rules.isNegation(tokens[position]) { return true }
            position -= 1
        }
        return false
    }

    /// Rule 2: a target takes the valenced words of its sentence segment (a sentence, cut at
    /// contrast words), except words of a mention, and the words right after a possessive
    /// mention, which describe what the target owns rather than the target
    /// (`Russia’s supported friend is the biggest blockade`: not `supported friend`).
    func clauseContributions(tokens: [ValenceToken], sentiments: [Double], mentions: [TargetMention]) -> [Contribution] {
        var inMention = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens { inMention[index] = true } }
        var result: [Contribution] = []
        for mention in mentions {
            let segment = segmentBounds(around: mention.tokens.lowerBound, tokens: tokens)
            var excluded = Set<Int>()
            for other in mentions where other.name == mention.name && tokens[other.tokens.upperBound - 1].isPossessive {
                var position = other.tokens.upperBound
                while position < segment.upperBound && position < other.tokens.upperBound + 2 && !inMention[position] {
                    excluded.insert(position)
                    if tokens[position].endsClause { break }
                    position += 1
                }
            }
            for index in segment where !inMention[index] && !excluded.contains(index) && sentiments[index] != 0 {
                result.append(Contribution(name: mention.name, token: index, weight: sentiments[index] * StanceWeights.clauseWeight))
            }
        }
        return result
    }

    /// The sentence around `index`, cut at the contrast words on either side of it.
    private func segmentBounds(around index: Int, tokens: [ValenceToken]) -> Range<Int> {
        let sentence = scorer.sentenceBounds(around: index, in: tokens)
        var start = sentence.lowerBound
        var end = sentence.upperBound
        for position in sentence where tokens[position].entry >= 0 && lexicon.entries[Int(tokens[position].entry)].contrast != nil {
            if position <= index { start = max(start, position + 1) } else { end = min(end, position) }
        }
        return start..<max(end, start)
    }
}
