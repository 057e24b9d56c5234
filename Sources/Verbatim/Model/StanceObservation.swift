/// One scored quotation as the report stage reads it from a store: who,
/// when, where, how strongly, toward whom, and the words that show it.
public struct StanceObservation: Sendable, Hashable {
    /// A word or phrase that moved the score, with its signed weight.
    public struct EvidenceWord: Sendable, Hashable {
        public var text: String
        public var weight: Double

        public init(text: String, weight: Double) {
            self.text = text
            self.weight = weight
        }
    }

    /// The corpus speaker (canonical name), or nil when no speaker was found.
    public var speaker: String?
    public var document: String
    /// The document's metadata `date`, as written there (ISO 8601 expected).
    public var date: String?
    /// The document's outlet, when its metadata names one.
    public var outlet: String?
    /// The quoted words.
    public var quote: String
    public var score: Double
    public var label: StanceLabel
    /// Per-target stance (mentions are not carried).
    public var targets: [TargetStance]
    public var evidence: [EvidenceWord]

    public init(
        speaker: String?, document: String, date: String?, outlet: String?, quote: String, score: Double,
        label: StanceLabel, targets: [TargetStance] = [], evidence: [EvidenceWord] = []
    ) {
        self.speaker = speaker
        self.document = document
        self.date = date
        self.outlet = outlet
        self.quote = quote
        self.score = score
        self.label = label
        self.targets = targets
        self.evidence = evidence
    }
}
