/// How a quotation reports speech.
public enum QuotationKind: String, Sendable, Hashable, CaseIterable {
    /// The words themselves, inside quotation marks.
    case direct
    /// Reported speech with a quoted fragment (`said the U.S. was “on the boundary …”`).
    case mixed
    /// Reported speech, beliefs or intentions without quotation marks.
    case indirect
}

/// Whether a speaker is a person, an organisation or an unnamed group.
public enum SpeakerKind: String, Sendable, Hashable {
    case person
    case organisation
    /// Plural or unnamed groups: `officials`, `activists`.
    case group
    case unknown
}

/// Who said a quotation.
public struct Speaker: Sendable, Hashable {
    /// Canonical name within the document (`John Kerry`), or the group's
    /// phrase (`officials`) when no name is known.
    public var name: String
    /// The words in the text that refer to the speaker (`he`, `Kerry`, `the official`).
    public var mention: TextSpan?
    /// Title or role when the text gives one (`Secretary of State`, `a media activist`).
    public var role: String?
    public var kind: SpeakerKind
    /// Name of the sieve rule that found the speaker.
    public var rule: String
    /// How certain the rule is, in [0, 1].
    public var confidence: Double

    public init(
        name: String, mention: TextSpan?, role: String? = nil, kind: SpeakerKind = .unknown,
        rule: String, confidence: Double
    ) {
        self.name = name
        self.mention = mention
        self.role = role
        self.kind = kind
        self.rule = rule
        self.confidence = confidence
    }
}

/// One attribution: who said (or believes) what, in which words.
public struct Quotation: Sendable, Hashable {
    public var kind: QuotationKind
    /// The reported content. For split quotes (`“X,” he said, “Y.”`) it runs
    /// from the start of X to the end of Y.
    public var content: TextSpan
    public var speaker: Speaker?
    /// The verb or phrase that introduces the speech (`said`, `according to`).
    public var cue: TextSpan?
    /// Index of the sentence where the content starts.
    public var sentence: Int
    /// Index of the paragraph where the content starts.
    public var paragraph: Int
    public var stance: Stance?

    public init(
        kind: QuotationKind, content: TextSpan, speaker: Speaker? = nil, cue: TextSpan? = nil,
        sentence: Int, paragraph: Int, stance: Stance? = nil
    ) {
        self.kind = kind
        self.content = content
        self.speaker = speaker
        self.cue = cue
        self.sentence = sentence
        self.paragraph = paragraph
        self.stance = stance
    }
}
