/// Aggregates scored quotations per speaker, per speaker × target and over
/// time or outlets, with seeded bootstrap intervals.
public struct StanceComparison: Sendable {
    /// How trends are grouped.
    public enum TrendGrouping: String, Sendable, CaseIterable {
        /// Calendar month of the document date (`2016-09`).
        case month
        /// The document's outlet.
        case outlet
    }

    /// Speakers to compare; empty means every speaker with enough quotations.
    public var speakers: [String] = []
    /// Targets to compare toward; empty means every target with enough quotations.
    public var targets: [String] = []
    public var trendBy: TrendGrouping?
    /// Groups (and trend points) with fewer quotations are left out.
    public var minimumQuotations = 1
    /// Count quotations without a speaker as the speaker `unknownSpeakerName`.
    public var includeUnknown = false
    public var bootstrap = Bootstrap(seed: StanceComparison.defaultSeed)
    /// Example quotations per speaker.
    public var examplesPerSpeaker = StanceComparison.defaultExamplesPerSpeaker

    /// The seed of the published numbers; any fixed value gives reproducible intervals.
    public static let defaultSeed: UInt64 = 20_160_918
    /// Enough examples to read a speaker's position, few enough for one screen.
    public static let defaultExamplesPerSpeaker = 3
    /// The name under which quotations without speaker are counted when asked for.
    public static let unknownSpeakerName = "(unknown speaker)"
    /// The trend label of documents without a date or outlet.
    public static let unknownPeriod = "(none)"
    /// When no speakers are named, the difference is shown for the most quoted two.
    static let speakersInDefaultDifference = 2

    public init() {}

    /// The month of an ISO 8601 date (`2016-09-18…` → `2016-09`), nil for other spellings.
    static func month(of date: String?) -> String? {
        guard let date else { return nil }
        let bytes = Array(date.utf8.prefix(7))
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes.count == 7, bytes[0...3].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-"),
            bytes[5...6].allSatisfy(isDigit)
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func shares(_ labels: [StanceLabel]) -> ComparisonReport.Shares {
        let total = Double(max(labels.count, 1))
        return .init(
            support: Double(labels.filter { $0 == .support }.count) / total,
            oppose: Double(labels.filter { $0 == .oppose }.count) / total,
            neutral: Double(labels.filter { $0 == .neutral }.count) / total)
    }

    /// - Returns: the report; groups most quoted first, then by name.
    /// - Complexity: O(*g* · *r* · *n*) for *g* groups, *r* resamples, *n* quotations per group.
    public func compare(_ observations: [StanceObservation]) -> ComparisonReport {
        var accumulator = Accumulator(self)
        for observation in observations { accumulator.add(observation) }
        return accumulator.report()
    }

    /// What one speaker's quotations add up to so far: scores only (eight
    /// bytes a quotation per group), and the few strongest quotations kept as examples.
    struct SpeakerTally {
        var scores: [Double] = []
        var labels: [StanceLabel] = []
        var targets: [String: (scores: [Double], labels: [StanceLabel])] = [:]
        var periods: [String: [Double]] = [:]
        /// The strongest quotations so far with their arrival order, strongest first.
        var examples: [(order: Int, observation: StanceObservation)] = []
    }

    /// Reads scored quotations one at a time (a store of millions need not
    /// be held in memory) and makes the report at the end.
    public struct Accumulator {
        let comparison: StanceComparison
        private let wanted: Set<String>
        private var tallies: [String: SpeakerTally] = [:]
        private var observations = 0
        private var unknownSpeaker = 0

        public init(_ comparison: StanceComparison) {
            self.comparison = comparison
            wanted = Set(comparison.speakers)
        }

        /// Adds one scored quotation.
        /// - Complexity: O(*t* + *k*) for its targets and the examples kept per speaker.
        public mutating func add(_ observation: StanceObservation) {
            observations += 1
            if observation.speaker == nil { unknownSpeaker += 1 }
            guard let speaker = observation.speaker ?? (comparison.includeUnknown ? unknownSpeakerName : nil),
                wanted.isEmpty || wanted.contains(speaker)
            else { return }
            var tally = tallies.removeValue(forKey: speaker) ?? SpeakerTally()
            tally.scores.append(observation.score)
            tally.labels.append(observation.label)
            for target in observation.targets where comparison.targets.isEmpty || comparison.targets.contains(target.name) {
                tally.targets[target.name, default: ([], [])].scores.append(target.score)
                tally.targets[target.name, default: ([], [])].labels.append(target.label)
            }
            if let trendBy = comparison.trendBy {
                let period: String
                switch trendBy {
                case .month: period = StanceComparison.month(of: observation.date) ?? unknownPeriod
                case .outlet: period = observation.outlet ?? unknownPeriod
                }
                tally.periods[period, default: []].append(observation.score)
            }
            keepIfStrong(observation, order: tally.scores.count, in: &tally)
            tallies[speaker] = tally
        }

        /// Keeps the `examplesPerSpeaker` strongest quotations (largest |score|; ties keep the earlier one).
        private func keepIfStrong(_ observation: StanceObservation, order: Int, in tally: inout SpeakerTally) {
            let limit = comparison.examplesPerSpeaker
            guard limit > 0 else { return }
            let strength = abs(observation.score)
            if tally.examples.count == limit, let weakest = tally.examples.last,
                abs(weakest.observation.score) >= strength
            {
                return
            }
            let index =
                tally.examples.firstIndex { abs($0.observation.score) < strength } ?? tally.examples.count
            tally.examples.insert((order, observation), at: index)
            if tally.examples.count > limit { tally.examples.removeLast() }
        }

        /// - Complexity: O(*g* · *r* · *n*) for *g* groups, *r* resamples, *n* quotations per group.
        public func report() -> ComparisonReport {
            let minimum = comparison.minimumQuotations
            let bootstrap = comparison.bootstrap
            let kept = tallies.filter { $0.value.scores.count >= minimum }
            let order = kept.keys.sorted {
                (kept[$0]!.scores.count, $1) > (kept[$1]!.scores.count, $0)
            }
            var groups: [ComparisonReport.Group] = []
            for speaker in order {
                let tally = kept[speaker]!
                if let interval = bootstrap.mean(of: tally.scores, key: speaker) {
                    groups.append(
                        .init(
                            speaker: speaker, target: nil, quotations: tally.scores.count, stance: interval,
                            shares: StanceComparison.shares(tally.labels)))
                }
            }
            for speaker in order {
                let byTarget = kept[speaker]!.targets
                let targetOrder = byTarget.keys.sorted {
                    (byTarget[$0]!.scores.count, $1) > (byTarget[$1]!.scores.count, $0)
                }
                for target in targetOrder where byTarget[target]!.scores.count >= minimum {
                    let scores = byTarget[target]!
                    if let interval = bootstrap.mean(of: scores.scores, key: speaker + "\u{1F}" + target) {
                        groups.append(
                            .init(
                                speaker: speaker, target: target, quotations: scores.scores.count, stance: interval,
                                shares: StanceComparison.shares(scores.labels)))
                    }
                }
            }

            let compared =
                comparison.speakers.isEmpty
                ? Array(order.prefix(StanceComparison.speakersInDefaultDifference))
                : comparison.speakers.filter { kept[$0] != nil }
            var differences: [ComparisonReport.Difference] = []
            for (firstIndex, first) in compared.enumerated() {
                for second in compared[(firstIndex + 1)...] {
                    let a = kept[first]!
                    let b = kept[second]!
                    if let overall = bootstrap.difference(a.scores, b.scores, key: first + "\u{1F}" + second) {
                        differences.append(
                            .init(
                                first: first, second: second, target: nil, difference: overall,
                                excludesZero: overall.excludesZero))
                    }
                    for target in Set(a.targets.keys).intersection(b.targets.keys).sorted() {
                        let firstScores = a.targets[target]!.scores
                        let secondScores = b.targets[target]!.scores
                        guard firstScores.count >= minimum, secondScores.count >= minimum,
                            let interval = bootstrap.difference(
                                firstScores, secondScores, key: first + "\u{1F}" + second + "\u{1F}" + target)
                        else { continue }
                        differences.append(
                            .init(
                                first: first, second: second, target: target, difference: interval,
                                excludesZero: interval.excludesZero))
                    }
                }
            }

            var trend: [ComparisonReport.TrendPoint] = []
            for speaker in order {
                let periods = kept[speaker]!.periods
                for period in periods.keys.sorted() where periods[period]!.count >= minimum {
                    let scores = periods[period]!
                    if let interval = bootstrap.mean(of: scores, key: speaker + "\u{1F}" + period) {
                        trend.append(.init(speaker: speaker, period: period, quotations: scores.count, stance: interval))
                    }
                }
            }

            var examples: [ComparisonReport.Example] = []
            for speaker in order {
                for (_, item) in kept[speaker]!.examples {
                    examples.append(
                        .init(
                            speaker: speaker, document: item.document, date: item.date, quote: item.quote,
                            score: item.score, label: item.label.rawValue,
                            evidence: item.evidence.map { .init(text: $0.text, weight: $0.weight) }))
                }
            }
            return ComparisonReport(
                trendBy: comparison.trendBy?.rawValue, groups: groups, differences: differences, trend: trend,
                examples: examples, observations: observations, unknownSpeaker: unknownSpeaker)
        }
    }
}
