/// The attribution stage: fills each quotation's speaker.
///
/// A question put to someone (`Asked whether …`) takes only its asker (`QuestionAskerRule`), and a poll's
/// finding (`In a CBS News poll …, she led …`) only the poll (`PollSourceRule`), and a passive cue (`was
/// accused of …`) only its agent after `by` (`PassiveCue`, `PassiveAgentRule`). Otherwise
/// a sieve, most certain rule first; the first rule that finds a speaker
/// wins: `AccordingToRule`, `AsCueSourceRule`, `DashSignatureRule`, `PassiveAgentRule`, `OpenerParticipleRule`, `ParticipleCueRule`,
/// `ReportedSourceRule`, `TrailingCueRule`, `LeadingCueRule` (the cue next to the quotation), `SentenceSubjectRule`, then
/// `SameParagraphRule`, `PrecedingSentenceRule` and `PreviousParagraphRule` (inheritance). Then
/// `PronounResolution` names pronoun and noun mentions and `CanonicalNames`
/// gives each person one name. A quotation no rule attributes keeps a nil
/// speaker.
public struct SpeakerAttributor: Sendable {
    public let lexicons: AttributionLexicons

    /// - Parameter folder: where the lexicon files are; nil searches as `LexiconFolder.locate()` documents.
    /// - Complexity: O(*n*) in the size of the lexicon files (read once per process when `folder` is nil).
    public init(folder: LexiconFolder? = nil) {
        lexicons = folder.map { AttributionLexicons(folder: $0) } ?? AttributionLexicons.located
    }

    static let cueRules: [any SpeakerRule] = [
        AccordingToRule(), AsCueSourceRule(), DashSignatureRule(), PassiveAgentRule(), OpenerParticipleRule(), ParticipleCueRule(),
        ReportedSourceRule(), TrailingCueRule(),
        LeadingCueRule(), SentenceSubjectRule(),
    ]
    static let questionAskerRule = QuestionAskerRule()
    static let pollSourceRule = PollSourceRule()
    static let passiveAgentRule = PassiveAgentRule()
    static let inheritanceRules: [any SpeakerRule] = [
        SameParagraphRule(), PrecedingSentenceRule(), PreviousParagraphRule(),
    ]

    /// - Returns: the quotations with `speaker` set where a rule finds one.
    /// - Complexity: O(*n*) in the length of the text plus O(*q*) bounded scans for *q* quotations.
    public func attribute(_ quotations: [Quotation], in document: AnalyzedDocument) -> [Quotation] {
        guard !quotations.isEmpty else { return quotations }
        return attribute(quotations, in: document, lexical: LexicalDocument(document))
    }

    /// The same, reusing an already scanned `LexicalDocument`.
    public func attribute(_ quotations: consuming [Quotation], in document: AnalyzedDocument, lexical: LexicalDocument)
        -> [Quotation]
    {
        var result = quotations
        let context = AttributionContext(document: document, lexical: lexical, lexicons: lexicons, quotations: result)
        for rules in [Self.cueRules, Self.inheritanceRules] {
            for index in result.indices where result[index].speaker == nil {
                // `Trump seemed to …`: an appearance names nobody speaking.
                // `In a CBS News poll …, she led …`: the cue `In` is no lexicon entry. Called here rather than from the
                // sieve: most quotations have an entry, and the sieve would ask every one of them.
                if context.cueEntry(of: index) == nil, context.cueRange(of: index) != nil,
                    let poll = Self.pollSourceRule.speaker(for: index, in: result, context: context)
                {
                    result[index].speaker = poll
                    continue
                }
                if let cue = context.cueRange(of: index), let entry = context.cueEntry(of: index) {
                    if entry.tags.contains("nosource") { continue }
                    // `Asked by Matt Lauer whether …, she said`: only the asker, if named, is the question's source.
                    if QuestionAskerRule.putsQuestion(entry, cue: cue, context: context) {
                        result[index].speaker = Self.questionAskerRule.speaker(for: index, in: result, context: context)
                        continue
                    }
                    // `Mr. Quiros was accused of …`: a passive cue's subject is no speaker; only an agent after `by` is.
                    if PassiveCue.isPassive(cue, context: context) {
                        result[index].speaker = Self.passiveAgentRule.speaker(for: index, in: result, context: context)
                        continue
                    }
                }
                // By position: `for rule in rules` copies each existential out before calling it.
                for position in rules.indices {
                    if let speaker = rules[position].speaker(for: index, in: result, context: context) {
                        result[index].speaker = speaker
                        break
                    }
                }
            }
        }
        PronounResolution.resolve(&result, context: context)
        CanonicalNames.canonicalize(&result, context: context)
        return result
    }
}
