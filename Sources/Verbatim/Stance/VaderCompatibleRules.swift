/// vaderSentiment 3.3.2's valence rules, re-implemented over `ValenceToken`s so that the
/// compound score agrees with it: boosters within three words, ALL-CAPS emphasis, negation
/// within three words, `no`, `least`, `never so`, `without doubt`, the idioms, and `but`.
///
/// The default scorer reuses the per-word part (`valence(at:)`) and replaces the
/// whole-text parts (contrast, emphasis) with clause-aware versions.
struct VaderCompatibleRules {
    let lexicon: StanceLexicon

    /// The word's valence from the lexicons (the tokenizer put the news-domain one first in
    /// news style), or NaN.
    @inline(__always)
    func lexiconValence(_ token: ValenceToken) -> Double { token.valence }

    @inline(__always)
    func isInLexicon(_ token: ValenceToken) -> Bool { !lexiconValence(token).isNaN }

    @inline(__always)
    func ruleWord(_ token: ValenceToken) -> RuleWord {
        token.ruleWord
    }

    @inline(__always)
    func booster(_ token: ValenceToken) -> Double {
        token.booster
    }

    /// VADER's `negated([word])`: a listed negator, or any word containing `n't`.
    @inline(__always)
    func isNegation(_ token: ValenceToken) -> Bool {
        token.isNegation
    }

    /// Python's `allcap_differential`: some, but not all, words are in capitals.
    func hasCapitalDifferential(_ tokens: [ValenceToken]) -> Bool {
        var capitals = 0
        for token in tokens where token.isUpper { capitals += 1 }
        return capitals > 0 && capitals < tokens.count
    }

    /// The valence of word `index` after the per-word rules (0 for boosters, `kind of`, and words
    /// outside the lexicon).
    /// - Complexity: O(1).
    func valence(at index: Int, in tokens: [ValenceToken], capitalDifferential: Bool) -> Double {
        let token = tokens[index]
        if booster(token) != 0 { return 0 }
        if index + 1 < tokens.count && ruleWord(token) == .kind && ruleWord(tokens[index + 1]) == .of { return 0 }
        let base = lexiconValence(token)
        if base.isNaN { return 0 }
        var valence = base
        // `no` before a lexicon word negates that word instead of counting itself.
        if ruleWord(token) == .no && index + 1 < tokens.count && isInLexicon(tokens[index + 1]) { valence = 0 }
        if (index > 0 && ruleWord(tokens[index - 1]) == .no) || (index > 1 && ruleWord(tokens[index - 2]) == .no)
            || (index > 2 && ruleWord(tokens[index - 3]) == .no
                && (ruleWord(tokens[index - 1]) == .or || ruleWord(tokens[index - 1]) == .nor))
        {
            valence = base * StanceWeights.negationScalar
        }
        if token.isUpper && capitalDifferential {
            valence += valence > 0 ? StanceWeights.capitalEmphasis : -StanceWeights.capitalEmphasis
        }
        for distance in 0..<StanceWeights.modifierWindow where index > distance {
            let modifier = tokens[index - distance - 1]
            if isInLexicon(modifier) { continue }
            var scalar = boosterScalar(modifier, valence: valence, capitalDifferential: capitalDifferential)
            if distance == 1 && scalar != 0 { scalar *= StanceWeights.boosterDistanceTwoScale }
            if distance == 2 && scalar != 0 { scalar *= StanceWeights.boosterDistanceThreeScale }
            valence += scalar
            valence = negation(valence, distance: distance, index: index, tokens: tokens)
            if distance == 2 { valence = idioms(valence, index: index, tokens: tokens) }
        }
        if index > 0 && !isInLexicon(tokens[index - 1]) && ruleWord(tokens[index - 1]) == .least {
            // `least good` reverses; `at least` and `very least` do not.
            if index == 1 || (ruleWord(tokens[index - 2]) != .at && ruleWord(tokens[index - 2]) != .very) {
                valence *= StanceWeights.negationScalar
            }
        }
        return valence
    }

    /// VADER's `scalar_inc_dec`: a booster's push, signed like the word it modifies.
    private func boosterScalar(_ modifier: ValenceToken, valence: Double, capitalDifferential: Bool) -> Double {
        var scalar = booster(modifier)
        guard scalar != 0 else { return 0 }
        if valence < 0 { scalar = -scalar }
        if modifier.isUpper && capitalDifferential {
            scalar += valence > 0 ? StanceWeights.capitalEmphasis : -StanceWeights.capitalEmphasis
        }
        return scalar
    }

    /// VADER's `_negation_check` for the word `distance + 1` places before `index`.
    private func negation(_ valence: Double, distance: Int, index: Int, tokens: [ValenceToken]) -> Double {
        let before = tokens[index - distance - 1]
        switch distance {
        case 0:
            return isNegation(before) ? valence * StanceWeights.negationScalar : valence
        case 1:
            let first = ruleWord(tokens[index - 2])
            let second = ruleWord(tokens[index - 1])
            if first == .never && (second == .so || second == .this) { return valence * StanceWeights.neverSoEmphasis }
            if first == .without && second == .doubt { return valence }
            return isNegation(before) ? valence * StanceWeights.negationScalar : valence
        default:
            let first = ruleWord(tokens[index - 3])
            let second = ruleWord(tokens[index - 2])
            let third = ruleWord(tokens[index - 1])
            if (first == .never && (second == .so || second == .this)) || third == .so || third == .this {
                return valence * StanceWeights.neverSoEmphasis
            }
            if first == .without && (second == .doubt || third == .doubt) { return valence }
            return isNegation(before) ? valence * StanceWeights.negationScalar : valence
        }
    }

    /// The idiom (or booster phrase) made of the words at `first`, `second` and, when not -1, `third`.
    @inline(__always)
    private func phrase(_ first: Int, _ second: Int, _ third: Int = -1, in tokens: [ValenceToken], isBooster: Bool) -> Double? {
        let head = tokens[first].entry
        guard head >= 0, tokens[first].startsPhrase else { return nil }
        let candidates = lexicon.entries[Int(head)].phrases
        if candidates.isEmpty { return nil }
        let length = third < 0 ? 2 : 3
        for candidate in candidates where candidate.words.count == length {
            guard tokens[second].entry == candidate.words[1] else { continue }
            if third >= 0 && tokens[third].entry != candidate.words[2] { continue }
            switch candidate.meaning {
            case .vaderIdiom(let value) where !isBooster: return value
            case .booster(let value) where isBooster: return value
            default: continue
            }
        }
        return nil
    }

    /// VADER's `_special_idioms_check`, run when the word three places back is not a lexicon word.
    private func idioms(_ valence: Double, index i: Int, tokens: [ValenceToken]) -> Double {
        var valence = valence
        if let value = phrase(i - 1, i, in: tokens, isBooster: false)
            ?? phrase(i - 2, i - 1, i, in: tokens, isBooster: false)
            ?? phrase(i - 2, i - 1, in: tokens, isBooster: false)
            ?? phrase(i - 3, i - 2, i - 1, in: tokens, isBooster: false)
            ?? phrase(i - 3, i - 2, in: tokens, isBooster: false)
        {
            valence = value
        }
        if tokens.count - 1 > i, let value = phrase(i, i + 1, in: tokens, isBooster: false) { valence = value }
        if tokens.count - 1 > i + 1, let value = phrase(i, i + 1, i + 2, in: tokens, isBooster: false) { valence = value }
        if let value = phrase(i - 3, i - 2, i - 1, in: tokens, isBooster: true) { valence += value }
        if let value = phrase(i - 3, i - 2, in: tokens, isBooster: true) { valence += value }
        if let value = phrase(i - 2, i - 1, in: tokens, isBooster: true) { valence += value }
        return valence
    }

    /// VADER's `_but_check`, including its habit of rescaling the *first* word whose value equals the
    /// current one (Python's `list.index`), which matters when two words share a valence.
    func applyVaderContrast(_ sentiments: inout [Double], tokens: [ValenceToken]) {
        guard let pivot = tokens.firstIndex(where: { $0.isVaderContrast }) else {
            return
        }
        for position in sentiments.indices {
            let value = sentiments[position]
            if value == 0 { continue }  // zero stays zero whichever zero is rescaled
            let first = sentiments.firstIndex(of: value)!
            if first < pivot {
                sentiments[first] = value * StanceWeights.beforeContrastScale
            } else if first > pivot {
                sentiments[first] = value * StanceWeights.afterContrastScale
            }
        }
    }

    /// VADER's punctuation emphasis: `!` up to four, `?` from two on.
    func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        var emphasis = Double(min(exclamations, StanceWeights.maximumExclamations)) * StanceWeights.exclamationEmphasis
        if questions >= StanceWeights.minimumQuestions {
            emphasis += questions <= StanceWeights.maximumCountedQuestions
                ? Double(questions) * StanceWeights.questionEmphasis : StanceWeights.manyQuestionsEmphasis
        }
        return emphasis
    }

    /// VADER's `normalize`: `x / sqrt(x² + alpha)`, kept within [-1, 1].
    @inline(__always)
    static func normalise(_ sum: Double) -> Double {
        let value = sum / (sum * sum + StanceWeights.normalisationAlpha).squareRoot()
        return min(1, max(-1, value))
    }
}
