/// Per-target stance within one text: each target named in it gets a score from
/// (1) stance cues whose object it is (`accuses Russia of …`: oppose Russia) and
/// (2) the valenced words of its own sentence segment, not the whole text.
struct TargetStanceRules {
    let scorer: ValenceScorer
    /// The side-taking cue starting at each token, found once for both rules.
    let cues: [(label: StanceLabel, width: Int)?]
    /// Per-token buffers reused from text to text.
    let buffers: RuleBuffers
    /// Each token's valence after scoring, and the bytes the tokens point into.
    let sentiments: [Double]
    let text: [UInt8]
    /// The lexicon's noun determiners by entry, read once (through the scorer, each read would
    /// retain the array).
    let isNounDeterminer: [Bool]
    /// By entry: a withholding verb that judges its subject (`failed`).
    let isFailure: [Bool]
    /// By lexicon entry: the subordinate clause the word opens (`subordinators.txt`).
    let subordinator: [SubordinatorKind]
    /// By lexicon entry: the word opens an introductory phrase (`opening-words.txt`).
    let isOpeningWord: [Bool]
    /// Whether a word of the text opens a condition (`if`, `unless`), found with the cues.
    let hasCondition: Bool

    /// - Parameters:
    ///   - tokens: the scored text's tokens.
    ///   - sentiments: their valences after scoring.
    ///   - text: the bytes they point into (the workspace's working buffer).
    ///   - buffers: per-token buffers to reuse (a workspace's); new ones when not given.
    /// - Complexity: O(*n*) in the number of tokens.
    init(
        scorer: ValenceScorer, tokens: [ValenceToken], sentiments: [Double], text: [UInt8],
        buffers: RuleBuffers = RuleBuffers()
    ) {
        self.scorer = scorer
        self.buffers = buffers
        let subordinator = scorer.lexicon.subordinator
        var cues: [(label: StanceLabel, width: Int)?] = []
        cues.reserveCapacity(tokens.count)
        var hasCondition = false
        for index in tokens.indices {
            // Most words start no phrase and are no side-taking cue: no call for them.
            let token = tokens[index]
            if token.entry >= 0 && subordinator[Int(token.entry)] == .conditional { hasCondition = true }
            guard token.startsPhrase || (token.cue != nil && token.cue != .neutral) else {
                cues.append(nil)
                continue
            }
            cues.append(scorer.cue(at: index, in: tokens))
        }
        self.cues = cues
        self.hasCondition = hasCondition
        self.sentiments = sentiments
        self.text = text
        isNounDeterminer = scorer.lexicon.isNounDeterminer
        isFailure = scorer.lexicon.isFailure
        self.subordinator = subordinator
        isOpeningWord = scorer.lexicon.isOpeningWord
    }

    /// One piece of evidence toward a target.
    struct Contribution {
        /// The target's number (`TargetMention.target`).
        var target: Int
        var token: Int
        var weight: Double
    }

    /// Rule 1: a side-taking cue points at the first mention that starts within
    /// `StanceWeights.cueObjectWindow` tokens after it, in the same clause. A negated supporting
    /// cue opposes (`did not back X`: withholding support); a negated opposing cue says nothing
    /// (`did not condemn X` is not support). A cue after a target and `for` or `of` gives the
    /// reason for another cue (`criticized Russia for supporting Assad`): it is the object's deed,
    /// not the speaker's stance, so it points nowhere. A passive cue points back at the target
    /// before it (`Obama was praised by Merkel`: support Obama).
    /// - Returns: the contributions, and the cue tokens used up (their valence is not counted again).
    func cueContributions(tokens: [ValenceToken], mentions: [TargetMention]) -> ([Contribution], [Bool]) {
        // Kept as before: a negated opposing cue adds no contribution at all.
        var (all, used) = allCueContributions(tokens: tokens, mentions: mentions)
        all.removeAll { $0.weight == 0 }
        return (all, used)
    }

    private func allCueContributions(tokens: [ValenceToken], mentions: [TargetMention]) -> ([Contribution], [Bool]) {
        var result: [Contribution] = []
        var used = [Bool](repeating: false, count: tokens.count)
        var index = 0
        while index < tokens.count {
            guard let (label, width) = cues[index] else {
                index += 1
                continue
            }
            if isReason(at: index, tokens, mentions) {
                for cueToken in index..<(index + width) { used[cueToken] = true }
                index += width
                continue
            }
            let objectStart = index + width
            if isPassive(at: index, width: width, tokens) {
                // `Obama was praised by Merkel`: the subject before the cue is its object, and the
                // one after `by` acts (a holder, not a target).
                if let object = mentions.last(where: {
                    $0.tokens.upperBound <= index && index - $0.tokens.upperBound < StanceWeights.cueObjectWindow
                        && !($0.tokens.upperBound - 1..<index).contains(where: { tokens[$0].endsClause })
                }), let aim = aim(at: object, tokens, mentions) {
                    result.append(contribution(label, toward: aim, at: index, tokens))
                }
                for cueToken in index..<(index + width) { used[cueToken] = true }
                index += width
                continue
            }
            if !tokens[objectStart - 1].endsClause,
                let object = mentions.first(where: {
                    $0.tokens.lowerBound >= objectStart && $0.tokens.lowerBound < objectStart + StanceWeights.cueObjectWindow
                        && !(objectStart..<$0.tokens.lowerBound).contains(where: { tokens[$0].endsClause })
                })
            {
                let named = apposition(after: object, tokens, mentions) ?? object
                if let aim = aim(at: named, tokens, mentions) { result.append(contribution(label, toward: aim, at: index, tokens)) }
                for cueToken in index..<(index + width) { used[cueToken] = true }
            }
            index += width
        }
        return (result, used)
    }

    /// The name in apposition to a noun that `object` only qualifies: `vote for the Republican
    /// nominee, Donald Trump` is a vote for Trump, not for the party. At most
    /// `StanceWeights.modifierWindow` lowercase words, the last before a comma, then a mention.
    private func apposition(after object: TargetMention, _ tokens: [ValenceToken], _ mentions: [TargetMention]) -> TargetMention? {
        var position = object.tokens.upperBound
        while position < tokens.count && position - object.tokens.upperBound < StanceWeights.modifierWindow
            && !tokens[position].isCapitalised
        {
            if tokens[position].endsClause {
                let end = Int(tokens[position].end)
                guard end < text.count, text[end] == UInt8(ascii: ","), !tokens[position].endsSentence else { return nil }
                return mentions.first { $0.tokens.lowerBound == position + 1 }
            }
            position += 1
        }
        return nil
    }

    /// The target a cue reaching `object` is aimed at: the object itself, unless it is the victim of
    /// a deed named by a noun, which the cue is aimed at instead (`condemned the bombing of
    /// Aleppo`): then whoever owns the deed (`condemned Russia's attack on Syria`: Russia), or no one.
    private func aim(at object: TargetMention, _ tokens: [ValenceToken], _ mentions: [TargetMention]) -> Int? {
        guard case .victim(let deed) = placeInDeed(of: object, tokens: tokens, sentiments: sentiments, text: text) else {
            return object.target
        }
        return mentions.first { $0.tokens.upperBound == deed && tokens[deed - 1].isPossessive }?.target
    }

    /// A cue right after `for` or `of` that follows a target gives the reason for another cue
    /// (`criticized Russia for supporting Assad`, `accused Syria of blocking aid`): the target's
    /// deed, not a stance of the speaker. After anything else the cue is the speaker's own
    /// (`called for sanctions against Israel`).
    func isReason(at index: Int, _ tokens: [ValenceToken], _ mentions: [TargetMention]) -> Bool {
        guard index >= 2, tokens[index - 1].ruleWord == .for || tokens[index - 1].ruleWord == .of else { return false }
        return mentions.contains { $0.tokens.upperBound == index - 1 }
    }

    /// The weight of a cue toward its object: a negated supporting cue opposes, a negated
    /// opposing cue says nothing (weight 0).
    private func contribution(_ label: StanceLabel, toward target: Int, at index: Int, _ tokens: [ValenceToken]) -> Contribution {
        let isNegated = scorer.isNegatedNearby(index, tokens) || isWithheld(index, tokens)
        if label == .support {
            return Contribution(target: target, token: index, weight: StanceWeights.cueValence * (isNegated ? StanceWeights.negationScalar : 1))
        }
        return Contribution(target: target, token: index, weight: isNegated ? 0 : -StanceWeights.cueValence)
    }

    /// A cue in the passive voice: `by` just after it (`backed by Turkey`), or a participle with a
    /// form of `be` just before it (`was praised`, `has been condemned`, `was strongly condemned`;
    /// not `is blocking`).
    func isPassive(at index: Int, width: Int, _ tokens: [ValenceToken]) -> Bool {
        if index + width < tokens.count && tokens[index + width].ruleWord == .by && !tokens[index + width - 1].endsClause { return true }
        guard tokens[index].mayBeParticiple else { return false }
        var position = index - 1
        while position >= 0 && index - position <= StanceWeights.passiveWindow && !tokens[position].endsClause {
            if tokens[position].ruleWord == .beForm { return true }
            position -= 1
        }
        return false
    }

    /// A withholding verb (`refused to endorse`, `declined to condemn`) within the modifier
    /// window before the cue, in the same clause: it negates the cue as `not` would.
    func isWithheld(_ index: Int, _ tokens: [ValenceToken]) -> Bool {
        var position = index - 1
        while position >= 0 && index - position <= StanceWeights.modifierWindow {
            if tokens[position].endsClause { return false }
            if tokens[position].isWithholding { return true }
            position -= 1
        }
        return false
    }

    /// Where the holder's words end and the target's begin: a reporting verb (`said`) or a
    /// side-taking cue with a target as its object (`accused Russia`, `thanked Sanders`), unless the
    /// cue is a deed (tagged `act`: `blocking aid to Aleppo` reflects on who blocks), separates
    /// whoever speaks or acts (before it) from what they say or whom they act on (after it).
    /// The holder's act is not the writer's judgement of the holder: in `Turkey accused Russia of
    /// violating its airspace` the violation is Russia's, and Turkey takes no side.
    /// - Returns: for each token, whether it is such a separating cue, and the cue's width.
    private func holderBoundaries(tokens: [ValenceToken], usedCues: [Bool], mentions: [TargetMention]) -> [Int] {
        var widths = RuleBuffers.take(&buffers.widths, filledWith: 0, count: tokens.count)
        var index = 0
        while index < tokens.count {
            // A cue after `for` or `of` is the object's deed (rule 1), not a holder's act.
            // A deed (`blocking aid to Aleppo`) reflects on whoever does it: no boundary.
            if usedCues[index] && !isReason(at: index, tokens, mentions) && !isDeed(at: index, tokens, usedCues, mentions) {
                var end = index
                while end < tokens.count && usedCues[end] { end += 1 }
                widths[index] = end - index
                index = end
                continue
            }
            // A failure (`failed to`, `fails to`; `withholding-verbs.txt`) judges its subject, whatever
            // follows: `to` ends the subject's words there, so `failed` is the subject's and what it
            // failed to do belongs to the rest (`Obama failed to stop the killing` opposes Obama).
            if tokens[index].ruleWord == .to && index > 0 && !tokens[index - 1].endsClause && tokens[index - 1].entry >= 0
                && isFailure[Int(tokens[index - 1].entry)]
            {
                widths[index] = 1
                index += 1
                continue
            }
            var width = 0
            if usedCues[index] {
                width = 0
            } else if tokens[index].startsPhrase, let phrase = scorer.phrase(at: index, in: tokens), case .cue(.neutral) = phrase.meaning {
                width = phrase.words.count
            } else if tokens[index].cue == .neutral {
                width = 1
            }
            if width > 0 {
                // The manner of saying belongs to the holder too, when a short clause ends it:
                // `let me say this clearly: Russia signed …`, `told reporters on Tuesday: …`.
                var end = index + width
                while end < tokens.count && end - (index + width) < StanceWeights.modifierWindow && !tokens[end - 1].endsClause { end += 1 }
                if tokens[end - 1].endsClause && !tokens[end - 1].endsSentence { width = end - index }
                widths[index] = width
                index += width
                continue
            }
            index += 1
        }
        return widths
    }

    /// Whether the used cue at `index` is a deed that reflects on whoever does it: a cue tagged
    /// `act` whose object is a thing (`blocking aid to Aleppo`). An act aimed straight at a target,
    /// past articles only (`imposed sanctions on Russia`, `attacked the Democrats`), is the
    /// holder's side toward that target, as a stated position is: the holder takes none of it.
    private func isDeed(at index: Int, _ tokens: [ValenceToken], _ usedCues: [Bool], _ mentions: [TargetMention]) -> Bool {
        guard usedCues[index], tokens[index].isActCue else { return false }
        var position = index + 1
        while position < tokens.count && usedCues[position] && !tokens[position - 1].endsClause { position += 1 }
        while position < tokens.count && !tokens[position - 1].endsClause && tokens[position].entry >= 0
            && isNounDeterminer[Int(tokens[position].entry)]
        {
            position += 1
        }
        if position >= tokens.count || tokens[position - 1].endsClause { return true }
        return !mentions.contains { $0.tokens.lowerBound == position }
    }

    /// Rule 2: a target takes the valenced words of its sentence segment (a sentence, cut at
    /// contrast words), with opposing cues composed with their objects, except: words of a
    /// mention, cues already used by rule 1, and the words right after a possessive mention,
    /// which describe what the target owns rather than the target
    /// (`Russia’s supported friend is the biggest blockade`: not `supported friend`).
    ///
    /// Two kinds of mention take fewer words. A victim of a deed named by a noun (`Russia's attack
    /// on Syria`, `the bombing of Aleppo`, `violence against Muslims`) takes none of the segment's
    /// negative words: they judge the deed and whoever does it (the possessive before the deed:
    /// `Russia's attack` opposes Russia). A setting (`a critical situation in Europe`, `discord in
    /// the United States`) takes no words at all: the events happen there, they do not judge it.
    /// - Parameters:
    ///   - text: the bytes the tokens point into (the workspace's working buffer).
    ///   - result: the contributions so far (rule 1's); rule 2's are appended to them.
    func clauseContributions(
        tokens: [ValenceToken], sentiments: [Double], mentions: [TargetMention], usedCues: [Bool], text: [UInt8],
        into result: inout [Contribution]
    ) {
        var inMention = RuleBuffers.take(&buffers.inMention, filledWith: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens { inMention[index] = true } }
        // The valences with opposed objects composed, in a reused buffer.
        var composed = RuleBuffers.take(&buffers.composed, filledWith: 0, count: 0)
        composed.append(contentsOf: sentiments)
        composeOpposedObjects(tokens, inMention: inMention, text: text, &composed)
        silenceComparisons(tokens, inMention: inMention, text: text, &composed)
        silenceCertainty(tokens, &composed)
        let sentiments = composed
        var scored = RuleBuffers.take(&buffers.scored, filledWith: (0, 0), count: 0)
        var excluded = RuleBuffers.take(&buffers.excluded, filledWith: false, count: tokens.count)
        let boundaries = holderBoundaries(tokens: tokens, usedCues: usedCues, mentions: mentions)
        defer {
            buffers.inMention = inMention
            buffers.excluded = excluded
            buffers.widths = boundaries
            buffers.scored = scored
            buffers.composed = composed
        }
        let hypotheses = conditionalClauses(tokens)
        var previousRole: (end: Int, role: DeedRole)?
        for mention in mentions {
            // The agent of a passive cue (`praised by Merkel`) acts: a holder, not a target.
            let start = mention.tokens.lowerBound
            if start >= 2 && tokens[start - 1].ruleWord == .by && usedCues[start - 2] {
                // A deed reflects on whoever does it, in the passive too (`aid is blocked by Russia`).
                if tokens[start - 2].isActCue, let (label, _) = cues[start - 2] {
                    let weight = label == .support ? StanceWeights.cueValence : -StanceWeights.cueValence
                    result.append(Contribution(target: mention.target, token: start - 2, weight: weight))
                }
                continue
            }
            // The valences before composition: `condemned the bombing of Aleppo` turns `bombing`
            // positive for the words' sake, yet Aleppo is still the bombing's victim.
            var role = placeInDeed(of: mention, tokens: tokens, sentiments: self.sentiments, text: text)
            // A name joined by `and`/`or` to the one before shares its place: `working with
            // Democrats or Republicans`, `the bombing of Aleppo and Homs`.
            if case .other = role, let previous = previousRole, isCoordinated(start, after: previous.end, tokens) { role = previous.role }
            previousRole = (mention.tokens.upperBound, role)
            if case .setting = role { continue }
            var segment = segmentBounds(around: mention.tokens.lowerBound, tokens: tokens, inMention: inMention)
            if mention.tokens.count > 1 && mention.tokens.dropLast().contains(where: { tokens[$0].endsSentence }) {
                // A name whose middle initial's full stop reads as a sentence end (`Donald J. Trump`).
                let last = segmentBounds(around: mention.tokens.upperBound - 1, tokens: tokens, inMention: inMention)
                segment = segment.lowerBound..<max(segment.upperBound, last.upperBound)
            }
            // The holder takes the words before the cue; the target, those after it.
            var lower = segment.lowerBound
            var upper = segment.upperBound
            for position in segment where boundaries[position] > 0 {
                if position >= mention.tokens.upperBound {
                    upper = min(upper, position)
                    // The verb that carries a side-taking cue is the holder's means, not a
                    // judgement of the holder: `the EU imposed sanctions on Russia`.
                    let verbGroup = mention.tokens.upperBound..<position
                    if usedCues[position] && verbGroup.count <= StanceWeights.modifierWindow
                        && !(mention.tokens.upperBound - 1..<position).contains(where: { tokens[$0].endsClause })
                    {
                        upper = min(upper, mention.tokens.upperBound)
                    }
                    break
                }
                if position + boundaries[position] <= mention.tokens.lowerBound { lower = position + boundaries[position] }
            }
            segment = lower..<max(lower, upper)
            // A target named twice in one segment takes its words once.
            if scored.contains(where: { $0.target == mention.target && $0.segment == segment.lowerBound }) { continue }
            scored.append((mention.target, segment.lowerBound))
            for index in segment { excluded[index] = false }
            for other in mentions where other.target == mention.target && tokens[other.tokens.upperBound - 1].isPossessive {
                var position = other.tokens.upperBound
                while position < segment.upperBound && position < other.tokens.upperBound + 2 && !inMention[position] {
                    // The owner does the deed it owns (`Russia's attack on Syria`).
                    if position == other.tokens.upperBound && isDeedNoun(at: position, tokens: tokens, sentiments: self.sentiments, text: text) {
                        break
                    }
                    excluded[position] = true
                    if tokens[position].endsClause { break }
                    position += 1
                }
            }
            // A used cue counts for its object through rule 1 only; a deed's own valence also
            // counts for whoever does it (`Russia is blocking aid to Aleppo`).
            for index in segment
            where !inMention[index] && !excluded[index] && sentiments[index] != 0
                && (!usedCues[index] || (index >= mention.tokens.upperBound && isDeed(at: index, tokens, usedCues, mentions)))
                && !(role.isVictim && (sentiments[index] < 0 || role.deed == index))
                && (hypotheses.isEmpty || !hypotheses.contains(where: { $0.contains(index) }))
            {
                let weight = sentiments[index] * StanceWeights.clauseWeight
                result.append(
                    Contribution(
                        target: mention.target, token: index,
                        weight: role.isContrasted ? weight * StanceWeights.negationScalar : weight))
            }
        }
        result += pronounContributions(tokens: tokens, sentiments: sentiments, inMention: inMention, mentions: mentions, usedCues: usedCues)
        reproachContributions(tokens: tokens, mentions: mentions, into: &result)
        result += organisationPronounContributions(
            tokens: tokens, sentiments: sentiments, inMention: inMention, mentions: mentions, usedCues: usedCues)
    }

    /// The plural pronouns that refer back to an organisation (`it` is left out: it is as often
    /// the subject of `it is`, `it was` as a name's).
    static let organisationPronouns: [StaticString] = ["they", "them", "their", "themselves"]

    /// A sentence that names no target but `they`/`them`/`their` is about the organisation the text
    /// named before it (`The FBI had the emails. They did nothing.` → oppose the FBI), when that is
    /// the only target named before it: an organisation is a name ending in an organisation word
    /// (`White House`, `Justice Department`; `organisation-words.txt`) or an acronym (`FBI`). With
    /// any other target before it (a person, a country, a place, a generic group) the pronoun is left alone.
    private func organisationPronounContributions(
        tokens: [ValenceToken], sentiments: [Double], inMention: [Bool], mentions: [TargetMention], usedCues: [Bool]
    ) -> [Contribution] {
        guard let organisation = mentions.first, isOrganisation(organisation, tokens) else { return [] }
        var result: [Contribution] = []
        var position = organisation.tokens.upperBound
        while position < tokens.count {
            let sentence = scorer.sentenceBounds(around: position, in: tokens)
            defer { position = max(position + 1, sentence.upperBound) }
            guard sentence.lowerBound >= organisation.tokens.upperBound else { continue }
            // Another target from here on (or before): the pronouns after it may be its.
            if sentence.contains(where: { inMention[$0] })
                || mentions.contains(where: { $0.target != organisation.target && $0.tokens.lowerBound < sentence.lowerBound })
            {
                break
            }
            // Each segment with such a pronoun, once (`They did nothing, and their silence was shameful`).
            var covered = sentence.lowerBound
            for pronoun in sentence where pronoun >= covered && tokens[pronoun].isNameStopword
                && Self.organisationPronouns.contains(where: { Self.spells(tokens[pronoun], $0, text) })
            {
                let segment = segmentBounds(around: pronoun, tokens: tokens, inMention: inMention)
                covered = segment.upperBound
                for index in segment where sentiments[index] != 0 && !usedCues[index] {
                    result.append(
                        Contribution(target: organisation.target, token: index, weight: sentiments[index] * StanceWeights.clauseWeight))
                }
            }
        }
        return result
    }

    /// Whether the mention names an organisation: its last word is an organisation word, or it is an acronym.
    private func isOrganisation(_ mention: TargetMention, _ tokens: [ValenceToken]) -> Bool {
        guard !mention.mayBePerson, !mention.isGenericGroup else { return false }
        let last = tokens[mention.tokens.upperBound - 1]
        if last.entry >= 0 && scorer.lexicon.isOrganisationWord[Int(last.entry)] { return true }
        return mention.tokens.count == 1 && last.isUpper && Int(last.end) - Int(last.start) >= Self.acronymLength
    }

    /// The fewest letters of an acronym naming an organisation (`FBI`, `CIA`, `NATO`; `US` is a country's).
    static let acronymLength = 3

    /// A question asking why someone did not do something (`So why didn't Donald Trump pay his?`,
    /// `Why won't Congress act?`) is a reproach, not a request for reasons: the speaker holds that
    /// the subject should have done it. The subject (a mention within
    /// `StanceWeights.modifierWindow` words after the negated auxiliary) is opposed as a cue's
    /// object would be; the words of the question still count as they are.
    private func reproachContributions(tokens: [ValenceToken], mentions: [TargetMention], into result: inout [Contribution]) {
        var start = 0
        while start + 2 < tokens.count {
            defer {
                while start < tokens.count - 1 && !tokens[start].endsSentence { start += 1 }
                start += 1
            }
            // `So why`, `But why`, `And why`.
            var why = start
            if (tokens[why].ruleWord == .so || tokens[why].ruleWord == .and || tokens[why].contrast == .shift) && !tokens[why].endsClause {
                why += 1
            }
            guard why + 1 < tokens.count, !tokens[why].endsClause else { continue }
            if askingWhetherAnyoneKnows(from: why, tokens: tokens, mentions: mentions, into: &result) { continue }
            // `how` with a negation reproaches as `why` does (`How could Congress not act?`).
            guard Self.spells(tokens[why], "why", text) || Self.spells(tokens[why], "how", text) else { continue }
            // The subject follows the auxiliary; the negation is on the auxiliary (`didn't`) or
            // after the subject (`Why did Trump not pay?`).
            let subject = why + 2
            let window = subject + 1..<max(subject + 1, min(tokens.count, subject + StanceWeights.modifierWindow))
            if !tokens[why + 1].hasContractedNegation && !window.contains(where: { tokens[$0].isNegation && !tokens[$0 - 1].endsClause }) {
                continue
            }
            let sentence = scorer.sentenceBounds(around: why, in: tokens)
            guard endsWithQuestionMark(tokens[sentence.upperBound - 1]),
                let mention = mentions.first(where: {
                    $0.tokens.lowerBound >= subject && $0.tokens.lowerBound < subject + StanceWeights.modifierWindow
                        && $0.tokens.lowerBound < sentence.upperBound
                })
            else { continue }
            result.append(Contribution(target: mention.target, token: why, weight: -StanceWeights.cueValence))
        }
    }

    /// A question asking whether anyone knows something of a target (`Does anybody know what the
    /// environmental platform of the Republican Party is?`, `Does anyone really know where Clinton
    /// stands?`) says that no one can: the targets named after `know` in the question are opposed, as
    /// a cue's object would be.
    /// - Returns: whether the sentence at `start` is such a question.
    private func askingWhetherAnyoneKnows(
        from start: Int, tokens: [ValenceToken], mentions: [TargetMention], into result: inout [Contribution]
    ) -> Bool {
        guard start + 2 < tokens.count, Self.anyoneKnowsAuxiliaries.contains(where: { Self.spells(tokens[start], $0, text) }),
            Self.spells(tokens[start + 1], "anybody", text) || Self.spells(tokens[start + 1], "anyone", text)
        else { return false }
        // `know` right after, or after one adverb (`really`, `even`).
        var know = start + 2
        if !Self.spells(tokens[know], "know", text) {
            know += 1
            guard know < tokens.count, !tokens[know - 1].endsClause, Self.spells(tokens[know], "know", text) else { return false }
        }
        let sentence = scorer.sentenceBounds(around: start, in: tokens)
        guard endsWithQuestionMark(tokens[sentence.upperBound - 1]) else { return false }
        for mention in mentions where mention.tokens.lowerBound > know && mention.tokens.lowerBound < sentence.upperBound {
            result.append(Contribution(target: mention.target, token: know, weight: -StanceWeights.cueValence))
        }
        return true
    }

    /// The auxiliaries opening a question whether anyone knows (`Does anybody know …?`).
    static let anyoneKnowsAuxiliaries: [StaticString] = ["does", "do", "did", "can", "could"]

    /// Whether a `?` follows the token's word (before the next space).
    private func endsWithQuestionMark(_ token: ValenceToken) -> Bool {
        var position = Int(token.start)
        while position < text.count && !ValenceTokenizer.isSpace(text[position]) {
            if text[position] == UInt8(ascii: "?") { return true }
            position += 1
        }
        return false
    }

    /// The third-person pronouns that refer back to a person (`it` and `they` name things and groups too).
    static let personPronouns: [StaticString] = ["he", "she", "him", "his", "her", "himself", "herself"]

    /// A sentence that names no target but refers to one person with `he` or `she` is about that
    /// person, when the text names only one person before it: `Trump said Hispanics live in hell.
    /// He is ignorant of our culture` opposes Trump. The words of the pronoun's segment count as a
    /// mention's segment would. With two people named, the pronoun is left unresolved.
    private func pronounContributions(
        tokens: [ValenceToken], sentiments: [Double], inMention: [Bool], mentions: [TargetMention], usedCues: [Bool]
    ) -> [Contribution] {
        guard let person = mentions.first(where: \.mayBePerson),
            !mentions.contains(where: { $0.mayBePerson && $0.target != person.target })
        else { return [] }
        var result: [Contribution] = []
        var position = person.tokens.upperBound
        while position < tokens.count {
            let sentence = scorer.sentenceBounds(around: position, in: tokens)
            defer { position = max(position + 1, sentence.upperBound) }
            guard sentence.lowerBound >= person.tokens.upperBound, !sentence.contains(where: { inMention[$0] }),
                let pronoun = sentence.first(where: { index in
                    tokens[index].isNameStopword && Self.personPronouns.contains { Self.spells(tokens[index], $0, text) }
                })
            else { continue }
            for index in segmentBounds(around: pronoun, tokens: tokens, inMention: inMention)
            where sentiments[index] != 0 && !usedCues[index] {
                result.append(Contribution(target: person.target, token: index, weight: sentiments[index] * StanceWeights.clauseWeight))
            }
        }
        return result
    }

    /// How a mention takes part in what its segment tells: as a `victim` of a deed named by a
    /// noun, as the `setting` of events (after `in`), or `other`wise.
    enum DeedRole {
        /// The deed noun is at this token.
        case victim(Int)
        case setting, other
        /// Set against the rest of the sentence (`Unlike Trump, Clinton has a real plan`): what the
        /// sentence says of the others it denies of this target.
        case contrasted

        var isVictim: Bool { deed != nil }

        var isContrasted: Bool {
            if case .contrasted = self { return true }
            return false
        }

        /// The deed noun's token, for a victim.
        var deed: Int? {
            if case .victim(let token) = self { return token }
            return nil
        }
    }

    /// The mention's role, from the words before it: a preposition (past articles: `in the United
    /// States`), and for `on`, `against` and `of` the deed noun before that.
    func placeInDeed(of mention: TargetMention, tokens: [ValenceToken], sentiments: [Double], text: [UInt8]) -> DeedRole {
        var position = mention.tokens.lowerBound - 1
        while position >= 0 && !tokens[position].endsClause && tokens[position].entry >= 0
            && isNounDeterminer[Int(tokens[position].entry)]
        {
            position -= 1
        }
        guard position >= 0, !tokens[position].endsClause else { return .other }
        let preposition = tokens[position]
        // A target after `unlike` is set against the rest of the sentence: `Unlike Trump, Clinton
        // has a real plan` denies Trump the plan (the valences reverse, by VADER's negation scalar).
        if Self.spells(preposition, "unlike", text) { return .contrasted }
        // The source after `according to` (`According to the FBI, Clinton was careless`) holds
        // what is said; the words are not about it.
        if preposition.ruleWord == .to && position > 0 && !tokens[position - 1].endsClause
            && Self.spells(tokens[position - 1], "according", text)
        {
            return .setting
        }
        // The parties of a relation after `between` or `among` (`trade arrangements between the
        // United Kingdom and the European Union remain uncertain`) are where it stands, not judged.
        if Self.spells(preposition, "in", text) { return .setting }
        if Self.spells(preposition, "between", text) || Self.spells(preposition, "among", text) {
            // Unless the speaker qualifies the relation (`a severe disconnect between this White House
            // and our military`, `an ugly feud between …`): a valenced word before the relation noun
            // judges its parties. A bare relation (`the war between`, `trade between`) stays a setting.
            let qualifier = position - 2
            if qualifier >= 0, !tokens[qualifier].endsClause, !tokens[position - 1].endsClause, sentiments[qualifier] != 0 {
                return .other
            }
            return .setting
        }
        // A partner after `with` (`working with Democrats`, `cooperated with the Justice
        // Department`) is in company, not judged, unless a valenced word aims at it (`angry with
        // Congress`, `fed up with Washington`). A place or institution after `at` (`spoke at the
        // United Nations`, `a lawyer at Bailey`, `treats me unfairly at CNN`) is where things
        // happen, with the same exception (`angry at Congress`).
        if Self.spells(preposition, "with", text) || Self.spells(preposition, "at", text),
            position == 0 || sentiments[position - 1] == 0
        {
            return .setting
        }
        let isOf = preposition.ruleWord == .of
        guard isOf || Self.spells(preposition, "on", text) || Self.spells(preposition, "against", text), position > 0,
            !tokens[position - 1].endsClause
        else { return .other }
        let deed = position - 1
        // After `of`, only a deed reads as done to the mention (`the bombing of Aleppo`): other
        // negative nouns may be the mention's own (`the failure of Obama`).
        if isOf && !(tokens[deed].isActCue || (sentiments[deed] < 0 && Self.endsInIng(tokens[deed], text))) { return .other }
        guard tokens[deed].isActCue || sentiments[deed] < 0, isNounPhrase(endingAt: deed, tokens) else { return .other }
        return .victim(deed)
    }

    /// The conditional clauses of the text (`subordinators.txt`'s `conditional`: `if`, `unless`),
    /// from the word to the end of its clause: hypotheses the speaker does not assert, whose words
    /// no target takes (`If indeed Barack Obama is not intelligent, …` says nothing of Obama's
    /// intelligence). Most texts have none: then no room is allocated.
    private func conditionalClauses(_ tokens: [ValenceToken]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        guard hasCondition else { return clauses }
        var index = 0
        while index < tokens.count {
            let entry = Int(tokens[index].entry)
            guard entry >= 0, subordinator[entry] == .conditional else {
                index += 1
                continue
            }
            var end = index
            while end < tokens.count - 1 && !tokens[end].endsClause { end += 1 }
            clauses.append(index..<(end + 1))
            index = end + 1
        }
        return clauses
    }

    /// Whether the mention starting at `start` is joined by `and` or `or` (past articles) to a
    /// mention ending at `previousEnd`.
    private func isCoordinated(_ start: Int, after previousEnd: Int, _ tokens: [ValenceToken]) -> Bool {
        var position = start - 1
        while position > previousEnd && !tokens[position].endsClause && tokens[position].entry >= 0
            && isNounDeterminer[Int(tokens[position].entry)]
        {
            position -= 1
        }
        return position == previousEnd && !tokens[position - 1].endsClause && !tokens[position].endsClause
            && (tokens[position].ruleWord == .and || tokens[position].ruleWord == .or)
    }

    /// Whether the word at `index` heads a noun phrase: an article or a possessive before it, with
    /// at most one word between (`the bombing`, `Russia's indiscriminate bombing`). A deed done by
    /// a holder reads as a verb and its object (`imposed sanctions on Russia`): the holder's side
    /// toward the object, not a victim.
    private func isNounPhrase(endingAt index: Int, _ tokens: [ValenceToken]) -> Bool {
        var position = index - 1
        while position >= 0 && index - position <= 2 && !tokens[position].endsClause {
            let token = tokens[position]
            if token.isPossessive || (token.entry >= 0 && isNounDeterminer[Int(token.entry)]) { return true }
            position -= 1
        }
        return false
    }

    /// A deed named by a noun right before `on`, `against` or `of` (`attack on`, `bombing of`).
    private func isDeedNoun(at index: Int, tokens: [ValenceToken], sentiments: [Double], text: [UInt8]) -> Bool {
        guard index + 1 < tokens.count, !tokens[index].endsClause, tokens[index].isActCue || sentiments[index] < 0,
            isNounPhrase(endingAt: index, tokens)
        else { return false }
        let next = tokens[index + 1]
        if next.ruleWord == .of { return tokens[index].isActCue || Self.endsInIng(tokens[index], text) }
        return Self.spells(next, "on", text) || Self.spells(next, "against", text)
    }

    /// Whether a token is `word` (lowercase ASCII), case aside.
    static func spells(_ token: ValenceToken, _ word: StaticString, _ text: [UInt8]) -> Bool {
        let start = Int(token.start)
        guard Int(token.end) - start == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount where text[start + offset] | 0x20 != bytes[offset] { return false }
        return true
    }

    /// A past form (`threatened`), a verb rather than a noun.
    private static func endsInEd(_ token: ValenceToken, _ text: [UInt8]) -> Bool {
        let end = Int(token.end)
        return end - Int(token.start) > 3 && text[end - 2] | 0x20 == UInt8(ascii: "e") && text[end - 1] | 0x20 == UInt8(ascii: "d")
    }

    /// A verbal noun (`bombing`, `killings`).
    private static func endsInIng(_ token: ValenceToken, _ text: [UInt8]) -> Bool {
        var end = Int(token.end)
        if end - Int(token.start) > 5 && text[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 1 }
        return end - Int(token.start) > 4 && text[end - 3] | 0x20 == UInt8(ascii: "i") && text[end - 2] | 0x20 == UInt8(ascii: "n")
            && text[end - 1] | 0x20 == UInt8(ascii: "g")
    }

    /// An opposing cue, or a negative noun with `to`, reverses the valence of the words it acts on: blocking aid is bad,
    /// condemning terror is good (`block the humanitarian aid`: aid's +1.9 becomes -1.9 and
    /// replaces `block`'s own -1.9, so the pair is not read as neutral). The object ends at a
    /// mention (`accuses Russia of …`: Russia is the object, rule 1's business). Negated cues are
    /// left alone. Not used for the overall score: on the rated sentiment sets it lowers the
    /// correlation (tweets 0.872 to 0.870), as many `cue + word` pairs there are not verb and object.
    func composeOpposedObjects(_ tokens: [ValenceToken], inMention: [Bool], text: [UInt8], _ sentiments: inout [Double]) {
        var index = 0
        while index < tokens.count {
            // An opposing cue (`block the aid`), or a negative word aimed at something with `to`
            // (`a threat to peace`, `an obstacle to progress`).
            var width = 0
            if let (label, cueWidth) = cues[index], label == .oppose {
                width = cueWidth
            } else if sentiments[index] < 0 && index + 1 < tokens.count && tokens[index + 1].ruleWord == .to
                && !tokens[index].endsClause && !tokens[index].isWithholding && !Self.endsInEd(tokens[index], text)
            {
                // A noun aims at what follows `to` (`a threat to peace`); a verb takes an infinitive
                // (`refused to apologize for an outrageous statement` does not make `outrageous` good).
                width = 2
            }
            guard width > 0, !scorer.isNegatedNearby(index, tokens) else {
                index += 1
                continue
            }
            var composed = false
            var position = index + width
            while position < tokens.count && position < index + width + StanceWeights.objectWindow
                && !tokens[position - 1].endsClause && !inMention[position]
            {
                if sentiments[position] != 0 && cues[position] == nil {
                    sentiments[position] = -sentiments[position]
                    composed = true
                }
                position += 1
            }
            if composed { sentiments[index] = 0 }
            index = position
        }
    }

    /// Words of the speaker's certainty (`I'm sure Sanders people would want …`, `Clinton will
    /// certainly lose`; `certainty-words.txt`) say how sure the speaker is, not what they think
    /// of anyone: VADER's positive rating (`sure` +1.3) would make the names around them look
    /// supported. The overall score keeps VADER's reading (on the rated tweets `I'm sure` is
    /// often warm, and zeroing it lowered r).
    func silenceCertainty(_ tokens: [ValenceToken], _ sentiments: inout [Double]) {
        let isCertainty = scorer.lexicon.isCertainty
        for index in tokens.indices where sentiments[index] != 0 && tokens[index].entry >= 0 && isCertainty[Int(tokens[index].entry)] {
            sentiments[index] = 0
        }
    }

    /// `like` opening a clause before a name compares, it does not approve: `He, like Donald
    /// Trump, has refused to apologize`, `Like Obama, she …`. VADER rates the verb (+2.0), which
    /// would otherwise make the comparison's names (and the clause's subject) look supported.
    /// The verb (`I like Obama`, `voters like Trump`) follows a word of its clause and keeps its valence.
    func silenceComparisons(_ tokens: [ValenceToken], inMention: [Bool], text: [UInt8], _ sentiments: inout [Double]) {
        for index in tokens.indices.dropLast() where sentiments[index] > 0 && inMention[index + 1]
            && (index == 0 || tokens[index - 1].endsClause) && Self.spells(tokens[index], "like", text)
        {
            sentiments[index] = 0
        }
    }

    /// The sentence around `index`, cut at the contrast words on either side of it and where a
    /// comma is followed by `and` or `or` (`Russia is to blame, and NATO must respond`: two clauses
    /// with their own subjects), and at `so` before a target (`… set up so Russia and the United
    /// States can coordinate`: a result clause with its own subject). Commas alone do not cut:
    /// `The regime, once again, is blocking it`.
    private func segmentBounds(around index: Int, tokens: [ValenceToken], inMention: [Bool]) -> Range<Int> {
        let sentence = scorer.sentenceBounds(around: index, in: tokens)
        var start = sentence.lowerBound
        var end = sentence.upperBound
        if let opener = openingPhraseEnd(of: sentence, tokens: tokens, inMention: inMention), opener <= index { start = opener }
        for position in sentence {
            let cuts = tokens[position].contrast != nil
                || (position > sentence.lowerBound && tokens[position - 1].endsClause
                    && (tokens[position].ruleWord == .and || tokens[position].ruleWord == .or))
                || (position > sentence.lowerBound && tokens[position].ruleWord == .so && position + 1 < tokens.count
                    && inMention[position + 1] && !tokens[position].endsClause)
            if cuts {
                if position <= index { start = max(start, position + 1) } else { end = min(end, position) }
                continue
            }
            guard let clause = subordinateClause(at: position, within: sentence, tokens: tokens, inMention: inMention) else { continue }
            // A target inside a condition keeps its consequence (`if Clinton wins, we are doomed`);
            // the condition's own words are left out by `conditionalClauses`.
            if clause.contains(index) && subordinator[Int(tokens[position].entry)] == .conditional { continue }
            if clause.upperBound <= index {
                start = max(start, clause.upperBound)
            } else if clause.lowerBound > index {
                end = min(end, clause.lowerBound)
            } else {
                start = max(start, clause.lowerBound)
                end = min(end, clause.upperBound)
            }
        }
        return start..<max(end, start)
    }

    /// Where the opening phrases of a sentence end: clauses at its start, each of two words or
    /// more, closed by a comma, naming no target, and opening with a word of `opening-words.txt`
    /// (a preposition or a subordinating conjunction: `To be clear, the United States …`, `In
    /// line with this commitment and the gravity of this violation, the Security Council …`,
    /// `Despite the awful weather, Merkel …`, `If this bill passed, if the veto were overridden,
    /// the United States …`). They frame what the speaker goes on to say; their words (`clear`,
    /// `violation`, `awful`) are not about the subject after them. One-word openers (`Sadly,
    /// Russia …`) keep judging their clause.
    private func openingPhraseEnd(of sentence: Range<Int>, tokens: [ValenceToken], inMention: [Bool]) -> Int? {
        var end: Int?
        var first = sentence.lowerBound
        opening: while first < sentence.upperBound, tokens[first].entry >= 0, isOpeningWord[Int(tokens[first].entry)] {
            var position = first
            while position < sentence.upperBound && !inMention[position] {
                if tokens[position].endsClause {
                    guard position > first, !tokens[position].endsSentence else { break opening }
                    end = position + 1
                    first = position + 1
                    continue opening
                }
                position += 1
            }
            break
        }
        return end
    }

    /// The subordinate clause that the word at `position` opens (`because …`, `that Trump did
    /// wrong`): from the word to the end of its clause (a comma or the sentence's end). Its words
    /// are about what it says, not about the targets of the clause it hangs on: `the campaign is
    /// in trouble because Biden …`. A relative pronoun right after a mention opens no such
    /// clause: `Trump, who lied again, …` describes Trump.
    private func subordinateClause(at position: Int, within sentence: Range<Int>, tokens: [ValenceToken], inMention: [Bool]) -> Range<Int>? {
        let entry = Int(tokens[position].entry)
        guard entry >= 0 else { return nil }
        let kind = subordinator[entry]
        if kind == .none || (kind == .relative && position > 0 && inMention[position - 1]) { return nil }
        // `that` right before a name opens a clause with that name as its subject, whether what
        // someone thinks (`I thought that Mike Pence did well`) or a relative clause (`the things
        // that Donald Trump did wrong`): its words are about its subject, not the names outside.
        let opensClauseWithSubject = kind == .complement && position + 1 < sentence.upperBound && inMention[position + 1]
            && !tokens[position].endsClause
        if kind == .complement && !opensClauseWithSubject {
            // Otherwise `that` opens what a name says or thinks only right after the name and its
            // verb (`the FBI concluded that`, `Trump has said that`); elsewhere it may be a
            // demonstrative (`that deal`) or a relative (`the things that …`).
            var before = position - 1
            while before >= sentence.lowerBound && position - before <= StanceWeights.modifierWindow && !inMention[before]
                && !tokens[before].endsClause
            {
                before -= 1
            }
            guard before >= sentence.lowerBound, before < position - 1, inMention[before] else { return nil }
        }
        var end = position
        while end < sentence.upperBound && !tokens[end].endsClause { end += 1 }
        // The word `that` hangs on says what the clause is to the speaker, and goes with it: the
        // noun it describes (`the opportunity that Hillary has`, `the crimes that Clinton
        // committed`) or the attitude toward it (`I hate that Trump won`).
        var start = position
        if opensClauseWithSubject && position > sentence.lowerBound && !tokens[position - 1].endsClause && !inMention[position - 1] {
            start = position - 1
        }
        return start..<min(end + 1, sentence.upperBound)
    }
}

/// Per-token buffers of the target rules, kept by a workspace so that each text reuses the room
/// the longest text before it needed.
final class RuleBuffers {
    var inMention: [Bool] = []
    var excluded: [Bool] = []
    var widths: [Int] = []
    /// Valences with opposed objects composed, and the (target, segment) pairs already scored.
    var composed: [Double] = []
    var scored: [(target: Int, segment: Int)] = []

    /// - Complexity: O(1).
    init() {}

    /// The buffer's contents, taken out of it (so that the taker's copy is the only reference)
    /// and reset to `count` copies of `value`, its room kept; the taker puts it back when done.
    /// - Complexity: O(*n*) in `count`.
    static func take<Element>(_ buffer: inout [Element], filledWith value: Element, count: Int) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &buffer)
        // Overwritten in place, then cut or extended to `count`: no element-by-element rebuild.
        if taken.count > count { taken.removeLast(taken.count - count) }
        taken.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
        if taken.count < count { taken.append(contentsOf: repeatElement(value, count: count - taken.count)) }
        return taken
    }
}
