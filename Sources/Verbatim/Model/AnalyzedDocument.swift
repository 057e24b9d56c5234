/// A document together with everything the stages found in it; each stage
/// fills its own part and reads only the parts of the stages before it.
public struct AnalyzedDocument: Sendable {
    public var document: Document
    public var text: SourceText
    public var segmentation: Segmentation
    public var quotations: [Quotation]

    public init(document: Document, text: SourceText, segmentation: Segmentation, quotations: [Quotation] = []) {
        self.document = document
        self.text = text
        self.segmentation = segmentation
        self.quotations = quotations
    }
}
