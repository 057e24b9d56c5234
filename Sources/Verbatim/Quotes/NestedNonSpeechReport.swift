/// A report nested inside another reported clause on a cue that takes a bare clause but cannot follow a quotation
/// with its subject (no lexicon tag `inverted`: `say`, `believe`, `think`, `know`, `show`, `found`), or on a
/// participle (`saying`, `calling`, `suggesting`): `Republicans say they believe the deal will fail`,
/// `…, with polls showing him a distant second`. The annotators seldom give it an attribution of its own: on
/// PolNeAR the records dropped here were right 119 times of 394 on train and 10 of 48 on dev, below the half of
/// F1 an added record needs to help (F1 (e) about 0.66), so the outer report keeps the words alone.
/// Kept: verbs of speech that may follow a quotation (`said`, `reported`, `noted`: 59% right when nested on
/// train), cues that take an object as content (`accused`, `called for`), questions, `as` portrayals and
/// appearances, and any clause that holds a quotation. Measured against dropping every non-`inverted` nested
/// report, which lost as many right records as it removed wrong ones on train (214 of 650).
enum NestedNonSpeechReport {
    /// Neighbouring clauses (in cue order) searched for one that holds a clause's cue: a report and the reports
    /// nested in it come from cues a few clauses apart; a bound, so that the search stays linear.
    static let maximumNeighbours = 4

    /// `clauses` (in cue order) without the indirect ones nested in a neighbour on a cue that is not speech.
    /// - Complexity: O(*c*) in the number of clauses, O(log *k*) more in the number of cues for each nested one.
    static func dropping(from clauses: [ReportedClauseFinding.Clause], cues: CueIndex) -> [ReportedClauseFinding.Clause] {
        var kept: [ReportedClauseFinding.Clause] = []
        kept.reserveCapacity(clauses.count)
        for (index, clause) in clauses.enumerated() {
            let neighbours = max(0, index - maximumNeighbours)..<min(clauses.count, index + maximumNeighbours + 1)
            let nested = !clause.absorbsQuotation
                && neighbours.contains { $0 != index && clauses[$0].content.contains(clause.cue.lowerBound) }
            if nested, let entry = cues[clause.cue.lowerBound], !isSpeech(entry) { continue }
            kept.append(clause)
        }
        return kept
    }

    /// True for cues whose nested reports are kept: tags `inverted`, `question`, `as`, `nosource`, and `content`
    /// unless `participle`.
    static func isSpeech(_ entry: PhraseLexicon.Entry) -> Bool {
        entry.tags.contains("inverted") || entry.tags.contains("question") || entry.tags.contains("as")
            || entry.tags.contains("nosource") || (entry.tags.contains("content") && !entry.tags.contains("participle"))
    }
}
