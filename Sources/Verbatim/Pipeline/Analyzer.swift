/// Composes the stages in order: segmenting, quote detection, attribution,
/// stance. Each stage reads what the ones before it wrote.
public struct Analyzer: Sendable {
    /// How far down the pipeline to go.
    public enum Depth: Sendable {
        /// Paragraphs and sentences (and tokens when asked), no quotations.
        case sentences
        /// Everything: quotations, speakers and stance.
        case quotations
    }

    public let depth: Depth
    public let segmenter: Segmenter
    public let detector: QuoteDetector
    public let attributor: SpeakerAttributor
    public let scorer: StanceScorer

    /// - Parameters:
    ///   - depth: how far down the pipeline to go.
    ///   - tokens: whether to find ICU word tokens. The later stages scan the
    ///     text with their own byte-level scanners, so tokens are only worth
    ///     their cost (a quarter of `score`'s time) when the output shows them.
    /// - Throws: `ICUError` when ICU cannot open its break rules.
    public init(
        depth: Depth, tokens: Bool = false, detector: QuoteDetector = QuoteDetector(),
        attributor: SpeakerAttributor = SpeakerAttributor(), scorer: StanceScorer = StanceScorer()
    ) throws {
        self.depth = depth
        segmenter = try Segmenter(tokenize: tokens)
        self.detector = detector
        self.attributor = attributor
        self.scorer = scorer
    }

    /// Runs the stages on one document.
    /// - Complexity: O(*n*) in the length of the text.
    /// - Throws: `ICUError` when segmentation fails.
    public func analyze(_ document: Document) throws -> AnalyzedDocument {
        let text = SourceText(document.text)
        let segmentation = try segmenter.segment(text)
        var analyzed = AnalyzedDocument(document: document, text: text, segmentation: segmentation)
        guard depth == .quotations else { return analyzed }
        let (attributed, references) = attributedQuotations(in: analyzed)
        analyzed.quotations = scorer.score(attributed, in: analyzed, references: references)
        return analyzed
    }

    /// The quotations of `document` with their speakers, and the document's references for the
    /// stance stage. These stages read the same lexical tokens, scanned once here and dropped on
    /// return: they are the largest thing a document needs (16 bytes a token, three times the
    /// text), and stance scoring reads only the references found among them.
    /// - Complexity: O(*n*) in the length of the text.
    private func attributedQuotations(in document: AnalyzedDocument) -> ([Quotation], DocumentReferences?) {
        let lexical = LexicalDocument(document)
        var quotations = detector.detect(in: document, lexical: lexical)
        guard !quotations.isEmpty else { return (quotations, nil) }
        // Handed over, not copied: the attributor fills in the same array.
        quotations = attributor.attribute(consume quotations, in: document, lexical: lexical)
        return (quotations, scorer.references(in: document, lexical: lexical))
    }
}
