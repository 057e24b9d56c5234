import Testing

@testable import Verbatim

/// The word rules, checked as comparisons between a text and a variant of it, so that each
/// case fails when its rule is missing rather than when a constant moves.
struct ValenceRuleTests {
    struct Pair: CustomTestStringConvertible {
        let plain: String
        let modified: String
        /// The expected relation: `modified` scores above (`>`), below (`<`) or with the other sign (`flip`).
        let relation: Relation
        let why: String
        var testDescription: String { "\(modified) vs \(plain)" }
    }

    enum Relation { case higher, lower, flipped, same }

    static let negation: [Pair] = [
        Pair(plain: "The deal is good.", modified: "The deal is not good.", relation: .flipped,
             why: "a negator just before a word reverses it"),
        Pair(plain: "The deal is good.", modified: "The deal is never really good.", relation: .flipped,
             why: "negation reaches three words back, past a booster"),
        Pair(plain: "The talks were a failure.", modified: "The talks weren't a failure.", relation: .flipped,
             why: "contractions with n't negate like not"),
        Pair(plain: "Peace is good.", modified: "No peace is good.", relation: .lower,
             why: "VADER: 'no' before a lexicon word negates it instead of counting itself"),
    ]

    static let intensity: [Pair] = [
        Pair(plain: "The plan is good.", modified: "The plan is very good.", relation: .higher,
             why: "a booster adds B_INCR toward the word's sign"),
        Pair(plain: "The plan is bad.", modified: "The plan is extremely bad.", relation: .lower,
             why: "boosters push negative words further down"),
        Pair(plain: "The plan is good.", modified: "The plan is slightly good.", relation: .lower,
             why: "a dampener takes B_INCR off"),
        Pair(plain: "The plan is good.", modified: "The plan is GOOD.", relation: .higher,
             why: "capitals among lower-case words add C_INCR"),
        Pair(plain: "The plan is good.", modified: "The plan is good!!!", relation: .higher,
             why: "each exclamation mark (up to four) adds emphasis"),
        Pair(plain: "The food was good and the service awful.", modified: "The food was good, but the service awful.",
             relation: .lower, why: "after 'but' words weigh 1.5, before it 0.5: the negative clause wins"),
        Pair(plain: "The food was awful and the service good.", modified: "The food was awful; however, the service was good.",
             relation: .higher, why: "'however' shifts the weight like 'but' in the default scorer"),
        Pair(plain: "The staff were friendly, and the room was dirty.", modified: "Although the staff were friendly, the room was dirty.",
             relation: .lower, why: "a concession clause closed by a comma counts half"),
        Pair(plain: "The rebels attacked the town.", modified: "The rebels allegedly attacked the town.",
             relation: .higher, why: "a hedge damps the rest of its clause (less negative here)"),
        Pair(plain: "The plan is a disaster.", modified: "The plan would be a disaster.",
             relation: .higher, why: "`would` states a hypothesis, not a fact: its clause is damped as a hedge's (`hedges.txt`)"),
        Pair(plain: "They vote, and it is a disaster.", modified: "If they vote, it is a disaster.",
             relation: .same, why: "guard: `if` damps only its own clause (`they vote`, no valence), not the consequence after the comma"),
        Pair(plain: "They will fail.", modified: "There is no way they will ever fail.", relation: .flipped,
             why: "`no way` denies the rest of its clause (`negated-possibilities.txt`): beyond VADER's negation window, `fail` is reversed"),
        Pair(plain: "This is good.", modified: "This is goooood.", relation: .same,
             why: "stretched words are looked up with their letters cut back; without the rule the word is unknown"),
    ]

    @Test(arguments: negation + intensity)
    func relation(_ pair: Pair) {
        let plain = StanceTestSupport.stance(pair.plain).score
        let modified = StanceTestSupport.stance(pair.modified).score
        switch pair.relation {
        case .higher: #expect(modified > plain, "\(pair.why)")
        case .lower: #expect(modified < plain, "\(pair.why)")
        case .flipped: #expect(plain * modified < 0, "\(pair.why): \(plain) vs \(modified)")
        case .same: #expect(modified != 0 && modified == plain, "\(pair.why)")
        }
    }

    struct Label: CustomTestStringConvertible {
        let text: String
        let label: StanceLabel
        let why: String
        var testDescription: String { text }
    }

    static let labels: [Label] = [
        Label(text: "The ceasefire is holding and aid is arriving.", label: .support,
              why: "news-domain term with positive valence"),
        Label(text: "It was an atrocity.", label: .oppose, why: "news-domain term with negative valence"),
        Label(text: "The meeting is on Tuesday.", label: .neutral, why: "no valenced word: score 0, inside the ±0.05 band"),
        Label(text: "They delivered humanitarian aid to the town.", label: .support,
              why: "a two-word news term is matched as one phrase"),
        Label(text: "The campaign shows a lack of enthusiasm.", label: .oppose,
              why: "`lack of` reverses its object: without the rule `lack` (-1.3) and `enthusiasm` (+1.9) sum to support"),
        Label(text: "The absence of violence was a relief.", label: .support,
              why: "`absence of` reverses its object: the absence of violence is good"),
        Label(text: "Trump cares nothing about workers.", label: .oppose,
              why: "`nothing` right after a valenced word negates it in the default scorer, overall as for targets"),
        Label(text: "She loves nothing more than a good debate.", label: .support,
              why: "`nothing … than` compares: `loves` is not negated"),
        Label(text: "The film is like nothing we have seen.", label: .neutral,
              why: "`like nothing` compares: `like` after `is` is the preposition, with no valence, and `nothing` does not turn it negative"),
        Label(text: "I like nothing about it.", label: .oppose,
              why: "the verb `like` (after a subject) is negated by `nothing` after it"),
        Label(text: "It is too bad nothing else is.", label: .oppose,
              why: "`nothing else` opens a clause as its subject: `bad` before it is not negated"),
        Label(text: "I'm sure some of them would want to get into the race.", label: .neutral,
              why: "`sure` after a form of `be` with its clause going on states certainty, not an opinion (VADER: +1.3)"),
        Label(text: "We certainly can't afford this anymore.", label: .neutral,
              why: "a certainty adverb inside its clause states certainty (VADER: `certainly` +1.4 made this support)"),
        Label(text: "I'm sure!", label: .support,
              why: "guard: certainty closing its clause keeps VADER's reading (warm agreement, as the rated tweets use it)"),
        Label(text: "There is absolutely no chance they will withdraw.", label: .neutral,
              why: "`no chance` carries no valence of its own (VADER: `chance` negated, so oppose)"),
        Label(text: "He spoke about national security and interest rates at the special election.", label: .neutral,
              why: "news topics VADER rates positive (`security` +1.4, `interest` +2.0, `special` +1.7) are neutral in news (`news-valence.tsv`)"),
        Label(text: "Well, the plan is on the table.", label: .neutral,
              why: "a discourse marker alone in its clause (`discourse-markers.txt`) judges nothing (VADER: `well` +1.1)"),
        Label(text: "He did well.", label: .support,
              why: "guard: inside a clause `well` keeps VADER's reading"),
        Label(text: "Yes!", label: .support,
              why: "guard: alone as a sentence `yes` is agreement"),
        Label(text: "The party will choose its nominee in July.", label: .neutral,
              why: "`party` in news is a political party, not a celebration (VADER +1.7; `news-valence.tsv`)"),
        Label(text: "Clinton and Trump are in a dead heat.", label: .neutral,
              why: "`dead heat` is a tied race, not death (VADER: `dead` -3.3)"),
        Label(text: "He met leaders like Merkel and Macron.", label: .neutral,
              why: "`like` after a noun is a preposition (VADER's +2.0 is the verb's)"),
        Label(text: "I like Merkel.", label: .support,
              why: "guard: after a subject `like` is the verb (`like-verb-subjects.txt`)"),
        Label(text: "We don't like him.", label: .oppose,
              why: "guard: after a negated auxiliary it is the verb too, and negated"),
        Label(text: "The loss of life is tragic.", label: .oppose,
              why: "the object of `loss of` ends at a form of `be`: `tragic` is not reversed"),
    ]

    @Test(arguments: labels)
    func label(_ example: Label) {
        #expect(StanceTestSupport.stance(example.text).label == example.label, "\(example.why)")
    }

    @Test func evidenceGivesCodePointOffsetsAndWeights() {
        // The é before the word makes byte and code point offsets differ: evidence must use code points.
        let text = "Café owners say the deal is terrible."
        let stance = StanceTestSupport.stance(text)
        let terrible = stance.evidence.first { $0.weight < 0 }
        #expect(terrible?.span.start == 28 && terrible?.span.end == 36)
        #expect(stance.evidence.allSatisfy { $0.weight != 0 })
    }

    @Test func evidenceShowsTheWeightNothingLeaves() {
        // `nothing` negates `cares` for the target and the overall score alike: the evidence
        // shows the negated weight, the one the scores used, not VADER's +2.0.
        let stance = StanceTestSupport.stance("Trump cares nothing about workers.")
        let cares = stance.evidence.first { $0.span.start == 6 }
        #expect(cares.map { $0.weight < 0 } == true, "\(stance.evidence)")
        #expect(stance.targets.first { $0.name == "Trump" }?.label == .oppose)
    }

    @Test func multiWordTermIsOnePieceOfEvidence() {
        // `humanitarian aid` is one news term: its evidence covers both words.
        let stance = StanceTestSupport.stance("They blocked humanitarian aid.")
        #expect(stance.evidence.contains { $0.span.start == 13 && $0.span.end == 29 })
    }

    @Test func labelThresholdsAreSymmetric() {
        #expect(TextStanceScorer.label(for: StanceWeights.labelThreshold) == .support)
        #expect(TextStanceScorer.label(for: -StanceWeights.labelThreshold) == .oppose)
        #expect(TextStanceScorer.label(for: StanceWeights.labelThreshold / 2) == .neutral)
    }
}
