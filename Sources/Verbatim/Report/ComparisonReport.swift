/// What `verbatim compare` found: per-speaker (and speaker × target)
/// stance, differences between speakers, trends, and example quotations.
public struct ComparisonReport: Sendable, Codable, Equatable {
    /// Shares of the three labels, each in [0, 1].
    public struct Shares: Sendable, Codable, Equatable {
        public var support: Double
        public var oppose: Double
        public var neutral: Double
    }

    /// The stance of one speaker, overall (`target` nil) or toward one target.
    public struct Group: Sendable, Codable, Equatable {
        public var speaker: String
        public var target: String?
        public var quotations: Int
        public var stance: MeanInterval
        public var shares: Shares
    }

    /// `first` minus `second`, overall or toward one target.
    public struct Difference: Sendable, Codable, Equatable {
        public var first: String
        public var second: String
        public var target: String?
        public var difference: MeanInterval
        /// True when the interval excludes zero: the two differ at the 95% level.
        public var excludesZero: Bool
    }

    /// The stance of one speaker in one period (month) or outlet.
    public struct TrendPoint: Sendable, Codable, Equatable {
        public var speaker: String
        public var period: String
        public var quotations: Int
        public var stance: MeanInterval
    }

    /// A quotation shown as an example, with the words that carried its stance.
    public struct Example: Sendable, Codable, Equatable {
        public var speaker: String
        public var document: String
        public var date: String?
        public var quote: String
        public var score: Double
        public var label: String
        public var evidence: [Evidence]
    }

    public struct Evidence: Sendable, Codable, Equatable {
        public var text: String
        public var weight: Double
    }

    /// `month` or `outlet` when a trend was asked for.
    public var trendBy: String?
    public var groups: [Group]
    public var differences: [Difference]
    public var trend: [TrendPoint]
    public var examples: [Example]
    /// Scored quotations read, and how many of them had no speaker (left out unless asked for).
    public var observations: Int
    public var unknownSpeaker: Int
}
