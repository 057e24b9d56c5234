/// The attribution stage: fills each quotation's speaker and cue.
public struct SpeakerAttributor: Sendable {
    public init() {}

    /// - Returns: the quotations with `speaker` and `cue` set where a rule finds them.
    public func attribute(_ quotations: [Quotation], in document: AnalyzedDocument) -> [Quotation] {
        quotations
    }
}
