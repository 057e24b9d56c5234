/// The position a text takes.
public enum StanceLabel: String, Sendable, Hashable, CaseIterable {
    case support
    case oppose
    case neutral
}

/// A word or phrase that moved a stance score.
public struct StanceEvidence: Sendable, Hashable {
    public var span: TextSpan
    /// Contribution after negation, intensifiers and contrast were applied.
    public var weight: Double

    public init(span: TextSpan, weight: Double) {
        self.span = span
        self.weight = weight
    }
}

/// The stance toward one target mentioned in a text.
public struct TargetStance: Sendable, Hashable {
    /// Canonical name of the target (`Russia`, `Bashar al-Assad`).
    public var name: String
    public var score: Double
    public var label: StanceLabel
    public var mentions: [TextSpan]

    public init(name: String, score: Double, label: StanceLabel, mentions: [TextSpan]) {
        self.name = name
        self.score = score
        self.label = label
        self.mentions = mentions
    }
}

/// The stance of a text: an overall score in [-1, 1], per-target scores,
/// and the evidence that explains them.
public struct Stance: Sendable, Hashable {
    public var score: Double
    public var label: StanceLabel
    public var targets: [TargetStance]
    public var evidence: [StanceEvidence]

    public init(score: Double, label: StanceLabel, targets: [TargetStance] = [], evidence: [StanceEvidence] = []) {
        self.score = score
        self.label = label
        self.targets = targets
        self.evidence = evidence
    }
}
