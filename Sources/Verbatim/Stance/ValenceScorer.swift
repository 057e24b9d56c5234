/// Which valence rules score a text.
public enum ScorerKind: String, Sendable, CaseIterable {
    /// The project's scorer: VADER's word rules with news-domain valences, multi-word terms,
    /// clause-aware contrast, hedges and per-target stance.
    case news
    /// vaderSentiment 3.3.2's compound score, reproduced (no targets).
    case vader
}

/// Reusable buffers for scoring many texts on one thread. Not thread-safe: one per thread.
public final class ScoringWorkspace {
    let valence = ValenceWorkspace()
    /// For the words after an attribution cue.
    let cue = ValenceWorkspace()
    /// Attribution cues (their words' bytes, by `ByteKeyTable.hash`) whose words start no
    /// side-taking cue: `said` and `told` come back quotation after quotation, and are looked up
    /// once per worker (the answer depends on the bytes and the lexicon alone).
    var quietCues: [UInt64: [UInt8]] = [:]
    /// Most cues remembered; the memory is cleared when it fills (news text repeats a few hundred).
    static let quietCueCapacity = 4_096
    /// The target finder of the last document scored with this workspace (`StanceScorer` resets
    /// it for the next one instead of building another).
    var finder: TargetMentionFinder?
    /// Per-token flags of the quotation being scored: words of a name, words already in the evidence.
    var inMention: [Bool] = []
    var listed: [Bool] = []
    /// Buffers of the target rules.
    let rules = RuleBuffers()
    /// - Complexity: O(1).
    public init() {}
}

/// Scores the valence of a text with VADER's word rules, in either mode.
/// A class: the target rules keep one per quotation, and copying a struct holding three copies
/// of the lexicon cost a reference-count update for each of its many buffers.
final class ValenceScorer: Sendable {
    let lexicon: StanceLexicon
    let kind: ScorerKind
    private let rules: VaderCompatibleRules
    private let tokenizer: ValenceTokenizer
    /// The entry of `nothing` (a VADER negator), for `isNegatedByNothing`; -1 when missing.
    private let nothingEntry: Int32

    init(lexicon: StanceLexicon, kind: ScorerKind) {
        self.lexicon = lexicon
        self.kind = kind
        nothingEntry = Array("nothing".utf8).withUnsafeBufferPointer { lexicon.lookup($0) }
        rules = VaderCompatibleRules(lexicon: lexicon)
        tokenizer = ValenceTokenizer(lexicon: lexicon, style: kind == .news ? .news : .vader)
    }

    /// Tokenises `text` into `workspace` without scoring it.
    /// - Complexity: O(*n*) in the length of the text.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, baseOffset: Int, workspace: ValenceWorkspace) {
        tokenizer.tokenize(text, baseOffset: baseOffset, into: workspace)
    }

    /// Tokenises and scores `text`, leaving the tokens and per-word valences in `workspace`.
    /// - Parameters:
    ///   - text: UTF-8 bytes of the text.
    ///   - baseOffset: the byte offset of `text` in its document (for evidence spans).
    /// - Returns: the normalised score (VADER's compound in the `vader` mode, rounded to 4 places as it is).
    /// - Complexity: O(*n*) in the length of the text.
    func score(_ text: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0, workspace: ValenceWorkspace) -> Double {
        tokenizer.tokenize(text, baseOffset: baseOffset, into: workspace)
        let tokens = workspace.tokens
        // A local copy: class properties pay a dynamic exclusivity check on every access.
        var sentiments = workspace.sentiments
        workspace.sentiments = []
        sentiments.removeAll(keepingCapacity: true)
        defer { workspace.sentiments = sentiments }
        if tokens.isEmpty { return 0 }
        let capitalDifferential = rules.hasCapitalDifferential(tokens)
        switch kind {
        case .vader:
            for index in tokens.indices {
                // Most words have no valence, and `valence(at:)` gives them 0 first thing.
                sentiments.append(
                    tokens[index].valence.isNaN ? 0 : rules.valence(at: index, in: tokens, capitalDifferential: capitalDifferential))
            }
            rules.applyVaderContrast(&sentiments, tokens: tokens)
        case .news:
            var phrases: [(first: Int, last: Int)] = []
            var scale = workspace.scale
            workspace.scale = []
            newsValences(tokens, capitalDifferential: capitalDifferential, into: &sentiments, scale: &scale, phrases: &phrases)
            workspace.scale = scale
            // A multi-word term is one piece of evidence: its first word's span grows to cover it.
            for (first, last) in phrases { workspace.tokens[first].end = workspace.tokens[last].end }
        }
        var sum = 0.0
        for value in sentiments { sum += value }
        let emphasis = rules.punctuationEmphasis(exclamations: workspace.exclamations, questions: workspace.questions)
        workspace.emphasis = emphasis
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = VaderCompatibleRules.normalise(sum)
        return kind == .vader ? (compound * 10_000).rounded(.toNearestOrEven) / 10_000 : compound
    }

    /// The score again after `score` ran, leaving out the words at `excluded` (words of names
    /// such as `United States`, whose valence is not the writer's).
    func rescore(_ workspace: ValenceWorkspace, excluding excluded: [Bool]) -> Double {
        var sum = 0.0
        for (index, value) in workspace.sentiments.enumerated() where !excluded[index] { sum += value }
        if sum > 0 { sum += workspace.emphasis } else if sum < 0 { sum -= workspace.emphasis }
        return VaderCompatibleRules.normalise(sum)
    }

    // MARK: the default scorer

    /// The longest phrase (two words or more) that starts at `index`.
    func phrase(at index: Int, in tokens: [ValenceToken]) -> Phrase? {
        let head = tokens[index].entry
        guard head >= 0, tokens[index].startsPhrase else { return nil }
        // Through a buffer pointer: `the` and `to` start idioms, and copying each candidate cost a
        // reference-count update per word of the text that starts a phrase.
        return lexicon.entries[Int(head)].phrases.withUnsafeBufferPointer { candidates -> Phrase? in
            search: for position in candidates.indices {
                let width = candidates[position].words.count
                guard width > 1, index + width <= tokens.count else { continue }
                for offset in 1..<width {
                    if tokens[index + offset].entry != candidates[position].words[offset] || tokens[index + offset - 1].endsClause {
                        continue search
                    }
                }
                return candidates[position]
            }
            return nil
        }
    }

    /// Per-word valences of the default scorer: VADER's word rules, then multi-word news terms,
    /// then contrast, concession and hedges within each sentence.
    private func newsValences(
        _ tokens: [ValenceToken], capitalDifferential: Bool, into sentiments: inout [Double],
        scale: inout [Double], phrases: inout [(first: Int, last: Int)]
    ) {
        sentiments.append(contentsOf: repeatElement(0, count: tokens.count))
        // A reused buffer (the workspace's), reset to 1 for each word.
        scale.removeAll(keepingCapacity: true)
        scale.append(contentsOf: repeatElement(1, count: tokens.count))
        // As VADER, only the first shift word reweighs the text: what follows it is the point.
        var hasShifted = false
        // `lack of` and the like, by first word and width: composed once every word has its valence.
        var privatives: [(first: Int, width: Int)] = []
        // `no chance`, `no way`, by first word and width: composed once every word has its valence.
        var deniedPossibilities: [(first: Int, width: Int)] = []
        var index = 0
        while index < tokens.count {
            // Checked here first: few words start a phrase, and the call costs more than the check.
            if tokens[index].startsPhrase, let phrase = phrase(at: index, in: tokens) {
                switch phrase.meaning {
                case .newsValence(let value):
                    sentiments[index] = isNegatedNearby(index, tokens) ? value * StanceWeights.negationScalar : value
                    phrases.append((index, index + phrase.words.count - 1))
                    index += phrase.words.count
                    continue
                case .contrast(let kind):
                    if kind == .concession || !hasShifted {
                        applyContrast(kind, at: index, width: phrase.words.count, tokens: tokens, scale: &scale)
                        hasShifted = hasShifted || kind == .shift
                    }
                case .hedge:
                    applyHedge(at: index, width: phrase.words.count, tokens: tokens, scale: &scale)
                case .privative:
                    privatives.append((index, phrase.words.count))
                case .negatedPossibility:
                    deniedPossibilities.append((index, phrase.words.count))
                default: break
                }
            }
            // Most words have no valence, and `valence(at:)` gives them 0 first thing (as the buffer holds).
            if !tokens[index].valence.isNaN {
                sentiments[index] = rules.valence(at: index, in: tokens, capitalDifferential: capitalDifferential)
                if isNegatedByNothing(index, tokens) { sentiments[index] *= StanceWeights.negationScalar }
                if isCertaintyClaim(index, tokens) || isPrepositionLike(index, tokens) || isDiscourseMarker(index, tokens) {
                    sentiments[index] = 0
                }
            }
            if let kind = tokens[index].contrast, kind == .concession || !hasShifted {
                applyContrast(kind, at: index, width: 1, tokens: tokens, scale: &scale)
                hasShifted = hasShifted || kind == .shift
            }
            if tokens[index].isHedge { applyHedge(at: index, width: 1, tokens: tokens, scale: &scale) }
            index += 1
        }
        for (first, width) in privatives { composePrivative(at: first, width: width, tokens: tokens, &sentiments) }
        for (first, width) in deniedPossibilities { denyPossibility(at: first, width: width, tokens: tokens, &sentiments) }
        for position in sentiments.indices { sentiments[position] *= scale[position] }
    }

    /// A privative phrase (`lack of`, `absence of`; `privatives.txt`) reverses the valence of its
    /// object as a negator does (VADER's `negationScalar`), a noun phrase of up to
    /// `StanceWeights.privativeObjectWindow` words that ends at a
    /// clause end, a form of `be` or a subordinator (`the loss of life is tragic` keeps
    /// `tragic`): a lack of enthusiasm is bad, an absence of violence good. Its own word's valence
    /// (`lack` -1.3) gives way to the object's, so `lack of enthusiasm` does not sum to a mild
    /// positive. A negated phrase (`no lack of talent`) is left to VADER's negation.
    private func composePrivative(at first: Int, width: Int, tokens: [ValenceToken], _ sentiments: inout [Double]) {
        guard !isNegatedNearby(first, tokens), first == 0 || tokens[first - 1].ruleWord != .no else { return }
        var composed = false
        var position = first + width
        while position < tokens.count && position < first + width + StanceWeights.privativeObjectWindow
            && !tokens[position - 1].endsClause && tokens[position].ruleWord != .beForm
            && (tokens[position].entry < 0 || lexicon.subordinator[Int(tokens[position].entry)] == .none)
        {
            if sentiments[position] != 0 {
                sentiments[position] *= StanceWeights.negationScalar
                composed = true
            }
            position += 1
        }
        if composed {
            for word in first..<(first + width) { sentiments[word] = 0 }
        }
    }

    /// A phrase denying a possibility (`no chance`, `no way`; `negated-possibilities.txt`) says
    /// the rest of its clause will not happen: `there is no chance Clinton will withdraw` rates
    /// neither a chance nor Clinton. Its own words lose their valence (`chance`, which VADER
    /// negates to -0.74), and the words after it to the clause's end are reversed by VADER's
    /// negation scalar, except those within VADER's modifier window after its `no`, which VADER's
    /// negation reversed already (`no way it is good`).
    private func denyPossibility(at first: Int, width: Int, tokens: [ValenceToken], _ sentiments: inout [Double]) {
        for word in first..<(first + width) { sentiments[word] = 0 }
        guard !tokens[first + width - 1].endsClause else { return }
        var position = first + width
        while position < tokens.count {
            if position - first > StanceWeights.modifierWindow { sentiments[position] *= StanceWeights.negationScalar }
            if tokens[position].endsClause { break }
            position += 1
        }
    }

    /// A word of certainty (`certainty-words.txt`) inside its clause, with words of the clause
    /// before and after it, states how sure the speaker is of the clause (`I'm sure some of the
    /// Sanders people would want …`, `we certainly can't afford this`): no opinion, though VADER
    /// rates `sure` +1.3 and `certainly` +1.4. Alone or at a clause's edge (`Sure!`, `I'm sure!`,
    /// `Are you sure?`) it keeps VADER's reading, an answer or agreement. Against the rated sets
    /// this moved r 0.8743/0.4341/0.5955 to 0.8743/0.4336/0.5968 (tweets/movies/Amazon) over the
    /// same rule after a form of `be` only.
    @inline(__always)
    private func isCertaintyClaim(_ index: Int, _ tokens: [ValenceToken]) -> Bool {
        guard index > 0, !tokens[index - 1].endsClause, !tokens[index].endsClause,
            index + 1 < tokens.count, tokens[index].entry >= 0
        else { return false }
        return lexicon.isCertainty[Int(tokens[index].entry)]
    }

    /// `like` is the verb only after a subject, an auxiliary or an adverb before a verb (`I like
    /// him`, `would really like`, `don't like`; `like-verb-subjects.txt`); elsewhere it is the
    /// preposition news mostly uses (`people like him`, `countries like China`, `looks like`),
    /// which judges nothing, though VADER rates `like` +2.0. Against the rated sets (Pearson r,
    /// tweets/movies/Amazon) 0.8744/0.4359/0.5975 -> 0.8741/0.4503/0.6010: tweets lose a little
    /// (`sounds like fun`), the review sets gain; the news-stance dev quotations 0.613 -> 0.620.
    @inline(__always)
    private func isPrepositionLike(_ index: Int, _ tokens: [ValenceToken]) -> Bool {
        guard tokens[index].ruleWord == .like else { return false }
        guard index > 0, !tokens[index - 1].endsClause else { return true }
        let before = tokens[index - 1]
        if before.hasContractedNegation { return false }
        return before.entry < 0 || !lexicon.isLikeVerbSubject[Int(before.entry)]
    }

    /// A discourse marker (`discourse-markers.txt`) alone in its clause, closed by a comma or a
    /// dash rather than a sentence end (`Well, look, …`, `Yes, we're protecting Europe`), manages
    /// the conversation and judges nothing; VADER rates `well` +1.1, `yes` +1.7. Against the rated
    /// sets r rose on all three: 0.8739/0.4509/0.6012 -> 0.8742/0.4512/0.6016.
    @inline(__always)
    private func isDiscourseMarker(_ index: Int, _ tokens: [ValenceToken]) -> Bool {
        guard tokens[index].endsClause, !tokens[index].endsSentence, index == 0 || tokens[index - 1].endsClause,
            tokens[index].entry >= 0
        else { return false }
        return lexicon.isDiscourseMarker[Int(tokens[index].entry)]
    }

    /// `nothing` right after a valenced word negates it (`cares nothing about`, `achieved nothing
    /// good`), as VADER's negators do the words after them; VADER looks only backwards. A
    /// comparison (`loves nothing more than`, `wants nothing better than`) is praise, not
    /// negation (`like nothing we have seen` has the preposition `like`, with no valence: see
    /// `isPrepositionLike`), and `nothing else` is mostly a subject (`it's too bad nothing else
    /// is`) or a comparison (`want nothing else than`).
    /// Default scorer only: `--scorer vader` keeps vaderSentiment's reading.
    private func isNegatedByNothing(_ index: Int, _ tokens: [ValenceToken]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].entry == nothingEntry, nothingEntry >= 0, !tokens[index].endsClause,
            index + 2 >= tokens.count || tokens[index + 2].ruleWord != .else
        else {
            return false
        }
        var position = index + 2
        while position < tokens.count && position <= index + 3 {
            if tokens[position].ruleWord == .than { return false }
            if tokens[position - 1].endsClause { break }
            position += 1
        }
        return true
    }

    /// The side-taking stance cue (oppose or support) that starts at `index`, with its width in tokens.
    func cue(at index: Int, in tokens: [ValenceToken]) -> (StanceLabel, Int)? {
        if tokens[index].startsPhrase, let phrase = phrase(at: index, in: tokens), case .cue(let label) = phrase.meaning {
            return label == .neutral ? nil : (label, phrase.words.count)
        }
        guard let label = tokens[index].cue, label != .neutral, !isNoun(at: index, in: tokens) else {
            return nil
        }
        return (label, 1)
    }

    /// A one-word cue right after an article or possessive (`the attack on the convoy`, `an
    /// attack by rebels`, `Russia's attack`) names an event, not the speaker's act: the quote
    /// stage reads cue verbs after `determiners.txt`'s `noun` words the same way. Phrase cues are
    /// nouns by nature (`his support for Ukraine`) and keep their side.
    private func isNoun(at index: Int, in tokens: [ValenceToken]) -> Bool {
        guard index > 0, !tokens[index - 1].endsClause else { return false }
        let before = tokens[index - 1]
        return before.isPossessive || (before.entry >= 0 && lexicon.isNounDeterminer[Int(before.entry)])
    }

    /// A negator within the modifier window before `index`, in the same clause.
    func isNegatedNearby(_ index: Int, _ tokens: [ValenceToken]) -> Bool {
        var position = index - 1
        while position >= 0 && index - position <= StanceWeights.modifierWindow {
            if tokens[position].endsClause { return false }
            if rules.isNegation(tokens[position]) { return true }
            position -= 1
        }
        return false
    }

    /// The sentence around `index`: from after the previous sentence end to the next one.
    func sentenceBounds(around index: Int, in tokens: [ValenceToken]) -> Range<Int> {
        var start = index
        while start > 0 && !tokens[start - 1].endsSentence { start -= 1 }
        var end = index
        while end < tokens.count - 1 && !tokens[end].endsSentence { end += 1 }
        return start..<(end + 1)
    }

    /// The clause from `index` to the next clause end.
    private func clauseEnd(from index: Int, in tokens: [ValenceToken]) -> Int {
        var end = index
        while end < tokens.count - 1 && !tokens[end].endsClause { end += 1 }
        return end + 1
    }

    /// A shift word (`but`, `however`) halves the words before it in its sentence and raises the
    /// words after it (VADER's weights); a concession (`although`) halves its own clause.
    private func applyContrast(_ kind: ContrastKind, at index: Int, width: Int, tokens: [ValenceToken], scale: inout [Double]) {
        switch kind {
        case .shift:
            for position in 0..<index { scale[position] *= StanceWeights.beforeContrastScale }
            for position in (index + width)..<tokens.count { scale[position] *= StanceWeights.afterContrastScale }
        case .concession:
            // Only a clause closed by a comma or semicolon (`although X, Y`): without one, the
            // concession's extent is unknown (`all fixed now though :D`).
            let end = clauseEnd(from: index, in: tokens)
            guard index + width < end, tokens[end - 1].endsClause, !tokens[end - 1].endsSentence else { return }
            for position in (index + width)..<end { scale[position] *= StanceWeights.concessionScale }
        }
    }

    /// A hedge damps the rest of its clause.
    private func applyHedge(at index: Int, width: Int, tokens: [ValenceToken], scale: inout [Double]) {
        let end = clauseEnd(from: index, in: tokens)
        guard index + width < end else { return }
        for position in (index + width)..<end { scale[position] *= StanceWeights.hedgeScalar }
    }
}
